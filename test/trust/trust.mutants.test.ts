// Whole sentences of the trust signals, compared in full: each reason and flag
// message says what was measured and how it was judged, and mutation testing
// (docs/quality.md) found that most of them were only checked by a prefix or
// not at all. Every number in a sentence is derived by hand in the comment
// next to it (or taken from the engagement or audience model, named there).
import { describe, expect, it } from "vitest";
import { scoreEngagement, scoreTrust, TRUST_SIGNAL_KEYS, TRUST_WEIGHTS, type InfluencerProfileInput, type PostMetricsInput, type TrustScore } from "../../src/index.js";
import { MAD_TO_SIGMA } from "../../src/trust/robustStats.js";
import { basePosts, baseProfile, isoDay, withPodEngagement, withSponsoredSaturation } from "./fixtures.js";

const factor = (result: TrustScore, key: string): TrustScore["factors"][number] | undefined => result.factors.find((item) => item.key === key);
const reasonOf = (result: TrustScore, key: string): string | undefined => factor(result, key)?.reason;
const posts = (count: number, make: (index: number) => PostMetricsInput): PostMetricsInput[] => Array.from({ length: count }, (_, index) => make(index));
const on = (profile: Partial<InfluencerProfileInput>): InfluencerProfileInput => ({ platform: "instagram", followers: 20_000, ...profile });
const daily = (counts: readonly number[]): InfluencerProfileInput["followerHistory"] => counts.map((followers, day) => ({ date: isoDay(day), followers }));
const withHistory = (counts: readonly number[]): InfluencerProfileInput => ({ platform: "instagram", followers: counts[counts.length - 1] ?? 0, followerHistory: daily(counts) });

/** The Modash benchmark the engagement model picks for Instagram creators with 10k–50k followers, in the trust model's words. */
const MODASH_10K_50K = "creators on Instagram with 10k-50k followers (Modash, Instagram Engagement Rate Calculator, undated)";

