import { impressionMetric } from "../schemas/impressionMetric.js";
import type { ParsedProfile } from "../schemas/parseProfile.js";
import { PLATFORM_NAMES, type Platform, type PostFormat } from "../schemas/platform.js";
import type { PostMetrics } from "../schemas/profile.js";
import { medianSorted } from "../stats/quantileSorted.js";
import { sortAscending } from "../stats/sortAscending.js";
import { groupedCountOf, verbFor } from "../text/countOf.js";
import { groupDigits, groupWholePart } from "../text/groupDigits.js";
import { classifyTier } from "../tiers/classifyTier.js";
import type { TierId } from "../tiers/tierSchemes.js";
import type { TrustCap } from "../trust/scoreTrust.js";
import type { TrustFlagCode } from "../trust/trustFlags.js";
import { finiteOrNull, fromEstimate, multiply, sigmaOfRatio, toRange, usesAssumedSpread, type Lognormal, type RangeScores } from "./lognormal.js";
import type { ParsedCommonOptions } from "./options.js";
import type { RateCard, RateEstimate, ReachBands } from "./rateCard.js";
import { benchmarkConversionRate } from "./benchmarkConversionRate.js";
import { show } from "./show.js";
import type { CompensationOutcomes, CompensationProvenance, QuantityProvenance, Range, UnitCosts } from "./types.js";
import { keptScratch, type KeptScratch } from "../stats/keptScratch.js";
import { MAX_INTERACTIONS } from "../engagement/measureEngagementSample.js";

/**
 * What the estimators read from an engagement result: the 0–100 score, the
 * (shrunk) engagement-rate estimate with its denominator, and the benchmark
 * cell it was compared with. An `EngagementScore` fits.
 *
 * @internal
 */
export interface EngagementContext {
  readonly score: number | null;
  readonly estimate: number | null;
  readonly basis: string;
  readonly benchmark: { readonly median: number; readonly basis: string; readonly source: string } | null;
}

/** What the estimators read from a trust result. @internal */
export interface TrustContext {
  readonly score: number | null;
  /** The cap a critical flag put on `score`, or `null` (see `TrustScore.cap`). */
  readonly cap: TrustCap | null;
  /** Every critical flag that counts, capping or not (a score already at or below the cap is not capped). */
  readonly criticalFlags: readonly TrustFlagCode[];
  /**
   * When the score rests on too little evidence to move the fee: its
   * `confidence` (the share of the total weight its signals with data carry;
   * the engagement rate never has data here), and the `minBandConfidence` it
   * falls short of (see `trustContext`).
   * `null` when the evidence is enough, a critical flag counts, or there is
   * no score.
   */
  readonly thinEvidence: { readonly share: number; readonly needed: number } | null;
}

/**
 * The real share of the audience, when the profile says or shows it: the
 * vendor's `audience.authenticShare`, else the library's estimate from
 * `audience.sample`.
 *
 * @internal
 */
export interface AudienceContext {
  /** Share of followers that are real people, 0–1. */
  readonly authenticShare: number;
  /** Where it comes from, for a sentence: `"vendor audit"` or `"estimate from 120 sampled followers"`. */
  readonly from: string;
}

/**
 * Precomputed engagement and trust results, so a report computes each model
 * once. `null` when the model could not run, or when the profile has no
 * audience data.
 *
 * @internal
 */
export interface QualityContext {
  readonly engagement: EngagementContext | null;
  readonly trust: TrustContext | null;
  readonly audience: AudienceContext | null;
}

/** Relative margin by which a reach band's conversions must beat the benchmark rate to raise it: more than rounding. */
const RAISE_TOLERANCE = 1e-9;

const ENGAGEMENT_MODEL = "influencer-scoring engagement model (shrunk engagement-rate estimate)";

/** One unit of an engagement rate's basis, for "(per follower)": the basis itself read "(per followers)". */
const PER_BASIS: Readonly<Record<string, string>> = { followers: "follower", views: "view", impressions: "impression", reach: "account reached" };

/**
 * The largest summary impressions figure the models use: an average of counts cannot exceed the
 * largest count (interactions: the engagement model's MAX_INTERACTIONS, four such counts). Beyond it a
 * summary's figure is not a measurement, and near Number.MAX_VALUE the fee overflowed to Infinity.
 */
