import type { ParsedProfile } from "../schemas/parseProfile.js";
import { linearRegression } from "../stats/linearRegression.js";
import { medianAbsoluteDeviation } from "../stats/medianAbsoluteDeviation.js";
import { medianSorted } from "../stats/quantileSorted.js";
import { sortAscending } from "../stats/sortAscending.js";
import { ENGAGEMENT_METHOD } from "./engagementMethod.js";
import { postDenominator, postInteractions, type EngagementBasis } from "./measureEngagementRate.js";
import { keptScratch, type KeptScratch } from "../stats/keptScratch.js";

/**
 * A post whose engagement is far from the account's usual level: `viral`
 * above, `dead` below.
 *
 * @example
 * const outlier: EngagementOutlier = { index: 7, kind: "viral", modifiedZ: 9.1 };
 * outlier.kind;
 * // => "viral"
 * @category Engagement
 */
export interface EngagementOutlier {
  /** Position of the post in the profile's `posts`. */
  readonly index: number;
  /** `viral` when the modified z-score is above +3.5, `dead` when below −3.5. */
  readonly kind: "viral" | "dead";
  /** Modified z-score of the post's log interactions (Iglewicz & Hoaglin). */
  readonly modifiedZ: number;
}

/** Post-level diagnostics that do not need a denominator. @internal */
export interface EngagementDiagnostics {
  /** Robust coefficient of variation of the rates, 1.4826·MAD/median, with three or more posts and a positive median. */
  readonly consistency: number | null;
  /** Relative change of the rate per 30 days, or `null`. */
  readonly trend: number | null;
  /** Dated posts the trend used. */
  readonly trendPosts: number;
  /** Posts with |modified z| > 3.5 on log(1 + interactions). */
  readonly outliers: readonly EngagementOutlier[];
  /** Share of posts that are viral outliers, with three or more posts. */
  readonly viralShare: number | null;
  /** Median of comments / (likes + comments) over posts with either. */
  readonly commentShare: number | null;
  /** h-index of the posts' interactions. */
  readonly hIndex: number | null;
}

/** A profile's rate, from posts (`measured`) or averages (`summary`). @internal */
export interface MeasuredSample extends EngagementDiagnostics {
  readonly provenance: "measured" | "summary";
  /** Posts with a rate (summary: its `postCount`). */
  readonly postsUsed: number;
  /** Median per-post rate (summary: ratio of the averages). */
  readonly rate: number;
  /**
   * Centre of the log rates: median of ln((I + 0.5/n)/D) over the n posts with a rate; summary: ln of the average rate less σ²/2.
   * A post (or summary) with no interactions counts at most the ceiling given to {@link measureEngagementSample}.
   */
  readonly location: number;
  /** Robust standard deviation of the log rates (1.4826·MAD), with two or more posts; else `null`. */
  readonly spread: number | null;
  /** Posts with no interactions whose log rate was lowered to the ceiling (summary: all `postCount` posts, or 0). */
  readonly atCeiling: number;
}

/** No rate could be computed, and why. @internal */
export interface MissingSample extends EngagementDiagnostics {
  readonly provenance: "none";
  /** Why there is no rate, as a sentence fragment. */
  readonly missing: string;
  readonly postsUsed: 0;
}

/** What one pass over a profile's posts (or its summary) yields. @internal */
export type EngagementSample = MeasuredSample | MissingSample;

const DAY_MS = 86_400_000;

/**
 * Four counts of at most Number.MAX_SAFE_INTEGER each: the most interactions
 * a post, or a summary's averages, can add up to. The compensation models
 * read the same bound. @internal
 */
export const MAX_INTERACTIONS = 36_028_797_018_963_964;

const FOLLOWERS_ZERO = "followers is 0, so there is no rate per follower";

function noSample(missing: string): MissingSample {
  return {
    provenance: "none",
    missing,
    postsUsed: 0,
    consistency: null,
    trend: null,
    trendPosts: 0,
    outliers: [],
    viralShare: null,
    commentShare: null,
    hIndex: null,
  };
}

