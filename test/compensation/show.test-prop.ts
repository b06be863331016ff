// The number formatting of the compensation reasons keeps the text of toPrecision(4) exactly.
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { show } from "../../src/compensation/show.js";

/** Numbers of at most four significant digits (the fast path), any double, and the edges of each decade. */
const value = fc.oneof(
  fc.integer({ min: -9_999, max: 9_999 }),
  fc.tuple(fc.integer({ min: -9_999, max: 9_999 }), fc.constantFrom(1, 10, 100, 1_000, 10_000)).map(([digits, scale]) => digits / scale),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -20_000, max: 20_000, noNaN: true }),
  fc.constantFrom(0, -0, 1, 9.9995, 9.999, 10, 99.995, 999.95, 9_999.5, 10_000, 1.0005, 12.345),
);

test.prop([value], { numRuns: 5000 })("writes what String(Number(value.toPrecision(4))) writes", (number) => {
  expect(show(number)).toBe(String(Number(number.toPrecision(4))));
});
