import { ensureProfile, type ParsedProfile } from "../schemas/parseProfile.js";
import { withWarningReason } from "../schemas/describeWarnings.js";
import { PLATFORM_NAMES } from "../schemas/platform.js";
import type { InfluencerProfileInput } from "../schemas/profile.js";
import { normalCdf } from "../stats/normalCdf.js";
import { fromEstimate, scale, toRange, multiply, usesAssumedSpread } from "./lognormal.js";
import { parseFeeOptions, type ParsedFeeOptions } from "./options.js";
import { capCause, type TrustCap } from "../trust/scoreTrust.js";
import { computeOutcomes, DEFAULT_FORMAT, isAssumptionSource, outcomeRanges, unitCosts, type OutcomeModel, type QualityContext, type TrustContext } from "./outcomes.js";
import { qualityContext } from "./qualityContext.js";
import type { BoundedEffect, RateCard, UsageRightsPoint } from "./rateCard.js";
import type { CompensationOptions, FeeAdjustment, FlatFeeResult, MarketRange, Range } from "./types.js";
import { show, showFactor } from "./show.js";
import { groupedCountOf } from "../text/countOf.js";
import { groupWholePart } from "../text/groupDigits.js";
import { shareOf } from "../text/showShare.js";
import { showPercentile, showSignificant } from "../text/showDecimals.js";
import { tellApart } from "../text/tellApart.js";
import { showAmount, showAmountApart, showMoney } from "../text/showMoney.js";

/**
 * Options for {@link estimateFlatFee}.
 *
 * @category Compensation
 */
export interface EstimateFlatFeeOptions extends CompensationOptions {
  /** Your own demand multiplier (1.2 = the creator is 20% more sought-after than the market); positive. */
  readonly demand?: number | undefined;
  /** Share of the creator's sponsorship slots already booked for the period, in [0, 1]; 0.5 is neutral. */
  readonly bookingRate?: number | undefined;
  /** Days the brand may reuse the content (organic reposts, website); whole days ≥ 0, default 0. */
  readonly usageRightsDays?: number | undefined;
  /** Days the brand may run paid ads from the creator's handle (whitelisting); whole days ≥ 0, default 0. */
  readonly whitelistingDays?: number | undefined;
  /** Days the creator may not work with the brand's competitors; whole days ≥ 0, default 0. */
  readonly exclusivityDays?: number | undefined;
}

/** Density of the standard normal at 0, `1 / √(2π)`. */
const DENSITY_AT_ZERO = 0.3989422804014327;

/**
 * The multiplier of a score-driven adjustment: linear from `1 − maxEffect`
 * at 0 through 1 at 50 to `1 + maxEffect` at 100.
 */
function scoreMultiplier(score: number, effect: BoundedEffect): number {
  return 1 + (effect.maxEffect * (score - 50)) / 50;
}

/** ` (capped from 80 by critical flag follow-for-follow)` when a critical flag capped the trust score; empty otherwise. */
function capNote(cap: TrustCap | null): string {
  if (cap === null) return "";
  return ` (capped from ${show(cap.uncappedScore)} by ${capCause(cap.flags)})`;
}

function trustAdjustment(trust: TrustContext | null, effect: BoundedEffect): FeeAdjustment {
  const score = trust === null ? null : trust.score;
  if (score === null) {
    return { key: "trust", multiplier: 1, reason: "no trust score: ×1", source: null, isAssumption: false };
  }
  const bounded = Math.min(100, Math.max(0, score));
  const linear = scoreMultiplier(bounded, effect);
  const range = `linear from ×${showFactor(1 - effect.maxEffect)} at 0 to ×${showFactor(1 + effect.maxEffect)} at 100`;
  const from = `trust score ${show(bounded)} of 100${capNote(trust?.cap ?? null)} from the signals that do not depend on the follower count (the engagement-rate signal and the pod cue of high engagement are left out: they compare engagement per follower with same-size peers)`;
  const thin = trust?.thinEvidence ?? null;
  if (thin !== null) {
    // A score on too little evidence for a trust band is no verdict (scoreTrust's minBandConfidence): neither premium nor discount.
    const [carried, needed] = tellApart(thin.share, thin.needed, show, showSignificant, 4);
    return {
      key: "trust",
      multiplier: 1,
      reason: `${from}: ×1, no trust adjustment on too little evidence: those signals with data carry ${carried} of the trust model's weight, less than the ${needed} (minBandConfidence) the adjustment needs (the score alone would give ×${showFactor(linear)}, ${range})`,
      source: effect.source,
      isAssumption: isAssumptionSource(effect.source),
    };
  }
  // A score capped at 59.9 (or under the cap already) would still earn a premium above 50: a critical flag earns none.
  const flags = trust?.criticalFlags ?? [];
  const multiplier = flags.length === 0 ? linear : Math.min(1, linear);
  const noPremium = multiplier < linear ? `, not ×${showFactor(linear)}: no premium with ${capCause(flags)}` : "";
  return {
    key: "trust",
    multiplier,
    reason: `${from}: ×${showFactor(multiplier)}${noPremium} (${range})`,
    source: effect.source,
    isAssumption: isAssumptionSource(effect.source),
  };
}

