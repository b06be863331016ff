// Every count in the compensation reasons (impressions, engagements, clicks, conversions) is written as the amounts
// of money are (amountsInReasons.test.ts): four significant digits, as before, with the whole part grouped by
// thousands, never with an exponent. A rate or multiplier in the same formulas goes through the same writer,
// so a tiny one reads the same way.
import { describe, expect, it } from "vitest";
import { compareCompensation, estimateFlatFee, estimatePayPerClick, estimateReferral, RATE_CARD, type InfluencerProfileInput, type RateCard, type ReachBands } from "../../src/index.js";
import { benchmarkOnly, measuredReels } from "./fixtures.js";

/** Instagram's default format (image) priced from a summary: its avgViews are the impressions, as measured. */
function summaryOf(avgViews: number): InfluencerProfileInput {
  return { platform: "instagram", followers: 100_000, summary: { postCount: 12, avgLikes: 2_000, avgComments: 100, avgViews } };
}

describe("counts in the compensation reasons", () => {
  it("groups the impressions of the fee formula", () => {
    // 10,000 followers × 0.3772 reach = 3,772 impressions × √75 = 8.66 CPM ÷ 1,000 = 32.67 (was "3772 × 8.66")
    expect(estimateFlatFee(benchmarkOnly).reasons[0]).toBe("fee = impressions × CPM ÷ 1,000 × adjustments = 3,772 × 8.66 ÷ 1,000 × 1 = 32.67 USD (median)");
  });

  it("groups the engagements and impressions behind the engagement adjustment", () => {
    // Median interactions 1,255 over median impressions 11,000 (fixtures.ts): percentile 92.1, ×1.084
    // (compensation.mutants.test.ts); was "(1255 ÷ 11000 impressions)"
    expect(estimateFlatFee(measuredReels, { format: "reel" }).adjustments[0]?.reason).toBe(
      "0.1141 engagements per impression (1,255 ÷ 11,000 impressions) against 0.0623 for Instagram accounts of any size: percentile 92.1, ×1.084 (linear from ×0.9 at 0 to ×1.1 at 100)",
    );
  });

  it("groups expected impressions from the reach benchmark in the engagement adjustment", () => {
    // A summary without views: engagements 2,000 + 100 = 2,100 (a summary figure), impressions 50,000 × 0.22945
    // (minter.io's 20k–100k band) = 11,472.5 → 11,470; 2,100 ÷ 11,472.5 = 0.18305 → 0.183
    // (was "(2100 ÷ 11470 expected impressions)")
    const profile: InfluencerProfileInput = { platform: "instagram", followers: 50_000, summary: { postCount: 12, avgLikes: 2_000, avgComments: 100 } };
    expect(estimateFlatFee(profile).adjustments[0]?.reason).toMatch(/^0\.183 engagements per impression \(2,100 ÷ 11,470 expected impressions\) against /u);
  });

  it("groups the clicks of the pay-per-click formula", () => {
    // 136,030 impressions × 0.01 click-through = 1,360.3 clicks → 1,360 at four significant digits;
    // min(1,360.3 × 0.8, 500) = min(1,088.24, 500) = 500 (was "min(1360 × 0.8, 500)")
    expect(estimatePayPerClick(summaryOf(136_030), { costPerClick: 0.8, cap: 500, clickThroughRate: 0.01 }).reasons[0]).toBe(
      "cost = min(clicks × cost per click, cap) = min(1,360 × 0.8, 500) = 500 USD (median)",
    );
    // Without a cap: 1,360.3 × 0.8 = 1,088.24 → 1,088
    expect(estimatePayPerClick(summaryOf(136_030), { costPerClick: 0.8, clickThroughRate: 0.01 }).reasons[0]).toBe(
      "cost = clicks × cost per click = 1,360 × 0.8 = 1,088 USD (median)",
    );
  });

  it("groups the conversions of the referral formula", () => {
    // 10,000,000 impressions × 0.01 × 0.0234 = 2,340 orders × (0.04 × 50 = 2) = 4,680 (was "2340 × 2")
    expect(estimateReferral(summaryOf(10_000_000), { averageOrderValue: 50, clickThroughRate: 0.01, conversionRate: 0.0234 }).reasons[0]).toBe(
      "payout = conversions × 2 per order = 2,340 × 2 = 4,680 USD (median)",
    );
  });

  it("groups the clicks per impression and orders per click a deal would need to cost the flat fee", () => {
    // 10,000,000 / (3,772 × 0.5) = 5,302.23 clicks per impression; 10,000,000 / (32.666478 clicks × 0.04 × 80 = 3.2)
    // = 95,664.5 orders per click → 95,660 (was "5302" and "95660")
    const { breakEven } = compareCompensation(benchmarkOnly, { costPerClick: 0.5, averageOrderValue: 80, flatFee: 10_000_000 });
    expect(breakEven.reasons).toEqual([
      "no break-even click-through rate: pay-per-click would need 5,302 clicks per impression to cost the flat fee",
      "no break-even conversion rate: the referral deal would need 95,660 orders per click to cost the flat fee",
    ]);
  });

  it("groups a large multiplier in the fee formula and the demand adjustment", () => {
    // demand ×1,000 (the largest allowed): 3,772 × 8.66 ÷ 1,000 × 1,000 = 32,666 → 32,670 (was "× 1000" and "×1000")
    const fee = estimateFlatFee(benchmarkOnly, { demand: 1_000 });
    expect(fee.reasons[0]).toBe("fee = impressions × CPM ÷ 1,000 × adjustments = 3,772 × 8.66 ÷ 1,000 × 1,000 = 32,670 USD (median)");
    expect(fee.adjustments.find((adjustment) => adjustment.key === "demand")?.reason).toBe("your demand multiplier: ×1,000");
  });

  it("writes the largest count a summary can give grouped, and its tiny rate without an exponent", () => {
    // A summary's avgViews up to Number.MAX_SAFE_INTEGER are impressions (above it they are not used:
    // hugeSummary.test.ts). Adjustments: engagement ×0.9 (2,100 ÷ 9.007e15 is percentile 0) × trust ×1 (the
    // summary's signals carry too little of the weight to move the fee) = 0.9; 9.007e15 × √75 ÷ 1,000 × 0.9 = 7.02e13,
    // at four significant digits. The rate 2.331e-13 is written out (String() gives "2.331468351712829e-13").
    const fee = estimateFlatFee(summaryOf(Number.MAX_SAFE_INTEGER));
    expect(fee.reasons[0]).toBe("fee = impressions × CPM ÷ 1,000 × adjustments = 9,007,000,000,000,000 × 8.66 ÷ 1,000 × 0.9 = 70,200,000,000,000 USD (median)");
    expect(fee.adjustments[0]?.reason).toMatch(/^0\.0000000000002331 engagements per impression \(2,100 ÷ 9,007,000,000,000,000 impressions\) /u);
  });

  it("writes a rate below 1e-98 as almost 0, as the trust sentences do", () => {
    // 1e-300 likes on average over 1,000 × 0.3772 = 377.2 expected impressions: 2.651e-303 engagements per impression,
    // percentile 0, ×0.9. The rate and the engagements were written with ~300 zeros; scoreTrust writes the same
    // summary's rate "an engagement rate of almost 0".
    const profile: InfluencerProfileInput = { platform: "instagram", followers: 1_000, summary: { postCount: 1, avgLikes: 1e-300, avgComments: 0 } };
    expect(estimateFlatFee(profile).adjustments[0]?.reason).toBe(
      "almost 0 engagements per impression (almost 0 ÷ 377.2 expected impressions) against 0.0623 for Instagram accounts of any size: percentile 0, ×0.9 (linear from ×0.9 at 0 to ×1.1 at 100)",
    );
  });

  it("writes the engagement percentile as the engagement, trust and report sentences do", () => {
    // 2,100 ÷ 13,000 = 0.16154 against 0.0623, σ = ln 3 / (2 · 1.28155) = 0.42863: z = ln(0.16154 / 0.0623) / 0.42863
    // = 2.22288, percentile 100 · Φ(z) = 98.689 → one decimal, 98.7 (was "98.69", four significant digits)
    expect(estimateFlatFee(summaryOf(13_000)).adjustments[0]?.reason).toMatch(/ against 0\.0623 for Instagram accounts of any size: percentile 98\.7, ×1\.097 /u);
    // 2,100 ÷ 1,000,000 = 0.0021: z = ln(0.0021 / 0.0623) / 0.42863 = −7.90905, 100 · Φ(z) = 100 · erfc(7.90905 / √2) / 2
    // = 1.2968e-13 → below 0.001, never 0 for a percentile that is not (was "1.297e-13")
    expect(estimateFlatFee(summaryOf(1_000_000)).adjustments[0]?.reason).toMatch(/ percentile below 0\.001, ×0\.9 /u);
    // 2,100 ÷ 160,000 = 0.013125: z = ln(0.013125 / 0.0623) / 0.42863 = −3.63357, 100 · Φ(z) = 0.013976 → three
    // significant digits, 0.0140 → "0.014" (was "0.01398")
    expect(estimateFlatFee(summaryOf(160_000)).adjustments[0]?.reason).toMatch(/ percentile 0\.014, ×0\.9 /u);
  });

  it("groups the days of usage rights, whitelisting and exclusivity", () => {
    // 3,650 days is past the card's last point (365 days, +1.25); 1,200 days of whitelisting at +0.25 and of
    // exclusivity at +0.35 per 30 days (was "3650 days", "1200 days")
    const reasons = estimateFlatFee(benchmarkOnly, { usageRightsDays: 3_650, whitelistingDays: 1_200, exclusivityDays: 1_200 }).adjustments.slice(-3).map((adjustment) => adjustment.reason);
    expect(reasons).toEqual([
      "3,650 days of usage rights: +1.25 of the base",
      "1,200 days of whitelisting (paid ads from the creator's handle): +0.25 of the base per 30 days",
      "1,200 days of category exclusivity: +0.35 of the base per 30 days",
    ]);
  });

  describe("counts of posts and sampled followers", () => {
    /** `count` reel posts, each with `impressions` impressions, 1% of them clicked and 10 likes (none with 0 impressions). */
    function reels(count: number, impressions: number): NonNullable<InfluencerProfileInput["posts"]>[number][] {
      return Array.from({ length: count }, () => (impressions === 0 ? { format: "reel", likes: 0, comments: 0, impressions: 0 } : { format: "reel", likes: 10, comments: 0, impressions, clicks: impressions / 100 }));
    }

    it("groups the posts the measured impressions, engagements and click-through rate come from", () => {
      // 1,200 reels of 2,000 impressions, 20 clicks and 10 likes each (was "of 1200 reel posts")
      const provenance = estimateFlatFee({ platform: "instagram", followers: 50_000, posts: reels(1_200, 2_000) }, { format: "reel" }).provenance;
      expect([provenance.impressions.detail, provenance.engagements.detail, provenance.clickThroughRate.detail]).toEqual([
        "median impressions of 1,200 reel posts",
        "median likes + comments + shares + saves of 1,200 reel posts",
        "median clicks per impression of 1,200 reel posts",
      ]);
    });

    it("groups the posts that reached no one", () => {
      // 1,300 of 2,000 reels at 0 impressions: the median is 0 (was "(1300 of 2000 reel posts have 0 impressions)")
      const fee = estimateFlatFee({ platform: "instagram", followers: 50_000, posts: [...reels(1_300, 0), ...reels(700, 2_000)] }, { format: "reel" });
      expect(fee.reasons).toContain("the median reel post reached no one (1,300 of 2,000 reel posts have 0 impressions): expected impressions, clicks and conversions are 0");
    });

    it("makes the verb agree when one post reached no one", () => {
      // 1 reel of 1 at 0 impressions, and 2 of 3: the verb agrees with the post when there is one, else with the
      // count, as the audience reasons do ("0 of 1 sampled account has"); was "1 of 1 reel post have"
      const reasonOf = (posts: ReturnType<typeof reels>): string | undefined =>
        estimateFlatFee({ platform: "instagram", followers: 50_000, posts }, { format: "reel" }).reasons.find((reason) => reason.includes("reached no one"));
      expect(reasonOf(reels(1, 0))).toBe("the median reel post reached no one (1 of 1 reel post has 0 impressions): expected impressions, clicks and conversions are 0");
      expect(reasonOf([...reels(2, 0), ...reels(1, 2_000)])).toBe(
        "the median reel post reached no one (2 of 3 reel posts have 0 impressions): expected impressions, clicks and conversions are 0",
      );
    });

    it("groups the followers an audience estimate was sampled from", () => {
      // 1,200 sampled accounts that all look real; the share itself is the audience model's (was "estimate from 1200 sampled followers")
      const sample = Array.from({ length: 1_200 }, () => ({ followers: 300, following: 280, posts: 45 }));
      const assumptions = estimateFlatFee({ platform: "instagram", followers: 10_000, audience: { sample } }).assumptions;
      expect(assumptions.find((assumption) => assumption.startsWith("only real followers see posts"))).toMatch(/ \(estimate from 1,200 sampled followers\) over a typical account's /u);
    });
  });
});

describe("a count of one follower in the provenance", () => {
  it("says 1 follower, not 1 followers, in the benchmark impressions and engagements", () => {
    // 1 follower × 0.3772 reach (minter.io); engagements 1 × the peer median per follower (Modash, Instagram 1k–5k
    // stands in for the smallest accounts: 0.03865)
    const provenance = estimateFlatFee({ platform: "instagram", followers: 1 }).provenance;
    expect(provenance.impressions.detail).toBe("1 follower × reach rate 0.3772");
    expect(provenance.engagements.detail).toBe("1 follower × peer median engagement rate 0.03865 (per follower)");
  });

  /** Instagram's card with `bands` as the reach bands of `format`. */
  function cardWith(format: "default" | "reel", bands: ReachBands): RateCard {
    return { ...RATE_CARD, reachRate: { ...RATE_CARD.reachRate, instagram: { ...RATE_CARD.reachRate.instagram, [format]: bands } } };
  }

  it("says 1 follower at a caller's reach band that starts at 1", () => {
    // A band from 0 at 0.5 and one from 1 at 1e-7: 1,000,000 × 1e-7 = 0.1 impressions, raised to the 1 × 0.5 = 0.5 of
    // the band below's largest account (1 follower); that account's nano conversion rate 0.0241 is above the 0.01281
    // interpolated for 1,000,000 followers, so the conversion rate is raised to it too.
    const floored = cardWith("default", [
      { minFollowers: 0, expected: 0.5, source: "mine" },
      { minFollowers: 1, expected: 1e-7, source: "mine" },
    ]);
    const provenance = estimateFlatFee({ platform: "instagram", followers: 1_000_000 }, { rateCard: floored }).provenance;
    expect(provenance.impressions.detail).toBe(
      "1,000,000 followers × reach rate 0.0000001, raised to the reach at the top of the band below (1 follower) so that more followers never mean fewer impressions",
    );
    expect(provenance.conversionRate.detail).toMatch(/, raised to 0\.0241 to match the conversions at the top of the reach band below \(1 follower\) so that /u);
    // Reels at 0.1, 0.5 from 1 follower, 0.1 from 2: at 5 followers the reel-over-image ratio 0.1 ÷ 0.3772 is below the
    // 0.5 ÷ 0.3772 = 1.326 of an account of 1 follower, which is kept.
    const kept = cardWith("reel", [
      { minFollowers: 0, expected: 0.1, source: "mine" },
      { minFollowers: 1, expected: 0.5, source: "mine" },
      { minFollowers: 2, expected: 0.1, source: "mine" },
    ]);
    const summary = { postCount: 3, avgLikes: 1, avgComments: 0, avgViews: 10 };
    expect(estimateFlatFee({ platform: "instagram", followers: 5, summary }, { rateCard: kept, format: "reel" }).provenance.impressions.detail).toBe(
      "profile summary avgViews (a mean, used as the median) × 1.326 for reel posts (reel reach rate 0.5 ÷ image reach rate 0.3772 at 1 follower: a smaller band's ratio is kept, so that more followers never mean fewer impressions)",
    );
  });
});

describe("the caller's rates in the provenance", () => {
  it("writes a tiny click-through or conversion rate option out, as given, never as an exponent", () => {
    // String(1.2e-7) is "1.2e-7" and String(5e-9) "5e-9" (were the text here): the same digits, written out
    const fee = estimateFlatFee(benchmarkOnly, { clickThroughRate: 1.2e-7, conversionRate: 5e-9 });
    expect(fee.provenance.clickThroughRate.detail).toBe("clickThroughRate option 0.00000012");
    expect(fee.provenance.conversionRate.detail).toBe("conversionRate option 0.000000005");
  });
});
