/**
 * The size below which a sentence writes a number that is not 0 as
 * {@link ALMOST_ZERO} instead of its digits: 1e-98 written out already takes
 * 97 zeros after the point, and `toFixed`, which writes `showSignificant`'s
 * digits, stops at 100 decimals (three significant digits of 1e-98); 5e-324
 * would take 323 zeros, which tell a reader nothing more. The cut-off of
 * `showSignificant` (src/text/showDecimals.ts, and so of `showDecimals` and
 * the engagement model's rate per 100) and of the compensation models' `show`
 * (src/compensation/show.ts), which compare the number as they round it.
 * @internal
 */
export const ALMOST_ZERO_BELOW = 1e-98;

/** What a sentence writes for a number that is not 0 but smaller than {@link ALMOST_ZERO_BELOW}: never 0, never an exponent. @internal */
export const ALMOST_ZERO = "almost 0";
