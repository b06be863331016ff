import type { EstimateAudienceAuthenticityOptions } from "../audience/estimateAudienceAuthenticity.js";
import { scoreEngagementParsed, type EngagementScore, type ScoreEngagementOptions } from "../engagement/scoreEngagement.js";
import type { InfluencerProfileInput } from "../schemas/profile.js";
import { ensureProfile, type ParsedProfile } from "../schemas/parseProfile.js";
import { withWarningReason } from "../schemas/describeWarnings.js";
import { accountAgeSignal, conversationDepthSignal, postingRegularitySignal, topicConcentrationSignal } from "./authoritySignals.js";
import {
  audienceAuthenticitySignal,
  commentShareSignal,
  engagementPatternSignal,
  engagementRateSignal,
  followerGrowthSignal,
  followRatioSignal,
} from "./authenticitySignals.js";
import { brandMentionsSignal, sponsoredEngagementSignal, sponsoredShareSignal } from "./credibilitySignals.js";
import { engagementEvidenceOf, type EngagementEvidence } from "./engagementEvidence.js";
import { nowToMs } from "../schemas/referenceDate.js";
import { parseScoreTrustOptions } from "./parseTrustOptions.js";
import { round } from "./robustStats.js";
import { show, type SignalResult, type TrustSettings } from "./signalResult.js";
import { bandFor, bandForEvidence, TRUST_BANDS, type TrustBand, type TrustBandTable } from "./trustBands.js";
import { groupedCountOf, verbFor } from "../text/countOf.js";
import { showSignificant } from "../text/showDecimals.js";
import { tellApart } from "../text/tellApart.js";
import { TRUST_FLAG_CODES, type TrustFlag, type TrustFlagCode } from "./trustFlags.js";
import { TRUST_THRESHOLDS, type TrustThresholdKey } from "./trustThresholds.js";
import { trustScoreRange, type TrustScoreRange } from "./trustScoreRange.js";
import { TRUST_SIGNAL_FACETS, TRUST_SIGNAL_KEYS, TRUST_WEIGHTS, type TrustFacet, type TrustSignalKey } from "./trustWeights.js";

/**
 * Weights to use instead of {@link TRUST_WEIGHTS}, by signal; a signal left
 * out keeps its default. Non-negative numbers; only ratios matter; 0 turns a
 * signal off.
 *
 * @example
 * const weights: TrustWeightOverrides = { sponsoredShare: 0, audienceAuthenticity: 40 };
 * weights.sponsoredShare;
 * // => 0
 * @category Trust
 */
export type TrustWeightOverrides = { readonly [Key in TrustSignalKey]?: number | undefined };

/**
 * Thresholds to use instead of {@link TRUST_THRESHOLDS}, by key; a key left
 * out keeps its default. Shares and percentiles are fractions in [0, 1].
 *
 * @example
 * const thresholds: TrustThresholdOverrides = { sponsoredSaturationShare: 0.4, windowDays: 14 };
 * thresholds.windowDays;
 * // => 14
 * @category Trust
 */
export type TrustThresholdOverrides = { readonly [Key in TrustThresholdKey]?: number | undefined };

/**
 * Options for {@link scoreTrust}.
 *
 * @category Trust
 */
export interface ScoreTrustOptions {
  /** Weights by signal, merged over {@link TRUST_WEIGHTS}. At least one must stay positive. */
  readonly weights?: TrustWeightOverrides | undefined;
  /** Thresholds, windows and ramp ends, merged over {@link TRUST_THRESHOLDS}. */
  readonly thresholds?: TrustThresholdOverrides | undefined;
  /** Band cut-offs. Defaults to {@link TRUST_BANDS}. */
  readonly bands?: TrustBandTable | undefined;
  /**
   * The present instant for the account age: ISO 8601 string, `Date` or whole
   * epoch milliseconds from 10¹¹, as a profile's dates. Defaults to the latest post or follower snapshot, so the
   * result never depends on the clock.
   */
  readonly now?: string | Date | number | undefined;
  /** Options for the audience-authenticity estimate from `audience.sample`; see {@link estimateAudienceAuthenticity}. */
  readonly audience?: EstimateAudienceAuthenticityOptions | undefined;
  /**
   * Options for the engagement model behind the engagement, comment and pod
   * signals (basis, actions, benchmark table); see {@link scoreEngagement}.
   * Brand accounts (`isBrandAccount: true`) are compared with brand benchmarks.
   */
  readonly engagement?: ScoreEngagementOptions | undefined;
}

