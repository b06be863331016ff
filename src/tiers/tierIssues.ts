import type { InputIssue, InputIssueCode } from "../schemas/InfluencerInputError.js";

// Hand-written validation helpers for the tiers area. `classifyTier` has a
// bundle budget of 1 kB (min+gzip), so the tiers code builds its issues here,
// in the library's format, instead of importing zod or parseInput.

/**
 * Builds an issue whose message reads `<path>: <expected>, received <value>`
 * (just `<expected>, received <value>` for the empty path of a whole argument), with the path written as in JavaScript (`bands[2].min`) and the value
 * rendered as JSON (`-5`, `"abc"`, `null`, `NaN`), by kind (`an array`,
 * `an object`, `a function`, `a bigint`), or as `nothing` when it is `undefined`.
 *
 * @internal
 */
export function inputIssue(
  path: readonly (string | number)[],
  code: InputIssueCode,
  expected: string,
  value: unknown,
): InputIssue {
  const where = path.map((key, index) => (typeof key === "number" ? `[${key}]` : index > 0 ? `.${key}` : key)).join("");
  const received =
    value === undefined
      ? "nothing"
      : typeof value === "string"
        ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
        : value === null || typeof value === "number" || typeof value === "boolean"
          ? String(value)
          : Array.isArray(value)
            ? "an array"
            : `a${typeof value === "object" ? "n" : ""} ${typeof value}`;
  return { path, code, message: `${where === "" ? "" : `${where}: `}${expected}, received ${received}` };
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
  return code && inputIssue(path, code, "expected a non-negative integer", value);
}

/**
 * The `expected …` text for a value that must be one of a list of strings.
 *
 * @internal
 */
export function expectedOneOf(values: readonly string[]): string {
  return `expected one of ${values.map((value) => `"${value}"`).join(", ")}`;
}