/** Modified z-scores of `values` (input order) and the outliers among them; needs three or more values. */
function findOutliers(values: Float64Array, scratch: Float64Array): { outliers: EngagementOutlier[]; viral: number } {
  const count = values.length;
  const outliers: EngagementOutlier[] = [];
  if (count < 3) return { outliers, viral: 0 };
  const sorted = scratch.subarray(0, count);
  sorted.set(values);
  sortAscending(sorted);
  const center = medianSorted(sorted);
  let scale = ENGAGEMENT_METHOD.madToSd * medianAbsoluteDeviation(sorted, center, scratch.subarray(count, 2 * count));
  if (scale === 0) {
    // MAD is 0 when over half the posts tie: fall back to the mean absolute deviation (summed in sorted order, so the result ignores input order).
    let total = 0;
    for (const value of sorted) total += Math.abs(value - center);
    scale = (ENGAGEMENT_METHOD.meanDeviationToSd * total) / count;
  }
  let viral = 0;
  if (scale === 0) return { outliers, viral };
  for (let index = 0; index < count; index++) {
    const modifiedZ = (Number(values[index]) - center) / scale;
    if (Math.abs(modifiedZ) > ENGAGEMENT_METHOD.outlierCutoff) {
      const kind = modifiedZ > 0 ? "viral" : "dead";
      if (kind === "viral") viral++;
      outliers.push({ index, kind, modifiedZ });
    }
  }
  return { outliers, viral };
}

/** Largest h such that h posts each have at least h interactions; sorts `interactions`. */
function hIndexOf(interactions: Float64Array): number {
  sortAscending(interactions);
  let h = 0;
  for (let rank = 1; rank <= interactions.length; rank++) {
    if (Number(interactions[interactions.length - rank]) < rank) break;
    h = rank;
  }
  return h;
}

/**
 * Relative change per 30 days from least squares of log rate on time. Sums run
 * in time order (ties by value) so that the result does not depend on the
 * order of the posts; `days` and `values` receive the ordered points.
 */
function trendOf(times: Float64Array, logRates: Float64Array, days: Float64Array, values: Float64Array): number | null {
  const count = times.length;
  if (count < ENGAGEMENT_METHOD.minTrendPosts) return null;
  let ascending = true;
  let descending = true;
  for (let index = 1; index < count; index++) {
    const step = Number(times[index]) - Number(times[index - 1]);
    if (step <= 0) ascending = false;
    if (step >= 0) descending = false;
  }
  // Posts usually arrive newest or oldest first: sort indices only when they do not.
  const order =
    ascending || descending
      ? null
      : Array.from({ length: count }, (_, index) => index).sort(
          (left, right) => Number(times[left]) - Number(times[right]) || Number(logRates[left]) - Number(logRates[right]),
        );
  for (let rank = 0; rank < count; rank++) {
    const index = order === null ? (descending ? count - 1 - rank : rank) : Number(order[rank]);
    days[rank] = Number(times[index]);
    values[rank] = Number(logRates[index]);
  }
  const first = Number(days[0]);
  for (let rank = 0; rank < count; rank++) days[rank] = (Number(days[rank]) - first) / DAY_MS;
  const line = linearRegression(days, values, count);
  if (line === null || Number(days[count - 1]) < ENGAGEMENT_METHOD.minTrendSpanDays) return null;
  // A steep slope over a short span can overflow; no trend is better than Infinity.
  const trend = Math.expm1(30 * line.slope);
  return Number.isFinite(trend) ? trend : null;
}

/** The per-post arrays' buffer, kept between calls. */
const kept: KeptScratch = { buffer: undefined };

/**
 * One pass over a profile's posts: interactions, denominators, rates and log
 * rates, log counts, comment shares and dates into one typed-array workspace;
 * then one sort per statistic. Falls back to the summary when there are no
 * posts. O(n log n).
 *
 * `zeroCeiling` is the highest log rate a post with no interactions may take:
 * the benchmark's log median when there is one, `Infinity` when there is no
 * prior (calibration, or no benchmark). On a small enough account the half
 * interaction that keeps the log finite is a rate above the median, but no
 * interactions are never evidence of a rate above the prior: with no events
 * the Poisson likelihood falls as the rate rises.
 *
 * @internal
 */
