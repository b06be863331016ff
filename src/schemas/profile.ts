import * as z from "zod/mini";
import { flag, fraction, nonNegativeInt, nonNegativeNumber, oneOf, text } from "./fields.js";
import { dateExpected, isDate, toEpochMs } from "./parseDate.js";
import { PLATFORMS, POST_FORMATS, type Platform, type PostFormat } from "./platform.js";

export type { Platform, PostFormat } from "./platform.js";


/**
 * Returns zod's output without the keys whose value is `undefined` (an
 * optional field passed as `undefined`), so outputs are plain JSON (STYLE R7).
 * The object is returned as is when there are none.
 */
function withoutUndefined<T extends object>(value: T): T {
  if (!Object.values(value).includes(undefined)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/**
 * A date input: an ISO 8601 string (`"2026-03-01"`, `"2026-03-01T12:00:00Z"`), a `Date`, or epoch
 * milliseconds as {@link parseProfile} returns them (from 1973 on: see `MIN_EPOCH_MS`). @internal
 */
function dateField(): z.ZodMiniType<number> {
  // One wording for every date issue (dateExpected): the wrong-type branches never see a finite number, so they read the short form.
  const dateMessage = (issue: { readonly input?: unknown }): string => dateExpected(issue.input);
  return z.pipe(
    // isDate, not z.date: zod's date check calls getTime, which throws on a Date look-alike (a Proxy, Object.create(Date.prototype)).
    z.union([z.custom<Date>(isDate, { error: dateMessage }), z.string({ error: dateMessage }), z.number({ error: dateMessage })], { error: dateMessage }),
    z.transform((value: Date | string | number, context) => {
      const time = toEpochMs(value);
      if (time === null) {
        context.issues.push({ code: "custom", message: dateExpected(value), input: value });
        return z.NEVER;
      }
      return time;
    }),
  );
}

/**
 * Metrics of one post, as a platform API or an export reports them. Counts
 * are non-negative integers; `publishedAt` is an ISO 8601 string, a `Date` or epoch milliseconds.
 *
 * @example
 * const post: PostMetricsInput = { likes: 1200, comments: 45, publishedAt: "2026-03-01", format: "reel" };
 * post.likes + post.comments;
 * // => 1245
 * @category Input
 */
export interface PostMetricsInput {
  /** Your identifier for the post. */
  readonly id?: string | undefined;
  /** When the post was published: ISO 8601 string, `Date` or epoch milliseconds (see {@link InfluencerProfileInput}). */
  readonly publishedAt?: string | Date | number | undefined;
  /** Post format. */
  readonly format?: PostFormat | undefined;
  /** Likes (hearts, thumbs up). */
  readonly likes: number;
  /** Comments (replies on X). */
  readonly comments: number;
  /** Shares (reposts, retweets). */
  readonly shares?: number | undefined;
  /** Saves (bookmarks). */
  readonly saves?: number | undefined;
  /** Views or plays (video). */
  readonly views?: number | undefined;
  /** Unique accounts reached. */
  readonly reach?: number | undefined;
  /** Times shown, counting repeats; never below `reach`. */
  readonly impressions?: number | undefined;
  /** Link clicks. */
  readonly clicks?: number | undefined;
  /** Whether the post is paid or sponsored (disclosed partnership). */
  readonly sponsored?: boolean | undefined;
  /** Number of brands tagged or mentioned in the post. */
  readonly brandMentions?: number | undefined;
  /** Topics or hashtags the post is about. */
  readonly topics?: readonly string[] | undefined;
}

/**
 * A post after validation: the same fields, with `publishedAt` as epoch milliseconds (UTC).
 *
 * @example
 * const post: PostMetrics = parseProfile({ platform: "instagram", followers: 1000, posts: [{ likes: 10, comments: 1, publishedAt: "1970-01-02" }] }).posts[0]!;
 * post.publishedAt;
 * // => 86400000
 * @category Input
 */
export interface PostMetrics extends Omit<PostMetricsInput, "publishedAt"> {
  /** Publication instant in epoch milliseconds (UTC). */
  readonly publishedAt?: number | undefined;
}

/**
 * One point of a follower-count time series.
 *
 * @example
 * const point: FollowerSnapshotInput = { date: "2026-03-01", followers: 12_400 };
 * point.followers;
 * // => 12400
 * @category Input
 */
export interface FollowerSnapshotInput {
  /** When the count was taken: ISO 8601 string, `Date` or epoch milliseconds (see {@link InfluencerProfileInput}). */
  readonly date: string | Date | number;
  /** Follower count at that time. */
  readonly followers: number;
}

/**
 * A follower snapshot after validation, with `date` as epoch milliseconds (UTC).
 *
 * @example
 * const point: FollowerSnapshot = { date: Date.UTC(2026, 2, 1), followers: 12_400 };
 * point.date;
 * // => 1772323200000
 * @category Input
 */
export interface FollowerSnapshot {
  /** Epoch milliseconds (UTC). */
  readonly date: number;
  /** Follower count at that time. */
  readonly followers: number;
}

/**
 * One follower account from a sample of an influencer's audience: the counts
 * any export gives, input for the audience-authenticity estimator.
 *
 * @example
 * const account: AudienceAccount = { followers: 12, following: 4_100, posts: 0, hasProfilePicture: false };
 * account.following / account.followers > 100;
 * // => true
 * @category Input
 */
export interface AudienceAccount {
  /** Followers of this follower account. */
  readonly followers: number;
  /** Accounts it follows. */
  readonly following: number;
  /** Posts it has published. */
  readonly posts: number;
  /** Whether it has a profile picture. */
  readonly hasProfilePicture?: boolean | undefined;
  /** Whether the account is private. */
  readonly isPrivate?: boolean | undefined;
  /** Its username (used only for digit features; never stored in results). */
  readonly username?: string | undefined;
  /** Characters in its biography. */
  readonly biographyLength?: number | undefined;
}

/**
 * A random sample of an influencer's follower accounts.
 *
 * @example
 * const sample: AudienceSample = [{ followers: 300, following: 280, posts: 45 }];
 * sample.length;
 * // => 1
 * @category Input
 */
export type AudienceSample = readonly AudienceAccount[];

/**
 * Aggregates for users who only have averages, not post-level data.
 *
 * @example
 * const summary: ProfileSummary = { postCount: 30, avgLikes: 850, avgComments: 40 };
 * (summary.avgLikes + summary.avgComments) / 20_000;
 * // => 0.0445
 * @category Input
 */
export interface ProfileSummary {
  /** Number of posts the averages cover (at least 1). */
  readonly postCount: number;
  /** Mean likes per post. */
  readonly avgLikes: number;
  /** Mean comments per post. */
  readonly avgComments: number;
  /** Mean shares per post. */
  readonly avgShares?: number | undefined;
  /** Mean saves per post. */
  readonly avgSaves?: number | undefined;
  /** Mean views per post. */
  readonly avgViews?: number | undefined;
  /** Mean reach per post. */
  readonly avgReach?: number | undefined;
  /** Share of posts that are sponsored, in [0, 1]. */
  readonly sponsoredShare?: number | undefined;
}

/**
 * What is known about the audience itself.
 *
 * @example
 * const audience: AudienceInput = { authenticShare: 0.82 };
 * 1 - audience.authenticShare!;
 * // => 0.18000000000000005
 * @category Input
 */
export interface AudienceInput {
  /** Share of real followers in [0, 1], from a data vendor's audit. */
  readonly authenticShare?: number | undefined;
  /** A random sample of follower accounts, for the library's own estimate. */
  readonly sample?: AudienceSample | undefined;
}

/**
 * The description of an influencer that every model reads, as a user writes it.
 * Only `platform` and `followers` are required; every other field improves the estimates.
 *
 * Dates (`accountCreatedAt`, a post's `publishedAt`, a snapshot's `date`) are
 * ISO 8601 strings, `Date`s, or whole epoch milliseconds, the form
 * {@link parseProfile} returns, so a parsed profile that went through JSON or
 * `postMessage` parses again to the same profile. A number below 10¹¹
 * (3 March 1973) is rejected: it is almost surely epoch seconds, which
 * would otherwise read as a day in January 1970. So a profile with an
 * earlier date (accepted as a string or `Date`) does not parse again.
 *
 * @example
 * const input: InfluencerProfileInput = { handle: "@trailmix", platform: "instagram", followers: 24_000 };
 * input.platform;
 * // => "instagram"
 * @category Input
 */
export interface InfluencerProfileInput {
  /** Your identifier for the influencer. */
  readonly id?: string | undefined;
  /** Public handle, e.g. `"@trailmix"`. */
  readonly handle?: string | undefined;
  /** The platform the counts are from. */
  readonly platform: Platform;
  /** Followers (subscribers on YouTube); may be 0. */
  readonly followers: number;
  /** Accounts the influencer follows. */
  readonly following?: number | undefined;
  /** When the account was created: ISO 8601 string, `Date` or epoch milliseconds (see above). */
  readonly accountCreatedAt?: string | Date | number | undefined;
  /** Recent posts, any order. */
  readonly posts?: readonly PostMetricsInput[] | undefined;
  /** Averages, for users without post-level data. */
  readonly summary?: ProfileSummary | undefined;
  /** Follower counts over time, any order. */
  readonly followerHistory?: readonly FollowerSnapshotInput[] | undefined;
  /** Audience authenticity data. */
  readonly audience?: AudienceInput | undefined;
  /** Whether this is a brand's own account rather than a creator's. */
  readonly isBrandAccount?: boolean | undefined;
}

/**
 * An influencer profile after validation: dates are epoch milliseconds (UTC),
 * `posts` and `followerHistory` are always arrays (possibly empty), the
 * history is sorted by date, and `isBrandAccount` is a boolean.
 *
 * @example
 * const profile: InfluencerProfile = parseProfile({ platform: "tiktok", followers: 5_000 });
 * [profile.posts.length, profile.isBrandAccount];
 * // => [0, false]
 * @category Input
 */
export interface InfluencerProfile {
  /** Your identifier for the influencer. */
  readonly id?: string | undefined;
  /** Public handle. */
  readonly handle?: string | undefined;
  /** The platform the counts are from. */
  readonly platform: Platform;
  /** Followers (subscribers on YouTube). */
  readonly followers: number;
  /** Accounts the influencer follows. */
  readonly following?: number | undefined;
  /** Account creation instant, epoch milliseconds (UTC). */
  readonly accountCreatedAt?: number | undefined;
  /** Posts, in input order. */
  readonly posts: readonly PostMetrics[];
  /** Averages, when given. */
  readonly summary?: ProfileSummary | undefined;
  /** Follower history sorted by date, one point per instant. */
  readonly followerHistory: readonly FollowerSnapshot[];
  /** Audience authenticity data, when given. */
  readonly audience?: AudienceInput | undefined;
  /** Whether this is a brand's own account. */
  readonly isBrandAccount: boolean;
}

let postSchema: z.ZodMiniType<PostMetrics> | undefined;
let snapshotSchema: z.ZodMiniType<FollowerSnapshot> | undefined;
let accountSchema: z.ZodMiniType<AudienceAccount> | undefined;
let sampleSchema: z.ZodMiniType<AudienceSample> | undefined;
let profileSchema: z.ZodMiniType<InfluencerProfile> | undefined;

/** Upper bound on array lengths in one profile, so a hostile input cannot exhaust memory. */
const MAX_ITEMS = 100_000;

function list<T, I>(item: z.ZodMiniType<T, I>, what: string): z.ZodMiniType<T[], I[]> {
  const message = `expected an array of ${what}`;
  return z.array(item, { error: message }).check(z.maxLength(MAX_ITEMS, { error: `expected at most ${MAX_ITEMS} ${what}` }));
}

/** Schema of one post. @internal */
export function postMetricsSchema(): z.ZodMiniType<PostMetrics> {
  postSchema ??= z.object(
    {
      id: z.optional(text(200)),
      publishedAt: z.optional(dateField()),
      format: z.optional(oneOf(POST_FORMATS)),
      likes: nonNegativeInt(),
      comments: nonNegativeInt(),
      shares: z.optional(nonNegativeInt()),
      saves: z.optional(nonNegativeInt()),
      views: z.optional(nonNegativeInt()),
      reach: z.optional(nonNegativeInt()),
      impressions: z.optional(nonNegativeInt()),
      clicks: z.optional(nonNegativeInt()),
      sponsored: z.optional(flag()),
      brandMentions: z.optional(nonNegativeInt()),
      // Not list(): its limit of MAX_ITEMS, checked first, told a post of 100,001 topics that the limit was 100,000.
      topics: z.optional(z.array(text(200), { error: "expected an array of topic strings" }).check(z.maxLength(100, { error: "expected at most 100 topics" }))),
    },
    { error: "expected a post object" },
  ).check(
    z.overwrite(withoutUndefined),
    z.refine((post) => post.reach === undefined || post.impressions === undefined || post.reach <= post.impressions, {
      error: "expected at most the post's impressions (reach counts unique accounts)",
      path: ["reach"],
    }),
  );
  return postSchema;
}

/** Schema of one follower snapshot. @internal */
export function followerSnapshotSchema(): z.ZodMiniType<FollowerSnapshot> {
  snapshotSchema ??= z.object({ date: dateField(), followers: nonNegativeInt() }, { error: "expected an object with date and followers" });
  return snapshotSchema;
}

/** Schema of one follower account in an audience sample. @internal */
export function audienceAccountSchema(): z.ZodMiniType<AudienceAccount> {
  accountSchema ??= z.object(
    {
      followers: nonNegativeInt(),
      following: nonNegativeInt(),
      posts: nonNegativeInt(),
      hasProfilePicture: z.optional(flag()),
      isPrivate: z.optional(flag()),
      username: z.optional(text(200)),
      biographyLength: z.optional(nonNegativeInt()),
    },
    { error: "expected an account object with followers, following and posts" },
  ).check(z.overwrite(withoutUndefined));
  return accountSchema;
}

/** Schema of an audience sample: a non-empty array of accounts. @internal */
export function audienceSampleSchema(): z.ZodMiniType<AudienceSample> {
  sampleSchema ??= list(audienceAccountSchema(), "follower accounts").check(
    z.minLength(1, { error: "expected at least one follower account" }),
  );
  return sampleSchema;
}

/** Schema of a whole profile; parseProfile adds sorting and warnings. @internal */
export function influencerProfileSchema(): z.ZodMiniType<InfluencerProfile> {
  profileSchema ??= z.object(
    {
      id: z.optional(text(200)),
      handle: z.optional(text(200)),
      platform: oneOf(PLATFORMS),
      followers: nonNegativeInt(),
      following: z.optional(nonNegativeInt()),
      accountCreatedAt: z.optional(dateField()),
      posts: z._default(list(postMetricsSchema(), "posts"), () => []),
      summary: z.optional(
        z.object(
          {
            postCount: z.int({ error: "expected a positive integer" }).check(z.gte(1, { error: "expected a positive integer" })),
            avgLikes: nonNegativeNumber(),
            avgComments: nonNegativeNumber(),
            avgShares: z.optional(nonNegativeNumber()),
            avgSaves: z.optional(nonNegativeNumber()),
            avgViews: z.optional(nonNegativeNumber()),
            avgReach: z.optional(nonNegativeNumber()),
            sponsoredShare: z.optional(fraction()),
          },
          { error: "expected a summary object" },
        ).check(z.overwrite(withoutUndefined)),
      ),
      followerHistory: z._default(list(followerSnapshotSchema(), "follower snapshots"), () => []),
      audience: z.optional(
        z.object(
          { authenticShare: z.optional(fraction()), sample: z.optional(audienceSampleSchema()) },
          { error: "expected an audience object" },
        ).check(z.overwrite(withoutUndefined)),
      ),
      isBrandAccount: z._default(flag(), false),
    },
    { error: "expected a profile object" },
  ).check(z.overwrite(withoutUndefined));
  return profileSchema;
}