/**
 * One signal's part in a {@link TrustScore}. `contribution = weight ·
 * subScore`, and the contributions add up to the weighted score before any
 * cap (to rounding): `score`, or `cap.uncappedScore` when a critical flag
 * capped it (see {@link TrustCap}).
 *
 * @example
 * const factor: TrustFactor = {
 *   key: "sponsoredShare", facet: "credibility", value: 0.6, weight: 0.1, subScore: 33.3, contribution: 3.33,
 *   reason: "12 of 20 posts: 0.6 of posts are sponsored (full credit up to 0.2, none from 0.8)",
 * };
 * Number((factor.weight * (factor.subScore ?? 0)).toFixed(2));
 * // => 3.33
 * @category Trust
 */
export interface TrustFactor {
  /** Which signal. */
  readonly key: TrustSignalKey;
  /** The facet it belongs to. */
  readonly facet: TrustFacet;
  /** The measured quantity (a share, a ratio, a count, days), or `null` when the signal had no data. */
  readonly value: number | null;
  /** Share of the score this signal carries, in [0, 1]: its weight over the total weight of the signals with data; 0 without data. */
  readonly weight: number;
  /** The signal's own score, 0–100, or `null` without data. */
  readonly subScore: number | null;
  /**
   * Points it adds to the weighted score: `weight · subScore`; 0 without data.
   * The contributions add up to the uncapped score, `cap.uncappedScore` when
   * the score was capped by a critical flag and `score` otherwise.
   */
  readonly contribution: number;
  /** What was measured and how it was judged, or why there was no data. */
  readonly reason: string;
}

/**
 * The three facets of a {@link TrustScore}, each 0–100 (the weighted mean
 * of its signals' sub-scores), or `null` when none of its signals had data.
 *
 * @example
 * const facets: TrustFacets = { authenticity: 91.2, credibility: null, authority: 64 };
 * facets.credibility;
 * // => null
 * @category Trust
 */
export interface TrustFacets {
  /** Is the audience real? */
  readonly authenticity: number | null;
  /** Is the voice selective? */
  readonly credibility: number | null;
  /** Is there a niche and a conversation? */
  readonly authority: number | null;
}

/**
 * Where a {@link TrustScore}'s numbers come from.
 *
 * @example
 * const provenance: TrustProvenance = scoreTrust({ platform: "x", followers: 10 }).provenance;
 * [provenance.audience, provenance.thresholdOverrides];
 * // => ["none", []]
 * @category Trust
 */
export interface TrustProvenance {
  /**
   * Always `"weighted-signals"`: a weighted mean of per-signal scores,
   * renormalized over the signals with data, capped at `criticalFlagCap`
   * when a flag is critical (see {@link TrustCap}).
   */
  readonly method: "weighted-signals";
  /** Source of the weights: {@link TRUST_WEIGHTS}' source, noting any overrides. */
  readonly weights: string;
  /** Threshold keys the caller overrode; the rest come from {@link TRUST_THRESHOLDS}, each with its own source. */
  readonly thresholdOverrides: readonly TrustThresholdKey[];
  /** Source of the band cut-offs. */
  readonly bands: string;
  /** Where the audience authenticity came from: the vendor's share, the library's estimate from the sample, or neither. */
  readonly audience: "vendor" | "sample" | "none";
  /** The engagement benchmark the engagement signals were judged against, or `null`. */
  readonly engagementBenchmark: string | null;
}

