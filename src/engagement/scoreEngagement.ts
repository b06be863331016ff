import * as z from "zod/mini";
import { optionsObject } from "../schemas/fields.js";
import { parseInput } from "../schemas/parseInput.js";
import { ensureProfile, type ParsedProfile } from "../schemas/parseProfile.js";
import { withWarningReason } from "../schemas/describeWarnings.js";
import { PLATFORM_NAMES, type Platform } from "../schemas/platform.js";
import type { InfluencerProfileInput } from "../schemas/profile.js";
import { groupedCountOf } from "../text/countOf.js";
import { groupDigits, groupWholePart } from "../text/groupDigits.js";
import { showPercentile, showSignificant } from "../text/showDecimals.js";
import { significant } from "../text/significant.js";
import { classifySizeBucket } from "../tiers/classifySizeBucket.js";
import { bandOf, benchmarkDistribution, findBenchmark, percentileOf, type FoundBenchmark } from "./benchmarkPosition.js";
import {
  ENGAGEMENT_BENCHMARKS,
  type EngagementBand,
  type EngagementBenchmarkBucket,
  type EngagementBenchmarkTable,
} from "./engagementBenchmarks.js";
import { ENGAGEMENT_METHOD } from "./engagementMethod.js";
import { actionMask, ALL_ACTIONS_MASK, maskActions, profileBasis, type EngagementAction, type EngagementBasis } from "./measureEngagementRate.js";
import { engagementOptionFields, ensureBenchmarkTable } from "./engagementSchemas.js";
import {
  measureEngagementSample,
  type EngagementDiagnostics,
  type EngagementOutlier,
  type EngagementSample,
  type MeasuredSample,
} from "./measureEngagementSample.js";

/**
 * Options for {@link scoreEngagement}.
 *
 * @category Engagement
 */
export interface ScoreEngagementOptions {
  /**
   * The denominator. Defaults to `views` on TikTok and YouTube when more than
   * half of the posts have views (or the summary has `avgViews`), otherwise `followers`.
   */
  readonly basis?: EngagementBasis | undefined;
  /** Interactions to count; at least one. Defaults to every count present (likes, comments, shares, saves). */
  readonly actions?: readonly EngagementAction[] | undefined;
  /**
   * Benchmarks to compare against. Defaults to {@link ENGAGEMENT_BENCHMARKS}.
   * A table is checked once, the first time it is used, and read as it was
   * then: to use changed figures, pass a new object (`structuredClone` it and
   * edit the copy), not the same object changed.
   */
  readonly benchmarks?: EngagementBenchmarkTable | undefined;
}

/**
 * The benchmark cell a score was compared with, with its source.
 *
 * @example
 * const used: EngagementBenchmarkUsed | null = scoreEngagement({
 *   platform: "instagram",
 *   followers: 20_000,
 *   summary: { postCount: 12, avgLikes: 300, avgComments: 10 },
 * }).benchmark;
 * [used?.bucket, used?.median];
 * // => ["10k-50k", 0.00965609]
 * @category Engagement
 */
export interface EngagementBenchmarkUsed {
  /** The platform of the cell. */
  readonly platform: Platform;
  /** `creators`, or `brands` for a brand account. */
  readonly audience: "creators" | "brands";
  /** The cell's size bucket, or `all` when the series has one cell for every size. */
  readonly bucket: EngagementBenchmarkBucket;
  /** The denominator of the cell's rates. */
  readonly basis: EngagementBasis;
  /** Median typical rate of the peers. */
  readonly median: number;
  /** The four band cut-offs, ascending. */
  readonly bands: readonly [number, number, number, number];
  /** Percentiles the cut-offs sit at. */
  readonly bandPercentiles: readonly [number, number, number, number];
  /** `"<publisher>, <title>"`. */
  readonly source: string;
  /** Year of the figures, or `null` when undated. */
  readonly year: number | null;
  /** Address of the source, or `null` when it has none. */
  readonly url: string | null;
  /** The source's own definition of the rate. */
  readonly definition: string;
  /** Whether the figures are weak (see {@link EngagementBenchmarkSeries.isLowConfidence}). */
  readonly isLowConfidence: boolean;
  /** Version of the benchmark table. */
  readonly version: string;
}

