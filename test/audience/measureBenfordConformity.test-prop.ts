import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { measureBenfordConformity } from "../../src/index.js";
import { deepFreeze } from "./arbitraries.js";

const values = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1e9 }), fc.double({ min: 1e-6, max: 1e12, noNaN: true })), {
  maxLength: 400,
});

test.prop([values])("gives shares that sum to 1, a MAD in [0, 2/9] and a p-value in [0, 1], or nulls with a reason", (sample) => {
  const result = measureBenfordConformity(sample);
  expect(result.n + result.skippedZeros).toBe(sample.length);
  expect(result.reason).toMatch(/\S/u);
  if (result.mad === null) {
    expect(result.n).toBeLessThan(50);
    return;
  }
  expect(result.digitShares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 12);
  // Σ|o − P| ≤ Σo + ΣP = 2, so MAD ≤ 2/9
  expect(result.mad >= 0 && result.mad <= 2 / 9 + 1e-12).toBe(true);
  expect(result.pValue >= 0 && result.pValue <= 1).toBe(true);
  expect(result.conforms).toBe(result.mad <= result.madThreshold);
});

test.prop([values])("returns plain JSON data (R7) and leaves a frozen input untouched", (sample) => {
  const result = measureBenfordConformity(deepFreeze([...sample]));
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  expect(result).toEqual(measureBenfordConformity(sample));
});

test.prop([values])("does not change when every value is multiplied by 10 (first digits stay the same)", (sample) => {
  const integers = sample.map((value) => Math.round(value));
  expect(measureBenfordConformity(integers.map((value) => value * 10))).toEqual(measureBenfordConformity(integers));
});

test.prop([values])("does not depend on the order of the values", (sample) => {
  expect(measureBenfordConformity([...sample].reverse())).toEqual(measureBenfordConformity(sample));
});

/** At least 50 positive values, so the test runs. */
const testedValues = fc.array(fc.oneof(fc.integer({ min: 1, max: 1e9 }), fc.double({ min: 1e-6, max: 1e12, noNaN: true })), { minLength: 50, maxLength: 200 });

test.prop([testedValues, fc.double({ min: -1e-5, max: 1e-5, noNaN: true })])(
  "writes a MAD and its bound so that the sign between them holds for the written numbers, even a hair apart",
  (sample, offset) => {
    const mad = measureBenfordConformity(sample).mad ?? 0;
    // The bound a relative hair from the MAD, where a fixed number of decimals reads the two the same.
    const bound = Math.max(mad * (1 + offset), Number.MIN_VALUE);
    const result = measureBenfordConformity(sample, { conformity: { source: "test", values: { minimumSampleSize: 50, expectedMadFactor: 1e-9, nonconformityMad: bound } } });
    const [, shownMad, sign, shownBound] = /^MAD (\S+) (≤|>) (\S+) allowed/u.exec(result.reason) ?? [];
    if (sign === ">") expect(Number(shownMad)).toBeGreaterThan(Number(shownBound));
    else if (result.mad === result.madThreshold) expect(shownMad).toBe(shownBound);
    else expect(Number(shownMad)).toBeLessThan(Number(shownBound));
  },
);
