// Tests written to kill mutants that survived Stryker in src/compensation
// (docs/quality.md): behaviour the other tests did not pin down.
import { describe, expect, it } from "vitest";
import {
  compareCompensation,
  estimateFlatFee,
  estimatePayPerClick,
  estimateReferral,
  RATE_CARD,
  type CompensationComparison,
  type FlatFeeResult,
  type RateCard,
} from "../../src/index.js";
import { benchmarkOnly, isPlainJson, measuredReels } from "./fixtures.js";

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
    // 10,000 followers is micro: the conversion rate's spread is the tier's, so the micro entry's is the one read
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

describe("reasons in full", () => {
  // Benchmark-only figures (estimateFlatFee.test.ts): 3,772 impressions, CPM √75 = 8.660254, fee 32.66647823074903;
  // clicks 3,772 × √(0.005 · 0.015) = 32.66647823074903; conversions × 0.022718395501735596 (10,000 followers, between
  // nano 0.0241 and micro 0.0218: 0.0241 × (0.0218 / 0.0241)^(ln 10 / ln 50); estimateReferral.test.ts) = 0.7421299720949925.
  // show() writes four significant digits: 32.666 → "32.67", 0.74213 → "0.7421", 1.48426 → "1.484".

  it("states the referral payout and the commission's source", () => {
    // 0.04 × 50 = 2 per order; 0.7421299720949925 × 2 = 1.484259944189985
    expect(estimateReferral(benchmarkOnly, { averageOrderValue: 50 }).reasons).toEqual([
      "payout = conversions × 2 per order = 0.7421 × 2 = 1.484 USD (median)",
      `commission 0.04 of the order value from the rate card: ${RATE_CARD.commissionRate.source}`,
    ]);
  });

  it("states the pay-per-click cost, and the cap with its probability", () => {
    // 32.666 × 0.5 = 16.333
    expect(estimatePayPerClick(benchmarkOnly, { costPerClick: 0.5 }).reasons).toEqual(["cost = clicks × cost per click = 32.67 × 0.5 = 16.33 USD (median)"]);
    // min(121 × 0.4, 30) = min(48.4, 30) = 30; P(cost ≥ 30) = 0.8528917816722903 (estimatePayPerClick.test.ts)
    expect(estimatePayPerClick(measuredReels, { format: "reel", costPerClick: 0.4, cap: 30 }).reasons).toEqual([
      "cost = min(clicks × cost per click, cap) = min(121 × 0.4, 30) = 30 USD (median)",
      "capped at 30 USD; probability of reaching the cap 0.8529",
    ]);
  });

  it("states the flat fee and where it sits against the published band", () => {
    // 3,772 × 8.660 ÷ 1,000 × 1 = 32.67; Influencer Marketing Hub 2021: Instagram micro $100–500
    expect(estimateFlatFee(benchmarkOnly).reasons).toEqual([
      "fee = impressions × CPM ÷ 1,000 × adjustments = 3,772 × 8.66 ÷ 1,000 × 1 = 32.67 USD (median)",
      "the expected fee is below the published band for micro Instagram accounts (100–500 USD): rate cards price followers, this model prices expected impressions",
    ]);
  });

  it("itemizes every adjustment with its reason and source", () => {
    const fee = estimateFlatFee(benchmarkOnly, { demand: 1.2, bookingRate: 0.8, usageRightsDays: 90, whitelistingDays: 45, exclusivityDays: 60, format: "reel" });
    expect(fee.adjustments).toEqual([
      // no posts and no summary: neither engagement nor trust can be measured
      {
        key: "engagement",
        multiplier: 1,
        reason: "no measured engagements of reel posts (a summary counts for image posts only) to set against the impressions: ×1",
        source: null,
        isAssumption: false,
      },
      { key: "trust", multiplier: 1, reason: "no trust score: ×1", source: null, isAssumption: false },
      { key: "demand", multiplier: 1.2, reason: "your demand multiplier: ×1.2", source: null, isAssumption: false },
      // 1 + 0.2 × (2 × 0.8 − 1) = 1.12; from 1 − 0.2 = 0.8 to 1 + 0.2 = 1.2 (the card's bounded effect, an assumption)
      {
        key: "booking-rate",
        multiplier: 1.12,
        reason: "0.8 of the creator's slots booked: ×1.12 (linear from ×0.8 when idle to ×1.2 when fully booked)",
        source: RATE_CARD.bookingRate.source,
        isAssumption: true,
      },
      // HypeAuditor: video +40–50% → ×1.45
      { key: "format", multiplier: 1.45, reason: "reel on Instagram: ×1.45 over the reference format", source: RATE_CARD.formatPremium.instagram?.reel?.source, isAssumption: false },
      // 0.375 + (0.875 − 0.375) × (90 − 30) / (180 − 30) = 0.575
      { key: "usage-rights", multiplier: 1.575, reason: "90 days of usage rights: +0.575 of the base", source: RATE_CARD.usageRights.source, isAssumption: false },
      // 1 + 0.25 × 45 / 30 = 1.375; 1 + 0.35 × 60 / 30 = 1.7
      {
        key: "whitelisting",
        multiplier: 1.375,
        reason: "45 days of whitelisting (paid ads from the creator's handle): +0.25 of the base per 30 days",
        source: RATE_CARD.whitelisting.source,
        isAssumption: false,
      },
      { key: "exclusivity", multiplier: expect.closeTo(1.7, 12), reason: "60 days of category exclusivity: +0.35 of the base per 30 days", source: RATE_CARD.exclusivity.source, isAssumption: true },
    ]);
  });

  it("says why each neutral adjustment is ×1", () => {
    expect(estimateFlatFee(benchmarkOnly).adjustments.map((adjustment) => adjustment.reason)).toEqual([
      "no measured engagements (posts or summary) to set against the impressions: ×1",
      "no trust score: ×1",
      "no demand multiplier given: ×1",
      "no booking rate given: ×1",
      "image is the reference format on Instagram: ×1",
      "no usage rights beyond the post: ×1",
      "no whitelisting (paid ads from the creator's handle): ×1",
      "no category exclusivity: ×1",
    ]);
  });

  it("explains the engagement adjustment from measured posts", () => {
    // 1,255 ÷ 11,000 = 0.11409 engagements per impression against Captiv8's 6.23% (a single figure: σ = 0.42863,
    // above the floor 2 × 0.1 × 0.39894 / 0.9 = 0.08865); percentile 100 · Φ(ln(0.11409 / 0.0623) / 0.42863)
    //   python3 -c "import math; from scipy.stats import norm; p=100*norm.cdf(math.log(1255/11000/0.0623)/(math.log(3)/(2*1.2815515655446004))); print(p, 1+0.1*(p-50)/50)"
    //   → 92.09612632462765 1.0841922526492553 (maxEffect 0.1: ×0.9 at 0 to ×1.1 at 100)
    const engagement = estimateFlatFee(measuredReels, { format: "reel" }).adjustments[0];
    expect(engagement?.multiplier).toBeCloseTo(1.0841922526492553, 9);
    expect(engagement?.reason).toBe(
      "0.1141 engagements per impression (1,255 ÷ 11,000 impressions) against 0.0623 for Instagram accounts of any size: percentile 92.1, ×1.084 (linear from ×0.9 at 0 to ×1.1 at 100)",
    );
    expect(engagement?.source).toBe(`${RATE_CARD.quality.engagement.source}; yardstick: ${RATE_CARD.engagementPerImpression.instagram?.source}`);
  });
});

