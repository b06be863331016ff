// The Benford reason follows CONTRIBUTING R15 for any valid conformity table: no number as an
// exponent, and a bound the caller gave written exactly (groupWholePart(String(x))), never "almost 0".
import { describe, expect, it } from "vitest";
import { measureBenfordConformity } from "../../src/index.js";

/** A number in exponent notation: a digit, then e and a signed power. */
const EXPONENT = /\de[+-]\d/u;
const table = (expectedMadFactor: number, nonconformityMad: number) => ({ conformity: { source: "x", values: { minimumSampleSize: 1, expectedMadFactor, nonconformityMad } } });
// 90 values whose first digits follow Benford's proportions (rounded counts): MAD 0.002 at n = 90.
const benford90 = [27, 16, 11, 9, 7, 6, 5, 5, 4].flatMap((count, index) => Array.from({ length: count }, () => (index + 1) * 100));
const fives = [1, 1, 1, 1, 1];

describe("the Benford reason with a custom conformity table", () => {
  it("writes a bound of 1e300 out, grouped, not as 1e+300", () => {
    // max(1e300 × E(5), 1e300) = 1e300, the caller's nonconformityMad: "1" and 300 zeros.
    const result = measureBenfordConformity(fives, table(1e300, 1e300));
    expect(result.madThreshold).toBe(1e300);
    expect(result.reason).toBe(`MAD 0.1553 ≤ 1${",000".repeat(100)} allowed at n = 5: consistent with Benford's law`);
  });

  it("writes a bound of 1e-300 out exactly, not as almost 0", () => {
    const result = measureBenfordConformity(fives, table(1e-300, 1e-300));
    expect(result.reason).toBe(`MAD 0.1553 > 0.${"0".repeat(299)}1 allowed at n = 5: first digits deviate from Benford's law more than chance explains`);
  });

  it("writes a computed bound of about 1e299 without an exponent", () => {
    // 1e300 × E(5) = 1e300 × 0.1050268302474041 = 1.0502683024740411e299, above the 0.015 floor.
    const result = measureBenfordConformity(fives, table(1e300, 0.015));
    expect(result.reason).not.toMatch(EXPONENT);
    expect(result.reason).toMatch(/^MAD 0\.1553 ≤ 105,026,830,247,404,110(,000){94} allowed at n = 5: consistent with Benford's law$/u);
  });

  it("writes the caller's nonconformityMad exactly when it is the bound", () => {
    // max(1e-9 × 0.0248, 0.0123456) = 0.0123456, the caller's value: it read "0.0123".
    expect(measureBenfordConformity(benford90, table(1e-9, 0.0123456)).reason).toBe("MAD 0.002 ≤ 0.0123456 allowed at n = 90: consistent with Benford's law");
    // The default table reads as before: 1.5 × E(90) = 0.0371, four decimals of a computed bound.
    expect(measureBenfordConformity(benford90).reason).toBe("MAD 0.002 ≤ 0.0371 allowed at n = 90: consistent with Benford's law");
  });
});

describe("the Benford MAD beside a bound written exactly", () => {
  it("tells a MAD of 0.0000499892 from a given bound of 0.00005 as the bound is written", () => {
    // n = 200,005, 1s and 2s shifted off Benford's counts: MAD 0.00004998923299237259. Rounded to 3 significant digits it
    // read "0.00005", told apart only from the bound's rounded "0.0001", beside the exact "0.00005".
    const counts = [60251, 35175, 24988, 19382, 15837, 13390, 11599, 10231, 9152];
    const values = counts.flatMap((count, index) => Array.from({ length: count }, () => index + 1));
    const result = measureBenfordConformity(values, table(1e-9, 0.00005));
    expect(result.mad).toBe(0.00004998923299237259);
    expect(result.reason).toBe("MAD 0.00004999 ≤ 0.00005 allowed at n = 200,005: consistent with Benford's law");
  });
});
