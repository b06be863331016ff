// The benchmark conversion rate is continuous in followers: log-linear in log(followers) between one
// anchor per tier (its band's geometric centre), flat beyond the end anchors.
import { describe, expect, it } from "vitest";
import { benchmarkConversionRate, conversionAnchor } from "../../src/compensation/benchmarkConversionRate.js";
import { estimateReferral, RATE_CARD, TIER_IDS } from "../../src/index.js";

/**
 * Anchors by hand from the standard bands (nano counted from 1,000, mega's open band spanning a decade):
 * √(1,000 × 10,000) = 3,162.28, √(10,000 × 50,000) = 22,360.68, √(50,000 × 500,000) = 158,113.88,
 * √(500,000 × 1,000,000) = 707,106.78, √(1,000,000 × 10,000,000) = 3,162,277.66.
 */
const ANCHORS = [Math.sqrt(1_000 * 10_000), Math.sqrt(10_000 * 50_000), Math.sqrt(50_000 * 500_000), Math.sqrt(500_000 * 1_000_000), Math.sqrt(1_000_000 * 10_000_000)];

describe("benchmarkConversionRate", () => {
  it("places one anchor per tier at its band's geometric centre", () => {
    expect(TIER_IDS.map((_, index) => conversionAnchor(index))).toEqual(ANCHORS);
  });

  it("is the tier's published figure at each anchor", () => {
    // At an anchor t = ln(a_i / a_i) / … = 0, so the rate is r_i exactly; RATE_CARD: 0.0241, 0.0218, 0.0218, 0.0142, 0.0091.
    expect(ANCHORS.map((anchor) => benchmarkConversionRate(anchor, RATE_CARD.conversionRate).median)).toEqual([0.0241, 0.0218, 0.0218, 0.0142, 0.0091]);
  });

  it("interpolates geometrically in log followers between two anchors", () => {
    // 10,000 followers lies between nano (3,162.28) and micro (22,360.68):
    // t = ln(10,000 / 3,162.28) / ln(22,360.68 / 3,162.28) = ln √10 / ln √50 = 1.151293 / 1.956012 = 0.588592
    // rate = 0.0241 × (0.0218 / 0.0241)^t = 0.0241 × 0.904564^0.588592 = 0.0241 × exp(0.588592 × −0.100302)
    //      = 0.0241 × exp(−0.059037) = 0.0241 × 0.942673 = 0.0227184
    const rate = benchmarkConversionRate(10_000, RATE_CARD.conversionRate);
    expect(rate.median).toBeCloseTo(0.0227184, 7);
    expect([rate.tier, rate.nextTier]).toEqual(["nano", "micro"]);
  });

  it("is flat below the first anchor and beyond the last", () => {
    // Below 3,162.28 the nano figure; beyond 3,162,277.66 the mega figure (RATE_CARD).
    expect(benchmarkConversionRate(1, RATE_CARD.conversionRate)).toMatchObject({ median: 0.0241, tier: "nano", nextTier: null });
    expect(benchmarkConversionRate(50_000_000, RATE_CARD.conversionRate)).toMatchObject({ median: 0.0091, tier: "mega", nextTier: null });
  });
});

