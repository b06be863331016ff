import type * as z from "zod/mini";
import { InfluencerInputError, type InputIssue, type InputIssueCode } from "./InfluencerInputError.js";
import { describeArrayLength, describeValue, formatPath } from "./issueText.js";
import { isDate } from "./parseDate.js";

/**
 * The value at `path`, read the way zod reads it: `input[key]`, so a field
 * inherited from the prototype (an `Object.create` object, a class getter)
 * is described by the value zod saw, not as missing.
 */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * Maps zod's issue codes to the library's four. A value of the wrong type is
 * `invalid_type` even when zod reports it as a failed union (dates) or enum
 * (a platform given as a number).
 */
function issueCode(code: string, value: unknown): InputIssueCode {
  if (code === "too_small" || code === "too_big" || code === "invalid_type") return code;
  if (code === "invalid_union" && typeof value !== "string" && !isDate(value)) return "invalid_type";
  if (code === "invalid_value" && typeof value !== "string") return "invalid_type";
  return "invalid_value";
}

/**
 * Converts zod issues to the library's {@link InputIssue}s, with messages of the
 * form `<path>: <expectation>, received <value>`.
 *
 * @param issues - Issues reported by zod.
 * @param input - The value that was validated, to render what was received.
 * @param prefix - Path of the validated value inside a larger input, if any.
 * @internal
 */
export function toInputIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  prefix: readonly (string | number)[] = [],
): InputIssue[] {
  // One issue per field: zod can report two for one value (a count below the
  // safe-integer range fails both the integer and the minimum check; a function
  // fails z.string() and then its length check), which would say the same thing twice.
  const seen = new Set<string>();
  const result: InputIssue[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      // A strict options object (optionsObject) names each unknown key at its own path.
      for (const key of issue.keys) {
        const path = [...prefix, ...issue.path.map((part) => (typeof part === "number" ? part : String(part))), key];
        result.push({ path, code: "invalid_value", message: `${formatPath(path)}: ${issue.message}, received ${describeValue(key)}` });
      }
      continue;
    }
    const localPath = issue.path.map((key) => (typeof key === "number" ? key : String(key)));
    const path = [...prefix, ...localPath];
    const pathKey = JSON.stringify(path);
    if (seen.has(pathKey)) continue;
    seen.add(pathKey);
    const value = valueAt(input, issue.path);
    // A list over its limit or an empty one: its length is what is wrong, so it is named ("received an array" said nothing).
    const received = (issue.code === "too_big" || issue.code === "too_small") && Array.isArray(value) ? describeArrayLength(value) : describeValue(value);
    const where = path.length > 0 ? `${formatPath(path)}: ` : "";
    result.push({ path, code: issueCode(issue.code, value), message: `${where}${issue.message}, received ${received}` });
  }
  return result;
}

/**
 * Validates `value` against `schema` and returns the parsed value, or throws
 * {@link InfluencerInputError} listing every issue with its path.
 *
 * @internal
 */
export function parseInput<T>(schema: z.ZodMiniType<T>, value: unknown, prefix: readonly (string | number)[] = []): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new InfluencerInputError(toInputIssues(result.error.issues, value, prefix));
}