/**
 * The cap a critical flag put on a {@link TrustScore}. A `critical` flag is
 * strong evidence of inauthentic activity, so the score is
 * `min(weighted score, criticalFlagCap)` whenever at least one flag is
 * critical: by default 59.9, the top of the `questionable` band, so such an
 * account never reads `fair` or better however well its other signals score.
 * Threshold and reasoning: {@link TRUST_THRESHOLDS} (`criticalFlagCap`) and
 * `docs/methodology/trust.md`.
 *
 * @example
 * // followRatio: (30_000 + 1) / (12_000 + 1) ≈ 2.5 ≥ 2 → 0 and a critical follow-for-follow, weight 5;
 * // audienceAuthenticity: 0.95 ≥ 0.9 → 100, weight 20; weighted score (20 · 100 + 5 · 0) / 25 = 80
 * const result = scoreTrust({ platform: "instagram", followers: 12_000, following: 30_000, audience: { authenticShare: 0.95 } });
 * [result.score, result.band, result.cap, result.reasons[1]];
 * // => [59.9, "questionable", { value: 59.9, uncappedScore: 80, flags: ["follow-for-follow"] }, "capped at 59.9 by critical flag follow-for-follow (uncapped 80)"]
 * @category Trust
 */
export interface TrustCap {
  /** The cap the score was lowered to (0–100): the `criticalFlagCap` threshold. */
  readonly value: number;
  /** The weighted score before the cap, rounded to 0.1; the factors' contributions add up to it. */
  readonly uncappedScore: number;
  /** Codes of the critical flags that set the cap, in {@link TRUST_FLAG_CODES} order. */
  readonly flags: readonly TrustFlagCode[];
}

/**
 * Result of {@link scoreTrust}. Plain JSON.
 *
 * @category Trust
 */
export interface TrustScore {
  /**
   * 0–100, rounded to 0.1, or `null` when no signal had data. When a flag is
   * critical, at most `criticalFlagCap`; a capped score is the cap's value as
   * given (see `cap`).
   */
  readonly score: number | null;
  /**
   * The band of `score` under the band table; `'unknown'` when `score` is
   * `null`, or when the score rests on too little evidence for a verdict:
   * `confidence` below `minBandConfidence` (0.5), no counted critical flag,
   * and the ends of `range` in different bands.
   */
  readonly band: TrustBand;
  /** Share of the total weight whose signals had data, in [0, 1]: how much of the model the data could feed. */
  readonly confidence: number;
  /**
   * The scores the signals without data could have given: `lower` with each
   * of them at 0, `upper` with each at 100, rounded and capped as `score`;
   * `lower ≤ score ≤ upper`, all three equal when every signal with a
   * positive weight has data. `null` when `score` is `null`. See {@link TrustScoreRange}.
   */
  readonly range: TrustScoreRange | null;
  /** Facet scores. */
  readonly facets: TrustFacets;
  /** One factor per signal, in {@link TRUST_SIGNAL_KEYS} order, with or without data. */
  readonly factors: readonly TrustFactor[];
  /** Red flags, in {@link TRUST_FLAG_CODES} order. */
  readonly flags: readonly TrustFlag[];
  /**
   * The cap a critical flag put on the score, with the score before it; `null`
   * when no cap applied: no critical flag, no score, or a weighted score at
   * or below the cap already.
   */
  readonly cap: TrustCap | null;
  /** The score in words: coverage, the cap (when one applied), the largest deductions, the signals without data and the `range` they leave open, and the flags. */
  readonly reasons: readonly string[];
  /** Where the numbers come from. */
  readonly provenance: TrustProvenance;
}

// The settings of a call that overrides none of them, built on first use (R6) and shared: most
// calls, and every call of a batch without overrides, take these.
let defaultSettings: TrustSettings | undefined;

function resolveSettings(options: ScoreTrustOptions | undefined): TrustSettings {
  if (options?.thresholds === undefined && options?.weights === undefined && options?.bands === undefined && options?.now === undefined) {
    return (defaultSettings ??= buildSettings(undefined));
  }
  return buildSettings(options);
}