function neutralEngagement(reason: string): FeeAdjustment {
  return { key: "engagement", multiplier: 1, reason: `${reason}: ×1`, source: null, isAssumption: false };
}

/**
 * Engagement quality from engagements per impression of the posts the fee
 * prices, placed against the rate card's yardstick for the platform (the same
 * for every account size): `percentile = 100 · Φ(ln(rate / yardstick) / σ)`,
 * multiplier linear in the percentile. The spread is never taken below
 * `2 · maxEffect · φ(0) / (1 − maxEffect)`, so the elasticity of the
 * multiplier in the rate stays at most 1 and impressions × multiplier never
 * falls as impressions rise with the engagements fixed.
 */
function engagementAdjustment(model: OutcomeModel, card: RateCard): FeeAdjustment {
  const effect = card.quality.engagement;
  const basis = model.provenance.engagements.basis;
  if (basis !== "measured" && basis !== "summary") {
    // A summary stands for the default format only: for another format, don't claim there is none.
    const reference = DEFAULT_FORMAT[model.platform];
    return neutralEngagement(
      model.format === reference
        ? "no measured engagements (posts or summary) to set against the impressions"
        : `no measured engagements of ${model.format} posts (a summary counts for ${reference} posts only) to set against the impressions`,
    );
  }
  const impressions = model.impressions;
  const engagements = model.engagements;
  if (impressions === null || engagements === null || impressions.median === 0) {
    return neutralEngagement("no impressions to measure engagement per impression");
  }
  // The yardsticks measure likes, comments and shares on feed posts and videos; a story shows no public likes
  // (its replies and taps are not in the data), so its 0 would read as percentile 0 against a feed figure.
  if (model.format === "story") {
    return neutralEngagement("the engagement-per-impression yardstick describes feed posts, not stories, whose replies and taps are not counted");
  }
  const entry = card.engagementPerImpression[model.platform];
  if (entry === undefined) {
    return neutralEngagement(`no engagement-per-impression yardstick for ${PLATFORM_NAMES[model.platform]} in the rate card`);
  }
  const yardstick = fromEstimate(entry, card.rangeSpread.ratio);
  const sigma = Math.max(yardstick.sigma, (2 * effect.maxEffect * DENSITY_AT_ZERO) / (1 - effect.maxEffect));
  const rate = engagements.median / impressions.median;
  // Impressions of a subnormal size (5e-324) overflow the ratio: no measurement, not a maximal one.
  if (!Number.isFinite(rate)) return neutralEngagement("too few impressions to measure engagement per impression");
  const percentile = rate === 0 ? 0 : 100 * normalCdf(Math.log(rate / yardstick.median) / sigma);
  const multiplier = scoreMultiplier(percentile, effect);
  const measuredWhere = model.provenance.impressions.basis === "benchmark" ? "expected impressions" : "impressions";
  return {
    key: "engagement",
    multiplier,
    reason: `${show(rate)} engagements per impression (${show(engagements.median)} ÷ ${show(impressions.median)} ${measuredWhere}) against ${show(yardstick.median)} for ${PLATFORM_NAMES[model.platform]} accounts of any size: percentile ${showPercentile(percentile)}, ×${showFactor(multiplier)} (linear from ×${showFactor(1 - effect.maxEffect)} at 0 to ×${showFactor(1 + effect.maxEffect)} at 100)`,
    source: `${effect.source}; yardstick: ${entry.source}`,
    isAssumption: isAssumptionSource(effect.source) || isAssumptionSource(entry.source),
  };
}

