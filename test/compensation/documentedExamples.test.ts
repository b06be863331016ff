// The @example blocks of the compensation types and rate card, one test each.
import { describe, expect, it } from "vitest";
import {
  RATE_CARD,
  type BoundedEffect,
  type BreakEven,
  type CompensationModel,
  type CompensationOutcomes,
  type CompensationProvenance,
  type CompensationResult,
  type FeeAdjustment,
  type FeeAdjustmentKey,
  type FormatPremium,
  type FormatTable,
  type MarketRange,
  type MarketRate,
  type ModelComparison,
  type PerPeriodPremium,
  type ProvenanceBasis,
  type QuantityProvenance,
  type Range,
  type RateCard,
  type RateEstimate,
  type ReachBand,
  type ReachBands,
  type RiskCarrier,
  type UnitCosts,
  type UsageRightsPoint,
} from "../../src/index.js";

describe("RATE_CARD", () => {
  it("matches the documented example", () => {
    expect(RATE_CARD.cpm.instagram).toEqual({
      low: 5,
      high: 15,
      source: "wordontheblock, Influencer pricing guide, 2023",
      url: "https://wordontheblock.com/blog/influencer-pricing-guide",
    });
  });

  it("matches the documented example of its date and currency", () => {
    expect([RATE_CARD.currency, RATE_CARD.compiledAt]).toEqual(["USD", "2026-11-27"]);
  });
});

describe("RateCard", () => {
  it("matches the documented example", () => {
    const card: RateCard = { ...RATE_CARD, currency: "EUR" };
    expect(card.currency).toBe("EUR");
  });
});

describe("RateEstimate", () => {
  it("matches the documented example", () => {
    const ctr = { low: 0.005, high: 0.015, source: "codivupload, Click-through rate (glossary), undated" } satisfies RateEstimate;
    // √(0.005 × 0.015) = √0.000075
    expect(Math.sqrt(ctr.low * ctr.high)).toBe(0.008660254037844387);
  });
});

describe("ReachBand", () => {
  it("matches the documented example", () => {
    const band = { minFollowers: 0, expected: 0.3772, source: "minter.io, 2019" } satisfies ReachBand;
    expect(band.expected * 10_000).toBe(3772);
  });
});

describe("ReachBands", () => {
  it("matches the documented example", () => {
    const bands: ReachBands = [{ minFollowers: 0, expected: 0.3, source: "sponsorrate, undated" }];
    expect(bands.length).toBe(1);
  });
});

describe("FormatTable", () => {
  it("matches the documented example", () => {
    const premiums: FormatTable<number> = { reel: 1.45, default: 1 };
    expect(premiums.reel).toBe(1.45);
  });
});

describe("FormatPremium", () => {
  it("matches the documented example", () => {
    const premium: FormatPremium = { multiplier: 1.25, source: "HypeAuditor, 2020" };
    expect(premium.multiplier * 100).toBe(125);
  });
});

describe("MarketRate", () => {
  it("matches the documented example", () => {
    const rate = { low: 100, high: 500, source: "Influencer Marketing Hub, 2021" } satisfies MarketRate;
    expect(rate.high / rate.low).toBe(5);
  });
});

describe("UsageRightsPoint", () => {
  it("matches the documented example", () => {
    const point: UsageRightsPoint = { days: 30, premium: 0.375 };
    expect(1 + point.premium).toBe(1.375);
  });
});

describe("PerPeriodPremium", () => {
  it("matches the documented example", () => {
    const whitelisting: PerPeriodPremium = { premiumPer30Days: 0.25, source: "topgrowthmarketing, undated" };
    // 1 + 0.25 × 2
    expect(1 + whitelisting.premiumPer30Days * (60 / 30)).toBe(1.5);
  });
});

describe("BoundedEffect", () => {
  it("matches the documented example", () => {
    const bound: BoundedEffect = { maxEffect: 0.1, source: "sproutlaw, undated" };
    expect([1 - bound.maxEffect, 1 + bound.maxEffect]).toEqual([0.9, 1.1]);
  });
});

describe("Range", () => {
  it("matches the documented example", () => {
    const fee: Range = { low: 60, expected: 100, high: 170 };
    expect(fee.low <= fee.expected && fee.expected <= fee.high).toBe(true);
  });
});

describe("CompensationModel", () => {
  it("matches the documented example", () => {
    const model: CompensationModel = "referral";
    expect(model).toBe("referral");
  });
});