/**
 * One ingredient of an engagement score. The contributions add up to `score`:
 * the benchmark median's percentile (about 50) plus the points the
 * profile's own posts move it by.
 *
 * @example
 * const factor: EngagementFactor = { key: "benchmark", value: 0.0097, weight: 0.01, contribution: 50, reason: "the peers' median" };
 * factor.contribution;
 * // => 50
 * @category Engagement
 */
export interface EngagementFactor {
  /** `benchmark` (the prior) or `observed` (the profile's own rate). */
  readonly key: "benchmark" | "observed";
  /** The rate this factor stands for: the benchmark median, or the profile's typical rate. */
  readonly value: number;
  /** Its weight in the estimate on the log scale (the two weights add up to 1). */
  readonly weight: number;
  /** Points of `score` it accounts for. */
  readonly contribution: number;
  /** Plain-English explanation. */
  readonly reason: string;
}

/**
 * An 80% interval for the profile's typical engagement rate.
 *
 * @example
 * const interval: EngagementInterval = { lower: 0.018, upper: 0.026, level: 0.8 };
 * interval.upper > interval.lower;
 * // => true
 * @category Engagement
 */
export interface EngagementInterval {
  /** Lower end (a rate). */
  readonly lower: number;
  /** Upper end (a rate). */
  readonly upper: number;
  /** Coverage: 0.8. */
  readonly level: number;
}

/**
 * Result of {@link scoreEngagement}: plain JSON. Rates are fractions
 * (0.021 = 2.1 engagements per 100 of the basis); `score` and `percentile` are 0–100.
 *
 * @category Engagement
 */
export interface EngagementScore {
  /** 0–100, equal to `percentile`; `null` without a rate or a benchmark. */
  readonly score: number | null;
  /** The published band the estimate falls in; `unknown` when `score` is null. */
  readonly band: EngagementBand;
  /** Percentile of `estimate` among the benchmark's peers, 0–100, or `null`. */
  readonly percentile: number | null;
  /** 0–1: how far the data can be trusted to place the profile; 0 when `score` is null. */
  readonly confidence: number;
  /** Typical rate: median of the per-post rates (from a summary: ratio of the averages), or `null`. */
  readonly rate: number | null;
  /** Denominator used. */
  readonly basis: EngagementBasis;
  /** Interactions counted. */
  readonly actions: readonly EngagementAction[];
  /** Posts that had the denominator (from a summary: its `postCount`). */
  readonly postsUsed: number;
  /** Typical rate after shrinkage toward the benchmark median, or `null`. */
  readonly estimate: number | null;
  /** 80% interval for the typical rate, or `null`. */
  readonly interval: EngagementInterval | null;
  /** Viral and dead posts (|modified z| > 3.5 on log interactions). */
  readonly outliers: readonly EngagementOutlier[];
  /** Share of posts that are viral outliers; `null` with fewer than three posts. */
  readonly viralShare: number | null;
  /** Robust coefficient of variation of the per-post rates, 1.4826·MAD/median: 0 when every post is alike; `null` with fewer than three posts. */
  readonly consistency: number | null;
  /** Relative change of the rate per 30 days (0.1 = +10%); `null` without 3 dated posts over 7 days or more. */
  readonly trend: number | null;
  /** Median share of comments in likes + comments, or `null`. */
  readonly commentShare: number | null;
  /** h-index of the posts: h posts with at least h interactions each; `null` without posts. */
  readonly hIndex: number | null;
  /** The benchmark cell compared with, or `null` when there is none. */
  readonly benchmark: EngagementBenchmarkUsed | null;
  /** `measured` from posts, `summary` from averages only, `none` when there is no rate. */
  readonly provenance: "measured" | "summary" | "none";
  /** What the score is made of; empty when `score` is null. */
  readonly factors: readonly EngagementFactor[];
  /** Plain-English explanation, most important first. */
  readonly reasons: readonly string[];
}

const BASIS_WORDS: Readonly<Record<EngagementBasis, string>> = {
  followers: "followers",
  reach: "accounts reached",
  impressions: "impressions",
  views: "views",
};

/**
 * A rate as "2.1 per 100 followers" (the CLI owns percent strings): three significant digits, the
 * whole part grouped, as a tiny account's viral posts pass 1,000 per 100 ("28,000 per 100 followers").
 */
