import { describe, expect, it } from "vitest";
import { estimateAudienceAuthenticity, type AudienceAccount } from "../../src/index.js";
import { bareAccount, boughtAccount, handModel, ordinaryAccount, suspiciousAccount } from "./handModel.js";
import { issuesOf } from "../arbitraries/laws.js";

const repeat = (account: AudienceAccount, count: number): AudienceAccount[] => Array.from({ length: count }, () => account);

/** 4 accounts that the shipped model flags at 0.35 and 6 it does not (probabilities 0.96 and 0.004). */
const tenAccounts = [...repeat(boughtAccount, 4), ...repeat(ordinaryAccount, 6)];

/** Under handModel: probabilities 0.7359 (suspicious) and 0.2689 (bare ×3); see handModel.ts. */
const fourAccounts = [suspiciousAccount, bareAccount, bareAccount, bareAccount];

describe("estimateAudienceAuthenticity", () => {
  it("matches the documented example", () => {
    const sample = [...repeat(boughtAccount, 20), ...repeat({ followers: 300, following: 280, posts: 45 }, 80)];
    // observed 20/100 = 0.2; shipped model at 0.35: Se 0.7041, Sp 0.9692
    // (0.2 + 0.9692 − 1) / (0.7041 + 0.9692 − 1) = 0.1692 / 0.6733 = 0.25130
    expect(Number(estimateAudienceAuthenticity(sample).fakeShare.toFixed(4))).toBe(0.2513);
  });

  it("matches the documented example of AudienceAuthenticityEstimate", () => {
    // One ordinary account: observed 0 < 1 − Sp, so fakeShare is clipped to 0 and authenticShare is 1
    const result = estimateAudienceAuthenticity([{ followers: 300, following: 280, posts: 45 }]);
    expect(result.fakeShare + result.authenticShare).toBe(1);
  });

  it("matches the documented example of AudienceAuthenticityProvenance", () => {
    expect(estimateAudienceAuthenticity([{ followers: 1, following: 1, posts: 1 }]).provenance.accuracy).toBe("cross-validated");
  });

  it("corrects the observed rate with the supplied sensitivity and specificity", () => {
    const result = estimateAudienceAuthenticity(tenAccounts, { sensitivity: 0.8, specificity: 0.9 });
    // observed 4/10 = 0.4; (0.4 + 0.9 − 1) / (0.8 + 0.9 − 1) = 0.3 / 0.7 = 0.428571…
    expect(result.observedFakeRate).toBe(0.4);
    expect(result.flaggedCount).toBe(4);
    expect(result.sampleSize).toBe(10);
    expect(result.fakeShare).toBeCloseTo(0.4285714285714286, 12);
    expect(result.authenticShare).toBeCloseTo(1 - 0.4285714285714286, 12);
    expect(result.method).toBe("rogan-gladen-wilson");
    expect(result.provenance.accuracy).toBe("supplied");
  });

  it("maps the 90% Wilson interval of the observed rate through the same correction", () => {
    const { interval } = estimateAudienceAuthenticity(tenAccounts, { sensitivity: 0.8, specificity: 0.9 });
    // Wilson 90% for 4/10: python3 -c "from scipy.stats import binomtest;
    //   print(binomtest(4,10).proportion_ci(confidence_level=0.9, method='wilson'))" → [0.194227, 0.648361]
    // corrected: (0.19422699 − 0.1) / 0.7 = 0.134610; (0.64836140 − 0.1) / 0.7 = 0.783373
    expect(interval.low).toBeCloseTo(0.13460998839543326, 8);
    expect(interval.high).toBeCloseTo(0.7833734316283975, 8);
    expect(interval.level).toBe(0.9);
  });

  it("honours another confidence level", () => {
    const { interval } = estimateAudienceAuthenticity(tenAccounts, { sensitivity: 0.8, specificity: 0.9, confidenceLevel: 0.95 });
    // scipy binomtest(4,10) Wilson 95%: [0.168180, 0.687326] → (· − 0.1) / 0.7
    expect(interval.low).toBeCloseTo(0.09740047100890878, 8);
    expect(interval.high).toBeCloseTo(0.8390374718090596, 8);
    expect(interval.level).toBe(0.95);
  });

  it("explains each step in its reasons", () => {
    const { reasons } = estimateAudienceAuthenticity(tenAccounts, { sensitivity: 0.8, specificity: 0.9 });
    expect(reasons).toEqual([
      "4 of 10 sampled accounts have a fake probability of at least 0.35 (observed rate 0.4)",
      "Rogan–Gladen correction with sensitivity 0.8 and specificity 0.9 (supplied in the options): fake share 0.429",
      "90% Wilson interval on the observed rate [0.194, 0.648], corrected the same way: [0.135, 0.783]; it assumes a random sample of followers and ignores the uncertainty of sensitivity and specificity",
      "no threshold band: the supplied sensitivity and specificity hold for one threshold only",
      "Benford test on the sampled accounts' follower counts: only 10 positive values; the Benford test needs at least 50",
    ]);
  });

  it("says an interval collapsed by the correction's clipping is not a certainty", () => {
    // 0 of 100 flagged, shipped model (Se 0.7041, Sp 0.9692): Wilson 90% upper bound z² / (n + z²) = 2.7055 / 102.7055 = 0.0263,
    // below the false-positive rate 1 − 0.9692 = 0.0308, so both ends correct to below 0 and are clipped to 0. It read "[0, 0]" alone.
    const { interval, reasons } = estimateAudienceAuthenticity(repeat(ordinaryAccount, 100));
    expect([interval.low, interval.high]).toEqual([0, 0]);
    expect(reasons[3]).toBe(
      "90% Wilson interval on the observed rate [0, 0.026], corrected the same way: [0, 0] (clipped to 0 at both ends by the correction, not a certainty); it assumes a random sample of followers and ignores the uncertainty of sensitivity and specificity",
    );
  });

  it("uses the model's cross-validated accuracy at its threshold by default", () => {
    const result = estimateAudienceAuthenticity(tenAccounts);
    // src/audience/fakeAccountModel.ts: threshold 0.35 → Se 0.7041, Sp 0.9692
    expect([result.threshold, result.sensitivity, result.specificity]).toEqual([0.35, 0.7041, 0.9692]);
  });

  it("interpolates sensitivity and specificity between tabulated thresholds", () => {
    const result = estimateAudienceAuthenticity(fourAccounts, { model: handModel, threshold: 0.3 });
    // Halfway between 0.2 (Se 0.9, Sp 0.7) and 0.4 (Se 0.8, Sp 0.9): Se 0.85, Sp 0.8
    expect(result.sensitivity).toBeCloseTo(0.85, 12);
    expect(result.specificity).toBeCloseTo(0.8, 12);
    // flagged: only the suspicious account (0.7359 ≥ 0.3 > 0.2689): 1/4; (0.25 + 0.8 − 1) / 0.65 = 0.076923
    expect(result.fakeShare).toBeCloseTo(0.07692307692307693, 12);
  });

  it("reports the corrected share over neighbouring thresholds", () => {
    const band = estimateAudienceAuthenticity(fourAccounts, { model: handModel, thresholdBandWidth: 0.2 }).thresholdBand;
    // 0.2: all four flagged, (1 + 0.7 − 1) / 0.6 = 1.1667 → clipped to 1
    // 0.4: 1/4, (0.25 + 0.9 − 1) / 0.7 = 0.214286; 0.6: 1/4, (0.25 + 0.95 − 1) / 0.45 = 0.444444
    expect(band?.estimates.map((estimate) => [estimate.threshold, estimate.observedFakeRate, estimate.sensitivity, estimate.specificity])).toEqual([
      [0.2, 1, 0.9, 0.7],
      [0.4, 0.25, 0.8, 0.9],
      [0.6, 0.25, 0.5, 0.95],
    ]);
    expect(band?.estimates[0]?.fakeShare).toBe(1);
    expect(band?.estimates[1]?.fakeShare).toBeCloseTo(0.2142857142857143, 12);
    expect(band?.estimates[2]?.fakeShare).toBeCloseTo(0.4444444444444445, 12);
    expect(band?.low).toBeCloseTo(0.2142857142857143, 12);
    expect(band?.high).toBe(1);
  });

  it("uses ±0.05 around the shipped threshold by default", () => {
    const band = estimateAudienceAuthenticity(tenAccounts).thresholdBand;
    // 0.35 − 0.05 and 0.35 + 0.05, cleaned of binary noise
    expect(band?.estimates.map((estimate) => estimate.threshold)).toEqual([0.3, 0.35, 0.4]);
  });

  describe("edge cases", () => {
    it("writes a confidence level just below 1 with enough digits not to read 100%", () => {
      const { reasons } = estimateAudienceAuthenticity(tenAccounts, { sensitivity: 0.8, specificity: 0.9, confidenceLevel: 0.9999999999 });
      // It read "100% Wilson interval". scipy binomtest(4,10).proportion_ci(confidence_level=0.9999999999, method='wilson')
      //   → [0.0332657, 0.9281402]; corrected (· − 0.1) / 0.7 = −0.0953 and 1.1831, clipped to [0, 1]
      expect(reasons[2]).toBe(
        "99.99999999% Wilson interval on the observed rate [0.033, 0.928], corrected the same way: [0, 1]; it assumes a random sample of followers and ignores the uncertainty of sensitivity and specificity",
      );
    });

    it("writes a level of 1 − 2⁻⁵² as 99.99999999999997%, not 100%", () => {
      // 1 − 2⁻⁵² = 0.9999999999999998, 2.2e-14 from 100%: 3 significant digits of that distance need 16 decimals,
      // and node -e "console.log((1 - 2 ** -52) * 100)" → 99.99999999999997, the double nearest 100 × (1 − 2⁻⁵²).
      const { reasons } = estimateAudienceAuthenticity(tenAccounts, { sensitivity: 0.8, specificity: 0.9, confidenceLevel: 1 - 2 ** -52 });
      expect(reasons[2]).toMatch(/^99\.99999999999997% Wilson interval /u);
    });

    it("gives a finite interval at the largest level below 1, 1 − 2⁻⁵³", () => {
      // (1 + level) / 2 rounds to 1 there, and Φ⁻¹(1) = Infinity made the lower end NaN (null in JSON).
      // The tail (1 − level) / 2 = 2⁻⁵⁴ is exact: python3 -c "from statistics import NormalDist as N;
      //   print(-N().inv_cdf(2**-54))" → z = 8.292361075813595. Wilson for 400 of 1,000 at that z (formula of
      //   wilsonInterval, same python) → [0.2820041046695383, 0.5308637127950633]; corrected (· − 0.1) / 0.7
      //   → [0.2600058638136261, 0.6155195897072333].
      const sample = [...repeat(boughtAccount, 400), ...repeat(ordinaryAccount, 600)];
      const result = estimateAudienceAuthenticity(sample, { sensitivity: 0.8, specificity: 0.9, confidenceLevel: 1 - 2 ** -53 });
      expect(result.interval.low).toBeCloseTo(0.2600058638136261, 9);
      expect(result.interval.high).toBeCloseTo(0.6155195897072333, 9);
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      expect(result.reasons[2]).toBe(
        "99.99999999999999% Wilson interval on the observed rate [0.282, 0.531], corrected the same way: [0.26, 0.616]; it assumes a random sample of followers and ignores the uncertainty of sensitivity and specificity",
      );
    });

    it("refuses a level of 1 and the next number above it, naming the field", () => {
      // 1 + 2⁻⁵² = 1.0000000000000002, the smallest double above 1
      for (const confidenceLevel of [1, 1 + 2 ** -52]) {
        expect(issuesOf(() => estimateAudienceAuthenticity(tenAccounts, { confidenceLevel }))).toEqual([
          { path: ["confidenceLevel"], code: "too_big", message: `confidenceLevel: expected a number strictly between 0 and 1, received ${confidenceLevel}` },
        ]);
      }
    });

    it("says a zero width comes from a tiny level, not from clipping, when nothing was clipped", () => {
      // Level 5e-324: (1 − level) / 2 = 0.5, so z = 0 and the Wilson interval of 4 / 10 is [0.4, 0.4]; corrected
      // (0.4 − 0.1) / 0.7 = 0.428571 at both ends, inside [0, 1]: nothing was clipped, yet it said "clipped to 0.429".
      const tiny = estimateAudienceAuthenticity(tenAccounts, { sensitivity: 0.8, specificity: 0.9, confidenceLevel: 5e-324 });
      expect(tiny.interval.low).toBe(tiny.interval.high);
      expect(tiny.reasons[2]).toBe(
        "almost 0% Wilson interval on the observed rate [0.4, 0.4], corrected the same way: [0.429, 0.429] (zero width only because the level is so low, not a certainty); it assumes a random sample of followers and ignores the uncertainty of sensitivity and specificity",
      );
      // Level 1e-20: z ≈ 1.25e-20 is not 0, but ±z·√(0.4 · 0.6 / 10) = ±1.9e-21 is lost next to 0.4: no width either.
      const small = estimateAudienceAuthenticity(tenAccounts, { sensitivity: 0.8, specificity: 0.9, confidenceLevel: 1e-20 });
      expect(small.reasons[2]).toMatch(/: \[0\.429, 0\.429\] \(zero width only because the level is so low, not a certainty\);/u);
    });

    it("still says clipped when a tiny level meets a clipped estimate", () => {
      // 10 bought accounts of 10 at level 5e-324: Wilson [1, 1]; corrected (1 − 0.1) / 0.7 = 1.29 > 1, clipped to 1.
      const result = estimateAudienceAuthenticity(repeat(boughtAccount, 10), { sensitivity: 0.8, specificity: 0.9, confidenceLevel: 5e-324 });
      expect(result.reasons[3]).toMatch(/: \[1, 1\] \(clipped to 1 at both ends by the correction, not a certainty\);/u);
    });

    it.each([
      // 100 × 2⁻¹⁰⁷⁴ = 4.94e-322%: 3 significant digits written out would need 324 decimals, more than toFixed's 100,
      // so showDecimals writes an exponent; it read "4.94e-322% Wilson interval".
      [5e-324, "almost 0"],
      // 100 × 9.99e-101 = 9.99e-99%: written out, 0. then 98 zeros then 999, 101 decimals: one too many (read "9.99e-99").
      [9.99e-101, "almost 0"],
      // 100 × 1e-100 = 1e-98% (the double 1.0000000000000001e-98, 1.00 at 3 significant digits): 0. then 97 zeros then 1,
      // 98 decimals, the smallest level showDecimals still writes out.
      [1e-100, `0.${"0".repeat(97)}1`],
      // 100 × 1e-10 = 1e-8%, below what 3 decimals show: 3 significant digits, 0.00000001 (so before the fix too).
      [1e-10, "0.00000001"],
      [0.5, "50"],
      [0.9, "90"],
      // 1 − 2⁻⁵³ = 99.999999999999988898%, 1.11e-14 from 100: it reads 100 at 3 decimals, so its distance keeps 3
      // significant digits, 16 decimals, of the double nearest 100 × (1 − 2⁻⁵³), 100 − 2⁻⁴⁶ = 99.99999999999998579;
      // that double's shortest text is 99.99999999999999.
      [1 - 2 ** -53, "99.99999999999999"],
    ])("writes a confidence level of %d as %s%%: never an exponent, never 0%% or 100%%", (confidenceLevel, percent) => {
      const { reasons } = estimateAudienceAuthenticity(tenAccounts, { sensitivity: 0.8, specificity: 0.9, confidenceLevel });
      expect(reasons[2]?.split("% Wilson interval on the observed rate ")[0]).toBe(percent);
    });

    it("never writes a small observed rate that is not 0 as 0", () => {
      // 1 bought account among 2,500: observed rate 1 / 2,500 = 0.0004, which 3 decimals would write as 0
      const result = estimateAudienceAuthenticity([boughtAccount, ...repeat(ordinaryAccount, 2_499)]);
      expect(result.reasons[0]).toBe("1 of 2,500 sampled accounts has a fake probability of at least 0.35 (observed rate 0.0004)");
    });

    it("says 1 sampled account and 1 positive value in the singular", () => {
      // One bought account: flagged (probability ≥ 0.35), so "1 of 1 sampled account has".
      const result = estimateAudienceAuthenticity([boughtAccount]);
      expect(result.reasons[0]).toBe("1 of 1 sampled account has a fake probability of at least 0.35 (observed rate 1)");
      expect(result.reasons.at(-1)).toBe("Benford test on the sampled accounts' follower counts: only 1 positive value; the Benford test needs at least 50");
      // One ordinary account: not flagged, and the verb agrees with the one account, "0 of 1 sampled account has" (it read "have").
      expect(estimateAudienceAuthenticity([ordinaryAccount]).reasons[0]).toBe("0 of 1 sampled account has a fake probability of at least 0.35 (observed rate 0)");
      // Of more accounts, the plural unless one is flagged.
      expect(estimateAudienceAuthenticity([ordinaryAccount, ordinaryAccount]).reasons[0]).toBe("0 of 2 sampled accounts have a fake probability of at least 0.35 (observed rate 0)");
    });

    it("clips to 0, and says so, when fewer accounts are flagged than false positives alone explain", () => {
      const result = estimateAudienceAuthenticity(repeat(ordinaryAccount, 10));
      // observed 0 < 1 − 0.9692: (0 + 0.9692 − 1) / 0.6733 < 0 → 0
      expect(result.fakeShare).toBe(0);
      expect(result.interval.low).toBe(0);
      // Wilson 90% upper limit for 0/10 (scipy): 0.212942; (0.212942 + 0.9692 − 1) / 0.6733 = 0.270521
      expect(result.interval.high).toBeCloseTo(0.27052126850350083, 8);
      expect(result.reasons[2]).toBe("the observed rate 0 is below the false-positive rate 0.031, so the corrected share is clipped to 0");
    });

    it("clips to 1, and says so, when more accounts are flagged than the sensitivity allows", () => {
      const result = estimateAudienceAuthenticity(repeat(boughtAccount, 10));
      // observed 1 > 0.7041; Wilson low 0.787058 → (0.787058 + 0.9692 − 1) / 0.6733 = 1.123 → 1
      expect([result.fakeShare, result.authenticShare, result.interval.low, result.interval.high]).toEqual([1, 0, 1, 1]);
      expect(result.reasons[2]).toBe("the observed rate 1 is above the sensitivity 0.704, so the corrected share is clipped to 1");
    });

    it("leaves out band thresholds where the model cannot correct", () => {
      // 0.8 has Se 0.1 + Sp 0.85 ≤ 1 in handModel
      const upper = estimateAudienceAuthenticity(fourAccounts, { model: handModel, threshold: 0.6, thresholdBandWidth: 0.2 });
      expect(upper.thresholdBand?.estimates.map((estimate) => estimate.threshold)).toEqual([0.4, 0.6]);
      // 0.2 − 0.2 = 0 lies below the model's first threshold
      const lower = estimateAudienceAuthenticity(fourAccounts, { model: handModel, threshold: 0.2, thresholdBandWidth: 0.2 });
      expect(lower.thresholdBand?.estimates.map((estimate) => estimate.threshold)).toEqual([0.2, 0.4]);
    });

    it("has a one-threshold band when the width is 0", () => {
      const result = estimateAudienceAuthenticity(fourAccounts, { model: handModel, thresholdBandWidth: 0 });
      // handModel threshold 0.4: (0.25 + 0.9 − 1) / 0.7 = 0.214286
      expect(result.thresholdBand?.estimates.map((estimate) => estimate.threshold)).toEqual([0.4]);
      expect(result.thresholdBand?.low).toBeCloseTo(0.2142857142857143, 12);
      expect(result.reasons[3]).toBe("over thresholds 0.4–0.4 the corrected fake share ranges from 0.214 to 0.214");
    });

    it("keeps the band's thresholds distinct and increasing when the width is below the rounding of the neighbours", () => {
      // The neighbours are rounded to 10 decimals to drop binary noise: 0.4 ± 1e-12 both read 0.4, and
      // the band listed 0.4 three times, against "one estimate per threshold, in increasing threshold order".
      const tiny = estimateAudienceAuthenticity(fourAccounts, { model: handModel, thresholdBandWidth: 1e-12 });
      expect(tiny.thresholdBand?.estimates.map((estimate) => estimate.threshold)).toEqual([0.4 - 1e-12, 0.4, 0.4 + 1e-12]);
      // A threshold with more than 10 decimals: 0.30000000001234 + 1e-12 rounded to 0.3, below the
      // threshold itself, and was listed after it as the upper neighbour.
      const fine = estimateAudienceAuthenticity(fourAccounts, { model: handModel, threshold: 0.30000000001234, thresholdBandWidth: 1e-12 });
      const thresholds = fine.thresholdBand?.estimates.map((estimate) => estimate.threshold) ?? [];
      expect(thresholds[1]).toBe(0.30000000001234);
      expect(thresholds.every((threshold, index) => index === 0 || threshold > (thresholds[index - 1] ?? 1))).toBe(true);
    });

    it("takes the missing accuracy figure from the model when only one is supplied", () => {
      const result = estimateAudienceAuthenticity(tenAccounts, { sensitivity: 0.9 });
      // specificity from the shipped model at 0.35: 0.9692
      expect([result.sensitivity, result.specificity]).toEqual([0.9, 0.9692]);
      expect(result.thresholdBand).toBeNull();
    });

    it("says which accuracy figure was supplied and which came from the model", () => {
      const sensitivity = estimateAudienceAuthenticity(tenAccounts, { sensitivity: 0.9 }).reasons;
      expect(sensitivity[1]).toMatch(/^Rogan–Gladen correction with sensitivity 0\.9 \(supplied in the options\) and specificity 0\.969 \(cross-validated on SRF Data/u);
      expect(sensitivity).toContain("no threshold band: the supplied sensitivity holds for one threshold only");
      const specificity = estimateAudienceAuthenticity(tenAccounts, { specificity: 0.99 }).reasons;
      // sensitivity from the shipped model at 0.35: 0.7041
      expect(specificity[1]).toMatch(/^Rogan–Gladen correction with sensitivity 0\.704 \(cross-validated on SRF Data.*\) and specificity 0\.99 \(supplied in the options\): fake share /u);
      expect(specificity).toContain("no threshold band: the supplied specificity holds for one threshold only");
    });

    it("accepts any threshold when both accuracy figures are supplied", () => {
      const result = estimateAudienceAuthenticity(tenAccounts, { threshold: 0.995, sensitivity: 0.5, specificity: 0.99 });
      // No account reaches 0.995 (the bought one scores 0.96): observed 0 → clipped to 0
      expect([result.threshold, result.flaggedCount, result.fakeShare]).toEqual([0.995, 0, 0]);
    });

    it("runs the Benford test on the sampled follower counts", () => {
      // 50 accounts with 12 followers each: all first digits 1, MAD = (0.699 + Σ_{d≥2} P(d)) / 9 = 1.398 / 9 = 0.1553
      const { benford } = estimateAudienceAuthenticity(repeat(boughtAccount, 50));
      expect(benford.n).toBe(50);
      expect(benford.conforms).toBe(false);
      expect(benford.mad).toBeCloseTo((2 * (1 - 0.3010299956639812)) / 9, 12);
    });
  });

  describe("input errors", () => {
    it("rejects an empty sample and a bad account with its index", () => {
      expect(issuesOf(() => estimateAudienceAuthenticity([]))).toEqual([
        { path: [], code: "too_small", message: "expected at least one follower account, received an empty array" },
      ]);
      expect(issuesOf(() => estimateAudienceAuthenticity([bareAccount, { followers: 1.5, following: 1, posts: 1 }]))).toEqual([
        { path: [1, "followers"], code: "invalid_type", message: "[1].followers: expected a non-negative integer, received 1.5" },
      ]);
    });

    it("rejects null and wrongly typed options without zod's default message", () => {
      const nullIssues = issuesOf(() => estimateAudienceAuthenticity(null as never));
      expect(nullIssues).toEqual([{ path: [], code: "invalid_type", message: "expected an array of follower accounts, received null" }]);
      const optionIssues = issuesOf(() => estimateAudienceAuthenticity([bareAccount], { threshold: "0.3" } as never));
      expect(optionIssues).toEqual([{ path: ["threshold"], code: "invalid_type", message: 'threshold: expected a number between 0 and 1, received "0.3"' }]);
      expect(JSON.stringify([nullIssues, optionIssues])).not.toContain("Invalid input");
    });

    it("rejects a confidence level of 1 and a band wider than 0.5", () => {
      expect(issuesOf(() => estimateAudienceAuthenticity([bareAccount], { confidenceLevel: 1, thresholdBandWidth: 0.6 }))).toEqual([
        { path: ["confidenceLevel"], code: "too_big", message: "confidenceLevel: expected a number strictly between 0 and 1, received 1" },
        { path: ["thresholdBandWidth"], code: "too_big", message: "thresholdBandWidth: expected a number between 0 and 0.5, received 0.6" },
      ]);
    });

    it("rejects supplied accuracy with sensitivity + specificity ≤ 1", () => {
      expect(issuesOf(() => estimateAudienceAuthenticity([bareAccount], { sensitivity: 0.5, specificity: 0.4 }))).toEqual([
        {
          path: ["specificity"],
          code: "invalid_value",
          message: "specificity: expected sensitivity + specificity above 1 (sensitivity is 0.5), received 0.4",
        },
      ]);
      // 0.02 + 0.9692 (the model's specificity at 0.35) = 0.9892 ≤ 1
      expect(issuesOf(() => estimateAudienceAuthenticity([bareAccount], { sensitivity: 0.02 }))).toEqual([
        {
          path: ["sensitivity"],
          code: "invalid_value",
          message: "sensitivity: expected sensitivity + specificity above 1 (specificity is 0.969), received 0.02",
        },
      ]);
    });

    it("rejects a threshold outside the model's cross-validated range", () => {
      expect(issuesOf(() => estimateAudienceAuthenticity([bareAccount], { threshold: 0.995 }))).toEqual([
        {
          path: ["threshold"],
          code: "too_big",
          message: "threshold: expected a number between 0.01 and 0.99 (the thresholds the model was cross-validated at), received 0.995",
        },
      ]);
      expect(issuesOf(() => estimateAudienceAuthenticity([bareAccount], { threshold: 0.005 }))).toEqual([
        {
          path: ["threshold"],
          code: "too_small",
          message: "threshold: expected a number between 0.01 and 0.99 (the thresholds the model was cross-validated at), received 0.005",
        },
      ]);
    });

    it("rejects a model that could give an account a NaN probability instead of counting it as real", () => {
      // Accepted before: ln(101) · 1e308 − ln(101) · 1e308 = Infinity − Infinity = NaN, and NaN ≥ threshold is false
      const model = {
        ...handModel,
        features: [
          { key: "logPosts" as const, coefficient: 1e308, mean: 0, min: 0, max: 20 },
          { key: "logFollowers" as const, coefficient: -1e308, mean: 0, min: 0, max: 20 },
        ],
      };
      expect(issuesOf(() => estimateAudienceAuthenticity([{ followers: 100, following: 1, posts: 100 }], { model })).map((issue) => issue.path)).toEqual([
        ["model", "features", 0, "coefficient"],
        ["model", "features", 1, "coefficient"],
      ]);
    });

    it("rejects a threshold at which the model cannot correct", () => {
      // handModel at 0.8: Se 0.1 + Sp 0.85 = 0.95 ≤ 1
      expect(issuesOf(() => estimateAudienceAuthenticity([bareAccount], { model: handModel, threshold: 0.8 }))).toEqual([
        {
          path: ["threshold"],
          code: "invalid_value",
          message: "threshold: expected a threshold at which the model's sensitivity + specificity is above 1, received 0.8",
        },
      ]);
      expect(issuesOf(() => estimateAudienceAuthenticity([bareAccount], { model: { ...handModel, threshold: 0.8 } }))).toEqual([
        {
          path: ["model", "threshold"],
          code: "invalid_value",
          message: "model.threshold: expected a threshold at which the model's sensitivity + specificity is above 1, received 0.8",
        },
      ]);
    });
  });
});
