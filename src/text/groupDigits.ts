/**
 * A count for a sentence: rounded to a whole number, with thousands
 * separators (`26000` → `"26,000"`, `-2600.4` → `"-2,600"`). For the
 * plain-English reasons of every model. From 1e21, where `String()` writes
 * an exponent, the text is `String()`'s (`"1.2345e+21"`).
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
  let end = text.startsWith("-") ? 1 : 0;
  while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
  return end === text.length ? groupDigitText(text) : groupDigitText(text.slice(0, end)) + text.slice(end);
}