describe("the comparison's reasons and the hybrid deal in full", () => {
  // Benchmark-only, ρ = 0.5, margin 0.5 on orders of 80 (v = 40 per order), commission 10% (8 per order).
  // Computed inside each test, so mutation testing credits the test that checks it.
  const compare = (): CompensationComparison =>
    compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 80, commissionRate: 0.1, margin: 0.5, hybrid: true, riskAversion: 0.5 });

  it("sizes the hybrid's bonus and base", () => {
    const comparison = compare();
    // σ_C² = 3 × 0.4286258618868957² = 0.551166; share = 1 / (1 + 0.5 × (e^0.551166 − 1)) = 0.7311904638613062
    // bonus = 0.73119 × 40 = 29.247618554452245; CE of the orders = 0.7421300 × e^{0.5 × 0.551166 / 2} = 0.8517683
    // base = 32.666478 − 29.247619 × 0.8517683 = 7.754285191077749
    //   python3 -c "import math; s2=3*0.4286258618868957**2; b=1/(1+0.5*math.expm1(s2)); print(b, b*40, 32.66647823074903-b*40*0.7421299720949925*math.exp(0.5*s2/2))"
    expect(comparison.hybrid?.performanceShare).toBeCloseTo(0.7311904638613062, 12);
    expect(comparison.hybrid?.bonusPerConversion).toBeCloseTo(29.247618554452245, 10);
    expect(comparison.hybrid?.baseFee).toBeCloseTo(7.754285191077749, 9);
    expect(comparison.hybrid?.valuePerConversion).toBe(40);
    expect(comparison.hybrid?.reasons).toEqual([
      "Holmström–Milgrom share 1 / (1 + 0.5 × (e^0.7424² − 1)) = 0.7312 of the brand's 40 USD per order",
      "base 7.754 USD = flat fee 32.67 USD − bonus × certainty equivalent of the orders, so the creator values the deal like the flat fee",
    ]);
    expect(comparison.hybrid?.comparison.reasons).toEqual(["the brand and the creator share the risk: a sure base plus a bonus per order"]);
  });

  it("says why the creator refuses each performance deal", () => {
    const comparison = compare();
    // CE of pay-per-click = 16.333 × e^{0.5 × 2 × 0.42863² / 2} = 17.9; of the referral = 0.74213 × 8 × e^{0.5 × 0.551166 / 2} = 6.814
    expect(comparison.payPerClick.comparison.reasons).toEqual([
      "the creator carries the reach and click risk; the brand keeps the conversion risk",
      "the creator would refuse: certainty equivalent 17.9 USD is below the flat fee 32.67 USD",
    ]);
    expect(comparison.referral.comparison.reasons).toEqual([
      "the creator carries all of the risk; the brand pays a fixed amount per order",
      "the creator would refuse: certainty equivalent 6.814 USD is below the flat fee 32.67 USD",
    ]);
    expect(comparison.flatFee.comparison.reasons).toEqual(["the creator is paid the same whatever happens; the brand carries the reach, click and conversion risk"]);
  });

  it("recommends the hybrid, the cheapest accepted deal per conversion, and says what is out", () => {
    const comparison = compare();
    // hybrid cost per conversion = 7.7543 / 0.74213 + 29.2476 = 10.4487 + 29.2476 = 39.70 < the flat fee's 32.666 / 0.74213 = 44.02;
    // pay-per-click (0.5 / 0.0227184 = 22.01) and the referral (8) are cheaper per conversion but refused
    expect(comparison.recommendation).toEqual({
      model: "hybrid",
      reasons: [
        "hybrid: the lowest expected cost per conversion, 39.7 USD, among the deals the creator accepts",
        "pay-per-click is out: its certainty equivalent 17.9 USD is below the flat fee 32.67 USD (it would cost the brand less per conversion)",
        "referral is out: its certainty equivalent 6.814 USD is below the flat fee 32.67 USD (it would cost the brand less per conversion)",
      ],
    });
  });

  it("gives both break-even rates with the expected rates beside them", () => {
    const comparison = compare();
    // 32.666 / (3,772 × 0.5) = 0.017320508; 32.666 / (32.666 clicks × 8 per order) = 0.125
    expect(comparison.breakEven).toEqual({
      clickThroughRate: expect.closeTo(0.017320508075688773, 15),
      conversionRate: expect.closeTo(0.125, 14),
      reasons: [
        "pay-per-click costs the flat fee at a click-through rate of 0.01732 (expected: 0.00866); below it, it costs the brand less and pays the creator less",
        "the referral deal costs the flat fee at a conversion rate of 0.125 (expected: 0.02272), at the expected click-through rate",
      ],
    });
  });
});

