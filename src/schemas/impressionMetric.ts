import type { PostMetrics } from "./profile.js";

/**
 * How many times a post was seen, as the click-through rate divides by it:
 * its impressions, else its views, else its reach, with the name of the count
 * used; `null` when it has none of them. Shared by the compensation models
 * (measured click-through rates) and parseProfile's `clicks_exceed_impressions`
 * warning, so both read the same count. O(1).
 *
 * @example
 * impressionMetric({ likes: 5, comments: 0, views: 900, reach: 700 });
 * // => [900, "views"]
 * @internal
 */
export function impressionMetric(post: PostMetrics): [number, "impressions" | "views" | "reach"] | null {
  if (post.impressions !== undefined) return [post.impressions, "impressions"];
  if (post.views !== undefined) return [post.views, "views"];
  if (post.reach !== undefined) return [post.reach, "reach"];
  return null;
}
