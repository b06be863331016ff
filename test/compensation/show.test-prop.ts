// The number formatting of the compensation reasons keeps the digits of toPrecision(4) exactly, and only groups
// the whole part by thousands; from 1e21, where String() writes an exponent, the same digits are written out,
// and down to 1e-98: below it, "almost 0" (as showDecimals and showSignificant).
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { show, showFactor } from "../../src/compensation/show.js";

/** Numbers of at most four significant digits (the fast path), any double, and the edges of each decade. */
const value = fc.oneof(
  fc.integer({ min: -9_999, max: 9_999 }),
  fc.tuple(fc.integer({ min: -9_999, max: 9_999 }), fc.constantFrom(1, 10, 100, 1_000, 10_000)).map(([digits, scale]) => digits / scale),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -20_000, max: 20_000, noNaN: true }),
  fc.constantFrom(0, -0, 1, 9.9995, 9.999, 10, 99.995, 999.95, 9_999.5, 10_000, 1.0005, 12.345, 0.001, 0.00099999, 99_999.5, 1e15, 123_456_789.5),
  // Halfway between two four-digit roundings in every decade, and the doubles right next to them.
  fc
    .tuple(fc.integer({ min: 1_000, max: 9_999 }), fc.integer({ min: -8, max: 14 }), fc.constantFrom(-1, 0, 1), fc.boolean())
    .map(([digits, exponent, step, negative]) => {
      const tie = ((digits + 0.5) * 10 ** exponent) / 1_000;
      const near = step === 0 ? tie : step > 0 ? tie * (1 + Number.EPSILON) : tie * (1 - Number.EPSILON);
      return negative ? -near : near;
    }),
  fc.double({ min: 1e-4, max: 1e16, noNaN: true }),
);

/** Digits grouped by thousands before an optional fraction: never an exponent. */
const GROUPED = /^-?\d{1,3}(?:,\d{3})*(?:\.\d+)?$/u;

test.prop([value], { numRuns: 20000 })(
  "writes what String(Number(value.toPrecision(4))) writes with the whole part grouped; from 1e21 and below 1e-6 the same four digits written out, below 1e-98 almost 0",
  (number) => {
    const text = show(number);
    const rounded = Number(number.toPrecision(4));
    if (rounded !== 0 && Math.abs(rounded) < 1e-98) {
      expect(text).toBe("almost 0");
      return;
    }
    expect(text).toMatch(GROUPED);
    const plain = String(rounded);
    if (Number.isFinite(rounded) && !plain.includes("e")) {
      expect(text.replaceAll(",", "")).toBe(plain);
      return;
    }
    if (Math.abs(number) < 1e-6) {
      // "-2.1e-19": the mantissa's digits after the zeros the negative power asks for
      const [mantissa = "", power = ""] = number.toExponential(3).split("e");
      const digits = mantissa.replace("-", "").replace(".", "").replace(/0+$/u, "");
      expect(text).toBe(`${number < 0 ? "-" : ""}0.${"0".repeat(-Number(power) - 1)}${digits}`);
      return;
    }
    // "-1.235e+21": the mantissa's digits, then zeros up to the power of ten (Infinity: past the largest double)
    const [mantissa = "", power = ""] = number.toExponential(3).split("e");
    const digits = mantissa.replace("-", "").replace(".", "");
    expect(text.replaceAll(",", "")).toBe(`${number < 0 ? "-" : ""}${digits.padEnd(Number(power) + 1, "0")}`);
  },
);

test("never writes Infinity for a finite value near the largest double", () => {
  // 1.7976931348623157e308 to four digits is 1.798e308, beyond the largest double but not beyond text: 1,798 and
  // 305 zeros (was the value kept as "1.7976931348623157e+308", since Number("1.798e308") is Infinity)
  const largest = `179,800${",000".repeat(101)}`;
  expect(show(Number.MAX_VALUE)).toBe(largest);
  expect(show(-Number.MAX_VALUE)).toBe(`-${largest}`);
  expect(show(1.797e308)).toBe(`179,700${",000".repeat(101)}`);
});

test.prop([fc.oneof(value, fc.double({ min: 0.999, max: 1.001, noNaN: true }), fc.constantFrom(1 + Number.EPSILON, 1 - Number.EPSILON / 2, 1.00000198))], { numRuns: 5000 })(
  "showFactor writes show's text, unless that reads 1 for a factor that is not 1; then the fewest digits that tell it from 1",
  (number) => {
    const text = showFactor(number);
    if (show(number) !== "1" || number === 1) {
      expect(text).toBe(show(number));
      return;
    }
    expect(text).not.toBe("1");
    const digits = text.replace(/^[-0.]+/, "").replace(".", "").length;
    // the fewest: one digit less would still read 1
    expect(String(Number(number.toPrecision(digits - 1)))).toBe("1");
    expect(Number(text)).toBe(Number(number.toPrecision(digits)));
  },
);
