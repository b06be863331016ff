// The trust sentences group the whole part of every count and of every number that can pass
// 1,000 (days, thresholds, medians of interactions, ratios), as they already group follower
// counts ("follows 7,500,000 accounts") and as the compensation and report sentences do:
// "1,200 sampled followers", not "1200 sampled followers". Only separators are added; the
// digits and decimals are the ones the sentence wrote before.
import { describe, expect, it } from "vitest";
import { scoreTrust, type AudienceAccount, type PostMetricsInput, type TrustScore } from "../../src/index.js";
import { DAY_MS, followerHistory } from "./fixtures.js";

const reasonOf = (result: TrustScore, key: string): string | undefined => result.factors.find((factor) => factor.key === key)?.reason;
const flagOf = (result: TrustScore, code: string): string | undefined => result.flags.find((flag) => flag.code === code)?.message;

/** The shipped model gives it 0.990: flagged. */
const fake: AudienceAccount = { followers: 2, following: 7_500, posts: 0, hasProfilePicture: false };

/**
 * 1,200 posts, one a day from 2020-01-01, each with 1,000 likes, 50 comments, one brand and a
 * topic of its own; the first 1,100 sponsored (when `sponsored`), or all of them.
 */
function posts(sponsoredCount: number): PostMetricsInput[] {
  return Array.from({ length: 1_200 }, (_, index) => ({
    likes: 1_000,
    comments: 50,
    sponsored: index < sponsoredCount,
    brandMentions: 1,
    topics: [`topic ${index}`],
    publishedAt: new Date(Date.UTC(2020, 0, 1) + index * DAY_MS).toISOString(),
  }));
}