function buildSettings(options: ScoreTrustOptions | undefined): TrustSettings {
  const thresholds = {} as Record<TrustThresholdKey, number>;
  for (const key of Object.keys(TRUST_THRESHOLDS) as TrustThresholdKey[]) thresholds[key] = options?.thresholds?.[key] ?? TRUST_THRESHOLDS[key].value;
  const weights = {} as Record<TrustSignalKey, number>;
  for (const key of TRUST_SIGNAL_KEYS) weights[key] = options?.weights?.[key] ?? TRUST_WEIGHTS.values[key];
  return { thresholds, weights, bands: options?.bands ?? TRUST_BANDS, now: options?.now === undefined ? null : nowToMs(options.now) };
}

function evaluateSignals(profile: ParsedProfile, settings: TrustSettings, options: ScoreTrustOptions | undefined, engagement: EngagementEvidence): SignalResult[] {
  const commentsPerLike = engagement.commentsPerLike;
  const pattern = engagementPatternSignal(profile, commentsPerLike, engagement, settings);
  return [
    audienceAuthenticitySignal(profile, settings, options?.audience),
    engagementRateSignal(engagement, settings),
    followerGrowthSignal(profile, engagement, settings),
    followRatioSignal(profile, settings),
    commentShareSignal(commentsPerLike, settings),
    pattern,
    sponsoredShareSignal(profile, settings),
    sponsoredEngagementSignal(profile, settings),
    brandMentionsSignal(profile, settings),
    topicConcentrationSignal(profile, settings),
    conversationDepthSignal(commentsPerLike, settings, pattern),
    postingRegularitySignal(profile, settings),
    accountAgeSignal(profile, settings),
  ];
}

/**
 * {@link scoreTrust} on an already-parsed profile and already-validated
 * options (see `parseScoreTrustOptions`), without validating either: for the
 * report, which validates once and computes the engagement score once. Pass
 * that engagement score (computed with `options.engagement`) as
 * `engagement`; without it, it is computed here.
 *
 * @internal
 */
export function scoreTrustParsed(profile: ParsedProfile, options: ScoreTrustOptions | undefined, engagement?: EngagementScore | undefined): TrustScore {
  return evaluateTrustParsed(profile, options, engagement).trust;
}

/** A trust score's numbers, and the critical flags that count ({@link criticalFlagCodes}). @internal */
export type TrustNumbers = Pick<TrustScore, "score" | "cap" | "confidence"> & { readonly criticalFlags: readonly TrustFlagCode[] };

/** A trust score with the signals and settings it came from, so a variant can reuse them (see {@link followerFreeTrustScore}). @internal */
export interface TrustEvaluation {
  readonly trust: TrustScore;
  readonly signals: readonly SignalResult[];
  readonly settings: TrustSettings;
}

/**
 * The score of signals as {@link scoreTrust} weighs them: each signal with
 * data gets its weight over the weights of the signals with data, and earns
 * that share of `100 × credit`; `null` when no signal has data.
 */
function weightedScore(signals: readonly SignalResult[], settings: TrustSettings): number | null {
  let availableWeight = 0;
  for (const signal of signals) if (signal.credit !== null) availableWeight += settings.weights[signal.key];
  if (availableWeight === 0) return null;
  let points = 0;
  for (const signal of signals) if (signal.credit !== null) points += (settings.weights[signal.key] / availableWeight) * (100 * signal.credit);
  return round(points, 1);
}

/**
 * The cap critical flags put on a weighted score: `null` when the score is
 * `null`, at or below `criticalFlagCap`, or `codes`, the critical flags that
 * count ({@link criticalFlagCodes}), is empty.
 */
function capFor(uncappedScore: number | null, codes: readonly TrustFlagCode[], settings: TrustSettings): TrustCap | null {
  const value = settings.thresholds.criticalFlagCap;
  if (uncappedScore === null || uncappedScore <= value || codes.length === 0) return null;
  return { value, uncappedScore, flags: codes };
}

