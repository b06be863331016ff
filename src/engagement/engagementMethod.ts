/**
 * Fixed parameters of the engagement model, with where each comes from.
 * Documented in docs/methodology/engagement.md ("Method constants").
 *
 * @internal
 */
export const ENGAGEMENT_METHOD = {
  /** z for a two-sided 80% interval: Φ⁻¹(0.9). */
  intervalZ: 1.2815515655446004,
  /** Two-sided coverage of `interval`. */
  intervalLevel: 0.8,
  /** |modified z| above which a post is an outlier (Iglewicz & Hoaglin, 1993). */
  outlierCutoff: 3.5,
  /** MAD → normal standard deviation: 1 / Φ⁻¹(0.75) = 1.4826 (Rousseeuw & Croux, 1993). */
  madToSd: 1.482602218505602,
  /** Mean absolute deviation → normal standard deviation: √(π/2), the fallback when MAD = 0. */
  meanDeviationToSd: 1.2533141373155001,
  /** Variance of a median of k normal values ≈ (π/2)·σ²/k (asymptotic efficiency of the median). */
  medianVarianceFactor: 1.5707963267948966,
  /** Weight of the table's default post spread, in posts (a scaled-inverse-χ² prior with 4 degrees of freedom). */
  priorPosts: 4,
  /** Fewest dated posts for a trend. */
  minTrendPosts: 3,
  /** Shortest time span of the dated posts for a trend, in days. */
  minTrendSpanDays: 7,
  /** Confidence multiplier when the benchmark is flagged low confidence. */
  lowConfidenceFactor: 0.5,
  /** Confidence multiplier when only averages are known (they can hide a viral post). */
  summaryFactor: 0.75,
  /** Count added to the interactions of all posts together before taking logs (0.5/n to each of n posts), so a post with none stays finite. */
  logOffset: 0.5,
} as const;
