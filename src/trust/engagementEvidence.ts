import type { EngagementScore } from "../engagement/scoreEngagement.js";
import type { ParsedProfile } from "../schemas/parseProfile.js";
import { PLATFORM_NAMES } from "../schemas/platform.js";
import { commentsPerLikeOf, type CommentsPerLike } from "./signalResult.js";

/** Where the engagement rate stands among its peers. @internal */
export interface EngagementPosition {
  /** Typical engagement rate (median of the per-post rates). */
  readonly rate: number;
  /** The rate shrunk toward the peers' median (the engagement score's `estimate`): the rate the percentile is of. */
  readonly estimate: number;
  /** Percentile of the (shrunk) rate among peers, as a fraction in [0, 1]. */
  readonly percentile: number;
  /** The peers and the source of the benchmark, in words. */
  readonly peers: string;
}

/** What the trust model reads from an {@link EngagementScore}. @internal */
export interface EngagementEvidence {
  /** The rate among its peers, or `null` without a rate or a benchmark. */
  readonly position: EngagementPosition | null;
  /** Why `position` is `null`; empty otherwise. */
  readonly missing: string;
  /** The benchmark, in words, or `null`. */
  readonly benchmark: string | null;
  /** Robust coefficient of variation of the per-post rates, or `null`. */
  readonly consistency: number | null;
  /** Indices (in `posts`) of viral outliers. */
  readonly viralPosts: readonly number[];
  /** Comments per like over posts with likes (or from the summary averages). */
  readonly commentsPerLike: CommentsPerLike | null;
}

/**
 * Turns an engagement score into what the trust signals need. Comments per
 * like are measured here rather than taken from the engagement model's comment
 * share, because that share counts posts with no likes (likes hidden) as all
 * comments, which would look like a pod.
 *
 * @internal
 */
export function engagementEvidenceOf(profile: ParsedProfile, engagement: EngagementScore): EngagementEvidence {
  const benchmark = engagement.benchmark;
  const peers =
    benchmark === null
      ? null
      : `${benchmark.audience === "brands" ? "brand accounts" : "creators"} on ${PLATFORM_NAMES[benchmark.platform]}${benchmark.bucket === "all" ? "" : ` with ${benchmark.bucket} followers`} (${benchmark.source}${benchmark.year === null ? ", undated" : `, ${benchmark.year}`})`;
  const { rate, estimate, percentile } = engagement;
  const position = rate === null || estimate === null || percentile === null || peers === null ? null : { rate, estimate, percentile: percentile / 100, peers };
  const audience = profile.isBrandAccount ? "brand" : "creator";
  const missing =
    position !== null
      ? ""
      : rate === null
        ? `no engagement rate: ${engagement.reasons.slice(0, 1).join("").replace(/^No engagement rate: /, "").replace(/\.$/, "")}`
        : `no ${audience} engagement benchmark for ${PLATFORM_NAMES[profile.platform]} on the ${engagement.basis} basis`;
  return {
    position,
    missing,
    benchmark: peers,
    consistency: engagement.consistency,
    viralPosts: engagement.outliers.filter((outlier) => outlier.kind === "viral").map((outlier) => outlier.index),
    commentsPerLike: commentsPerLikeOf(profile.posts, profile.summary),
  };
}
