// The four-digit rounding every sentence writer starts from gives toPrecision(4)'s number.
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { roundFourDigits } from "../../src/text/roundFourDigits.js";

/** Any double, the fast path's edges (0.001, 1e15, each decade's ten-thousands), and values at and next to four-digit ties. */
const value = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: 9e-4, max: 1.1e-3, noNaN: true }),
  fc.double({ min: 9.9e14, max: 1.01e15, noNaN: true }),
  fc.constantFrom(0, -0, 0.001, 0.00099999, 999.95, 9_999.5, 99_999.5, 1e15, 1e15 - 0.5, Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE),
  fc
    .tuple(fc.integer({ min: 1_000, max: 9_999 }), fc.integer({ min: -8, max: 14 }), fc.constantFrom(-1, 0, 1), fc.boolean())
    .map(([digits, exponent, step, negative]) => {
      const tie = ((digits + 0.5) * 10 ** exponent) / 1_000;
      const near = step === 0 ? tie : step > 0 ? tie * (1 + Number.EPSILON) : tie * (1 - Number.EPSILON);
      return negative ? -near : near;
    }),
);

test.prop([value], { numRuns: 20_000 })("is Number(value.toPrecision(4)), or the value where that is Infinity", (number) => {
  const rounded = Number(number.toPrecision(4));
  expect(Object.is(roundFourDigits(number), Number.isFinite(rounded) ? rounded : number)).toBe(true);
});
