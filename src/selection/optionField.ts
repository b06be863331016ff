/**
 * The option `key` of `options` as zod reads the options' other fields:
 * `options[key]`, inherited or from a getter included, so that every option
 * of one call is read the same way (a `budget` and a `maxPerGroup` on the
 * prototype of an `Object.create` object are both used). `undefined` when
 * `options` is not an object; the options schema reports that.
 *
 * @internal
 */
export function optionField(options: unknown, key: string): unknown {
  return typeof options === "object" && options !== null ? (options as Record<string, unknown>)[key] : undefined;
}
