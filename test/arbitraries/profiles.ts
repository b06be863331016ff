// Valid inputs for every model: posts, summaries, follower histories,
// audience samples and whole profiles on every platform, from an empty
// account to a huge one. Everything generated here must pass parseProfile.
import { fc } from "@fast-check/vitest";
import {
  PLATFORMS,
  POST_FORMATS,
  type AudienceAccount,
  type AudienceInput,
  type FollowerSnapshotInput,
  type InfluencerProfileInput,
  type PostMetricsInput,
  type ProfileSummary,
} from "../../src/index.js";
import { average, count, dateInput, day, followers, identifier, optional, share, withoutUndefined } from "./primitives.js";

/** Every platform. */
export const platform: fc.Arbitrary<(typeof PLATFORMS)[number]> = fc.constantFrom(...PLATFORMS);

/** Up to three topics per post from a small vocabulary, so concentrations vary. */
const topics = fc.uniqueArray(fc.constantFrom("food", "travel", "fitness", "tech", "beauty", "gaming"), { minLength: 1, maxLength: 3 });

/**
 * One valid post. Optional counts are present or absent independently;
 * `reach` never exceeds `impressions` (the one cross-field rule); dates come
 * in every accepted spelling; some posts are sponsored and tag brands.
 */
export const post: fc.Arbitrary<PostMetricsInput> = fc
  .record({
    id: optional(identifier),
    publishedAt: optional(dateInput),
    format: optional(fc.constantFrom(...POST_FORMATS)),
    likes: count,
    comments: count,
    shares: optional(count),
    saves: optional(count),
    views: optional(count),
    shown: optional(fc.tuple(count, count)), // [reach, impressions] before ordering
    reachOnly: fc.boolean(),
    clicks: optional(count),
    sponsored: optional(fc.boolean()),
    brandMentions: optional(fc.integer({ min: 0, max: 5 })),
    topics: optional(topics),
  })
  .map(({ shown, reachOnly, ...rest }) => {
    if (shown === undefined) return withoutUndefined(rest);
    const [first, second] = shown;
    const low = Math.min(first, second);
    const high = Math.max(first, second);
    return withoutUndefined({ ...rest, ...(reachOnly ? { reach: low } : { reach: low, impressions: high }) });
  });

/** A post with every count 0. */
export const zeroPost: fc.Arbitrary<PostMetricsInput> = fc.constant({ likes: 0, comments: 0, shares: 0, saves: 0, views: 0, reach: 0, impressions: 0, clicks: 0 });

/** A sponsored post tagging at least one brand. */
export const sponsoredPost: fc.Arbitrary<PostMetricsInput> = post.map((item) => ({ ...item, sponsored: true, brandMentions: Math.max(1, item.brandMentions ?? 1) }));

/**
 * The posts of a profile: none, one, a few varied ones, the same post
 * repeated (zero spread), all zeros, or mostly sponsored ones. At most 12, to
 * keep each run cheap.
 */
export const posts: fc.Arbitrary<PostMetricsInput[]> = fc.oneof(
  { weight: 2, arbitrary: fc.constant<PostMetricsInput[]>([]) },
  { weight: 2, arbitrary: post.map((item) => [item]) },
  { weight: 6, arbitrary: fc.array(post, { minLength: 2, maxLength: 12 }) },
  { weight: 2, arbitrary: fc.tuple(post, fc.integer({ min: 2, max: 8 })).map(([item, times]) => Array.from({ length: times }, () => structuredClone(item))) },
  { weight: 1, arbitrary: fc.array(zeroPost, { minLength: 1, maxLength: 5 }) },
  { weight: 1, arbitrary: fc.array(fc.oneof(sponsoredPost, post), { minLength: 3, maxLength: 10 }) },
);

/** Averages for a user without post-level data. */
export const summary: fc.Arbitrary<ProfileSummary> = fc
  .record({
    postCount: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 500 })),
    avgLikes: average,
    avgComments: average,
    avgShares: optional(average),
    avgSaves: optional(average),
    avgViews: optional(average),
    avgReach: optional(average),
    sponsoredShare: optional(share),
  })
  .map(withoutUndefined);

