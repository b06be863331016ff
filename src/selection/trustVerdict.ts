import type { TrustScoreRange } from "../trust/trustScoreRange.js";

/**
 * How a candidate's trust stands against `minTrust`.
 *
 * - `"meets"`: the trust score reaches it (on thin evidence: the whole
 *   `trustRange` does, so no missing signal could pull it below).
 * - `"below"`: the trust score falls short (on thin evidence: the whole range does).
 * - `"none"`: no trust score to compare.
 * - `"unsure"`: the score rests on too little evidence and its range spans
 *   `minTrust`: the missing signals decide, so the filter cannot tell.
 *
 * @internal
 */
export type TrustVerdict = "meets" | "below" | "none" | "unsure";

/**
 * The {@link TrustVerdict} of a candidate against `minTrust`. A candidate
 * without `trustRange` is judged by its `trust` alone; one with it (a score
 * on too little evidence for a band) by the range's ends. O(1).
 *
 * @param candidate - The candidate's trust score and, on thin evidence, its range.
 * @param minTrust - The lowest trust score the selection accepts.
 * @returns The verdict.
 * @internal
 */
export function trustVerdict(
  candidate: { readonly trust?: number | undefined; readonly trustRange?: TrustScoreRange | undefined },
  minTrust: number,
): TrustVerdict {
  const { trust, trustRange } = candidate;
  if (trust === undefined) return "none";
  if (trustRange === undefined) return trust >= minTrust ? "meets" : "below";
  if (trustRange.lower >= minTrust) return "meets";
  return trustRange.upper < minTrust ? "below" : "unsure";
}
