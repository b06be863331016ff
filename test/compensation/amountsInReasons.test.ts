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
    // (was "your flat fee 32.67 USD against a fair fee of 32.67 USD"). The caller's fee is written exactly (R15), and
    // the fair fee's four digits, 32.67, already read above it (then "32.6665", both taken to six digits)
    const comparison = compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 50, flatFee: 32.666 });
    expect(comparison.flatFee.comparison.reasons).toContain("your flat fee 32.666 USD against a fair fee of 32.67 USD (median)");
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
    // (was "the cap 32.67 USD is below the flat fee 32.67 USD"). The caller's cap is written exactly (R15), and the fair
    // fee's four digits, 32.67, already read above it (then "32.6665", both taken to six digits)
    const comparison = compareCompensation(benchmarkOnly, { costPerClick: 0.5, cap: 32.666, averageOrderValue: 50 });
    expect(comparison.breakEven.reasons[0]).toBe("no break-even click-through rate: the cap 32.666 USD is below the flat fee 32.67 USD, so pay-per-click always costs less");
  });
});

// R15 (CONTRIBUTING.md): an amount or option the caller gave is written exactly, groupWholePart(String(x)), never
// rounded to the four significant digits of a model's amount; the model's amount beside it keeps four digits, or takes
// more until it reads on its own side of the caller's (so the two read alike only when they are equal).
// benchmarkOnly's fair fee is 3,772 impressions × √75 CPM ÷ 1,000 = 32.66647823074903 ("32.67").
describe("amounts and options the caller gave, written exactly", () => {
  it("writes the caller's flat fee exactly wherever the comparison names it", () => {
    // 1,234.56 read "1,235 USD" in all four sentences. The certainty equivalents at ρ = 1 are the median payments:
    // pay-per-click 32.66647823074903 clicks × 0.5 = 16.333 ("16.33"), referral 0.7421 orders × 0.04 × 50 = 1.484.
    const comparison = compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 50, flatFee: 1234.56 });
    expect(comparison.flatFee.comparison.reasons[1]).toBe("your flat fee 1,234.56 USD against a fair fee of 32.67 USD (median)");
    expect(comparison.payPerClick.comparison.reasons[1]).toBe("the creator would refuse: certainty equivalent 16.33 USD is below the flat fee 1,234.56 USD");
    expect(comparison.recommendation.reasons.slice(2)).toEqual([
      "pay-per-click is out: its certainty equivalent 16.33 USD is below the flat fee 1,234.56 USD (it would cost the brand less per conversion)",
      "referral is out: its certainty equivalent 1.484 USD is below the flat fee 1,234.56 USD (it would cost the brand less per conversion)",
    ]);
  });

  it("writes the caller's flat fee exactly when it is the lowest expected cost", () => {
    // A conversion rate of 0: no conversions, so the deals are ranked by expected cost and the flat fee's is the
    // caller's 1,234.56 (was "1,235 USD"); the report's deal line quotes that reason.
    const terms = { costPerClick: 0.5, averageOrderValue: 50, flatFee: 1234.56, conversionRate: 0 };
    expect(compareCompensation(benchmarkOnly, terms).recommendation.reasons[0]).toBe(
      "flat-fee: the lowest expected cost (no conversions are expected), 1,234.56 USD, among the deals the creator accepts",
    );
  });

  it("never writes the fair fee on the wrong side of the caller's flat fee, and alike only when equal", () => {
    // 32.6699 is above the fair fee 32.666478…, which reads "32.67" at four digits, above it: five digits, "32.666".
    const above = compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 50, flatFee: 32.6699 });
    expect(above.flatFee.comparison.reasons[1]).toBe("your flat fee 32.6699 USD against a fair fee of 32.666 USD (median)");
    // A flat fee equal to the fair fee reads the same twice, all 16 digits (four would write "32.67" beside "32.66647823074903").
    const fair = 32.66647823074903;
    const equal = compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 50, flatFee: fair });
    expect(equal.flatFee.comparison.reasons[1]).toBe("your flat fee 32.66647823074903 USD against a fair fee of 32.66647823074903 USD (median)");
  });

  it("writes the price per click and the cap exactly, and a cost at the cap as the cap", () => {
    // min(32.67 × 100.5, 1,234.5678) = min(3,283, 1,234.5678) = 1,234.5678, the cap itself (was "1,235" three times)
    expect(estimatePayPerClick(benchmarkOnly, { costPerClick: 100.5, cap: 1234.5678 }).reasons).toEqual([
      "cost = min(clicks × cost per click, cap) = min(32.67 × 100.5, 1,234.5678) = 1,234.5678 USD (median)",
      "capped at 1,234.5678 USD; probability of reaching the cap 0.9467",
    ]);
    // 32.66647823074903 × 0.123456 = 4.0329 (was "32.67 × 0.1235")
    expect(estimatePayPerClick(benchmarkOnly, { costPerClick: 0.123456 }).reasons).toEqual(["cost = clicks × cost per click = 32.67 × 0.123456 = 4.033 USD (median)"]);
  });

  it("writes the cap exactly against the flat fee, and both exactly when the caller gave both", () => {
    expect(compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 50, cap: 20.005 }).breakEven.reasons[0]).toBe(
      "no break-even click-through rate: the cap 20.005 USD is below the flat fee 32.67 USD, so pay-per-click always costs less",
    );
    expect(compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 50, cap: 1234.5678, flatFee: 2345.6789 }).breakEven.reasons[0]).toBe(
      "no break-even click-through rate: the cap 1,234.5678 USD is below the flat fee 2,345.6789 USD, so pay-per-click always costs less",
    );
  });

  it("writes the demand multiplier and the booking rate exactly", () => {
    // 1 + 0.2 × (2 × 0.12345 − 1) = 0.84938 ("×0.8494", a model number); the options read "×1.235" and "0.1235" before
    const reasons = estimateFlatFee(benchmarkOnly, { demand: 1.23456, bookingRate: 0.12345 }).adjustments.map((adjustment) => adjustment.reason);
    expect(reasons[2]).toBe("your demand multiplier: ×1.23456");
    expect(reasons[3]).toBe("0.12345 of the creator's slots booked: ×0.8494 (linear from ×0.8 when idle to ×1.2 when fully booked)");
  });

  it("writes a booking rate of 1 or 0 as all or none of the slots, never as a count", () => {
    // 1 + 0.2 × (2 × 1 − 1) = 1.2 and 1 + 0.2 × (2 × 0 − 1) = 0.8 (were "1 of the creator's slots" and "0 of …")
    const reasonOf = (bookingRate: number): string | undefined => estimateFlatFee(benchmarkOnly, { bookingRate }).adjustments[3]?.reason;
    expect(reasonOf(1)).toBe("all of the creator's slots booked: ×1.2 (linear from ×0.8 when idle to ×1.2 when fully booked)");
    expect(reasonOf(0)).toBe("none of the creator's slots booked: ×0.8 (linear from ×0.8 when idle to ×1.2 when fully booked)");
    // 1 + 0.2 × (2 × 0.99999 − 1) = 1.199996: the caller's value stays exact
    expect(reasonOf(0.99999)).toBe("0.99999 of the creator's slots booked: ×1.2 (linear from ×0.8 when idle to ×1.2 when fully booked)");
  });

  it("writes the hybrid's risk aversion and flat fee exactly", () => {
    // σ of the orders 0.7424 (compensation.mutants.test.ts); share 1 / (1 + 0.12345 × (e^0.5512 − 1)) = 0.9168 of
    // 50 × 0.4 = 20 USD per order. The base, about 1,217, is below the caller's 1,234.56 (was "0.1235" and "1,235 USD").
    const hybrid = compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 50, margin: 0.4, hybrid: true, riskAversion: 0.12345, flatFee: 1234.56 }).hybrid;
    expect(hybrid?.reasons.slice(0, 2)).toEqual([
      "Holmström–Milgrom share 1 / (1 + 0.12345 × (e^0.7424² − 1)) = 0.9168 of the brand's 20 USD per order",
      "base 1,217 USD = flat fee 1,234.56 USD − bonus × certainty equivalent of the orders, so the creator values the deal like the flat fee",
    ]);
  });

  it("writes a bounty paid alone exactly as the payout per order", () => {
    // No commission with only a bounty: 2.3456 per order; 0.7421299720949925 × 2.3456 = 1.7407 (was "2.346" twice)
    expect(estimateReferral(benchmarkOnly, { averageOrderValue: 50, bountyPerConversion: 2.3456 }).reasons[0]).toBe(
      "payout = conversions × 2.3456 per order = 0.7421 × 2.3456 = 1.741 USD (median)",
    );
  });
});
