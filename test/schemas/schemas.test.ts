import { describe, expect, it } from "vitest";
import { AudienceSampleSchema, FollowerSnapshotSchema, InfluencerProfileSchema, PostMetricsSchema } from "../../src/index.js";
import { JAN_1_2026_MS, fullProfile } from "./fixtures.js";

describe("InfluencerProfileSchema", () => {
  it("matches the documented example", () => {
    expect(InfluencerProfileSchema.safeParse({ platform: "instagram", followers: -1 }).success).toBe(false);
  });

  it("accepts a full profile", () => {
    expect(InfluencerProfileSchema.safeParse(fullProfile()).success).toBe(true);
  });

  it("reports the library's messages, never zod's 'Invalid input'", () => {
    const result = InfluencerProfileSchema.safeParse({ platform: null, followers: null, posts: [null] });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([
      'expected one of "instagram", "tiktok", "youtube", "x", "facebook", "linkedin", "twitch"',
      "expected a non-negative integer",
      "expected a post object",
    ]);
  });

  it("fills in defaults but neither sorts the history nor adds warnings", () => {
    const result = InfluencerProfileSchema.safeParse({
      platform: "x",
      followers: 1,
      followerHistory: [
        { date: "2026-01-02", followers: 2 },
        { date: "2026-01-01", followers: 1 },
      ],
    });
    // 2026-01-02 = JAN_1_2026_MS + 86,400,000
    expect(result.success ? result.data : null).toStrictEqual({
      platform: "x",
      followers: 1,
      posts: [],
      followerHistory: [
        { date: JAN_1_2026_MS + 86_400_000, followers: 2 },
        { date: JAN_1_2026_MS, followers: 1 },
      ],
      isBrandAccount: false,
    });
  });
});

describe("PostMetricsSchema", () => {
  it("matches the documented example", () => {
    // one second after the epoch = 1,000 ms
    expect(PostMetricsSchema.parse({ likes: 3, comments: 1, publishedAt: "1970-01-01T00:00:01Z" }).publishedAt).toBe(1000);
  });

  it("rejects reach above impressions at path ['reach']", () => {
    const result = PostMetricsSchema.safeParse({ likes: 1, comments: 0, reach: 2, impressions: 1 });
    expect(result.success ? [] : result.error.issues.map((issue) => [issue.path, issue.code])).toEqual([[["reach"], "custom"]]);
  });
});

describe("FollowerSnapshotSchema", () => {
  it("matches the documented example", () => {
    expect(FollowerSnapshotSchema.safeParse({ date: "2026-02-30", followers: 10 }).success).toBe(false);
  });

  it("turns the date into epoch milliseconds", () => {
    expect(FollowerSnapshotSchema.parse({ date: "2026-01-01", followers: 10 })).toEqual({ date: JAN_1_2026_MS, followers: 10 });
  });
});

describe("AudienceSampleSchema", () => {
  it("matches the documented example", () => {
    expect(AudienceSampleSchema.safeParse([]).success).toBe(false);
  });

  it("accepts a one-account sample", () => {
    expect(AudienceSampleSchema.parse([{ followers: 300, following: 280, posts: 45 }])).toEqual([{ followers: 300, following: 280, posts: 45 }]);
  });
});
