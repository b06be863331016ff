import * as z from "zod/mini";
import { nonNegativeInt, oneOf, optionsObject } from "../schemas/fields.js";
import { parseInput } from "../schemas/parseInput.js";
import type { ParsedProfile } from "../schemas/parseProfile.js";
import { PLATFORMS, type Platform } from "../schemas/platform.js";
import { postMetricsSchema, type PostMetrics, type PostMetricsInput } from "../schemas/profile.js";

/**
 * The denominator of an engagement rate.
 *
 * - `followers`: the account's followers (subscribers on YouTube), the classic definition.
 * - `reach`: unique accounts that saw the post.
 * - `impressions`: times the post was shown, counting repeats.
 * - `views`: video views or plays.
 *
 * @example
 * const basis: EngagementBasis = "views";
 * ENGAGEMENT_BASES.includes(basis);
 * // => true
 * @category Engagement
 */
export type EngagementBasis = "followers" | "reach" | "impressions" | "views";

/**
 * Every {@link EngagementBasis}, in a fixed order.
 *
 * @example
 * ENGAGEMENT_BASES.join(", ");
 * // => "followers, reach, impressions, views"
 * @category Engagement
 */
export const ENGAGEMENT_BASES: readonly [EngagementBasis, ...EngagementBasis[]] = ["followers", "reach", "impressions", "views"];

/**
 * An interaction counted in the numerator of an engagement rate.
 *
 * @example
 * const action: EngagementAction = "saves";
 * ENGAGEMENT_ACTIONS.includes(action);
 * // => true
 * @category Engagement
 */
export type EngagementAction = "likes" | "comments" | "shares" | "saves";

/**
 * Every {@link EngagementAction}, in a fixed order.
 *
 * @example
 * ENGAGEMENT_ACTIONS.length;
 * // => 4
 * @category Engagement
 */
export const ENGAGEMENT_ACTIONS: readonly [EngagementAction, ...EngagementAction[]] = ["likes", "comments", "shares", "saves"];

/**
 * Options for {@link measureEngagementRate}.
 *
 * @category Engagement
 */
export interface MeasureEngagementRateOptions {
  /** The account's followers; needed on the `followers` basis. A non-negative integer. */
  readonly followers?: number | undefined;
  /**
   * The denominator. Defaults to the platform's default (see {@link measureEngagementRate}),
   * or to `followers` when no platform is given.
   */
  readonly basis?: EngagementBasis | undefined;
  /** Interactions to count; at least one. Defaults to every count present on the post. */
  readonly actions?: readonly EngagementAction[] | undefined;
  /** The platform the post is from; only used to pick the default basis. */
  readonly platform?: Platform | undefined;
}

/** Bit per action, so the per-post loop tests a mask instead of searching an array. */
const ACTION_BITS: Readonly<Record<EngagementAction, number>> = { likes: 1, comments: 2, shares: 4, saves: 8 };

/** Mask of every action: absent counts add 0, so "every count present" is all four. @internal */
export const ALL_ACTIONS_MASK = 15;

/** Turns a list of actions into a bit mask; `undefined` means every action. @internal */
export function actionMask(actions: readonly EngagementAction[] | undefined): number {
  if (actions === undefined) return ALL_ACTIONS_MASK;
  let mask = 0;
  for (const action of actions) mask |= ACTION_BITS[action];
  return mask;
}

/** The actions in a mask, in {@link ENGAGEMENT_ACTIONS} order. @internal */
export function maskActions(mask: number): EngagementAction[] {
  return ENGAGEMENT_ACTIONS.filter((action) => (mask & ACTION_BITS[action]) !== 0);
}

/** Interactions of one post: the sum of the counts selected by `mask` (absent counts are 0). @internal */
export function postInteractions(post: PostMetrics, mask: number): number {
  let total = 0;
  if ((mask & 1) !== 0) total += post.likes;
  if ((mask & 2) !== 0) total += post.comments;
  if ((mask & 4) !== 0) total += post.shares ?? 0;
  if ((mask & 8) !== 0) total += post.saves ?? 0;
  return total;
}

/** The denominator of one post on a basis; 0 when it is missing. @internal */
export function postDenominator(post: PostMetrics, basis: EngagementBasis, followers: number): number {
  if (basis === "followers") return followers;
  return post[basis] ?? 0;
}

