import { describe, expect, it } from "vitest";
import { medianAbsoluteDeviation } from "../../src/stats/medianAbsoluteDeviation.js";
import { medianSorted, quantileSorted } from "../../src/stats/quantileSorted.js";

describe("quantileSorted", () => {
  it("matches the documented example", () => {
    // h = (4 − 1) × 0.5 = 1.5 → 2 + 0.5 × (3 − 2) = 2.5
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
  });

  it("interpolates like R's type 7 (R: quantile(c(1, 2, 3, 4), 0.1) = 1.3)", () => {
    // h = 3 × 0.1 = 0.3 → 1 + 0.3 × (2 − 1) = 1.3
    expect(quantileSorted([1, 2, 3, 4], 0.1)).toBeCloseTo(1.3, 12);
  });

  it("returns the extremes at 0 and 1 and uses only the leading `length` entries", () => {
    expect(quantileSorted([1, 2, 3, 4], 0)).toBe(1);
    expect(quantileSorted([1, 2, 3, 4], 1)).toBe(4);
    // Leading three entries [1, 2, 3]: h = 2 × 1 = 2 → 3
    expect(quantileSorted(new Float64Array([1, 2, 3, 99]), 1, 3)).toBe(3);
  });

  it("returns NaN for an empty sample", () => {
    expect(quantileSorted([], 0.5)).toBeNaN();
  });
});

describe("medianSorted", () => {
  it("matches the documented example", () => {
    expect(medianSorted([1, 3, 10])).toBe(3);
  });

  it("averages the two middle values of an even sample", () => {
    // (3 + 10) / 2 = 6.5
    expect(medianSorted([1, 3, 10, 20])).toBe(6.5);
  });
});

describe("medianAbsoluteDeviation", () => {
  it("matches the documented example", () => {
    // |x − 3| = [2, 1, 0, 1, 97] → sorted [0, 1, 1, 2, 97] → median 1
    expect(medianAbsoluteDeviation([1, 2, 3, 4, 100], 3, new Float64Array(5))).toBe(1);
  });

  it("is 0 when more than half the values equal the centre, and leaves the sample untouched", () => {
    const sample = new Float64Array([5, 5, 5, 9]);
    // |x − 5| = [0, 0, 0, 4] → median (0 + 0) / 2 = 0
    expect(medianAbsoluteDeviation(sample, 5, new Float64Array(4))).toBe(0);
    expect([...sample]).toEqual([5, 5, 5, 9]);
  });
});
