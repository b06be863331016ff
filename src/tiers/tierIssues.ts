import type { InputIssue, InputIssueCode } from "../schemas/InfluencerInputError.js";
import { describeValue, formatPath } from "../schemas/issueText.js";

// Hand-written validation helpers for the tiers area. `classifyTier` has a
// small bundle budget (see .size-limit.cjs), so the tiers code builds its
// issues here, with the library's shared message text (issueText.ts), instead
// of importing zod.

/**
 * Builds an issue whose message reads `<path>: <expected>, received <value>`
 * (just `<expected>, received <value>` for the empty path of a whole
 * argument), with the path and the value written as every other message of
 * the library writes them ({@link formatPath}, {@link describeValue}).
 *
 * @internal
 */
export function inputIssue(
  path: readonly (string | number)[],
  code: InputIssueCode,
  expected: string,
  value: unknown,
): InputIssue {
  const where = formatPath(path);
  return { path, code, message: `${where === "" ? "" : `${where}: `}${expected}, received ${describeValue(value)}` };
}

/**
 * Checks a count: a non-negative safe integer. A non-number, `NaN`,
 * `Infinity` or a fraction is `invalid_type`, a negative integer `too_small`
 * and an integer above `Number.MAX_SAFE_INTEGER` `too_big`.
 *
 * @returns The issue, or `undefined` when the count is valid.
 * @internal
 */
export function countIssue(value: unknown, path: readonly (string | number)[]): InputIssue | undefined {
  const code: InputIssueCode | undefined =
    typeof value !== "number" || !Number.isInteger(value)
      ? "invalid_type"
      : value < 0
        ? "too_small"
        : value > Number.MAX_SAFE_INTEGER
          ? "too_big"
          : undefined;
  // Past Number.MAX_SAFE_INTEGER the limit is named, as parseProfile names it.
  return code && inputIssue(path, code, `expected a non-negative integer${code === "too_big" ? ` of at most ${Number.MAX_SAFE_INTEGER}` : ""}`, value);
}

/**
 * The `expected …` text for a value that must be one of a list of strings.
 *
 * @internal
 */
export function expectedOneOf(values: readonly string[]): string {
  return `expected one of ${values.map((value) => `"${value}"`).join(", ")}`;
}
