import { describe, expect, it } from "vitest";
import { linearRegression } from "../../src/stats/linearRegression.js";

describe("linearRegression", () => {
  it("matches the documented example", () => {
    // Points on y = 1 + 2x: x̄ = 1, ȳ = 3; Σ(dx·dy) = (−1)(−2) + 0 + (1)(2) = 4; Σdx² = 2 → slope 2, intercept 3 − 2 = 1
    expect(linearRegression([0, 1, 2], [1, 3, 5])).toEqual({ slope: 2, intercept: 1 });
  });

  it("fits the least-squares line through scattered points", () => {
    // x = [0, 1, 2, 3], y = [1, 2, 2, 4]: x̄ = 1.5, ȳ = 2.25; Σ(dx·dy) = (−1.5)(−1.25) + (−0.5)(−0.25) + (0.5)(−0.25) + (1.5)(1.75) = 4.5;
    // Σdx² = 5 → slope 0.9; intercept 2.25 − 0.9 × 1.5 = 0.9 (spreadsheet: =SLOPE({1,2,2,4},{0,1,2,3}) = 0.9)
    const line = linearRegression([0, 1, 2, 3], [1, 2, 2, 4]);
    expect(line?.slope).toBeCloseTo(0.9, 12);
    expect(line?.intercept).toBeCloseTo(0.9, 12);
  });

  it("stays accurate with epoch-millisecond x values", () => {
    // x = 1.7e12 + [0, 1, 2] days in ms, y rises 1 per day → slope 1 / 86,400,000 per ms
    const day = 86_400_000;
    const line = linearRegression([1.7e12, 1.7e12 + day, 1.7e12 + 2 * day], [0, 1, 2]);
    expect((line?.slope ?? 0) * day).toBeCloseTo(1, 12);
  });

  it("returns null for fewer than two points or a vertical line", () => {
    expect(linearRegression([1], [1])).toBeNull();
    expect(linearRegression([2, 2, 2], [1, 2, 3])).toBeNull();
    // Only the leading point is used: one point → null
    expect(linearRegression([0, 1], [0, 1], 1)).toBeNull();
  });
});
