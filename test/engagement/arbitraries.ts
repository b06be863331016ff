// Generators shared by the engagement property tests (not a test file).
import { fc } from "@fast-check/vitest";
import { PLATFORMS, type InfluencerProfileInput, type PostMetricsInput } from "../../src/index.js";

const count = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 5_000_000 }));
const optionalCount = fc.option(count, { nil: undefined });
const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2026, 11, 31) }).map((ms) => new Date(ms).toISOString());

/** A valid post: likes and comments, sometimes shares, saves, views, reach and a date. */
export const post: fc.Arbitrary<PostMetricsInput> = fc
  .record({
    likes: count,
    comments: count,
    shares: optionalCount,
    saves: optionalCount,
    views: optionalCount,
    reach: optionalCount,
    publishedAt: fc.option(instant, { nil: undefined }),
  })
  .map((fields) => Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as unknown as PostMetricsInput);

/** A valid profile with 0–40 posts, sometimes a summary, sometimes a brand account. */
export const profile: fc.Arbitrary<InfluencerProfileInput> = fc
  .record({
    platform: fc.constantFrom(...PLATFORMS),
    followers: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2_000 }), fc.integer({ min: 0, max: 50_000_000 })),
    posts: fc.array(post, { maxLength: 40 }),
    isBrandAccount: fc.boolean(),
    summary: fc.option(
      fc.record({
        postCount: fc.integer({ min: 1, max: 100 }),
        avgLikes: fc.double({ min: 0, max: 1e6, noNaN: true }),
        avgComments: fc.double({ min: 0, max: 1e5, noNaN: true }),
        avgViews: fc.double({ min: 0, max: 1e7, noNaN: true }),
      }),
      { nil: undefined },
    ),
  })
  .map(({ summary, ...rest }) => (summary === undefined ? rest : { ...rest, summary }));

/** The same profile with at least one post. */
export const profileWithPosts: fc.Arbitrary<InfluencerProfileInput> = profile.filter((value) => (value.posts?.length ?? 0) > 0);

/** Every value reachable in a JSON-like tree. */
export function leaves(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(leaves);
  return [value];
}

/** Deep-freezes a plain object tree and returns it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
