// How sentences write a percentile: one decimal, never 0 or 100 for a value that is not.
import { describe, expect, it } from "vitest";
import { showPercentile } from "../../src/text/showDecimals.js";

describe("showPercentile", () => {
  it.each([
    [0, "0"],
    [100, "100"],
    [64.508, "64.5"],
    [3.51, "3.5"],
    [0.189, "0.2"],
    // below 0.05 one decimal would write 0: three significant digits, written out
    [0.0168, "0.0168"],
    [0.00123, "0.00123"],
    [0.001, "0.001"],
    // below 0.001 the digits tell a reader nothing (2.58e-96 was written with 95 zeros; 6.01e-12 as 0.00000000000601)
    [0.000999, "below 0.001"],
    [6.01e-12, "below 0.001"],
    [5e-324, "below 0.001"],
    // above 99.95 one decimal would write 100
    [99.97, "99.9"],
    [99.999999, "99.9"],
    [99.94, "99.9"],
  ])("writes %f as %s", (value, text) => {
    expect(showPercentile(value)).toBe(text);
  });
});
