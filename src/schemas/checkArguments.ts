import { InfluencerInputError, type InputIssue } from "./InfluencerInputError.js";
import { describeValue, formatPath } from "./issueText.js";

// Checks of a whole argument that JavaScript callers may pass wrongly, shared
// by the functions whose options and lists are not parsed by one zod schema.

/**
 * Throws {@link InfluencerInputError} (path `[]`, `invalid_type`) when an
 * options argument is given but is not an object: `5`, `null` or `[]` would
 * otherwise be read as "no options". O(1).
 *
 * @param options - The options argument as received.
 * @throws {@link InfluencerInputError} if `options` is neither `undefined` nor a non-array object.
 * @internal
 */
export function checkOptionsObject(options: unknown): void {
  if (options === undefined || (typeof options === "object" && options !== null && !Array.isArray(options))) return;
  throw new InfluencerInputError([{ path: [], code: "invalid_type", message: `expected an options object, received ${describeValue(options)}` }]);
}

/**
 * Throws {@link InfluencerInputError} (path `[]`, `invalid_type`) when a list
 * of rows is not iterable (or is a string, which iterates over characters), so
 * a batch function fails with the library's error rather than a `TypeError`. O(1).
 *
 * @param rows - The rows argument as received.
 * @param isAsyncAllowed - Whether an async iterable is accepted too.
 * @throws {@link InfluencerInputError} if `rows` is not an iterable (or async iterable) object.
 * @internal
 */
export function checkRows(rows: unknown, isAsyncAllowed = false): void {
  if (typeof rows === "object" && rows !== null) {
    const iterable = rows as Partial<Record<symbol, unknown>>;
    if (typeof iterable[Symbol.iterator] === "function") return;
    if (isAsyncAllowed && typeof iterable[Symbol.asyncIterator] === "function") return;
  }
  const what = isAsyncAllowed ? "an array, iterable or async iterable of rows" : "an array or iterable of rows";
  throw new InfluencerInputError([{ path: [], code: "invalid_type", message: `expected ${what}, received ${describeValue(rows)}` }]);
}

/**
 * What a key outside `known` is told, in every check of option keys: zod's
 * strict option objects (`optionsObject` in fields.ts) and the hand-written checks.
 *
 * @internal
 */
export function expectedKeyText(known: readonly string[]): string {
  return `expected a key that is one of ${known.map((key) => `"${key}"`).join(", ")}`;
}

/**
 * Adds to `issues` one issue (`invalid_value`, at the key's own path) per own
 * string key of the options object `options` that is not in `known`: a
 * misspelt option (`benchmark` for `benchmarks`) would otherwise be ignored
 * without a word. Symbol keys are ignored, as `JSON.stringify` ignores them.
 * Nothing for a value that is not a plain object (its type is checked
 * elsewhere). O(k · m) for k keys and m known ones; allocates nothing when
 * every key is known (the models call it per profile).
 *
 * @param options - The options object as received.
 * @param known - The option names the function reads.
 * @param issues - Where the issues go.
 * @param prefix - Path of the options object within the argument.
 * @internal
 */
export function checkOptionKeys(options: unknown, known: readonly string[], issues: InputIssue[], prefix: readonly (string | number)[] = []): void {
  if (typeof options !== "object" || options === null || Array.isArray(options)) return;
  for (const key in options) {
    if (!Object.hasOwn(options, key) || known.includes(key)) continue;
    const path = [...prefix, key];
    issues.push({ path, code: "invalid_value", message: `${formatPath(path)}: ${expectedKeyText(known)}, received ${describeValue(key)}` });
  }
}
