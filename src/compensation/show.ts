/**
 * A number rounded to four significant digits for the plain-English
 * `reasons` and `detail` strings; result fields stay unrounded.
 *
 * @internal
 */
export function show(value: number): string {
  // Fast path, same text: for 1 ≤ |value| < 10,000, toPrecision(4) keeps 3, 2, 1 or 0 decimals;
  // when `value` is the double nearest such a decimal it writes exactly that, which reads back as `value`.
  const size = Math.abs(value);
  if (size >= 1 && size < 10_000) {
    const scale = size < 10 ? 1_000 : size < 100 ? 100 : size < 1_000 ? 10 : 1;
    if (Math.round(value * scale) / scale === value) return String(value);
  }
  return String(Number(value.toPrecision(4)));
}