export function measureEngagementSample(
  profile: ParsedProfile,
  basis: EngagementBasis,
  mask: number,
  postSpread: number,
  zeroCeiling: number,
): EngagementSample {
  const posts = profile.posts;
  const count = posts.length;
  if (count === 0) return summarySample(profile, basis, mask, postSpread, zeroCeiling);
  // Slots: rates, log rates, times, dated log rates, log counts, comment shares, interactions, scratch ×2.
  const buffer = keptScratch(kept, count * 9);
  const view = (slot: number, length = count): Float64Array => buffer.subarray(slot * count, slot * count + length);
  const rates = view(0);
  const logRates = view(1);
  const times = view(2);
  const datedLogRates = view(3);
  const logCounts = view(4);
  const shares = view(5);
  const interactionCounts = view(6);
  const scratch = view(7, 2 * count);
  // The log offset is spread over the posts with a rate, as the summary spreads it over its k posts:
  // half an interaction per post would rate an account with no engagement above a median smaller
  // than 0.5 per follower, and more such posts would only make the model surer of it.
  let withRate = 0;
  for (const post of posts) if (postDenominator(post, basis, profile.followers) > 0) withRate++;
  const offset = ENGAGEMENT_METHOD.logOffset / withRate;
  let used = 0;
  let atCeiling = 0;
  let dated = 0;
  let shareCount = 0;
  let index = 0;
  for (const post of posts) {
    const interactions = postInteractions(post, mask);
    interactionCounts[index] = interactions;
    logCounts[index] = Math.log1p(interactions);
    const conversation = post.likes + post.comments;
    if (conversation > 0) shares[shareCount++] = post.comments / conversation;
    const denominator = postDenominator(post, basis, profile.followers);
    if (denominator > 0) {
      rates[used] = interactions / denominator;
      let logRate = Math.log((interactions + offset) / denominator);
      if (interactions === 0 && logRate > zeroCeiling) {
        logRate = zeroCeiling;
        atCeiling++;
      }
      logRates[used++] = logRate;
      if (post.publishedAt !== undefined) {
        times[dated] = post.publishedAt;
        datedLogRates[dated++] = logRate;
      }
    }
    index++;
  }
  const { outliers, viral } = findOutliers(logCounts, scratch);
  const viralShare = count >= 3 ? viral / count : null;
  const commentShare = shareCount > 0 ? medianSorted(sortAscending(shares.subarray(0, shareCount))) : null;
  const hIndex = hIndexOf(interactionCounts);
  if (used === 0) {
    const missing = basis === "followers" ? FOLLOWERS_ZERO : `no post has a positive ${basis} count`;
    return { provenance: "none", missing, postsUsed: 0, consistency: null, trend: null, trendPosts: 0, outliers, viralShare, commentShare, hIndex };
  }
  const sortedRates = sortAscending(rates.subarray(0, used));
  const rate = medianSorted(sortedRates);
  const sortedLogRates = sortAscending(logRates.subarray(0, used));
  const location = medianSorted(sortedLogRates);
  const spread = used >= 2 ? ENGAGEMENT_METHOD.madToSd * medianAbsoluteDeviation(sortedLogRates, location, scratch) : null;
  const consistency =
    used >= 3 && rate > 0 ? (ENGAGEMENT_METHOD.madToSd * medianAbsoluteDeviation(sortedRates, rate, scratch)) / rate : null;
  const trend = trendOf(times.subarray(0, dated), datedLogRates.subarray(0, dated), scratch, scratch.subarray(count));
  return {
    provenance: "measured",
    postsUsed: used,
    rate,
    location,
    spread,
    atCeiling,
    consistency,
    trend,
    trendPosts: trend === null ? 0 : dated,
    outliers,
    viralShare,
    commentShare,
    hIndex,
  };
}

/** The rate from a profile's averages, when it has no posts. */
function summarySample(profile: ParsedProfile, basis: EngagementBasis, mask: number, postSpread: number, zeroCeiling: number): EngagementSample {
  const summary = profile.summary;
  if (summary === undefined) return noSample("the profile has no posts and no summary");
  // Averages of whole counts: below 1 there is nothing to divide by (and tiny values would overflow).
  const average = basis === "views" ? summary.avgViews : basis === "reach" ? summary.avgReach : undefined;
  const denominator = basis === "followers" ? profile.followers : average !== undefined && average >= 1 ? average : 0;
  if (denominator === 0) {
    return noSample(
      basis === "followers"
        ? FOLLOWERS_ZERO
        : basis === "impressions"
          ? "a summary has no average impressions"
          : `the summary has no average ${basis} of at least 1`,
    );
  }
  const interactions = postInteractions(
    { likes: summary.avgLikes, comments: summary.avgComments, shares: summary.avgShares, saves: summary.avgSaves },
    mask,
  );
  // Averages of counts cannot exceed the largest exact integer; beyond it the logs and exponentials overflow.
  if (interactions > MAX_INTERACTIONS) return noSample("the summary's averages are larger than any count of posts can be");
  const posts = summary.postCount;
  const conversation = summary.avgLikes + summary.avgComments;
  // The average of lognormal rates is exp(σ²/2) times their median: remove that to compare with medians.
  const location = Math.log((posts * interactions + ENGAGEMENT_METHOD.logOffset) / (posts * denominator)) - (postSpread * postSpread) / 2;
  const atCeiling = interactions === 0 && location > zeroCeiling;
  return {
    provenance: "summary",
    postsUsed: posts,
    rate: interactions / denominator,
    location: atCeiling ? zeroCeiling : location,
    spread: null,
    atCeiling: atCeiling ? posts : 0,
    consistency: null,
    trend: null,
    trendPosts: 0,
    outliers: [],
    viralShare: null,
    commentShare: conversation > 0 ? summary.avgComments / conversation : null,
    hIndex: null,
  };
}
