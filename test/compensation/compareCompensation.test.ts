import { describe, expect, it } from "vitest";
import { compareCompensation, RATE_CARD } from "../../src/index.js";
import { benchmarkOnly, measuredReels, SIGMA_OF_3 } from "./fixtures.js";

// Benchmark-only figures used below (see estimateFlatFee.test.ts):
// fair fee F = 3,772 × √75 / 1,000 = 32.66647823074903; clicks K = 32.66647823074903;
// conversion rate R at 10,000 followers, between nano 0.0241 (at 3,162.28) and micro 0.0218 (at 22,360.68):
// t = ln(10,000 / 3,162.28) / ln(22,360.68 / 3,162.28) = ln 10 / ln 50 = 0.588592, R = 0.0241 × (0.0218 / 0.0241)^t
// = 0.022718395501735596 (python3 -c "import math; print(0.0241*(0.0218/0.0241)**(math.log(10)/math.log(50)))");
// conversions C = K × R = 0.7421299720949925; σ_C² = 3 × 0.4286258618868957².
const F = 32.66647823074903;
const R = 0.022718395501735596;
const C = 0.7421299720949925;

describe("compareCompensation", () => {
  it("matches the documented example", () => {
    const comparison = compareCompensation(
      { platform: "instagram", followers: 10_000 },
      { costPerClick: 0.5, averageOrderValue: 80, commissionRate: 0.1, clickThroughRate: 0.01, conversionRate: 0.02 },
    );
    // with riskAversion 1 the creator values pay-per-click at its median, 18.86 < 32.67
    expect([comparison.recommendation.model, comparison.payPerClick.comparison.isAcceptableToCreator]).toEqual(["flat-fee", false]);
  });

  it("matches the documented break-even example", () => {
    // 32.66647823074903 / (3,772 × 0.5) = 0.017320508075688773
    const { breakEven } = compareCompensation({ platform: "instagram", followers: 10_000 }, { costPerClick: 0.5, averageOrderValue: 80 });
    expect(Math.round(breakEven.clickThroughRate! * 100_000) / 100_000).toBe(0.01732);
  });

  describe("break-even", () => {
    it("makes pay-per-click cost the flat fee when its click-through rate is plugged back in (benchmarks)", () => {
      const options = { costPerClick: 0.5, averageOrderValue: 80 };
      const first = compareCompensation(benchmarkOnly, options);
      const rate = first.breakEven.clickThroughRate!;
      const again = compareCompensation(benchmarkOnly, { ...options, clickThroughRate: rate });
      expect(Math.abs(again.payPerClick.cost!.expected / first.agreedFlatFee! - 1)).toBeLessThan(0.005);
    });

    it("makes the referral deal cost the flat fee when its conversion rate is plugged back in (measured)", () => {
      const options = { format: "reel" as const, costPerClick: 0.4, averageOrderValue: 50, commissionRate: 0.1 };
      const first = compareCompensation(measuredReels, options);
      // F / (121 clicks × 5 per order)
      expect(first.breakEven.conversionRate).toBeCloseTo(first.agreedFlatFee! / (121 * 5), 12);
      const again = compareCompensation(measuredReels, { ...options, conversionRate: first.breakEven.conversionRate! });
      expect(Math.abs(again.referral.cost!.expected / first.agreedFlatFee! - 1)).toBeLessThan(0.005);
    });

    it("says 'more than can be counted', not Infinity, when a tiny click-through rate makes the break-even overflow", () => {
      // flat fee / (≈5e-324 clicks × payout per order) = Infinity in floating point: found by the property suite
      const { breakEven } = compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 80, clickThroughRate: Number.MIN_VALUE });
      expect(breakEven.conversionRate).toBeNull();
      expect(breakEven.reasons).toContain("no break-even conversion rate: the referral deal would need more than can be counted orders per click to cost the flat fee");
    });

    it("names the impression metrics in the same order whatever the order of the posts", () => {
      const reachFirst = { platform: "instagram", followers: 10_000, posts: [{ likes: 100, comments: 5, reach: 3_000 }, { likes: 90, comments: 4, impressions: 4_000 }] } as const;
      const impressionsFirst = { ...reachFirst, posts: [...reachFirst.posts].reverse() };
      const options = { costPerClick: 0.5, averageOrderValue: 80 };
      // "median impressions or reach": the metric names sorted alphabetically
      expect(JSON.stringify(compareCompensation(reachFirst, options))).toContain("median impressions or reach of 2 ");
      expect(compareCompensation(impressionsFirst, options)).toStrictEqual(compareCompensation(reachFirst, options));
    });

    it("has no click-through break-even when the cap is below the flat fee", () => {
      const { breakEven } = compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 80, cap: 20 });
      expect(breakEven.clickThroughRate).toBeNull();
      expect(breakEven.reasons[0]).toBe("no break-even click-through rate: the cap 20 USD is below the flat fee 32.67 USD, so pay-per-click always costs less");
    });

    it("has no break-even rate above 1", () => {
      // CTR: 32.666 / (3,772 × 0.001) = 8.66 clicks per impression; CVR: 32.666 / (32.666 × 0.01 × 1) = 100 orders per click
      const { breakEven } = compareCompensation(benchmarkOnly, { costPerClick: 0.001, averageOrderValue: 1, commissionRate: 0.01 });
      expect(breakEven).toMatchObject({ clickThroughRate: null, conversionRate: null });
      expect(breakEven.reasons).toEqual([
        "no break-even click-through rate: pay-per-click would need 8.66 clicks per impression to cost the flat fee",
        "no break-even conversion rate: the referral deal would need 100 orders per click to cost the flat fee",
      ]);
    });

    it("never writes a break-even rate just above 1 as 1", () => {
      // 20,000 Instagram followers: 7,544 expected impressions. A cost per click that makes a $1,000 fee need 1.00001 clicks per impression.
      const profile = { platform: "instagram" as const, followers: 20_000 };
      const costPerClick = 1_000 / (7_544 * 1.00001);
      const { breakEven } = compareCompensation(profile, { flatFee: 1_000, costPerClick, averageOrderValue: 45, commissionRate: 0.1 });
      expect(breakEven.reasons[0]).toBe("no break-even click-through rate: pay-per-click would need 1.00001 clicks per impression to cost the flat fee");
    });

    it("has no conversion break-even when the referral pays nothing or no clicks are expected", () => {
      expect(compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 80, commissionRate: 0 }).breakEven.reasons[1]).toBe(
        "no break-even conversion rate: the referral deal pays nothing per order",
      );
      const noClicks = compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 80, clickThroughRate: 0 });
      expect(noClicks.breakEven.reasons[1]).toBe("no break-even conversion rate: no clicks are expected");
    });

    it("has no break-even rates when the flat fee is 0", () => {
      // 5e-324 average views × 8.66 CPM ÷ 1,000 underflows to a fee of 0
      const profile = { platform: "instagram" as const, followers: 10, summary: { postCount: 1, avgLikes: 0, avgComments: 0, avgViews: 5e-324 } };
      const { breakEven } = compareCompensation(profile, { costPerClick: 0.5, averageOrderValue: 80 });
      expect(breakEven).toEqual({ clickThroughRate: null, conversionRate: null, reasons: ["no break-even rates: the flat fee is 0"] });
    });

    it("has no click-through break-even when no impressions are expected", () => {
      const profile = { platform: "instagram" as const, followers: 10, posts: [{ likes: 0, comments: 0, impressions: 0 }] };
      const comparison = compareCompensation(profile, { costPerClick: 0.5, averageOrderValue: 80, flatFee: 100 });
      expect(comparison.breakEven.reasons[0]).toBe("no break-even click-through rate: no impressions are expected");
    });
  });

  describe("brand and creator", () => {
    const comparison = compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 80, commissionRate: 0.1, margin: 0.5 });

    it("puts the risk on the brand for a flat fee, on the creator for a referral, on both for pay-per-click", () => {
      expect(comparison.flatFee.comparison.riskCarrier).toBe("brand");
      expect(comparison.referral.comparison.riskCarrier).toBe("creator");
      expect(comparison.payPerClick.comparison.riskCarrier).toBe("shared");
    });

    it("gives the flat fee's cost per conversion the spread of conversions", () => {
      // F / C = 32.666 / 0.74213 = 1 / R = 44.017193024199436; spread × 3^(±√3/2)
      //   python3 -c "import math; m=1/0.022718395501735596; print(m*3**(-math.sqrt(3)/2), m*3**(math.sqrt(3)/2))" → 16.99899... 113.9781...
      const perConversion = comparison.flatFee.comparison.brandCostPerConversion!;
      expect(perConversion.expected).toBeCloseTo(44.017193024199436, 10);
      expect(perConversion.low).toBeCloseTo((1 / R) * 3 ** (-Math.sqrt(3) / 2), 10);
      expect(perConversion.high).toBeCloseTo((1 / R) * 3 ** (Math.sqrt(3) / 2), 10);
    });

    it("computes the return on spend at the expected values", () => {
      // flat: (C × 80 × 0.5 − F) / F = (R × 40 − 1) = 0.908737 − 1 = −0.0912642; pay-per-click: (R × 40 − 0.5) / 0.5
      // = 0.408737 / 0.5 = 0.817472; referral: (0.5 − 0.1) / 0.1 = 4 (methods: break-even c ≤ CVR·AOV·m and κ ≤ m)
      expect(comparison.flatFee.comparison.roi).toBeCloseTo(R * 40 - 1, 12);
      expect(comparison.flatFee.comparison.roi).toBeCloseTo(-0.0912642, 7);
      expect(comparison.payPerClick.comparison.roi).toBeCloseTo(0.8174716, 7);
      expect(comparison.referral.comparison.roi).toBeCloseTo(4, 12);
    });

    it("values a performance deal at its median with the default risk aversion 1", () => {
      // CE = median · e^{(1 − ρ)σ²/2} = median for ρ = 1: pay-per-click 16.333239115374514
      expect(comparison.payPerClick.comparison.creatorCertaintyEquivalent).toBeCloseTo(16.333239115374514, 10);
      expect(comparison.flatFee.comparison.creatorCertaintyEquivalent).toBe(comparison.agreedFlatFee);
    });

    it("has no return on spend without a margin", () => {
      expect(compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 80 }).flatFee.comparison.roi).toBeNull();
    });
  });

  describe("certainty equivalents", () => {
    it("values a capped payout exactly", () => {
      // clicks × 0.4 lognormal (median 48.4, σ_K = 0.45600), capped at 30. Numerical integration:
      //   python3: quad(lambda z: log(min(48.4*exp(s*z), 30)) * norm.pdf(z)) → exp → 28.9802596907248 (ρ = 1)
      //            quad(lambda z: min(48.4*exp(s*z), 30)**-1 * norm.pdf(z)) ** -1 → 28.75948396739677 (ρ = 2)
      const options = { format: "reel" as const, costPerClick: 0.4, cap: 30, averageOrderValue: 50 };
      expect(compareCompensation(measuredReels, options).payPerClick.comparison.creatorCertaintyEquivalent).toBeCloseTo(28.9802596907248, 8);
      expect(compareCompensation(measuredReels, { ...options, riskAversion: 2 }).payPerClick.comparison.creatorCertaintyEquivalent).toBeCloseTo(
        28.75948396739677,
        8,
      );
    });

    it("values a capped payout at a risk aversion within rounding of 1 as at 1", () => {
      // 0.7 + 0.2 + 0.1 = 0.9999999999999999 in floating point: k = 1 − ρ = 1.1e-16, and (E[min(X, cap)^k])^{1/k}
      // divided rounding noise by k. The CE moves by about k · Var(ln min(X, cap)) / 2 < 1e-16 from ρ = 1's 28.98026 (above).
      const options = { format: "reel" as const, costPerClick: 0.4, cap: 30, averageOrderValue: 50 };
      for (const riskAversion of [0.7 + 0.2 + 0.1, 1 + Number.EPSILON]) {
        const certainty = compareCompensation(measuredReels, { ...options, riskAversion }).payPerClick.comparison.creatorCertaintyEquivalent;
        expect(certainty).toBeCloseTo(28.9802596907248, 6);
      }
    });

    it("is the mean for a risk-neutral creator", () => {
      // 48.4 × e^{σ_K²/2} = 53.70285933359011
      const comparison = compareCompensation(measuredReels, { format: "reel", costPerClick: 0.4, averageOrderValue: 50, riskAversion: 0 });
      expect(comparison.payPerClick.comparison.creatorCertaintyEquivalent).toBeCloseTo(53.70285933359011, 9);
    });
  });

  describe("recommendation", () => {
    it("keeps the flat fee when the creator refuses the cheaper deals", () => {
      // referral: C × 10% × 80 = 0.74213 × 8 = 5.937, its certainty equivalent at ρ = 1 (the median)
      const comparison = compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 80, commissionRate: 0.1 });
      expect(comparison.recommendation).toEqual({
        model: "flat-fee",
        reasons: [
          "flat-fee: the lowest expected cost per conversion, 44.02 USD, among the deals the creator accepts",
          "why: at risk aversion 1 (the default) or more the creator values a performance deal at no more than its median payment, which is what it costs the brand at the median, so any deal the creator accepts costs the brand at least the flat fee (and so at least as much per conversion, the conversions being the same); a fixed fee is the efficient contract when the brand can carry the risk and the creator cannot. Performance pay comes out ahead only for a less risk-averse creator (riskAversion below 1) or through effects this model leaves out (more effort, screening out creators who cannot sell)",
          "pay-per-click is out: its certainty equivalent 16.33 USD is below the flat fee 32.67 USD (it would cost the brand less per conversion)",
          "referral is out: its certainty equivalent 5.937 USD is below the flat fee 32.67 USD (it would cost the brand less per conversion)",
        ],
      });
    });

    it("picks pay-per-click when a risk-neutral creator accepts it and it costs less per conversion", () => {
      // c = 1 / 1.1: median cost F / 1.1 = 29.70 < F; CE = 29.70 × e^{σ_K²/2} with σ_K² = 2 × 0.4286² → 35.686 ≥ F
      // cost per conversion 0.90909 / R = 0.90909 / 0.0227184 = 40.02 < F / C = 1 / R = 44.02
      const comparison = compareCompensation(benchmarkOnly, { costPerClick: 1 / 1.1, averageOrderValue: 80, riskAversion: 0 });
      expect(comparison.payPerClick.comparison.creatorCertaintyEquivalent).toBeCloseTo(35.68603269567408, 10);
      expect(comparison.recommendation.model).toBe("pay-per-click");
      expect(comparison.recommendation.reasons[0]).toBe("pay-per-click: the lowest expected cost per conversion, 40.02 USD, among the deals the creator accepts");
    });

    it("does not claim the risk-aversion argument when the creator is less risk averse", () => {
      // ρ = 0.5: pay-per-click at 0.5 per click has CE 16.33 · e^{0.5 · 2 · 0.4286² / 2} = 17.9 < 32.67, so the flat fee
      // still wins, but not because of ρ ≥ 1
      const comparison = compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 80, riskAversion: 0.5 });
      expect(comparison.recommendation.model).toBe("flat-fee");
      expect(comparison.recommendation.reasons.some((reason) => reason.startsWith("why:"))).toBe(false);
    });

    it("compares expected costs when no conversions are expected", () => {
      const comparison = compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 80, conversionRate: 0 });
      expect(comparison.flatFee.comparison.brandCostPerConversion).toBeNull();
      expect(comparison.recommendation.reasons[0]).toBe("flat-fee: the lowest expected cost (no conversions are expected), 32.67 USD, among the deals the creator accepts");
    });

    it("says conversions cannot be estimated, not that none are expected, when impressions are unknown", () => {
      // Twitch has no reach benchmark: no impressions, so no clicks or conversions; only the caller's flat fee 100 is priced
      const comparison = compareCompensation({ platform: "twitch", followers: 10_000 }, { costPerClick: 0.5, averageOrderValue: 80, flatFee: 100 });
      expect(comparison.flatFee.outcomes.conversions).toBeNull();
      expect(comparison.recommendation.reasons[0]).toBe(
        "flat-fee: the lowest expected cost (conversions cannot be estimated), 100 USD, among the deals the creator accepts",
      );
    });

    it("uses the caller's flat fee", () => {
      const comparison = compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 80, flatFee: 15 });
      // pay-per-click median 16.33 ≥ 15 is acceptable, but costs 0.5 / R = 22.01 per conversion against 15 / C = 15 / 0.7421 = 20.21
      expect(comparison.agreedFlatFee).toBe(15);
      expect(comparison.payPerClick.comparison.isAcceptableToCreator).toBe(true);
      expect(comparison.recommendation.model).toBe("flat-fee");
      expect(comparison.flatFee.comparison.reasons).toContain("your flat fee 15 USD against a fair fee of 32.67 USD (median)");
    });

    it("writes every amount with its currency and groups the digits of large ones", () => {
      // 21,250,000 / C = 21,250,000 / 0.7421299720949925 = 28,633,798 per conversion, 28,630,000 at 4 significant digits;
      // pay-per-click's certainty equivalent is its median 16.33 (ρ = 1), far below the flat fee
      const comparison = compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 80, flatFee: 21_250_000 });
      expect(comparison.flatFee.comparison.reasons).toContain("your flat fee 21,250,000 USD against a fair fee of 32.67 USD (median)");
      expect(comparison.payPerClick.comparison.reasons).toContain("the creator would refuse: certainty equivalent 16.33 USD is below the flat fee 21,250,000 USD");
      expect(comparison.recommendation.reasons[0]).toBe("flat-fee: the lowest expected cost per conversion, 28,630,000 USD, among the deals the creator accepts");
      // pay-per-click costs 0.5 / R = 22.01 per conversion, less than the flat fee's 28,630,000
      expect(comparison.recommendation.reasons).toContain(
        "pay-per-click is out: its certainty equivalent 16.33 USD is below the flat fee 21,250,000 USD (it would cost the brand less per conversion)",
      );
    });

    it("recommends nothing when impressions are unknown", () => {
      const comparison = compareCompensation({ platform: "twitch", followers: 10_000 }, { costPerClick: 0.5, averageOrderValue: 80, margin: 0.4, hybrid: true });
      expect(comparison.agreedFlatFee).toBeNull();
      expect(comparison.hybrid).toBeUndefined();
      expect(comparison.breakEven).toEqual({
        clickThroughRate: null,
        conversionRate: null,
        reasons: ["no break-even rates: they need a flat fee and expected impressions"],
      });
      expect(comparison.recommendation).toEqual({
        model: null,
        reasons: [
          "nothing to compare: the flat fee cannot be estimated because impressions are unknown",
          "no hybrid deal: it needs a flat fee and expected conversions",
        ],
      });
    });

    it("has no risk carrier when the ranges have no width", () => {
      const comparison = compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 80, quantiles: { low: 0.5, high: 0.5 } });
      expect(comparison.flatFee.comparison.riskCarrier).toBeNull();
    });
  });

  describe("hybrid", () => {
    const options = { costPerClick: 0.5, averageOrderValue: 80, margin: 0.5, hybrid: true };

    it("pays a Holmström–Milgrom share of the brand's value per order plus a base", () => {
      // σ_C² = 3σ²; share = 1 / (1 + 1 × (e^{σ_C²} − 1)) = 0.576280712774671; bonus = share × 80 × 0.5 = 23.05122851098684
      // base = F − bonus × CE(C) = F − bonus × C (ρ = 1) = 32.66648 − 23.05123 × 0.74213 = 15.55947065913507
      const hybrid = compareCompensation(benchmarkOnly, options).hybrid!;
      // 3 × 0.4286258618868957² = 0.5511603884348526
      expect(3 * SIGMA_OF_3 ** 2).toBeCloseTo(0.5511603884348526, 14);
      expect(hybrid.performanceShare).toBeCloseTo(0.576280712774671, 12);
      expect(hybrid.bonusPerConversion).toBeCloseTo(23.05122851098684, 11);
      expect(hybrid.baseFee).toBeCloseTo(15.55947065913507, 11);
      expect(hybrid.valuePerConversion).toBe(40);
      // the creator values it like the flat fee
      expect(hybrid.comparison.creatorCertaintyEquivalent).toBeCloseTo(F, 10);
      expect(hybrid.comparison.isAcceptableToCreator).toBe(true);
    });

    it("costs base + bonus × conversions at every quantile", () => {
      const hybrid = compareCompensation(benchmarkOnly, options).hybrid!;
      const conversions = hybrid.outcomes.conversions!;
      for (const key of ["low", "expected", "high"] as const) {
        expect(hybrid.cost![key]).toBeCloseTo(hybrid.baseFee + hybrid.bonusPerConversion * conversions[key], 12);
      }
      expect(hybrid.comparison.riskCarrier).toBe("shared");
    });

    it("points to the flat fee's assumptions when its base comes from the estimated fee, not from the caller's", () => {
      const note = "the base is set from the estimated flat fee, so the flat fee's own assumptions (its CPM and adjustments, listed in flatFee.assumptions) apply too";
      expect(compareCompensation(benchmarkOnly, options).hybrid?.assumptions.at(-1)).toBe(note);
      expect(compareCompensation(benchmarkOnly, { ...options, flatFee: 50 }).hybrid?.assumptions).not.toContain(note);
    });

    it("shrinks the share as risk aversion grows", () => {
      // ρ = 2: share = 1 / (1 + 2(e^{σ_C²} − 1)) = 0.40477130424901253; CE(C) = C·e^{−σ_C²/2}; base = F − bonus·CE(C)
      //   python3 -c "import math; print(32.66647823074903-0.40477130424901253*40*0.7421299720949925*math.exp(-0.5511603884348526/2))" → 23.544968591050726
      const hybrid = compareCompensation(benchmarkOnly, { ...options, riskAversion: 2 }).hybrid!;
      expect(hybrid.performanceShare).toBeCloseTo(0.40477130424901253, 12);
      expect(hybrid.baseFee).toBeCloseTo(23.544968591050726, 10);
    });

    it("never sets a negative base", () => {
      // value per order 10,000: the bonus alone would exceed the flat fee, so bonus = F / CE(C) = F / C = 44.02 and base 0
      const hybrid = compareCompensation(benchmarkOnly, { ...options, averageOrderValue: 10_000, margin: 1 }).hybrid!;
      expect(hybrid.baseFee).toBe(0);
      expect(hybrid.bonusPerConversion).toBeCloseTo(F / C, 10);
      expect(hybrid.comparison.riskCarrier).toBe("creator");
      expect(hybrid.comparison.reasons[0]).toBe("with no base the creator carries all of the risk, as in a referral deal");
    });

    it("says the brand carries the risk when a zero margin leaves no bonus", () => {
      // margin 0: value per order 80 × 0 = 0, so bonus 0 and base = F: the creator's pay is sure, as with a flat fee
      const hybrid = compareCompensation(benchmarkOnly, { ...options, margin: 0 }).hybrid!;
      expect(hybrid.bonusPerConversion).toBe(0);
      expect(hybrid.baseFee).toBeCloseTo(F, 12);
      expect(hybrid.comparison.riskCarrier).toBe("brand");
      expect(hybrid.comparison.reasons[0]).toBe("with no bonus the brand carries all of the risk, as with a flat fee");
    });

    it("is left out unless asked for", () => {
      expect(compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 80, margin: 0.5 })).not.toHaveProperty("hybrid");
    });

    it("keeps the base at the flat fee when no conversions are expected", () => {
      const hybrid = compareCompensation(benchmarkOnly, { ...options, conversionRate: 0 }).hybrid!;
      expect(hybrid.baseFee).toBeCloseTo(F, 12);
      expect(hybrid.comparison.brandCostPerConversion).toBeNull();
    });
  });

  it("uses the rate card passed in", () => {
    const card = { ...RATE_CARD, conversionRate: { ...RATE_CARD.conversionRate, micro: { expected: 0.05, source: "my shop" } } };
    const comparison = compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 80, rateCard: card });
    // 10,000 followers lies between the nano and micro anchors, so both figures (and sources) count:
    // 0.0241 × (0.05 / 0.0241)^(ln 10 / ln 50) = 0.0241 × 2.074689^0.588592 = 0.0241 × 1.536583 = 0.0370316
    expect(comparison.referral.provenance.conversionRate.source).toBe(`${RATE_CARD.conversionRate.nano.source}; my shop`);
    const outcomes = comparison.referral.outcomes;
    expect((outcomes.conversions?.expected ?? 0) / (outcomes.clicks?.expected ?? 1)).toBeCloseTo(0.03703164391397927, 12);
  });
});