/**
 * The codes of the critical flags that count: raised by a signal weighted
 * above 0 (a signal weighted 0 still reports its flags, but the caller has
 * switched it off), once each, in {@link TRUST_FLAG_CODES} order.
 *
 * @internal
 */
export function criticalFlagCodes(signals: readonly SignalResult[], settings: TrustSettings): TrustFlagCode[] {
  const codes: TrustFlagCode[] = [];
  for (const signal of signals) {
    if (settings.weights[signal.key] === 0) continue;
    for (const flag of signal.flags) if (flag.severity === "critical" && !codes.includes(flag.code)) codes.push(flag.code);
  }
  return codes.sort((left, right) => TRUST_FLAG_CODES.indexOf(left) - TRUST_FLAG_CODES.indexOf(right));
}

/**
 * What capped a score, for a sentence: `critical flag follow-for-follow`, or
 * `2 critical flags: audience-fake-heavy, follow-for-follow`. Shared by the
 * trust reasons and the flat fee's trust adjustment, so both say it alike.
 *
 * @internal
 */
export function capCause(flags: readonly TrustFlagCode[]): string {
  const codes = flags.join(", ");
  return flags.length === 1 ? `critical flag ${codes}` : `${groupedCountOf(flags.length, "critical flag")}: ${codes}`;
}

/**
 * The trust score of `evaluation`'s profile with the engagement evidence
 * stripped of what depends on the follower count: `engagement` with its
 * `percentile` and `consistency` set to `null`. Only the three signals that
 * read them (engagement rate, engagement pattern, and conversation depth,
 * which reads the pattern) are evaluated again; the others, the follower
 * history analysis among them, are reused. Capped by critical flags as
 * {@link scoreTrust} caps. Its `score`, `cap` and `confidence` equal those of
 * `scoreTrustParsed(profile, options, followerFree)`.
 *
 * @internal
 */
export function followerFreeTrustScore(
  profile: ParsedProfile,
  followerFree: EngagementScore,
  evaluation: TrustEvaluation,
): TrustNumbers {
  const settings = evaluation.settings;
  const evidence = engagementEvidenceOf(profile, followerFree);
  const pattern = engagementPatternSignal(profile, evidence.commentsPerLike, evidence, settings);
  const signals = evaluation.signals.map((signal) => {
    switch (signal.key) {
      case "engagementRate":
        return engagementRateSignal(evidence, settings);
      case "engagementPattern":
        return pattern;
      case "conversationDepth":
        return conversationDepthSignal(evidence.commentsPerLike, settings, pattern);
      default:
        return signal;
    }
  });
  return scoreOfSignals(signals, settings);
}

/** The score, cap and confidence {@link evaluateTrustParsed} gives `signals`, and the critical flags that count, without sentences. */
function scoreOfSignals(signals: readonly SignalResult[], settings: TrustSettings): TrustNumbers {
  const uncapped = weightedScore(signals, settings);
  const criticalFlags = criticalFlagCodes(signals, settings);
  const cap = capFor(uncapped, criticalFlags, settings);
  let totalWeight = 0;
  let availableWeight = 0;
  for (const signal of signals) {
    totalWeight += settings.weights[signal.key];
    if (signal.credit !== null) availableWeight += settings.weights[signal.key];
  }
  return { score: cap === null ? uncapped : cap.value, cap, confidence: confidenceOf(availableWeight, totalWeight), criticalFlags };
}

/**
 * The `score`, `cap` and `confidence` of `scoreTrustParsed(profile, options, engagement)`, the critical
 * flags that count and the settings, without the factors, range, band and sentences: for the flat fee
 * estimated alone, which reads only these (the sentences took most of a trust score's time beyond its signals).
 *
 * @internal
 */
export function trustNumbersParsed(profile: ParsedProfile, options: ScoreTrustOptions | undefined, engagement: EngagementScore): TrustNumbers & { readonly settings: TrustSettings } {
  const settings = resolveSettings(options);
  const numbers = scoreOfSignals(evaluateSignals(profile, settings, options, engagementEvidenceOf(profile, engagement)), settings);
  return { score: numbers.score, cap: numbers.cap, confidence: numbers.confidence, criticalFlags: numbers.criticalFlags, settings };
}

