import { describe, expect, it } from "vitest";
import { BENFORD_CONFORMITY, measureBenfordConformity, type BenfordConformityTable } from "../../src/index.js";
import { issuesOf } from "../arbitraries/laws.js";

/** `count[d − 1]` values with first digit d (d·100). */
function withFirstDigits(counts: readonly number[]): number[] {
  return counts.flatMap((count, index) => Array.from({ length: count }, () => (index + 1) * 100));
}

/** 90 × log10(1 + 1/d), rounded: 27.09, 15.85, 11.24, 8.72, 7.13, 6.03, 5.22, 4.60, 4.12 → sum 90 */
const perfectBenford90 = withFirstDigits([27, 16, 11, 9, 7, 6, 5, 5, 4]);

/** 1,000 values whose first digits cycle 1…9: 112 ones, 111 of each other digit. */
const uniform1000 = Array.from({ length: 1000 }, (_, index) => (index % 9) + 1);

/** 1,000,000 × log10(1 + 1/d), rounded: 301030, 176091, 124939, 96910, 79181, 66947, 57992, 51153, 45757 → sum 1,000,000 */
const perfectBenfordMillion = withFirstDigits([301030, 176091, 124939, 96910, 79181, 66947, 57992, 51153, 45757]);

describe("measureBenfordConformity", () => {
  it("matches the documented example", () => {
    expect(measureBenfordConformity(perfectBenford90).conforms).toBe(true);
    expect(measureBenfordConformity(uniform1000).conforms).toBe(false);
  });

  it("matches the documented example of BenfordConformityTable", () => {
    const table: BenfordConformityTable = { ...BENFORD_CONFORMITY, values: { ...BENFORD_CONFORMITY.values, minimumSampleSize: 100 } };
    expect(table.values.minimumSampleSize).toBe(100);
  });

  it("matches the documented example of BENFORD_CONFORMITY", () => {
    // Nigrini (2012): first-digit MAD above 0.015 is "nonconformity"
    expect(BENFORD_CONFORMITY.values.nonconformityMad).toBe(0.015);
  });

  it("matches the documented examples of the result types", () => {
    expect(measureBenfordConformity([]).conforms).toBeNull();
    // 60 values all starting with 5: MAD = (0.921 + Σ_{d≠5} P(d)) / 9 = 2 · 0.9208 / 9 = 0.2046 > 0.0455
    expect(measureBenfordConformity(Array.from({ length: 60 }, () => 5)).conforms).toBe(false);
    expect(measureBenfordConformity([1, 2, 3]).reason).toBe("only 3 positive values; the Benford test needs at least 50");
  });

  it("accepts a perfect Benford sample of 90 values (acceptance criterion)", () => {
    const result = measureBenfordConformity(perfectBenford90);
    // |27/90 − 0.30103| + |16/90 − 0.17609| + … (spreadsheet: =SUMPRODUCT(ABS(counts/90 − LOG10(1+1/d)))/9) = 0.0020399
    expect(result.mad).toBeCloseTo(0.002039897516047642, 12);
    // Closed form (1/9)·Σ√(2P(1 − P)/(π·90)) = 0.024755; independent Monte Carlo mean at n = 90: 0.0248
    expect(result.expectedMad).toBeCloseTo(0.0248, 4);
    // max(1.5 × 0.0247551, 0.015) = 0.0371326
    expect(result.madThreshold).toBeCloseTo(0.03713259193723392, 12);
    // Nigrini's fixed bands alone would say "close conformity" here too (< 0.006)
    expect(result.reason).toBe("MAD 0.002 ≤ 0.0371 allowed at n = 90: consistent with Benford's law");
  });

  it("rejects a uniform first-digit sample of 1,000 values (acceptance criterion)", () => {
    const result = measureBenfordConformity(uniform1000);
    // Σ|o_d − P(d)| / 9 with o = (0.112, 0.111 × 8) = 0.05957
    expect(result.mad).toBeCloseTo(0.05956888696176943, 12);
    // 1.5 × 0.0074265 = 0.01114 < 0.015, so Nigrini's bound applies at n = 1,000
    expect(result.madThreshold).toBe(0.015);
    expect(result.reason).toBe("MAD 0.0596 > 0.015 allowed at n = 1,000: first digits deviate from Benford's law more than chance explains");
  });

  it("computes the χ² statistic and its p-value with 8 degrees of freedom", () => {
    const result = measureBenfordConformity(uniform1000);
    // python3 -c "from scipy.stats import chi2; print(chi2.sf(399.6370879898086, 8))" → 2.239760419963096e-81
    expect(result.chiSquare).toBeCloseTo(399.6370879898086, 9);
    expect((result.pValue ?? 0) / 2.239760419963096e-81).toBeCloseTo(1, 12);
    // perfect 90: scipy chi2.sf(0.06501151441291073, 8) = 0.9999999546745233
    expect(measureBenfordConformity(perfectBenford90).pValue).toBeCloseTo(0.9999999546745233, 12);
  });

  it("matches an independent χ² p-value in the middle of the distribution", () => {
    const result = measureBenfordConformity(withFirstDigits([40, 30, 25, 25, 20, 20, 15, 15, 10]));
    // python3 -c "from scipy.stats import chi2; import math; c=[40,30,25,25,20,20,15,15,10];
    //   P=[math.log10(1+1/d) for d in range(1,10)]; x=sum(200*(k/200-p)**2/p for k,p in zip(c,P)); print(x, chi2.sf(x,8))"
    //   → 16.841471042802304 0.03180281928250076
    expect(result.chiSquare).toBeCloseTo(16.841471042802304, 10);
    expect(result.pValue).toBeCloseTo(0.03180281928250076, 12);
  });

  it("reports the first-digit shares", () => {
    // 27/90, 16/90, …, 4/90
    expect(measureBenfordConformity(perfectBenford90).digitShares).toEqual([27, 16, 11, 9, 7, 6, 5, 5, 4].map((count) => count / 90));
  });

  describe("edge cases", () => {
    it("skips zeros and counts them", () => {
      const result = measureBenfordConformity([0, 0, ...perfectBenford90]);
      expect([result.n, result.skippedZeros, result.conforms]).toEqual([90, 2, true]);
    });

    it("returns null statistics with a reason below the minimum sample size", () => {
      expect(measureBenfordConformity(Array.from({ length: 49 }, () => 1))).toEqual({
        n: 49,
        skippedZeros: 0,
        digitShares: null,
        mad: null,
        expectedMad: null,
        madThreshold: null,
        chiSquare: null,
        pValue: null,
        conforms: null,
        reason: "only 49 positive values; the Benford test needs at least 50",
      });
    });

    it("reads the first significant digit of fractions and large numbers", () => {
      // 0.0234 → 2, 7e21 → 7, 5e-324 (smallest double) → 5, 19.99 → 1
      const result = measureBenfordConformity([0.0234, 7e21, 5e-324, 19.99], { conformity: { ...BENFORD_CONFORMITY, values: { ...BENFORD_CONFORMITY.values, minimumSampleSize: 1 } } });
      expect(result.digitShares).toEqual([0.25, 0.25, 0, 0, 0.25, 0, 0.25, 0, 0]);
    });

    it("writes a tiny non-zero MAD with significant digits, not as 0", () => {
      const result = measureBenfordConformity(perfectBenfordMillion);
      // python3 -c "import math; c=[301030,176091,124939,96910,79181,66947,57992,51153,45757];
      //   print(sum(abs(k/1e6-math.log10(1+1/d)) for d,k in enumerate(c,1))/9)" → 2.241493416980162e-07
      expect(result.mad).toBeCloseTo(2.241493416980162e-7, 18);
      // 3 significant digits 0.000000224; max(1.5 × 0.000234847, 0.015) = 0.015 allowed
      expect(result.reason).toBe("MAD 0.000000224 ≤ 0.015 allowed at n = 1,000,000: consistent with Benford's law");
    });

    it("writes a tiny non-zero threshold with significant digits, not as 0", () => {
      const strict: BenfordConformityTable = { source: "test", values: { minimumSampleSize: 50, expectedMadFactor: 1e-4, nonconformityMad: 1e-9 } };
      // python3: sum(math.sqrt(2*p*(1-p)/(math.pi*1e6)) for p in P)/9 = 0.00023484713189452663 (P = log10(1 + 1/d), d = 1…9);
      // threshold max(1e-4 × 0.000234847, 1e-9) = 0.0000000234847 → 3 significant digits 0.0000000235, below the MAD 0.000000224
      expect(measureBenfordConformity(perfectBenfordMillion, { conformity: strict }).reason).toBe(
        "MAD 0.000000224 > 0.0000000235 allowed at n = 1,000,000: first digits deviate from Benford's law more than chance explains",
      );
    });

    it("writes a MAD just above the bound with enough digits that the sign between them reads true", () => {
      // 10,000 values: Benford's counts, rounded, with 675 ones moved to nines
      const values = withFirstDigits([2335, 1761, 1249, 969, 792, 669, 580, 512, 1133]);
      // python3 -c "import math; c=[2335,1761,1249,969,792,669,580,512,1133];
      //   print(sum(abs(k/1e4-math.log10(1+1/d)) for d,k in enumerate(c,1))/9)" → 0.01502789664687795;
      // bound max(1.5 × 0.0023485, 0.015) = 0.015. At 4 decimals both read 0.015: it said "MAD 0.015 > 0.015".
      const result = measureBenfordConformity(values);
      expect(result.mad).toBeCloseTo(0.01502789664687795, 15);
      expect(result.reason).toBe("MAD 0.01503 > 0.015 allowed at n = 10,000: first digits deviate from Benford's law more than chance explains");
    });

    it("writes a MAD just below the bound with enough digits to tell them apart", () => {
      // as above with 673 ones moved: python3 (same command, c=[2337,…,1131]) → 0.01498345220243351, read 0.015 at 4 decimals
      const values = withFirstDigits([2337, 1761, 1249, 969, 792, 669, 580, 512, 1131]);
      expect(measureBenfordConformity(values).reason).toBe("MAD 0.01498 ≤ 0.015 allowed at n = 10,000: consistent with Benford's law");
    });

    it("keeps the short form when a MAD equals its bound", () => {
      // A supplied bound equal to the MAD of the 10,000 values above: "≤" holds and both read alike, with no digit
      // added to tell them apart. The bound is the caller's option, written exactly (CONTRIBUTING R15), and the MAD
      // equal to it reads the same.
      const values = withFirstDigits([2335, 1761, 1249, 969, 792, 669, 580, 512, 1133]);
      const mad = 0.01502789664687795;
      const table: BenfordConformityTable = { source: "test", values: { ...BENFORD_CONFORMITY.values, nonconformityMad: mad } };
      const result = measureBenfordConformity(values, { conformity: table });
      expect(result.mad).toBe(mad);
      expect(result.reason).toBe("MAD 0.01502789664687795 ≤ 0.01502789664687795 allowed at n = 10,000: consistent with Benford's law");
    });

    it("uses a supplied conformity table", () => {
      const strict: BenfordConformityTable = { source: "test", values: { minimumSampleSize: 10, expectedMadFactor: 0.01, nonconformityMad: 0.001 } };
      // perfect 90 has MAD 0.00204 > max(0.01 × 0.02476, 0.001) = 0.001
      expect(measureBenfordConformity(perfectBenford90, { conformity: strict }).conforms).toBe(false);
    });
  });

  describe("input errors", () => {
    it("names the index, the expectation and the received value", () => {
      expect(issuesOf(() => measureBenfordConformity([1, -2, Number.NaN]))).toEqual([
        { path: [1], code: "too_small", message: "[1]: expected a finite non-negative number, received -2" },
        { path: [2], code: "invalid_type", message: "[2]: expected a finite non-negative number, received NaN" },
      ]);
    });

    it("rejects null without zod's default message", () => {
      const issues = issuesOf(() => measureBenfordConformity(null as never));
      expect(issues).toEqual([{ path: [], code: "invalid_type", message: "expected an array of finite non-negative numbers, received null" }]);
      expect(JSON.stringify(issues)).not.toContain("Invalid input");
    });

    it("validates a supplied conformity table", () => {
      const table = { source: "test", values: { minimumSampleSize: 0, expectedMadFactor: 1.5, nonconformityMad: 0.015 } };
      expect(issuesOf(() => measureBenfordConformity([1], { conformity: table }))).toEqual([
        {
          path: ["conformity", "values", "minimumSampleSize"],
          code: "too_small",
          message: "conformity.values.minimumSampleSize: expected a positive integer, received 0",
        },
      ]);
    });
  });
});
