// The output of the zod profile schema itself (InfluencerProfileSchema,
// PostMetricsSchema), which parseProfile's fast path hides: valid input is
// normally built without zod, so the schema's own output is seen only here.
//
// Keep the defaults test FIRST: the defaults are fixed when the schema is built,
// once, and Stryker credits building it to the first test of a file that does
// (see fieldMessages.test.ts).
import { describe, expect, it } from "vitest";
import { InfluencerProfileSchema, PostMetricsSchema } from "../../src/index.js";

describe("InfluencerProfileSchema's output", () => {
  it("fills in the defaults and leaves out optional keys given as undefined, at every level, so it is plain JSON (R7)", () => {
    const result = InfluencerProfileSchema.safeParse({
      platform: "x",
      followers: 1,
      id: undefined,
      summary: { postCount: 1, avgLikes: 1, avgComments: 0, avgShares: undefined },
      audience: { authenticShare: undefined, sample: [{ followers: 1, following: 2, posts: 3, username: undefined }] },
    });
    expect(result.success ? result.data : null).toStrictEqual({
      platform: "x",
      followers: 1,
      posts: [],
      summary: { postCount: 1, avgLikes: 1, avgComments: 0 },
      followerHistory: [],
      audience: { sample: [{ followers: 1, following: 2, posts: 3 }] },
      isBrandAccount: false,
    });
  });

  it("leaves out a post's optional keys given as undefined", () => {
    const result = InfluencerProfileSchema.safeParse({ platform: "x", followers: 1, posts: [{ likes: 1, comments: 0, shares: undefined, topics: undefined }] });
    expect(result.success ? result.data.posts : null).toStrictEqual([{ likes: 1, comments: 0 }]);
  });
});

describe("PostMetricsSchema's reach rule", () => {
  it.each([
    ["reach without impressions", { reach: 10 }],
    ["impressions without reach", { impressions: 10 }],
    ["reach equal to impressions", { reach: 10, impressions: 10 }],
  ])("accepts %s", (_label, counts) => {
    expect(PostMetricsSchema.safeParse({ likes: 1, comments: 0, ...counts })).toStrictEqual({ success: true, data: { likes: 1, comments: 0, ...counts } });
  });
});
