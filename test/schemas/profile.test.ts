// The documented examples of the input types (src/schemas/profile.ts, platform.ts,
// InfluencerInputError.ts and parseProfile.ts), each asserted as written in its TSDoc.
import { describe, expect, it } from "vitest";
import {
  POST_FORMATS,
  PLATFORMS,
  parseProfile,
  type AudienceAccount,
  type AudienceInput,
  type AudienceSample,
  type FollowerSnapshot,
  type FollowerSnapshotInput,
  type InfluencerProfile,
  type InfluencerProfileInput,
  type InputIssue,
  type ParsedProfile,
  type Platform,
  type PostFormat,
  type PostMetrics,
  type PostMetricsInput,
  type ProfileSummary,
  type RowError,
} from "../../src/index.js";

describe("Platform", () => {
  it("matches the documented example", () => {
    const platform: Platform = "tiktok";
    expect(PLATFORMS.includes(platform)).toBe(true);
  });
});

describe("PLATFORMS", () => {
  it("matches the documented example", () => {
    // instagram, tiktok, youtube, x, facebook, linkedin, twitch
    expect(PLATFORMS.length).toBe(7);
  });
});

describe("PostFormat", () => {
  it("matches the documented example", () => {
    const format: PostFormat = "reel";
    expect(POST_FORMATS.includes(format)).toBe(true);
  });
});

describe("POST_FORMATS", () => {
  it("matches the documented example", () => {
    expect(POST_FORMATS[0]).toBe("image");
  });

  it("lists the eight formats of the issue, in order", () => {
    expect(POST_FORMATS).toEqual(["image", "carousel", "reel", "story", "video", "short", "live", "text"]);
  });
});

describe("InputIssue", () => {
  it("matches the documented example", () => {
    const issue: InputIssue = {
      path: ["posts", 3, "likes"],
      code: "too_small",
      message: "posts[3].likes: expected a non-negative integer, received -5",
    };
    expect(issue.path.join(".")).toBe("posts.3.likes");
  });
});

describe("PostMetricsInput", () => {
  it("matches the documented example", () => {
    const post: PostMetricsInput = { likes: 1200, comments: 45, publishedAt: "2026-03-01", format: "reel" };
    // 1,200 + 45
    expect(post.likes + post.comments).toBe(1245);
  });
});

describe("PostMetrics", () => {
  it("matches the documented example", () => {
    const post: PostMetrics = parseProfile({ platform: "instagram", followers: 1000, posts: [{ likes: 10, comments: 1, publishedAt: "1970-01-02" }] }).posts[0]!;
    // one day after the epoch: 24 × 3,600 × 1,000 ms
    expect(post.publishedAt).toBe(86400000);
  });
});

describe("FollowerSnapshotInput", () => {
  it("matches the documented example", () => {
    const point: FollowerSnapshotInput = { date: "2026-03-01", followers: 12_400 };
    expect(point.followers).toBe(12400);
  });
});

describe("FollowerSnapshot", () => {
  it("matches the documented example", () => {
    const point: FollowerSnapshot = { date: Date.UTC(2026, 2, 1), followers: 12_400 };
    // 20,513 days (fixtures.ts: MAR_1_2026_MS) × 86,400,000 ms
    expect(point.date).toBe(1772323200000);
  });
});

describe("AudienceAccount", () => {
  it("matches the documented example", () => {
    const account: AudienceAccount = { followers: 12, following: 4_100, posts: 0, hasProfilePicture: false };
    // 4,100 / 12 ≈ 341.7 > 100
    expect(account.following / account.followers > 100).toBe(true);
  });
});

describe("AudienceSample", () => {
  it("matches the documented example", () => {
    const sample: AudienceSample = [{ followers: 300, following: 280, posts: 45 }];
    expect(sample.length).toBe(1);
  });
});

describe("ProfileSummary", () => {
  it("matches the documented example", () => {
    const summary: ProfileSummary = { postCount: 30, avgLikes: 850, avgComments: 40 };
    // (850 + 40) / 20,000 = 890 / 20,000 = 0.0445 (the division rounds to the same double as the literal)
    expect((summary.avgLikes + summary.avgComments) / 20_000).toBe(0.0445);
  });
});

describe("AudienceInput", () => {
  it("matches the documented example", () => {
    const audience: AudienceInput = { authenticShare: 0.82 };
    // 1 − 0.82 in binary floating point; node -p '1 - 0.82' prints 0.18000000000000005
    expect(1 - audience.authenticShare!).toBe(0.18000000000000005);
  });
});

describe("InfluencerProfileInput", () => {
  it("matches the documented example", () => {
    const input: InfluencerProfileInput = { handle: "@trailmix", platform: "instagram", followers: 24_000 };
    expect(input.platform).toBe("instagram");
  });
});

describe("InfluencerProfile", () => {
  it("matches the documented example", () => {
    const profile: InfluencerProfile = parseProfile({ platform: "tiktok", followers: 5_000 });
    expect([profile.posts.length, profile.isBrandAccount]).toEqual([0, false]);
  });
});

describe("ParsedProfile", () => {
  it("matches the documented example", () => {
    const parsed: ParsedProfile = parseProfile({ platform: "x", followers: 900 });
    expect(parsed.warnings).toEqual([]);
  });
});

describe("RowError", () => {
  it("matches the documented example", () => {
    const failure: RowError = {
      index: 2,
      issues: [{ path: ["followers"], code: "invalid_type", message: "followers: expected a non-negative integer, received nothing" }],
    };
    expect(failure.index).toBe(2);
  });
});