function usagePremium(points: readonly [UsageRightsPoint, ...UsageRightsPoint[]], days: number): number {
  let previous = points[0];
  if (days <= previous.days) return previous.premium;
  for (const point of points) {
    if (point.days <= previous.days) continue;
    if (days <= point.days) {
      return previous.premium + ((point.premium - previous.premium) * (days - previous.days)) / (point.days - previous.days);
    }
    previous = point;
  }
  return previous.premium;
}

function adjustmentsFor(model: OutcomeModel, options: ParsedFeeOptions, context: QualityContext): FeeAdjustment[] {
  const card = options.rateCard;
  const adjustments: FeeAdjustment[] = [engagementAdjustment(model, card), trustAdjustment(context.trust, card.quality.trust)];
  adjustments.push(
    options.demand === undefined
      ? { key: "demand", multiplier: 1, reason: "no demand multiplier given: ×1", source: null, isAssumption: false }
      : { key: "demand", multiplier: options.demand, reason: `your demand multiplier: ×${groupWholePart(String(options.demand))}`, source: null, isAssumption: false },
  );
  if (options.bookingRate === undefined) {
    adjustments.push({ key: "booking-rate", multiplier: 1, reason: "no booking rate given: ×1", source: null, isAssumption: false });
  } else {
    const effect = card.bookingRate;
    const rate = options.bookingRate;
    const multiplier = 1 + effect.maxEffect * (2 * rate - 1);
    adjustments.push({
      key: "booking-rate",
      multiplier,
      // 0 and 1 read as none and all of the slots (shareOf), never as a count; any other rate exactly as given.
      reason: `${rate === 0 || rate === 1 ? shareOf(rate, "creator's slots") : `${groupWholePart(String(rate))} of the creator's slots`} booked: ×${showFactor(multiplier)} (linear from ×${showFactor(1 - effect.maxEffect)} when idle to ×${showFactor(1 + effect.maxEffect)} when fully booked)`,
      source: effect.source,
      isAssumption: isAssumptionSource(effect.source),
    });
  }
  const premium = card.formatPremium[model.platform]?.[model.format];
  if (premium !== undefined) {
    adjustments.push({
      key: "format",
      multiplier: premium.multiplier,
      reason: `${model.format} on ${PLATFORM_NAMES[model.platform]}: ×${showFactor(premium.multiplier)} over the reference format`,
      source: premium.source,
      isAssumption: isAssumptionSource(premium.source),
    });
  } else if (model.format === DEFAULT_FORMAT[model.platform]) {
    adjustments.push({ key: "format", multiplier: 1, reason: `${model.format} is the reference format on ${PLATFORM_NAMES[model.platform]}: ×1`, source: null, isAssumption: false });
  } else {
    // Its own measured posts or reach bands set its impressions; a format priced at the platform's default reach gets no claim.
    const ownReach = model.provenance.impressions.basis === "measured" || card.reachRate[model.platform]?.[model.format] !== undefined;
    adjustments.push({
      key: "format",
      multiplier: 1,
      reason: `no published premium for ${model.format} on ${PLATFORM_NAMES[model.platform]}: ×1${ownReach ? " (its reach rate still differs)" : ""}`,
      source: null,
      isAssumption: true,
    });
  }
  const usage = usagePremium(card.usageRights.points, options.usageRightsDays);
  adjustments.push({
    key: "usage-rights",
    multiplier: 1 + usage,
    reason:
      options.usageRightsDays === 0
        ? "no usage rights beyond the post: ×1"
        : `${groupedCountOf(options.usageRightsDays, "day")} of usage rights: +${show(usage)} of the base`,
    source: options.usageRightsDays === 0 ? null : card.usageRights.source,
    isAssumption: options.usageRightsDays > 0 && isAssumptionSource(card.usageRights.source),
  });
  for (const [key, days, table, label] of [
    ["whitelisting", options.whitelistingDays, card.whitelisting, "whitelisting (paid ads from the creator's handle)"],
    ["exclusivity", options.exclusivityDays, card.exclusivity, "category exclusivity"],
  ] as const) {
    const extra = (table.premiumPer30Days * days) / 30;
    adjustments.push({
      key,
      multiplier: 1 + extra,
      reason: days === 0 ? `no ${label}: ×1` : `${groupedCountOf(days, "day")} of ${label}: +${show(table.premiumPer30Days)} of the base per 30 days`,
      source: days === 0 ? null : table.source,
      isAssumption: days > 0 && isAssumptionSource(table.source),
    });
  }
  return adjustments;
}