describe("provenance and assumptions in full", () => {
  const COMMON = [
    "expected values are medians; low and high are the 0.1 and 0.9 quantiles of lognormal distributions",
    "impressions, click-through rate and conversion rate vary independently, so their log-scale spreads add in quadrature",
    "a published range is read as the 10th to 90th percentile",
  ];
  const FEE_NOTE = "the fee is for one deliverable; the creator's earnings equal the fee (platform fees are not modelled)";
  const REACH_NOTE = `the reach rate is a single published figure: its range uses the rate card's assumed spread (${RATE_CARD.rangeSpread.source})`;
  const CONVERSION_NOTE = "the conversion rate is a single published figure: its range uses the rate card's assumed spread";

  it("measures one post, in the singular, and gives it the assumed spread", () => {
    // one reel: 8,000 views (no impressions), 900 + 40 + 10 + 5 = 955 interactions, 80 / 8,000 = 0.01 clicks per view;
    // 50,000 followers lies between the micro (22,361) and mid (158,114) anchors, both 0.0218: the rate is 0.0218
    const one = { platform: "instagram", followers: 50_000, posts: [{ format: "reel", likes: 900, comments: 40, shares: 10, saves: 5, views: 8_000, clicks: 80 }] } as const;
    const fee = estimateFlatFee(one, { format: "reel" });
    expect(fee.outcomes.impressions?.expected).toBe(8_000);
    expect(fee.outcomes.engagements?.expected).toBe(955);
    expect(fee.outcomes.clicks?.expected).toBeCloseTo(80, 12);
    expect(fee.provenance).toEqual({
      impressions: { basis: "measured", detail: "median views of 1 reel post", source: null },
      engagements: { basis: "measured", detail: "median likes + comments + shares + saves of 1 reel post", source: null },
      clickThroughRate: { basis: "measured", detail: "median clicks per impression of 1 reel post", source: null },
      conversionRate: {
        basis: "benchmark",
        detail: "conversion rate 0.0218 for 50,000 followers, between micro 0.0218 (at 22,361) and mid 0.0218 (at 158,114)",
        source: `${RATE_CARD.conversionRate.micro.source}; ${RATE_CARD.conversionRate.mid.source}`,
      },
    });
    expect(fee.assumptions).toEqual([
      ...COMMON,
      "fewer than two measured posts with views above 0: the impressions range uses the rate card's assumed spread",
      CONVERSION_NOTE,
      FEE_NOTE,
    ]);
  });

  it("names the caller's rates as options and keeps the card's spreads", () => {
    const fee = estimateFlatFee(benchmarkOnly, { clickThroughRate: 0.01, conversionRate: 0.02 });
    expect(fee.provenance.clickThroughRate).toEqual({ basis: "option", detail: "clickThroughRate option 0.01", source: null });
    expect(fee.provenance.conversionRate).toEqual({ basis: "option", detail: "conversionRate option 0.02", source: null });
    // Engagements from the peer median (Modash, Instagram 10k–50k: 0.00965609) × 10,000 followers = 96.5609
    expect(fee.provenance.engagements).toEqual({
      basis: "benchmark",
      detail: "10,000 followers × peer median engagement rate 0.009656 (per follower)",
      source: "Modash, Instagram Engagement Rate Calculator",
    });
    expect(fee.outcomes.engagements?.expected).toBeCloseTo(96.5609, 10);
    expect(fee.assumptions).toEqual([
      ...COMMON,
      REACH_NOTE,
      "the engagement rate is a single estimate: its range uses the rate card's assumed spread",
      `no audience data (audience.authenticShare or audience.sample): the benchmark reach assumes a typical audience, of which 0.7777 (${RATE_CARD.typicalAuthenticShare.source}) is real`,
      "your click-through rate is the median; its spread is the rate card's for Instagram image posts",
      "your conversion rate is the median; its spread is the rate card's for micro accounts",
      FEE_NOTE,
    ]);
  });

  it("falls back to the platform's default figures for a format the card does not price", () => {
    // Instagram has reach and click-through figures for image (default), story and reel only, and premiums for carousel, reel and video
    const fee = estimateFlatFee(benchmarkOnly, { format: "text" });
    expect(fee.provenance.impressions.detail).toBe("10,000 followers × reach rate 0.3772 (the Instagram default; no text figure)");
    expect(fee.provenance.clickThroughRate).toEqual({
      basis: "benchmark",
      detail: "click-through rate 0.00866 for Instagram text posts",
      source: RATE_CARD.clickThroughRate.instagram?.default?.source,
    });
    expect(fee.adjustments.find((adjustment) => adjustment.key === "format")).toEqual({
      key: "format",
      multiplier: 1,
      reason: "no published premium for text on Instagram: ×1",
      source: null,
      isAssumption: true,
    });
  });

  it("uses the format's own reach figure without naming the default", () => {
    // minter.io Stories: the story band's own rate, 10,000 × 0.08155 = 815.5 impressions
    const fee = estimateFlatFee(benchmarkOnly, { format: "story" });
    expect(fee.provenance.impressions.detail).toBe("10,000 followers × reach rate 0.08155");
    expect(fee.provenance.clickThroughRate.source).toBe(RATE_CARD.clickThroughRate.instagram?.story?.source);
  });
});

