import { InfluencerInputError } from "./InfluencerInputError.js";
import { describeValue } from "./issueText.js";

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
