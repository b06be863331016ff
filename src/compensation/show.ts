import { ALMOST_ZERO, ALMOST_ZERO_BELOW } from "../text/almostZero.js";
import { groupWholePart } from "../text/groupDigits.js";
import { roundFourDigits } from "../text/roundFourDigits.js";
import { showAmount } from "../text/showMoney.js";
import { tellApart } from "../text/tellApart.js";

/**
 * A number rounded to four significant digits for the plain-English
 * `reasons` and `detail` strings (rates, counts, scores), with the digits of
 * its whole part grouped by thousands as the amounts of money beside it are
 * (`50950` → `"50,950"`, `0.017323` → `"0.01732"`); result fields stay
 * unrounded. From 1e21 and below 1e-6, where `String()` writes an exponent,
 * the same four digits are written out (and grouped), as `showAmount`
 * (src/text/showMoney.ts) writes them (`2.1e-19` → `"0.00000000000000000021"`):
 * never an exponent, so a formula's operands read like the amount beside them;
 * below 1e-98 ({@link ALMOST_ZERO_BELOW}, compared at four digits) it reads
 * "almost 0", as `showDecimals` and `showSignificant` (src/text/showDecimals.ts)
 * write it: ~300 zeros tell a reader nothing more.
 *
 * @example
 * show(0.017323);
 * // => "0.01732"
 * @example
 * show(50950);
 * // => "50,950"
 * @internal
 */
export function show(value: number): string {
  const rounded = roundFourDigits(value);
  const text = String(rounded);
  // "1.235e+21", "2.1e-19" (or the value kept near the largest double): the four digits written out, as amounts are.
  if (text.includes("e")) return Math.abs(rounded) < ALMOST_ZERO_BELOW ? ALMOST_ZERO : showAmount(value);
  return rounded > -1_000 && rounded < 1_000 ? text : groupWholePart(text);
}

/**
 * A multiplier for a reason string: {@link show}'s four digits, or, when
 * those read `1` for a factor that is not 1 (`×1, not ×1`), the fewest
 * significant digits that tell it from 1 (`1.000002`).
 *
 * @internal
 */
export function showFactor(value: number): string {
  return tellApart(value, 1, show, withDigits, 5)[0];
}

/** A number with `digits` significant digits, no trailing zeros. */
function withDigits(value: number, digits: number): string {
  return String(Number(value.toPrecision(digits)));
}