describe("CompensationOutcomes", () => {
  it("matches the documented example", () => {
    const outcomes: CompensationOutcomes = { impressions: null, engagements: null, clicks: null, conversions: null };
    expect(outcomes.clicks).toBeNull();
  });
});

describe("UnitCosts", () => {
  it("matches the documented example", () => {
    const unitCosts: UnitCosts = { cpm: 8.66, cpe: 0.25, cpc: 1, cpa: 44.02 };
    expect(unitCosts.cpc).toBe(1);
  });
});

describe("ProvenanceBasis", () => {
  it("matches the documented example", () => {
    const basis: ProvenanceBasis = "measured";
    expect(basis).toBe("measured");
  });
});

describe("QuantityProvenance", () => {
  it("matches the documented example", () => {
    const origin: QuantityProvenance = { basis: "measured", detail: "median impressions of 4 reel posts", source: null };
    expect(origin.basis).toBe("measured");
  });
});

describe("CompensationProvenance", () => {
  it("matches the documented example", () => {
    const provenance: CompensationProvenance = {
      impressions: { basis: "benchmark", detail: "10,000 followers × reach rate 37.72%", source: "minter.io, 2019" },
      engagements: { basis: "unavailable", detail: "no posts, summary or engagement estimate", source: null },
      clickThroughRate: { basis: "option", detail: "clickThroughRate option 1%", source: null },
      conversionRate: { basis: "option", detail: "conversionRate option 2%", source: null },
    };
    expect(provenance.impressions.basis).toBe("benchmark");
  });
});

describe("CompensationResult", () => {
  it("matches the documented example", () => {
    const result: CompensationResult = {
      model: "pay-per-click", currency: "USD", cost: null, creatorEarnings: null,
      outcomes: { impressions: null, engagements: null, clicks: null, conversions: null },
      unitCosts: { cpm: null, cpe: null, cpc: null, cpa: null },
      provenance: {
        impressions: { basis: "unavailable", detail: "no reach benchmark for Twitch live", source: null },
        engagements: { basis: "unavailable", detail: "no data", source: null },
        clickThroughRate: { basis: "option", detail: "clickThroughRate option 1%", source: null },
        conversionRate: { basis: "option", detail: "conversionRate option 2%", source: null },
      },
      assumptions: [], reasons: ["no reach benchmark for Twitch live"],
    };
    expect(result.cost).toBeNull();
  });
});

describe("FeeAdjustmentKey", () => {
  it("matches the documented example", () => {
    const key: FeeAdjustmentKey = "usage-rights";
    expect(key).toBe("usage-rights");
  });
});

describe("FeeAdjustment", () => {
  it("matches the documented example", () => {
    const adjustment: FeeAdjustment = {
      key: "whitelisting", multiplier: 1.25, isAssumption: false,
      reason: "30 days of whitelisting: +25% per 30 days", source: "topgrowthmarketing, undated",
    };
    expect(adjustment.multiplier).toBe(1.25);
  });
});

describe("MarketRange", () => {
  it("matches the documented example", () => {
    const market: MarketRange = { tier: "micro", low: 100, high: 500, currency: "USD", source: "IMH, 2021", url: null, position: "within" };
    expect(market.position).toBe("within");
  });
});

describe("RiskCarrier", () => {
  it("matches the documented example", () => {
    const carrier: RiskCarrier = "creator";
    expect(carrier).toBe("creator");
  });
});

describe("ModelComparison", () => {
  it("matches the documented example", () => {
    const view: ModelComparison = {
      brandExpectedCost: 100, brandCostPerConversion: { low: 40, expected: 50, high: 70 }, roi: null,
      creatorEarnings: { low: 100, expected: 100, high: 100 }, creatorCertaintyEquivalent: 100,
      isAcceptableToCreator: true, riskCarrier: "brand", reasons: [],
    };
    expect(view.riskCarrier).toBe("brand");
  });
});

describe("Compared", () => {
  it("matches the documented example", () => {
    const key = "comparison";
    expect(key).toBe("comparison");
  });
});

describe("BreakEven", () => {
  it("matches the documented example", () => {
    const breakEven: BreakEven = { clickThroughRate: 0.02, conversionRate: null, reasons: ["…"] };
    expect(breakEven.clickThroughRate).toBe(0.02);
  });
});