describe("comparison edges", () => {
  it("does not call a refused deal cheaper when it costs more per conversion", () => {
    // ρ = 2: pay-per-click at 1.1 per click has median 32.666 × 1.1 = 35.933 and CE 35.933 · e^{−σ_K²/2} = 29.90 < 32.67
    // (σ_K² = 2 × 0.42863²), and costs 35.933 / 0.74213 = 48.42 per conversion, more than the flat fee's 44.02.
    // The referral (4% of 80 = 3.2 per order) has CE 0.74213 × 3.2 · e^{−3 × 0.42863² / 2} = 1.803 and costs 3.2 < 44.02.
    //   python3: see the hand arithmetic above with s3 = ln 3 / (2 · 1.2815515655446004)
    const { recommendation } = compareCompensation(benchmarkOnly, { costPerClick: 1.1, averageOrderValue: 80, riskAversion: 2 });
    expect(recommendation.model).toBe("flat-fee");
    expect(recommendation.reasons.slice(2)).toEqual([
      "pay-per-click is out: its certainty equivalent 29.9 USD is below the flat fee 32.67 USD",
      "referral is out: its certainty equivalent 1.803 USD is below the flat fee 32.67 USD (it would cost the brand less per conversion)",
    ]);
  });

  it("names no risk carrier when nothing is uncertain", () => {
    // Every figure the outcomes read is a single figure and the assumed spread is ×1: all spreads are 0.
    const rateCard = { ...RATE_CARD, rangeSpread: { ratio: 1, source: "none" }, clickThroughRate: { default: { expected: 0.01, source: "mine" } } };
    const comparison = compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 80, rateCard });
    // 3,772 impressions × 0.01 = 37.72 clicks, the same at every quantile
    expect(comparison.payPerClick.outcomes.clicks).toEqual({ low: 37.72, expected: 37.72, high: 37.72 });
    expect(comparison.flatFee.comparison.riskCarrier).toBeNull();
    expect(comparison.payPerClick.comparison.riskCarrier).toBeNull();
    expect(comparison.referral.comparison.riskCarrier).toBeNull();
  });

  it("gives no cost per conversion, rather than Infinity, when the orders are too few to divide by", () => {
    // 3,772 × 1.2e-309 × 0.0227184 = 1.03e-307 orders: the flat fee per order, 32.67 / 1.03e-307 ≈ 3.2e308, overflows
    const comparison = compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 80, clickThroughRate: 1.2e-309 });
    expect(comparison.flatFee.comparison.brandCostPerConversion).toBeNull();
    expect(isPlainJson(comparison)).toBe(true);
  });

  it("gives a risk-neutral creator the whole value per order even when e^{σ²} overflows", () => {
    // impressions 1 and 1e15: σ = ln(1e15) / √2 × √1.5 = 29.91, so σ_C² ≈ 895 and e^{σ²} − 1 is Infinity;
    // β* = v / (1 + 0 × ∞) must still be v (share 1), and the bonus alone then exceeds the fee: base 0
    const wild = { platform: "instagram", followers: 10, posts: [{ likes: 0, comments: 0, impressions: 1 }, { likes: 0, comments: 0, impressions: 1e15 }] } as const;
    const comparison = compareCompensation(wild, { costPerClick: 0.5, averageOrderValue: 80, margin: 0.5, hybrid: true, riskAversion: 0 });
    expect(comparison.hybrid?.performanceShare).toBe(1);
    expect(comparison.hybrid?.valuePerConversion).toBe(40);
    expect(comparison.hybrid?.baseFee).toBe(0);
    expect(comparison.hybrid?.reasons[1]).toBe(
      "the bonus alone already matches the flat fee for the creator: it is lowered to that level and the base is 0 (no negative base)",
    );
    expect(comparison.hybrid?.comparison.reasons).toEqual(["with no base the creator carries all of the risk, as in a referral deal"]);
  });

  it("says the cap limits the creator's risk, and that past it the brand's cost per conversion varies with the clicks", () => {
    const comparison = compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 80, cap: 20 });
    expect(comparison.payPerClick.comparison.reasons[0]).toBe(
      "the creator carries the reach and click risk up to the cap; the brand keeps the conversion risk, and past the cap the click risk too (it pays the cap however many clicks come, so its cost per conversion varies with the clicks)",
    );
  });
});

describe("measured samples", () => {
  // Three image posts with 0, 1,000 and 4,000 impressions (10 and 40 clicks on the last two, 0 on the first, which no one saw or liked).
  const posts = [
    { likes: 0, comments: 0, impressions: 0, clicks: 0 },
    { likes: 10, comments: 0, impressions: 1_000, clicks: 10 },
    { likes: 40, comments: 0, impressions: 4_000, clicks: 40 },
  ];
  // Computed inside each test, so mutation testing credits the test that checks it.
  const feeOf = (): FlatFeeResult => estimateFlatFee({ platform: "instagram", followers: 5_000, posts });

  it("takes the median of every post but the spread of the positive values only", () => {
    const fee = feeOf();
    // median of 0, 1,000, 4,000 = 1,000; σ from ln 1,000 and ln 4,000 (n = 2): sd = ln 4 / √2, × √(1 + 1/2)
    //   python3 -c "import numpy as np, math; z=1.2815515655446004; s=np.std(np.log([1000,4000]),ddof=1)*math.sqrt(1.5); print(s, 1000*math.exp(-z*s), 1000*math.exp(z*s))"
    //   → 1.2005661338529436 214.68414836493045 4658.005761562572
    expect(fee.outcomes.impressions?.expected).toBe(1_000);
    expect(fee.outcomes.impressions?.low).toBeCloseTo(214.68414836493045, 9);
    expect(fee.outcomes.impressions?.high).toBeCloseTo(4658.005761562572, 9);
    expect(fee.assumptions.some((note) => note.startsWith("fewer than two measured posts"))).toBe(false);
  });

  it("measures clicks per impression only on posts with impressions", () => {
    const fee = feeOf();
    // 10 / 1,000 = 40 / 4,000 = 0.01 (the post with 0 impressions has no rate); 1,000 × 0.01 = 10 clicks
    expect(fee.outcomes.clicks?.expected).toBeCloseTo(10, 12);
    expect(fee.provenance.clickThroughRate.detail).toBe("median clicks per impression of 2 image posts");
  });

  it("prefers impressions to views and views to reach on the same post", () => {
    const both = { platform: "instagram", followers: 5_000, posts: [{ likes: 1, comments: 0, impressions: 900, views: 700, reach: 500 }] } as const;
    expect(estimateFlatFee(both).outcomes.impressions?.expected).toBe(900);
    const viewsAndReach = { platform: "instagram", followers: 5_000, posts: [{ likes: 1, comments: 0, views: 700, reach: 500 }] } as const;
    expect(estimateFlatFee(viewsAndReach).provenance.impressions.detail).toBe("median views of 1 image post");
  });
});

