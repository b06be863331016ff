import { roundFourDigits } from "../text/roundFourDigits.js";

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
  return String(roundFourDigits(value));
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
