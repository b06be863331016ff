/**
 * A count for a sentence: rounded to a whole number, with thousands
 * separators (`26000` → `"26,000"`, `-2600.4` → `"-2,600"`). For the
 * plain-English reasons of every model, whose counts are safe integers
 * (below 2⁵³); from 1e21, where `String()` writes an exponent, the text is
 * `String()`'s (`"1.2345e+21"`).
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
 * (`"1234567"` → `"1,234,567"`, `"-2600"` → `"-2,600"`): for a whole part
 * too large for a number to be written without an exponent. Text that is not
 * a run of digits after an optional minus (`"1.2345e+21"`, `"Infinity"`) is
 * returned as it is. A loop, not a regular expression: it runs for every
 * amount of every reason.
 *
 * @example
 * groupDigitText("21250000000000000000000");
 * // => "21,250,000,000,000,000,000,000"
 * @internal
 */
export function groupDigitText(digits: string): string {
  const start = digits.startsWith("-") ? 1 : 0;
  if (digits.length - start <= 3) return digits;
  for (let index = start; index < digits.length; index++) {
    const code = digits.charCodeAt(index);
    // Not a run of digits ("1.2345e+21", "Infinity"): left as it is; grouping its digits wrote "1.2,345e+21".
    if (code < 48 || code > 57) return digits;
  }
  let end = start + ((digits.length - start) % 3 || 3);
  let text = digits.slice(0, end);
  for (; end < digits.length; end += 3) text += "," + digits.slice(end, end + 3);
  return text;
}

/**
 * A number written out as text, with the digits of its whole part grouped by
 * thousands and the rest as it is (`"1000.1234567"` → `"1,000.1234567"`): for
 * an amount the caller gave, written exactly. A number `String()` wrote with
 * an exponent is written out first, with the same digits (`"1.5e+21"` →
 * `"1,500,000,000,000,000,000,000"`, `"1.2e-7"` → `"0.00000012"`), so no
 * sentence shows an exponent.
 *
 * @example
 * groupWholePart(String(1000.1234567));
 * // => "1,000.1234567"
 * @internal
 */
export function groupWholePart(text: string): string {
  const written = text.includes("e") ? writeOutExponent(text) : text;
  let end = written.startsWith("-") ? 1 : 0;
  while (end < written.length && written.charCodeAt(end) >= 48 && written.charCodeAt(end) <= 57) end++;
  return end === written.length ? groupDigitText(written) : groupDigitText(written.slice(0, end)) + written.slice(end);
}

/**
 * A number in exponent form, as `String()` or `toExponential` writes it,
 * written out with the same digits (`"-1.25e+22"` → `"-12500000000000000000000"`,
 * `"5e-7"` → `"0.0000005"`, `"1.235e+1"` → `"12.35"`). O(digits written).
 */
function writeOutExponent(text: string): string {
  const at = text.indexOf("e");
  const sign = text.startsWith("-") ? "-" : "";
  const mantissa = text.slice(sign.length, at);
  const power = Number(text.slice(at + 1));
  const point = mantissa.indexOf(".");
  const digits = point < 0 ? mantissa : mantissa.slice(0, point) + mantissa.slice(point + 1);
  // How many of the digits come before the point once the exponent is applied.
  const whole = (point < 0 ? mantissa.length : point) + power;
  if (whole <= 0) return `${sign}0.${"0".repeat(-whole)}${digits}`;
  return whole >= digits.length ? sign + digits.padEnd(whole, "0") : `${sign}${digits.slice(0, whole)}.${digits.slice(whole)}`;
}
