// Tests written to kill mutants that survived Stryker (docs/quality.md): the
// exact issue for each container of a profile, and the edges of date offsets.
import { describe, expect, it } from "vitest";
import { estimateFlatFee, parseProfile, selectInfluencers, type InputIssue } from "../../src/index.js";
import { issuesOf } from "../arbitraries/laws.js";

const base = { platform: "instagram", followers: 1 };


describe("issues for each part of a profile", () => {
  const cases: readonly [string, unknown, InputIssue][] = [
    ["a profile that is not an object", 5, { path: [], code: "invalid_type", message: "expected a profile object, received 5" }],
    ["posts that are not an array", { ...base, posts: "x" }, { path: ["posts"], code: "invalid_type", message: 'posts: expected an array of posts, received "x"' }],
    ["a post that is not an object", { ...base, posts: [5] }, { path: ["posts", 0], code: "invalid_type", message: "posts[0]: expected a post object, received 5" }],
    [
      "more than 100,000 posts",
      { ...base, posts: Array.from({ length: 100_001 }, () => ({ likes: 0, comments: 0 })) },
      { path: ["posts"], code: "too_big", message: "posts: expected at most 100000 posts, received an array of 100001 items" },
    ],
    [
      "topics that are not an array",
      { ...base, posts: [{ likes: 1, comments: 1, topics: 5 }] },
      { path: ["posts", 0, "topics"], code: "invalid_type", message: "posts[0].topics: expected an array of topic strings, received 5" },
    ],
    [
      "more than 100 topics",
      { ...base, posts: [{ likes: 1, comments: 1, topics: Array.from({ length: 101 }, (_, index) => `topic ${index}`) }] },
      { path: ["posts", 0, "topics"], code: "too_big", message: "posts[0].topics: expected at most 100 topics, received an array of 101 items" },
    ],
    [
      "reach above impressions",
      { ...base, posts: [{ likes: 1, comments: 1, reach: 11, impressions: 10 }] },
      { path: ["posts", 0, "reach"], code: "invalid_value", message: "posts[0].reach: expected at most the post's impressions (reach counts unique accounts), received 11" },
    ],
    [
      "a history that is not an array",
      { ...base, followerHistory: 5 },
      { path: ["followerHistory"], code: "invalid_type", message: "followerHistory: expected an array of follower snapshots, received 5" },
    ],
    [
      "a snapshot that is not an object",
      { ...base, followerHistory: [5] },
      { path: ["followerHistory", 0], code: "invalid_type", message: "followerHistory[0]: expected an object with date and followers, received 5" },
    ],
    ["a summary that is not an object", { ...base, summary: 5 }, { path: ["summary"], code: "invalid_type", message: "summary: expected a summary object, received 5" }],
    [
      "a summary of 0 posts",
      { ...base, summary: { postCount: 0, avgLikes: 1, avgComments: 1 } },
      { path: ["summary", "postCount"], code: "too_small", message: "summary.postCount: expected a positive integer, received 0" },
    ],
    [
      "a summary of 1.5 posts",
      { ...base, summary: { postCount: 1.5, avgLikes: 1, avgComments: 1 } },
      { path: ["summary", "postCount"], code: "invalid_type", message: "summary.postCount: expected a positive integer, received 1.5" },
    ],
    ["an audience that is not an object", { ...base, audience: 5 }, { path: ["audience"], code: "invalid_type", message: "audience: expected an audience object, received 5" }],
    [
      "an empty audience sample",
      { ...base, audience: { sample: [] } },
      { path: ["audience", "sample"], code: "too_small", message: "audience.sample: expected at least one follower account, received an empty array" },
    ],
    [
      "a sample that is not an array",
      { ...base, audience: { sample: 5 } },
      { path: ["audience", "sample"], code: "invalid_type", message: "audience.sample: expected an array of follower accounts, received 5" },
    ],
    [
      "a sampled account that is not an object",
      { ...base, audience: { sample: [5] } },
      { path: ["audience", "sample", 0], code: "invalid_type", message: "audience.sample[0]: expected an account object with followers, following and posts, received 5" },
    ],
    [
      "a date that is neither text, a Date nor a number",
      { ...base, accountCreatedAt: true },
      { path: ["accountCreatedAt"], code: "invalid_type", message: "accountCreatedAt: expected an ISO 8601 date string, a valid Date or epoch milliseconds, received true" },
    ],
    ["an id that is not text", { ...base, id: 5 }, { path: ["id"], code: "invalid_type", message: "id: expected a non-empty string of at most 200 characters, received 5" }],
  ];

  it.each(cases)("names %s", (_, input, issue) => {
    expect(issuesOf(() => parseProfile(input))).toStrictEqual([issue]);
  });

  it("keeps the fields of an audience", () => {
    expect(parseProfile({ ...base, audience: { authenticShare: 0.5 } }).audience).toStrictEqual({ authenticShare: 0.5 });
  });

  it("says isBrandAccount is false when it is not given", () => {
    expect(parseProfile(base).isBrandAccount).toBe(false);
  });

  it("quotes a 40-character value whole and cuts a 41-character one", () => {
    const forty = "p".repeat(40);
    expect(issuesOf(() => parseProfile({ ...base, platform: forty }))[0]?.message).toMatch(new RegExp(`received "${forty}"$`, "u"));
    expect(issuesOf(() => parseProfile({ ...base, platform: `${forty}p` }))[0]?.message).toMatch(new RegExp(`received "${forty}…"$`, "u"));
  });
});

describe("type messages of the shared fields", () => {
  it("a positive number given as text", () => {
    expect(issuesOf(() => selectInfluencers([{ id: "a", cost: "x", value: 1 }] as never, { budget: 1 }))).toStrictEqual([
      { path: ["candidates", 0, "cost"], code: "invalid_type", message: 'candidates[0].cost: expected a finite positive number, received "x"' },
    ]);
  });

  it("a fractional number of days", () => {
    expect(issuesOf(() => estimateFlatFee({ platform: "instagram", followers: 1 }, { usageRightsDays: 1.5 }))).toStrictEqual([
      { path: ["usageRightsDays"], code: "invalid_type", message: "usageRightsDays: expected a whole number of days ≥ 0, received 1.5" },
    ]);
  });
});

describe("date offsets", () => {
  it("accepts the largest offsets, +23:00 and +00:59", () => {
    // 2026-01-01T00:00 at +23:00 is 2025-12-31T01:00Z (00:00 − 23 h); at +00:59 it is 2025-12-31T23:01Z (00:00 − 59 min).
    expect(parseProfile({ ...base, accountCreatedAt: "2026-01-01T00:00:00+23:00" }).accountCreatedAt).toBe(Date.UTC(2025, 11, 31, 1, 0));
    expect(parseProfile({ ...base, accountCreatedAt: "2026-01-01T00:00:00+00:59" }).accountCreatedAt).toBe(Date.UTC(2025, 11, 31, 23, 1));
  });
});