/**
 * The default basis: `views` on TikTok and YouTube when more than half of the
 * posts have a positive view count, otherwise `followers` (Instagram,
 * Facebook, X, LinkedIn and Twitch always). @internal
 */
export function defaultBasis(platform: Platform | undefined, posts: readonly PostMetrics[]): EngagementBasis {
  if (platform !== "tiktok" && platform !== "youtube") return "followers";
  let withViews = 0;
  for (const post of posts) if ((post.views ?? 0) > 0) withViews++;
  return withViews * 2 > posts.length ? "views" : "followers";
}

/**
 * The default basis of a profile, as `scoreEngagement` and
 * `calibrateEngagementBenchmarks` use it: {@link defaultBasis} of its
 * posts; for a summary alone, `views` on TikTok and YouTube when `avgViews` ≥ 1. @internal
 */
export function profileBasis(profile: ParsedProfile): EngagementBasis {
  if (profile.posts.length > 0 || profile.summary === undefined) return defaultBasis(profile.platform, profile.posts);
  const platform = profile.platform;
  // At least 1, as the rate needs (an average below one view has nothing to divide by): 0.5 chose views and got no score.
  return (platform === "tiktok" || platform === "youtube") && (profile.summary.avgViews ?? 0) >= 1 ? "views" : "followers";
}

interface ParsedRateOptions {
  readonly followers?: number | undefined;
  readonly basis?: EngagementBasis | undefined;
  readonly actions?: readonly EngagementAction[] | undefined;
  readonly platform?: Platform | undefined;
}

let rateOptionsSchema: z.ZodMiniType<ParsedRateOptions> | undefined;

/** Schema of the `actions` option: a non-empty array of actions. @internal */
export function actionsSchema(): z.ZodMiniType<EngagementAction[]> {
  const message = `expected a non-empty array of ${ENGAGEMENT_ACTIONS.map((action) => `"${action}"`).join(", ")}`;
  return z.array(oneOf(ENGAGEMENT_ACTIONS), { error: message }).check(z.minLength(1, { error: message }));
}

/**
 * Engagement rate of one post: its interactions divided by the chosen
 * denominator, `(likes + comments + shares + saves) / denominator`, as a
 * fraction (0.034 means 3.4 engagements per 100 followers, viewers or
 * impressions). It can exceed 1 when a post travels beyond its audience.
 * Definitions follow the variants vendors publish (see
 * `docs/methodology/engagement.md` and Modash, "Engagement rate calculator",
 * https://www.modash.io/engagement-rate-calculator). O(1).
 *
 * Default basis: `views` for TikTok and YouTube when the post has views;
 * `followers` otherwise (and for Instagram, Facebook, X, LinkedIn, Twitch, or
 * when no platform is given). Default actions: every count present on the post.
 *
 * @param post - One post's counts, as in a profile's `posts`.
 * @param options - Followers, basis, actions and platform; see {@link MeasureEngagementRateOptions}.
 * @returns The rate, or `null` (never 0 or `NaN`) when the denominator is
 *   missing or zero.
 * @throws {@link InfluencerInputError} if the post or an option is invalid.
 * @example
 * measureEngagementRate({ likes: 90, comments: 10 }, { followers: 2_000 });
 * // => 0.05
 * @example
 * measureEngagementRate({ likes: 450, comments: 30, shares: 20, views: 10_000 }, { platform: "tiktok", followers: 800 });
 * // => 0.05
 * @example
 * measureEngagementRate({ likes: 90, comments: 10 }, { basis: "reach" });
 * // => null
 * @category Engagement
 */
export function measureEngagementRate(post: PostMetricsInput, options?: MeasureEngagementRateOptions | undefined): number | null {
  const parsedPost = parseInput(postMetricsSchema(), post);
  rateOptionsSchema ??= optionsObject({
    followers: z.optional(nonNegativeInt()),
    basis: z.optional(oneOf(ENGAGEMENT_BASES)),
    actions: z.optional(actionsSchema()),
    platform: z.optional(oneOf(PLATFORMS)),
  });
  const settings = parseInput(rateOptionsSchema, options === undefined ? {} : options);
  const basis = settings.basis ?? defaultBasis(settings.platform, [parsedPost]);
  const denominator = postDenominator(parsedPost, basis, settings.followers ?? 0);
  if (denominator === 0) return null;
  return postInteractions(parsedPost, actionMask(settings.actions)) / denominator;
}
