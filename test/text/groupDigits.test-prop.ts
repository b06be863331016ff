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
const numberText = fc.oneof(
  fc.double({ noNaN: true }).map(String),
  fc.stringMatching(/^-?[\d.e+-]{0,12}$/),
  digitRun,
);

test.prop([fc.oneof(digitRun, numberText)])("groupDigitText writes what the pattern writes for a run of digits, and leaves other text alone", (text) => {
  expect(groupDigitText(text)).toBe(/^-?\d*$/.test(text) ? byPattern(text) : text);
});

test.prop([numberText])("groupWholePart groups the leading run of digits (after a minus) and nothing else", (text) => {
  expect(groupWholePart(text)).toBe(text.replace(/^-?\d+/, (whole) => byPattern(whole)));
});