/** A follower history: 0 to 12 snapshots on days of 2024–2026, any order, duplicate days allowed. */
export const followerHistory: fc.Arbitrary<FollowerSnapshotInput[]> = fc.oneof(
  fc.array(fc.record({ date: day, followers: count }), { maxLength: 12 }),
  // A smooth series with one jump: the shape the growth signals look at.
  fc.tuple(fc.integer({ min: 3, max: 12 }), fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: 0, max: 500_000 })).map(
    ([length, start, step, jump]) =>
      Array.from({ length }, (_, index) => ({
        date: new Date(Date.UTC(2025, 0, 1) + index * 7 * 86_400_000).toISOString().slice(0, 10),
        followers: start + index * step + (index === Math.floor(length / 2) ? jump : 0),
      })),
  ),
);

/** A follower history whose dates are all different, so its order cannot matter (duplicates keep the later one in input order). */
export const distinctHistory: fc.Arbitrary<FollowerSnapshotInput[]> = fc
  .uniqueArray(fc.record({ date: day, followers: count }), { maxLength: 12, selector: (point) => point.date })
  .map((points) => points);

/** One follower account of an audience sample: real-looking, bot-looking or anything in between. */
export const audienceAccount: fc.Arbitrary<AudienceAccount> = fc
  .record({
    followers: count,
    following: count,
    posts: count,
    hasProfilePicture: optional(fc.boolean()),
    isPrivate: optional(fc.boolean()),
    username: optional(fc.stringMatching(/^[a-z0-9._]{1,30}$/u)),
    biographyLength: optional(fc.integer({ min: 0, max: 150 })),
  })
  .map(withoutUndefined);

/** An audience sample: 1 to 25 accounts (the schemas need at least one). */
export const audienceSample: fc.Arbitrary<AudienceAccount[]> = fc.array(audienceAccount, { minLength: 1, maxLength: 25 });

/** What is known about the audience: a vendor's share, a sample, both or neither. */
export const audience: fc.Arbitrary<AudienceInput> = fc
  .record({ authenticShare: optional(share), sample: optional(audienceSample) })
  .map(withoutUndefined);

/**
 * Keys a JSON payload may carry that the schemas must drop without harm:
 * an own `__proto__` key (as `JSON.parse` creates it), `constructor`,
 * `prototype` and an unknown field holding deeply nested junk.
 */
export const extraKeys: fc.Arbitrary<Record<string, unknown>> = fc.constantFrom(
  {},
  JSON.parse('{"__proto__": {"polluted": "yes"}}') as Record<string, unknown>,
  { constructor: { prototype: { polluted: "yes" } }, prototype: { polluted: "yes" } },
  { notAField: JSON.parse(`${"[".repeat(200)}1${"]".repeat(200)}`) as unknown },
);

/**
 * A valid profile: every platform, 0 to a billion followers (and the
 * largest safe integer), with or without posts, a summary, a history, an
 * audience (vendor share and/or sample), a following count, an account
 * creation date, ids and handles, brand accounts, and sometimes harmless
 * extra keys such as `__proto__`.
 */
export const profile: fc.Arbitrary<InfluencerProfileInput> = fc
  .record({
    id: optional(identifier),
    handle: optional(identifier),
    platform,
    followers,
    following: optional(count),
    accountCreatedAt: optional(dateInput),
    posts: optional(posts),
    summary: optional(summary),
    followerHistory: optional(followerHistory),
    audience: optional(audience),
    isBrandAccount: optional(fc.boolean()),
    extra: fc.oneof({ weight: 6, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: extraKeys }),
  })
  .map(({ extra, ...fields }) => Object.assign(structuredClone(extra), withoutUndefined(fields)) as InfluencerProfileInput);

/** A valid profile with at least one post (and no duplicate history dates), for laws about post order. */
export const profileForReordering: fc.Arbitrary<InfluencerProfileInput> = fc
  .tuple(profile, fc.array(post, { minLength: 2, maxLength: 12 }), distinctHistory)
  .map(([base, items, history]) => ({ ...base, posts: items, followerHistory: history }));

/** Only the two required fields: every estimate then comes from defaults. */
export const bareProfile: fc.Arbitrary<InfluencerProfileInput> = fc.record({ platform, followers });
