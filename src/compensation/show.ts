/**
 * A number rounded to four significant digits for the plain-English
 * `reasons` and `detail` strings (rates, counts, scores); result fields stay
 * unrounded. Amounts of money go through `showMoney` (src/text/showMoney.ts),
 * which keeps the same digits, groups them and never writes an exponent.
 *
 * @example
 * show(0.017323);
 * // => "0.01732"
 * @internal
 */
export function show(value: number): string {
  // Fast path, same text. toPrecision(4) rounds the exact value to four significant digits,
  // m × 10^(e − 3) with 1,000 ≤ m ≤ 10,000. For 0.001 ≤ |value| < 1e15, y = |value| scaled by a
  // power of ten lies in [1,000, 10,000) with an error below 1e-12, so Math.round(y) is that m
  // unless y is within 1e-7 of a tie (then the slow path decides). m / scale (or m × 10^k) is
  // the double nearest the rounded decimal, which is what Number() reads back from its text.
  const size = Math.abs(value);
  if (size >= 0.001 && size < 1e15) {
    let scale = 1;
    let divisor = 1;
    if (size < 1_000) {
      scale = 10;
      while (size * scale < 1_000) scale *= 10; // size ≥ 0.001: at most 1e6, exact
    } else {
      while (size / divisor >= 10_000) divisor *= 10; // at most 1e11, exact
    }
    const scaled = scale > 1 ? size * scale : size / divisor;
    const fraction = scaled - Math.floor(scaled);
    if (Math.abs(fraction - 0.5) > 1e-7) {
      const digits = Math.round(scaled);
      const rounded = scale > 1 ? digits / scale : digits * divisor;
      return String(value < 0 ? -rounded : rounded);
    }
  }
  // Near Number.MAX_VALUE four digits round past the largest double (1.798e308 is Infinity): keep the value.
  const rounded = Number(value.toPrecision(4));
  return String(Number.isFinite(rounded) ? rounded : value);
}

/**
 * A multiplier for a reason string: {@link show}'s four digits, or, when
 * those read `1` for a factor that is not 1 (`×1, not ×1`), the fewest
 * significant digits that tell it from 1 (`1.000002`).
 *
 * @internal
 */
export function showFactor(value: number): string {
  let text = show(value);
  for (let digits = 5; text === "1" && value !== 1 && digits <= 17; digits++) text = String(Number(value.toPrecision(digits)));
  return text;
}
