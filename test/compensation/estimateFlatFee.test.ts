import { describe, expect, it } from "vitest";
import {
  estimateFlatFee,
  parseProfile,
  RATE_CARD,
  scoreEngagement,
  scoreInfluencer,
  scoreTrust,
  TRUST_SIGNAL_KEYS,
  type FeeAdjustmentKey,
  type FlatFeeResult,
} from "../../src/index.js";
import { benchmarkOnly, measuredReels } from "./fixtures.js";

function multiplierOf(result: FlatFeeResult, key: FeeAdjustmentKey): number | undefined {
  return result.adjustments.find((adjustment) => adjustment.key === key)?.multiplier;
}

describe("estimateFlatFee", () => {
  it("matches the documented example", () => {
    // 10,000 × 0.3772 = 3,772 impressions; × √(5 · 15) = 8.660254 CPM ÷ 1,000 = 32.666 → 32.67
    const fee = estimateFlatFee({ platform: "instagram", followers: 10_000 });
    expect(Math.round(fee.cost!.expected * 100) / 100).toBe(32.67);
  });

  it("matches the documented example with usage rights", () => {
    // contentcreators.com: 30 days +25–50% → midpoint +0.375
    const fee = estimateFlatFee({ platform: "instagram", followers: 10_000 }, { usageRightsDays: 30 });
    expect(fee.adjustments.find((adjustment) => adjustment.key === "usage-rights")?.multiplier).toBe(1.375);
  });

  describe("from benchmarks only", () => {
    const fee = estimateFlatFee(benchmarkOnly);

    it("prices followers × reach rate × CPM, with ranges from the published spreads", () => {
      // impressions: 10,000 × 0.3772 = 3,772 (minter.io, a single figure: ÷√3 / ×√3 band)
      //   python3 -c "print(3772*3**-0.5, 3772*3**0.5)" → 2177.7652153832682 6533.295646149805
      // fee: 3,772 × √75 / 1,000 = 32.66647823074903; σ = √2 · ln 3 / (2 · 1.28155) so z·σ = ln 3 / √2
      //   python3 -c "import math; b=3772*math.sqrt(75)/1000; print(b*3**(-1/math.sqrt(2)), b*3**(1/math.sqrt(2)))"
      //   → 15.021961379440839 71.03591688502401
      expect(fee.outcomes.impressions?.expected).toBe(3_772);
      expect(fee.outcomes.impressions?.low).toBeCloseTo(2177.7652153832682, 9);
      expect(fee.outcomes.impressions?.high).toBeCloseTo(6533.295646149805, 9);
      expect(fee.cost?.expected).toBeCloseTo(32.66647823074903, 12);
      expect(fee.cost?.low).toBeCloseTo(15.021961379440839, 10);
      expect(fee.cost?.high).toBeCloseTo(71.03591688502401, 10);
    });

    it("names the benchmark in its provenance", () => {
      expect(fee.provenance.impressions).toEqual({
        basis: "benchmark",
        detail: "10,000 followers × reach rate 0.3772",
        source: RATE_CARD.reachRate.instagram?.default?.[0].source,
      });
    });

    it("applies no adjustment without deal terms or scores", () => {
      // No posts: neither an engagement score nor a trust score exists, so every multiplier is 1.
      expect(fee.adjustmentMultiplier).toBe(1);
      expect(fee.adjustments.map((adjustment) => adjustment.key)).toEqual([
        "engagement", "trust", "demand", "booking-rate", "format", "usage-rights", "whitelisting", "exclusivity",
      ]);
      expect(fee.baseFee).toEqual(fee.cost);
    });

    it("reports unit costs at the expected fee", () => {
      // cpm = 32.666 / 3,772 × 1,000 = √75 = 8.660254037844387
      expect(fee.unitCosts.cpm).toBeCloseTo(8.660254037844387, 12);
      // clicks = 3,772 × √(0.005 · 0.015) = 32.666 (the same digits as the fee), so cpc = 1
      expect(fee.unitCosts.cpc).toBeCloseTo(1, 12);
      // conversions = 32.666 × 0.022718395501735596 (10,000 followers, between nano and micro; estimateReferral.test.ts)
      // → cpa = 1 / 0.022718395501735596 = 44.017193024199436
      expect(fee.unitCosts.cpa).toBeCloseTo(44.017193024199436, 10);
    });

    it("places the fee against the published band for the tier", () => {
      // Influencer Marketing Hub 2021: Instagram micro $100–500; 32.67 is below it
      expect(fee.marketRange).toMatchObject({ tier: "micro", low: 100, high: 500, currency: "USD", position: "below" });
    });
  });

  describe("from measured posts", () => {
    const fee = estimateFlatFee(measuredReels, { format: "reel" });

    it("prices the median impressions of the comparable posts", () => {
      // median reel impressions 11,000 (the image post is ignored); × √75 / 1,000 = 95.26279441628826
      // σ_I = sd(ln [8000, 10000, 12000, 20000], ddof 1) × √(1 + 1/4) = 0.43641779074913783; σ_fee = √(σ_I² + 0.42863²)
      //   python3 -c "import numpy as np; z=1.2815515655446004; s=np.hypot(np.std(np.log([8e3,1e4,1.2e4,2e4]),ddof=1)*np.sqrt(1.25), np.log(3)/(2*z)); b=11000*np.sqrt(75)/1000; print(b*np.exp(-z*s), b*np.exp(z*s))"
      //   → 43.49779869888163 208.63124736087687
      expect(fee.outcomes.impressions?.expected).toBe(11_000);
      expect(fee.baseFee?.expected).toBeCloseTo(95.26279441628826, 10);
      expect(fee.baseFee?.low).toBeCloseTo(43.49779869888163, 9);
      expect(fee.baseFee?.high).toBeCloseTo(208.63124736087687, 9);
      expect(fee.provenance.impressions).toEqual({ basis: "measured", detail: "median impressions of 4 reel posts", source: null });
    });

    it("applies the reel premium and multiplies the base by every adjustment", () => {
      // HypeAuditor: video +40–50% → ×1.45
      expect(multiplierOf(fee, "format")).toBe(1.45);
      const product = fee.adjustments.reduce((total, adjustment) => total * adjustment.multiplier, 1);
      expect(fee.adjustmentMultiplier).toBeCloseTo(product, 14);
      expect(fee.cost?.expected).toBeCloseTo((fee.baseFee?.expected ?? 0) * product, 10);
    });

    it("measures engagements from the same posts", () => {
      // interactions 940, 1,160, 1,350, 2,100 → median 1,255
      expect(fee.outcomes.engagements?.expected).toBe(1_255);
      expect(fee.provenance.engagements.basis).toBe("measured");
    });

    it("uses the measured click-through rate", () => {
      // median clicks per impression 0.011 → 11,000 × 0.011 = 121 clicks
      expect(fee.outcomes.clicks?.expected).toBeCloseTo(121, 10);
      expect(fee.provenance.clickThroughRate.basis).toBe("measured");
    });

    it("does not judge measured stories against the feed-post yardstick", () => {
      // Stories show no likes: 0 engagements per impression read as percentile 0, ×0.9, below a story priced from no data (×1).
      const stories = {
        platform: "instagram" as const,
        followers: 10_000,
        posts: [
          { format: "story" as const, likes: 0, comments: 0, impressions: 800 },
          { format: "story" as const, likes: 0, comments: 3, impressions: 700 },
        ],
      };
      expect(multiplierOf(estimateFlatFee(stories, { format: "story" }), "engagement")).toBe(1);
      expect(estimateFlatFee(stories, { format: "story" }).adjustments[0]?.reason).toBe(
        "the engagement-per-impression yardstick describes feed posts, not stories, whose replies and taps are not counted: ×1",
      );
    });

    it("counts a post with more clicks than impressions as a click-through rate of 1, never more clicks than impressions", () => {
      // 100 / 10 and 50 / 10 gave a median rate of 7.5: 75 expected clicks on 10 impressions. Capped: 1 and 1 → 10 clicks.
      const profile = {
        platform: "instagram" as const,
        followers: 10_000,
        posts: [
          { likes: 5, comments: 0, impressions: 10, clicks: 100 },
          { likes: 5, comments: 0, impressions: 10, clicks: 50 },
        ],
      };
      const overCounted = estimateFlatFee(profile);
      expect(overCounted.outcomes.impressions?.expected).toBe(10);
      expect(overCounted.outcomes.clicks?.expected).toBeCloseTo(10, 10);
    });

    it("reads 0 impressions on a post people liked as not counted, not as a post no one saw", () => {
      // Before: impressions [0, 0, 3,000] had the median 0, so the fee, the clicks and the conversions were all 0.
      // The two zeros are not counts: the median of [3,000] is 3,000; its clicks 30 give a rate of 0.01.
      const profile = {
        platform: "instagram" as const,
        followers: 2_000,
        posts: [
          { likes: 40, comments: 3, impressions: 0, clicks: 0 },
          { likes: 45, comments: 2, impressions: 0, clicks: 0 },
          { likes: 50, comments: 4, impressions: 3_000, clicks: 30 },
        ],
      };
      const fee = estimateFlatFee(profile);
      expect(fee.outcomes.impressions?.expected).toBe(3_000);
      expect(fee.outcomes.clicks?.expected).toBeCloseTo(30, 10);
      expect(fee.provenance.impressions.detail).toBe("median impressions of 1 image post");
      expect(fee.cost?.expected).toBeGreaterThan(0);
    });

    it("says so when the median post reached no one, instead of describing a spread", () => {
      // Three posts no one saw or acted on, one seen 5,000 times: the median impressions are 0.
      const profile = {
        platform: "instagram" as const,
        followers: 2_000,
        posts: [
          { likes: 0, comments: 0, impressions: 0 },
          { likes: 0, comments: 0, impressions: 0 },
          { likes: 0, comments: 0, impressions: 0 },
          { likes: 60, comments: 4, impressions: 5_000 },
        ],
      };
      const fee = estimateFlatFee(profile);
      expect(fee.outcomes.impressions).toEqual({ low: 0, expected: 0, high: 0 });
      expect(fee.reasons).toContain("the median image post reached no one (3 of 4 image posts have 0 impressions): expected impressions, clicks and conversions are 0");
      expect(fee.assumptions.some((text) => text.includes("assumed spread") && text.includes("impressions"))).toBe(false);
    });
  });

  describe("adjustments", () => {
    it("interpolates usage rights between the published durations", () => {
      // 90 days: 0.375 + (0.875 − 0.375) × (90 − 30) / (180 − 30) = 0.575; 400 days: flat after 365 → 1.25
      expect(multiplierOf(estimateFlatFee(benchmarkOnly, { usageRightsDays: 90 }), "usage-rights")).toBeCloseTo(1.575, 12);
      expect(multiplierOf(estimateFlatFee(benchmarkOnly, { usageRightsDays: 400 }), "usage-rights")).toBe(2.25);
    });

    it("prorates whitelisting and exclusivity per 30 days", () => {
      // whitelisting 45 days: 1 + 0.25 × 45 / 30 = 1.375; exclusivity 60 days: 1 + 0.35 × 2 = 1.7
      const fee = estimateFlatFee(benchmarkOnly, { whitelistingDays: 45, exclusivityDays: 60 });
      expect(multiplierOf(fee, "whitelisting")).toBeCloseTo(1.375, 12);
      expect(multiplierOf(fee, "exclusivity")).toBeCloseTo(1.7, 12);
      expect(fee.cost?.expected).toBeCloseTo(32.66647823074903 * 1.375 * 1.7, 10);
    });

    it("writes a single day in the singular", () => {
      // usage rights 1 day: 0.375 × 1 / 30 = 0.0125 of the base
      const fee = estimateFlatFee(benchmarkOnly, { usageRightsDays: 1, whitelistingDays: 1, exclusivityDays: 1 });
      expect(fee.adjustments.slice(-3).map((adjustment) => adjustment.reason)).toEqual([
        "1 day of usage rights: +0.0125 of the base",
        "1 day of whitelisting (paid ads from the creator's handle): +0.25 of the base per 30 days",
        "1 day of category exclusivity: +0.35 of the base per 30 days",
      ]);
    });

    it("marks the per-30-days reading of the exclusivity premium as an assumption and lists it", () => {
      // stackmatix gives +20–50% for category exclusivity with no duration: reading it per 30 days is assumed
      const fee = estimateFlatFee(benchmarkOnly, { exclusivityDays: 30 });
      const exclusivity = fee.adjustments.find((adjustment) => adjustment.key === "exclusivity");
      expect(exclusivity?.isAssumption).toBe(true);
      expect(exclusivity?.source).toBe(RATE_CARD.exclusivity.source);
      expect(RATE_CARD.exclusivity.source).toMatch(/^assumption: .*stackmatix/u);
      expect(fee.assumptions).toContain(`the exclusivity adjustment rests on an assumption: ${RATE_CARD.exclusivity.source.slice("assumption: ".length)}`);
    });

    it("lists no exclusivity assumption without exclusivity, nor for a card whose source is not an assumption", () => {
      const isExclusivityNote = (note: string): boolean => note.startsWith("the exclusivity adjustment");
      expect(estimateFlatFee(benchmarkOnly).assumptions.some(isExclusivityNote)).toBe(false);
      const rateCard = { ...RATE_CARD, exclusivity: { premiumPer30Days: 0.35, source: "my agency's bookings, 2026" } };
      const fee = estimateFlatFee(benchmarkOnly, { rateCard, exclusivityDays: 30 });
      expect(fee.adjustments.find((adjustment) => adjustment.key === "exclusivity")?.isAssumption).toBe(false);
      expect(fee.assumptions.some(isExclusivityNote)).toBe(false);
    });

    it("lists every adjustment marked as an assumption in assumptions, in the order of the adjustments", () => {
      // booking rate: the card's bound is an assumption; "text" on Instagram: no published premium (×1, assumed)
      const fee = estimateFlatFee(benchmarkOnly, { bookingRate: 0.75, format: "text", exclusivityDays: 60 });
      expect(fee.adjustments.filter((adjustment) => adjustment.isAssumption).map((adjustment) => adjustment.key)).toEqual(["booking-rate", "format", "exclusivity"]);
      expect(fee.assumptions.filter((note) => note.includes("adjustment rests on an assumption"))).toEqual([
        "the booking-rate adjustment rests on an assumption: no published price elasticity of creator demand; bounded like the quality adjustments (±20%)",
        "the format adjustment rests on an assumption: no published premium for text on Instagram: ×1",
        `the exclusivity adjustment rests on an assumption: ${RATE_CARD.exclusivity.source.slice("assumption: ".length)}`,
      ]);
    });

    it("applies the caller's demand and booking rate", () => {
      // demand ×1.2; booking rate 0.75: 1 + 0.2 × (2 × 0.75 − 1) = 1.1
      const fee = estimateFlatFee(benchmarkOnly, { demand: 1.2, bookingRate: 0.75 });
      expect(multiplierOf(fee, "demand")).toBe(1.2);
      expect(multiplierOf(fee, "booking-rate")).toBeCloseTo(1.1, 12);
      expect(fee.adjustments.find((adjustment) => adjustment.key === "booking-rate")?.isAssumption).toBe(true);
      expect(fee.adjustmentMultiplier).toBeCloseTo(1.32, 12);
    });

    describe("engagement per impression", () => {
      it("sets the measured engagements per impression against the platform's yardstick", () => {
        // 1,255 engagements ÷ 11,000 impressions = 0.11409090909090909; Instagram yardstick 0.0623 (Captiv8, a single
        // figure: σ = ln 3 / (2 · 1.28155) = 0.4286258618868957); z = ln(0.114091 / 0.0623) / 0.428626 = 1.4115670722961662
        // percentile 100 · Φ(z) = 92.09612632462763; multiplier 1 + 0.1 · (92.0961 − 50) / 50 = 1.0841922526492553
        //   python3 -c "import math; s=math.log(3)/(2*1.2815515655446004); p=50*(1+math.erf(math.log(1255/11000/0.0623)/s/math.sqrt(2))); print(p, 1+0.1*(p-50)/50)"
        const fee = estimateFlatFee(measuredReels, { format: "reel" });
        expect(multiplierOf(fee, "engagement")).toBeCloseTo(1.0841922526492553, 12);
        expect(fee.adjustments[0]?.reason).toMatch(/^0\.1141 engagements per impression \(1,255 ÷ 11,000 impressions\) against 0\.0623 for Instagram accounts of any size: percentile 92\.1/);
        expect(fee.adjustments[0]?.source).toContain("Captiv8");
      });

      it("uses the expected impressions when only likes and comments are measured", () => {
        // interactions 400, 500, 600 → median 500; impressions 10,000 × 0.3772 = 3,772; 500 / 3,772 = 0.1325556733828208
        // percentile 100 · Φ(ln(0.132556 / 0.0623) / 0.428626) = 96.09264177152754 → ×1.092185283543055
        const posts = [400, 500, 600].map((likes) => ({ likes, comments: 0 }));
        const fee = estimateFlatFee({ platform: "instagram", followers: 10_000, posts });
        expect(fee.provenance.impressions.basis).toBe("benchmark");
        expect(multiplierOf(fee, "engagement")).toBeCloseTo(1.092185283543055, 12);
      });

      it("reads a summary's averages against a published range", () => {
        // engagements 1,500 + 100 = 1,600 ÷ avgViews 20,000 = 0.08; TikTok yardstick 0.0886119 with the
        // 10th–90th band 0.0628–0.1138: σ = ln(0.1138 / 0.0628) / 2.563103 = 0.23194051031627738
        // percentile 100 · Φ(ln(0.08 / 0.0886119) / 0.231941) = 32.9678665019144 → ×0.9659357330038288
        const summary = { postCount: 12, avgLikes: 1_500, avgComments: 100, avgViews: 20_000 };
        const fee = estimateFlatFee({ platform: "tiktok", followers: 50_000, summary });
        expect(multiplierOf(fee, "engagement")).toBeCloseTo(0.9659357330038288, 12);
      });

      it("never takes the yardstick's spread below the floor that keeps the fee rising with impressions", () => {
        // X: 200 ÷ 10,000 = 0.02 against Buffer's 0.0231. rangeSpread ratio 1 gives σ = 0; the floor is
        // 2 · 0.1 · φ(0) / 0.9 = 0.08865384008920728; z = ln(0.02 / 0.0231) / 0.0886538 = −1.6254269846490217
        // → percentile 5.203580498961719 → ×0.9104071609979234 (with the default ×3 band: percentile 36.84)
        const rateCard = { ...RATE_CARD, rangeSpread: { ratio: 1, source: "my own" } };
        const profile = { platform: "x" as const, followers: 5_000, posts: [{ likes: 200, comments: 0, impressions: 10_000 }] };
        expect(multiplierOf(estimateFlatFee(profile, { rateCard }), "engagement")).toBeCloseTo(0.9104071609979234, 12);
      });

      it("gives ×0.9 to posts nobody engaged with", () => {
        // rate 0 → percentile 0 → 1 + 0.1 · (0 − 50) / 50 = 0.9
        const posts = [{ likes: 0, comments: 0, impressions: 5_000 }];
        expect(multiplierOf(estimateFlatFee({ platform: "x", followers: 100, posts }), "engagement")).toBe(0.9);
      });

      it("does not say there is no summary when the summary describes another format", () => {
        // the summary's averages stand for Instagram's default format (image), so a carousel has no measured engagements
        const profile = { platform: "instagram" as const, followers: 25_000, summary: { postCount: 10, avgLikes: 500, avgComments: 20 } };
        expect(estimateFlatFee(profile, { format: "carousel" }).adjustments[0]?.reason).toBe(
          "no measured engagements of carousel posts (a summary counts for image posts only) to set against the impressions: ×1",
        );
      });

      it("applies no engagement adjustment without measured engagements, impressions or a yardstick", () => {
        expect(estimateFlatFee(benchmarkOnly).adjustments[0]?.reason).toBe(
          "no measured engagements (posts or summary) to set against the impressions: ×1",
        );
        const zero = estimateFlatFee({ platform: "instagram", followers: 100, posts: [{ likes: 0, comments: 0, impressions: 0 }] });
        expect(zero.adjustments[0]?.reason).toBe("no impressions to measure engagement per impression: ×1");
        const twitch = estimateFlatFee({ platform: "twitch", followers: 100, posts: [{ likes: 5, comments: 0, views: 90 }] });
        expect(twitch.adjustments[0]).toMatchObject({ multiplier: 1, reason: "no engagement-per-impression yardstick for Twitch in the rate card: ×1" });
        // 1 comment over 5e-324 views overflows to Infinity engagements per view: no measurement, not ×1.1.
        const subnormal = estimateFlatFee({ platform: "instagram", followers: 0, summary: { postCount: 1, avgLikes: 0, avgComments: 1, avgViews: 5e-324 } });
        expect(subnormal.adjustments[0]).toMatchObject({ multiplier: 1, reason: "too few impressions to measure engagement per impression: ×1" });
      });

      it("does not change when only the follower count changes", () => {
        // impressions and engagements come from the posts, so neither moves with followers
        const small = estimateFlatFee({ ...measuredReels, followers: 1_000 }, { format: "reel" });
        const large = estimateFlatFee({ ...measuredReels, followers: 5_000_000 }, { format: "reel" });
        expect(multiplierOf(large, "engagement")).toBe(multiplierOf(small, "engagement"));
        expect(large.cost?.expected).toBe(small.cost?.expected);
      });
    });

    it("leaves the follower-dependent engagement signals out of the trust adjustment", () => {
      // Two posts (fewer than the pattern signal needs): the fee's trust score is the trust score with the
      // engagement-rate signal turned off, its weight handed to the other signals. Evidence without the engagement rate:
      // audit 20, follower history 10, follow ratio 5, comments per like 5 and 6, sponsored share 10: 56 of 100.
      const posts = [{ likes: 10, comments: 1, sponsored: false }, { likes: 12, comments: 1, sponsored: false }];
      const followerHistory = Array.from({ length: 10 }, (_, index) => ({ date: `2026-01-${String(index + 1).padStart(2, "0")}`, followers: 2_000 }));
      const profile = { platform: "instagram" as const, followers: 2_000, following: 300, audience: { authenticShare: 0.8 }, followerHistory, posts };
      const full = scoreTrust(profile).score ?? 50;
      const withoutEngagement = scoreTrust(profile, { weights: { engagementRate: 0 } }).score ?? 50;
      expect(withoutEngagement).not.toBe(full);
      expect(multiplierOf(estimateFlatFee(profile), "trust")).toBeCloseTo(1 + (0.1 * (withoutEngagement - 50)) / 50, 12);
    });

    it("maps the trust score linearly to ×0.9–×1.1", () => {
      // Evidence without the engagement rate: audit 20, follower history 10, follow ratio 5, comments per like 5 and 6,
      // sponsored share 10, account age 4: 60 of the weight 100, above half. One post: no pattern signal, so the fee's score is
      // the trust score with the engagement rate weighted 0.
      const history = Array.from({ length: 10 }, (_, index) => ({ date: `2026-01-${String(index + 1).padStart(2, "0")}`, followers: 10_000 + index * 10 }));
      const posts = [{ likes: 300, comments: 10, sponsored: false, publishedAt: "2026-01-05" }];
      const profile = { platform: "instagram" as const, followers: 10_000, following: 300, accountCreatedAt: "2020-01-01", audience: { authenticShare: 0.8 }, followerHistory: history, posts };
      const trust = scoreTrust(profile, { weights: { engagementRate: 0 } }).score ?? 50;
      expect(trust).toBeGreaterThan(50);
      // multiplier = 1 + 0.1 × (score − 50) / 50
      expect(multiplierOf(estimateFlatFee(profile), "trust")).toBeCloseTo(1 + (0.1 * (trust - 50)) / 50, 12);
    });

    it("moves the fee for trust only on the evidence a trust band needs: neither premium nor discount below it", () => {
      // An audit and a following count: 25 of the weight 100 (0.25 < minBandConfidence 0.5).
      // The score 80 would give ×1.06; a 0.6 audit (score 25 + 5 · 100 → (20 · 25 + 5 · 100) / 25 = 40) would give ×0.98.
      const high = estimateFlatFee({ platform: "instagram", followers: 12_000, following: 300, audience: { authenticShare: 0.8 } });
      expect(multiplierOf(high, "trust")).toBe(1);
      expect(high.adjustments.find((adjustment) => adjustment.key === "trust")?.reason).toBe(
        "trust score 80 of 100 from the signals that do not depend on the follower count (the engagement-rate signal and the pod cue of high engagement are left out: they compare engagement per follower with same-size peers): ×1, no trust adjustment on too little evidence: those signals with data carry 0.25 of the trust model's weight, less than the 0.5 (minBandConfidence) the adjustment needs (the score alone would give ×1.06, linear from ×0.9 at 0 to ×1.1 at 100)",
      );
      const low = estimateFlatFee({ platform: "instagram", followers: 12_000, following: 300, audience: { authenticShare: 0.6 } });
      expect([scoreTrust({ platform: "instagram", followers: 12_000, following: 300, audience: { authenticShare: 0.6 } }).score, multiplierOf(low, "trust")]).toEqual([40, 1]);
    });

    it("moves the fee from exactly the evidence a band needs, in the report with the caller's trust weights", () => {
      // Weights 1 for the audit and the follower history, 0 elsewhere: the audit carries 1 of the weight 2 (0.5, the
      // default minBandConfidence); audit 0.8 → 75: ×(1 + 0.1 × 25 / 50) = ×1.05.
      const profile = { platform: "instagram" as const, followers: 12_000, audience: { authenticShare: 0.8 } };
      const only = (weights: Record<string, number>): Record<string, number> => Object.fromEntries(TRUST_SIGNAL_KEYS.map((key) => [key, weights[key] ?? 0]));
      const half = scoreInfluencer(profile, { trust: { weights: only({ audienceAuthenticity: 1, followerGrowth: 1 }) } }).flatFee;
      expect(multiplierOf(half, "trust")).toBeCloseTo(1.05, 12);
      // 1 of 2.002: confidence 0.4995, just under half, as the trust score reports it: no band and ×1
      const under = scoreInfluencer(profile, { trust: { weights: only({ audienceAuthenticity: 1, followerGrowth: 1.002 }) } });
      expect([under.trust.confidence, under.trust.band, multiplierOf(under.flatFee, "trust")]).toEqual([0.4995, "unknown", 1]);
      // The engagement rate's weight counts in the total, though the fee's score leaves the signal out: 1 of 102, ×1.
      // So the fee never moves for a trust score without a band: the report's confidence is at least this share.
      const withRate = scoreInfluencer(profile, { trust: { weights: only({ audienceAuthenticity: 1, followerGrowth: 1, engagementRate: 100 }) } });
      expect(multiplierOf(withRate.flatFee, "trust")).toBe(1);
      expect(withRate.trust.band).toBe("unknown");
    });

    it("gives no premium for a trust score that reads no band, on a platform without an engagement benchmark", () => {
      // Twitch: no benchmark, so no engagement-rate signal. Audit 20, follow ratio 5, comments per like 5 and 6,
      // pattern 5, regularity 4: 45 of 100, under half: the report's trust reads no band, and the fee does not move
      // (it gave ×1.082 when the share left the engagement rate's weight out of the total: 45 of 90).
      const posts = Array.from({ length: 30 }, (_, index) => ({ publishedAt: `2026-0${1 + Math.floor(index / 28)}-${String(1 + (index % 28)).padStart(2, "0")}`, likes: 900 + 10 * index, comments: 40 }));
      const report = scoreInfluencer({ platform: "twitch", followers: 24_000, following: 100, audience: { authenticShare: 0.95 }, posts });
      expect([report.trust.confidence, report.trust.band]).toEqual([0.45, "unknown"]);
      expect(multiplierOf(report.flatFee, "trust")).toBe(1);
    });

    it("keeps the discount of a critical flag on thin evidence: the flag is a verdict", () => {
      // An audit of 0.3 real followers alone: 20 of 90 weight, but a critical audience-fake-heavy; score 0 → ×0.9
      const fee = estimateFlatFee({ platform: "instagram", followers: 12_000, audience: { authenticShare: 0.3 } });
      expect(multiplierOf(fee, "trust")).toBeCloseTo(0.9, 12);
    });

    it("says when a critical flag capped the trust score it reads", () => {
      // follow ratio (30,000 + 1) / (12,000 + 1) ≈ 2.5 ≥ 2 → sub-score 0 and a critical follow-for-follow (weight 5);
      // audience 0.95 → 100 (weight 20): weighted (20 · 100 + 5 · 0) / 25 = 80, capped at criticalFlagCap 59.9.
      // the line gives 1 + 0.1 × (59.9 − 50) / 50 = 1.0198, but a critical flag earns no premium: ×1
      const profile = { platform: "instagram" as const, followers: 12_000, following: 30_000, audience: { authenticShare: 0.95 } };
      const trust = estimateFlatFee(profile).adjustments.find((adjustment) => adjustment.key === "trust");
      expect(trust?.multiplier).toBe(1);
      expect(trust?.reason).toMatch(/^trust score 59\.9 of 100 \(capped from 80 by critical flag follow-for-follow\) from the signals that do not depend on the follower count/);
      expect(trust?.reason).toContain("×1, not ×1.02: no premium with critical flag follow-for-follow (linear from ×0.9 at 0 to ×1.1 at 100)");
      // no critical flag: no note
      const plain = estimateFlatFee({ ...profile, following: 300 }).adjustments.find((adjustment) => adjustment.key === "trust");
      expect(plain?.reason).not.toContain("capped");
      // 9 of 10 posts sponsored (≥ sponsoredShareZero 0.8): a second critical flag, listed in flag-code order
      const posts = Array.from({ length: 10 }, (_, index) => ({ likes: 500 + index * 10, comments: 20, sponsored: index < 9 }));
      const two = estimateFlatFee({ ...profile, posts }).adjustments.find((adjustment) => adjustment.key === "trust");
      expect(two?.reason).toMatch(/^trust score 59\.9 of 100 \(capped from [\d.]+ by 2 critical flags: follow-for-follow, sponsored-saturation\) from/);
      expect(two?.multiplier).toBe(1);
    });

    it("gives no premium to a critically flagged score the cap did not need to lower", () => {
      // follow ratio ≈ 2.5: follow-for-follow critical, sub-score 0 (weight 5); audience 0.78 → sub-score 70 (weight 20):
      // (20 · 70 + 5 · 0) / 25 = 56, under the cap 59.9, so nothing is capped, yet the line gives 1 + 0.1 × 6 / 50 = ×1.012
      const profile = { platform: "instagram" as const, followers: 12_000, following: 30_000, audience: { authenticShare: 0.78 } };
      const fee = estimateFlatFee(profile);
      const trust = fee.adjustments.find((adjustment) => adjustment.key === "trust");
      const score = scoreTrust(profile).score ?? 0;
      expect(scoreTrust(profile).cap).toBeNull();
      expect(score).toBeCloseTo(56, 10);
      expect(trust?.multiplier).toBe(1);
      expect(trust?.reason).toContain("×1, not ×1.012: no premium with critical flag follow-for-follow");
      expect(trust?.reason).not.toContain("capped");
    });

    it("never says ×1, not ×1: a premium too small for four digits is written with the digits that show it", () => {
      // maxEffect 0.00001: the capped score 59.9 gives 1 + 0.00001 × 9.9 / 50 = 1.00000198, which four digits write as 1
      const profile = { platform: "instagram" as const, followers: 12_000, following: 30_000, audience: { authenticShare: 0.95 } };
      const rateCard = { ...RATE_CARD, quality: { ...RATE_CARD.quality, trust: { maxEffect: 0.00001, source: "assumption: a tiny effect" } } };
      const trust = estimateFlatFee(profile, { rateCard }).adjustments.find((adjustment) => adjustment.key === "trust");
      expect(trust?.multiplier).toBe(1);
      expect(trust?.reason).toContain("×1, not ×1.000002: no premium with critical flag follow-for-follow (linear from ×0.99999 at 0 to ×1.00001 at 100)");
    });

    it("keeps the discount of a capped score below 50: the cap only takes the premium away", () => {
      // criticalFlagCap 40: the capped score 40 gives 1 + 0.1 × (40 − 50) / 50 = 0.98, below 1, so it stands and the reason says nothing more
      const profile = { platform: "instagram" as const, followers: 12_000, following: 30_000, audience: { authenticShare: 0.95 } };
      const fee = scoreInfluencer(profile, { trust: { thresholds: { criticalFlagCap: 40 } } }).flatFee;
      const trust = fee.adjustments.find((adjustment) => adjustment.key === "trust");
      expect(trust?.multiplier).toBeCloseTo(0.98, 12);
      expect(trust?.reason).not.toContain("premium");
    });

    it("marks a format without a published premium as an assumption", () => {
      const fee = estimateFlatFee(benchmarkOnly, { format: "story" });
      // minter.io Story reach 0–20k: 0.08155 → 815.5 impressions; × √75 / 1,000 = 7.0624371678620985
      expect(fee.outcomes.impressions?.expected).toBeCloseTo(815.5, 10);
      expect(fee.cost?.expected).toBeCloseTo(7.0624371678620985, 12);
      expect(fee.adjustments.find((adjustment) => adjustment.key === "format")).toMatchObject({ multiplier: 1, isAssumption: true, source: null });
    });

    it("says a format's reach rate differs only when the rate card has one for it", () => {
      // Instagram story has its own reach bands (minter.io Stories); TikTok image and Instagram text use the platform's default
      const reasonOf = (fee: FlatFeeResult): string | undefined => fee.adjustments.find((adjustment) => adjustment.key === "format")?.reason;
      expect(reasonOf(estimateFlatFee(benchmarkOnly, { format: "story" }))).toBe("no published premium for story on Instagram: ×1 (its reach rate still differs)");
      expect(reasonOf(estimateFlatFee({ platform: "tiktok", followers: 10_000 }, { format: "image" }))).toBe("no published premium for image on TikTok: ×1");
      expect(reasonOf(estimateFlatFee(benchmarkOnly, { format: "text" }))).toBe("no published premium for text on Instagram: ×1");
      // measured TikTok image posts: their own impressions, not the default reach rate
      const imagePosts = { platform: "tiktok" as const, followers: 10_000, posts: [{ format: "image" as const, likes: 10, comments: 1, views: 900 }] };
      expect(reasonOf(estimateFlatFee(imagePosts, { format: "image" }))).toBe("no published premium for image on TikTok: ×1 (its reach rate still differs)");
    });
  });

  describe("benchmarks", () => {
    it("prices YouTube views per subscriber by channel size", () => {
      // BrightBean <10k: 30–50% → √0.15 = 0.3873; 5,000 × 0.3873 = 1936.49; CPM √(15 · 30) = 21.213
      //   python3 -c "import math; print(5000*math.sqrt(.15)*math.sqrt(450)/1000)" → 41.07919181288746
      const fee = estimateFlatFee({ platform: "youtube", followers: 5_000 });
      expect(fee.outcomes.impressions?.expected).toBeCloseTo(1936.4916731037085, 9);
      expect(fee.cost?.expected).toBeCloseTo(41.07919181288746, 10);
    });

    it("never gives a bigger account fewer impressions than the top of the band below", () => {
      // 20,000 × 0.22945 = 4,589 < 20,000 × 0.3772 = 7,544 (largest 0–20k account) → 7,544
      const fee = estimateFlatFee({ platform: "instagram", followers: 20_000 });
      expect(fee.outcomes.impressions?.expected).toBeCloseTo(7_544, 9);
      expect(fee.provenance.impressions.detail).toContain("raised to the reach at the top of the band below (20,000 followers)");
    });

    it("falls back to the platform's reach when the format has none", () => {
      const fee = estimateFlatFee({ platform: "tiktok", followers: 10_000 }, { format: "live" });
      // sponsorrate TikTok 30%: 3,000 impressions
      expect(fee.outcomes.impressions?.expected).toBeCloseTo(3_000, 9);
      expect(fee.provenance.impressions.detail).toBe("10,000 followers × reach rate 0.3 (the TikTok default; no live figure)");
    });

    it("says when the fee is below the published band", () => {
      // 200,000 × 0.22885 = 45,770 impressions × √75 / 1,000 = 396.38, below the mid band $500–5,000
      const fee = estimateFlatFee({ platform: "instagram", followers: 200_000 });
      expect(fee.cost?.expected).toBeCloseTo(396.3798273121376, 9);
      expect(fee.marketRange.position).toBe("below");
      expect(fee.reasons.at(-1)).toMatch(/^the expected fee is below the published band for mid Instagram accounts \(500–5,000 USD\)/);
    });

    it("says when the fee is above the published band", () => {
      // 32.666 × 20 = 653.3 > micro $100–500
      expect(estimateFlatFee(benchmarkOnly, { demand: 20 }).marketRange.position).toBe("above");
    });

    it("says when the fee is within the published band", () => {
      // 32.666 × 5 = 163.3, within micro $100–500
      expect(estimateFlatFee(benchmarkOnly, { demand: 5 }).marketRange.position).toBe("within");
    });

    it("uses the summary's average views when there are no posts", () => {
      // 5,000 × √75 / 1,000 = 43.30127018922193
      const fee = estimateFlatFee({ platform: "instagram", followers: 10_000, summary: { postCount: 10, avgLikes: 300, avgComments: 20, avgViews: 5_000 } });
      expect(fee.outcomes.impressions?.expected).toBe(5_000);
      expect(fee.baseFee?.expected).toBeCloseTo(43.30127018922193, 12);
      expect(fee.provenance.impressions.basis).toBe("summary");
      // engagements: 300 + 20 = 320
      expect(fee.outcomes.engagements?.expected).toBe(320);
    });
  });

  describe("engagements", () => {
    it("uses the summary's average reach when it has no views", () => {
      const fee = estimateFlatFee({ platform: "instagram", followers: 10_000, summary: { postCount: 8, avgLikes: 100, avgComments: 5, avgReach: 2_500 } });
      expect(fee.provenance.impressions).toEqual({ basis: "summary", detail: "profile summary avgReach (a mean, used as the median)", source: null });
    });

    it("applies a views-based engagement estimate to the expected impressions", () => {
      // Posts are videos with views; a live deliverable has no comparable post, so impressions come from
      // the TikTok view rate (10,000 × 0.3 = 3,000) and engagements = 3,000 × the engagement model's estimate per view.
      const profile = {
        platform: "tiktok" as const,
        followers: 10_000,
        posts: [
          { format: "video" as const, likes: 300, comments: 20, views: 4_000 },
          { format: "video" as const, likes: 500, comments: 30, views: 6_000 },
          { format: "video" as const, likes: 400, comments: 25, views: 5_000 },
        ],
      };
      const estimate = scoreEngagement(profile);
      const fee = estimateFlatFee(profile, { format: "live" });
      expect(estimate.basis).toBe("views");
      expect(fee.outcomes.engagements?.expected).toBeCloseTo(3_000 * (estimate.estimate ?? 0), 9);
      expect(fee.provenance.engagements.detail).toMatch(/^impressions × engagement-rate estimate [\d.]+ \(per view\)$/);
    });

    it("leaves engagements unknown without posts, summary or engagement model", () => {
      const card = { ...RATE_CARD, reachRate: { ...RATE_CARD.reachRate, twitch: { default: [{ minFollowers: 0, expected: 0.1, source: "mine" }] as const } } };
      const fee = estimateFlatFee({ platform: "twitch", followers: 1_000 }, { rateCard: card });
      // the engagement model has no Twitch benchmark, so neither an estimate nor a peer median exists
      expect(scoreEngagement({ platform: "twitch", followers: 1_000 }).benchmark).toBeNull();
      expect(fee.outcomes.engagements).toBeNull();
      expect(fee.unitCosts.cpe).toBeNull();
      expect(fee.reasons).toContain("engagements unknown: no measured live posts, no summary and no engagement-rate estimate");
    });

    it("does not say there is no summary when engagements of another format are unknown", () => {
      // 0 followers: no engagement-rate estimate; the summary stands for Twitch's default format (live), not video
      const profile = { platform: "twitch" as const, followers: 0, summary: { postCount: 5, avgLikes: 10, avgComments: 1 } };
      expect(estimateFlatFee(profile, { format: "video" }).provenance.engagements.detail).toBe(
        "no measured video posts, a summary of live posts only and no engagement-rate estimate",
      );
    });
  });

  describe("edge cases", () => {
    it("returns a null fee with a reason when the platform has no reach benchmark", () => {
      const fee = estimateFlatFee({ platform: "twitch", followers: 10_000 });
      expect(fee.cost).toBeNull();
      expect(fee.unitCosts).toEqual({ cpm: null, cpe: null, cpc: null, cpa: null });
      expect(fee.marketRange.position).toBeNull();
      expect(fee.reasons).toContain("impressions unknown: no measured live posts and no reach benchmark for Twitch live posts in the rate card");
      expect(fee.provenance.impressions.basis).toBe("unavailable");
    });

    it("returns a null fee for 0 followers and no posts", () => {
      const fee = estimateFlatFee({ platform: "instagram", followers: 0 });
      expect(fee.cost).toBeNull();
      expect(fee.reasons[0]).toBe("fee unknown: impressions cannot be estimated");
    });

    it("counts posts without a format as the platform's default format", () => {
      const fee = estimateFlatFee({ platform: "instagram", followers: 10_000, posts: [{ likes: 10, comments: 1, reach: 2_000 }] });
      // one post: median 2,000 reach; one value gives no spread, so the card's assumed ×3 band is used
      expect(fee.outcomes.impressions?.expected).toBe(2_000);
      expect(fee.provenance.impressions.detail).toBe("median reach of 1 image post");
      expect(fee.assumptions).toContain("fewer than two measured posts with reach above 0: the impressions range uses the rate card's assumed spread");
    });

    it("gives a zero fee and null unit costs when measured posts had no impressions", () => {
      const fee = estimateFlatFee({ platform: "instagram", followers: 10_000, posts: [{ likes: 0, comments: 0, impressions: 0 }] });
      expect(fee.cost).toEqual({ low: 0, expected: 0, high: 0 });
      expect(fee.unitCosts.cpm).toBeNull();
    });

    it("accepts a profile already parsed", () => {
      expect(estimateFlatFee(parseProfile(benchmarkOnly))).toEqual(estimateFlatFee(benchmarkOnly));
    });

    it("reports other quantiles when asked", () => {
      // z(0.75) = 0.6744897501960817; 32.666 × exp(−0.67449 × √2 × 0.428626) = 21.703965301326402
      const fee = estimateFlatFee(benchmarkOnly, { quantiles: { low: 0.25, high: 0.75 } });
      expect(fee.cost?.low).toBeCloseTo(21.703965301326402, 10);
      expect(fee.assumptions[0]).toBe("expected values are medians; low and high are the 0.25 and 0.75 quantiles of lognormal distributions");
    });

    it("prices in the rate card's currency", () => {
      const card = { ...RATE_CARD, currency: "EUR", cpm: { ...RATE_CARD.cpm, instagram: { expected: 10, source: "my bookings" } } };
      const fee = estimateFlatFee(benchmarkOnly, { currency: "EUR", rateCard: card });
      // 3,772 × 10 / 1,000 = 37.72
      expect(fee.currency).toBe("EUR");
      expect(fee.cost?.expected).toBeCloseTo(37.72, 12);
      expect(fee.assumptions).toContain("the CPM is a single published figure: its range uses the rate card's assumed spread");
    });
  });
});