const MAX_SUMMARY_IMPRESSIONS = Number.MAX_SAFE_INTEGER;

/** The deliverable format priced when the caller names none, per platform. @internal */
export const DEFAULT_FORMAT: Readonly<Record<Platform, PostFormat>> = {
  instagram: "image",
  tiktok: "video",
  youtube: "video",
  x: "text",
  facebook: "image",
  linkedin: "text",
  twitch: "live",
};

/** The shared outcome model of one deliverable, before conversion to ranges. @internal */
export interface OutcomeModel {
  readonly platform: Platform;
  readonly format: PostFormat;
  readonly tier: TierId;
  readonly impressions: Lognormal | null;
  readonly engagements: Lognormal | null;
  readonly clickThroughRate: Lognormal;
  readonly conversionRate: Lognormal;
  readonly clicks: Lognormal | null;
  readonly conversions: Lognormal | null;
  readonly provenance: CompensationProvenance;
  readonly assumptions: readonly string[];
  readonly reasons: readonly string[];
}

interface Sample {
  readonly median: number;
  /** Predictive log-scale sigma, or `null` with fewer than two positive values. */
  readonly sigma: number | null;
  readonly count: number;
  /** Values above 0. */
  readonly positives: number;
}

/**
 * Median of a sample, with the predictive log-scale sigma of one more draw:
 * the standard deviation of the logs of the positive values times
 * `√(1 + 1/n)` (parameter uncertainty of the log mean). O(n log n).
 */
/** The sorting buffer, kept between calls. */
const kept: KeptScratch = { buffer: undefined };

/** `values` sorted ascending in a scratch array, overwritten by the next call: Float64Array.from per call allocated more than it sorted. */
function sortedScratch(values: readonly number[]): Float64Array {
  const length = values.length;
  const sorted = keptScratch(kept, length);
  for (let index = 0; index < length; index++) sorted[index] = Number(values[index]);
  return sortAscending(sorted);
}

function summarize(values: readonly number[]): Sample {
  const sorted = sortedScratch(values);
  let positives = 0;
  let sum = 0;
  for (const value of sorted) {
    if (value > 0) {
      positives++;
      sum += Math.log(value);
    }
  }
  let sigma: number | null = null;
  if (positives >= 2) {
    const mean = sum / positives;
    let squares = 0;
    for (const value of sorted) {
      if (value > 0) squares += (Math.log(value) - mean) ** 2;
    }
    sigma = Math.sqrt(squares / (positives - 1)) * Math.sqrt(1 + 1 / positives);
  }
  return { median: medianSorted(sorted), sigma, count: sorted.length, positives };
}

function interactions(post: PostMetrics): number {
  return post.likes + post.comments + (post.shares ?? 0) + (post.saves ?? 0);
}

/** Whether a rate-card source string marks an assumption. @internal */
export function isAssumptionSource(source: string): boolean {
  return source.startsWith("assumption");
}

/**
 * Reach of one post from the benchmark bands, never lower than the largest
 * account of a smaller band; and, with the benchmark conversion rates, the
 * most reach × conversion rate of such an account (`conversionFloor`, at
 * `conversionFloorFrom` followers), which the conversion rate is raised to
 * meet, so that a floored reach never meets a falling rate.
 */
function benchmarkReach(
  followers: number,
  bands: ReachBands,
  spreadRatio: number,
  rates: RateCard["conversionRate"] | null,
): { value: Lognormal; estimate: RateEstimate; rate: number; floorFrom: number | null; conversionFloor: number; conversionFloorFrom: number } {
  let index = 0;
  for (let candidate = 1; candidate < bands.length; candidate++) {
    if ((bands[candidate]?.minFollowers ?? Number.POSITIVE_INFINITY) <= followers) index = candidate;
  }
  let floor = 0;
  let floorFrom: number | null = null;
  let conversionFloor = 0;
  let conversionFloorFrom = 0;
  for (let lower = 0; lower < index; lower++) {
    const band = bands[lower];
    const next = bands[lower + 1];
    if (band === undefined || next === undefined) continue;
    const top = next.minFollowers * fromEstimate(band, spreadRatio).median;
    if (top > floor) {
      floor = top;
      floorFrom = next.minFollowers;
    }
    const converting = rates === null ? 0 : top * benchmarkConversionRate(next.minFollowers, rates).median;
    if (converting > conversionFloor) {
      conversionFloor = converting;
      conversionFloorFrom = next.minFollowers;
    }
  }
  const estimate = bands[index] ?? bands[0];
  const rate = fromEstimate(estimate, spreadRatio);
  const direct = followers * rate.median;
  const median = Math.max(direct, floor);
  return { value: { median, sigma: rate.sigma }, estimate, rate: rate.median, floorFrom: median > direct ? floorFrom : null, conversionFloor, conversionFloorFrom };
}

