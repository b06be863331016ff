import { describe, expect, it } from "vitest";
import { ENGAGEMENT_ACTIONS, ENGAGEMENT_BASES, measureEngagementRate, InfluencerInputError } from "../../src/index.js";

// One post used throughout: 1,200 likes, 45 comments, 30 shares, 80 saves; 30,000 views,
// 20,000 reach, 26,000 impressions. All four actions: 1,200 + 45 + 30 + 80 = 1,355 interactions.
const post = { likes: 1_200, comments: 45, shares: 30, saves: 80, views: 30_000, reach: 20_000, impressions: 26_000 };

describe("measureEngagementRate", () => {
  it("matches the documented example", () => {
    // (90 + 10) / 2,000 = 0.05
    expect(measureEngagementRate({ likes: 90, comments: 10 }, { followers: 2_000 })).toBe(0.05);
  });

  it("matches the documented example on TikTok (views basis)", () => {
    // TikTok with views → views basis: (450 + 30 + 20) / 10,000 = 500 / 10,000 = 0.05
    expect(measureEngagementRate({ likes: 450, comments: 30, shares: 20, views: 10_000 }, { platform: "tiktok", followers: 800 })).toBe(0.05);
  });

  it("matches the documented example without a denominator", () => {
    expect(measureEngagementRate({ likes: 90, comments: 10 }, { basis: "reach" })).toBeNull();
  });

  it("divides by followers on the followers basis", () => {
    // 1,355 / 24,000 = 0.056458333…
    expect(measureEngagementRate(post, { followers: 24_000, basis: "followers" })).toBeCloseTo(1_355 / 24_000, 15);
  });

  it("divides by reach on the reach basis", () => {
    // 1,355 / 20,000 = 0.06775
    expect(measureEngagementRate(post, { basis: "reach" })).toBeCloseTo(0.06775, 15);
  });

  it("divides by impressions on the impressions basis", () => {
    // 1,355 / 26,000 = 0.0521153846…
    expect(measureEngagementRate(post, { basis: "impressions" })).toBeCloseTo(1_355 / 26_000, 15);
  });

  it("divides by views on the views basis", () => {
    // 1,355 / 30,000 = 0.0451666…
    expect(measureEngagementRate(post, { basis: "views" })).toBeCloseTo(1_355 / 30_000, 15);
  });

  it("counts only the chosen actions", () => {
    // likes + comments = 1,245; 1,245 / 24,000 = 0.051875
    expect(measureEngagementRate(post, { followers: 24_000, actions: ["likes", "comments"] })).toBeCloseTo(0.051875, 15);
    // saves only: 80 / 20,000 = 0.004
    expect(measureEngagementRate(post, { basis: "reach", actions: ["saves"] })).toBeCloseTo(0.004, 15);
  });

  it("treats absent shares and saves as zero", () => {
    // (10 + 2) / 100 = 0.12
    expect(measureEngagementRate({ likes: 10, comments: 2 }, { followers: 100, actions: ["likes", "comments", "shares", "saves"] })).toBeCloseTo(0.12, 15);
  });

  it("defaults to followers for Instagram and for YouTube posts without views", () => {
    // 1,355 / 24,000 on followers, although the post has views
    expect(measureEngagementRate(post, { platform: "instagram", followers: 24_000 })).toBeCloseTo(1_355 / 24_000, 15);
    // (10 + 2) / 100 = 0.12: no views, so followers
    expect(measureEngagementRate({ likes: 10, comments: 2 }, { platform: "youtube", followers: 100 })).toBeCloseTo(0.12, 15);
  });

  it("can exceed 1 when a post travels beyond its followers", () => {
    // (150 + 0) / 100 = 1.5
    expect(measureEngagementRate({ likes: 150, comments: 0 }, { followers: 100 })).toBe(1.5);
  });

  describe("edge cases", () => {
    it("returns null, not 0 or NaN, when the denominator is zero or missing", () => {
      expect(measureEngagementRate({ likes: 5, comments: 1 }, { followers: 0 })).toBeNull();
      expect(measureEngagementRate({ likes: 5, comments: 1 })).toBeNull();
      expect(measureEngagementRate({ likes: 5, comments: 1, views: 0 }, { basis: "views" })).toBeNull();
    });

    it("returns 0 for a post with no interactions and a denominator", () => {
      expect(measureEngagementRate({ likes: 0, comments: 0 }, { followers: 500 })).toBe(0);
    });

    it("names the field, the expectation and the received value for a bad post", () => {
      const call = (): unknown => measureEngagementRate({ likes: -5, comments: 1 }, { followers: 10 });
      expect(call).toThrow(InfluencerInputError);
      expect(call).toThrow("likes: expected a non-negative integer, received -5");
    });

    it("names the option for a bad basis, followers or actions", () => {
      expect(() => measureEngagementRate({ likes: 1, comments: 1 }, { basis: "likes" as never })).toThrow(
        'basis: expected one of "followers", "reach", "impressions", "views", received "likes"',
      );
      expect(() => measureEngagementRate({ likes: 1, comments: 1 }, { followers: 1.5 })).toThrow(
        "followers: expected a non-negative integer, received 1.5",
      );
      expect(() => measureEngagementRate({ likes: 1, comments: 1 }, { actions: [] })).toThrow(
        'actions: expected a non-empty array of "likes", "comments", "shares", "saves", received an empty array',
      );
    });

    it("never says 'Invalid input' for null or wrongly typed input", () => {
      const messages: string[] = [];
      for (const call of [
        () => measureEngagementRate(null as never),
        () => measureEngagementRate({ likes: "1", comments: 0 } as never),
        () => measureEngagementRate({ likes: 1, comments: 0 }, null as never),
        () => measureEngagementRate({ likes: 1, comments: 0 }, { platform: 3 as never }),
      ]) {
        try {
          call();
        } catch (error) {
          messages.push((error as InfluencerInputError).message);
        }
      }
      expect(messages).toHaveLength(4);
      for (const message of messages) expect(message).not.toContain("Invalid input");
    });
  });
});

describe("ENGAGEMENT_BASES and ENGAGEMENT_ACTIONS", () => {
  it("matches the documented examples", () => {
    expect(ENGAGEMENT_BASES.includes("views")).toBe(true);
    expect(ENGAGEMENT_BASES.join(", ")).toBe("followers, reach, impressions, views");
    expect(ENGAGEMENT_ACTIONS.includes("saves")).toBe(true);
    expect(ENGAGEMENT_ACTIONS.length).toBe(4);
  });
});
