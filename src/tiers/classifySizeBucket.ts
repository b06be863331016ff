import { InfluencerInputError } from "../schemas/InfluencerInputError.js";
import { countIssue } from "./tierIssues.js";

/**
 * A follower-count bucket, as published engagement benchmarks key their
 * tables: seven buckets from 1k up, plus `"under-1k"`. Each is half-open,
 * `[min, max)`: `"1k-5k"` is 1,000 to 4,999 and `"over-1m"` is 1,000,000 and up.
 *
 * @example
 * const bucket: SizeBucket = "10k-50k";
 * SIZE_BUCKETS.buckets.find((range) => range.bucket === bucket)?.min;
 * // => 10000
 * @category Tiers
 */
export type SizeBucket = "under-1k" | "1k-5k" | "5k-10k" | "10k-50k" | "50k-100k" | "100k-500k" | "500k-1m" | "over-1m";

/**
 * One row of {@link SIZE_BUCKETS}: a bucket and its half-open range `[min, max)`.
 *
 * @example
 * const range: SizeBucketRange = { bucket: "over-1m", min: 1_000_000, max: null };
 * range.max === null;
 * // => true
 * @category Tiers
 */
export interface SizeBucketRange {
  /** The bucket id. */
  readonly bucket: SizeBucket;
  /** Smallest follower count in the bucket (inclusive). */
  readonly min: number;
  /** First follower count above the bucket (exclusive), or `null` for `"over-1m"`. */
  readonly max: number | null;
}

/**
 * The shape of {@link SIZE_BUCKETS}: the buckets, smallest first, and where they come from.
 *
 * @example
 * const table: SizeBucketTable = SIZE_BUCKETS;
 * table.buckets.length;
 * // => 8
 * @category Tiers
 */
export interface SizeBucketTable {
  /** `"<publisher>, <title>, <year or undated>"`. */
  readonly source: string;
  /** Address of the source. */
  readonly url: string;
  /** The buckets, smallest first; each `max` is the next bucket's `min`. */
  readonly buckets: readonly [SizeBucketRange, ...SizeBucketRange[]];
}

/**
 * The peer buckets published engagement-rate benchmarks are keyed by: Modash's
 * Instagram, TikTok and YouTube calculators (undated; TikTok data collected
 * November 2025) use 1k–5k, 5k–10k, 10k–50k, 50k–100k, 100k–500k, 500k–1M and
 * >1M, and Influencer Hero (January 2024) the same edges. Sources give the
 * ranges as "1k–5k" without saying which side an edge belongs to; this table
 * makes every bucket half-open, `[min, max)`, like the tiers, so exactly
 * 5,000 is `"5k-10k"` and exactly 1,000,000 is `"over-1m"`. `"under-1k"` is
 * ours: the sources start at 1,000 followers.
 *
 * Source: Modash, "Instagram Engagement Rate Calculator", undated,
 * <https://www.modash.io/engagement-rate-calculator>.
 *
 * @example
 * SIZE_BUCKETS.buckets.map((range) => range.bucket).join(" ");
 * // => "under-1k 1k-5k 5k-10k 10k-50k 50k-100k 100k-500k 500k-1m over-1m"
 * @category Tiers
 */
export const SIZE_BUCKETS: SizeBucketTable = {
  source: "Modash, Instagram Engagement Rate Calculator (benchmark buckets), undated",
  url: "https://www.modash.io/engagement-rate-calculator",
  buckets: [
    { bucket: "under-1k", min: 0, max: 1_000 },
    { bucket: "1k-5k", min: 1_000, max: 5_000 },
    { bucket: "5k-10k", min: 5_000, max: 10_000 },
    { bucket: "10k-50k", min: 10_000, max: 50_000 },
    { bucket: "50k-100k", min: 50_000, max: 100_000 },
    { bucket: "100k-500k", min: 100_000, max: 500_000 },
    { bucket: "500k-1m", min: 500_000, max: 1_000_000 },
    { bucket: "over-1m", min: 1_000_000, max: null },
  ],
};

/**
 * The engagement-benchmark peer bucket of a follower count: a finer split
 * than the tiers, for comparing an account with accounts of similar size.
 * Buckets are half-open, `[min, max)`; see {@link SIZE_BUCKETS} for the edges
 * and their source. O(1).
 *
 * @param followers - Followers (subscribers on YouTube): a non-negative integer.
 * @returns The bucket id.
 * @throws {@link InfluencerInputError} if `followers` is not a non-negative
 *   safe integer (path `["followers"]`).
 * @example
 * classifySizeBucket(4_999);
 * // => "1k-5k"
 * @example
 * classifySizeBucket(5_000);
 * // => "5k-10k"
 * @example
 * classifySizeBucket(1_000_000);
 * // => "over-1m"
 * @category Tiers
 */
export function classifySizeBucket(followers: number): SizeBucket {
  const issue = countIssue(followers, ["followers"]);
  if (issue) throw new InfluencerInputError([issue]);
  let bucket = SIZE_BUCKETS.buckets[0].bucket;
  for (const range of SIZE_BUCKETS.buckets) {
    if (range.min > followers) break;
    bucket = range.bucket;
  }
  return bucket;
}
