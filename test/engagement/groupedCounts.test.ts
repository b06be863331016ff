// The engagement sentences group the whole part of every count and of every rate that can pass
// 1,000, as the report and compensation sentences beside them do: "Median of 1,200 posts:
// 28,000 per 100 followers.", not "Median of 1200 posts: 28000 per 100 followers.". Only
// separators are added; the rates keep their three significant digits.
import { describe, expect, it } from "vitest";
import { calibrateEngagementBenchmarks, scoreEngagement, type PostMetricsInput } from "../../src/index.js";

const DAY_MS = 86_400_000;
const dayOf = (index: number, step = 1): string => new Date(Date.UTC(2020, 0, 1) + index * step * DAY_MS).toISOString();

describe("thousands in engagement sentences", () => {
  it("groups the posts and a tiny account's rate", () => {
    // 10 followers, 1,200 daily posts of 2,800 likes: 280 per follower, 28,000 per 100 followers, flat over time.
    const posts = Array.from({ length: 1_200 }, (_, index): PostMetricsInput => ({ likes: 2_800, comments: 0, publishedAt: dayOf(index) }));
    const result = scoreEngagement({ platform: "instagram", followers: 10, posts });
    expect(result.reasons[0]).toBe("Median of 1,200 posts: 28,000 per 100 followers.");
    // With so many posts the estimate stays near the profile's own rate, above 10,000 per 100.
    expect(result.reasons).toContainEqual(
      expect.stringMatching(/^With 1,200 posts the estimate moves 1 of the way \(on a log scale\) from the benchmark median to the profile's own rate: \d{2},\d{3} per 100 followers, at percentile 100 \(high\)\.$/u),
    );
    expect(result.reasons).toContain("Engagement changes by a factor of 1 every 30 days (regression over 1,200 dated posts).");
    expect(result.factors.map((factor) => factor.reason)).toContain("The profile's own typical rate (28,000 per 100 followers) moves the score by 50 points.");
  });

  it("groups the posts and the rate of a summary", () => {
    // Averages over 1,200 posts: 2,800 likes on 10 followers, 28,000 per 100 followers.
    const result = scoreEngagement({ platform: "instagram", followers: 10, summary: { postCount: 1_200, avgLikes: 2_800, avgComments: 0 } });
    expect(result.reasons[0]).toBe(
      "From averages over 1,200 posts: 28,000 per 100 followers. Without per-post counts the spread between posts is assumed, not measured.",
    );
    expect(result.reasons).toContainEqual(expect.stringMatching(/^With 1,200 posts the estimate moves /u));
  });

  it("groups a rate in the millions and a trend factor of 1,000", () => {
    // 1,000 followers; 10⁸, 10^9.5 and 10¹¹ likes 15 days apart: a factor of 10^1.5 every 15 days, 1,000
    // every 30 (the offset of half an interaction moves it by about 10⁻⁹). The median post has
    // 3,162,277,660 likes: 3,162,277.66 per follower, 316,000,000 per 100 at three significant digits.
    const posts = [1e8, Math.round(10 ** 9.5), 1e11].map((likes, index): PostMetricsInput => ({ likes, comments: 0, publishedAt: dayOf(index, 15) }));
    const result = scoreEngagement({ platform: "instagram", followers: 1_000, posts });
    expect(result.reasons[0]).toBe("Median of 3 posts: 316,000,000 per 100 followers.");
    expect(result.reasons).toContain("Engagement changes by a factor of 1,000 every 30 days (regression over 3 dated posts).");
  });

  it("groups the viral and dead posts", () => {
    // 2,500 posts of 100 to 109 likes and 1,100 of 100,000: the 1,100 are far beyond 3.5 robust
    // standard deviations of the log counts (the median and MAD come from the 2,500).
    const posts = [
      ...Array.from({ length: 2_500 }, (_, index): PostMetricsInput => ({ likes: 100 + (index % 10), comments: 0 })),
      ...Array.from({ length: 1_100 }, (): PostMetricsInput => ({ likes: 100_000, comments: 0 })),
    ];
    const result = scoreEngagement({ platform: "instagram", followers: 20_000, posts });
    expect(result.reasons[0]).toMatch(/^Median of 3,600 posts: /u);
    expect(result.reasons).toContain("1,100 viral and 0 dead posts (modified z-score beyond ±3.5): the median is not moved by them.");
  });

  it("groups the profiles in a calibrated cell's definition", () => {
    // 1,000 profiles on 1,000 followers with 9 to 1,008 likes: one cell of 1,000 distinct rates.
    const profiles = Array.from({ length: 1_000 }, (_, index) => ({ platform: "instagram" as const, followers: 1_000, posts: [{ likes: 9 + index, comments: 0 }] }));
    const { table } = calibrateEngagementBenchmarks(profiles);
    expect(table.creators.instagram?.followers?.cells["1k-5k"]?.definition).toBe(
      "Typical engagement rate (median per-post rate, basis followers) of 1,000 of your profiles; cut-offs are their empirical 10th, 40th, 60th and 90th percentiles.",
    );
  });
});

describe("tiny rates in engagement sentences", () => {
  it("writes a rate below 1e-6 per 100 out, never as an exponent", () => {
    // 1 like on each of 3 posts of 5e15 followers: 1 / 5e15 × 100 = 2e-14 per 100 followers (was "2e-14 per 100")
    const posts = [1, 2, 3].map((day) => ({ likes: 1, comments: 0, publishedAt: `2026-01-0${day}` }));
    const result = scoreEngagement({ platform: "instagram", followers: 5e15, posts });
    expect(result.reasons[0]).toBe("Median of 3 posts: 0.00000000000002 per 100 followers.");
    expect(result.reasons.join(" ")).not.toMatch(/\de-\d/u);
  });
});