describe("trust signal sentences", () => {
  describe("audience authenticity", () => {
    // The audience model's documented sample: 20 bought-looking and 80 ordinary accounts. Its estimate is an
    // authentic share of 1 − 0.2513 = 0.7487, with a 90% interval on the fake share of [0.166, 0.360], so
    // [1 − 0.360, 1 − 0.166] = [0.640, 0.834] on the authentic share.
    const bought = { followers: 12, following: 4_100, posts: 0 };
    const ordinary = { followers: 300, following: 280, posts: 45 };
    const sample = [...Array.from({ length: 20 }, () => bought), ...Array.from({ length: 80 }, () => ordinary)];
    const estimate = "the library's estimate from 100 sampled followers is 0.749 (0.9 interval 0.64–0.834)";

    it("describes the sample estimate when there is no vendor audit", () => {
      const result = scoreTrust(on({ audience: { sample } }));
      expect(reasonOf(result, "audienceAuthenticity")).toBe(estimate);
      expect(result.flags[0]?.message).toBe("only 0.749 of followers look real (sample estimate), below the 0.75 threshold");
    });

    it("describes both when there are both, and keeps the sample in the flag's evidence", () => {
      const result = scoreTrust(on({ audience: { authenticShare: 0.6, sample } }));
      expect(reasonOf(result, "audienceAuthenticity")).toBe(`the vendor audit reports 0.6 of followers as real; ${estimate}, not used because the audit takes precedence`);
      // 0.6 < 0.75 (warning) but not < 0.5 (critical)
      expect(result.flags).toEqual([
        {
          code: "audience-fake-heavy",
          severity: "warning",
          message: "only 0.6 of followers look real (vendor audit), below the 0.75 threshold",
          evidence: { authenticShare: 0.6, source: "vendor", threshold: 0.75, sampleEstimate: 0.7487, sampleSize: 100 },
        },
      ]);
    });

    it("says what to give when there is no audience data", () => {
      expect(reasonOf(scoreTrust(on({ audience: {} })), "audienceAuthenticity")).toBe(
        "no audience data: give audience.authenticShare from an audit or audience.sample of follower accounts",
      );
    });

    it("raises no flag at exactly the warning threshold", () => {
      // 0.75 is not below 0.75
      expect(scoreTrust(on({ audience: { authenticShare: 0.75 } })).flags).toEqual([]);
    });

    it("is critical just below 0.5 and a warning at 0.5", () => {
      expect(scoreTrust(on({ audience: { authenticShare: 0.49 } })).flags[0]?.severity).toBe("critical");
      expect(scoreTrust(on({ audience: { authenticShare: 0.5 } })).flags[0]?.severity).toBe("warning");
    });
  });

  describe("engagement signals of six ordinary posts", () => {
    // likes 200, 220, …, 300 with 4 comments each on 20,000 followers
    const profile = on({ posts: posts(6, (index) => ({ likes: 200 + 20 * index, comments: 4 })) });
    const result = scoreTrust(profile);

    it("places the engagement rate among its peers", () => {
      // interactions 204 … 304, median (244 + 264) / 2 = 254; 254 / 20,000 = 0.0127, shrunk to 0.012234 (the
      // engagement model's estimate); its percentile, 64.444…, written to 3 significant digits
      expect(scoreEngagement(profile).percentile).toBeCloseTo(64.444, 3);
      expect(scoreEngagement(profile).estimate).toBeCloseTo(0.012234, 6);
      expect(reasonOf(result, "engagementRate")).toBe(`an engagement rate of 0.0127 (0.0122 once shrunk toward the peers' median) sits at percentile 64.4 of ${MODASH_10K_50K}`);
      expect(result.provenance.engagementBenchmark).toBe(MODASH_10K_50K);
    });

    it("measures comments per like as the median over posts", () => {
      // 4/200, 4/220, 4/240, 4/260, 4/280, 4/300: median (4/240 + 4/260) / 2 = (0.016667 + 0.015385) / 2 = 0.016026
      expect(reasonOf(result, "commentShare")).toBe("0.016 comments per like (median over 6 posts); the typical range is 0.01–0.1");
      // log ramp from 0.01 to 0.1: ln(1.6026) / ln(10) = 0.2047 → 20.5
      expect(reasonOf(result, "conversationDepth")).toBe("0.016 comments per like; credit rises from 0.01 to 0.1");
      expect(factor(result, "conversationDepth")?.subScore).toBe(20.5);
    });

    it("describes the pattern without a pod", () => {
      // deviations from the median 254: 50, 30, 10, 10, 30, 50 → MAD 30; 1.4826 · 30 / 254 = 0.1751
      expect(reasonOf(result, "engagementPattern")).toBe("engagement percentile 64.4, post-to-post variation 0.175, 0.016 comments per like: no pod pattern");
    });

    it("explains the score, the one deduction and the signals without data", () => {
      // weights with data (TRUST_WEIGHTS): engagement rate 10, comment share 5, pattern 5, conversation depth 6: 26 of 100 → 0.26
      // score (10 · 100 + 5 · 100 + 5 · 100 + 6 · 20.48) / 26 = 2122.9 / 26 = 81.65 → 81.6 (good: 75 ≤ 81.6 < 90)
      expect(result.reasons[0]).toBe("score 81.6 (band unknown) from 4 of 13 signals, carrying 0.26 of the total weight, less than the 0.5 a band needs");
      // only conversation depth loses points: 6/26 · (100 − 20.47) = 18.35 → 18.4
      expect(result.reasons[1]).toBe("largest deductions: conversationDepth −18.4");
      expect(result.reasons[2]).toBe(
        "no data for audienceAuthenticity, followerGrowth, followRatio, sponsoredShare, sponsoredEngagement, brandMentions, topicConcentration, postingRegularity, accountAge: their weight went to the other signals",
      );
      // the 74 of the weight without data at 0: 2,122.9 / 100 = 21.2 (low); at 100: (2,122.9 + 7,400) / 100 = 95.2 (excellent)
      expect(result.reasons[3]).toBe("with the signals without data scored from 0 to 100, the score could be anywhere from 21.2 (low) to 95.2 (excellent)");
      expect(result.reasons).toHaveLength(4);
    });
  });

  describe("engagement pods", () => {
    it("lists all three cues of the pod fixture", () => {
      // likes 1,470 … 1,530 with 0.2 comments per like: interactions 1,764, 1,782, 1,800, 1,818, 1,836 (four each);
      // deviations from 1,800: 0 (×4), 18 (×8), 36 (×8) → MAD 18; 1.4826 · 18 / 1,800 = 0.0148 ≤ 0.15 (flat);
      // percentile 99.618 (engagement model) ≥ 95 (extreme); 0.2 > 0.1 comments per like (comment-heavy)
      const result = scoreTrust(withPodEngagement());
      const described = "engagement percentile 99.6 (extreme), post-to-post variation 0.015 (flat), 0.2 comments per like (comment-heavy)";
      expect(reasonOf(result, "engagementPattern")).toBe(`${described}: 3 of 3 pod cues`);
      expect(result.flags).toEqual([
        {
          code: "engagement-pod-suspected",
          severity: "warning",
          message: `engagement looks coordinated (${described}), as in engagement pods or giveaways`,
          evidence: { cues: 3, engagementPercentile: 0.9962, variation: 0.0148, commentsPerLike: 0.2, podPercentile: 0.95, maxVariation: 0.15, commentsPerLikeHigh: 0.1 },
        },
      ]);
      // 1 − 3/3 = 0: conversation depth is multiplied by 0
      expect(reasonOf(result, "conversationDepth")).toBe("0.2 comments per like; credit rises from 0.01 to 0.1, multiplied by 0 because engagement looks pod-like");
    });

    it("discounts the conversation depth by the pattern's credit for one cue", () => {
      const commentHeavy = basePosts().map((post) => ({ ...post, comments: Math.round(post.likes * 0.15) }));
      const result = scoreTrust({ ...baseProfile(), posts: commentHeavy });
      // one cue (comment-heavy, 0.151 > 0.1): 1 − 1/3 = 0.667; depth ln(0.1508 / 0.01) / ln(10) ≥ 1 → full, × 0.667 → 66.7
      expect(reasonOf(result, "conversationDepth")).toBe("0.151 comments per like; credit rises from 0.01 to 0.1, multiplied by 0.667 because engagement looks pod-like");
      expect(factor(result, "conversationDepth")?.subScore).toBe(66.7);
      expect(reasonOf(result, "engagementPattern")).toMatch(/^engagement percentile [\d.]+, post-to-post variation [\d.]+, 0\.151 comments per like \(comment-heavy\): 1 of 3 pod cues$/u);
    });
  });

  describe("follower growth", () => {
    // 20 daily snapshots, 10,000 then 13,000 from day 10 (followerGrowth.test.ts derives the numbers):
    // +0.3 on 2026-01-10 → 2026-01-11; 3,000 of 13,000 = 0.231 of the followers came in it.
    const jump = Array.from({ length: 20 }, (_, day) => (day < 10 ? 10_000 : 13_000));

    it("describes an unexplained spike", () => {
      expect(reasonOf(scoreTrust(withHistory(jump)), "followerGrowth")).toBe(
        "20 snapshots over 19 days; unexplained spikes: 1 (10,000 → 13,000 from 2026-01-10 to 2026-01-11); 0.231 of current followers came in suspicious spikes",
      );
    });

    it("describes a purge after the spike", () => {
      // falls to 10,400 from day 15: −0.2 on 2026-01-15 → 2026-01-16; 3,000 / 10,400 = 0.288
      const purged = jump.map((count, day) => (day < 15 ? count : 10_400));
      expect(reasonOf(scoreTrust(withHistory(purged)), "followerGrowth")).toBe(
        "20 snapshots over 19 days; unexplained spikes: 1 (10,000 → 13,000 from 2026-01-10 to 2026-01-11); drops soon after a spike: 1 (13,000 → 10,400 from 2026-01-15 to 2026-01-16); 0.288 of current followers came in suspicious spikes",
      );
    });

    it("describes a history without events", () => {
      // 10,000 every day: no spike, nothing suspicious
      expect(reasonOf(scoreTrust(withHistory(Array.from({ length: 20 }, () => 10_000))), "followerGrowth")).toBe(
        "20 snapshots over 19 days; unexplained spikes: 0; none of the current followers came in suspicious spikes",
      );
    });
  });

  describe("follower growth windows, at their edges", () => {
    // The jump shows between the snapshots of 2026-01-10 (day 9, the spike's start) and 2026-01-11 (day 10, its end).
    const jump = Array.from({ length: 20 }, (_, day) => (day < 10 ? 10_000 : 13_000));
    // nine ordinary posts and one with 9,000 likes, which the engagement model calls viral (followerGrowth.test.ts)
    const regular = posts(9, (index) => ({ publishedAt: isoDay(index * 2), likes: 200 + index * 10, comments: 5 }));
    const withViralAt = (publishedAt: string): InfluencerProfileInput => ({ ...withHistory(jump), posts: [...regular, { publishedAt, likes: 9_000, comments: 300 }] });
    const spikeFlags = (profile: InfluencerProfileInput): string[] => scoreTrust(profile).flags.map((flag) => flag.code);

    it("explains a spike by a viral post from viralMatchDays (3) before its start", () => {
      expect(spikeFlags(withViralAt("2026-01-07T00:00:00Z"))).toEqual([]); // 2026-01-10 − 3 days
      expect(spikeFlags(withViralAt("2026-01-06T23:00:00Z"))).toEqual(["follower-spike"]); // an hour earlier
    });

    it("explains a spike by a viral post up to a day after its end", () => {
      expect(spikeFlags(withViralAt("2026-01-12T00:00:00Z"))).toEqual([]); // 2026-01-11 + 1 day
      expect(spikeFlags(withViralAt("2026-01-12T01:00:00Z"))).toEqual(["follower-spike"]); // an hour later
    });

    it("calls a drop a purge up to purgeWindowDays (30) after the spike", () => {
      // The spike ends on day 10; a drop showing on day 41 starts on day 40, 30 days later: a purge. On day 42: 31 days, not one.
      const dropOn = (dropDay: number): number[] => Array.from({ length: 55 }, (_, day) => (day < 10 ? 10_000 : day < dropDay ? 13_000 : 10_400));
      const purge = scoreTrust(withHistory(dropOn(41))).flags.find((flag) => flag.code === "follower-purge");
      expect(purge?.evidence["daysAfterSpike"]).toBe(30);
      expect(spikeFlags(withHistory(dropOn(42)))).toEqual(["follower-spike"]);
    });
  });

  describe("follow ratio", () => {
    it("says when the penalty is scaled down for a small account", () => {
      // (750 + 1) / (300 + 1) = 2.495; 750 / 1,500 = 0.5
      expect(reasonOf(scoreTrust({ platform: "instagram", followers: 300, following: 750 }), "followRatio")).toBe(
        "follows 750 accounts against 300 followers: ratio 2.495; below 1,500 followings the penalty is scaled by 0.5",
      );
    });

    it("says 1 account against 2,000 followers, and groups the digits of the mass-following bound", () => {
      // (1 + 1) / (2,000 + 1) = 0.0009995 and 1 / 1,500 = 0.0006667, both 0.001 at 3 decimals
      expect(reasonOf(scoreTrust({ platform: "instagram", followers: 2_000, following: 1 }), "followRatio")).toBe(
        "follows 1 account against 2,000 followers: ratio 0.001; below 1,500 followings the penalty is scaled by 0.001",
      );
    });

    it("does not scale the penalty from 1,500 followings on", () => {
      // (1,500 + 1) / (1,500 + 1) = 1: halfway between 0.5 and 2 on a log scale → 50, not scaled; 1 ≥ 0.8 → flagged
      const result = scoreTrust({ platform: "instagram", followers: 1_500, following: 1_500 });
      expect(reasonOf(result, "followRatio")).toBe("follows 1,500 accounts against 1,500 followers: ratio 1");
      expect(factor(result, "followRatio")?.subScore).toBe(50);
      expect(result.flags.map((flag) => flag.code)).toEqual(["follow-for-follow"]);
    });

    it("raises no follow-for-follow flag just below 1,500 followings", () => {
      // (1,499 + 1) / (1,499 + 1) = 1 ≥ 0.8, but 1,499 < 1,500
      expect(scoreTrust({ platform: "instagram", followers: 1_499, following: 1_499 }).flags).toEqual([]);
    });
  });

  describe("comments per like from the summary", () => {
    it("says the ratio comes from the summary averages", () => {
      // 2 / 400 = 0.005 < 0.01
      const result = scoreTrust(on({ summary: { postCount: 12, avgLikes: 400, avgComments: 2 } }));
      expect(reasonOf(result, "commentShare")).toBe("0.005 comments per like (from the summary averages); the typical range is 0.01–0.1");
      expect(result.flags[0]?.message).toBe("0.005 comments per like (from the summary averages), below the 0.01 typical minimum: likes may be bought");
    });

    it("raises no flag at exactly 0.01 comments per like", () => {
      // 4 / 400 = 0.01, not below 0.01
      expect(scoreTrust(on({ summary: { postCount: 12, avgLikes: 400, avgComments: 4 } })).flags).toEqual([]);
    });
  });

  describe("credibility", () => {
    it("describes sponsored and organic engagement", () => {
      const mix = [...posts(3, () => ({ likes: 100, comments: 2, sponsored: true })), ...posts(3, () => ({ likes: 300, comments: 6, sponsored: false }))];
      const result = scoreTrust(on({ posts: mix }));
      // interactions 102 and 306: 102 / 306 = 0.333 (0.02 comments per like, so no comment-ratio-low)
      expect(reasonOf(result, "sponsoredEngagement")).toBe("sponsored posts get 0.333 times the organic engagement (median 102 over 3 sponsored vs 306 over 3 organic posts)");
      // 3 of 6 = 0.5, not above the 0.5 saturation threshold
      expect(reasonOf(result, "sponsoredShare")).toBe("3 of 6 posts: 0.5 of posts are sponsored (full credit up to 0.2, none from 0.8)");
      expect(result.flags.map((flag) => flag.code)).toEqual(["sponsored-engagement-low"]);
    });

    it("describes a sponsored share read from the summary", () => {
      // 0.6 > 0.5 (warning), below 0.8 (critical)
      const result = scoreTrust(on({ summary: { postCount: 10, avgLikes: 300, avgComments: 10, sponsoredShare: 0.6 } }));
      expect(reasonOf(result, "sponsoredShare")).toBe("the summary: 0.6 of posts are sponsored (full credit up to 0.2, none from 0.8)");
      expect(result.flags.map((flag) => [flag.code, flag.severity])).toEqual([["sponsored-saturation", "warning"]]);
    });

    it("describes brands per sponsored post", () => {
      // max(1, ·) of 4, 5, 0: 4 + 5 + 1 = 10 over 3 posts = 3.333, at most 5
      const result = scoreTrust(on({ posts: [4, 5, 0].map((brandMentions) => ({ likes: 10, comments: 1, sponsored: true, brandMentions })) }));
      expect(reasonOf(result, "brandMentions")).toBe("3.333 brands per post on average over 3 sponsored posts (at most 5 in one)");
    });

    it("writes one brand in the singular", () => {
      // without sponsorship data only posts with at least one brand count: one post with 1 brand
      const result = scoreTrust(on({ posts: [1, 0].map((brandMentions) => ({ likes: 10, comments: 1, brandMentions })) }));
      expect(reasonOf(result, "brandMentions")).toBe("1 brand per post on average over 1 post mentioning a brand (at most 1 in one)");
    });

    it("flags brand overload from exactly 3 brands per post", () => {
      // 3 brands on each of 3 sponsored posts: mean 3 ≥ 3 (info), below 5 (warning)
      const result = scoreTrust(on({ posts: posts(3, () => ({ likes: 10, comments: 1, sponsored: true, brandMentions: 3 })) }));
      expect(result.flags.filter((flag) => flag.code === "brand-mention-overload").map((flag) => flag.severity)).toEqual(["info"]);
    });
  });

  describe("credibility thresholds, at their edges", () => {
    const flagsOf = (profile: InfluencerProfileInput, options?: Parameters<typeof scoreTrust>[1]): string[][] =>
      scoreTrust(profile, options).flags.map((flag) => [flag.code, flag.severity]);
    const mix = (sponsored: number, organic: number, sponsoredLikes: number, organicLikes: number): PostMetricsInput[] => [
      ...posts(sponsored, () => ({ likes: sponsoredLikes, comments: sponsoredLikes / 50, sponsored: true })),
      ...posts(organic, () => ({ likes: organicLikes, comments: organicLikes / 50, sponsored: false })),
    ];

    it("calls a sponsored share critical from 0.8", () => {
      // 0.8 ≥ 0.8 (sponsoredShareZero): no credit and critical
      const summary = { postCount: 10, avgLikes: 300, avgComments: 10, sponsoredShare: 0.8 };
      expect(flagsOf(on({ summary }))).toEqual([["sponsored-saturation", "critical"]]);
    });

    it("notes sponsored posts at exactly half the organic engagement", () => {
      // interactions 102 and 204 (0.02 comments per like): 102 / 204 = 0.5 ≤ 0.5; 3 of 6 sponsored = 0.5, not above 0.5
      expect(flagsOf(on({ posts: mix(3, 3, 100, 200) }))).toEqual([["sponsored-engagement-low", "info"]]);
    });

    it("needs at least one post of each kind even when minPostsPerGroup is 0", () => {
      const result = scoreTrust(on({ posts: mix(0, 3, 100, 200) }), { thresholds: { minPostsPerGroup: 0 } });
      expect(reasonOf(result, "sponsoredEngagement")).toBe("0 sponsored and 3 organic posts; at least 1 of each is needed");
    });

    it("warns from 5 brands per sponsored post", () => {
      // mean 5 ≥ 5 (brandMentionsZero): no credit, warning
      const result = scoreTrust(on({ posts: posts(2, () => ({ likes: 100, comments: 2, sponsored: true, brandMentions: 5 })) }));
      expect(result.flags.find((flag) => flag.code === "brand-mention-overload")?.severity).toBe("warning");
      expect(factor(result, "brandMentions")?.subScore).toBe(0);
    });

    it("counts only sponsored posts' brands once any post says whether it is sponsored", () => {
      // the organic post's 9 brands and the sponsored post without brandMentions are left out: 2 brands over 1 post
      const result = scoreTrust(on({ posts: [
        { likes: 100, comments: 2, sponsored: true, brandMentions: 2 },
        { likes: 100, comments: 2, sponsored: false, brandMentions: 9 },
        { likes: 100, comments: 2, sponsored: true },
      ] }));
      expect(factor(result, "brandMentions")).toMatchObject({ value: 2, subScore: 75 }); // (5 − 2) / (5 − 1) = 0.75
    });
  });

  describe("credibility sentences, computed inside the test", () => {
    it("describes a sponsored share counted from the posts", () => {
      // 12 of 20 posts sponsored: 0.6 > 0.5 (scenario b of scenarios.test.ts, there computed in a describe block)
      expect(scoreTrust(withSponsoredSaturation()).flags).toEqual([
        {
          code: "sponsored-saturation",
          severity: "warning",
          message: "12 of 20 posts (0.6) are sponsored, above the 0.5 threshold",
          evidence: { sponsoredShare: 0.6, threshold: 0.5, sponsoredPosts: 12, posts: 20 },
        },
      ]);
    });

    it("says why there is no sponsorship data", () => {
      const result = scoreTrust(on({ posts: posts(3, () => ({ likes: 100, comments: 2 })) }));
      expect(reasonOf(result, "sponsoredShare")).toBe("no post says whether it is sponsored and the summary has no sponsoredShare");
      expect(reasonOf(result, "sponsoredEngagement")).toBe("no post says whether it is sponsored");
    });

    it("needs organic posts to compare sponsored ones with", () => {
      const result = scoreTrust(on({ posts: posts(3, () => ({ likes: 100, comments: 2, sponsored: true })) }));
      expect(reasonOf(result, "sponsoredEngagement")).toBe("3 sponsored and 0 organic posts; at least 3 of each are needed");
    });

    it("calls posts mentioning brands brand posts when no post says whether it is sponsored", () => {
      // posts with at least one brand: 6 and 6 → mean 6 ≥ 5
      const result = scoreTrust(on({ posts: [6, 0, 6].map((brandMentions) => ({ likes: 10, comments: 1, brandMentions })) }));
      expect(result.flags.find((flag) => flag.code === "brand-mention-overload")?.message).toBe(
        "6 brands per brand post on average (up to 6 in one), which dilutes each endorsement",
      );
    });
  });

  describe("authority", () => {
    it("describes the posting rhythm", () => {
      // days 0, 1, 4, 5, 8: gaps 1, 3, 1, 3 → mean 2, standard deviation 1 → cv 0.5
      const result = scoreTrust(on({ posts: [0, 1, 4, 5, 8].map((day) => ({ likes: 1, comments: 0, publishedAt: isoDay(day) })) }));
      expect(reasonOf(result, "postingRegularity")).toBe("5 dated posts, one every 2 days on average, with a coefficient of variation of the gaps of 0.5");
    });

    it("says which reference date the account age was measured at", () => {
      // 2025-06-01 → 2025-07-01: 30 days
      expect(reasonOf(scoreTrust(on({ accountCreatedAt: "2025-06-01" }), { now: "2025-07-01" }), "accountAge")).toBe(
        "created 2025-06-01, 30 days before 2025-07-01 (options.now); full credit from 365 days",
      );
      // 2025-01-01 → 2025-01-11T06:00Z: 10.25 days, 10 completed days in the sentence (the value keeps 10.25)
      const fromPost = scoreTrust(on({ accountCreatedAt: "2025-01-01", posts: [{ likes: 1, comments: 0, publishedAt: "2025-01-11T06:00:00Z" }] }));
      expect(reasonOf(fromPost, "accountAge")).toBe("created 2025-01-01, 10 days before 2025-01-11T06:00:00.000Z (the latest post or snapshot); full credit from 365 days");
      expect(factor(fromPost, "accountAge")?.value).toBe(10.25);
    });

    it("uses the latest post when it is later than the last snapshot", () => {
      // posts on 2025-01-21 and 2025-01-03, last snapshot 2025-01-05: 20 days after 2025-01-01
      const result = scoreTrust(
        on({
          accountCreatedAt: "2025-01-01",
          posts: [{ likes: 1, comments: 0, publishedAt: "2025-01-21" }, { likes: 1, comments: 0, publishedAt: "2025-01-03" }],
          followerHistory: [{ date: "2025-01-05", followers: 10 }],
        }),
      );
      expect(factor(result, "accountAge")?.value).toBe(20);
    });

    it("raises account-new below 60 days only", () => {
      // 2025-05-02 → 2025-07-01: 60 days, not below 60
      expect(scoreTrust(on({ accountCreatedAt: "2025-05-02" }), { now: "2025-07-01" }).flags).toEqual([]);
    });
  });

  describe("a platform without a benchmark", () => {
    it("says which benchmark is missing, for a brand account", () => {
      const result = scoreTrust({ platform: "twitch", followers: 5_000, isBrandAccount: true, posts: posts(6, () => ({ likes: 100, comments: 5 })) });
      expect(reasonOf(result, "engagementRate")).toBe("no brand engagement benchmark for Twitch on the followers basis");
      expect(result.provenance.engagementBenchmark).toBeNull();
    });
  });

  describe("benchmarks in words", () => {
    const sixPosts = posts(6, (index) => ({ likes: 200 + 20 * index, comments: 4 }));

    it("names the audience, the platform, the source and its year, and no size for a benchmark of all sizes", () => {
      const profile: InfluencerProfileInput = { platform: "facebook", followers: 20_000, isBrandAccount: true, posts: sixPosts };
      const benchmark = scoreEngagement(profile).benchmark;
      expect([benchmark?.bucket, typeof benchmark?.year]).toEqual(["all", "number"]); // the engagement model's table
      expect(scoreTrust(profile).provenance.engagementBenchmark).toBe(`brand accounts on Facebook (${benchmark?.source}, ${benchmark?.year})`);
    });

    it("names the size of the peers and says when the source is undated", () => {
      const profile = on({ posts: sixPosts });
      expect(scoreEngagement(profile).benchmark).toMatchObject({ bucket: "10k-50k", year: null });
      expect(scoreTrust(profile).provenance.engagementBenchmark).toBe(MODASH_10K_50K);
    });
  });

  describe("bands", () => {
    // The documented example scores exactly 80: (20 · 75 + 5 · 100) / 25
    const profile: InfluencerProfileInput = { platform: "instagram", followers: 12_000, following: 300, audience: { authenticShare: 0.8 } };
    const bandWith = (questionable: number, fair: number, good: number, excellent: number): string =>
      // minBandConfidence 0: two signals carry 0.25 of the weight, too little for a band by default.
      scoreTrust(profile, { bands: { source: "test", cutoffs: { questionable, fair, good, excellent } }, thresholds: { minBandConfidence: 0 } }).band;

    it("starts each band at its cut-off, inclusive", () => {
      expect(scoreTrust(profile).score).toBe(80);
      expect(bandWith(10, 20, 30, 80)).toBe("excellent");
      expect(bandWith(10, 20, 80, 81)).toBe("good");
      expect(bandWith(10, 80, 81, 82)).toBe("fair");
      expect(bandWith(80, 81, 82, 83)).toBe("questionable");
      expect(bandWith(80.1, 81, 82, 83)).toBe("low");
    });
  });

  describe("computed inside the test", () => {
    // Stryker activates a mutant only when a test starts: results computed in a describe block (as in scoreTrust.test.ts
    // and scenarios.test.ts) are never seen with a mutant active. These repeat key numbers inside the tests.
    const threeFacets: InfluencerProfileInput = {
      platform: "instagram",
      followers: 10_000,
      following: 3_000,
      accountCreatedAt: "2025-01-01",
      audience: { authenticShare: 0.7 },
      summary: { postCount: 10, avgLikes: 0, avgComments: 0, sponsoredShare: 0.5 },
    };

    it("scores each facet as the weighted mean of its own signals", () => {
      const result = scoreTrust(threeFacets, { now: "2025-07-02" });
      // authenticity: audience (0.7 − 0.5) / 0.4 = 50 (weight 20), follow ratio 3,001 / 10,001 ≤ 0.5 → 100 (5), engagement rate
      // 0 → 0 (10): (1000 + 500 + 0) / 35 = 42.857 → 42.9; credibility: sponsored share (0.8 − 0.5) / 0.6 = 50;
      // authority: account age 182 / 365 = 49.863 → 49.9
      expect(result.facets).toEqual({ authenticity: 42.9, credibility: 50, authority: 49.9 });
    });

    it("gives each factor its share of the weight and its contribution", () => {
      const result = scoreTrust(threeFacets, { now: "2025-07-02" });
      // total weight with data 20 + 10 + 5 + 10 + 4 = 49: audience 20/49 = 0.4082, contribution 0.4082 · 50 = 20.41
      expect(factor(result, "audienceAuthenticity")).toMatchObject({ weight: 0.4082, subScore: 50, contribution: 20.41 });
      // sponsored share 10/49 = 0.2041 · 50 = 10.2
      expect(factor(result, "sponsoredShare")).toMatchObject({ weight: 0.2041, subScore: 50, contribution: 10.2 });
      // signals without data: weight 0, contribution 0
      expect(factor(result, "followerGrowth")).toMatchObject({ value: null, weight: 0, subScore: null, contribution: 0 });
    });

    it("lists the flags and their reasons in the documented code order", () => {
      const result = scoreTrust(threeFacets, { now: "2025-07-02" });
      // 0.7 < 0.75: audience-fake-heavy; engagement rate 0: engagement-too-low; no other flag (0.5 is not above 0.5)
      expect(result.flags.map((flag) => flag.code)).toEqual(["audience-fake-heavy", "engagement-too-low"]);
      expect(result.reasons.slice(-2)).toEqual(result.flags.map((flag) => `${flag.severity} ${flag.code}: ${flag.message}`));
      expect(result.reasons.at(-2)).toBe("warning audience-fake-heavy: only 0.7 of followers look real (vendor audit), below the 0.75 threshold");
    });
  });

  describe("provenance", () => {
    it("names every overridden weight and threshold, in their documented order", () => {
      const result = scoreTrust(on({ following: 10 }), { weights: { followRatio: 2, accountAge: 1 }, thresholds: { windowDays: 14, spikeZ: 4 } });
      expect(result.provenance.weights).toBe(`${TRUST_WEIGHTS.source}; overridden for followRatio, accountAge`);
      // TRUST_THRESHOLDS lists windowDays before spikeZ
      expect(result.provenance.thresholdOverrides).toEqual(["windowDays", "spikeZ"]);
    });

    it("names the default weights' source alone when none is overridden", () => {
      expect(scoreTrust(on({ following: 10 })).provenance).toMatchObject({ method: "weighted-signals", weights: TRUST_WEIGHTS.source, thresholdOverrides: [] });
    });
  });

  describe("deductions", () => {
    it("lists the largest first", () => {
      // audienceAuthenticity (0.6 − 0.5) / 0.4 = 25 (weight 20), followRatio ratio (3,001 / 1,001) = 2.998 ≥ 2 → 0 (weight 5),
      // accountAge 0 days → 0 (weight 4). Total weight 29: lost 20/29 · 75 = 51.7, 5/29 · 100 = 17.2, 4/29 · 100 = 13.8
      const result = scoreTrust({ platform: "instagram", followers: 1_000, following: 3_000, accountCreatedAt: "2025-07-01", audience: { authenticShare: 0.6 } }, { now: "2025-07-01" });
      expect(result.reasons[1]).toBe("largest deductions: audienceAuthenticity −51.7, followRatio −17.2, accountAge −13.8");
    });

    it("keeps only three when more signals lose points, a tie in signal order", () => {
      // Every signal with data scores 0: audience 0.5 (weight 20), the summary's engagement rate of 0 (10) and sponsored
      // share 0.8 (10), follow ratio 2.998 (5), account age 0 days (4); total 49. Lost: 20/49 · 100 = 40.8,
      // 10/49 · 100 = 20.4 twice (engagementRate comes before sponsoredShare in TRUST_SIGNAL_KEYS), 10.2, 8.2.
      const result = scoreTrust(
        {
          platform: "instagram",
          followers: 1_000,
          following: 3_000,
          accountCreatedAt: "2025-07-01",
          audience: { authenticShare: 0.5 },
          summary: { postCount: 10, avgLikes: 0, avgComments: 0, sponsoredShare: 0.8 },
        },
        { now: "2025-07-01" },
      );
      expect(result.score).toBe(0);
      expect(result.reasons[1]).toBe("largest deductions: audienceAuthenticity −40.8, engagementRate −20.4, sponsoredShare −20.4");
    });

    it("lists neither deductions nor missing signals when there are none", () => {
      // follow ratio (10 + 1) / (10,000 + 1) ≤ 0.5 → 100, the only signal with data; every other weight set to 0
      const weights = Object.fromEntries(TRUST_SIGNAL_KEYS.map((key) => [key, key === "followRatio" ? 1 : 0]));
      expect(scoreTrust({ platform: "instagram", followers: 10_000, following: 10 }, { weights }).reasons).toEqual([
        "score 100 (excellent) from 1 of 13 signals, carrying 1 of the total weight",
      ]);
    });

    it("does not list a signal with weight 0 among the deductions", () => {
      // follow ratio 3,001 / 1,001 ≥ 2 → 0 but weight 0; audience (0.7 − 0.5) / 0.4 = 50 carries the whole score
      const result = scoreTrust({ platform: "instagram", followers: 1_000, following: 3_000, audience: { authenticShare: 0.7 } }, { weights: { followRatio: 0 } });
      expect(result.reasons[1]).toBe("largest deductions: audienceAuthenticity −50");
      expect(factor(result, "followRatio")).toMatchObject({ subScore: 0, weight: 0, contribution: 0 });
    });

    it("gives every factor weight 0, not NaN, when the signals with data all have weight 0", () => {
      const result = scoreTrust({ platform: "x", followers: 100, following: 50 }, { weights: { followRatio: 0 } });
      expect(factor(result, "followRatio")).toMatchObject({ value: 0.504950, subScore: 100, weight: 0, contribution: 0 }); // 51 / 101
      expect(result.facets).toEqual({ authenticity: null, credibility: null, authority: null });
    });

    it("leaves out signals turned off with weight 0 from the missing ones", () => {
      const result = scoreTrust(on({ following: 10 }), { weights: { engagementRate: 0, accountAge: 0 } });
      expect(result.reasons.find((reason) => reason.startsWith("no data for "))).toBe(
        "no data for audienceAuthenticity, followerGrowth, commentShare, engagementPattern, sponsoredShare, sponsoredEngagement, brandMentions, topicConcentration, conversationDepth, postingRegularity: their weight went to the other signals",
      );
    });
  });

  describe("signal files' surviving mutants, computed inside the test", () => {
    // docs/mutation/trust.md ("The other six files"): survivors of authoritySignals.ts, authenticitySignals.ts,
    // engagementEvidence.ts and signalResult.ts that a test can tell apart. Each was checked by applying the
    // mutant by hand and seeing this file fail.
    const ordinary = (): InfluencerProfileInput => on({ posts: posts(6, (index) => ({ likes: 200 + 20 * index, comments: 4 })) });

    describe("authority", () => {
      it("counts a topic trimmed, without its leading #s and in lower case, and skips posts whose topics are all empty", () => {
        // " C# ", "##c#", "c#", "#c#" are all the topic "c#" (a # inside a name stays); "go" is another; the sixth post's
        // only topic "#" is empty, so 5 posts have topics. Weights c# 4, go 1: shares 0.8 and 0.2, index 0.64 + 0.04 = 0.68
        const topics = [[" C# "], ["##c#"], ["c#"], ["#c#"], ["go"], ["#"]];
        const result = scoreTrust(on({ posts: topics.map((names) => ({ likes: 1, comments: 0, topics: names })) }));
        expect(reasonOf(result, "topicConcentration")).toBe('the Herfindahl index is 0.68 over 2 topics in 5 posts; the main topic "c#" has a share of 0.8 (full credit from 0.18)');
      });

      it("says why conversation depth has no data when no post has likes", () => {
        const result = scoreTrust(on({ posts: posts(6, () => ({ likes: 0, comments: 3 })) }));
        expect(reasonOf(result, "conversationDepth")).toBe("no post has likes to compare comments with (likes hidden or zero)");
      });

      it("does not discount conversation depth without a pod", () => {
        // six ordinary posts: 0.016 comments per like (see "engagement signals of six ordinary posts"), no pod flag
        const result = scoreTrust(ordinary());
        expect(reasonOf(result, "conversationDepth")).toBe("0.016 comments per like; credit rises from 0.01 to 0.1");
        expect(factor(result, "conversationDepth")?.subScore).toBe(20.5);
      });

      it("measures the posting rhythm on dated posts only", () => {
        // days 0, 1, 4, 5, 8 plus two undated posts: gaps 1, 3, 1, 3 → mean 2, standard deviation 1 → cv 0.5
        const dated = [0, 1, 4, 5, 8].map((day): PostMetricsInput => ({ likes: 1, comments: 0, publishedAt: isoDay(day) }));
        const result = scoreTrust(on({ posts: [{ likes: 1, comments: 0 }, ...dated, { likes: 1, comments: 0 }] }));
        expect(reasonOf(result, "postingRegularity")).toBe("5 dated posts, one every 2 days on average, with a coefficient of variation of the gaps of 0.5");
      });

      it("measures the account age at the latest dated post, skipping undated ones", () => {
        // undated, 2025-01-03, 2025-01-21 and no follower history: the reference is 2025-01-21, 20 days after 2025-01-01
        const result = scoreTrust(
          on({
            accountCreatedAt: "2025-01-01",
            posts: [{ likes: 1, comments: 0 }, { likes: 1, comments: 0, publishedAt: "2025-01-03" }, { likes: 1, comments: 0, publishedAt: "2025-01-21" }],
          }),
        );
        expect(reasonOf(result, "accountAge")).toBe("created 2025-01-01, 20 days before 2025-01-21 (the latest post or snapshot); full credit from 365 days");
      });

      it("measures the account age at dates before 1970 too (negative epoch times)", () => {
        // 1969-01-01 → 1969-12-01: 334 days, from the latest post; the same from the last snapshot alone
        const created = { platform: "instagram", followers: 100, accountCreatedAt: "1969-01-01" } as const;
        const fromPosts = scoreTrust({ ...created, posts: [{ likes: 1, comments: 0, publishedAt: "1969-11-01" }, { likes: 1, comments: 0, publishedAt: "1969-12-01" }] });
        expect(reasonOf(fromPosts, "accountAge")).toBe("created 1969-01-01, 334 days before 1969-12-01 (the latest post or snapshot); full credit from 365 days");
        expect(factor(scoreTrust({ ...created, followerHistory: [{ date: "1969-12-01", followers: 100 }] }), "accountAge")?.value).toBe(334);
      });

      it("says when the creation date is not given", () => {
        expect(reasonOf(scoreTrust(on({ following: 10 })), "accountAge")).toBe("accountCreatedAt is not given");
      });
    });

    describe("authenticity", () => {
      it("describes a vendor audit alone when there is no sample", () => {
        expect(reasonOf(scoreTrust(on({ audience: { authenticShare: 0.9 } })), "audienceAuthenticity")).toBe("the vendor audit reports 0.9 of followers as real");
      });

      it("says why a low engagement rate is suspicious", () => {
        // six posts with 20 likes on 20,000 followers: 20 / 20,000 = 0.001, far in the bottom 0.1 of the peers
        const result = scoreTrust(on({ posts: posts(6, () => ({ likes: 20, comments: 0 })) }));
        const flag = result.flags.find((item) => item.code === "engagement-too-low");
        // shrunk toward the peers' median 0.00966 to 0.00136 (the engagement model's estimate)
        expect(flag?.message).toBe(
          `an engagement rate of 0.001 (0.00136 once shrunk toward the peers' median) is below percentile 10 of ${MODASH_10K_50K}, a sign of inactive or fake followers`,
        );
      });

      it("raises no engagement-too-low flag at exactly the threshold percentile", () => {
        // the threshold set to this profile's own percentile (the engagement model's, as a fraction): not below it
        const profile = ordinary();
        const percentile = (scoreEngagement(profile).percentile ?? Number.NaN) / 100;
        expect(scoreTrust(profile, { thresholds: { engagementLowPercentile: percentile } }).flags).toEqual([]);
      });

      describe("follower spikes", () => {
        // 10,000 followers, then +1,000 on days 10, 20 and 30 (and 40): with a flat baseline (median daily change 0) each
        // spike's excess is the whole gain, 1,000 followers; 3,000 of the final 13,000 = 0.231 came in spikes (< 0.25).
        const steps = (jumps: number, days: number): number[] => Array.from({ length: days }, (_, day) => 10_000 + 1_000 * Math.min(jumps, Math.floor(day / 10)));

        it("lists three spikes in full and flags the first of the equally large ones", () => {
          const result = scoreTrust(withHistory(steps(3, 40)));
          // each spike is listed with its counts before and after, in date order
          expect(reasonOf(result, "followerGrowth")).toBe(
            "40 snapshots over 39 days; unexplained spikes: 3 (10,000 → 11,000 from 2026-01-10 to 2026-01-11; 11,000 → 12,000 from 2026-01-20 to 2026-01-21; 12,000 → 13,000 from 2026-01-30 to 2026-01-31); 0.231 of current followers came in suspicious spikes",
          );
          const flag = result.flags.find((item) => item.code === "follower-spike");
          expect(flag?.severity).toBe("warning"); // 0.231 < 0.25
          // three spikes of 1,000 excess followers each: the first one is reported, and their excess adds up to 3,000
          expect(flag?.message).toBe(
            "followers went from 10,000 to 11,000 between 2026-01-10 and 2026-01-11, 1,000 more than the account's trend predicts, with no viral post within 3 days to explain it",
          );
          expect(flag?.evidence).toMatchObject({ spikes: 3, largestSpikeStart: "2026-01-10", excessFollowers: 3_000, anomalousGrowthShare: 0.2308 });
        });

        it("counts the spikes after the third", () => {
          // a fourth +1,000 on day 40 (13,000 → 14,000) is only counted
          expect(reasonOf(scoreTrust(withHistory(steps(4, 50))), "followerGrowth")).toContain("12,000 → 13,000 from 2026-01-30 to 2026-01-31; and 1 more)");
        });

        it("says how far above its trend a flat day of a falling account is", () => {
          // 10,000 · 0.97^t rounded, with day 16 repeating day 15's 6,333: against a baseline of ln 0.97 = −0.0305 a day,
          // the flat day gains 0.0305 ≥ 0.02 over it, a spike with no change at all. The trend predicted
          // (6,333 + 1) · 0.97 = 6,143.98 (the neighbours' rounding moves the baseline by < 1e-4), so the flat day
          // kept 6,334 − 6,143.98 = 190.02 → 190 followers more than the trend: that is what the flag must say
          const counts = Array.from({ length: 30 }, (_, day) => Math.round(10_000 * 0.97 ** (day <= 15 ? day : day - 1)));
          const result = scoreTrust(withHistory(counts));
          expect(reasonOf(result, "followerGrowth")).toContain("unexplained spikes: 1 (6,333 → 6,333 from 2026-01-16 to 2026-01-17)");
          expect(result.flags.find((item) => item.code === "follower-spike")?.message).toBe(
            "followers went from 6,333 to 6,333 between 2026-01-16 and 2026-01-17, 190 more than the account's trend predicts, with no viral post within 3 days to explain it",
          );
        });

        it("is critical from exactly anomalousGrowthShareZero", () => {
          // the threshold set to the share itself, 3,000 / 13,000
          const result = scoreTrust(withHistory(steps(3, 40)), { thresholds: { anomalousGrowthShareZero: 3_000 / 13_000 } });
          expect(result.flags.find((item) => item.code === "follower-spike")?.severity).toBe("critical");
        });

        it("is explained by a viral post, never by a dead one", () => {
          // nine ordinary posts and one with 1 like on 2026-01-10, the spike's start: the engagement model calls it dead
          const regular = posts(9, (index) => ({ publishedAt: isoDay(index * 2), likes: 200 + index * 10, comments: 5 }));
          const profile: InfluencerProfileInput = { ...withHistory(steps(1, 20)), posts: [...regular, { publishedAt: "2026-01-10", likes: 1, comments: 0 }] };
          expect(scoreEngagement(profile).outliers.map((outlier) => outlier.kind)).toEqual(["dead"]);
          expect(scoreTrust(profile).flags.map((flag) => flag.code)).toContain("follower-spike");
        });
      });

      describe("follow ratio", () => {
        it("says when the following count is not given", () => {
          expect(reasonOf(scoreTrust(on({ posts: [] })), "followRatio")).toBe("the following count is not given");
        });

        it("applies the whole penalty when massFollowing is 0", () => {
          // (0 + 1) / (20,000 + 1) ≤ 0.5 → full credit; the penalty scale is 1 (not 0 / 0)
          expect(factor(scoreTrust(on({ following: 0 }), { thresholds: { massFollowing: 0 } }), "followRatio")?.subScore).toBe(100);
        });

        it("flags follow-for-follow from exactly 0.8 and is critical from exactly 2", () => {
          // (1,599 + 1) / (1,999 + 1) = 0.8: a warning; (3,999 + 1) / (1,999 + 1) = 2: critical
          const severityAt = (following: number): (string | undefined)[] => scoreTrust({ platform: "instagram", followers: 1_999, following }).flags.map((flag) => flag.severity);
          expect(severityAt(1_599)).toEqual(["warning"]);
          expect(severityAt(3_999)).toEqual(["critical"]);
        });
      });

      describe("comments per like and pods", () => {
        it("says the ratio is a median over posts, and a low one is a warning", () => {
          // six ordinary posts: 0.016 comments per like over 6 posts (see "engagement signals of six ordinary posts")
          const result = scoreTrust(ordinary());
          expect(reasonOf(result, "commentShare")).toBe("0.016 comments per like (median over 6 posts); the typical range is 0.01–0.1");
          expect(reasonOf(result, "engagementPattern")).toBe("engagement percentile 64.4, post-to-post variation 0.175, 0.016 comments per like: no pod pattern");
          // 2 / 400 = 0.005 < 0.01 from the summary
          expect(scoreTrust(on({ summary: { postCount: 12, avgLikes: 400, avgComments: 2 } })).flags[0]?.severity).toBe("warning");
        });

        it("calls exactly 0.1 comments per like not comment-heavy", () => {
          // 10 / 100 = 0.1, not above 0.1
          expect(reasonOf(scoreTrust(on({ posts: posts(6, () => ({ likes: 100, comments: 10 })) })), "engagementPattern")).toMatch(/, 0\.1 comments per like: no pod pattern$/);
        });

        it("calls exactly podPercentile extreme", () => {
          // the threshold set to this profile's own percentile: 64.444 ≥ 64.444 (written 64.4, to 3 significant digits)
          const profile = ordinary();
          const percentile = (scoreEngagement(profile).percentile ?? Number.NaN) / 100;
          expect(reasonOf(scoreTrust(profile, { thresholds: { podPercentile: percentile } }), "engagementPattern")).toMatch(/^engagement percentile 64\.4 \(extreme\), /);
        });

        // Without followers there is no engagement rate, so no percentile and no consistency: the variation is measured
        // here. Interactions likes + 20 comments + 5 shares + 5 saves = 110, 120, 100, 110, 130, 110 → median 110,
        // deviations 0, 10, 10, 0, 20, 0 → sorted 0, 0, 0, 10, 10, 20 → MAD (0 + 10) / 2 = 5; 1.4826 · 5 / 110 = 0.0674.
        // Comments per like 20/80, 20/90, 20/70, 20/80, 20/100, 20/80 → median (0.25 + 0.25) / 2 = 0.25 > 0.1.
        const likes = [80, 90, 70, 80, 100, 80];
        const noFollowers = (): InfluencerProfileInput => ({ platform: "instagram", followers: 0, posts: likes.map((count) => ({ likes: count, comments: 20, shares: 5, saves: 5 })) });

        it("measures the variation of all interactions when the engagement model has none", () => {
          const result = scoreTrust(noFollowers());
          // two cues (flat, comment-heavy), the percentile unknown
          expect(reasonOf(result, "engagementPattern")).toBe("engagement percentile unknown, post-to-post variation 0.067 (flat), 0.25 comments per like (comment-heavy): 2 of 3 pod cues");
          expect(factor(result, "engagementPattern")?.value).toBe(2);
          expect(result.flags.find((flag) => flag.code === "engagement-pod-suspected")?.evidence).toEqual({
            cues: 2,
            engagementPercentile: null,
            variation: 0.0674,
            commentsPerLike: 0.25,
            podPercentile: 0.95,
            maxVariation: 0.15,
            commentsPerLikeHigh: 0.1,
          });
        });

        it("calls exactly podMaxVariation flat", () => {
          // the threshold set to the variation itself, MAD_TO_SIGMA · 5 / 110 (computed as the library does)
          const result = scoreTrust(noFollowers(), { thresholds: { podMaxVariation: (MAD_TO_SIGMA * 5) / 110 } });
          expect(reasonOf(result, "engagementPattern")).toContain("post-to-post variation 0.067 (flat)");
        });

        it("counts no cue it cannot measure, whatever the thresholds", () => {
          // four posts without interactions and two with 10 likes and no comment, no followers: median interactions 0 (no
          // variation) and no rate (no percentile), so neither the flat cue (0 ≤ 0.15) nor the extreme one (podPercentile 0)
          // counts; comments per like 0 / 10 = 0 is known, so the signal judges (no pod) rather than having no data
          const sparse = [...posts(4, () => ({ likes: 0, comments: 0 })), ...posts(2, () => ({ likes: 10, comments: 0 }))];
          const result = scoreTrust({ platform: "instagram", followers: 0, posts: sparse }, { thresholds: { podPercentile: 0 } });
          expect(reasonOf(result, "engagementPattern")).toBe("engagement percentile unknown, no interactions to measure variation, 0 comments per like: no pod pattern");
          expect(factor(result, "engagementPattern")?.value).toBe(0);
        });

        it("has no variation to measure without posts, when minPatternPosts is 0", () => {
          const result = scoreTrust(on({ posts: [] }), { thresholds: { minPatternPosts: 0 } });
          expect(reasonOf(result, "engagementPattern")).toBe("engagement percentile unknown, no interactions to measure variation, comments per like unknown: not enough to judge the engagement pattern");
        });
      });
    });

    describe("engagement evidence", () => {
      it("quotes only the engagement model's first reason when there is no rate", () => {
        // followers 0: the engagement model's first reason says why; its second (outliers) is not part of it
        const profile: InfluencerProfileInput = { platform: "instagram", followers: 0, posts: [...posts(9, (index) => ({ likes: 200 + index * 10, comments: 5 })), { likes: 9_000, comments: 300 }] };
        expect(scoreEngagement(profile).reasons).toHaveLength(2);
        expect(reasonOf(scoreTrust(profile), "engagementRate")).toBe("no engagement rate: followers is 0, so there is no rate per follower");
      });
    });
  });

  describe("follower-anomaly detector's surviving mutants, computed inside the test", () => {
    // docs/mutation/trust.md: survivors of detectFollowerAnomalies.ts that a whole trust score can tell apart. Flat
    // histories make the numbers exact: every other interval's daily log growth is 0, so a baseline's median is 0 and
    // its scale the floor minGainScale (0.001); an interval's z-score is its own log growth / 0.001.
    const growthOf = (profile: InfluencerProfileInput, options?: Parameters<typeof scoreTrust>[1]): string | undefined => reasonOf(scoreTrust(profile, options), "followerGrowth");
    const codes = (profile: InfluencerProfileInput, options?: Parameters<typeof scoreTrust>[1]): string[] => scoreTrust(profile, options).flags.map((flag) => flag.code);
    // `before` followers on days 0–9, `after` from day 10, over 20 daily snapshots
    const step = (before: number, after: number): number[] => Array.from({ length: 20 }, (_, day) => (day < 10 ? before : after));

    it("needs two intervals more than one snapshot has, and says one interval in the singular", () => {
      // 2026-01-01 and 2026-01-09: 8 days (≥ 7), 1 interval < 5 + 1
      const two: InfluencerProfileInput = { platform: "instagram", followers: 100, followerHistory: [{ date: "2026-01-01", followers: 100 }, { date: "2026-01-09", followers: 100 }] };
      expect(growthOf(two)).toBe("follower history has 1 interval, fewer than the 6 needed");
    });

    it("needs minBaselineIntervals + 1 intervals", () => {
      // six snapshots two days apart: 10 days, 5 intervals < 5 + 1
      const six: InfluencerProfileInput = { platform: "instagram", followers: 100, followerHistory: [0, 2, 4, 6, 8, 10].map((day) => ({ date: isoDay(day), followers: 100 })) };
      expect(growthOf(six)).toBe("follower history has 5 intervals, fewer than the 6 needed");
    });

    it("accepts a history of exactly minHistoryDays", () => {
      // eight daily snapshots: 7 days, not fewer than 7
      expect(growthOf(withHistory(Array.from({ length: 8 }, () => 10_000)))).toBe("8 snapshots over 7 days; unexplained spikes: 0; none of the current followers came in suspicious spikes");
    });

    it("calls a gain of exactly spikeMinDailyGain over the baseline a spike", () => {
      // 9,999 → 10,199: (10,199 + 1) / (9,999 + 1) = 1.02, a daily gain of e^ln(1.02) − 1 over a baseline of e^0 − 1 = 0
      const gain = Math.expm1(Math.log(10_200 / 10_000));
      expect(codes(withHistory(step(9_999, 10_199)), { thresholds: { spikeMinDailyGain: gain } })).toEqual(["follower-spike"]);
    });

    it("calls a loss of exactly dropMinDailyLoss under the baseline a drop", () => {
      // 9,999 → 9,799: 9,800 / 10,000 = 0.98, a daily loss of 1 − e^ln(0.98) under the baseline 0
      const loss = -Math.expm1(Math.log(9_800 / 10_000));
      expect(growthOf(withHistory(step(9_999, 9_799)), { thresholds: { dropMinDailyLoss: loss } })).toContain("drops with no spike before: 1 (not penalized)");
    });

    it("needs a z-score above spikeZ, not equal to it", () => {
      // 9,999 → 10,999: z = ln(11,000 / 10,000) / 0.001 = 95.3, and the threshold set to exactly that
      expect(codes(withHistory(step(9_999, 10_999)), { thresholds: { spikeZ: Math.log(11_000 / 10_000) / 0.001 } })).toEqual([]);
      // 9,999 → 8,999: z = ln(9,000 / 10,000) / 0.001 = −105.4, and −spikeZ set to exactly that: no drop
      expect(growthOf(withHistory(step(9_999, 8_999)), { thresholds: { spikeZ: -Math.log(9_000 / 10_000) / 0.001 } })).toContain("unexplained spikes: 0; none of the current");
    });

    describe("viral posts", () => {
      // nine ordinary posts; a post with 9,000 likes is viral (see "follower growth windows, at their edges")
      const regular = posts(9, (index) => ({ publishedAt: isoDay(index * 2), likes: 200 + index * 10, comments: 5 }));
      const jump = step(10_000, 13_000); // +0.3 from 2026-01-10 to 2026-01-11

      it("matches a spike whatever the order of the posts", () => {
        // newest first: a viral post on 2026-01-19 (too late) listed before the one on 2026-01-10 that explains the spike
        const profile: InfluencerProfileInput = {
          ...withHistory(jump),
          posts: [{ publishedAt: "2026-01-19", likes: 9_000, comments: 300 }, { publishedAt: "2026-01-10", likes: 9_000, comments: 300 }, ...regular],
        };
        expect(scoreEngagement(profile).outliers.map((outlier) => outlier.kind)).toEqual(["viral", "viral"]);
        expect(codes(profile)).toEqual([]);
      });

      it("skips viral posts without a date", () => {
        const profile: InfluencerProfileInput = { ...withHistory(jump), posts: [{ likes: 9_000, comments: 300 }, { publishedAt: "2026-01-10", likes: 9_000, comments: 300 }, ...regular] };
        expect(codes(profile)).toEqual([]);
      });

      it("does not count an explained spike as suspicious", () => {
        const profile: InfluencerProfileInput = { ...withHistory(jump), posts: [...regular, { publishedAt: "2026-01-10", likes: 9_000, comments: 300 }] };
        expect(growthOf(profile)).toBe(
          "20 snapshots over 19 days; unexplained spikes: 0; spikes matched to a viral post: 1 (not penalized unless a purge followed); none of the current followers came in suspicious spikes",
        );
      });
    });

    it("builds the first baseline from every interval it holds", () => {
      // windowDays 4 (half a window: 2 days). Followers + 1: 4,096 on days 0–3, then × 1.25 a day (5,120 … 15,625), so
      // the daily log growth is exactly 0, 0, 0, then g = ln 1.25 = 0.223 from interval 3 on. Interval 0 has two
      // neighbours within 2 days, fewer than 5: its baseline is the 5 nearest, intervals 1–5 = {0, 0, g, g, g}. Median g,
      // MAD 0, so the scale is the mean absolute deviation 2g / 5 · 1.2533 = 0.501g, and z = (0 − g) / 0.501g = −2.0: no
      // drop. Intervals 1–3 have the same kind of baseline (z = −2.0, −2.0 and +2.0), the later ones z = 0.
      const plusOne = [4_096, 4_096, 4_096, 4_096, 5_120, 6_400, 8_000, 10_000, 12_500, 15_625];
      expect(growthOf(withHistory(plusOne.map((count) => count - 1)), { thresholds: { windowDays: 4 } })).toBe(
        "10 snapshots over 9 days; unexplained spikes: 0; none of the current followers came in suspicious spikes",
      );
    });

    it("takes a neighbour exactly half a window away when the baseline is capped at 256", () => {
      // windowDays 20: half a window is 10 days. Around the scored interval, ending at E = 2026-01-12, hourly snapshots
      // (127 intervals ending before E, 128 after) plus one interval ending exactly 10 days before E and one exactly 10
      // days after: 257 neighbours within half a window, more than the cap of 256, so the nearest-first search fills
      // the cap: the 255 hourly ones, then (left first on a tie) the one ending at E − 10 days, which is not farther
      // than half a window. Followers + 1: 13,535 at E − 11 days, 100,001 from E − 10 days, 100,104 from E on.
      // Daily log growth: interval 0 ln(100,001 / 13,535) = 2.0, the scored one 24 · ln(100,104 / 100,001) = 0.0247,
      // all others 0. The scored interval's baseline (255 zeros and 2.0): median 0, MAD 0, so the scale is the mean
      // absolute deviation 1.2533 · 2.0 / 256 = 0.0098 and z = 0.0247 / 0.0098 = 2.5 < 3.5: not a spike. Only
      // interval 0 is (13,534 → 100,000, against its own baseline of zeros).
      const end = Date.UTC(2026, 0, 12);
      const hour = 3_600_000;
      const at = (time: number, plusOne: number): { date: string; followers: number } => ({ date: new Date(time).toISOString(), followers: plusOne - 1 });
      const history = [
        at(end - 11 * 86_400_000, 13_535),
        at(end - 10 * 86_400_000, 100_001),
        ...Array.from({ length: 127 }, (_, index) => at(end - (127 - index) * hour, 100_001)),
        at(end, 100_104),
        ...Array.from({ length: 128 }, (_, index) => at(end + (index + 1) * hour, 100_104)),
        at(end + 10 * 86_400_000, 100_104),
      ];
      const profile: InfluencerProfileInput = { platform: "instagram", followers: 100_103, followerHistory: history };
      expect(growthOf(profile, { thresholds: { windowDays: 20 } })).toContain("259 snapshots over 21 days; unexplained spikes: 1 (13,534 → 100,000 from 2026-01-01 to 2026-01-02);");
    });

    it("calls no drop a purge without a spike before it", () => {
      // 10,000, then −1,000 on days 10, 20 and 30: three drops ten days apart, no spike
      const stairs = Array.from({ length: 40 }, (_, day) => 10_000 - 1_000 * Math.floor(day / 10));
      expect(growthOf(withHistory(stairs))).toBe("40 snapshots over 39 days; unexplained spikes: 0; drops with no spike before: 3 (not penalized); none of the current followers came in suspicious spikes");
    });
  });
});