describe("thousands in trust sentences", () => {
  // 1,201 daily snapshots, 1,200 posts (1,100 sponsored), 1,200 sampled fakes, created ten years
  // (3,653 days, three leap years) before options.now.
  const result = scoreTrust(
    {
      platform: "instagram",
      followers: 20_000,
      accountCreatedAt: "2016-01-01",
      posts: posts(1_100),
      followerHistory: followerHistory([], 1_201),
      audience: { sample: Array.from({ length: 1_200 }, () => fake) },
    },
    { now: "2026-01-01", thresholds: { newAccountDays: 5_000, accountAgeFullDays: 7_300, minSampledFollowers: 5_000 } },
  );

  it("groups the days of the account age and its thresholds", () => {
    expect(reasonOf(result, "accountAge")).toBe("created 2016-01-01, 3,653 days before 2026-01-01 (options.now); full credit from 7,300 days");
    expect(flagOf(result, "account-new")).toBe("the account is 3,653 days old, younger than 5,000 days: too new to have a track record");
  });

  it("groups the sampled followers and the minimum a critical flag needs", () => {
    expect(reasonOf(result, "audienceAuthenticity")).toMatch(/^the library's estimate from 1,200 sampled followers is 0 \(/u);
    expect(flagOf(result, "audience-fake-heavy")).toBe(
      "none of the followers look real (sample estimate), below the 0.75 threshold; too small a sample to be sure (1,200 sampled followers, fewer than the 5,000 a critical flag needs), so not critical",
    );
  });

  it("groups the snapshots and the days of the follower history", () => {
    // The fixture's organic history: no spike, no drop.
    expect(reasonOf(result, "followerGrowth")).toBe("1,201 snapshots over 1,200 days; unexplained spikes: 0; none of the current followers came in suspicious spikes");
  });

  it("groups the posts of the comment, topic and regularity signals", () => {
    // 50 / 1,000 on every post.
    expect(reasonOf(result, "commentShare")).toBe("0.05 comments per like (median over 1,200 posts); the typical range is 0.01–0.1");
    // 1,200 topics with a share of 1 / 1,200 each: Herfindahl index 1 / 1,200 = 0.000833 → 0.001.
    expect(reasonOf(result, "topicConcentration")).toBe(
      'the Herfindahl index is 0.001 over 1,200 topics in 1,200 posts; the main topic "topic 0" has a share of 0.001 (full credit from 0.18)',
    );
    expect(reasonOf(result, "postingRegularity")).toBe("1,200 dated posts, one every 1 day on average, with a coefficient of variation of the gaps of 0");
  });

  it("groups the sponsored and organic posts and the median interactions", () => {
    // 1,100 of 1,200 = 0.917; every post has 1,000 + 50 = 1,050 interactions.
    expect(reasonOf(result, "sponsoredShare")).toBe("1,100 of 1,200 posts: 0.917 of posts are sponsored (full credit up to 0.2, none from 0.8)");
    expect(flagOf(result, "sponsored-saturation")).toBe("1,100 of 1,200 posts (0.917) are sponsored, above the 0.5 threshold");
    expect(reasonOf(result, "sponsoredEngagement")).toBe(
      "sponsored posts get 1 times the organic engagement (median 1,050 over 1,100 sponsored vs 1,050 over 100 organic posts)",
    );
    expect(reasonOf(result, "brandMentions")).toBe("1 brand per post on average over 1,100 sponsored posts (at most 1 in one)");
  });

  it("groups the counts and the minimums of signals without enough data", () => {
    // Every post sponsored; 1,500 snapshots (1,499 intervals); minimums above what the profile has.
    const short = scoreTrust(
      { platform: "instagram", followers: 20_000, posts: posts(1_200), followerHistory: followerHistory([], 1_500) },
      { thresholds: { minTopicPosts: 2_000, minDatedPosts: 2_000, minPatternPosts: 2_000, minBaselineIntervals: 2_000 } },
    );
    expect(reasonOf(short, "followerGrowth")).toBe("follower history has 1,499 intervals, fewer than the 2,001 needed");
    expect(reasonOf(short, "engagementPattern")).toBe("1,200 posts given; at least 2,000 are needed to judge the engagement pattern");
    expect(reasonOf(short, "sponsoredEngagement")).toBe("1,200 sponsored and 0 organic posts; at least 3 of each are needed");
    expect(reasonOf(short, "topicConcentration")).toBe("1,200 posts have topics; at least 2,000 are needed");
    expect(reasonOf(short, "postingRegularity")).toBe("1,200 posts have a publishedAt date; at least 2,000 are needed");
    expect(reasonOf(short, "brandMentions")).toBe("1 brand per post on average over 1,200 sponsored posts (at most 1 in one)");
    expect(flagOf(short, "sponsored-saturation")).toBe("1,200 of 1,200 posts (1) are sponsored, above the 0.5 threshold");
  });

  it("keeps every decimal of a threshold, grouping only its whole part", () => {
    // 501 daily snapshots span 500 days; one sponsored post with 1,200 brands.
    const one = scoreTrust(
      { platform: "instagram", followers: 20_000, posts: [{ likes: 10, comments: 1, sponsored: true, brandMentions: 1_200 }], followerHistory: followerHistory([], 501) },
      { thresholds: { minHistoryDays: 1_000, minPostsPerGroup: 1_500.5 } },
    );
    expect(reasonOf(one, "followerGrowth")).toBe("follower history spans 500 days, fewer than the 1,000 days needed");
    expect(reasonOf(one, "sponsoredEngagement")).toBe("1 sponsored and 0 organic posts; at least 1,500.5 of each are needed");
    expect(reasonOf(one, "brandMentions")).toBe("1,200 brands per post on average over 1 sponsored post (at most 1,200 in one)");
    expect(flagOf(one, "brand-mention-overload")).toBe("1,200 brands per sponsored post on average (up to 1,200 in one), which dilutes each endorsement");
  });

  it("groups an engagement rate past 1,000 interactions per follower", () => {
    // One follower and 2,000 likes on each of 1,200 posts: 2,000 interactions per follower, written
    // with three significant digits as before; with so many posts the estimate shrunk toward the
    // peers' median stays above 1,000 too.
    const tiny = scoreTrust({ platform: "instagram", followers: 1, posts: Array.from({ length: 1_200 }, () => ({ likes: 2_000, comments: 0 })) });
    expect(reasonOf(tiny, "engagementRate")).toMatch(/^an engagement rate of 2,000 \(1,980 once shrunk toward the peers' median\) sits at percentile /u);
  });

  it("groups a follow ratio at its cap of 1,000", () => {
    // (999,999 + 1) / (999 + 1) = 1,000 exactly: at the cap, not above it.
    const follower = scoreTrust({ platform: "instagram", followers: 999, following: 999_999 });
    expect(reasonOf(follower, "followRatio")).toBe("follows 999,999 accounts against 999 followers: ratio 1,000");
    expect(flagOf(follower, "follow-for-follow")).toBe("follows 999,999 accounts against 999 followers (ratio 1,000), the pattern of follow-for-follow growth");
  });

  it("writes a follow ratio above its cap as above 1,000, not as the cap", () => {
    // (7,499,999 + 1) / (999 + 1) = 7,500 and (1,752,215,696 + 1) / (100 + 1) = 17,348,670.3: both are
    // capped at 1,000 in the value, which the sentence wrote as if it were the ratio.
    const follower = scoreTrust({ platform: "instagram", followers: 999, following: 7_499_999 });
    expect(follower.factors.find((factor) => factor.key === "followRatio")?.value).toBe(1_000);
    expect(reasonOf(follower, "followRatio")).toBe("follows 7,499,999 accounts against 999 followers: ratio above 1,000");
    expect(flagOf(follower, "follow-for-follow")).toBe("follows 7,499,999 accounts against 999 followers (ratio above 1,000), the pattern of follow-for-follow growth");
    const audit = scoreTrust({ platform: "instagram", followers: 100, following: 1_752_215_696 });
    expect(reasonOf(audit, "followRatio")).toBe("follows 1,752,215,696 accounts against 100 followers: ratio above 1,000");
    expect(flagOf(audit, "follow-for-follow")).toBe("follows 1,752,215,696 accounts against 100 followers (ratio above 1,000), the pattern of follow-for-follow growth");
  });
});