const ASSUMPTION_PREFIX = "assumption: ";

/** What an adjustment marked as an assumption assumes: its `"assumption: …"` source without the prefix, else its reason. */
function assumptionOf(adjustment: FeeAdjustment): string {
  const source = adjustment.source;
  if (source === null) return adjustment.reason;
  return source.startsWith(ASSUMPTION_PREFIX) ? source.slice(ASSUMPTION_PREFIX.length) : source;
}

/** A published band for a reason: "100–500 USD", its ends told apart ("200.81–200.84", not "200.8–200.8"); "300 USD" for one price; "50,000 USD or more". */
function bandText({ low, high, currency }: MarketRange): string {
  if (high === null) return `${showMoney(low, currency)} or more`;
  if (low === high) return showMoney(low, currency);
  const [lowText, highText] = showAmountApart(low, high);
  return `${lowText}–${highText} ${currency}`;
}

function marketRangeFor(card: RateCard, model: OutcomeModel, cost: Range | null): MarketRange {
  const rate = (card.marketRates[model.platform] ?? card.marketRates.default)[model.tier];
  let position: MarketRange["position"] = null;
  if (cost !== null) position = cost.expected < rate.low ? "below" : rate.high !== null && cost.expected > rate.high ? "above" : "within";
  return { tier: model.tier, low: rate.low, high: rate.high, currency: card.currency, source: rate.source, url: rate.url ?? null, position };
}

/**
 * The flat fee from an outcome model computed once for several estimators.
 *
 * @internal
 */
export function buildFlatFee(model: OutcomeModel, options: ParsedFeeOptions, context: QualityContext): FlatFeeResult {
  const card = options.rateCard;
  const cpmEntry = card.cpm[model.platform] ?? card.cpm.default;
  const cpm = fromEstimate(cpmEntry, card.rangeSpread.ratio);
  const adjustments = adjustmentsFor(model, options, context);
  let adjustmentMultiplier = 1;
  for (const adjustment of adjustments) adjustmentMultiplier *= adjustment.multiplier;
  const outcomes = outcomeRanges(model, options.scores);
  const assumptions = [...model.assumptions, "the fee is for one deliverable; the creator's earnings equal the fee (platform fees are not modelled)"];
  if (usesAssumedSpread(cpmEntry)) assumptions.push("the CPM is a single published figure: its range uses the rate card's assumed spread");
  // Every adjustment marked isAssumption is also listed here, so `assumptions` holds every assumption the fee rests on.
  for (const adjustment of adjustments) {
    if (adjustment.isAssumption) assumptions.push(`the ${adjustment.key} adjustment rests on an assumption: ${assumptionOf(adjustment)}`);
  }
  const reasons = [...model.reasons];
  let baseFee: Range | null = null;
  let cost: Range | null = null;
  if (model.impressions !== null) {
    const base = scale(multiply(model.impressions, cpm), 1 / 1_000);
    baseFee = toRange(base, options.scores);
    cost = toRange(scale(base, adjustmentMultiplier), options.scores);
    reasons.unshift(
      `fee = impressions × CPM ÷ 1,000 × adjustments = ${show(model.impressions.median)} × ${showAmount(cpm.median)} ÷ 1,000 × ${show(adjustmentMultiplier)} = ${showMoney(cost.expected, options.currency)} (median)`,
    );
  } else {
    reasons.unshift("fee unknown: impressions cannot be estimated");
  }
  const marketRange = marketRangeFor(card, model, cost);
  if (marketRange.position !== null && marketRange.position !== "within") {
    reasons.push(`the expected fee is ${marketRange.position} the published band for ${model.tier} ${PLATFORM_NAMES[model.platform]} accounts (${bandText(marketRange)}): rate cards price followers, this model prices expected impressions`);
  }
  return {
    model: "flat-fee",
    currency: options.currency,
    cost,
    creatorEarnings: cost,
    outcomes,
    unitCosts: unitCosts(cost, outcomes),
    provenance: model.provenance,
    assumptions,
    reasons,
    baseFee,
    adjustmentMultiplier,
    adjustments,
    marketRange,
  };
}

