/**
 * A number rounded to four significant digits for the plain-English
 * `reasons` and `detail` strings; result fields stay unrounded.
 *
 * @internal
 */
export function show(value: number): string {
  return String(Number(value.toPrecision(4)));
}
