// Tests written to kill mutants that survived Stryker in src/compensation
// (docs/quality.md): behaviour the other tests did not pin down.
import { describe, expect, it } from "vitest";
import { compareCompensation, estimateFlatFee, RATE_CARD, type RateCard } from "../../src/index.js";
import { benchmarkOnly, measuredReels } from "./fixtures.js";

/** RATE_CARD with the Instagram CPM replaced. */
function withInstagramCpm(cpm: RateCard["cpm"]["default"]): RateCard {
  return { ...RATE_CARD, cpm: { ...RATE_CARD.cpm, instagram: cpm } };
}

describe("a rate-card band with one end and a median", () => {
  // 10,000 followers × 0.3772 = 3,772 impressions (a single figure: the card's ×3 spread);
  // fee = 3,772 × 10 ÷ 1,000 = 37.72. A one-sided band is read as a single figure, so the CPM gets
  // the ×3 spread too, and the fee's σ is √2 · ln 3 / (2 · z₀.₉): z·σ = ln 3 / √2.
  //   python3 -c "import math; b=37.72; print(b*3**(-1/math.sqrt(2)), b*3**(1/math.sqrt(2)))"
  //   → 17.345866892352657 82.02521147140098
  it.each([
    ["a low end", { expected: 10, low: 5, source: "mine" }],
    ["a high end", { expected: 10, high: 15, source: "mine" }],
  ] as const)("uses the card's assumed spread for a median with only %s", (_, cpm) => {
    const fee = estimateFlatFee(benchmarkOnly, { rateCard: withInstagramCpm(cpm) });
    expect(fee.cost?.expected).toBeCloseTo(37.72, 12);
    expect(fee.cost?.low).toBeCloseTo(17.345866892352657, 10);
    expect(fee.cost?.high).toBeCloseTo(82.02521147140098, 10);
    expect(fee.assumptions).toContain("the CPM is a single published figure: its range uses the rate card's assumed spread");
  });
});

describe("the assumed-spread note for one-sided bands", () => {
  it("is listed for a reach rate with only a low end", () => {
    const rateCard = { ...RATE_CARD, reachRate: { ...RATE_CARD.reachRate, instagram: { default: [{ minFollowers: 0, expected: 0.3772, low: 0.2, source: "mine" }] } } } as const;
    const fee = estimateFlatFee(benchmarkOnly, { rateCard });
    expect(fee.assumptions).toContain(`the reach rate is a single published figure: its range uses the rate card's assumed spread (${RATE_CARD.rangeSpread.source})`);
  });

  it("is listed for a conversion rate with only a low end", () => {
    // 10,000 followers is micro: the micro conversion rate is the one read
    const rateCard = { ...RATE_CARD, conversionRate: { ...RATE_CARD.conversionRate, micro: { expected: 0.0218, low: 0.01, source: "mine" } } };
    const fee = estimateFlatFee(benchmarkOnly, { rateCard });
    expect(fee.assumptions).toContain("the conversion rate is a single published figure: its range uses the rate card's assumed spread");
  });
});

describe("the creator's certainty equivalent of a capped payout", () => {
  const options = { format: "reel" as const, costPerClick: 0.4, cap: 30, averageOrderValue: 50 };

  it("is exact for a risk aversion between 0 and 1", () => {
    // clicks × 0.4 lognormal (median 48.4, σ_K = 0.45599656316744724), capped at 30, ρ = 0.5 (k = 0.5):
    //   python3: quad(lambda z: min(48.4*exp(s*z), 30)**0.5 * norm.pdf(z), -40, 40, points=[log(30/48.4)/s]) ** 2
    //   → 29.06642288610965 (between the ρ = 1 value 28.98 and the cap 30, as it should be)
    const comparison = compareCompensation(measuredReels, { ...options, riskAversion: 0.5 });
    expect(comparison.payPerClick.comparison.creatorCertaintyEquivalent).toBeCloseTo(29.06642288610965, 8);
  });

  it("is the cap when the cap is far below any likely payment", () => {
    // 32.666 benchmark clicks × 1e12 per click ≈ 3.3e13, capped at 1e-6: ln(1e-6 / 3.3e13) / 0.606 ≈ −74 standard
    // deviations, so the creator is paid the cap with certainty (the uncapped tail's probability underflows to 0).
    const comparison = compareCompensation(benchmarkOnly, { costPerClick: 1e12, cap: 1e-6, averageOrderValue: 50, riskAversion: 0.5 });
    expect((comparison.payPerClick.comparison.creatorCertaintyEquivalent ?? 0) / 1e-6).toBeCloseTo(1, 12);
  });

  it("is 0 when no clicks are expected, whatever the risk aversion", () => {
    // a click-through rate of 0: the payment is surely 0, capped or not
    for (const riskAversion of [0, 0.5, 1, 2]) {
      const comparison = compareCompensation(benchmarkOnly, { costPerClick: 0.5, cap: 5, averageOrderValue: 50, clickThroughRate: 0, riskAversion });
      expect(comparison.payPerClick.comparison.creatorCertaintyEquivalent).toBe(0);
    }
  });
});
