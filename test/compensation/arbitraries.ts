// Generators shared by the compensation property tests (not a test file).
import { fc } from "@fast-check/vitest";
import { PLATFORMS, POST_FORMATS, type CompareCompensationOptions, type InfluencerProfileInput, type PostMetricsInput } from "../../src/index.js";

/** A count: 0, small, large or the largest safe integer. */
export const count: fc.Arbitrary<number> = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 50_000_000 }), fc.maxSafeNat());
const optional = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arbitrary, { nil: undefined });
const price = fc.oneof(fc.double({ min: 0.01, max: 10_000, noNaN: true }), fc.double({ min: 1e-6, max: 1e12, noNaN: true }));
const rate = fc.double({ min: 0, max: 1, noNaN: true });

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}

/** A valid post with one impression metric at most, so reach never exceeds impressions. */
export const post: fc.Arbitrary<PostMetricsInput> = fc
  .record({
    format: optional(fc.constantFrom(...POST_FORMATS)),
    likes: count,
    comments: count,
    metric: fc.constantFrom("impressions", "views", "reach", "none"),
    shown: count,
    clicks: optional(count),
  })
  .map(({ metric, shown, ...rest }) => withoutUndefined({ ...rest, ...(metric === "none" ? {} : { [metric]: shown }) }) as PostMetricsInput);

/** A valid profile: any platform, 0 to 50M followers, 0–12 posts, sometimes a summary or an audit share. */
export const profile: fc.Arbitrary<InfluencerProfileInput> = fc
  .record({
    platform: fc.constantFrom(...PLATFORMS),
    followers: count,
    posts: fc.array(post, { maxLength: 12 }),
    summary: optional(
      fc.record({
        postCount: fc.integer({ min: 1, max: 100 }),
        avgLikes: fc.double({ min: 0, max: 1e6, noNaN: true }),
        avgComments: fc.double({ min: 0, max: 1e5, noNaN: true }),
        avgViews: optional(fc.double({ min: 0, max: 1e7, noNaN: true })),
      }).map(withoutUndefined),
    ),
    audience: optional(fc.record({ authenticShare: rate })),
  })
  .map(withoutUndefined);

/** A profile with followers only: every estimate comes from the rate card. */
export const benchmarkProfile: fc.Arbitrary<InfluencerProfileInput> = fc.record({
  platform: fc.constantFrom("instagram", "tiktok", "youtube", "x", "facebook", "linkedin"),
  followers: fc.integer({ min: 1, max: 50_000_000 }),
});

/** Valid compareCompensation options. */
export const compareOptions: fc.Arbitrary<CompareCompensationOptions> = fc
  .record({
    costPerClick: price,
    averageOrderValue: price,
    commissionRate: optional(rate),
    bountyPerConversion: optional(price),
    clickThroughRate: optional(rate),
    conversionRate: optional(rate),
    cap: optional(price),
    margin: optional(rate),
    riskAversion: optional(fc.oneof(fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }))),
    flatFee: optional(price),
    format: optional(fc.constantFrom(...POST_FORMATS)),
    usageRightsDays: optional(fc.oneof(fc.integer({ min: 0, max: 800 }), fc.maxSafeNat())),
    whitelistingDays: optional(fc.oneof(fc.integer({ min: 0, max: 400 }), fc.maxSafeNat())),
    exclusivityDays: optional(fc.oneof(fc.integer({ min: 0, max: 400 }), fc.maxSafeNat())),
    demand: optional(fc.oneof(fc.double({ min: 0.1, max: 5, noNaN: true }), fc.double({ min: 0.001, max: 1_000, noNaN: true }))),
    bookingRate: optional(rate),
    quantiles: optional(
      fc.record({
        low: fc.double({ min: 0.001, max: 0.5, noNaN: true }),
        high: fc.double({ min: 0.5, max: 0.999, noNaN: true }),
      }),
    ),
  })
  .chain((options) => fc.boolean().map((hybrid) => withoutUndefined({ ...options, hybrid: hybrid && options.margin !== undefined })));

const day = fc.integer({ min: 0, max: 364 });
const isoDay = day.map((offset) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10));

/** A post with every optional field the models read: dates, shares, saves, sponsorship, topics. */
export const richPost: fc.Arbitrary<PostMetricsInput> = fc
  .record({
    base: post,
    publishedAt: optional(isoDay),
    shares: optional(count),
    saves: optional(count),
    sponsored: optional(fc.boolean()),
    brandMentions: optional(fc.integer({ min: 0, max: 5 })),
    topics: optional(fc.array(fc.constantFrom("food", "travel", "tech", "fitness"), { maxLength: 3 })),
  })
  .map(({ base, ...rest }) => withoutUndefined({ ...base, ...rest }) as PostMetricsInput);

/**
 * Any valid profile the models read in full: posts with or without measured
 * impressions, views or reach, a summary (with or without views or reach), a
 * follower history, the following count, the account's age, an audience audit
 * or sample, and brand accounts.
 */
export const fullProfile: fc.Arbitrary<InfluencerProfileInput> = fc
  .record({
    platform: fc.constantFrom(...PLATFORMS),
    followers: count,
    following: optional(fc.oneof(fc.integer({ min: 0, max: 10_000 }), count)),
    accountCreatedAt: optional(fc.constantFrom("2015-03-01", "2024-06-01", "2025-12-20")),
    posts: fc.array(richPost, { maxLength: 14 }),
    summary: optional(
      fc.record({
        postCount: fc.integer({ min: 1, max: 100 }),
        avgLikes: fc.double({ min: 0, max: 1e6, noNaN: true }),
        avgComments: fc.double({ min: 0, max: 1e5, noNaN: true }),
        avgShares: optional(fc.double({ min: 0, max: 1e5, noNaN: true })),
        avgSaves: optional(fc.double({ min: 0, max: 1e5, noNaN: true })),
        avgViews: optional(fc.double({ min: 0, max: 1e7, noNaN: true })),
        avgReach: optional(fc.double({ min: 0, max: 1e7, noNaN: true })),
        sponsoredShare: optional(rate),
      }).map(withoutUndefined),
    ),
    followerHistory: optional(
      fc.array(fc.record({ date: isoDay, followers: fc.oneof(fc.integer({ min: 0, max: 100_000 }), count) }), { maxLength: 20 }),
    ),
    audience: optional(
      fc.oneof(
        fc.record({ authenticShare: rate }),
        fc.record({
          sample: fc.array(
            fc.record({ followers: fc.integer({ min: 0, max: 5_000 }), following: fc.integer({ min: 0, max: 8_000 }), posts: fc.integer({ min: 0, max: 500 }) }),
            { minLength: 1, maxLength: 30 },
          ),
        }),
      ),
    ),
    isBrandAccount: optional(fc.boolean()),
  })
  .map(withoutUndefined);