describe("the flat fee against the market band", () => {
  /** RATE_CARD with the Instagram micro band replaced. */
  function withMicroBand(low: number, high: number | null): RateCard {
    const instagram = RATE_CARD.marketRates.instagram ?? RATE_CARD.marketRates.default;
    return { ...RATE_CARD, marketRates: { ...RATE_CARD.marketRates, instagram: { ...instagram, micro: { low, high, source: "mine" } } } };
  }

  it("is within a band whose two ends are the fee itself", () => {
    // the fair fee F = 32.66647823074903 (10,000 followers is micro): F is neither below F nor above it
    const fair = estimateFlatFee(benchmarkOnly).cost?.expected ?? 0;
    const fee = estimateFlatFee(benchmarkOnly, { rateCard: withMicroBand(fair, fair) });
    expect(fee.marketRange).toMatchObject({ low: fair, high: fair, position: "within" });
    expect(fee.reasons).toHaveLength(1);
  });

  it("is never above a band with no upper end", () => {
    // 32.67 ≥ 1 and the band is open at the top
    const fee = estimateFlatFee(benchmarkOnly, { rateCard: withMicroBand(1, null) });
    expect(fee.marketRange).toMatchObject({ low: 1, high: null, position: "within" });
  });

  it("writes an open band with no upper figure", () => {
    // 32.67 < 50: below a band of 50 and up
    const fee = estimateFlatFee(benchmarkOnly, { rateCard: withMicroBand(50, null) });
    expect(fee.reasons[1]).toBe(
      "the expected fee is below the published band for micro Instagram accounts (50 USD or more): rate cards price followers, this model prices expected impressions",
    );
  });
});

describe("deal-term adjustments with a caller's sources", () => {
  it("marks a term as an assumption only when it is used and its source is one", () => {
    const rateCard = {
      ...RATE_CARD,
      usageRights: { ...RATE_CARD.usageRights, source: "assumption: mine" },
      whitelisting: { premiumPer30Days: 0.25, source: "assumption: mine" },
      exclusivity: { premiumPer30Days: 0.35, source: "assumption: mine" },
    };
    const unused = estimateFlatFee(benchmarkOnly, { rateCard }).adjustments.slice(5);
    expect(unused.map((adjustment) => [adjustment.key, adjustment.source, adjustment.isAssumption])).toEqual([
      ["usage-rights", null, false],
      ["whitelisting", null, false],
      ["exclusivity", null, false],
    ]);
    const used = estimateFlatFee(benchmarkOnly, { rateCard, usageRightsDays: 30, whitelistingDays: 30, exclusivityDays: 30 }).adjustments.slice(5);
    expect(used.map((adjustment) => [adjustment.key, adjustment.source, adjustment.isAssumption])).toEqual([
      ["usage-rights", "assumption: mine", true],
      ["whitelisting", "assumption: mine", true],
      ["exclusivity", "assumption: mine", true],
    ]);
  });

  it("lists a caller's assumed terms in assumptions, with or without the 'assumption: ' prefix", () => {
    const rateCard = {
      ...RATE_CARD,
      usageRights: { ...RATE_CARD.usageRights, source: "assumption: mine" },
      whitelisting: { premiumPer30Days: 0.25, source: "assumption (a guess)" },
    };
    const fee = estimateFlatFee(benchmarkOnly, { rateCard, usageRightsDays: 30, whitelistingDays: 30 });
    expect(fee.assumptions.filter((note) => note.includes("rests on an assumption"))).toEqual([
      "the usage-rights adjustment rests on an assumption: mine",
      "the whitelisting adjustment rests on an assumption: assumption (a guess)",
    ]);
  });
});

describe("the cap probability at the cap itself", () => {
  it("is 1 when the certain cost equals the cap", () => {
    // every spread 0: 1,000 impressions × 0.01 = 10 clicks × 1 = 10, surely, and the cap is 10: P(cost ≥ 10) = 1
    const certain = { ...RATE_CARD, clickThroughRate: { default: { expected: 0.01, low: 0.01, high: 0.01, source: "fixed" } } };
    const profile = { platform: "x" as const, followers: 10, posts: [{ likes: 1, comments: 0, impressions: 1_000 }, { likes: 1, comments: 0, impressions: 1_000 }] };
    const deal = estimatePayPerClick(profile, { costPerClick: 1, cap: 10, rateCard: certain });
    expect(deal.capProbability).toBe(1);
    expect(deal.reasons).toEqual(["cost = min(clicks × cost per click, cap) = min(10 × 1, 10) = 10 USD (median)", "capped at 10 USD; probability of reaching the cap 1"]);
  });
});

