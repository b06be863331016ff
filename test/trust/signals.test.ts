import { describe, expect, it } from "vitest";
import { scoreEngagement, scoreTrust, type InfluencerProfileInput, type PostMetricsInput, type TrustScore } from "../../src/index.js";
import { baseProfile, basePosts, isoDay } from "./fixtures.js";

const factor = (result: TrustScore, key: string): TrustScore["factors"][number] | undefined => result.factors.find((item) => item.key === key);
const flag = (result: TrustScore, code: string): TrustScore["flags"][number] | undefined => result.flags.find((item) => item.code === code);
const posts = (count: number, make: (index: number) => PostMetricsInput): PostMetricsInput[] => Array.from({ length: count }, (_, index) => make(index));
const on = (profile: Partial<InfluencerProfileInput>): InfluencerProfileInput => ({ platform: "instagram", followers: 20_000, ...profile });

describe("trust signals", () => {
  describe("audience authenticity", () => {
    it("raises a critical audience-fake-heavy below 0.5", () => {
      const result = scoreTrust(on({ audience: { authenticShare: 0.4 } }));
      expect(flag(result, "audience-fake-heavy")?.severity).toBe("critical");
      expect(factor(result, "audienceAuthenticity")?.subScore).toBe(0); // 0.4 < 0.5: bottom of the ramp
    });

    it("gives full credit from 0.9", () => {
      expect(factor(scoreTrust(on({ audience: { authenticShare: 0.95 } })), "audienceAuthenticity")?.subScore).toBe(100);
    });

    describe("from a follower sample", () => {
      // The audience model's documented example: 20 bought-looking and 80 ordinary accounts give a fake
      // share of (0.2 + 0.9692 − 1) / (0.7041 + 0.9692 − 1) = 0.2513, so an authentic share of 0.7487.
      const bought = { followers: 12, following: 4_100, posts: 0 };
      const ordinary = { followers: 300, following: 280, posts: 45 };
      const sample = [...Array.from({ length: 20 }, () => bought), ...Array.from({ length: 80 }, () => ordinary)];

      it("uses the library's estimate when no vendor share is given", () => {
        const result = scoreTrust(on({ audience: { sample } }));
        expect(factor(result, "audienceAuthenticity")?.value).toBeCloseTo(0.7487, 4);
        // (0.7487 − 0.5) / 0.4 = 0.6218 → 62.2
        expect(factor(result, "audienceAuthenticity")?.subScore).toBeCloseTo(62.2, 1);
        expect(result.provenance.audience).toBe("sample");
        expect(flag(result, "audience-fake-heavy")?.evidence).toMatchObject({ source: "sample", sampleSize: 100, threshold: 0.75 });
      });

      it("prefers the vendor share and mentions the sample estimate", () => {
        const result = scoreTrust(on({ audience: { authenticShare: 0.9, sample } }));
        expect(factor(result, "audienceAuthenticity")?.value).toBe(0.9);
        expect(factor(result, "audienceAuthenticity")?.reason).toMatch(/^the vendor audit reports 0\.9 of followers as real; the library's estimate from 100 sampled followers is 0\.749/);
        expect(result.provenance.audience).toBe("vendor");
      });

      it("says an interval collapsed by the correction's clipping is not a certainty", () => {
        // 0 of 100 flagged: the 90% Wilson interval of the observed rate is [0, z² / (n + z²)] = [0, 2.7055 / 102.7055]
        // = [0, 0.0263]; corrected, (0.0263 + 0.9692 − 1) / 0.6733 < 0 and (0 + 0.9692 − 1) / 0.6733 < 0 are both
        // clipped to 0, so the fake share's interval is [0, 0] and the authentic share's 1 − 0 to 1 − 0. It read "interval 1–1".
        const none = scoreTrust(on({ audience: { sample: Array.from({ length: 100 }, () => ordinary) } }));
        expect(factor(none, "audienceAuthenticity")?.reason).toBe(
          "the library's estimate from 100 sampled followers is 1 (0.9 interval clipped to 1 at both ends by the correction, not a certainty)",
        );
        // 100 of 100 flagged: Wilson lower bound 100 / 102.7055 = 0.9737; (0.9737 + 0.9692 − 1) / 0.6733 = 1.40 > 1, clipped to 1: real share 0 to 0.
        const all = scoreTrust(on({ audience: { sample: Array.from({ length: 100 }, () => bought) } }));
        expect(factor(all, "audienceAuthenticity")?.reason).toBe(
          "the library's estimate from 100 sampled followers is 0 (0.9 interval clipped to 0 at both ends by the correction, not a certainty)",
        );
      });

      it("passes the audience options to the estimator", () => {
        const strict = scoreTrust(on({ audience: { sample } }), { audience: { sensitivity: 0.9, specificity: 0.99 } });
        // observed 0.2: (0.2 + 0.99 − 1) / (0.9 + 0.99 − 1) = 0.19 / 0.89 = 0.2135 fake → 0.7865 real
        expect(factor(strict, "audienceAuthenticity")?.value).toBeCloseTo(0.7865, 4);
      });

      it("says a zero width comes from a tiny level, not from the correction, when nothing was clipped", () => {
        // Level 5e-324: z = 0, so the interval of 20 / 100 is [0.2, 0.2], corrected 0.2513 at both ends, inside [0, 1];
        // it said "clipped to 0.749 at both ends by the correction". 5e-324 is below the 1e-98 showDecimals writes out, so
        // the level reads "almost 0", as in the audience reasons (it read "5e-324 interval").
        const result = scoreTrust(on({ audience: { sample } }), { audience: { confidenceLevel: 5e-324 } });
        expect(factor(result, "audienceAuthenticity")?.reason).toBe(
          "the library's estimate from 100 sampled followers is 0.749 (almost 0 interval 0.749 at both ends, zero width only because the level is so low, not a certainty)",
        );
        // 1e-98 is the smallest level written out: 0. then 97 zeros then 1 (3 significant digits, 1.00).
        const written = scoreTrust(on({ audience: { sample } }), { audience: { confidenceLevel: 1e-98 } });
        expect(factor(written, "audienceAuthenticity")?.reason).toContain(`(0.${"0".repeat(97)}1 interval 0.749 at both ends, zero width`);
      });

      it("writes a level just below 1 with the digits that keep it below 1, and a finite interval", () => {
        // 3 decimals wrote 0.9999999999 as "1 interval", a certainty. At 1 − 2⁻⁵³ = 0.9999999999999999 the interval was
        // NaN–NaN; z = −Φ⁻¹(2⁻⁵⁴) = 8.292361075813595 (python3 statistics.NormalDist), Wilson for 20 of 100 at that z is
        // [0.0391561, 0.6053162]; corrected, (· + 0.9692 − 1) / 0.6733, the fake share is [0.0124107, 0.8532842],
        // so the real share runs 1 − 0.8532842 = 0.147 to 1 − 0.0124107 = 0.988.
        const near = scoreTrust(on({ audience: { sample } }), { audience: { confidenceLevel: 0.9999999999 } });
        expect(factor(near, "audienceAuthenticity")?.reason).toMatch(/^the library's estimate from 100 sampled followers is 0\.749 \(0\.9999999999 interval /u);
        const edge = scoreTrust(on({ audience: { sample } }), { audience: { confidenceLevel: 1 - 2 ** -53 } });
        expect(factor(edge, "audienceAuthenticity")?.reason).toBe("the library's estimate from 100 sampled followers is 0.749 (0.9999999999999999 interval 0.147–0.988)");
      });
    });
  });

  describe("engagement rate", () => {
    it("raises engagement-too-low for engagement in the bottom decile of peers", () => {
      // 20 likes per post on 20,000 followers is 0.1 per 100 followers, far below the 10k–50k low cut-off of 0.39.
      const result = scoreTrust(on({ posts: posts(20, (index) => ({ likes: 18 + (index % 5), comments: 1 })) }));
      const found = flag(result, "engagement-too-low");
      expect(found?.severity).toBe("warning");
      expect(found?.evidence["threshold"]).toBe(0.1);
      expect(Number(found?.evidence["percentile"])).toBeLessThan(0.1);
    });

    it("never writes a small engagement rate as 0", () => {
      // 10 posts with 300, 310, …, 390 likes and 8 comments on 1,000,000 followers: interactions 308 … 398,
      // median (348 + 358) / 2 = 353; 353 / 1,000,000 = 0.000353, which 3 decimals would write as 0
      const result = scoreTrust(on({ followers: 1_000_000, posts: posts(10, (index) => ({ likes: 300 + 10 * index, comments: 8 })) }));
      // the shrunk estimate, 0.000534, is named too: it is the rate the percentile is of
      expect(flag(result, "engagement-too-low")?.message).toMatch(/^an engagement rate of 0\.000353 \(0\.000534 once shrunk toward the peers' median\) is below percentile 10 of /u);
      // its percentile, about 0.0000023, reads "below 0.001" (was written out, "0.0000023")
      expect(factor(result, "engagementRate")?.reason).toMatch(/^an engagement rate of 0\.000353 \(0\.000534 once shrunk toward the peers' median\) sits at percentile below 0\.001 of /u);
    });

    it("names the shrunk rate the percentile is of, so a high measured rate is not read as the percentile's", () => {
      // One post: 2,050 interactions on 10,000 followers is 0.205, shrunk to 0.0335 (scoreEngagement's estimate),
      // which sits at percentile 94.3; a rate of 0.205 itself would be far above every cut-off.
      const profile = on({ followers: 10_000, posts: [{ likes: 2_000, comments: 50 }] });
      expect(scoreEngagement(profile).estimate).toBeCloseTo(0.0335, 4);
      expect(factor(scoreTrust(profile), "engagementRate")?.reason).toMatch(/^an engagement rate of 0\.205 \(0\.0335 once shrunk toward the peers' median\) sits at percentile 94\.3 of /u);
      // the flag's evidence carries both
      const low = flag(scoreTrust(on({ followers: 1_000_000, posts: posts(10, (index) => ({ likes: 300 + 10 * index, comments: 8 })) })), "engagement-too-low");
      expect([low?.evidence["engagementRate"], low?.evidence["estimate"]]).toEqual([0.000353, 0.000534]);
    });

    it("writes the percentile on the 0–100 scale in its reason", () => {
      const result = scoreTrust(on({ posts: posts(20, (index) => ({ likes: 18 + (index % 5), comments: 1 })) }));
      const engagement = factor(result, "engagementRate");
      // The factor's value is the percentile as a fraction (0.001725 here); the sentence shows it × 100 (0.1725) to one
      // decimal, as the engagement model writes it: 0.2.
      expect(engagement?.value).toBeCloseTo(0.001725, 5);
      expect(engagement?.reason).toContain("sits at percentile 0.2 of ");
    });

    it("gives full credit at or above the peer median", () => {
      const result = scoreTrust(baseProfile());
      expect(factor(result, "engagementRate")?.subScore).toBe(100);
    });

    it("has no data without a benchmark", () => {
      const result = scoreTrust({ platform: "twitch", followers: 5_000, posts: posts(6, () => ({ likes: 100, comments: 5 })) });
      expect(factor(result, "engagementRate")?.value).toBeNull();
      expect(factor(result, "engagementRate")?.reason).toBe("no creator engagement benchmark for Twitch on the followers basis");
    });

    it("has no data without a rate, and says why", () => {
      const result = scoreTrust({ platform: "instagram", followers: 0, posts: posts(6, () => ({ likes: 100, comments: 5 })) });
      expect(factor(result, "engagementRate")?.reason).toBe("no engagement rate: followers is 0, so there is no rate per follower");
    });
  });

  describe("follow ratio", () => {
    it("gives half credit at a ratio of 1 and flags follow-for-follow", () => {
      // (2,000 + 1) / (2,000 + 1) = 1: halfway between 0.5 and 2 on a log scale → 50
      const result = scoreTrust({ platform: "instagram", followers: 2_000, following: 2_000 });
      expect(factor(result, "followRatio")).toMatchObject({ value: 1, subScore: 50 });
      expect(flag(result, "follow-for-follow")).toEqual({
        code: "follow-for-follow",
        severity: "warning",
        message: "follows 2,000 accounts against 2,000 followers (ratio 1), the pattern of follow-for-follow growth",
        evidence: { following: 2000, followers: 2000, followRatio: 1, threshold: 0.8, massFollowing: 1500 },
      });
    });

    it("says 1 account and 1 follower, not 1 accounts and 1 followers", () => {
      // (1 + 1) / (1 + 1) = 1 ≥ 0.8 and 1 following ≥ massFollowing 1 → flagged
      const result = scoreTrust({ platform: "instagram", followers: 1, following: 1 }, { thresholds: { massFollowing: 1 } });
      expect(flag(result, "follow-for-follow")?.message).toBe("follows 1 account against 1 follower (ratio 1), the pattern of follow-for-follow growth");
      expect(factor(result, "followRatio")?.reason).toBe("follows 1 account against 1 follower: ratio 1");
    });

    it("is critical from a ratio of 2", () => {
      // (5,000 + 1) / (1,000 + 1) = 4.996 ≥ 2 → no credit
      const result = scoreTrust({ platform: "instagram", followers: 1_000, following: 5_000 });
      expect(flag(result, "follow-for-follow")?.severity).toBe("critical");
      expect(factor(result, "followRatio")?.subScore).toBe(0);
    });

    it("scales the penalty for accounts that follow fewer than 1,500", () => {
      // ratio 751 / 301 = 2.495 → ratio credit 0; scale 750 / 1,500 = 0.5 → 1 − 0.5 · 1 = 0.5
      const result = scoreTrust({ platform: "instagram", followers: 300, following: 750 });
      expect(factor(result, "followRatio")?.subScore).toBe(50);
      expect(result.flags).toEqual([]);
    });

    it("applies the full penalty at any size when massFollowing is 0", () => {
      // ratio 751 / 301 = 2.495 ≥ 2 → 0, with no scaling
      const result = scoreTrust({ platform: "instagram", followers: 300, following: 750 }, { thresholds: { massFollowing: 0 } });
      expect(factor(result, "followRatio")?.subScore).toBe(0);
    });

    it("caps the ratio at 1,000", () => {
      const result = scoreTrust({ platform: "instagram", followers: 0, following: 5_000_000 });
      expect(factor(result, "followRatio")?.value).toBe(1000);
    });
  });

  describe("comments per like", () => {
    const lowComments = posts(6, (index) => ({ likes: 1_000 + index, comments: 5 }));

    it("raises comment-ratio-low below 0.01 comments per like", () => {
      const result = scoreTrust(on({ posts: lowComments }));
      // comments per like 5 / 1,000 … 5 / 1,005; median of six = (5/1,002 + 5/1,003) / 2 = 0.00498753,
      // reported to 6 decimals
      expect(factor(result, "commentShare")?.value).toBe(0.004988);
      // log ramp from 0.001 to 0.01: ln(4.9875) / ln(10) = 0.6979 → 69.8
      expect(factor(result, "commentShare")?.subScore).toBe(69.8);
      expect(flag(result, "comment-ratio-low")?.evidence).toMatchObject({ threshold: 0.01, posts: 6, from: "posts" });
    });

    it("never writes a small number of comments per like as 0", () => {
      // 4 comments on 10,000 likes on every post: 0.0004 comments per like, which 3 decimals would write as 0
      const result = scoreTrust(on({ posts: posts(6, () => ({ likes: 10_000, comments: 4 })) }));
      expect(flag(result, "comment-ratio-low")?.message).toBe("0.0004 comments per like (median over 6 posts), below the 0.01 typical minimum: likes may be bought");
    });

    it("uses the summary averages when there are no posts", () => {
      const result = scoreTrust(on({ summary: { postCount: 12, avgLikes: 400, avgComments: 2 } }));
      // 2 / 400 = 0.005
      expect(factor(result, "commentShare")?.value).toBe(0.005);
      expect(flag(result, "comment-ratio-low")?.evidence).toEqual({ commentsPerLike: 0.005, threshold: 0.01, posts: 0, from: "summary" });
    });

    it("has no data when likes are hidden", () => {
      const result = scoreTrust(on({ summary: { postCount: 12, avgLikes: 0, avgComments: 2 } }));
      expect(factor(result, "commentShare")?.reason).toBe("no post has likes to compare comments with (likes hidden or zero)");
      expect(factor(result, "conversationDepth")?.value).toBeNull();
    });

    it("has no data, not Infinity, when the average likes are so small the ratio overflows", () => {
      // 2 / 5e-324 = Infinity in floating point: found by the property suite
      const result = scoreTrust(on({ summary: { postCount: 12, avgLikes: Number.MIN_VALUE, avgComments: 2 } }));
      expect(factor(result, "commentShare")).toMatchObject({ value: null, subScore: null });
      expect(factor(result, "conversationDepth")?.value).toBeNull();
      expect(JSON.stringify(result)).not.toMatch(/Infinity|null,"subScore":100/u);
    });

    it("reports a huge but finite ratio as is, not rounded to Infinity", () => {
      // 180 / 1e-300 = 1.8e302; rounding it to 6 decimals (× 1e6) overflowed: found by the property suite
      const result = scoreTrust(on({ summary: { postCount: 1, avgLikes: 1e-300, avgComments: 180 } }));
      expect(factor(result, "commentShare")?.value).toBe(180 / 1e-300);
      expect(factor(result, "conversationDepth")?.value).toBe(180 / 1e-300);
    });

    it("rises across the typical range for conversation depth", () => {
      // 0.0316 comments per like is halfway between 0.01 and 0.1 on a log scale → 50
      const result = scoreTrust(on({ posts: posts(6, (index) => ({ likes: 10_000 * (index + 1), comments: 316 * (index + 1) })) }));
      expect(factor(result, "conversationDepth")?.subScore).toBeCloseTo(50, 0);
    });

    it("skips posts with no likes (likes hidden), so they never look comment-heavy", () => {
      const hidden = [...posts(5, () => ({ likes: 0, comments: 40 })), { likes: 1_000, comments: 20 }];
      const result = scoreTrust(on({ posts: hidden }));
      // only the post with likes counts: 20 / 1,000 = 0.02
      expect(factor(result, "commentShare")?.value).toBe(0.02);
      expect(result.flags.map((item) => item.code)).not.toContain("engagement-pod-suspected");
    });
  });

  describe("engagement pattern", () => {
    it("raises an info flag for comment-heavy engagement alone", () => {
      const commentHeavy = basePosts().map((post) => ({ ...post, comments: Math.round(post.likes * 0.15) }));
      const result = scoreTrust({ ...baseProfile(), posts: commentHeavy });
      expect(flag(result, "engagement-pod-suspected")?.severity).toBe("info");
      // one cue of three: 1 − 1/3 → 66.7
      expect(factor(result, "engagementPattern")).toMatchObject({ value: 1, subScore: 66.7 });
    });

    it("raises a warning for extreme and flat engagement without heavy comments", () => {
      const flat = posts(10, (index) => ({ likes: 2_000 + (index % 2) * 20, comments: 40 }));
      const result = scoreTrust(on({ posts: flat }));
      expect(flag(result, "engagement-pod-suspected")?.severity).toBe("warning");
      expect(factor(result, "engagementPattern")).toMatchObject({ value: 2, subScore: 33.3 });
    });

    it("needs six posts", () => {
      const result = scoreTrust(on({ posts: posts(5, () => ({ likes: 100, comments: 5 })) }));
      expect(factor(result, "engagementPattern")?.reason).toBe("5 posts given; at least 6 are needed to judge the engagement pattern");
    });

    it("measures the variation itself when the engagement model has no per-post rates", () => {
      // On the reach basis posts without reach have no rate, so the engagement model reports no consistency.
      const result = scoreTrust(on({ posts: posts(6, (index) => ({ likes: 100 + index * 30, comments: 5 })) }), { engagement: { basis: "reach" } });
      expect(factor(result, "engagementPattern")?.reason).toMatch(/^engagement percentile unknown, post-to-post variation \d/);
    });

    it("reports no variation when most posts have no interactions", () => {
      // median interactions 0 → no variation; the posts with likes have 0.5 comments per like → comment-heavy
      const sparse = [...posts(4, () => ({ likes: 0, comments: 0 })), ...posts(2, () => ({ likes: 10, comments: 5 }))];
      const found = flag(scoreTrust(on({ posts: sparse })), "engagement-pod-suspected");
      expect(found?.evidence).toMatchObject({ variation: null, commentsPerLike: 0.5 });
    });

    it("can suspect a pod with likes hidden, from extreme and flat engagement", () => {
      // no likes: comments per like unknown; 300 comments on 1,000 followers every time: extreme and flat
      const hidden = posts(8, (index) => ({ likes: 0, comments: 300 + (index % 2) }));
      const found = flag(scoreTrust({ platform: "instagram", followers: 1_000, posts: hidden }), "engagement-pod-suspected");
      expect(found?.evidence).toMatchObject({ cues: 2, commentsPerLike: null });
    });

    it("handles a pattern threshold of zero posts", () => {
      const result = scoreTrust(on({ following: 10 }), { thresholds: { minPatternPosts: 0 } });
      expect(factor(result, "engagementPattern")).toMatchObject({
        value: null,
        subScore: null,
        reason: "engagement percentile unknown, no interactions to measure variation, comments per like unknown: not enough to judge the engagement pattern",
      });
    });

    it("has no data, rather than full credit, when no pod cue can be judged", () => {
      // Twitch has no engagement benchmark (no percentile) and no post has likes (no comments per like):
      // neither "comment-heavy" nor "extreme and flat" can be decided, whatever the variation.
      const silent = scoreTrust({ platform: "twitch", followers: 5_000, posts: posts(6, (index) => ({ likes: 0, comments: index, views: 100 })) });
      expect(factor(silent, "engagementPattern")).toMatchObject({ value: null, subScore: null, weight: 0 });
      expect(factor(silent, "engagementPattern")?.reason).toMatch(/^engagement percentile unknown, post-to-post variation [\d.]+, comments per like unknown: not enough to judge the engagement pattern$/u);
      // it was the only signal with data, so there is no score (it read 100, excellent, from nothing)
      expect([silent.score, silent.band]).toEqual([null, "unknown"]);
    });

    it("says so when no post has any interaction", () => {
      const result = scoreTrust(on({ posts: posts(6, () => ({ likes: 0, comments: 0 })) }), { engagement: { basis: "reach" } });
      expect(factor(result, "engagementPattern")?.reason).toContain("no interactions to measure variation");
    });
  });

  describe("sponsored share", () => {
    it("reads the summary's share when no post says whether it is sponsored", () => {
      const result = scoreTrust(on({ summary: { postCount: 10, avgLikes: 300, avgComments: 10, sponsoredShare: 0.9 } }));
      expect(flag(result, "sponsored-saturation")).toEqual({
        code: "sponsored-saturation",
        severity: "critical", // 0.9 ≥ 0.8
        message: "the summary reports 0.9 of posts sponsored, above the 0.5 threshold",
        evidence: { sponsoredShare: 0.9, threshold: 0.5, sponsoredPosts: null, posts: null },
      });
      expect(factor(result, "sponsoredShare")?.subScore).toBe(0);
    });

    it("counts posts without the field as organic once any post carries it", () => {
      const mixed = posts(4, (index) => (index === 0 ? { likes: 10, comments: 1, sponsored: true } : { likes: 10, comments: 1 }));
      // 1 of 4 = 0.25: (0.8 − 0.25) / 0.6 = 0.9167 → 91.7
      expect(factor(scoreTrust(on({ posts: mixed })), "sponsoredShare")).toMatchObject({ value: 0.25, subScore: 91.7 });
    });

    it("has no data without any sponsorship information", () => {
      expect(factor(scoreTrust(on({ posts: posts(3, () => ({ likes: 1, comments: 0 })) })), "sponsoredShare")?.value).toBeNull();
    });
  });

  describe("sponsored versus organic engagement", () => {
    const mix = (sponsoredLikes: number, organicLikes: number): PostMetricsInput[] => [
      ...posts(3, () => ({ likes: sponsoredLikes, comments: 0, sponsored: true })),
      ...posts(3, () => ({ likes: organicLikes, comments: 0, sponsored: false })),
    ];

    it("notes sponsored posts that get half the organic engagement or less", () => {
      const result = scoreTrust(on({ posts: mix(100, 300) }));
      // ratio 100 / 300 = 1/3; credit (ln(1/3) − ln(1/4)) / (0 − ln(1/4)) = ln(4/3) / ln 4 = 0.2075 → 20.8
      expect(factor(result, "sponsoredEngagement")).toMatchObject({ value: 0.333333, subScore: 20.8 });
      expect(flag(result, "sponsored-engagement-low")).toEqual({
        code: "sponsored-engagement-low",
        severity: "info",
        message: "sponsored posts get 0.333 of the organic engagement (median 100 vs 300 interactions): the audience tunes out ads",
        evidence: { ratio: 0.3333, threshold: 0.5, sponsoredMedian: 100, organicMedian: 300, sponsoredPosts: 3, organicPosts: 3 },
      });
    });

    it("gives full credit when sponsored posts do as well as organic ones", () => {
      expect(factor(scoreTrust(on({ posts: mix(300, 300) })), "sponsoredEngagement")?.subScore).toBe(100);
    });

    it("needs three posts of each kind", () => {
      const few = [...posts(2, () => ({ likes: 1, comments: 0, sponsored: true })), ...posts(5, () => ({ likes: 1, comments: 0 }))];
      expect(factor(scoreTrust(on({ posts: few })), "sponsoredEngagement")?.reason).toBe("2 sponsored and 5 organic posts; at least 3 of each are needed");
    });

    it("has no data when organic posts have no interactions", () => {
      expect(factor(scoreTrust(on({ posts: mix(10, 0) })), "sponsoredEngagement")?.reason).toBe("organic posts have no interactions to compare with");
    });
  });

  describe("brand mentions", () => {
    it("counts brands per sponsored post, at least one each", () => {
      const sponsored = [4, 5, 0].map((brandMentions) => ({ likes: 10, comments: 1, sponsored: true, brandMentions }));
      const result = scoreTrust(on({ posts: sponsored }));
      // max(1, ·): 4, 5, 1 → mean 10 / 3 = 3.333; credit (5 − 3.333) / (5 − 1) = 0.4167 → 41.7
      expect(factor(result, "brandMentions")).toMatchObject({ value: 3.333333, subScore: 41.7 });
      expect(flag(result, "brand-mention-overload")).toEqual({
        code: "brand-mention-overload",
        severity: "info",
        message: "3.333 brands per sponsored post on average (up to 5 in one), which dilutes each endorsement",
        evidence: { brandsPerPost: 3.3333, threshold: 3, posts: 3, mostInOnePost: 5, basis: "sponsored" },
      });
    });

    it("uses posts that mention a brand when no post says whether it is sponsored", () => {
      const result = scoreTrust(on({ posts: [6, 0, 6].map((brandMentions) => ({ likes: 10, comments: 1, brandMentions })) }));
      // posts with at least one brand: 6 and 6 → mean 6 ≥ 5 → no credit, warning
      expect(factor(result, "brandMentions")?.subScore).toBe(0);
      expect(flag(result, "brand-mention-overload")?.severity).toBe("warning");
      expect(flag(result, "brand-mention-overload")?.evidence["basis"]).toBe("brand-mentions");
    });

    it("has no data when no sponsored post reports brand mentions", () => {
      const result = scoreTrust(on({ posts: [{ likes: 1, comments: 0, sponsored: true }] }));
      expect(factor(result, "brandMentions")?.reason).toBe("no sponsored posts report brandMentions");
    });
  });

  describe("topic concentration", () => {
    it("is the Herfindahl index of topic shares, each post spreading one unit over its topics", () => {
      const topics = [["hiking"], ["Hiking"], ["hiking", "gear"], ["#gear"], ["camping", "#"]];
      const result = scoreTrust(on({ posts: topics.map((list) => ({ likes: 1, comments: 0, topics: list })) }));
      // hiking 1 + 1 + 0.5 = 2.5, gear 0.5 + 1 = 1.5, camping 1 ("#" is empty): shares 0.5, 0.3, 0.2
      // 0.25 + 0.09 + 0.04 = 0.38 ≥ 0.18 → full credit
      expect(factor(result, "topicConcentration")).toMatchObject({ value: 0.38, subScore: 100 });
      expect(factor(result, "topicConcentration")?.reason).toBe(
        'the Herfindahl index is 0.38 over 3 topics in 5 posts; the main topic "hiking" has a share of 0.5 (full credit from 0.18)',
      );
    });

    it("does not count a post whose only topic is empty once normalized", () => {
      // ["#"] and [" ## "] name no topic: 5 posts have topics, as above; hiking 2.5 of 5 (0.5), gear 1.5 (0.3), camping 1 (0.2)
      const topics = [["hiking"], ["Hiking"], ["hiking", "gear"], ["#gear"], ["camping", "#"], ["#"], [" ## "]];
      const result = scoreTrust(on({ posts: topics.map((list) => ({ likes: 1, comments: 0, topics: list })) }));
      expect(factor(result, "topicConcentration")?.reason).toBe(
        'the Herfindahl index is 0.38 over 3 topics in 5 posts; the main topic "hiking" has a share of 0.5 (full credit from 0.18)',
      );
    });

    it("gives partial credit to a creator spread over many topics", () => {
      // ten posts, ten topics: 10 · 0.1² = 0.1; 0.1 / 0.18 = 0.5556 → 55.6
      const result = scoreTrust(on({ posts: posts(10, (index) => ({ likes: 1, comments: 0, topics: [`t${9 - index}`] })) }));
      expect(factor(result, "topicConcentration")).toMatchObject({ value: 0.1, subScore: 55.6 });
      // ties go to the alphabetically first topic
      expect(factor(result, "topicConcentration")?.reason).toContain('the main topic "t0"');
    });

    it("does not depend on the order of the posts, even for a tie between topics", () => {
      // Found by the property suite: "b" and "f" both weigh 1/6 + 2/9 + 1/2 + 1/3 + 1/5 = 2/9 + 1/2 + 1/2 + 1/5
      // = 1.4222…; adding the 1/k in post order made the main topic "f" one way round and "b" the other.
      const topics = [["d", "b", "a", "h", "c", "i"], ["a", "d", "b", "i", "f", "c", "e", "g", "h"], ["d", "f"], ["h", "f", "d", "i", "c", "e", "b", "a", "g"], ["h", "b"], ["h", "f"], ["d", "b", "a"], ["b", "a", "f", "d", "e"]];
      const forward = scoreTrust(on({ posts: topics.map((list) => ({ likes: 1, comments: 0, topics: list })) }));
      const backward = scoreTrust(on({ posts: [...topics].reverse().map((list) => ({ likes: 1, comments: 0, topics: list })) }));
      expect(factor(backward, "topicConcentration")).toStrictEqual(factor(forward, "topicConcentration"));
    });

    it("needs five posts with topics", () => {
      const result = scoreTrust(on({ posts: posts(4, () => ({ likes: 1, comments: 0, topics: ["a"] })) }));
      expect(factor(result, "topicConcentration")?.reason).toBe("4 posts have topics; at least 5 are needed");
    });
  });

  describe("posting regularity", () => {
    it("is 1 / (1 + coefficient of variation of the gaps)", () => {
      // gaps 1, 3, 1, 3 days: mean 2, standard deviation 1 → cv 0.5 → 1 / 1.5 = 0.6667 → 66.7
      const days = [0, 1, 4, 5, 8];
      const result = scoreTrust(on({ posts: days.map((day) => ({ likes: 1, comments: 0, publishedAt: isoDay(day) })) }));
      expect(factor(result, "postingRegularity")).toMatchObject({ value: 0.5, subScore: 66.7 });
    });

    it("gives full credit to a fixed rhythm", () => {
      const result = scoreTrust(on({ posts: [0, 2, 4, 6, 8].map((day) => ({ likes: 1, comments: 0, publishedAt: isoDay(day) })) }));
      expect(factor(result, "postingRegularity")?.subScore).toBe(100);
    });

    it("has no data when every post shares one instant", () => {
      const result = scoreTrust(on({ posts: posts(5, () => ({ likes: 1, comments: 0, publishedAt: "2026-01-01" })) }));
      expect(factor(result, "postingRegularity")?.reason).toBe("all posts share one publication instant");
    });

    it("needs five dated posts", () => {
      const result = scoreTrust(on({ posts: posts(4, (index) => ({ likes: 1, comments: 0, publishedAt: isoDay(index) })) }));
      expect(factor(result, "postingRegularity")?.reason).toBe("4 posts have a publishedAt date; at least 5 are needed");
    });
  });

  describe("ramps whose ends meet", () => {
    it("become a step at the full-credit value, rising", () => {
      const thresholds = { authenticShareZero: 0.7, authenticShareFull: 0.7 };
      expect(factor(scoreTrust(on({ audience: { authenticShare: 0.7 } }), { thresholds }), "audienceAuthenticity")?.subScore).toBe(100);
      expect(factor(scoreTrust(on({ audience: { authenticShare: 0.69 } }), { thresholds }), "audienceAuthenticity")?.subScore).toBe(0);
    });

    it("become a step at the full-credit value, falling", () => {
      const thresholds = { sponsoredShareFull: 0.5, sponsoredShareZero: 0.5 };
      const summary = (share: number): Partial<InfluencerProfileInput> => ({ summary: { postCount: 10, avgLikes: 10, avgComments: 1, sponsoredShare: share } });
      expect(factor(scoreTrust(on(summary(0.5)), { thresholds }), "sponsoredShare")?.subScore).toBe(100);
      expect(factor(scoreTrust(on(summary(0.51)), { thresholds }), "sponsoredShare")?.subScore).toBe(0);
    });
  });

  describe("account age", () => {
    it("raises account-new for an account younger than 60 days", () => {
      // 2025-06-01 → 2025-07-01: 30 days; credit 30 / 365 = 0.0822 → 8.2
      const result = scoreTrust(on({ accountCreatedAt: "2025-06-01" }), { now: "2025-07-01" });
      expect(factor(result, "accountAge")).toMatchObject({ value: 30, subScore: 8.2 });
      expect(flag(result, "account-new")).toEqual({
        code: "account-new",
        severity: "info",
        message: "the account is 30 days old, younger than 60 days: too new to have a track record",
        evidence: { accountAgeDays: 30, threshold: 60, createdAt: "2025-06-01", referenceAt: "2025-07-01" },
      });
    });

    it("measures the age at the latest post or snapshot without options.now", () => {
      const result = scoreTrust(on({ accountCreatedAt: "2025-01-01", posts: [{ likes: 1, comments: 0, publishedAt: "2025-01-11T06:00:00Z" }] }));
      // 10.25 days before the post
      expect(factor(result, "accountAge")?.value).toBe(10.25);
      expect(flag(result, "account-new")?.evidence["referenceAt"]).toBe("2025-01-11T06:00:00.000Z");
    });

    it("uses the later of the last post and the last snapshot", () => {
      const result = scoreTrust(
        on({
          accountCreatedAt: "2025-01-01",
          posts: [{ likes: 1, comments: 0, publishedAt: "2025-01-05" }],
          followerHistory: [{ date: "2025-01-21", followers: 10 }],
        }),
      );
      expect(factor(result, "accountAge")?.value).toBe(20);
    });

    it("counts an account created after the reference date as 0 days old", () => {
      expect(factor(scoreTrust(on({ accountCreatedAt: "2025-08-01" }), { now: "2025-07-01" }), "accountAge")?.value).toBe(0);
    });

    it("says an account was created after the reference date, not '0 days before' it", () => {
      // created 2025-08-01, a month after options.now 2025-07-01: counted as 0 days old, credit 0
      const result = scoreTrust(on({ accountCreatedAt: "2025-08-01" }), { now: "2025-07-01" });
      expect(factor(result, "accountAge")?.reason).toBe("created 2025-08-01, after 2025-07-01 (options.now), so counted as 0 days old; full credit from 365 days");
      expect(flag(result, "account-new")?.message).toBe("the account was created 2025-08-01, after 2025-07-01, so counted as 0 days old, younger than 60 days: too new to have a track record");
    });

    it("writes the age in completed days, never as the threshold it is below", () => {
      // Created 2026-01-01T00:00Z, now 2026-03-01T22:00Z: 59 days + 22 / 24 = 59.9166… days, 59 completed days. The value
      // keeps its fraction (59.916667, a factor's six decimals); before, the sentences wrote "59.917 days old".
      const late = scoreTrust(on({ accountCreatedAt: "2026-01-01T00:00:00Z" }), { now: "2026-03-01T22:00:00Z" });
      expect(factor(late, "accountAge")?.value).toBe(59.916667);
      expect(flag(late, "account-new")?.message).toBe("the account is 59 days old, younger than 60 days: too new to have a track record");
      expect(factor(late, "accountAge")?.reason).toBe("created 2026-01-01, 59 days before 2026-03-01T22:00:00.000Z (options.now); full credit from 365 days");
      // 34.56 s short of 60 days (60 − 34.56 / 86,400 = 59.9996): three decimals wrote "60 days old, younger than 60 days".
      const edge = scoreTrust(on({ accountCreatedAt: "2026-01-01T00:00:00Z" }), { now: "2026-03-01T23:59:25.440Z" });
      expect(flag(edge, "account-new")?.message).toBe("the account is 59 days old, younger than 60 days: too new to have a track record");
      // A threshold of 59.0004 days (it reads "59" with three decimals) and an age of 59 days + 8.64 s = 59.0001: 59 completed
      // days, and the threshold written with the digits that tell it apart (59.0004).
      const close = scoreTrust(on({ accountCreatedAt: "2026-01-01T00:00:00Z" }), { now: "2026-03-01T00:00:08.640Z", thresholds: { newAccountDays: 59.0004 } });
      expect(flag(close, "account-new")?.message).toBe("the account is 59 days old, younger than 59.0004 days: too new to have a track record");
      // The extra digits keep the whole part grouped: 5,000 completed days (5,000 days + 4.32 s = 5,000.00005) below 5,000.0001.
      const old = scoreTrust(on({ accountCreatedAt: "2010-01-01T00:00:00Z" }), { now: "2023-09-10T00:00:04.320Z", thresholds: { newAccountDays: 5_000.0001 } });
      expect(flag(old, "account-new")?.message).toBe("the account is 5,000 days old, younger than 5,000.0001 days: too new to have a track record");
      // One completed day (1 day + 8.64 s = 1.0001) below a threshold of 1.0002 days: still "1 day", not "1 days".
      const young = scoreTrust(on({ accountCreatedAt: "2026-01-01T00:00:00Z" }), { now: "2026-01-02T00:00:08.640Z", thresholds: { newAccountDays: 1.0002 } });
      expect(flag(young, "account-new")?.message).toBe("the account is 1 day old, younger than 1.0002 days: too new to have a track record");
    });

    it("never writes a duration just under a unit as a whole of it beside that unit", () => {
      // 0.5 s short of a day: 23.99986 hours, which three decimals write "24 hours", beside a 1-day threshold; in days
      // (1 − 0.5 / 86,400 = 0.99999421) it is told apart from the threshold instead, at five significant digits.
      const result = scoreTrust(on({ accountCreatedAt: "2026-01-01T00:00:00Z" }), { now: "2026-01-01T23:59:59.500Z", thresholds: { newAccountDays: 1 } });
      expect(flag(result, "account-new")?.message).toBe("the account is 0.99999 days old, younger than 1 day: too new to have a track record");
      // 59.9996 minutes (0.024 s short of an hour) reads "1 hour", not "60 minutes"
      const minutes = scoreTrust(on({ accountCreatedAt: "2026-01-01T00:00:00Z" }), { now: "2026-01-01T00:59:59.976Z" });
      expect(flag(minutes, "account-new")?.message).toBe("the account is 1 hour old, younger than 60 days: too new to have a track record");
    });

    it("writes an age under a day in hours", () => {
      // Created 12 hours before options.now: 0.5 days = 12 hours.
      const result = scoreTrust(on({ accountCreatedAt: "2026-01-01T00:00:00Z" }), { now: "2026-01-01T12:00:00Z" });
      expect(flag(result, "account-new")?.message).toBe("the account is 12 hours old, younger than 60 days: too new to have a track record");
      expect(factor(result, "accountAge")?.reason).toBe("created 2026-01-01, 12 hours before 2026-01-01T12:00:00.000Z (options.now); full credit from 365 days");
    });

    it("has no data without a reference date", () => {
      expect(factor(scoreTrust(on({ accountCreatedAt: "2025-01-01" })), "accountAge")?.reason).toBe(
        "no reference date for the account age: pass options.now, or dated posts or follower history",
      );
    });
  });
});
