// Generators shared by the compensation property tests (not a test file).
import { fc } from "@fast-check/vitest";
import { PLATFORMS, POST_FORMATS, type CompareCompensationOptions, type InfluencerProfileInput, type PostMetricsInput } from "../../src/index.js";

const count = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 50_000_000 }), fc.maxSafeNat());
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
