// The number formatting of the trust reasons keeps the text of toFixed(3) exactly, except that a
// number that is not 0 but would read 0 keeps 3 significant digits, and that the whole part is
// grouped by thousands ("3,781 days", as the follower counts beside it).
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { show } from "../../src/trust/signalResult.js";

/** Numbers with few decimals (the fast path), any double, and the edges: zero, -0, halves, huge values. */
const value = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }).map((thousandths) => thousandths / 1000),
  fc.integer({ min: -1e15, max: 1e15 }).map((thousandths) => thousandths / 1000),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 0.0005, -0.0005, -0.0004, 1.0005, 2.5, 999_999_999_999.999, 1e12, 4.35, 99_999.9995, 1e5),
  // Halfway between two roundings to thousandths, and the doubles right next to them.
  fc.tuple(fc.integer({ min: -1e8, max: 1e8 }), fc.constantFrom(-1, 0, 1)).map(([thousandths, step]) => {
    const tie = (thousandths + 0.5) / 1000;
    return step === 0 ? tie : step > 0 ? tie + Math.abs(tie) * Number.EPSILON : tie - Math.abs(tie) * Number.EPSILON;
  }),
  fc.double({ min: -2e5, max: 2e5, noNaN: true }),
);

test.prop([value], { numRuns: 20000 })("writes what String(Number(value.toFixed(3))) writes, its whole part grouped, or 3 significant digits below 0.0005", (number) => {
  const isTiny = number !== 0 && Math.abs(number) < 0.0005;
  const text = show(number);
  const expected = String(Number(number.toFixed(3)));
  // Below 1e-98 toFixed cannot write the digits out: "almost 0", never 0 and never an exponent
  if (isTiny && Math.abs(Number(number.toPrecision(3))) < 1e-98) expect(text).toBe("almost 0");
  else if (isTiny) expect(Number(text)).toBe(Number(number.toPrecision(3)));
  // From 1e21 toFixed writes an exponent; the sentence writes the same digits out
  else if (expected.includes("e")) expect(Number(text.replaceAll(",", ""))).toBe(Number(expected));
  else expect(text.replaceAll(",", "")).toBe(expected);
  // Separators only between groups of three digits of the whole part, and no exponent.
  if (text !== "almost 0") expect(text).toMatch(/^-?\d{1,3}(,\d{3})*(\.\d+)?$/u);
});

test.prop([fc.double({ min: 1e-98, max: 0.0005, noNaN: true, minExcluded: false, maxExcluded: true }), fc.boolean()], { numRuns: 5000 })(
  "writes a small number out, with no exponent, down to 1e-98",
  (size, isNegative) => {
    // Before, 6.01e-12 (the percentile of a feed with no interactions) read "percentile 6.01e-12".
    const text = show(isNegative ? -size : size);
    expect(text).not.toMatch(/e/u);
    expect(Number(text)).toBe(Number((isNegative ? -size : size).toPrecision(3)));
  },
);

test.prop([fc.double({ min: -1e6, max: 1e6, noNaN: true })])("never writes 0 for a number that is not 0", (number) => {
  expect(show(number) === "0").toBe(number === 0);
});

test("writes its TSDoc example: three decimals, the whole part grouped", () => {
  expect([show(0.12345), show(3781), show(1050.25)]).toEqual(["0.123", "3,781", "1,050.25"]);
});