function per100(rate: number, basis: EngagementBasis): string {
  const per = significant(rate * 100);
  // From 1e-6 to 1,000 (most rates) String() has no exponent and nothing to group. Below, showSignificant writes
  // the digits out, and "almost 0" under ALMOST_ZERO_BELOW (src/text/almostZero.ts, 1e-98) as every writer does;
  // from 1,000 groupWholePart groups them.
  const written = per >= 1e-6 && per < 1000 ? String(per) : per < 1e-6 ? showSignificant(per) : groupWholePart(String(per));
  return `${written} per 100 ${BASIS_WORDS[basis]}`;
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

function describeSample(sample: MeasuredSample, basis: EngagementBasis): string {
  const rate = per100(sample.rate, basis);
  return sample.provenance === "summary"
    ? `From averages over ${groupedCountOf(sample.postsUsed, "post")}: ${rate}. Without per-post counts the spread between posts is assumed, not measured.`
    : `Median of ${groupedCountOf(sample.postsUsed, "post")}: ${rate}.`;
}

/** What a post with none of the counted actions has none of: "interactions", or the actions counted ("comments", "likes or comments"). */
function noneOf(mask: number): string {
  if (mask === ALL_ACTIONS_MASK) return "interactions";
  const actions = maskActions(mask);
  return actions.length === 1 ? String(actions[0]) : `${actions.slice(0, -1).join(", ")} or ${String(actions[actions.length - 1])}`;
}

/** Why posts with no interactions count at the peers' median: the sentence for {@link MeasuredSample.atCeiling}. */
function describeCeiling(sample: MeasuredSample, mask: number): string {
  const what = noneOf(mask);
  const which =
    sample.provenance === "summary"
      ? `The averages show no ${what}, so they count`
      : `${groupedCountOf(sample.atCeiling, "post")} with no ${what} ${sample.atCeiling === 1 ? "counts" : "count"}`;
  return `${which} at the peers' median, not above it: on so small an audience the half interaction that keeps a logarithm finite would read as a rate above the median, and having none is no evidence of one.`;
}

/**
 * The typical rate the estimate starts from, and why it is not the median rate of the first
 * sentence when the two read differently: the median of log rates is a geometric mean of the middle
 * two, with the half interaction spread over the posts; a summary's is the median its average
 * implies; posts with no interactions may sit at the peers' median.
 */
function describeTypical(sample: MeasuredSample, basis: EngagementBasis, mask: number, median: number): string {
  const written = per100(Math.exp(sample.location), basis);
  if (written === per100(sample.rate, basis)) return written;
  // A capped log rate is exactly the ceiling, ln(median), so the comparison is exact.
  if (sample.atCeiling > 0 && sample.location === Math.log(median)) return `${written}: no ${noneOf(mask)}, counted at the peers' median`;
  if (sample.provenance === "summary") return `${written}: the median the averages imply`;
  return `${written}: the median on the log scale, with half an interaction spread over the posts`;
}

/** A number with a true minus sign (U+2212), as the trust score's sentences write one. */
function signed(value: number): string {
  return value < 0 ? `\u2212${-value}` : String(value);
}

function describeDiagnostics(sample: EngagementDiagnostics, reasons: string[]): void {
  const viral = sample.outliers.filter((outlier) => outlier.kind === "viral").length;
  const dead = sample.outliers.length - viral;
  if (sample.outliers.length > 0) {
    reasons.push(
      `${groupDigits(viral)} viral and ${groupedCountOf(dead, "dead post")} (modified z-score beyond ±3.5): the median is not moved by them.`,
    );
  }
  if (sample.trend !== null) {
    // The factor keeps its 3 decimals; a steep rise can pass 1,000, so the whole part is grouped.
    const factor = String(round(1 + sample.trend, 3));
    reasons.push(`Engagement changes by a factor of ${groupWholePart(factor)} every 30 days (regression over ${groupDigits(sample.trendPosts)} dated posts).`);
  }
}

/** The benchmark cell as reported in a score (built as one literal: object spread is slow on V8 at this size). */
function benchmarkUsed(
  table: EngagementBenchmarkTable,
  found: FoundBenchmark,
  platform: Platform,
  isBrand: boolean,
  basis: EngagementBasis,
): EngagementBenchmarkUsed {
  const { cell, series } = found;
  return {
    platform,
    audience: isBrand ? "brands" : "creators",
    bucket: found.bucket,
    basis,
    median: cell.median,
    bands: cell.bands,
    bandPercentiles: table.bandPercentiles,
    source: cell.source ?? series.source,
    year: cell.year === undefined ? series.year : cell.year,
    url: cell.url ?? (cell.source === undefined ? (series.url ?? null) : null),
    definition: cell.definition ?? series.definition,
    isLowConfidence: cell.isLowConfidence ?? series.isLowConfidence,
    version: table.version,
  };
}

/** The parts of a score that depend on the benchmark comparison. */
interface Placement {
  readonly score: number | null;
  readonly band: EngagementBand;
  readonly percentile: number | null;
  readonly confidence: number;
  readonly estimate: number | null;
  readonly interval: EngagementInterval | null;
  readonly factors: readonly EngagementFactor[];
}

const UNPLACED: Placement = { score: null, band: "unknown", percentile: null, confidence: 0, estimate: null, interval: null, factors: [] };

/** Assembles the result as one object literal, always with the same keys in the same order. */
function assemble(
  sample: EngagementSample,
  basis: EngagementBasis,
  mask: number,
  benchmark: EngagementBenchmarkUsed | null,
  placement: Placement,
  reasons: readonly string[],
): EngagementScore {
  return {
    score: placement.score,
    band: placement.band,
    percentile: placement.percentile,
    confidence: placement.confidence,
    rate: sample.provenance === "none" ? null : sample.rate,
    basis,
    actions: maskActions(mask),
    postsUsed: sample.postsUsed,
    estimate: placement.estimate,
    interval: placement.interval,
    outliers: sample.outliers,
    viralShare: sample.viralShare,
    consistency: sample.consistency,
    trend: sample.trend,
    commentShare: sample.commentShare,
    hIndex: sample.hIndex,
    benchmark,
    provenance: sample.provenance,
    factors: placement.factors,
    reasons,
  };
}

/**
 * {@link scoreEngagement} without validation, for callers inside the library
 * that already hold a {@link ParsedProfile} and validated options (the trust
 * score and the report). O(n log n) in the number of posts. With `explain`
 * false, a rate with a benchmark comes without sentences (`reasons` and
 * `factors` empty), for the trust score, which reads only the numbers: the
 * sentences took about a tenth of a trust score's time.
 *
 * @internal
 */
export function scoreEngagementParsed(profile: ParsedProfile, options?: ScoreEngagementOptions | undefined, explain = true): EngagementScore {
  const table = options?.benchmarks ?? ENGAGEMENT_BENCHMARKS;
  const basis = options?.basis ?? profileBasis(profile);
  const mask = actionMask(options?.actions);
  const isBrand = profile.isBrandAccount;
  const bucket = classifySizeBucket(profile.followers);
  const found = findBenchmark(table, isBrand, profile.platform, basis, bucket);
  const postSpread = found?.cell.postSpread ?? table.postSpread;
  // Posts with no interactions never count above the peers' median (see measureEngagementSample).
  const sample = measureEngagementSample(profile, basis, mask, postSpread, found === null ? Infinity : Math.log(found.cell.median));
  const benchmark = found === null ? null : benchmarkUsed(table, found, profile.platform, isBrand, basis);
  const reasons: string[] = [];
  if (sample.provenance === "none") {
    reasons.push(`No engagement rate: ${sample.missing}.`);
    describeDiagnostics(sample, reasons);
    return assemble(sample, basis, mask, benchmark, UNPLACED, reasons);
  }

  // Dispersion of the log rates: the table's spread counts as `priorPosts` posts of evidence,
  // pooled with the profile's own (robust) spread; a summary has none of its own.
  const posts = sample.postsUsed;
  const priorPosts = ENGAGEMENT_METHOD.priorPosts;
  const ownDegrees = sample.spread === null ? 0 : posts - 1;
  const ownSpread = sample.spread ?? 0;
  const degrees = priorPosts + ownDegrees;
  const pooledVariance = (priorPosts * postSpread * postSpread + ownDegrees * ownSpread * ownSpread) / degrees;
  // Student-t variance inflation for an estimated spread, and the efficiency of a median (a summary is a mean).
  const inflation = (degrees / (degrees - 2)) * (sample.provenance === "summary" ? 1 : ENGAGEMENT_METHOD.medianVarianceFactor);
  const priorError = (inflation * postSpread * postSpread) / posts;
  const ownError = (inflation * pooledVariance) / posts;
  const location = sample.location;
  const z = ENGAGEMENT_METHOD.intervalZ;
  const level = ENGAGEMENT_METHOD.intervalLevel;

  if (found === null || benchmark === null) {
    reasons.push(describeSample(sample, basis));
    // A series without a cell for this size (a custom or calibrated table) is not the same as no series.
    const sized = (isBrand ? table.brands : table.creators)[profile.platform]?.[basis] === undefined ? "" : ` accounts with ${bucket} followers`;
    reasons.push(
      `No ${isBrand ? "brand" : "creator"} benchmark for ${PLATFORM_NAMES[profile.platform]}${sized} on the ${basis} basis${sized === "" ? "" : " (the series has no cell for that size)"}, so there is no score.`,
    );
    describeDiagnostics(sample, reasons);
    const half = z * Math.sqrt(ownError);
    const interval = { lower: Math.exp(location - half), upper: Math.exp(location + half), level };
    const placement: Placement = { score: null, band: "unknown", percentile: null, confidence: 0, estimate: Math.exp(location), interval, factors: [] };
    return assemble(sample, basis, mask, benchmark, placement, reasons);
  }

  // Empirical-Bayes shrinkage on the log scale (normal–normal): the weight of the data depends only on
  // the number of posts and the table's spreads, so more engagement on any post never lowers the estimate.
  const distribution = benchmarkDistribution(found.cell, table.bandPercentiles);
  const between = distribution.tau * distribution.tau;
  const shrinkage = priorError / (priorError + between);
  const logEstimate = distribution.mu + (1 - shrinkage) * (location - distribution.mu);
  const estimate = Math.exp(logEstimate);
  // The interval uses the profile's own dispersion: posterior variance 1 / (1/ownError + 1/between).
  const reliability = between / (between + ownError);
  const half = z * Math.sqrt(ownError * reliability);
  const percentile = percentileOf(logEstimate, distribution);
  // The log estimate against the log cut-offs, as the percentile reads them: exp() can round a rate on a cut-off
  // to just below it (0.0065 → 0.006499999999999998), which put the band under a percentile of exactly 40.
  const band = bandOf(logEstimate, distribution.logCuts);
  const benchmarkPercentile = percentileOf(distribution.mu, distribution);
  let confidence = reliability;
  if (benchmark.isLowConfidence) confidence *= ENGAGEMENT_METHOD.lowConfidenceFactor;
  if (sample.provenance === "summary") confidence *= ENGAGEMENT_METHOD.summaryFactor;
  const interval = { lower: Math.exp(logEstimate - half), upper: Math.exp(logEstimate + half), level };
  if (!explain) return assemble(sample, basis, mask, benchmark, { score: percentile, band, percentile, confidence, estimate, interval, factors: [] }, reasons);

  reasons.push(describeSample(sample, basis));
  const peers = `${isBrand ? "brand accounts" : "creators"} on ${PLATFORM_NAMES[profile.platform]}${found.bucket === "all" ? "" : ` with ${found.bucket} followers`}`;
  reasons.push(
    `Compared with ${peers} (${benchmark.source}${benchmark.year === null ? ", undated" : `, ${benchmark.year}`}): median ${per100(benchmark.median, basis)}.`,
  );
  if (benchmark.isLowConfidence) reasons.push(`This benchmark is low confidence: ${found.cell.note ?? found.series.note ?? found.series.definition}`);
  if (sample.atCeiling > 0) reasons.push(describeCeiling(sample, mask));
  reasons.push(
    `With ${groupedCountOf(posts, "post")} the estimate moves ${round(1 - shrinkage, 2)} of the way (on a log scale) from the benchmark median to the profile's own rate: ${per100(estimate, basis)}, at percentile ${showPercentile(percentile)} (${band}).`,
  );
  describeDiagnostics(sample, reasons);
  const typical = Math.exp(location);
  return assemble(
    sample,
    basis,
    mask,
    benchmark,
    {
      score: percentile,
      band,
      percentile,
      confidence,
      estimate,
      interval,
      factors: [
        {
          key: "benchmark",
          value: benchmark.median,
          weight: shrinkage,
          contribution: benchmarkPercentile,
          reason: `The peers' median sits at percentile ${showPercentile(benchmarkPercentile)}; with few posts the estimate stays near it.`,
        },
        {
          key: "observed",
          value: typical,
          weight: 1 - shrinkage,
          contribution: percentile - benchmarkPercentile,
          reason: `The profile's own typical rate (${describeTypical(sample, basis, mask, benchmark.median)}) moves the score by ${signed(round(percentile - benchmarkPercentile, 1))} points.`,
        },
      ],
    },
    reasons,
  );
}

interface ParsedScoreOptions {
  readonly basis?: EngagementBasis | undefined;
  readonly actions?: readonly EngagementAction[] | undefined;
  readonly benchmarks?: unknown;
}

let optionsSchema: z.ZodMiniType<ParsedScoreOptions> | undefined;

/** Validates {@link ScoreEngagementOptions}. @internal */
export function parseEngagementOptions(options: unknown): ScoreEngagementOptions {
  optionsSchema ??= optionsObject({ ...engagementOptionFields(), benchmarks: z.optional(z.unknown()) });
  const parsed = parseInput(optionsSchema, options === undefined ? {} : options);
  const benchmarks = parsed.benchmarks === undefined ? undefined : ensureBenchmarkTable(parsed.benchmarks, ["benchmarks"]);
  return { basis: parsed.basis, actions: parsed.actions, benchmarks };
}

/**
 * Scores a profile's engagement against its peers: a robust typical rate,
 * shrunk toward the benchmark for its platform and size when posts are few,
 * placed among the peers as a percentile and a published band, with an
 * honest interval.
 *
 * Steps (details and sources in `docs/methodology/engagement.md`):
 * 1. Per post, `rate = interactions / denominator`; `rate` is their median.
 * 2. On the log scale, `y = median ln((interactions + 0.5/n) / denominator)`
 *    over the n posts with a rate (half an interaction in all, so a post with
 *    none stays finite; such a post counts at most `μ`, since no interactions are
 *    no evidence of a rate above the peers'); empirical-Bayes shrinkage toward the benchmark `μ = ln(median)` with
 *    the spread `τ` fitted to the published band cut-offs:
 *    `estimate = exp(μ + (1 − B)(y − μ))`, `B = V / (V + τ²)`,
 *    `V = c·(π/2)·σ²/n` (Efron & Morris, JASA 70, 1975).
 * 3. `interval`: 80% posterior interval from the posts' own dispersion on the
 *    log scale (never a binomial interval with followers as trials).
 * 4. `percentile`: 100·Φ(z), z piecewise linear in log rate through the
 *    band cut-offs at the table's band percentiles; `score = percentile`;
 *    `band` from the cut-offs.
 * 5. `outliers`: |modified z| > 3.5 on log(1 + interactions) (Iglewicz &
 *    Hoaglin, 1993).
 *
 * A profile with no posts and no summary, or with 0 followers on the
 * followers basis, gets `score: null`, `band: "unknown"`, `confidence: 0` and
 * a reason. O(n log n) in the number of posts.
 *
 * @param profile - A profile, raw (validated here) or from {@link parseProfile} (not validated again).
 * @param options - Basis, actions and benchmark table; see {@link ScoreEngagementOptions}.
 * @returns The {@link EngagementScore}.
 * @throws {@link InfluencerInputError} if the profile or an option is invalid.
 * @example
 * const result = scoreEngagement({
 *   platform: "instagram",
 *   followers: 20_000,
 *   posts: [
 *     { likes: 300, comments: 20 },
 *     { likes: 380, comments: 20 },
 *     { likes: 260, comments: 20 },
 *   ],
 * });
 * [result.rate, result.band, result.benchmark?.bucket];
 * // => [0.016, "above-average", "10k-50k"]
 * @example
 * scoreEngagement({ platform: "instagram", followers: 0, posts: [{ likes: 5, comments: 1 }] }).score;
 * // => null
 * @category Engagement
 */
export function scoreEngagement(
  profile: InfluencerProfileInput | ParsedProfile,
  options?: ScoreEngagementOptions | undefined,
): EngagementScore {
  const parsed = ensureProfile(profile);
  return withWarningReason(scoreEngagementParsed(parsed, parseEngagementOptions(options)), parsed.warnings);
}
