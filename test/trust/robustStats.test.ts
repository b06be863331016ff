// Internal helpers of the trust model that keep scratch buffers between calls.
import { describe, expect, it } from "vitest";
import { MAD_TO_SIGMA, median, round, sortedScale } from "../../src/trust/robustStats.js";

describe("median", () => {
  it("is the middle value of an odd list and the mean of the middle two of an even one", () => {
    // sorted [1, 2, 3] → 2; sorted [1, 2, 3, 10] → (2 + 3) / 2 = 2.5
    expect(median([3, 1, 2])).toBe(2);
    expect(median([10, 3, 1, 2])).toBe(2.5);
  });

  it("is null for an empty list", () => {
    expect(median([])).toBeNull();
  });

  it("handles a list longer than the kept buffer (65,536 numbers)", () => {
    // 0, 1, …, 70,000 in reverse: 70,001 values, the middle one is 35,000
    const values = Array.from({ length: 70_001 }, (_, index) => 70_000 - index);
    expect(median(values)).toBe(35_000);
  });

  it("does not let one call's scratch values leak into the next", () => {
    // a long call fills the kept buffer; a short one must only see its own two numbers: (7 + 9) / 2 = 8
    median(Array.from({ length: 1_000 }, () => 1));
    expect(median([9, 7])).toBe(8);
  });
});

describe("round", () => {
  it("turns a negative value that rounds to zero into 0, not -0", () => {
    // −0.0001 · 100 = −0.01 → Math.round gives −0; −0 / 100 = −0, which toBe tells apart from 0 (Object.is)
    expect(round(-0.0001, 2)).toBe(0);
  });
});

describe("sortedScale", () => {
  it("reads only the first `length` entries of a longer buffer", () => {
    // The follower-anomaly detector passes its whole window buffer with the window's size. Here the two values a < b
    // have the midpoint c = (a + b) / 2, and b − c rounds below c − a, so the upper run is used up first; the entry
    // after them (c itself, deviation 0) must not be read. Deviations c − a and b − c: MAD their mean, (b − a) / 2.
    const a = 6.591584443518574;
    const b = 7.151026163326825;
    const c = (a + b) / 2;
    expect(b - c).toBeLessThan(c - a); // the rounding this test relies on
    expect(sortedScale(Float64Array.of(a, b, c), 2, c, 0)).toBeCloseTo((MAD_TO_SIGMA * (b - a)) / 2, 12);
  });
});
