// The number formatting of the trust reasons keeps the text of toFixed(3) exactly.
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { show } from "../../src/trust/signalResult.js";

/** Numbers with few decimals (the fast path), any double, and the edges: zero, -0, halves, huge values. */
const value = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }).map((thousandths) => thousandths / 1000),
  fc.integer({ min: -1e15, max: 1e15 }).map((thousandths) => thousandths / 1000),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 0.0005, 1.0005, 2.5, 999_999_999_999.999, 1e12, 4.35),
);

test.prop([value], { numRuns: 5000 })("writes what String(Number(value.toFixed(3))) writes", (number) => {
  expect(show(number)).toBe(String(Number(number.toFixed(3))));
});
