// The digit-grouping loops write what the thousands-separator pattern they replaced wrote, on runs of digits.
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { groupDigitText, groupWholePart } from "../../src/text/groupDigits.js";

/** The pattern groupDigitText used before its loop: a separator before each last group of three of a run of digits. */
function byPattern(text: string): string {
  return text.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

const digitRun = fc.stringMatching(/^-?\d{0,30}$/);
/** Numbers as String() writes them (exponents included), and short strings of digits, signs, points and letters. */
const numberText = fc.oneof(fc.double({ noNaN: true }).map(String), fc.stringMatching(/^-?[\d.e+-]{0,12}$/), digitRun);

test.prop([fc.oneof(digitRun, numberText)])("groupDigitText writes what the pattern writes for a run of digits, and leaves other text alone", (text) => {
  expect(groupDigitText(text)).toBe(/^-?\d*$/.test(text) ? byPattern(text) : text);
});

test.prop([fc.oneof(digitRun, fc.stringMatching(/^-?\d{1,20}\.\d{1,20}$/))])("groupWholePart groups the leading run of digits (after a minus) and nothing else", (text) => {
  expect(groupWholePart(text)).toBe(text.replace(/^-?\d+/, (whole) => byPattern(whole)));
});

test.prop([fc.double({ noNaN: true, noDefaultInfinity: true })])("groupWholePart writes any number String() writes without an exponent, grouped, with the same value", (value) => {
  const text = groupWholePart(String(value));
  expect(text).toMatch(/^-?\d{1,3}(,\d{3})*(\.\d+)?$/);
  expect(Number(text.replaceAll(",", ""))).toBe(value === 0 ? 0 : value);
  // The same significant digits as String(): nothing added but zeros that place them
  const significant = (written: string): string => written.replace(/e.*$/, "").replace(/[-,.]/g, "").replace(/^0+/, "").replace(/0+$/, "");
  expect(significant(text)).toBe(significant(String(value)));
});
