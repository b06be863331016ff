// Tests written to kill mutants that survived Stryker (docs/quality.md): each
// pins a behaviour the other tests left open.
import { describe, expect, it } from "vitest";
import { linearRegression } from "../../src/stats/linearRegression.js";

describe("linearRegression edge cases", () => {
  it("fits the line through exactly two points", () => {
    // (0, 1) and (2, 5): slope (5 − 1) / (2 − 0) = 2, intercept 1 (a `length <= 2` guard would return null)
    expect(linearRegression([0, 2], [1, 5])).toEqual({ slope: 2, intercept: 1 });
  });

  it("has no line for no points or one point", () => {
    // No points: without the guard, 0 / 0 gives a NaN slope instead of null
    expect(linearRegression([], [])).toBeNull();
    expect(linearRegression([3], [4])).toBeNull();
  });
});
