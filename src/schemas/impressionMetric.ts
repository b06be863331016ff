import type { PostMetrics } from "./profile.js";

/** The counts of who saw a post, in the order {@link impressionMetric} reads them. */
type SeenCount = "impressions" | "views" | "reach";

/** Whether anyone acted on a post: a like, comment, share, save or click. */
function hasActivity(post: PostMetrics): boolean {
  return post.likes + post.comments + (post.shares ?? 0) + (post.saves ?? 0) + (post.clicks ?? 0) > 0;
}

/**
 * How many times a post was seen, as the click-through rate divides by it:
 * its impressions, else its views, else its reach, with the name of the count
 * used; `null` when it has none of them. A count of 0 on a post someone
 * liked, commented on, shared, saved or clicked is not a measurement (no one
 * acts on a post no one saw: an export writes 0 for "not counted"), so the
 * next count is read instead. Shared by the compensation models (measured
 * impressions and click-through rates) and parseProfile's
 * `clicks_exceed_impressions` and `zero_impressions_with_activity` warnings,
 * so all read the same count. O(1).
 *
 * @example
 * impressionMetric({ likes: 5, comments: 0, views: 900, reach: 700 });
 * // => [900, "views"]
 * @example
 * // 0 impressions next to 5 likes: not counted, so the views are read
 * impressionMetric({ likes: 5, comments: 0, impressions: 0, views: 900 });
 * // => [900, "views"]
 * @internal
 */
export function impressionMetric(post: PostMetrics): [number, SeenCount] | null {
  const isActive = hasActivity(post);
  if (isCounted(post.impressions, isActive)) return [post.impressions, "impressions"];
  if (isCounted(post.views, isActive)) return [post.views, "views"];
  if (isCounted(post.reach, isActive)) return [post.reach, "reach"];
  return null;
}

/**
 * A post's count of who saw it (its impressions, views or reach, as `name`
 * says) when it is a measurement; `undefined` when it is missing or is a 0
 * read as "not counted" (see {@link impressionMetric}). For parseProfile's
 * `likes_exceed_views`, so it never compares likes with an uncounted 0. O(1).
 *
 * @example
 * countedSeen({ likes: 5, comments: 0, views: 0 }, "views");
 * // => undefined
 * @example
 * countedSeen({ likes: 0, comments: 0, views: 0 }, "views");
 * // => 0
 * @internal
 */
export function countedSeen(post: PostMetrics, name: SeenCount): number | undefined {
  const count = post[name];
  return isCounted(count, hasActivity(post)) ? count : undefined;
}

/** Whether a count of who saw a post is a measurement: given, and not a 0 on a post someone acted on. */
function isCounted(count: number | undefined, isActive: boolean): count is number {
  return count !== undefined && (count > 0 || !isActive);
}

/**
 * The first count of who saw a post that is 0 although someone acted on it,
 * as {@link impressionMetric} skips it; `null` when there is none. O(1).
 *
 * @example
 * zeroSeenCount({ likes: 5, comments: 0, impressions: 0, views: 900 });
 * // => "impressions"
 * @internal
 */
export function zeroSeenCount(post: PostMetrics): SeenCount | null {
  if (!hasActivity(post)) return null;
  if (post.impressions === 0) return "impressions";
  if (post.views === 0) return "views";
  if (post.reach === 0) return "reach";
  return null;
}