describe("profile summaries", () => {
  const summarized = { platform: "instagram", followers: 10_000, summary: { postCount: 5, avgLikes: 100, avgComments: 10, avgReach: 3_000 } } as const;

  it("reads avgReach when there is no avgViews, and the summary's interactions", () => {
    const fee = estimateFlatFee(summarized);
    // 3,000 average reach as the median impressions; 100 + 10 = 110 interactions
    expect(fee.outcomes.impressions?.expected).toBe(3_000);
    expect(fee.outcomes.engagements?.expected).toBe(110);
    expect(fee.provenance.impressions).toEqual({ basis: "summary", detail: "profile summary avgReach (a mean, used as the median)", source: null });
    expect(fee.provenance.engagements).toEqual({ basis: "summary", detail: "profile summary avgLikes + avgComments + avgShares + avgSaves", source: null });
    expect(fee.assumptions).toContain("the summary gives no spread: the impressions range uses the rate card's assumed spread");
  });

  it("describes the platform's default format: another format scales its impressions and takes engagements from the benchmarks", () => {
    const fee = estimateFlatFee(summarized, { format: "reel" });
    // 3,000 × reel √(0.15 × 0.4) ÷ image 0.3772 (0–20k band) = 1,948.16; the summary's interactions stay image interactions
    expect(fee.provenance.impressions.basis).toBe("summary");
    expect(fee.outcomes.impressions?.expected).toBeCloseTo((3_000 * Math.sqrt(0.06)) / 0.3772, 9);
    expect(fee.provenance.engagements.basis).toBe("benchmark");
    // a per-follower rate describes image posts: a reel reaches 0.6494 of the image's followers (same ratio as the impressions)
    expect(fee.provenance.engagements.detail).toMatch(
      /^10,000 followers × engagement-rate estimate [0-9.]+ \(per follower\) × 0\.6494 for reel posts \(reel reach rate 0\.2449 ÷ image reach rate 0\.3772\)$/,
    );
    expect(fee.provenance.engagements.source).toBe("influencer-scoring engagement model (shrunk engagement-rate estimate)");
  });
});

describe("rate cards validated once per object", () => {
  it("still validates a new card after accepting another", () => {
    // the first card is valid and remembered; the second, a different object, must be checked on its own
    estimateFlatFee(benchmarkOnly, { rateCard: { ...RATE_CARD, compiledAt: "2027-01-01" } });
    expect(() => estimateFlatFee(benchmarkOnly, { rateCard: { ...RATE_CARD, compiledAt: "" } })).toThrow(
      "rateCard.compiledAt: expected a non-empty string of at most 40 characters, received \"\"",
    );
  });
});

describe("the pay-per-click result's labels", () => {
  it("names its model and adds the creator's-earnings note to the shared assumptions", () => {
    const deal = estimatePayPerClick(benchmarkOnly, { costPerClick: 0.5 });
    expect(deal.model).toBe("pay-per-click");
    expect(deal.assumptions.at(-1)).toBe("the creator's earnings equal the brand's cost (platform fees are not modelled)");
    expect(deal.assumptions.slice(0, -1)).toEqual(estimateFlatFee(benchmarkOnly).assumptions.slice(0, -1));
  });

  it("keeps the outcome model's reasons after its own when impressions are unknown", () => {
    // Twitch has no reach benchmark in the card: impressions, and so clicks, are unknown
    const deal = estimatePayPerClick({ platform: "twitch", followers: 5_000 }, { costPerClick: 0.5 });
    expect(deal.reasons).toEqual([
      "cost unknown: clicks cannot be estimated without impressions",
      "impressions unknown: no measured live posts and no reach benchmark for Twitch live posts in the rate card",
      "engagements unknown: no measured live posts, no summary and no engagement-rate estimate",
    ]);
    expect(deal.provenance.engagements).toEqual({
      basis: "unavailable",
      detail: "no measured live posts, no summary and no engagement-rate estimate",
      source: null,
    });
  });
});

describe("outcome model (src/compensation/outcomes.ts survivors, 2026-11-27 evening run)", () => {
  it("says why impressions are unknown for an account with 0 followers and no posts", () => {
    const fee = estimateFlatFee({ platform: "instagram", followers: 0 });
    expect(fee.cost).toBeNull();
    expect(fee.provenance.impressions).toEqual({ basis: "unavailable", detail: "no measured image posts and 0 followers", source: null });
    // engagements per follower need no impressions: 0 followers × the peer median rate
    expect(fee.provenance.engagements).toMatchObject({ basis: "benchmark", detail: "0 followers × peer median engagement rate 0.03865 (per follower)" });
    // exactly these: no market-band sentence without a fee
    expect(fee.reasons).toEqual(["fee unknown: impressions cannot be estimated", "impressions unknown: no measured image posts and 0 followers"]);
    // measured engagements but no impressions: the engagement adjustment stays neutral and says why
    const withPosts = estimateFlatFee({ platform: "instagram", followers: 0, posts: [{ likes: 10, comments: 1 }] });
    expect(withPosts.adjustments[0]).toMatchObject({ key: "engagement", multiplier: 1, reason: "no impressions to measure engagement per impression: ×1" });
  });

  it("takes a summary's engagements as likes + comments + shares + saves, and names which summary figure gave impressions", () => {
    const summary = { avgLikes: 100, avgComments: 10, avgShares: 5, avgSaves: 2, avgReach: 4_000, postCount: 12 };
    const fee = estimateFlatFee({ platform: "youtube", followers: 50_000, summary });
    // 100 + 10 + 5 + 2 = 117 (a mean, used as the median)
    expect(fee.outcomes.engagements?.expected).toBe(117);
    expect(fee.provenance.engagements).toEqual({ basis: "summary", detail: "profile summary avgLikes + avgComments + avgShares + avgSaves", source: null });
    expect(fee.provenance.impressions.detail).toBe("profile summary avgReach (a mean, used as the median)");
    // cost per 1,000 impressions = cost ÷ 4,000 × 1,000
    const cost = fee.cost?.expected ?? Number.NaN;
    expect(fee.unitCosts.cpm).toBeCloseTo((cost / 4_000) * 1_000, 10);
    expect(fee.unitCosts.cpe).toBeCloseTo(cost / 117, 10);
    // with avgViews too, views win and are named
    const withViews = estimateFlatFee({ platform: "youtube", followers: 50_000, summary: { ...summary, avgViews: 9_000 } });
    expect(withViews.provenance.impressions.detail).toBe("profile summary avgViews (a mean, used as the median)");
    expect(withViews.outcomes.impressions?.expected).toBe(9_000);
  });
});

