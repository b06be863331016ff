// Internal helpers whose defensive branches valid public input cannot reach.
import { describe, expect, it } from "vitest";
import { compareCompensationParsed } from "../../src/compensation/compareCompensation.js";
import { certaintyEquivalent } from "../../src/compensation/lognormal.js";
import { parseCompareOptions } from "../../src/compensation/options.js";
import { compareCompensation, parseProfile } from "../../src/index.js";

describe("certaintyEquivalent", () => {
  it("is 0 for a payment that is surely 0", () => {
    expect(certaintyEquivalent({ median: 0, sigma: 1 }, 2, null)).toBe(0);
  });

  it("is the payment itself, capped, when nothing is uncertain", () => {
    expect(certaintyEquivalent({ median: 40, sigma: 0 }, 2, null)).toBe(40);
    expect(certaintyEquivalent({ median: 40, sigma: 0 }, 2, 25)).toBe(25);
  });

  it("is never above the cap, even where the power form rounds near risk aversion 1", () => {
    // ρ = 1.0000001 is just outside the log form's 1e-8 band: k = −1e-7 divided rounding noise up to 1.1e-9 above the cap.
    const comparison = compareCompensation(
      { platform: "youtube", followers: 165, posts: [{ likes: 75, comments: 1, impressions: 49, clicks: 1 }, { likes: 30, comments: 1 }] },
      { costPerClick: 0.02124225450568804, averageOrderValue: 0.0000031590715579234303, cap: 0.0001424119823175438, riskAversion: 1.0000001, flatFee: 0.00014241198247565286 },
    );
    expect(comparison.payPerClick.comparison.creatorCertaintyEquivalent).toBeLessThanOrEqual(0.0001424119823175438);
    expect(comparison.recommendation.model).toBe("flat-fee");
  });

  it("falls smoothly as risk aversion rises through 1, and from 1 on stays at most the median payment", () => {
    // A reviewer's case: ρ = 1 + 2e-8 put the power form's CE 1.9e-9 above the median (cap 100, ~77× the median),
    // so a flat fee just above the median lost to pay-per-click at ρ > 1. Grid across the expansion's 1e-5 border.
    const payment = { median: 1.299038105676658, sigma: 0.9 };
    const levels = [0.99, 0.99999, 1 - 1e-8, 1, 1 + 1e-9, 1 + 1.01e-8, 1 + 2e-8, 1 + 1e-7, 1 + 9.99e-6, 1 + 1.001e-5, 1.0001, 1.5];
    const values = levels.map((riskAversion) => certaintyEquivalent(payment, riskAversion, 100) ?? Number.NaN);
    for (let index = 1; index < values.length; index++) expect(values[index]).toBeLessThanOrEqual(Number(values[index - 1]));
    levels.forEach((riskAversion, index) => {
      if (riskAversion >= 1) expect(values[index]).toBeLessThanOrEqual(payment.median);
    });
    // At ρ = 1 exactly: exp(E[ln min(X, cap)]), the cap binding with probability Φ(−β) ≈ 3.5e-7 here.
    expect(values[3]).toBeCloseTo(payment.median, 6);
  });

  it("keeps the flat fee at risk aversion just above 1 when the cap hardly binds", () => {
    const profile = { platform: "tiktok" as const, followers: 1_000 };
    const terms = { costPerClick: 0.5, averageOrderValue: 50, cap: 100, riskAversion: 1.00000002 };
    const median = compareCompensation(profile, terms).payPerClick.cost?.expected ?? Number.NaN;
    const comparison = compareCompensation(profile, { ...terms, flatFee: median * (1 + 1e-9) });
    expect(comparison.payPerClick.comparison.creatorCertaintyEquivalent).toBeLessThanOrEqual(median);
    expect(comparison.recommendation.model).toBe("flat-fee");
  });

  it("is null when the value overflows", () => {
    // median · e^{σ²/2} with σ = 40: e^800 is beyond the largest double
    expect(certaintyEquivalent({ median: 1, sigma: 40 }, 0, null)).toBeNull();
  });
});

describe("compareCompensationParsed", () => {
  it("leaves out the hybrid deal when the orders are too uncertain to value", () => {
    const options = parseCompareOptions({ costPerClick: 0.5, averageOrderValue: 80, margin: 0.5, hybrid: true, riskAversion: 0 });
    // A spread no validated rate card allows (ratio 1e300 → σ ≈ 270 per factor) makes e^{σ²/2} overflow.
    const rateCard = { ...options.rateCard, rangeSpread: { ratio: 1e300, source: "test" } };
    const comparison = compareCompensationParsed(parseProfile({ platform: "instagram", followers: 10_000 }), { ...options, rateCard }, { engagement: null, trust: null, audience: null });
    expect(comparison.hybrid).toBeUndefined();
    expect(comparison.recommendation.reasons).toContain("no hybrid deal: the conversions are too uncertain to value");
  });
});
