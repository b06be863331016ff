// A count of one reads in the singular in the trust model's sentences ("1 post",
// "1 post has", "is needed"), every other count in the plural.
import { describe, expect, it } from "vitest";
import { scoreTrust, type InfluencerProfileInput, type PostMetricsInput, type TrustScore } from "../../src/index.js";
import { baseProfile } from "./fixtures.js";

const reasonOf = (result: TrustScore, key: string): string | undefined => result.factors.find((factor) => factor.key === key)?.reason;
const onePost = (post: PostMetricsInput): InfluencerProfileInput => ({
  platform: "instagram",
  followers: 20_000,
  posts: [post],
});

describe("counts of one in trust sentences", () => {
  it("says 1 post, not 1 posts", () => {
    // One post with 50 comments on 1,000 likes: 50 / 1,000 = 0.05 comments per like, measured on that post.
    const result = scoreTrust(onePost({ likes: 1_000, comments: 50, topics: ["food"] }));
    expect(reasonOf(result, "commentShare")).toBe("0.05 comments per like (median over 1 post); the typical range is 0.01–0.1");
    // One post with topics, where the threshold asks for more (TRUST_THRESHOLDS.minTopicPosts).
    expect(reasonOf(result, "topicConcentration")).toMatch(/^1 post has topics; at least \d+ are needed$/u);
    expect(reasonOf(result, "postingRegularity")).toMatch(/^0 posts have a publishedAt date; at least \d+ are needed$/u);
  });

  it("agrees the verb with a sponsored count of one, and with a minimum of one", () => {
    // One sponsored post of one: a share of 1, above the 0.5 saturation threshold.
    const saturated = scoreTrust(onePost({ likes: 100, comments: 5, sponsored: true }));
    // Wilson 90% lower bound for 1 of 1: 1 / (1 + 1.6449²) = 0.26987, below 0.5: a warning, and the message says why.
    expect(saturated.flags.find((flag) => flag.code === "sponsored-saturation")?.message).toBe(
      "1 of 1 post (1) is sponsored, above the 0.5 threshold; too few posts to be sure (90% lower bound 0.27), so not critical",
    );
    // minPostsPerGroup 1 (an override): no organic post to compare with, and "at least 1 … is needed".
    const alone = scoreTrust(onePost({ likes: 100, comments: 5, sponsored: true }), { thresholds: { minPostsPerGroup: 1 } });
    expect(reasonOf(alone, "sponsoredEngagement")).toBe("1 sponsored and 0 organic posts; at least 1 of each is needed");
  });

  it("says 1 day, not 1 days", () => {
    // Created 2026-01-01, now 2026-01-02: 1 day old, under the 60 days of account-new.
    // Two snapshots a day apart: the history spans 1 day, under the 7 needed.
    // Five posts on consecutive days: gaps of 1 day, mean 1, coefficient of variation 0.
    const day = (index: number): string => `2026-01-0${index + 1}`;
    const result = scoreTrust(
      {
        platform: "instagram",
        followers: 100,
        accountCreatedAt: "2026-01-01",
        followerHistory: [
          { date: "2026-01-01", followers: 100 },
          { date: "2026-01-02", followers: 101 },
        ],
        posts: Array.from({ length: 5 }, (_, index) => ({ likes: 10, comments: 1, publishedAt: day(index) })),
      },
      { now: "2026-01-02" },
    );
    expect(result.flags.find((flag) => flag.code === "account-new")?.message).toBe("the account is 1 day old, younger than 60 days: too new to have a track record");
    expect(reasonOf(result, "accountAge")).toBe("created 2026-01-01, 1 day before 2026-01-02 (options.now); full credit from 365 days");
    expect(reasonOf(result, "followerGrowth")).toBe("follower history spans 1 day, fewer than the 7 days needed");
    expect(reasonOf(result, "postingRegularity")).toBe("5 dated posts, one every 1 day on average, with a coefficient of variation of the gaps of 0");
  });

  it("says a purge came 1 day after a spike", () => {
    // 10,000 · e^(0.002·t) followers a day for 40 days (rounded), × 1.3 from day 20 (a bought batch)
    // and × 0.8 from day 22: the spike ends at day 20 (2026-01-21), the drop starts at day 21 (2026-01-22).
    const followerHistory = Array.from({ length: 40 }, (_, index) => ({
      date: new Date(Date.UTC(2026, 0, 1 + index)).toISOString(),
      followers: Math.round(Math.round(10_000 * Math.exp(0.002 * index)) * (index >= 20 ? 1.3 : 1) * (index >= 22 ? 0.8 : 1)),
    }));
    const result = scoreTrust({ platform: "instagram", followers: 10_000, followerHistory });
    expect(result.flags.find((flag) => flag.code === "follower-purge")?.message).toMatch(/, 1 day after a spike, /u);
  });

  it("says 1 sampled follower", () => {
    // One sampled follower that follows 280 and has 300 followers and 45 posts: not flagged, so the
    // estimate is 1 real; the 90% Wilson interval for 0 of 1 flagged is [0, 0.730], corrected
    // (0.730 + 0.9692 − 1) / 0.6733 → 1, so the real share's interval is 1 − 1 = 0 to 1 − 0 = 1.
    const result = scoreTrust({ platform: "instagram", followers: 1_000, audience: { sample: [{ followers: 300, following: 280, posts: 45 }] } });
    expect(reasonOf(result, "audienceAuthenticity")).toBe("the library's estimate from 1 sampled follower is 1 (0.9 interval 0–1)");
  });

  it("says 1 comment per like, and comments for any other ratio", () => {
    // One post with 3 comments on 3 likes: 3 / 3 = 1 comment per like (median over that post).
    const one = scoreTrust({ platform: "instagram", followers: 100, posts: [{ likes: 3, comments: 3 }] });
    expect(reasonOf(one, "commentShare")).toBe("1 comment per like (median over 1 post); the typical range is 0.01–0.1");
    expect(reasonOf(one, "conversationDepth")).toBe("1 comment per like; credit rises from 0.01 to 0.1");
    // A typical minimum of 2 comments per like (an override): 1 is below it, and the flag says so.
    const low = scoreTrust({ platform: "instagram", followers: 100, posts: [{ likes: 3, comments: 3 }] }, { thresholds: { commentsPerLikeLow: 2, commentsPerLikeHigh: 3 } });
    expect(low.flags.find((flag) => flag.code === "comment-ratio-low")?.message).toBe(
      "1 comment per like (median over 1 post), below the 2 typical minimum: likes may be bought",
    );
    // Six posts (minPatternPosts) of 3 comments on 3 likes: 1 comment per like, above the 0.1 of commentsPerLikeHigh.
    const six = scoreTrust({ platform: "instagram", followers: 100, posts: Array.from({ length: 6 }, () => ({ likes: 3, comments: 3 })) });
    expect(reasonOf(six, "engagementPattern")).toMatch(/, 1 comment per like \(comment-heavy\)/u);
    // 3 comments on 6 likes: 0.5, plural.
    const half = scoreTrust({ platform: "instagram", followers: 100, posts: [{ likes: 6, comments: 3 }] });
    expect(reasonOf(half, "commentShare")).toBe("0.5 comments per like (median over 1 post); the typical range is 0.01–0.1");
  });

  it("says 1 brand per post whenever the mean reads 1", () => {
    // One sponsored post naming one brand, and a flag from 1 brand per post (an override): a mean of 1.
    const flagged = scoreTrust(
      { platform: "instagram", followers: 1_000, posts: [{ likes: 10, comments: 1, sponsored: true, brandMentions: 1 }] },
      { thresholds: { brandMentionOverload: 1 } },
    );
    expect(flagged.flags.find((flag) => flag.code === "brand-mention-overload")?.message).toBe(
      "1 brand per sponsored post on average (up to 1 in one), which dilutes each endorsement",
    );
    // 2,001 sponsored posts, one naming 2 brands: 2,002 / 2,001 = 1.0005, which reads 1 at three decimals.
    const posts = Array.from({ length: 2_001 }, (_, index) => ({ likes: 10, comments: 1, sponsored: true, brandMentions: index === 0 ? 2 : 1 }));
    expect(reasonOf(scoreTrust({ platform: "instagram", followers: 1_000, posts }), "brandMentions")).toBe(
      "1 brand per post on average over 2,001 sponsored posts (at most 2 in one)",
    );
  });

  it("gives one signal without data its weight, not their weight", () => {
    // The base profile feeds every signal; without accountCreatedAt, accountAge alone has no data.
    const result = scoreTrust({ ...baseProfile(), accountCreatedAt: undefined });
    expect(result.reasons).toContain("no data for accountAge: its weight went to the other signals");
  });
});
