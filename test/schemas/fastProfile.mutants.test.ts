// Inputs the profile fast path (src/schemas/fastProfile.ts) must leave to the
// schema, found by mutation testing (docs/quality.md, "Mutation testing"): the
// fast path may be stricter than the schema, never looser.
import { describe, expect, it } from "vitest";
import { fastParseProfile } from "../../src/schemas/fastProfile.js";
import { influencerProfileSchema } from "../../src/schemas/profile.js";

describe("fastParseProfile leaves to the schema", () => {
  it("a list longer than the schema's 100,000 items", () => {
    // The same valid entry 100,001 times: one more than the schema's maxLength
    const posts = new Array<unknown>(100_001).fill({ likes: 0, comments: 0 });
    const history = new Array<unknown>(100_001).fill({ date: "2026-01-01", followers: 1 });
    const sample = new Array<unknown>(100_001).fill({ followers: 1, following: 1, posts: 1 });
    expect(fastParseProfile({ platform: "x", followers: 1, posts })).toBeUndefined();
    expect(fastParseProfile({ platform: "x", followers: 1, followerHistory: history })).toBeUndefined();
    expect(fastParseProfile({ platform: "x", followers: 1, audience: { sample } })).toBeUndefined();
  });

  it("a post, summary or account given as an array or a function that carries the fields", () => {
    const post = { likes: 1, comments: 1 };
    const summary = { postCount: 1, avgLikes: 1, avgComments: 1 };
    const account = { followers: 1, following: 1, posts: 1 };
    const inputs = [
      { platform: "x", followers: 1, posts: [Object.assign([], post)] },
      { platform: "x", followers: 1, posts: [Object.assign(() => 0, post)] },
      { platform: "x", followers: 1, summary: Object.assign([], summary) },
      { platform: "x", followers: 1, audience: { sample: [Object.assign(() => 0, account)] } },
      Object.assign([], { platform: "x", followers: 1 }),
    ];
    for (const input of inputs) {
      expect(influencerProfileSchema().safeParse(input).success).toBe(false); // the schema refuses them
      expect(fastParseProfile(input)).toBeUndefined();
    }
  });

  it("a topic list with a missing entry", () => {
    // A hole, or undefined, where the schema expects a topic string
    const input = { platform: "x", followers: 1, posts: [{ likes: 1, comments: 1, topics: ["a", undefined] }] };
    expect(influencerProfileSchema().safeParse(input).success).toBe(false);
    expect(fastParseProfile(input)).toBeUndefined();
  });
});

describe("fastParseProfile leaves to the schema, shares", () => {
  it("a negative share", () => {
    for (const input of [
      { platform: "x", followers: 1, audience: { authenticShare: -0.5 } },
      { platform: "x", followers: 1, summary: { postCount: 1, avgLikes: 1, avgComments: 1, sponsoredShare: -0.5 } },
    ]) {
      expect(influencerProfileSchema().safeParse(input).success).toBe(false);
      expect(fastParseProfile(input)).toBeUndefined();
    }
  });
});

describe("fastParseProfile builds what the schema builds", () => {
  it("a post with only likes and comments, without keys for the missing fields", () => {
    const input = { platform: "x", followers: 1, posts: [{ likes: 1, comments: 0 }] };
    expect(fastParseProfile(input)).toStrictEqual(influencerProfileSchema().parse(input));
    expect(Object.keys(fastParseProfile(input)?.posts[0] ?? {})).toEqual(["likes", "comments"]);
  });

  it("a summary with only its required fields, without keys for the missing ones", () => {
    // Absent averages and sponsored share are neither refused (the path must not give up) nor stored as undefined
    const input = { platform: "x", followers: 1, summary: { postCount: 3, avgLikes: 10, avgComments: 2 } };
    const parsed = fastParseProfile(input);
    expect(parsed).toStrictEqual(influencerProfileSchema().parse(input));
    expect(Object.keys(parsed?.summary ?? {})).toEqual(["postCount", "avgLikes", "avgComments"]);
  });

  it("an audience account with only its required fields, without keys for the missing ones", () => {
    const input = { platform: "x", followers: 1, audience: { sample: [{ followers: 5, following: 7, posts: 0 }] } };
    const parsed = fastParseProfile(input);
    expect(parsed).toStrictEqual(influencerProfileSchema().parse(input));
    expect(Object.keys(parsed?.audience?.sample?.[0] ?? {})).toEqual(["followers", "following", "posts"]);
  });

  it("a post with exactly 100 topics, the schema's maximum", () => {
    const topics = Array.from({ length: 100 }, (_, index) => `topic ${index}`);
    const input = { platform: "x", followers: 1, posts: [{ likes: 1, comments: 0, topics }] };
    const parsed = fastParseProfile(input);
    expect(parsed).toStrictEqual(influencerProfileSchema().parse(input));
    expect(parsed?.posts[0]?.topics).toHaveLength(100);
  });

  it("values at the schema's limits: shares of 1, a 200-character text, reach equal to impressions, 100,000 items", () => {
    // Each is valid, so the fast path must build it (falling back to zod would be right but ~15× slower)
    const inputs = [
      { platform: "x", followers: 1, audience: { authenticShare: 1 }, summary: { postCount: 1, avgLikes: 1, avgComments: 1, sponsoredShare: 1 } },
      { platform: "x", followers: 1, handle: "h".repeat(200) },
      { platform: "x", followers: 1, posts: [{ likes: 1, comments: 0, reach: 50, impressions: 50 }] },
      { platform: "x", followers: 1, followerHistory: new Array<unknown>(100_000).fill({ date: "2026-01-01", followers: 1 }) },
    ];
    for (const input of inputs) expect(fastParseProfile(input)).toStrictEqual(influencerProfileSchema().parse(input));
  });

  it("stores -0 averages as 0", () => {
    const parsed = fastParseProfile({ platform: "x", followers: 1, summary: { postCount: 1, avgLikes: -0, avgComments: -0, avgViews: -0, sponsoredShare: -0 } });
    expect(parsed?.summary).toEqual({ postCount: 1, avgLikes: 0, avgComments: 0, avgViews: 0, sponsoredShare: 0 });
    expect([parsed?.summary?.avgLikes, parsed?.summary?.avgComments, parsed?.summary?.avgViews, parsed?.summary?.sponsoredShare].every((value) => Object.is(value, 0))).toBe(true);
  });
});