/** What a summary of default-format posts is scaled by for another format (see {@link summaryScale}). */
interface SummaryScale {
  /** The format's reach rate over the default format's. */
  readonly ratio: number;
  readonly formatRate: number;
  readonly defaultRate: number;
  /** The first follower count of the smaller band whose higher ratio is kept, else `null`. */
  readonly keptFrom: number | null;
}

/**
 * The format's reach rate over the default format's in the account's band,
 * or a smaller band's ratio when higher, so that more followers never mean
 * fewer impressions. O(b²) in the bands.
 */
function summaryScale(followers: number, formatBands: ReachBands, defaultBands: ReachBands, spreadRatio: number): SummaryScale {
  let best: SummaryScale = { ratio: 0, formatRate: 0, defaultRate: 0, keptFrom: null };
  for (const point of [followers, ...formatBands.map((band) => band.minFollowers), ...defaultBands.map((band) => band.minFollowers)]) {
    if (point > followers) continue;
    const formatRate = benchmarkReach(point, formatBands, spreadRatio, null).rate;
    const defaultRate = benchmarkReach(point, defaultBands, spreadRatio, null).rate;
    if (formatRate / defaultRate > best.ratio) best = { ratio: formatRate / defaultRate, formatRate, defaultRate, keptFrom: point < followers ? point : null };
  }
  return best;
}

/**
 * The assumption behind the real-share adjustment: which per-follower
 * benchmarks it scaled and by how much, or, without audience data, that the
 * benchmark reach assumes a typical audience. Nothing when impressions are
 * measured: a view count is what it is, whoever follows.
 */
function realAudienceNote(audience: AudienceContext | null, card: RateCard, scaled: readonly string[], realShare: number, readsBenchmarkReach: boolean): string | null {
  const typical = card.typicalAuthenticShare;
  const source = `${show(typical.value)} (${typical.source})`;
  if (audience === null) {
    return readsBenchmarkReach
      ? `no audience data (audience.authenticShare or audience.sample): the benchmark reach assumes a typical audience, of which ${source} is real`
      : null;
  }
  if (scaled.length === 0) return null;
  return `only real followers see posts: ${scaled.join(" and ")} × ${show(realShare)}, the audience's real share ${show(audience.authenticShare)} (${audience.from}) over a typical account's ${source}`;
}

/** The engagement model's estimate, else its benchmark median, as a rate per basis. */
function engagementRateOf(
  engagement: EngagementContext | null,
): { value: number; basis: string; what: string; source: string; isPeerMedian: boolean } | null {
  if (engagement === null) return null;
  if (engagement.estimate !== null) {
    return { value: engagement.estimate, basis: engagement.basis, what: "engagement-rate estimate", source: ENGAGEMENT_MODEL, isPeerMedian: false };
  }
  const benchmark = engagement.benchmark;
  return benchmark === null ? null : { value: benchmark.median, basis: benchmark.basis, what: "peer median engagement rate", source: benchmark.source, isPeerMedian: true };
}

/** `micro 0.0218 (at 22,361)`: a tier's published conversion rate at its anchor. */
function cvrFigure(card: RateCard, tier: TierId, at: number): string {
  return `${tier} ${show(fromEstimate(card.conversionRate[tier], 1).median)} (at ${groupDigits(Math.round(at))})`;
}

