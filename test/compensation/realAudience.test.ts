// The audience's real share scales the benchmarks computed from the follower count (docs/methodology/compensation.md §2).
import { describe, expect, it } from "vitest";
import {
  estimateAudienceAuthenticity,
  estimateFlatFee,
  estimatePayPerClick,
  estimateReferral,
  InfluencerInputError,
  RATE_CARD,
  scoreInfluencer,
  selectInfluencers,
} from "../../src/index.js";

const TYPICAL = RATE_CARD.typicalAuthenticShare;
const TYPICAL_TEXT = `0.7777 (${TYPICAL.source})`;
/** √(0.005 × 0.015): the Instagram image click-through median (codivupload 0.5–1.5%). */
const CTR = Math.sqrt(0.005 * 0.015);
const bare = { platform: "instagram", followers: 10_000 } as const;
const audited = (authenticShare: number) => ({ ...bare, audience: { authenticShare } }) as const;

/** Six ordinary sampled followers and four bot-like ones. */
const sample = [
  ...Array.from({ length: 6 }, () => ({ followers: 300, following: 280, posts: 45 })),
  ...Array.from({ length: 4 }, () => ({ followers: 3, following: 2_400, posts: 0, hasProfilePicture: false })),
];

describe("the audience's real share", () => {
  it("is 0.7777 in the rate card: 22.23% of Instagram influencers' followers are suspicious (HypeAuditor 2019)", () => {
    expect(TYPICAL.value).toBeCloseTo(1 - 0.2223, 12);
    expect(TYPICAL.source).toContain("HypeAuditor");
    expect(TYPICAL.url).toBe("https://ion.co/hype-auditor-influencer-fraud");
  });

  it("scales the benchmark reach, and so clicks, conversions and pay, by its share over the typical share", () => {
    // factor = round(0.5 / 0.7777, 4) = round(0.642921…, 4) = 0.6429
    // impressions = 10,000 × 0.3772 × 0.6429 = 2,425.0188; clicks = 2,425.0188 × 0.0086603 = 21.00128; at $0.50: 10.50064
    const deal = estimatePayPerClick(audited(0.5), { costPerClick: 0.5 });
    expect(deal.outcomes.impressions?.expected).toBeCloseTo(2_425.0188, 9);
    expect(deal.outcomes.clicks?.expected).toBeCloseTo(2_425.0188 * CTR, 9);
    expect(deal.cost?.expected).toBeCloseTo(10.500639, 5);
    expect(deal.provenance.impressions).toEqual({
      basis: "benchmark",
      detail: "10,000 followers × reach rate 0.3772 × 0.6429 for the real share of the audience",
      source: RATE_CARD.reachRate.instagram?.default?.[0]?.source,
    });
    expect(deal.assumptions).toContain(
      `only real followers see posts: the benchmark reach and the peer engagement rate × 0.6429, the audience's real share 0.5 (vendor audit) over a typical account's ${TYPICAL_TEXT}`,
    );
    // conversions = clicks × 0.022718395501735596 (10,000 followers, between nano 0.0241 and micro 0.0218:
    // 0.0241 × (0.0218 / 0.0241)^(ln 10 / ln 50); estimateReferral.test.ts); the referral pays 4% of $50 per conversion
    const referral = estimateReferral(audited(0.5), { averageOrderValue: 50 });
    expect(referral.outcomes.conversions?.expected).toBeCloseTo(2_425.0188 * CTR * 0.022718395501735596, 9);
    expect(referral.cost?.expected).toBeCloseTo(2_425.0188 * CTR * 0.022718395501735596 * 0.04 * 50, 9);
  });

  it("scales a floored reach after the floor, and says so in that order", () => {
    // Instagram 25,000 followers: reach floored at 20,000 × 0.3772 = 7,544 (25,000 × 0.22945 = 5,736.25 is less);
    // then × 0.6429 (above) = 4,850.0376
    const deal = estimatePayPerClick({ platform: "instagram", followers: 25_000, audience: { authenticShare: 0.5 } }, { costPerClick: 0.5 });
    expect(deal.outcomes.impressions?.expected).toBeCloseTo(4_850.0376, 9);
    expect(deal.provenance.impressions.detail).toBe(
      "25,000 followers × reach rate 0.2294, raised to the reach at the top of the band below (20,000 followers) so that more followers never mean fewer impressions; then × 0.6429 for the real share of the audience",
    );
  });

  it("scales the peer engagement rate that stands in for the account's own", () => {
    // Modash's Instagram 10k–50k peer median 0.00965609 per follower × 10,000 × 0.6429 = 62.079
    const fee = estimateFlatFee(audited(0.5));
    expect(fee.outcomes.engagements?.expected).toBeCloseTo(10_000 * 0.6429 * 0.00965609, 6);
    expect(fee.provenance.engagements.detail).toBe(
      "10,000 followers × peer median engagement rate 0.009656 (per follower) × 0.6429 for the real share of the audience",
    );
  });

  it("raises the benchmark for an audience more real than the typical one, and leaves it at the typical share", () => {
    // round(0.95 / 0.7777, 4) = round(1.221550…, 4) = 1.2216: the benchmark's own accounts are 22% fake
    expect(estimatePayPerClick(audited(0.95), { costPerClick: 0.5 }).outcomes.impressions?.expected).toBeCloseTo(3_772 * 1.2216, 9);
    const typical = estimatePayPerClick(audited(0.7777), { costPerClick: 0.5 });
    const none = estimatePayPerClick(bare, { costPerClick: 0.5 });
    expect(typical.outcomes).toEqual(none.outcomes);
    expect(typical.cost).toEqual(none.cost);
  });

  it("says that the benchmark reach assumes a typical audience when the profile has no audience data", () => {
    expect(estimatePayPerClick(bare, { costPerClick: 0.5 }).assumptions).toContain(
      `no audience data (audience.authenticShare or audience.sample): the benchmark reach assumes a typical audience, of which ${TYPICAL_TEXT} is real`,
    );
  });

  it("gives no impressions for an audience with no real followers, and a share too small to show reads as 0", () => {
    // 0.00003 / 0.7777 = 0.0000386, which rounds to 0 at 4 decimals: no denormal impressions
    for (const share of [0, 0.00003]) {
      const deal = estimatePayPerClick(audited(share), { costPerClick: 0.5 });
      expect(deal.outcomes.impressions).toEqual({ low: 0, expected: 0, high: 0 });
      expect(deal.cost?.expected).toBe(0);
      expect(deal.provenance.impressions.detail).toBe("10,000 followers × reach rate 0.3772 × 0 for the real share of the audience");
    }
  });

  it("never scales measured impressions, views or clicks, nor says anything about the audience then", () => {
    // two image posts with 4,000 and 6,000 impressions (median 5,000), no clicks: the click-through rate is the benchmark's
    const posts = [
      { likes: 100, comments: 5, impressions: 4_000 },
      { likes: 120, comments: 6, impressions: 6_000 },
    ];
    const measured = estimatePayPerClick({ ...audited(0.3), posts }, { costPerClick: 0.5 });
    expect(measured.outcomes.impressions?.expected).toBe(5_000);
    expect(measured.outcomes.clicks?.expected).toBeCloseTo(5_000 * CTR, 9);
    expect(measured.assumptions.filter((line) => line.includes("real"))).toEqual([]);
    const summary = estimatePayPerClick({ ...audited(0.3), summary: { postCount: 10, avgLikes: 100, avgComments: 5, avgViews: 2_000 } }, { costPerClick: 0.5 });
    expect(summary.outcomes.impressions?.expected).toBe(2_000);
  });

  it("reads the library's estimate from a follower sample when there is no audit, and the audit first", () => {
    const estimate = estimateAudienceAuthenticity(sample).authenticShare;
    const factor = Math.round((estimate / TYPICAL.value) * 10_000) / 10_000;
    const fee = estimateFlatFee({ ...bare, audience: { sample } });
    expect(fee.outcomes.impressions?.expected).toBeCloseTo(3_772 * factor, 9);
    expect(fee.assumptions.join("\n")).toContain("(estimate from 10 sampled followers)");
    // with both, the audit wins, as in the trust model
    const both = estimateFlatFee({ ...bare, audience: { authenticShare: 0.5, sample } });
    expect(both.outcomes.impressions?.expected).toBeCloseTo(2_425.0188, 9);
  });

  it("uses the report's own audience options for the estimate from a sample", () => {
    // threshold 0.3 moves the estimate (0.4586 against 0.4517 by default), so the factor tells which one was used
    const options = { threshold: 0.3 };
    const estimate = estimateAudienceAuthenticity(sample, options).authenticShare;
    expect(estimate).not.toBeCloseTo(estimateAudienceAuthenticity(sample).authenticShare, 3);
    const factor = Math.round((estimate / TYPICAL.value) * 10_000) / 10_000;
    const report = scoreInfluencer({ ...bare, audience: { sample } }, { trust: { audience: options } });
    expect(report.flatFee.outcomes.impressions?.expected).toBeCloseTo(3_772 * factor, 9);
  });

  it("makes a bought audience worth less in a selection whose costs are the creators' quotes", () => {
    // Same followers and the same quote: the audited 0.95-real creator brings 0.95 / 0.3 more expected conversions than the 0.3-real one.
    const bought = { id: "bought", ...audited(0.3) };
    const creators = [bought, { id: "real", ...audited(0.95) }];
    const plan = selectInfluencers(creators, { budget: 100, costOfProfile: () => 100 });
    expect(plan.selected).toEqual(["real"]);
    const alone = selectInfluencers([bought], { budget: 100, costOfProfile: () => 100 });
    expect(alone.selected).toEqual(["bought"]);
    expect(plan.totalValue / alone.totalValue).toBeCloseTo(round4(0.95 / TYPICAL.value) / round4(0.3 / TYPICAL.value), 9);
  });

  it("is checked as part of a caller's rate card: from 0.01 and at most 1", () => {
    // Below 0.01 the factor (share ÷ typical share) could pass 100: 5e-324 made it Infinity.
    for (const value of [0, 5e-324, 0.0099, 1.2]) {
      const card = { ...RATE_CARD, typicalAuthenticShare: { ...TYPICAL, value } };
      expect(() => estimateFlatFee(bare, { rateCard: card })).toThrow(InfluencerInputError);
      expect(() => estimateFlatFee(bare, { rateCard: card })).toThrow(
        `rateCard.typicalAuthenticShare.value: expected a number between 0.01 and 1, received ${value}`,
      );
    }
    // a card whose typical audience is all real scales by the share itself: 0.5 / 1
    const allReal = { ...RATE_CARD, typicalAuthenticShare: { ...TYPICAL, value: 1 } };
    expect(estimateFlatFee(audited(0.5), { rateCard: allReal }).outcomes.impressions?.expected).toBeCloseTo(3_772 * 0.5, 9);
  });
});

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
