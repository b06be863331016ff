import type { FlatFeeResult } from "../compensation/types.js";
import type { ParsedCandidate } from "./parseSelection.js";
import type { Platform, TierId } from "./types.js";
import type { TrustScore } from "../trust/scoreTrust.js";
import type { TrustScoreRange } from "../trust/trustScoreRange.js";
import { TRUST_THRESHOLDS } from "../trust/trustThresholds.js";

/**
 * Where the candidates' `cost` came from.
 *
 * - `"given"`: the caller's candidates carried it.
 * - `"costOfProfile"`: the caller's `costOfProfile` function, applied to each profile.
 * - `"expected-flat-fee"`: the default, the expected (median) fair flat fee
 *   for one post from {@link estimateFlatFee}, rounded to the cent.
 *
 * @example
 * const basis: SelectionCostBasis = "expected-flat-fee";
 * basis;
 * // => "expected-flat-fee"
 * @category Selection
 */
export type SelectionCostBasis = "given" | "costOfProfile" | "expected-flat-fee";

/**
 * Where the candidates' `value` came from.
 *
 * - `"given"`: the caller's candidates carried it.
 * - `"valueOfProfile"`: the caller's `valueOfProfile` function, applied to each profile.
 * - `"expected-conversions"`: the default when every priced profile has a
 *   conversion estimate: the expected (median) orders from one post,
 *   impressions × click-through rate × conversion rate ({@link estimateFlatFee}'s `outcomes.conversions`).
 * - `"trusted-reach"`: the default otherwise: expected impressions of one post
 *   × trust score ÷ 100 (× 1 for a profile without a trust score).
 *
 * @example
 * const basis: SelectionValueBasis = "trusted-reach";
 * basis;
 * // => "trusted-reach"
 * @category Selection
 */
export type SelectionValueBasis = "given" | "valueOfProfile" | "expected-conversions" | "trusted-reach";

/**
 * The range of a trust score that rests on too little evidence for a band
 * (its signals carry less than `minBandConfidence` of the weight), for
 * `minTrust` to read instead of the score, whatever the band reads: `"unknown"`,
 * or a band from a critical flag (a verdict against the creator, never a
 * pass: its capped score on the same thin evidence is no surer than an
 * unflagged one) or from a range within one band (a floor can still cut
 * through it). `undefined` when the score has a band on enough
 * evidence, or there is no score.
 *
 * @param trust - The creator's trust result.
 * @param minBandConfidence - The threshold the trust score was read with (the profile form's
 *   `trust.thresholds`; the default for the command-line tool, which has no trust options).
 * @returns The range, or `undefined`.
 * @internal
 */
export function thinTrustRange(
  trust: Pick<TrustScore, "confidence" | "range">,
  minBandConfidence: number = TRUST_THRESHOLDS.minBandConfidence.value,
): TrustScoreRange | undefined {
  // A band "unknown" with a score always has a confidence below minBandConfidence (the band's own rule).
  if (trust.range === null || trust.confidence >= minBandConfidence) return undefined; // range is null only without a score
  return trust.range;
}

/**
 * What the default cost and value read for one creator: its estimates, and
 * the caller's own cost or value when `costOfProfile` or `valueOfProfile` gave one.
 *
 * @internal
 */
export interface CandidateSource {
  /** Label before it is made unique (the profile's id or handle). */
  readonly label: string;
  readonly platform: Platform;
  readonly tier: TierId;
  /** Trust score 0–100, or `null` when the trust model could not score the profile. */
  readonly trust: number | null;
  /** The trust score's range when the score rests on too little evidence for a band ({@link thinTrustRange}). */
  readonly trustRange?: TrustScoreRange | undefined;
  /** The profile's flat-fee estimate. */
  readonly flatFee: FlatFeeResult;
  /** The caller's cost (from `costOfProfile`), replacing the expected fee. */
  readonly cost?: number | undefined;
  /** The caller's value (from `valueOfProfile`), replacing the default value. */
  readonly value?: number | undefined;
}

/**
 * Candidates built from {@link CandidateSource}s, the sources set aside and
 * what cost and value measure.
 *
 * @internal
 */
export interface BuiltCandidates {
  /** One candidate per usable source, in source order. */
  readonly candidates: ParsedCandidate[];
  /** Position in the sources of each candidate. */
  readonly positions: number[];
  /** Sources that could not be priced or valued, with why. */
  readonly skipped: { readonly position: number; readonly id: string; readonly reason: string }[];
  readonly costBasis: SelectionCostBasis;
  readonly valueBasis: SelectionValueBasis;
  /** People in the target audience that `reach` divides by. */
  readonly audienceSize: number;
}

/**
 * Labels made unique: the second `"@ana"` becomes `"@ana#2"`, the third
 * `"@ana#3"`. O(n).
 *
 * @internal
 */