describe("outcome model: reach floor, formats and assumed spreads", () => {
  it("raises reach to the band below's largest account only when that is more, and says so only then", () => {
    // Instagram reach bands (RATE_CARD): 0.22945 from 20,000 followers, 0.22885 from 100,000.
    // 100,000 × 0.22885 = 22,885 < 100,000 × 0.22945 = 22,945 (the top of the band below): raised.
    const raised = estimateFlatFee({ platform: "instagram", followers: 100_000 });
    expect(raised.outcomes.impressions?.expected).toBeCloseTo(22_945, 8);
    expect(raised.provenance.impressions.detail).toBe(
      "100,000 followers × reach rate 0.2288, raised to the reach at the top of the band below (100,000 followers) so that more followers never mean fewer impressions",
    );
    // 120,000 × 0.22885 = 27,462 > 22,945: its own rate, no floor sentence
    const own = estimateFlatFee({ platform: "instagram", followers: 120_000 });
    expect(own.outcomes.impressions?.expected).toBeCloseTo(27_462, 8);
    expect(own.provenance.impressions.detail).toBe("120,000 followers × reach rate 0.2288");
  });

  it("does not count posts without a format for a format other than the platform's default", () => {
    // Instagram's default format is image; a story is priced from the story benchmark, not from format-less posts.
    const posts = [
      { likes: 100, comments: 5, impressions: 2_000 },
      { likes: 120, comments: 6, impressions: 2_600 },
    ];
    const story = estimateFlatFee({ platform: "instagram", followers: 15_000, posts }, { format: "story" });
    expect(story.provenance.impressions.basis).toBe("benchmark");
    const image = estimateFlatFee({ platform: "instagram", followers: 15_000, posts });
    expect(image.provenance.impressions.basis).toBe("measured");
    // and posts of another format never count for the default one: reels do not price an image post
    const reels = posts.map((post) => ({ ...post, format: "reel" as const }));
    expect(estimateFlatFee({ platform: "instagram", followers: 15_000, posts: reels }).provenance.impressions.basis).toBe("benchmark");
  });

  it("lists the assumed-spread assumption only for single figures, not for published ranges", () => {
    const rateCard: RateCard = {
      ...RATE_CARD,
      conversionRate: { ...RATE_CARD.conversionRate, micro: { low: 0.01, high: 0.03, source: "test range" } },
      reachRate: { ...RATE_CARD.reachRate, instagram: { default: [{ minFollowers: 0, low: 0.2, high: 0.4, source: "test reach range" }] } },
    };
    const ranged = estimateFlatFee({ platform: "instagram", followers: 15_000 }, { rateCard });
    expect(ranged.assumptions.some((text) => text.startsWith("the reach rate is a single published figure"))).toBe(false);
    expect(ranged.assumptions.some((text) => text.startsWith("the conversion rate is a single published figure"))).toBe(false);
    const shipped = estimateFlatFee({ platform: "instagram", followers: 15_000 });
    expect(shipped.assumptions.some((text) => text.startsWith("the reach rate is a single published figure"))).toBe(true);
    expect(shipped.assumptions.some((text) => text.startsWith("the conversion rate is a single published figure"))).toBe(true);
  });
});

describe("flat fee labels and sentences (src/compensation/estimateFlatFee.ts survivors, 2026-11-27 evening run)", () => {
  it("labels every adjustment when deal terms are given, and names the model", () => {
    const fee = estimateFlatFee(measuredReels, { format: "reel", demand: 1.2, bookingRate: 0.8 });
    expect(fee.model).toBe("flat-fee");
    expect(fee.adjustments.map((adjustment) => adjustment.key)).toEqual([
      "engagement", "trust", "demand", "booking-rate", "format", "usage-rights", "whitelisting", "exclusivity",
    ]);
    // booking rate 0.8: 1 + 0.2 × (2 × 0.8 − 1) = 1.12
    expect(fee.adjustments[3]?.reason).toBe("0.8 of the creator's slots booked: ×1.12 (linear from ×0.8 when idle to ×1.2 when fully booked)");
    expect(fee.adjustments[2]?.reason).toBe("your demand multiplier: ×1.2");
  });

  it("writes the engagement and trust sentences in full, with the ×0.9 to ×1.1 range and no cap note when nothing is capped", () => {
    // Three posts without impressions: impressions are the benchmark's (10,000 × 0.3772 = 3,772 expected);
    // interactions 310, 292 and 329, median 310; 310 ÷ 3,772 = 0.08218.
    const posts = [{ likes: 300, comments: 10 }, { likes: 280, comments: 12 }, { likes: 320, comments: 9 }];
    const [engagement] = estimateFlatFee({ ...benchmarkOnly, posts }).adjustments;
    // The audit, a steady follower history, the following count and the sponsored flags give the fee's trust score
    // enough evidence to move it (20 + 10 + 5 + 5 + 6 + 10 = 56 of the weight 100, the engagement rate left out).
    const evidenced = posts.map((post) => ({ ...post, sponsored: false }));
    const followerHistory = Array.from({ length: 10 }, (_, index) => ({ date: `2026-01-${String(index + 1).padStart(2, "0")}`, followers: 10_000 }));
    const trust = estimateFlatFee({ ...benchmarkOnly, following: 300, audience: { authenticShare: 0.9 }, followerHistory, posts: evidenced }).adjustments[1];
    expect(engagement?.reason).toMatch(/^0\.08218 engagements per impression \(310 ÷ 3,772 expected impressions\) against 0\.0623 for Instagram accounts of any size: percentile [\d.]+, ×[\d.]+ \(linear from ×0\.9 at 0 to ×1\.1 at 100\)$/);
    expect(trust?.reason).toMatch(
      /^trust score [\d.]+ of 100 from the signals that do not depend on the follower count \(the engagement-rate signal and the pod cue of high engagement are left out: they compare engagement per follower with same-size peers\): ×[\d.]+ \(linear from ×0\.9 at 0 to ×1\.1 at 100\)$/,
    );
    // measured impressions are "impressions", not "expected impressions"
    const measured = estimateFlatFee(measuredReels, { format: "reel" });
    expect(measured.adjustments[0]?.reason).toMatch(/\(1,255 ÷ 11,000 impressions\)/);
  });
});

