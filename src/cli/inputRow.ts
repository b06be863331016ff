/**
 * One record read from the input, before validation: a value with the line it
 * starts on, or the problems that kept it from being read (invalid JSON).
 * `postLines[i]` is the line of `posts[i]` when the posts came from separate
 * CSV rows, so an error in a post points at its own row.
 *
 * @internal
 */
export type InputRow =
  | { readonly line: number; readonly value: unknown; readonly postLines?: readonly number[] | undefined }
  | { readonly line: number; readonly problems: readonly string[] };

/** The formats the tool reads. @internal */
export type InputFormat = "ndjson" | "json" | "csv";

/** Every {@link InputFormat}. @internal */
export const INPUT_FORMATS: readonly InputFormat[] = ["ndjson", "json", "csv"];