/**
 * A trust score's `confidence`: the share of the total weight whose signals
 * have data, rounded to 4 decimals, but a share that would round to 0 keeps 4
 * significant digits (a score with data never has confidence 0, the value of
 * a missing score).
 */
function confidenceOf(availableWeight: number, totalWeight: number): number {
  const share = totalWeight > 0 ? availableWeight / totalWeight : 0;
  return share > 0 && share < 0.00005 ? Number(share.toPrecision(4)) : round(share, 4);
}

/** {@link scoreTrustParsed}, also returning the signals and settings behind the score. @internal */
export function evaluateTrustParsed(profile: ParsedProfile, options: ScoreTrustOptions | undefined, engagement?: EngagementScore | undefined): TrustEvaluation {
  const settings = resolveSettings(options);
  // Without the caller's engagement score, one without sentences: the evidence reads only its numbers.
  const evidence = engagementEvidenceOf(profile, engagement ?? scoreEngagementParsed(profile, options?.engagement, false));
  const signals = evaluateSignals(profile, settings, options, evidence);

  let totalWeight = 0;
  let availableWeight = 0;
  for (const signal of signals) {
    const weight = settings.weights[signal.key];
    totalWeight += weight;
    if (signal.credit !== null) availableWeight += weight;
  }

  const factors: TrustFactor[] = [];
  const facetWeight: Record<TrustFacet, number> = { authenticity: 0, credibility: 0, authority: 0 };
  const facetPoints: Record<TrustFacet, number> = { authenticity: 0, credibility: 0, authority: 0 };
  const deductions: Deduction[] = [];
  for (const signal of signals) {
    const facet = TRUST_SIGNAL_FACETS[signal.key];
    const weight = signal.credit === null || availableWeight === 0 ? 0 : settings.weights[signal.key] / availableWeight;
    const subScore = signal.credit === null ? null : 100 * signal.credit;
    const contribution = subScore === null ? 0 : weight * subScore;
    if (signal.credit !== null) {
      facetWeight[facet] += settings.weights[signal.key];
      facetPoints[facet] += settings.weights[signal.key] * 100 * signal.credit;
      if (weight > 0 && signal.credit < 1) deductions.push({ key: signal.key, lost: weight * 100 * (1 - signal.credit) });
    }
    factors.push({
      key: signal.key,
      facet,
      value: signal.value === null ? null : round(signal.value, 6),
      weight: round(weight, 4),
      subScore: subScore === null ? null : round(subScore, 1),
      contribution: round(contribution, 2),
      reason: signal.reason,
    });
  }

  const uncappedScore = weightedScore(signals, settings);
  const facets: TrustFacets = {
    authenticity: facetWeight.authenticity > 0 ? round(facetPoints.authenticity / facetWeight.authenticity, 1) : null,
    credibility: facetWeight.credibility > 0 ? round(facetPoints.credibility / facetWeight.credibility, 1) : null,
    authority: facetWeight.authority > 0 ? round(facetPoints.authority / facetWeight.authority, 1) : null,
  };
  // A loop, not flatMap, which cost ~3 µs here on Node 20, a twentieth of the whole score.
  const flags: TrustFlag[] = [];
  for (const signal of signals) for (const flag of signal.flags) flags.push(flag);
  flags.sort((left, right) => TRUST_FLAG_CODES.indexOf(left.code) - TRUST_FLAG_CODES.indexOf(right.code));
  const criticalCodes = criticalFlagCodes(signals, settings);
  const cap = capFor(uncappedScore, criticalCodes, settings);
  const score = cap === null ? uncappedScore : cap.value;
  const range = trustScoreRange(signals, settings.weights, totalWeight, uncappedScore, criticalCodes.length === 0 ? null : settings.thresholds.criticalFlagCap);
  const confidence = confidenceOf(availableWeight, totalWeight);
  const band = bandForEvidence(score, confidence, range, criticalCodes.length > 0, settings.thresholds.minBandConfidence, settings.bands);
  const overriddenWeights = TRUST_SIGNAL_KEYS.filter((key) => options?.weights?.[key] !== undefined);

  const trust: TrustScore = {
    score,
    band,
    confidence,
    range,
    facets,
    factors,
    flags,
    cap,
    reasons: explain(score, band, confidence, range, signals, deductions, flags, cap, settings),
    provenance: {
      method: "weighted-signals",
      weights: overriddenWeights.length === 0 ? TRUST_WEIGHTS.source : `${TRUST_WEIGHTS.source}; overridden for ${overriddenWeights.join(", ")}`,
      thresholdOverrides: options?.thresholds === undefined ? [] : (Object.keys(TRUST_THRESHOLDS) as TrustThresholdKey[]).filter((key) => options.thresholds?.[key] !== undefined),
      bands: settings.bands.source,
      audience: profile.audience?.authenticShare !== undefined ? "vendor" : profile.audience?.sample !== undefined ? "sample" : "none",
      engagementBenchmark: evidence.benchmark,
    },
  };
  return { trust, signals, settings };
}

