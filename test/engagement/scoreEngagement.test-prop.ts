import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { measureEngagementRate, PLATFORMS, scoreEngagement, type InfluencerProfileInput, type PostMetricsInput } from "../../src/index.js";
import { deepFreeze, leaves, post, profile, profileWithPosts } from "./arbitraries.js";

// The mutation setup (test/reliability/stryker.setup.ts) sets a global numRuns; an explicit one here would override it.
const runs = (count: number): number => fc.readConfigureGlobal().numRuns ?? count;

// The mutation setup (test/reliability/stryker.setup.ts) sets a global numRuns; an explicit one here would override it.
const RUNS = { numRuns: fc.readConfigureGlobal().numRuns ?? 300 };

test.prop([profile], RUNS)("gives a score in [0, 100] with a band, or null with band unknown, confidence 0 and a reason", (input) => {
  const result = scoreEngagement(input);
  if (result.score === null) {
    expect([result.band, result.confidence]).toEqual(["unknown", 0]);
    expect(result.reasons.length).toBeGreaterThan(0);
  } else {
    expect(result.score >= 0 && result.score <= 100).toBe(true);
    expect(result.band).not.toBe("unknown");
    expect(result.confidence > 0 && result.confidence <= 1).toBe(true);
  }
});

test.prop([profile], RUNS)("contains no NaN, Infinity or undefined and survives a JSON round trip", (input) => {
  const result = scoreEngagement(input);
  for (const leaf of leaves(result)) {
    expect(leaf === undefined).toBe(false);
    if (typeof leaf === "number") expect(Number.isFinite(leaf)).toBe(true);
  }
  expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
});

test.prop([profileWithPosts, fc.nat(), fc.integer({ min: 1, max: 1_000_000 })], RUNS)(
  "never lowers the score or the estimate when one post gets more likes",
  (input, at, extra) => {
    const posts = input.posts ?? [];
    const index = at % posts.length;
    const raised = { ...input, posts: posts.map((item, position) => (position === index ? { ...item, likes: item.likes + extra } : item)) };
    const before = scoreEngagement(input);
    const after = scoreEngagement(raised);
    expect(after.score === null).toBe(before.score === null);
    if (before.score !== null && after.score !== null) expect(after.score).toBeGreaterThanOrEqual(before.score);
    if (before.estimate !== null && after.estimate !== null) expect(after.estimate).toBeGreaterThanOrEqual(before.estimate);
  },
);

test.prop(
  [
    fc.constantFrom(...PLATFORMS),
    fc.oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 10_000_000 })),
    fc.integer({ min: 1, max: 40 }),
    fc.boolean(),
  ],
  RUNS,
)("never reads posts with no interactions above the peers' median", (platform, followers, count, summarised) => {
  // No interactions are no evidence of a rate above the prior, however few followers saw them.
  const input: InfluencerProfileInput = summarised
    ? { platform, followers, summary: { postCount: count, avgLikes: 0, avgComments: 0 } }
    : { platform, followers, posts: Array.from({ length: count }, () => ({ likes: 0, comments: 0 })) };
  const result = scoreEngagement(input);
  const median = result.benchmark?.median;
  if (result.estimate !== null && median !== undefined) expect(result.estimate).toBeLessThanOrEqual(median * (1 + 1e-12));
});

test.prop([profileWithPosts, fc.infiniteStream(fc.nat())], RUNS)("does not depend on the order of the posts", (input, randoms) => {
  const posts = input.posts ?? [];
  // Fisher–Yates with the generated stream; `order[k]` is the original index of the k-th shuffled post.
  const order = posts.map((_, index) => index);
  const stream = randoms[Symbol.iterator]();
  for (let index = order.length - 1; index > 0; index--) {
    const swap = Number(stream.next().value) % (index + 1);
    [order[index], order[swap]] = [order[swap] ?? 0, order[index] ?? 0];
  }
  const shuffled: InfluencerProfileInput = { ...input, posts: order.map((index) => posts[index] as PostMetricsInput) };
  const original = scoreEngagement(input);
  const permuted = scoreEngagement(shuffled);
  const { outliers: originalOutliers, ...originalRest } = original;
  const { outliers: permutedOutliers, ...permutedRest } = permuted;
  expect(permutedRest).toStrictEqual(originalRest);
  // Outliers point at the same posts, under their new positions.
  const mapped = permutedOutliers.map((outlier) => ({ ...outlier, index: order[outlier.index] })).sort((left, right) => Number(left.index) - Number(right.index));
  expect(mapped).toStrictEqual(originalOutliers);
});

test.prop([profile], { numRuns: runs(100) })("leaves a deep-frozen input untouched", (input) => {
  const copy = structuredClone(input);
  expect(() => scoreEngagement(deepFreeze(input))).not.toThrow();
  expect(input).toEqual(copy);
});

test.prop([post, fc.integer({ min: 0, max: 10_000_000 })], RUNS)("gives a non-negative finite rate or null", (item, followers) => {
  for (const basis of ["followers", "reach", "impressions", "views"] as const) {
    const rate = measureEngagementRate(item, { followers, basis });
    if (rate !== null) expect(Number.isFinite(rate) && rate >= 0).toBe(true);
  }
});

test.prop(
  [fc.constantFrom("instagram" as const, "facebook" as const, "tiktok" as const, "linkedin" as const), fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 40 })],
  RUNS,
)("never raises the estimate for one more post with no engagement, once the offset's rate is at or below the peers' median", (platform, followers, count) => {
  // Half an interaction over n posts is a rate of 0.5 / (n · followers) for posts with none. At or below the median, one more
  // such post lowers y and the shrinkage both; with half an interaction per post the estimate rose with every post.
  const zeros = (n: number): InfluencerProfileInput => ({ platform, followers, posts: Array.from({ length: n }, () => ({ likes: 0, comments: 0 })) });
  const fewer = scoreEngagement(zeros(count));
  const median = fewer.benchmark?.median ?? 0;
  fc.pre(0.5 / (count * followers) <= median);
  const more = scoreEngagement(zeros(count + 1));
  expect(more.estimate ?? Number.NaN).toBeLessThanOrEqual(fewer.estimate ?? Number.NaN);
  expect(more.score ?? Number.NaN).toBeLessThanOrEqual(fewer.score ?? Number.NaN);
});