export function uniqueLabels(labels: readonly string[]): string[] {
  const seen = new Map<string, number>();
  const taken = new Set(labels);
  return labels.map((label) => {
    const repeat = (seen.get(label) ?? 0) + 1;
    seen.set(label, repeat);
    if (repeat === 1) return label;
    let suffix = repeat;
    while (taken.has(`${label}#${suffix}`)) suffix += 1;
    const unique = `${label}#${suffix}`;
    taken.add(unique);
    return unique;
  });
}

/**
 * The default cost: the expected fair flat fee rounded to the cent (a fee is
 * invoiced in cents; at least 0.01), or `null` when it cannot be estimated.
 */
function expectedFee(fee: FlatFeeResult): number | null {
  const cost = fee.cost?.expected;
  return cost !== undefined && cost > 0 && Number.isFinite(cost) ? Math.max(1, Math.round(cost * 100)) / 100 : null;
}

/**
 * Turns creators' estimates into selection candidates with the documented
 * defaults (docs/methodology/selection.md), shared by the profile form of
 * `selectInfluencers` and `compareStrategies` and by the command-line tool:
 *
 * - `cost`: the caller's, else the expected (median) fair flat fee of one
 *   post, rounded to the cent;
 * - `value`: the caller's, else expected conversions of that post when every
 *   priced creator has a conversion estimate, otherwise trusted reach
 *   (expected impressions × trust score ÷ 100, × 1 without a trust score),
 *   so that all values share one unit;
 * - `reach`: expected impressions ÷ `audienceSize` (default: the sum of every
 *   candidate's expected impressions), capped at 1; 0 without impressions;
 * - `tier`, `platform` and `trust` from the estimates.
 *
 * A creator without a fee (when the fee is the cost) or without impressions
 * (when trusted reach is the value) is set aside with the reason. O(n).
 *
 * @param sources - One entry per creator.
 * @param hasCustomCost - Whether every source carries the caller's `cost`.
 * @param hasCustomValue - Whether every source carries the caller's `value`.
 * @param audienceSize - People in the target audience, or `undefined` for the default.
 * @returns The candidates, the creators set aside and the bases of cost and value.
 * @internal
 */
export function buildCandidates(
  sources: readonly CandidateSource[],
  hasCustomCost: boolean,
  hasCustomValue: boolean,
  audienceSize: number | undefined,
): BuiltCandidates {
  const ids = uniqueLabels(sources.map((source) => source.label));
  const skipped: BuiltCandidates["skipped"][number][] = [];
  const priced: { readonly position: number; readonly source: CandidateSource; readonly id: string; readonly cost: number; readonly impressions: number | null }[] = [];
  sources.forEach((source, position) => {
    const id = ids[position] ?? source.label;
    const cost = hasCustomCost ? (source.cost ?? null) : expectedFee(source.flatFee);
    if (cost === null) {
      skipped.push({ position, id, reason: `no fair flat fee: ${source.flatFee.reasons[0] ?? "impressions cannot be estimated"}` });
      return;
    }
    priced.push({ position, source, id, cost, impressions: source.flatFee.outcomes.impressions?.expected ?? null });
  });
  const valueBasis: SelectionValueBasis = hasCustomValue
    ? "valueOfProfile"
    : priced.every((row) => row.source.flatFee.outcomes.conversions !== null)
      ? "expected-conversions"
      : "trusted-reach";
  const usable = priced.filter((row) => {
    if (valueBasis !== "trusted-reach" || row.impressions !== null) return true;
    skipped.push({ position: row.position, id: row.id, reason: "no expected impressions to measure trusted reach" });
    return false;
  });
  skipped.sort((left, right) => left.position - right.position);
  // Summed smallest first, not in input order: a floating-point sum depends on its order, and the audience
  // divides every reach, so permuting the profiles moved the reaches and totals in their last bit.
  let totalImpressions = 0;
  for (const seen of usable.map((row) => row.impressions ?? 0).sort((left, right) => left - right)) totalImpressions += seen;
  const size = audienceSize ?? totalImpressions;
  const candidates = usable.map(({ source, id, cost, impressions }): ParsedCandidate => {
    const seen = impressions ?? 0;
    let value: number;
    if (valueBasis === "valueOfProfile") value = source.value ?? 0;
    else if (valueBasis === "expected-conversions") value = source.flatFee.outcomes.conversions?.expected ?? 0;
    else value = seen * ((source.trust ?? 100) / 100);
    const reach = size > 0 ? Math.min(1, seen / size) : 0;
    const candidate = { id, cost, value, reach, tier: source.tier, platform: source.platform };
    if (source.trust === null) return candidate;
    // trustRange is undefined for a score on enough evidence: JSON output and deep equality leave it out.
    return { ...candidate, trust: source.trust, trustRange: source.trustRange };
  });
  return {
    candidates,
    positions: usable.map((row) => row.position),
    skipped,
    costBasis: hasCustomCost ? "costOfProfile" : "expected-flat-fee",
    valueBasis,
    audienceSize: size,
  };
}
