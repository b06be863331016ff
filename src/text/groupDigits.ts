/**
 * A count for a sentence: rounded to a whole number, with thousands
 * separators (`26000` → `"26,000"`, `-2600.4` → `"-2,600"`). For the
 * plain-English reasons of every model.
 *
 * @example
 * groupDigits(26000);
 * // => "26,000"
 * @internal
 */
export function groupDigits(value: number): string {
  return groupDigitText(String(Math.round(value)));
}

/**
 * Thousands separators in a run of digits written out as text, however long
 * (`"1234567"` → `"1,234,567"`): for a whole part too large for a number to
 * be written without an exponent.
 *
 * @example
 * groupDigitText("21250000000000000000000");
 * // => "21,250,000,000,000,000,000,000"
 * @internal
 */
export function groupDigitText(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * A number written out as text, with the digits of its whole part grouped by
 * thousands and the rest as it is (`"1000.1234567"` → `"1,000.1234567"`; an
 * exponent, `"1e+21"`, is left alone): for an amount the caller gave, written
 * exactly.
 *
 * @example
 * groupWholePart(String(1000.1234567));
 * // => "1,000.1234567"
 * @internal
 */
export function groupWholePart(text: string): string {
  return text.replace(/^-?\d+/u, (whole) => groupDigitText(whole));
}
