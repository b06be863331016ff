import { describe, expect, it } from "vitest";
import { estimatePayPerClick, RATE_CARD } from "../../src/index.js";
import { benchmarkOnly, measuredReels } from "./fixtures.js";

describe("estimatePayPerClick", () => {
  it("matches the documented example", () => {
    // 3,772 impressions × 0.01 = 37.72 clicks × 0.5 = 18.86
    const deal = estimatePayPerClick({ platform: "instagram", followers: 10_000 }, { costPerClick: 0.5, clickThroughRate: 0.01 });
    expect(Math.round(deal.cost!.expected * 100) / 100).toBe(18.86);
  });

  it("prices benchmark clicks when no post has clicks", () => {
    // clicks = 3,772 × √(0.005 · 0.015) = 32.66647823074903 (codivupload, Instagram feed); × 0.5 = 16.333239115374514
    // low/high: σ = √2 · 0.4286 → × 3^(∓1/√2): python3 -c "import math; c=3772*math.sqrt(75)/1000*0.5; print(c*3**(-1/math.sqrt(2)), c*3**(1/math.sqrt(2)))"
    //   → 7.510980689720419 35.517958442512004
    const deal = estimatePayPerClick(benchmarkOnly, { costPerClick: 0.5 });
    expect(deal.cost?.expected).toBeCloseTo(16.333239115374514, 12);
    expect(deal.cost?.low).toBeCloseTo(7.510980689720419, 10);
    expect(deal.cost?.high).toBeCloseTo(35.517958442512004, 10);
    expect(deal.provenance.clickThroughRate).toEqual({
      basis: "benchmark",
      detail: "click-through rate 0.00866 for Instagram image posts",
      source: RATE_CARD.clickThroughRate.instagram?.default?.source,
    });
  });

  it("prices measured clicks from the profile's posts", () => {
    // 11,000 median impressions × 0.011 median clicks per impression = 121 clicks × 0.4 = 48.4
    // σ_K = √(0.436418² + 0.132183²) (sd of ln impressions and ln CTR, ddof 1, × √1.25)
    //   python3 -c "import numpy as np; z=1.2815515655446004; s=np.hypot(np.std(np.log([8e3,1e4,1.2e4,2e4]),ddof=1), np.std(np.log([.01,.012,.0125,.01]),ddof=1))*np.sqrt(1.25); print(48.4*np.exp(-z*s), 48.4*np.exp(z*s))"
    //   → 26.980562634180757 86.82398628086023
    const deal = estimatePayPerClick(measuredReels, { format: "reel", costPerClick: 0.4 });
    expect(deal.cost?.expected).toBeCloseTo(48.4, 12);
    expect(deal.cost?.low).toBeCloseTo(26.980562634180757, 9);
    expect(deal.cost?.high).toBeCloseTo(86.82398628086023, 9);
    expect(deal.provenance.clickThroughRate).toEqual({ basis: "measured", detail: "median clicks per impression of 4 reel posts", source: null });
    // uncapped, the cost per click at the median is the price
    expect(deal.unitCosts.cpc).toBeCloseTo(0.4, 12);
    expect(deal.creatorEarnings).toEqual(deal.cost);
  });

  it("equals clicks × cost per click at every quantile", () => {
    const deal = estimatePayPerClick(measuredReels, { format: "reel", costPerClick: 0.4 });
    const clicks = deal.outcomes.clicks!;
    expect(deal.cost).toEqual({ low: clicks.low * 0.4, expected: clicks.expected * 0.4, high: clicks.high * 0.4 });
  });

  it("caps the cost and says how likely the cap is", () => {
    // P(cost ≥ 30) = Φ(ln(48.4 / 30) / σ_K)
    //   python3 -c "..., print(scipy.stats.norm.cdf(np.log(48.4/30)/s))" → 0.8528917816722903
    const deal = estimatePayPerClick(measuredReels, { format: "reel", costPerClick: 0.4, cap: 30 });
    expect(deal.cost?.low).toBeCloseTo(26.980562634180757, 9);
    expect(deal.cost?.expected).toBe(30);
    expect(deal.cost?.high).toBe(30);
    expect(deal.cap).toBe(30);
    expect(deal.capProbability).toBeCloseTo(0.8528917816722903, 9);
    expect(deal.reasons).toContain("capped at 30 USD; probability of reaching the cap 0.8529");
  });

  it("states the capped median cost, not the uncapped product, when the cap binds at the median", () => {
    // 121 clicks × 0.4 = 48.4 > cap 30, so the median cost is min(48.4, 30) = 30 (deal.cost.expected)
    const deal = estimatePayPerClick(measuredReels, { format: "reel", costPerClick: 0.4, cap: 30 });
    expect(deal.reasons[0]).toBe("cost = min(clicks × cost per click, cap) = min(121 × 0.4, 30) = 30 USD (median)");
  });

  it("gives a cap probability of 0 or 1 when nothing is uncertain", () => {
    const certain = { ...RATE_CARD, clickThroughRate: { default: { expected: 0.01, low: 0.01, high: 0.01, source: "fixed" } } };
    const profile = { platform: "x" as const, followers: 10, posts: [{ likes: 1, comments: 0, impressions: 1_000 }, { likes: 1, comments: 0, impressions: 1_000 }] };
    // 1,000 impressions × 0.01 = 10 clicks × 1 = 10, with no spread at all
    expect(estimatePayPerClick(profile, { costPerClick: 1, cap: 5, rateCard: certain }).capProbability).toBe(1);
    expect(estimatePayPerClick(profile, { costPerClick: 1, cap: 50, rateCard: certain }).capProbability).toBe(0);
    expect(estimatePayPerClick(profile, { costPerClick: 1, cap: 5, clickThroughRate: 0, rateCard: certain }).capProbability).toBe(0);
  });

  it("has no cap probability without a cap", () => {
    expect(estimatePayPerClick(benchmarkOnly, { costPerClick: 0.5 })).toMatchObject({ cap: null, capProbability: null });
  });

  it("returns a null cost with a reason when impressions are unknown", () => {
    const deal = estimatePayPerClick({ platform: "twitch", followers: 5_000 }, { costPerClick: 0.5, cap: 10 });
    expect(deal.cost).toBeNull();
    expect(deal.capProbability).toBeNull();
    expect(deal.reasons[0]).toBe("cost unknown: clicks cannot be estimated without impressions");
  });
});
