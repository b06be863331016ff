import { ALMOST_ZERO, ALMOST_ZERO_BELOW } from "./almostZero.js";

/**
 * A number for a sentence: at most 3 decimals, no binary noise; a number that
 * is not 0 but would read 0 at 3 decimals keeps 3 significant digits instead
 * (0.000353, not 0), written out rather than as an exponent (0.00000000000601,
 * not 6.01e-12) down to 1e-98 ({@link ALMOST_ZERO_BELOW}), as far as `toFixed`
 * goes, and "almost 0" below that. The trust and audience reasons write their
 * numbers with it. @internal
 */
export function showDecimals(value: number): string {
  if (value !== 0 && Math.abs(value) < 0.0005) return showSignificant(value);
  // Fast path, same text. toFixed(3) rounds the exact |value| to k / 1000 (ties up). Below 1e5,
  // |value| × 1000 is off by less than 1e-8, so Math.round gives that k unless it is within 1e-6
  // of a tie (then the slow path decides); k / 1000 is the double Number() reads back from the text.
  const size = Math.abs(value);
  if (size < 1e5) {
    const scaled = size * 1000;
    if (Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-6) {
      const rounded = Math.round(scaled) / 1000;
      return String(value < 0 ? -rounded : rounded);
    }
  }
  return String(Number(value.toFixed(3)));
}

/**
 * A number cut to `digits` significant digits (3 by default, as `significant`)
 * and written out rather than as an exponent (0.000000543, not 5.43e-7) down
 * to 1e-98 ({@link ALMOST_ZERO_BELOW}), as far as `toFixed` goes, "almost 0"
 * below (never 0 for a number that is not): for a small amount that a fixed number
 * of decimals would round to 0, or two numbers that fewer digits would write
 * alike. @internal
 */
export function showSignificant(value: number, digits = 3): string {
  return showTiny(Number(value.toPrecision(digits)), digits);
}

/**
 * A number already cut to `digits` significant digits, without an exponent below 1e-6, where
 * String() would write one: written out down to {@link ALMOST_ZERO_BELOW}, and "almost 0" below
 * that (for a share of 5e-324, say: 323 zeros would tell a reader nothing more). With more than 3
 * digits toFixed's 100 decimals run out sooner (below 1e-97 at 4), and those read "almost 0" too.
 */
function showTiny(kept: number, digits: number): string {
  const size = Math.abs(kept);
  if (kept === 0 || size >= 1e-6) return String(kept);
  const decimals = digits - 1 - Math.floor(Math.log10(size));
  return size < ALMOST_ZERO_BELOW || decimals > 100 ? ALMOST_ZERO : kept.toFixed(decimals).replace(/0+$/u, "");
}

/**
 * A percentile (0–100) for a sentence: one decimal, but never 0 or 100 for a
 * value that is not: from 0.001 to below 0.05 it keeps 3 significant digits
 * (0.0168, 0.00123), below 0.001 (but above 0) it reads "below 0.001", and
 * above 99.95 but below 100 it reads 99.9. The engagement, trust,
 * compensation and report sentences write percentiles with it. @internal
 */
export function showPercentile(value: number): string {
  const rounded = Number(value.toFixed(1));
  // Below a thousandth of a percentile the digits tell a reader nothing: 2.58e-96 was written with 95 zeros.
  if (rounded === 0 && value > 0) return value < 0.001 ? "below 0.001" : showSignificant(value);
  if (rounded === 100 && value < 100) return "99.9";
  return String(rounded);
}
