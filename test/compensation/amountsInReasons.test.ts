// Every amount of money in the compensation reasons is written one way (showMoney, src/text/showMoney.ts):
// four significant digits, the whole part grouped by thousands, every digit written out, then the currency;
// a formula's operands are written with the same digits and the currency follows its result.
// Hand figures for benchmarkOnly and measuredReels: compensation.mutants.test.ts ("reasons in full").
import { describe, expect, it } from "vitest";
import { compareCompensation, estimateFlatFee, estimatePayPerClick, estimateReferral, RATE_CARD } from "../../src/index.js";
import { benchmarkOnly, measuredReels } from "./fixtures.js";

describe("amounts of money in the compensation reasons", () => {
  it("groups the referral payout and the payout per order", () => {
    // 0.04 × 50,000 = 2,000 per order; 0.7421299720949925 conversions × 2,000 = 1,484.26 → 1,484 (was "2000" and "1484 USD")
    expect(estimateReferral(benchmarkOnly, { averageOrderValue: 50_000 }).reasons[0]).toBe(
      "payout = conversions × 2,000 per order = 0.7421 × 2,000 = 1,484 USD (median)",
    );
  });

  it("groups the pay-per-click cost and the cost per click", () => {
    // 32.66647823074903 clicks × 1,000 = 32,666.48 → 32,670 at four significant digits (was "1000" and "32670 USD")
    expect(estimatePayPerClick(benchmarkOnly, { costPerClick: 1_000 }).reasons).toEqual(["cost = clicks × cost per click = 32.67 × 1,000 = 32,670 USD (median)"]);
  });

  it("groups the cap wherever it appears", () => {
    // min(121 × 400, 30,000) = min(48,400, 30,000) = 30,000; P(cost ≥ cap) is that of min(121 × 0.4, 30): ln(48.4 / 30)
    // is unchanged when the price and the cap are both × 1,000, so 0.8528917816722903 (estimatePayPerClick.test.ts)
    expect(estimatePayPerClick(measuredReels, { format: "reel", costPerClick: 400, cap: 30_000 }).reasons).toEqual([
      "cost = min(clicks × cost per click, cap) = min(121 × 400, 30,000) = 30,000 USD (median)",
      "capped at 30,000 USD; probability of reaching the cap 0.8529",
    ]);
  });

  it("groups the flat fee and the CPM", () => {
    // 3,772 impressions × 10,000 CPM ÷ 1,000 × 1 = 37,720 (was "10000" and "37720 USD"); Influencer Marketing Hub 2021:
    // Instagram micro $100–500, which 37,720 is above
    const rateCard = { ...RATE_CARD, cpm: { ...RATE_CARD.cpm, instagram: { expected: 10_000, low: 5_000, source: "mine" } } };
    expect(estimateFlatFee(benchmarkOnly, { rateCard }).reasons).toEqual([
      "fee = impressions × CPM ÷ 1,000 × adjustments = 3,772 × 10,000 ÷ 1,000 × 1 = 37,720 USD (median)",
      "the expected fee is above the published band for micro Instagram accounts (100–500 USD): rate cards price followers, this model prices expected impressions",
    ]);
  });

  it("writes the comparison's amounts out in full, never as an exponent, however large or small", () => {
    // 1 follower × 0.3772 reach × 0.0001 real share = 0.00003772 impressions; × 1e-6 clicks per impression × 1e-6
    // orders per click = 3.772e-17 orders. Flat fee per order 1e12 / 3.772e-17 = 2.6511e28 → 2.651e28, 29 digits.
    // At ρ = 1 a certainty equivalent is the median payment: pay-per-click 0.00003772 × 1e-6 × 0.5 = 1.886e-11,
    // referral 3.772e-17 × (0.04 × 80) = 1.207e-16. The fair fee 0.00003772 × √75 ÷ 1,000 × 0.9 (trust) = 2.93998e-7.
    // These read "2.651e+28 USD", "1.886e-11 USD", "1.207e-16 USD" and "2.94e-7 USD" before.
    const comparison = compareCompensation(
      { platform: "instagram", followers: 1, audience: { authenticShare: 0.0001 } },
      { costPerClick: 0.5, averageOrderValue: 80, flatFee: 1e12, clickThroughRate: 1e-6, conversionRate: 1e-6 },
    );
    expect(comparison.recommendation.reasons).toEqual(
      expect.arrayContaining([
        "flat-fee: the lowest expected cost per conversion, 26,510,000,000,000,000,000,000,000,000 USD, among the deals the creator accepts",
        "pay-per-click is out: its certainty equivalent 0.00000000001886 USD is below the flat fee 1,000,000,000,000 USD (it would cost the brand less per conversion)",
        "referral is out: its certainty equivalent 0.0000000000000001207 USD is below the flat fee 1,000,000,000,000 USD (it would cost the brand less per conversion)",
      ]),
    );
    expect(comparison.flatFee.comparison.reasons).toContain("your flat fee 1,000,000,000,000 USD against a fair fee of 0.000000294 USD (median)");
  });

  it("writes a band with no upper end as an amount or more", () => {
    // The fair fee 32.67 is below a micro band of 50,000 and up (was "(50000– USD)")
    const instagram = RATE_CARD.marketRates.instagram ?? RATE_CARD.marketRates.default;
    const rateCard = { ...RATE_CARD, marketRates: { ...RATE_CARD.marketRates, instagram: { ...instagram, micro: { low: 50_000, high: null, source: "mine" } } } };
    expect(estimateFlatFee(benchmarkOnly, { rateCard }).reasons).toContain(
      "the expected fee is below the published band for micro Instagram accounts (50,000 USD or more): rate cards price followers, this model prices expected impressions",
    );
  });

  it("tells apart the ends of a published band that four digits would write alike", () => {
    // A card's micro band of 200.81 to 200.84: both "200.8" at four digits (was "(200.8–200.8 USD)"); five tell them apart
    const instagram = RATE_CARD.marketRates.instagram ?? RATE_CARD.marketRates.default;
    const rateCard = { ...RATE_CARD, marketRates: { ...RATE_CARD.marketRates, instagram: { ...instagram, micro: { low: 200.81, high: 200.84, source: "mine" } } } };
    expect(estimateFlatFee(benchmarkOnly, { rateCard }).reasons).toContain(
      "the expected fee is below the published band for micro Instagram accounts (200.81–200.84 USD): rate cards price followers, this model prices expected impressions",
    );
  });

  it("writes a published band of one price as that price", () => {
    // A card's micro band from 300 to 300 (was "(300–300 USD)")
    const instagram = RATE_CARD.marketRates.instagram ?? RATE_CARD.marketRates.default;
    const rateCard = { ...RATE_CARD, marketRates: { ...RATE_CARD.marketRates, instagram: { ...instagram, micro: { low: 300, high: 300, source: "mine" } } } };
    expect(estimateFlatFee(benchmarkOnly, { rateCard }).reasons).toContain(
      "the expected fee is below the published band for micro Instagram accounts (300 USD): rate cards price followers, this model prices expected impressions",
    );
  });

  it("writes a rate card's commission to four significant digits", () => {
    // A card's own commission of 1/3 (was written in full: 0.3333333333333333)
    const rateCard = { ...RATE_CARD, commissionRate: { value: 1 / 3, source: "our network" } };
    expect(estimateReferral(benchmarkOnly, { averageOrderValue: 50, rateCard }).reasons).toContain("commission 0.3333 of the order value from the rate card: our network");
  });

  it("tells the caller's flat fee apart from a fair fee just above it", () => {
    // The fair fee is 32.66647823074903; a flat fee of 32.666 is below it, but both read 32.67 at four digits
    // (was "your flat fee 32.67 USD against a fair fee of 32.67 USD"): at six, 32.666 and 32.6665
    const comparison = compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 50, flatFee: 32.666 });
    expect(comparison.flatFee.comparison.reasons).toContain("your flat fee 32.666 USD against a fair fee of 32.6665 USD (median)");
  });

  it("tells the hybrid's base apart from the flat fee it is taken from", () => {
    // 3,772 impressions × 0.01 × 0.000001 = 0.00003772 orders (median), which at ρ = 1 is also their certainty
    // equivalent; the bonus is the share 0.576280712774671 (the first reason) × 20 USD per order (50 × 0.4), so
    // base = 1,000 − 11.52561425549342 × 0.00003772 = 999.99956525: "1,000" at four to six digits, "999.9996" at seven
    // (was "base 1,000 USD = flat fee 1,000 USD − …")
    const comparison = compareCompensation(benchmarkOnly, {
      costPerClick: 0.5, averageOrderValue: 50, margin: 0.4, hybrid: true, flatFee: 1_000, clickThroughRate: 0.01, conversionRate: 0.000001,
    });
    expect(comparison.hybrid?.baseFee).toBeCloseTo(999.99956525, 8);
    expect(comparison.hybrid?.reasons[1]).toBe(
      "base 999.9996 USD = flat fee 1,000 USD − bonus × certainty equivalent of the orders, so the creator values the deal like the flat fee",
    );
  });

  it("tells a cap just below the flat fee apart from it", () => {
    // The fair fee is 32.66647823074903; a cap of 32.666 is below it, but both read 32.67 at four digits
    // (was "the cap 32.67 USD is below the flat fee 32.67 USD"): at six, 32.666 and 32.6665
    const comparison = compareCompensation(benchmarkOnly, { costPerClick: 0.5, cap: 32.666, averageOrderValue: 50 });
    expect(comparison.breakEven.reasons[0]).toBe("no break-even click-through rate: the cap 32.666 USD is below the flat fee 32.6665 USD, so pay-per-click always costs less");
  });
});