/** Points a signal cost the score: `weight · (100 − subScore)`. */
interface Deduction {
  readonly key: TrustSignalKey;
  readonly lost: number;
}

function explain(
  score: number | null,
  band: TrustBand,
  confidence: number,
  range: TrustScoreRange | null,
  signals: readonly SignalResult[],
  deductions: readonly Deduction[],
  flags: readonly TrustFlag[],
  cap: TrustCap | null,
  settings: TrustSettings,
): string[] {
  const withData = signals.filter((signal) => signal.credit !== null);
  if (score === null) {
    const reason =
      withData.length === 0
        ? "no signal had data: add posts, follower history, the following count or audience data"
        : "every signal with data has weight 0";
    return [`score unavailable: ${reason}`];
  }
  const signalCount = `from ${withData.length} of ${signals.length} signals`;
  let first = `score ${show(score)} (${band}) ${signalCount}, carrying ${show(confidence)} of the total weight`;
  if (band === "unknown") {
    // Written apart, so 0.4999 against 0.5 never reads "carrying 0.5 …, less than the 0.5".
    const [carried, needed] = tellApart(confidence, settings.thresholds.minBandConfidence, show, showSignificant, 4);
    first = `score ${show(score)} (band unknown) ${signalCount}, carrying ${carried} of the total weight, less than the ${needed} a band needs`;
  }
  const reasons = [first];
  if (cap !== null) reasons.push(`capped at ${show(cap.value)} by ${capCause(cap.flags)} (uncapped ${show(cap.uncappedScore)})`);
  // A deduction that rounds to 0.0 is noise in a sentence ("accountAge −0"): listed only from 0.05 on.
  const largest = deductions
    .filter((deduction) => round(deduction.lost, 1) > 0)
    .sort((left, right) => right.lost - left.lost || TRUST_SIGNAL_KEYS.indexOf(left.key) - TRUST_SIGNAL_KEYS.indexOf(right.key))
    .slice(0, 3);
  if (largest.length > 0) reasons.push(`largest deductions: ${largest.map((deduction) => `${deduction.key} −${show(round(deduction.lost, 1))}`).join(", ")}`);
  const missing = signals.filter((signal) => signal.credit === null && settings.weights[signal.key] > 0).map((signal) => signal.key);
  if (missing.length > 0) reasons.push(`no data for ${missing.join(", ")}: ${verbFor(missing.length, "its", "their")} weight went to the other signals`);
  if (range !== null && range.lower < range.upper) {
    const { lower, upper } = range;
    reasons.push(`with the signals without data scored from 0 to 100, the score could be anywhere from ${show(lower)} (${bandFor(lower, settings.bands)}) to ${show(upper)} (${bandFor(upper, settings.bands)})`);
  }
  for (const flag of flags) reasons.push(`${flag.severity} ${flag.code}: ${flag.message}`);
  return reasons;
}