/**
 * {@link estimateFlatFee} on a parsed profile with validated options and
 * precomputed engagement and trust results.
 *
 * @internal
 */
export function estimateFlatFeeParsed(profile: ParsedProfile, options: ParsedFeeOptions, context: QualityContext): FlatFeeResult {
  return buildFlatFee(computeOutcomes(profile, options, context), options, context);
}

/**
 * A fair flat fee for one sponsored post, as a {@link Range}: expected
 * impressions × CPM ÷ 1,000, times itemized adjustments for quality
 * (engagements per impression against the rate card's
 * `engagementPerImpression` yardstick, and the trust score without its
 * follower-dependent signals, which moves the fee only on the evidence a
 * trust band needs; each within ±10%), demand (`demand`,
 * `bookingRate`), format premium, usage rights, whitelisting and
 * exclusivity. Next to it, `marketRange` gives the published per-post price
 * band for the account's tier as a sanity check, and `unitCosts` the CPM, CPE,
 * CPC and CPA the brand would pay at the fee.
 *
 * Impressions are the median impressions (else views, else reach) of the
 * profile's posts of the same format when there are any, else the summary's
 * `avgViews` or `avgReach` (figures of the platform's default format: another
 * format's are scaled by its reach rate over the default format's, for the
 * account's size), else followers × the rate card's reach rate for the
 * platform, format and account size; `provenance` says which. Every
 * quantity is lognormal: medians multiply and log-scale spreads add in
 * quadrature, so `cost.expected` is the median fee and `low`/`high` the
 * 10th/90th percentiles. Method, defaults and sources:
 * `docs/methodology/compensation.md`. The follower count enters only through
 * the impressions, which never fall as followers grow, so more followers with
 * everything else equal never lower the fee. O(n log n) in the number of posts.
 *
 * @param profile - An {@link InfluencerProfileInput}, or a profile returned by {@link parseProfile}.
 * @param options - Format, deal terms and overrides; see {@link EstimateFlatFeeOptions}. The other deals' terms ({@link CompareCompensationOptions}) are checked and ignored, so one object of terms serves every compensation function; any other key is an issue.
 * @returns The fee (`cost` and `creatorEarnings`), base fee, adjustments,
 *   market band, outcomes, unit costs, provenance, assumptions and reasons;
 *   `cost` is `null` (with a reason) when impressions cannot be estimated
 *   (0 followers and no posts, or no reach benchmark for the platform).
 * @throws {@link InfluencerInputError} if the profile or an option is invalid
 *   (e.g. `["usageRightsDays"]` for a negative or fractional day count, or
 *   `["currency"]` when it differs from the rate card's).
 * @example
 * // 10,000 followers × 0.3772 reach (minter.io) = 3,772 impressions; × √(5·15) = 8.66 CPM ÷ 1,000
 * const fee = estimateFlatFee({ platform: "instagram", followers: 10_000 });
 * Math.round(fee.cost!.expected * 100) / 100;
 * // => 32.67
 * @example
 * const fee = estimateFlatFee({ platform: "instagram", followers: 10_000 }, { usageRightsDays: 30 });
 * fee.adjustments.find((adjustment) => adjustment.key === "usage-rights")?.multiplier;
 * // => 1.375
 * @category Compensation
 */
export function estimateFlatFee(profile: InfluencerProfileInput | ParsedProfile, options?: EstimateFlatFeeOptions | undefined): FlatFeeResult {
  const parsedProfile = ensureProfile(profile);
  const parsedOptions = parseFeeOptions(options);
  return withWarningReason(estimateFlatFeeParsed(parsedProfile, parsedOptions, qualityContext(parsedProfile)), parsedProfile.warnings);
}