describe("comparison figures (src/compensation/compareCompensation.ts survivors, 2026-11-27 evening run)", () => {
  it("gives every deal its ROI from its own expected cost and the expected orders, and says who carries the risk", () => {
    const result = compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 80, margin: 0.5, hybrid: true });
    const hybrid = result.hybrid;
    if (hybrid === undefined) throw new Error("expected a hybrid deal");
    // value per order = 80 × 0.5 = 40; roi = (expected orders × 40 − expected cost) ÷ expected cost
    const orders = result.flatFee.outcomes.conversions?.expected ?? Number.NaN;
    for (const deal of [result.flatFee, result.payPerClick, result.referral, hybrid]) {
      const cost = deal.comparison.brandExpectedCost ?? Number.NaN;
      expect(deal.comparison.roi).toBeCloseTo((orders * 40 - cost) / cost, 10);
    }
    // referral: payout 4% × 80 = 3.2 per order, so roi = (40 − 3.2) ÷ 3.2 = 11.5 whatever the orders
    expect(result.referral.comparison.roi).toBeCloseTo(11.5, 10);
    // a flat fee is sure for the creator (the brand carries the risk); a referral is sure per order for the brand
    expect(result.flatFee.comparison.riskCarrier).toBe("brand");
    expect(result.referral.comparison.riskCarrier).toBe("creator");
    expect(result.payPerClick.comparison.riskCarrier).toBe("shared");
    expect(hybrid.model).toBe("hybrid");
    expect(hybrid.assumptions.slice(-4)).toEqual([
      "the creator values the bonus at its certainty equivalent and adds the sure base (exact under constant absolute risk aversion, an approximation under relative risk aversion)",
      "the bonus does not change the creator's effort, so outcomes are those of the flat fee (no incentive effect is modelled)",
      "the Holmström–Milgrom rule β = v / (1 + r·k·σ²) is calibrated so that r·k·σ² = ρ · (e^{σ²} − 1), the squared coefficient of variation of the orders",
      "the base is set from the estimated flat fee, so the flat fee's own assumptions (its CPM and adjustments, listed in flatFee.assumptions) apply too",
    ]);
    // with the caller's own flat fee, the three model assumptions end the list
    const own = compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 80, margin: 0.5, hybrid: true, flatFee: 30 }).hybrid;
    expect(own?.assumptions.at(-1)).toBe(hybrid.assumptions.at(-2));
  });
});

describe("the recommendation (compareCompensation.ts survivors, second run)", () => {
  // benchmarkOnly: 3,772 expected impressions, 32.67 expected clicks, 0.7421 expected orders (× 0.0227184); flat fee
  // 32.67 USD, so 44.02 USD per order. Pay-per-click costs clicks × cpc: per order 32.67 × cpc ÷ 0.7421 = 44.02 × cpc.
  const deal = (costPerClick: number): CompensationComparison =>
    compareCompensation(benchmarkOnly, { costPerClick, averageOrderValue: 80, riskAversion: 0 });

  it("recommends a performance deal the creator accepts when it is clearly cheaper per order", () => {
    // cpc 0.9: 0.9 × 44.017 = 39.62 per order < 44.02; at risk aversion 0 the creator values it at its mean, 35.33 ≥ 32.67: accepted
    const result = deal(0.9);
    expect(result.payPerClick.comparison.isAcceptableToCreator).toBe(true);
    expect(result.recommendation.model).toBe("pay-per-click");
    expect(result.recommendation.reasons[0]).toBe("pay-per-click: the lowest expected cost per conversion, 39.62 USD, among the deals the creator accepts");
    // no risk-aversion explanation when the flat fee did not win; the refused referral is listed next
    expect(result.recommendation.reasons[1]).toMatch(/^referral is out: /);
  });

  it("never recommends a cheaper deal the creator refuses, and says it would have been cheaper", () => {
    // cpc 0.5: 0.5 × 44.017 = 22.01 per order, but the creator values it at 19.63 < 32.67: refused
    const result = deal(0.5);
    expect(result.recommendation.model).toBe("flat-fee");
    expect(result.recommendation.reasons[1]).toBe(
      "pay-per-click is out: its certainty equivalent 19.63 USD is below the flat fee 32.67 USD (it would cost the brand less per conversion)",
    );
  });

  it("keeps the flat fee on a tie within the relative tolerance (1e-9)", () => {
    // cpc 1 − 5e-10: per order 44.02 × (1 − 5e-10), cheaper by less than the tolerance; accepted (39.25 ≥ 32.67)
    const result = deal(1 - 5e-10);
    expect(result.payPerClick.comparison.isAcceptableToCreator).toBe(true);
    expect(result.payPerClick.comparison.brandCostPerConversion?.expected).toBeLessThan(result.flatFee.comparison.brandCostPerConversion?.expected ?? 0);
    expect(result.recommendation.model).toBe("flat-fee");
    // clearly cheaper (by 1e-6) it wins
    expect(deal(1 - 1e-6).recommendation.model).toBe("pay-per-click");
  });
});