/**
 * Scores how far an influencer can be trusted, 0–100, from whatever data is
 * given, and says exactly why. Thirteen signals in three facets:
 * authenticity (is the audience real: vendor audit or sampled followers,
 * engagement against peers, follower-growth spikes and purges, follow-back
 * ratio, comments per like, pod-like engagement), credibility (is the voice
 * selective: share of sponsored posts, sponsored versus organic engagement,
 * brands per sponsored post) and authority (is there a niche and a
 * conversation: topic concentration, comments per like, posting regularity,
 * account age).
 *
 * Each signal with data gets a sub-score `sᵢ` in [0, 100]; the score is the
 * weighted mean `Σ wᵢ·sᵢ / Σ wᵢ` over those signals (weights from
 * {@link TRUST_WEIGHTS}), so a signal without data hands its weight to the
 * rest, and `confidence = Σ wᵢ (with data) / Σ wᵢ (all)`. Every factor's
 * `contribution` is its share of that weighted score. When at least one flag
 * is `critical` (strong evidence of inauthentic activity), the score is
 * capped: `score = min(weighted score, criticalFlagCap)`, by default 59.9,
 * so the band is at best `questionable`; `cap` and the reasons then give the
 * cap, the critical flags and the uncapped score. `range` gives the score
 * with every signal without data at 0 and at 100, so a high score on little
 * evidence shows how far it could fall, and such a score reads no band
 * (`'unknown'`) while its signals carry less than `minBandConfidence` (0.5)
 * of the weight, unless a critical flag stands or the whole range reads one
 * band. Follower spikes are robust
 * (median/MAD) z-scores of per-day growth over a rolling window (Iglewicz &
 * Hoaglin, 1993). Thresholds and their sources: {@link TRUST_THRESHOLDS};
 * method: `docs/methodology/trust.md`; flags: `docs/flags.md`.
 *
 * O(n · w log w) for n follower snapshots (w ≤ 256 neighbours per window),
 * plus O(p log p) for p posts.
 *
 * @param profile - An {@link InfluencerProfileInput}, or a profile already
 *   returned by {@link parseProfile} (not validated again).
 * @param options - Weights, thresholds, bands, the present instant and
 *   audience-estimate options; see {@link ScoreTrustOptions}.
 * @returns The score (or `null` with a reason when no signal has data), band,
 *   confidence, the range the signals without data leave open (or `null`),
 *   facets, one factor per signal, flags, the cap a critical flag put on the
 *   score (or `null`), reasons and provenance.
 * @throws {@link InfluencerInputError} if the profile or an option is invalid.
 * @example
 * const { score, band, confidence, reasons } = scoreTrust({ platform: "instagram", followers: 12_000 });
 * [score, band, confidence, reasons[0]];
 * // => [null, "unknown", 0, "score unavailable: no signal had data: add posts, follower history, the following count or audience data"]
 * @example
 * const result = scoreTrust({ platform: "instagram", followers: 12_000, following: 300, audience: { authenticShare: 0.8 } });
 * // audienceAuthenticity: (0.8 − 0.5) / (0.9 − 0.5) = 0.75 → 75, weight 20; followRatio: (300 + 1) / (12_000 + 1) ≈ 0.025 ≤ 0.5 → 100, weight 5
 * // score = (20 · 75 + 5 · 100) / 25 = 80; confidence = 25 / 100, too little for a band (minBandConfidence 0.5)
 * [result.score, result.band, result.confidence];
 * // => [80, "unknown", 0.25]
 * @category Trust
 */
export function scoreTrust(profile: InfluencerProfileInput | ParsedProfile, options?: ScoreTrustOptions | undefined): TrustScore {
  const parsedOptions = parseScoreTrustOptions(options);
  const parsed = ensureProfile(profile);
  return withWarningReason(scoreTrustParsed(parsed, parsedOptions), parsed.warnings);
}