describe("the conversion rate in the outcome model", () => {
  it("names both anchors in the provenance between them", () => {
    // 10,000 followers: 0.0227184 (above), shown to four digits as 0.02272.
    expect(estimateReferral({ platform: "instagram", followers: 10_000 }, { averageOrderValue: 50 }).provenance.conversionRate).toEqual({
      basis: "benchmark",
      detail: "conversion rate 0.02272 for 10,000 followers, between nano 0.0241 (at 3,162) and micro 0.0218 (at 22,361)",
      source: RATE_CARD.conversionRate.nano.source,
    });
  });

  it("names the tier alone in a flat end", () => {
    expect(estimateReferral({ platform: "tiktok", followers: 2_000 }, { averageOrderValue: 50 }).provenance.conversionRate.detail).toBe("conversion rate 0.0241 for nano accounts");
  });

  it("pays about the same referral at 499,999 and 500,000 followers", () => {
    // Instagram, 100k–1M reach band 0.22885, CTR √(0.005 × 0.015) = 0.0086603, 4% of $50 = $2 per order.
    // 500,000 followers: t = ln(500,000 / 158,113.88) / ln(707,106.78 / 158,113.88) = ln √10 / ln √20 = 1.151293 / 1.497866 = 0.768622;
    // rate = 0.0218 × (0.0142 / 0.0218)^0.768622 = 0.0218 × exp(0.768622 × −0.428668) = 0.0218 × 0.719295 = 0.0156806;
    // payout = 500,000 × 0.22885 × 0.0086603 × 0.0156806 × 2 = 31.077 (before: 21.6 orders, $43.20, at 499,999 and
    // 14.1 orders, $28.14, at 500,000: the micro-mid 0.0218 against macro's 0.0142).
    const payout = (followers: number): number => estimateReferral({ platform: "instagram", followers }, { averageOrderValue: 50 }).cost?.expected ?? Number.NaN;
    expect(payout(500_000)).toBeCloseTo(31.077, 3);
    expect(Math.abs(payout(499_999) / payout(500_000) - 1)).toBeLessThan(0.001);
  });

  it("is raised where the reach floor holds impressions while the rate falls", () => {
    // Instagram 25,000 followers: reach floored at 20,000 × 0.3772 = 7,544 (25,000 × 0.22945 = 5,736.25 is less).
    // The 20,000-follower account converts at t = ln(20,000 / 3,162.28) / 1.956012 = 1.844440 / 1.956012 = 0.942960,
    // 0.0241 × exp(0.942960 × −0.100302) = 0.0241 × exp(−0.094581) = 0.0241 × 0.909754 = 0.0219251; at 25,000 the
    // interpolated rate is 0.0218 (micro and mid are both 0.0218), so the rate is raised to 0.0219251 (shown 0.02193).
    const result = estimateReferral({ platform: "instagram", followers: 25_000 }, { averageOrderValue: 50 });
    const outcomes = result.outcomes;
    expect((outcomes.conversions?.expected ?? 0) / (outcomes.clicks?.expected ?? 1)).toBeCloseTo(0.0219251, 7);
    expect(result.provenance.conversionRate.detail).toBe(
      "conversion rate 0.0218 for 25,000 followers, between micro 0.0218 (at 22,361) and mid 0.0218 (at 158,114), raised to 0.02193 to match the conversions at the top of the reach band below (20,000 followers) so that more followers never mean fewer conversions",
    );
  });

  it("is not raised at the reach band's edge itself, where the floor account is this account", () => {
    // Instagram 20,000 followers: the reach floor is 20,000 × 0.3772 (the band below's rate), the same account, so the
    // floor's conversions per impression are CVR(20,000) = 0.0219251 (above) and nothing is raised; floating-point
    // rounding of (20,000 × 0.3772 × 0.0219251) ÷ (20,000 × 0.3772) once made the detail say "raised to 0.02193".
    const result = estimateReferral({ platform: "instagram", followers: 20_000 }, { averageOrderValue: 50 });
    const outcomes = result.outcomes;
    expect((outcomes.conversions?.expected ?? 0) / (outcomes.clicks?.expected ?? 1)).toBeCloseTo(0.0219251, 7);
    expect(result.provenance.conversionRate.detail).toBe("conversion rate 0.02193 for 20,000 followers, between nano 0.0241 (at 3,162) and micro 0.0218 (at 22,361)");
  });

  it("leaves a caller's conversion rate untouched", () => {
    // Instagram 25,000 (the floored reach above): conversions ÷ clicks is the option, 0.03.
    const outcomes = estimateReferral({ platform: "instagram", followers: 25_000 }, { averageOrderValue: 50, conversionRate: 0.03 }).outcomes;
    expect((outcomes.conversions?.expected ?? 0) / (outcomes.clicks?.expected ?? 1)).toBeCloseTo(0.03, 12);
  });
});