function ctrEntry(card: RateCard, platform: Platform, format: PostFormat): RateEstimate {
  const table = card.clickThroughRate[platform];
  return table?.[format] ?? table?.default ?? card.clickThroughRate.default;
}

/**
 * Impressions, engagements, clicks and conversions of one deliverable, with
 * their provenance: from the caller's comparable posts (same format; posts
 * without a format count as the platform's default format), else the
 * profile summary (a default-format figure, scaled to another format by the
 * ratio of their reach rates), else followers × the rate card's reach rate.
 * O(n log n) in the number of posts.
 *
 * @internal
 */
export function computeOutcomes(profile: ParsedProfile, options: ParsedCommonOptions, context: QualityContext): OutcomeModel {
  const card = options.rateCard;
  const spreadSigma = sigmaOfRatio(card.rangeSpread.ratio);
  const platform = profile.platform;
  const format = options.format ?? DEFAULT_FORMAT[platform];
  const isDefaultFormat = format === DEFAULT_FORMAT[platform];
  const tier = classifyTier(profile.followers).tier;
  const assumptions: string[] = [
    `expected values are medians; low and high are the ${options.quantiles.low} and ${options.quantiles.high} quantiles of lognormal distributions`,
    "impressions, click-through rate and conversion rate vary independently, so their log-scale spreads add in quadrature",
    "a published range is read as the 10th to 90th percentile",
  ];
  const reasons: string[] = [];
  // The audience's real share over a typical account's: benchmarks describe typical audiences.
  // Rounded to 4 decimals, as shown, so a vanishing share gives 0 rather than denormal impressions.
  const realShare = context.audience === null ? null : Math.round((context.audience.authenticShare / card.typicalAuthenticShare.value) * 10_000) / 10_000;
  /** The per-follower benchmarks `realShare` scaled. */
  const scaled: string[] = [];

  // One pass over the posts: the comparable ones' impressions, interactions and click-through rates.
  const impressionValues: number[] = [];
  const metricNames = new Set<string>();
  const interactionValues: number[] = [];
  const ctrValues: number[] = [];
  for (const post of profile.posts) {
    if (!(post.format === format || (post.format === undefined && isDefaultFormat))) continue;
    interactionValues.push(interactions(post));
    const metric = impressionMetric(post);
    if (metric === null) continue;
    impressionValues.push(metric[0]);
    metricNames.add(metric[1]);
    // At most 1: more clicks than impressions is a counting error (parseProfile warns clicks_exceed_impressions).
    if (post.clicks !== undefined && metric[0] > 0) ctrValues.push(Math.min(1, post.clicks / metric[0]));
  }
  const formatPosts = `${format} post`;
  const summaryFigure = profile.summary?.avgViews ?? profile.summary?.avgReach;
  const summaryFigureName = profile.summary?.avgViews !== undefined ? "avgViews" : "avgReach";
  // Larger than any count can be: not used, so the next source (the benchmark reach) stands in.
  const summaryImpressions = summaryFigure !== undefined && summaryFigure <= MAX_SUMMARY_IMPRESSIONS ? summaryFigure : undefined;
  if (summaryFigure !== undefined && summaryImpressions === undefined && impressionValues.length === 0) {
    reasons.push(`the profile summary's ${summaryFigureName} is larger than any count can be (above ${groupDigits(MAX_SUMMARY_IMPRESSIONS)}): not used`);
  }
  const table = card.reachRate[platform];
  const bands = table?.[format] ?? table?.default;

  // The format's reach over the default format's: what a default-format figure (a summary, a per-follower rate) is scaled by.
  const reference = DEFAULT_FORMAT[platform];
  const defaultBands = table?.[reference] ?? table?.default;
  const own = table?.[format];
  const formatScale = isDefaultFormat || own === undefined || defaultBands === undefined ? null : summaryScale(profile.followers, own, defaultBands, card.rangeSpread.ratio);
  const formatScaleText =
    formatScale === null
      ? ""
      : ` × ${show(formatScale.ratio)} for ${formatPosts}s (${format} reach rate ${show(formatScale.formatRate)} ÷ ${reference} reach rate ${show(formatScale.defaultRate)}${
          formatScale.keptFrom === null ? "" : ` at ${groupedCountOf(formatScale.keptFrom, "follower")}: a smaller band's ratio is kept, so that more followers never mean fewer impressions`
        })`;

  // Impressions.
  let impressions: Lognormal | null = null;
  let conversionFloor = { rate: 0, from: 0 };
  let impressionOrigin: QuantityProvenance;
  if (impressionValues.length > 0) {
    const sample = summarize(impressionValues);
    const names = [...metricNames].sort().join(" or "); // sorted: the same text whatever the post order
    impressions = { median: sample.median, sigma: sample.sigma ?? spreadSigma };
    impressionOrigin = { basis: "measured", detail: `median ${names} of ${groupedCountOf(sample.count, formatPosts)}`, source: null };
    if (sample.median === 0) {
      // Zero-inflated data, and a lognormal has no mass at 0: the median post reached no one, so the deliverable is priced as such.
      reasons.push(`the median ${formatPosts} reached no one (${groupDigits(sample.count - sample.positives)} of ${groupedCountOf(sample.count, formatPosts)} ${verbFor(sample.count === 1 ? 1 : sample.count - sample.positives, "has", "have")} 0 ${names}): expected impressions, clicks and conversions are 0`);
    } else if (sample.sigma === null) {
      assumptions.push(`fewer than two measured posts with ${names} above 0: the impressions range uses the rate card's assumed spread`);
    }
  } else if (summaryImpressions !== undefined) {
    // The summary describes the default format: another format scales it by the ratio of their reach rates.
    const median = summaryImpressions * (formatScale?.ratio ?? 1);
    let detail = `profile summary ${summaryFigureName} (a mean, used as the median)${formatScaleText}`;
    if (!isDefaultFormat && formatScale === null) {
      detail += `, as for ${reference} posts: the rate card has no ${PLATFORM_NAMES[platform]} ${defaultBands === undefined ? reference : format} reach figure to scale it by`;
    }
    // A measurement: never scaled by the audience's real share.
    impressions = { median, sigma: spreadSigma };
    impressionOrigin = { basis: "summary", detail, source: null };
    assumptions.push("the summary gives no spread: the impressions range uses the rate card's assumed spread");
  } else {
    if (bands === undefined) {
      const detail = `no measured ${formatPosts}s and no reach benchmark for ${PLATFORM_NAMES[platform]} ${format} posts in the rate card`;
      impressionOrigin = { basis: "unavailable", detail, source: null };
      reasons.push(`impressions unknown: ${detail}`);
    } else if (profile.followers === 0) {
      const detail = `no measured ${formatPosts}s and 0 followers`;
      impressionOrigin = { basis: "unavailable", detail, source: null };
      reasons.push(`impressions unknown: ${detail}`);
    } else {
      const reach = benchmarkReach(profile.followers, bands, card.rangeSpread.ratio, options.conversionRate === undefined ? card.conversionRate : null);
      // Conversions per click that match the most converting account of a smaller band, at this reach.
      conversionFloor = { rate: reach.conversionFloor / reach.value.median, from: reach.conversionFloorFrom };
      impressions = realShare === null ? reach.value : { median: reach.value.median * realShare, sigma: reach.value.sigma };
      const floor =
        reach.floorFrom === null
          ? ""
          : `, raised to the reach at the top of the band below (${groupedCountOf(reach.floorFrom, "follower")}) so that more followers never mean fewer impressions`;
      impressionOrigin = {
        basis: "benchmark",
        detail: `${groupedCountOf(profile.followers, "follower")} × reach rate ${show(reach.rate)}${table?.[format] === undefined && !isDefaultFormat ? ` (the ${PLATFORM_NAMES[platform]} default; no ${format} figure)` : ""}${floor}${realShare === null ? "" : `${floor === "" ? "" : "; then"} × ${show(realShare)} for the real share of the audience`}`,
        source: reach.estimate.source,
      };
      if (realShare !== null) scaled.push("the benchmark reach");
      if (usesAssumedSpread(reach.estimate)) {
        assumptions.push(`the reach rate is a single published figure: its range uses the rate card's assumed spread (${card.rangeSpread.source})`);
      }
    }
  }

  // Engagements.
  let engagements: Lognormal | null = null;
  let engagementOrigin: QuantityProvenance;
  const summary = profile.summary;
  const rate = engagementRateOf(context.engagement);
  const summaryInteractions = summary === undefined ? 0 : summary.avgLikes + summary.avgComments + (summary.avgShares ?? 0) + (summary.avgSaves ?? 0);
  if (interactionValues.length > 0) {
    const sample = summarize(interactionValues);
    engagements = { median: sample.median, sigma: sample.sigma ?? spreadSigma };
    engagementOrigin = {
      basis: "measured",
      detail: `median likes + comments + shares + saves of ${groupedCountOf(sample.count, formatPosts)}`,
      source: null,
    };
  } else if (summary !== undefined && isDefaultFormat && summaryInteractions <= MAX_INTERACTIONS) {
    engagements = { median: summaryInteractions, sigma: spreadSigma };
    engagementOrigin = { basis: "summary", detail: "profile summary avgLikes + avgComments + avgShares + avgSaves", source: null };
  } else if (rate !== null && (rate.basis === "followers" || impressions !== null)) {
    // A peer median per follower describes a typical audience; the account's own rate per follower was measured on its own.
    const perTypicalFollower = rate.basis === "followers" && rate.isPeerMedian && realShare !== null;
    // A rate per follower describes the account's usual (default-format) posts: another format reaches a share of those followers.
    const perFollower = rate.basis === "followers";
    const followers = profile.followers * (perTypicalFollower ? realShare : 1) * (perFollower ? (formatScale?.ratio ?? 1) : 1);
    const base = perFollower ? { median: followers, sigma: 0 } : (impressions ?? { median: 0, sigma: 0 });
    const baseWord = perFollower ? groupedCountOf(profile.followers, "follower") : "impressions";
    engagements = multiply(base, { median: rate.value, sigma: spreadSigma });
    engagementOrigin = {
      basis: "benchmark",
      detail: `${baseWord} × ${rate.what} ${show(rate.value)} (per ${PER_BASIS[rate.basis] ?? rate.basis})${perTypicalFollower ? ` × ${show(realShare)} for the real share of the audience` : ""}${perFollower ? formatScaleText : ""}`,
      source: rate.source,
    };
    if (perTypicalFollower) scaled.push("the peer engagement rate");
    assumptions.push("the engagement rate is a single estimate: its range uses the rate card's assumed spread");
  } else {
    // Here a summary, if any, stands for the default format only.
    const summaryNote =
      summary === undefined
        ? "no summary"
        : isDefaultFormat
          ? "a summary whose averages are larger than any count can be"
          : `a summary of ${DEFAULT_FORMAT[platform]} posts only`;
    const detail = `no measured ${formatPosts}s, ${summaryNote} and no engagement-rate estimate`;
    engagementOrigin = { basis: "unavailable", detail, source: null };
    reasons.push(`engagements unknown: ${detail}`);
  }

  const audienceNote = realAudienceNote(context.audience, card, scaled, realShare ?? 1, impressionOrigin.basis === "benchmark");
  if (audienceNote !== null) assumptions.push(audienceNote);

  // Click-through rate.
  const ctrTable = ctrEntry(card, platform, format);
  const ctrBenchmark = fromEstimate(ctrTable, card.rangeSpread.ratio);
  let clickThroughRate: Lognormal;
  let ctrOrigin: QuantityProvenance;
  if (options.clickThroughRate !== undefined) {
    clickThroughRate = { median: options.clickThroughRate, sigma: ctrBenchmark.sigma };
    ctrOrigin = { basis: "option", detail: `clickThroughRate option ${groupWholePart(String(options.clickThroughRate))}`, source: null };
    assumptions.push(`your click-through rate is the median; its spread is the rate card's for ${PLATFORM_NAMES[platform]} ${format} posts`);
  } else if (ctrValues.length > 0) {
    const sample = summarize(ctrValues);
    clickThroughRate = { median: sample.median, sigma: sample.sigma ?? ctrBenchmark.sigma };
    ctrOrigin = { basis: "measured", detail: `median clicks per impression of ${groupedCountOf(sample.count, formatPosts)}`, source: null };
  } else {
    clickThroughRate = ctrBenchmark;
    ctrOrigin = { basis: "benchmark", detail: `click-through rate ${show(ctrBenchmark.median)} for ${PLATFORM_NAMES[platform]} ${format} posts`, source: ctrTable.source };
  }

  // Conversion rate: continuous in followers (log-linear between tier anchors); the spread is the tier's.
  const cvrTable = card.conversionRate[tier];
  const cvrBenchmark = fromEstimate(cvrTable, card.rangeSpread.ratio);
  let conversionRate: Lognormal;
  let cvrOrigin: QuantityProvenance;
  if (options.conversionRate === undefined) {
    const cvr = benchmarkConversionRate(profile.followers, card.conversionRate);
    // A relative margin: at a band's edge the floor account is this account, and the floor's rate is this rate up to rounding.
    const isRaised = conversionFloor.rate > cvr.median * (1 + RAISE_TOLERANCE);
    conversionRate = { median: isRaised ? conversionFloor.rate : cvr.median, sigma: cvrBenchmark.sigma };
    const between =
      cvr.nextTier === null
        ? ` for ${cvr.tier} accounts`
        : ` for ${groupedCountOf(profile.followers, "follower")}, between ${cvrFigure(card, cvr.tier, cvr.at)} and ${cvrFigure(card, cvr.nextTier, cvr.nextAt)}`;
    const raised = isRaised
      ? `, raised to ${show(conversionFloor.rate)} to match the conversions at the top of the reach band below (${groupedCountOf(conversionFloor.from, "follower")}) so that more followers never mean fewer conversions`
      : "";
    const sources = [...new Set([card.conversionRate[cvr.tier].source, card.conversionRate[cvr.nextTier ?? cvr.tier].source])].join("; ");
    cvrOrigin = { basis: "benchmark", detail: `conversion rate ${show(cvr.median)}${between}${raised}`, source: sources };
    if (usesAssumedSpread(cvrTable)) {
      assumptions.push("the conversion rate is a single published figure: its range uses the rate card's assumed spread");
    }
  } else {
    conversionRate = { median: options.conversionRate, sigma: cvrBenchmark.sigma };
    cvrOrigin = { basis: "option", detail: `conversionRate option ${groupWholePart(String(options.conversionRate))}`, source: null };
    assumptions.push(`your conversion rate is the median; its spread is the rate card's for ${tier} accounts`);
  }

  const clicks = impressions === null ? null : multiply(impressions, clickThroughRate);
  const conversions = clicks === null ? null : multiply(clicks, conversionRate);
  return {
    platform,
    format,
    tier,
    impressions,
    engagements,
    clickThroughRate,
    conversionRate,
    clicks,
    conversions,
    provenance: {
      impressions: impressionOrigin,
      engagements: engagementOrigin,
      clickThroughRate: ctrOrigin,
      conversionRate: cvrOrigin,
    },
    assumptions,
    reasons,
  };
}

/** The outcome model's quantities as ranges. @internal */
export function outcomeRanges(model: OutcomeModel, scores: RangeScores): CompensationOutcomes {
  return {
    impressions: model.impressions === null ? null : toRange(model.impressions, scores),
    engagements: model.engagements === null ? null : toRange(model.engagements, scores),
    clicks: model.clicks === null ? null : toRange(model.clicks, scores),
    conversions: model.conversions === null ? null : toRange(model.conversions, scores),
  };
}

function perUnit(cost: number, amount: number | undefined, per: number): number | null {
  return amount === undefined || amount === 0 ? null : finiteOrNull((cost / amount) * per);
}

/** Cost per 1,000 impressions, engagement, click and conversion at the expected values. @internal */
export function unitCosts(cost: Range | null, outcomes: CompensationOutcomes): UnitCosts {
  if (cost === null) return { cpm: null, cpe: null, cpc: null, cpa: null };
  return {
    cpm: perUnit(cost.expected, outcomes.impressions?.expected, 1_000),
    cpe: perUnit(cost.expected, outcomes.engagements?.expected, 1),
    cpc: perUnit(cost.expected, outcomes.clicks?.expected, 1),
    cpa: perUnit(cost.expected, outcomes.conversions?.expected, 1),
  };
}
