import { describe, expect, it } from "vitest";
import { estimateReferral } from "../../src/index.js";
import { benchmarkOnly, measuredReels } from "./fixtures.js";

describe("estimateReferral", () => {
  it("matches the documented example", () => {
    // 3,772 × 0.01 = 37.72 clicks × 0.02 = 0.7544 orders × (0.1 × 80) = 6.0352
    const deal = estimateReferral(
      { platform: "instagram", followers: 10_000 },
      { averageOrderValue: 80, commissionRate: 0.1, clickThroughRate: 0.01, conversionRate: 0.02 },
    );
    expect(Math.round(deal.cost!.expected * 10_000) / 10_000).toBe(6.0352);
  });

  it("pays the default commission on benchmark conversions", () => {
    // conversion rate at 10,000 followers, between nano 0.0241 (at 3,162.28) and micro 0.0218 (at 22,360.68):
    //   t = ln(10,000 / 3,162.28) / ln(22,360.68 / 3,162.28) = ln 10 / ln 50 = 0.588592; 0.0241 × (0.0218 / 0.0241)^t = 0.0227184
    //   python3 -c "import math; print(0.0241*(0.0218/0.0241)**(math.log(10)/math.log(50)))" → 0.022718395501735596
    // conversions = 32.66647823074903 clicks × 0.022718395501735596 = 0.7421299720949925; × 4% × 50 = 1.484259944189985
    // three lognormal factors with σ = 0.4286 each: z·σ_C = √3 · ln 3 / 2
    //   python3 -c "import math; p=0.7421299720949925*2; print(p*math.exp(-math.sqrt(3)*math.log(3)/2), p*math.exp(math.sqrt(3)*math.log(3)/2))"
    //   → 0.5732061482254409 3.843342554414491
    const deal = estimateReferral(benchmarkOnly, { averageOrderValue: 50 });
    expect(deal.commissionRate).toBe(0.04);
    expect(deal.payoutPerConversion).toBe(2);
    expect(deal.cost?.expected).toBeCloseTo(1.484259944189985, 12);
    expect(deal.cost?.low).toBeCloseTo(0.5732061482254409, 10);
    expect(deal.cost?.high).toBeCloseTo(3.843342554414491, 10);
    expect(deal.reasons.at(-1)).toMatch(/^commission 0.04 of the order value from the rate card: Amazon/);
  });

  it("pays commission on measured traffic", () => {
    // 121 clicks × 0.0218 (50,000 followers, between micro 0.0218 and mid 0.0218: still 0.0218) = 2.6378 orders × (0.1 × 50) = 13.189
    //   python3 -c "import numpy as np; z=1.2815515655446004; s=np.hypot(np.hypot(np.std(np.log([8e3,1e4,1.2e4,2e4]),ddof=1), np.std(np.log([.01,.012,.0125,.01]),ddof=1))*np.sqrt(1.25), np.log(3)/(2*z)); print(13.189*np.exp(-z*s), 13.189*np.exp(z*s))"
    //   → 5.914223248614567 29.412099220425695
    const deal = estimateReferral(measuredReels, { format: "reel", averageOrderValue: 50, commissionRate: 0.1 });
    expect(deal.cost?.expected).toBeCloseTo(13.189, 12);
    expect(deal.cost?.low).toBeCloseTo(5.914223248614567, 9);
    expect(deal.cost?.high).toBeCloseTo(29.412099220425695, 9);
    // the brand pays 5 per order whatever happens
    expect(deal.unitCosts.cpa).toBeCloseTo(5, 12);
  });

  it("equals conversions × commission × order value at every quantile", () => {
    const deal = estimateReferral(measuredReels, { format: "reel", averageOrderValue: 50, commissionRate: 0.1 });
    const conversions = deal.outcomes.conversions!;
    expect(deal.cost?.low).toBeCloseTo(conversions.low * 0.1 * 50, 12);
    expect(deal.cost?.expected).toBeCloseTo(conversions.expected * 0.1 * 50, 12);
    expect(deal.cost?.high).toBeCloseTo(conversions.high * 0.1 * 50, 12);
    expect(deal.revenue).toEqual({ low: conversions.low * 50, expected: conversions.expected * 50, high: conversions.high * 50 });
  });

  it("pays a bounty alone when no commission is given", () => {
    const deal = estimateReferral(benchmarkOnly, { averageOrderValue: 50, bountyPerConversion: 7 });
    expect(deal).toMatchObject({ commissionRate: null, bountyPerConversion: 7, payoutPerConversion: 7 });
    // 0.7421299720949925 conversions (above) × 7 = 5.194909804664948
    expect(deal.cost?.expected).toBeCloseTo(5.194909804664948, 12);
  });

  it("adds a bounty to a commission", () => {
    // 0.05 × 40 + 3 = 5
    expect(estimateReferral(benchmarkOnly, { averageOrderValue: 40, commissionRate: 0.05, bountyPerConversion: 3 }).payoutPerConversion).toBe(5);
  });

  it("explains the payout first and names its own assumption", () => {
    // Same deal as above: 0.7421299720949925 conversions × 2 per order = 1.484259944189985, shown to 4 significant digits.
    const deal = estimateReferral(benchmarkOnly, { averageOrderValue: 50 });
    expect(deal.model).toBe("referral");
    expect(deal.reasons[0]).toBe("payout = conversions × 2 per order = 0.7421 × 2 = 1.484 USD (median)");
    expect(deal.reasons[1]).toMatch(/^commission 0\.04 of the order value from the rate card: /);
    expect(deal.assumptions.at(-1)).toBe("every order is attributed to the creator's link or code; returns and cookie windows are not modelled");
    expect(deal.assumptions.length).toBeGreaterThan(1);
  });

  it("cites the rate card's commission only when it used it", () => {
    const given = estimateReferral(benchmarkOnly, { averageOrderValue: 50, commissionRate: 0.1 });
    expect(given.reasons.some((reason) => reason.startsWith("commission "))).toBe(false);
    const bountyOnly = estimateReferral(benchmarkOnly, { averageOrderValue: 50, bountyPerConversion: 3 });
    expect(bountyOnly.commissionRate).toBeNull();
    expect(bountyOnly.reasons.some((reason) => reason.startsWith("commission "))).toBe(false);
  });

  it("returns a null payout with a reason when impressions are unknown", () => {
    const deal = estimateReferral({ platform: "twitch", followers: 5_000 }, { averageOrderValue: 50 });
    expect(deal.cost).toBeNull();
    expect(deal.revenue).toBeNull();
    expect(deal.reasons[0]).toBe("payout unknown: conversions cannot be estimated without impressions");
    // then the outcome model's own reason for the missing impressions
    expect(deal.reasons[1]).toMatch(/^impressions unknown: /);
  });
});
