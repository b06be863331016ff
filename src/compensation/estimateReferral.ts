import { ensureProfile, type ParsedProfile } from "../schemas/parseProfile.js";
import { withWarningReason } from "../schemas/describeWarnings.js";
import type { InfluencerProfileInput } from "../schemas/profile.js";
import { mapRange } from "./lognormal.js";
import { parseReferralOptions, type ParsedReferralOptions } from "./options.js";
import { computeOutcomes, outcomeRanges, unitCosts, type OutcomeModel, type QualityContext } from "./outcomes.js";
import { engagementContext } from "./qualityContext.js";
import type { CompensationOptions, ReferralResult } from "./types.js";
import { groupWholePart } from "../text/groupDigits.js";
import { showAmount, showMoney } from "../text/showMoney.js";
import { show } from "./show.js";

/**
 * Options for {@link estimateReferral}.
 *
 * @category Compensation
 */
export interface EstimateReferralOptions extends CompensationOptions {
  /** Average order value, in `currency`; positive. Required: commissions and the brand's revenue depend on it. */
  readonly averageOrderValue: number;
  /**
   * Commission as a fraction of the order value, in [0, 1]. Defaults to the
   * rate card's `commissionRate` (4%), unless only a bounty is given.
   */
  readonly commissionRate?: number | undefined;
  /** A fixed amount per order, in `currency`; positive. Added to any commission. */
  readonly bountyPerConversion?: number | undefined;
}

/** The commission applied: the option, else the card's default unless only a bounty is given. @internal */
export function commissionOf(options: ParsedReferralOptions): number | null {
  if (options.commissionRate !== undefined) return options.commissionRate;
  return options.bountyPerConversion === undefined ? options.rateCard.commissionRate.value : null;
}

/** What the creator earns per order: commission × order value + bounty. @internal */
export function payoutPerConversion(options: ParsedReferralOptions): number {
  return (commissionOf(options) ?? 0) * options.averageOrderValue + (options.bountyPerConversion ?? 0);
}

/**
 * The referral deal from an outcome model computed once for several estimators.
 *
 * @internal
 */
export function buildReferral(model: OutcomeModel, options: ParsedReferralOptions): ReferralResult {
  const outcomes = outcomeRanges(model, options.scores);
  const commissionRate = commissionOf(options);
  const perConversion = payoutPerConversion(options);
  const { averageOrderValue } = options;
  const conversions = outcomes.conversions;
  const cost = conversions === null ? null : mapRange(conversions, (count) => count * perConversion);
  const reasons = [...model.reasons];
  if (cost === null || conversions === null) {
    reasons.unshift("payout unknown: conversions cannot be estimated without impressions");
  } else {
    // A bounty paid alone is the caller's amount, written exactly (R15); a commission's payout is a product.
    const perOrder = perConversion === options.bountyPerConversion ? groupWholePart(String(perConversion)) : showAmount(perConversion);
    reasons.unshift(`payout = conversions × ${perOrder} per order = ${show(conversions.expected)} × ${perOrder} = ${showMoney(cost.expected, options.currency)} (median)`);
  }
  if (options.commissionRate === undefined && commissionRate !== null) {
    reasons.push(`commission ${show(commissionRate)} of the order value from the rate card: ${options.rateCard.commissionRate.source}`);
  }
  return {
    model: "referral",
    currency: options.currency,
    cost,
    creatorEarnings: cost,
    outcomes,
    unitCosts: unitCosts(cost, outcomes),
    provenance: model.provenance,
    assumptions: [...model.assumptions, "every order is attributed to the creator's link or code; returns and cookie windows are not modelled"],
    reasons,
    payoutPerConversion: perConversion,
    commissionRate,
    bountyPerConversion: options.bountyPerConversion ?? null,
    averageOrderValue,
    revenue: conversions === null ? null : mapRange(conversions, (count) => count * averageOrderValue),
  };
}

/**
 * {@link estimateReferral} on a parsed profile with validated options and
 * precomputed engagement and trust results.
 *
 * @internal
 */
export function estimateReferralParsed(profile: ParsedProfile, options: ParsedReferralOptions, context: QualityContext): ReferralResult {
  return buildReferral(computeOutcomes(profile, options, context), options);
}

/**
 * What a referral (affiliate) deal pays: payout = conversions ×
 * (`commissionRate` × `averageOrderValue` + `bountyPerConversion`), at every
 * quantile. Conversions are clicks × conversion rate (the option, else the
 * rate card's tier rates interpolated in log followers between tier anchors,
 * so it has no jump at a tier edge), clicks as in
 * {@link estimatePayPerClick}; all lognormal, so the log-scale spread of
 * conversions is `√(σ_impressions² + σ_ctr² + σ_cvr²)`. The creator carries
 * all of the risk; the brand's cost per order is fixed. `revenue` is the
 * brand's sales, conversions × order value. Method:
 * `docs/methodology/compensation.md`. O(n log n) in the number of posts.
 *
 * @param profile - An {@link InfluencerProfileInput}, or a profile returned by {@link parseProfile}.
 * @param options - `averageOrderValue` (required), commission or bounty and overrides; see {@link EstimateReferralOptions}. The other deals' terms ({@link CompareCompensationOptions}) are checked and ignored; any other key is an issue.
 * @returns Payout (`cost` and `creatorEarnings`), revenue, outcomes, unit
 *   costs (`cpa` is the payout per order), provenance, assumptions and
 *   reasons; `cost` is `null` when impressions cannot be estimated.
 * @throws {@link InfluencerInputError} if the profile or an option is invalid
 *   (e.g. `["averageOrderValue"]` when missing, `["commissionRate"]` outside [0, 1]).
 * @example
 * // 3,772 impressions × 1% = 37.72 clicks × 2% = 0.7544 orders × (10% × 80) = 6.0352
 * const deal = estimateReferral(
 *   { platform: "instagram", followers: 10_000 },
 *   { averageOrderValue: 80, commissionRate: 0.1, clickThroughRate: 0.01, conversionRate: 0.02 },
 * );
 * Math.round(deal.cost!.expected * 10_000) / 10_000;
 * // => 6.0352
 * @category Compensation
 */
export function estimateReferral(profile: InfluencerProfileInput | ParsedProfile, options: EstimateReferralOptions): ReferralResult {
  const parsedProfile = ensureProfile(profile);
  const parsedOptions = parseReferralOptions(options);
  return withWarningReason(estimateReferralParsed(parsedProfile, parsedOptions, engagementContext(parsedProfile)), parsedProfile.warnings);
}
