/**
 * A plain-language reading of a trust score. `'unknown'` means the data
 * cannot tell: there was no data to score (`score: null`), or the score rests
 * on signals carrying less than `minBandConfidence` (0.5) of the weight, no
 * counted critical flag stands (one raised by a signal weighted above 0), and
 * the signals without data could move it across a band.
 *
 * @example
 * const band: TrustBand = scoreTrust({ platform: "instagram", followers: 5_000 }).band;
 * band;
 * // => "unknown"
 * @category Trust
 */
export type TrustBand = "low" | "questionable" | "fair" | "good" | "excellent" | "unknown";

/**
 * Where each band of the trust score starts: a score at or above `excellent`
 * is excellent, at or above `good` good, at or above `fair` fair, at or above
 * `questionable` questionable, and anything lower is low.
 *
 * @example
 * const table: TrustBandTable = { source: "my team, 2026", cutoffs: { questionable: 25, fair: 50, good: 70, excellent: 85 } };
 * table.cutoffs.good;
 * // => 70
 * @category Trust
 */
export interface TrustBandTable {
  /** `"<publisher>, <title>, <year>"`, or how the cut-offs were chosen. */
  readonly source: string;
  /** Address of the source. */
  readonly url?: string | undefined;
  /** Lowest score (0–100) of each band above `low`, in increasing order. */
  readonly cutoffs: {
    /** Start of `questionable`. */
    readonly questionable: number;
    /** Start of `fair`. */
    readonly fair: number;
    /** Start of `good`. */
    readonly good: number;
    /** Start of `excellent`. */
    readonly excellent: number;
  };
}

/**
 * Default band cut-offs of the trust score: low below 30, questionable from
 * 30, fair from 60, good from 75, excellent from 90. The scale borrows the
 * anchors marketers know from audience-quality scores: Stellar reads at most
 * 30 as low quality and 50–60 as a warning (<https://intercom.help/stellario/en/articles/5157805>),
 * Modash reads audience credibility under 75 as often a sign of fraud
 * (<https://help.modash.io/en/articles/3274068-instagram-audience-details>),
 * and Heepsy's best bucket is under 10% fake followers. The trust score is
 * not calibrated against those scores; the cut-offs only make its words
 * match theirs.
 *
 * @example
 * TRUST_BANDS.cutoffs;
 * // => { questionable: 30, fair: 60, good: 75, excellent: 90 }
 * @category Trust
 */
export const TRUST_BANDS: TrustBandTable = {
  source:
    "influencer-scoring default bands (judgement), anchored on Stellar's Audience score (≤30 low, 50–60 warning), Modash's 75% credibility red flag and Heepsy's under-10%-fake bucket",
  url: "https://intercom.help/stellario/en/articles/5157805",
  cutoffs: { questionable: 30, fair: 60, good: 75, excellent: 90 },
};

/**
 * The band a score falls in under a cut-off table; `'unknown'` for `null`.
 *
 * @internal
 */
export function bandFor(score: number | null, table: TrustBandTable): TrustBand {
  if (score === null) return "unknown";
  const { cutoffs } = table;
  if (score >= cutoffs.excellent) return "excellent";
  if (score >= cutoffs.good) return "good";
  if (score >= cutoffs.fair) return "fair";
  if (score >= cutoffs.questionable) return "questionable";
  return "low";
}

/**
 * The band of a trust score, given the evidence behind it. The band of
 * `score` when its signals carry at least `minConfidence` of the weight
 * (`confidence`), when a counted critical flag stands (one raised by a
 * signal weighted above 0: strong evidence of inauthentic activity is a
 * verdict however little else is known), or when both ends of `range` read
 * the same band (every score the signals without data could lead to reads it
 * too); `'unknown'` otherwise, and for a `null` score. So two good signals of
 * thirteen read no band rather than `excellent`. Compares the rounded
 * `confidence` the result reports, so the band can be checked from the result
 * alone.
 *
 * @example
 * // 2 signals carrying 0.25 of the weight: 23.5 (low) to 98.5 (excellent)
 * const range = { lower: 23.5, upper: 98.5 };
 * [
 *   bandForEvidence(94, 0.25, range, false, 0.5, TRUST_BANDS),
 *   bandForEvidence(94, 0.25, range, false, 0.25, TRUST_BANDS),
 *   bandForEvidence(9.8, 0.29, { lower: 2.8, upper: 59.9 }, true, 0.5, TRUST_BANDS),
 *   bandForEvidence(42.7, 0.75, { lower: 32, upper: 57 }, false, 0.8, TRUST_BANDS),
 * ];
 * // => ["unknown", "excellent", "low", "questionable"]
 * @internal
 */
export function bandForEvidence(
  score: number | null,
  confidence: number,
  range: { readonly lower: number; readonly upper: number } | null,
  hasCriticalFlag: boolean,
  minConfidence: number,
  table: TrustBandTable,
): TrustBand {
  const band = bandFor(score, table);
  if (confidence >= minConfidence || hasCriticalFlag || range === null) return band;
  return bandFor(range.lower, table) === bandFor(range.upper, table) ? band : "unknown";
}
