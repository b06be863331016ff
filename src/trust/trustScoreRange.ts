import { round } from "./robustStats.js";
import type { SignalResult } from "./signalResult.js";
import type { TrustSignalKey } from "./trustWeights.js";

/**
 * The scores a {@link TrustScore} could have had if every signal without data
 * had had some: `lower` if each had scored 0, `upper` if each had scored 100.
 * `score` renormalizes the weights over the signals with data, so two good
 * signals of thirteen can score 94; the range shows how far the missing
 * evidence could move it, and a range that spans bands on too little weight
 * leaves the band `'unknown'` (`minBandConfidence`). Each end is the weighted
 * mean over all the signals, computed, rounded to 0.1 and capped by a
 * critical flag as `score` is, so `lower ≤ score ≤ upper`, and both equal `score` when every signal
 * with a positive weight has data (`confidence` 1). The weighted mean rises
 * with each sub-score, so any scores of the missing signals land between the
 * ends; it does not foresee a flag a missing signal might raise. Method:
 * `docs/methodology/trust.md`.
 *
 * @example
 * // audienceAuthenticity: (0.87 − 0.5) / (0.9 − 0.5) = 0.925 → 92.5, weight 20; followRatio: 301 / 12,001 ≤ 0.5 → 100, weight 5
 * // score (20 · 92.5 + 5 · 100) / 25 = 94; without data: 75 of the 100 weight
 * // lower (20 · 92.5 + 5 · 100 + 75 · 0) / 100 = 23.5; upper (20 · 92.5 + 5 · 100 + 75 · 100) / 100 = 98.5
 * // 94 would read excellent, but the range spans low to excellent on 0.25 of the weight: no band
 * const result = scoreTrust({ platform: "instagram", followers: 12_000, following: 300, audience: { authenticShare: 0.87 } });
 * [result.score, result.band, result.range];
 * // => [94, "unknown", { lower: 23.5, upper: 98.5 }]
 * @category Trust
 */
export interface TrustScoreRange {
  /** 0–100: the score with every signal without data at sub-score 0, capped as `score` is. At most `score`. */
  readonly lower: number;
  /** 0–100: the score with every signal without data at sub-score 100, capped as `score` is. At least `score`. */
  readonly upper: number;
}

/**
 * The {@link TrustScoreRange} of a trust score: the weighted mean of every
 * signal's sub-score over the total weight, with the signals without data at
 * 0 (`lower`) and 100 (`upper`), each term `(wᵢ / Σw) · (100 · cᵢ)` as the
 * score's own `(wᵢ / Σw with data) · (100 · cᵢ)`, rounded to 0.1; then
 * `min(end, cap)` when `cap` (the `criticalFlagCap` of a counted critical
 * flag) is not `null`. `null` when `uncappedScore` is.
 *
 * The lower end can never exceed the score in floating point (each term is at
 * most the score's, added in the same order), but the upper end is a
 * different sum, which can round 0.1 below the score when the weight without
 * data is a 10¹³th of the rest: it is raised to `uncappedScore` then, as in
 * exact arithmetic. With no weight without data both sums are the score's own,
 * term by term, so `lower = upper = uncappedScore`. O(signals), no allocation
 * but the result.
 *
 * @param signals - Every signal, with data or not.
 * @param weights - Each signal's weight, as the score used it.
 * @param totalWeight - Σ of `weights` over `signals`, positive.
 * @param uncappedScore - The weighted score before any cap, rounded to 0.1, or `null`.
 * @param cap - The cap a critical flag sets on the score, or `null` when no counted flag is critical.
 * @internal
 */
export function trustScoreRange(
  signals: readonly SignalResult[],
  weights: Readonly<Record<TrustSignalKey, number>>,
  totalWeight: number,
  uncappedScore: number | null,
  cap: number | null,
): TrustScoreRange | null {
  if (uncappedScore === null) return null;
  let lowerPoints = 0;
  let upperPoints = 0;
  for (const signal of signals) {
    const share = weights[signal.key] / totalWeight;
    if (signal.credit !== null) lowerPoints += share * (100 * signal.credit);
    upperPoints += share * (100 * (signal.credit ?? 1));
  }
  const lower = round(lowerPoints, 1);
  const upper = Math.max(round(upperPoints, 1), uncappedScore);
  return cap === null ? { lower, upper } : { lower: Math.min(lower, cap), upper: Math.min(upper, cap) };
}
