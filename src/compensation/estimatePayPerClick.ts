import { ensureProfile, type ParsedProfile } from "../schemas/parseProfile.js";
import { withWarningReason } from "../schemas/describeWarnings.js";
import type { InfluencerProfileInput } from "../schemas/profile.js";
import { normalCdf } from "../stats/normalCdf.js";
import { mapRange } from "./lognormal.js";
import { parseClickOptions, type ParsedClickOptions } from "./options.js";
import { computeOutcomes, outcomeRanges, unitCosts, type OutcomeModel, type QualityContext } from "./outcomes.js";
import { engagementContext } from "./qualityContext.js";
import type { CompensationOptions, PayPerClickResult } from "./types.js";
import { groupWholePart } from "../text/groupDigits.js";
import { showAmountBeside, showMoney } from "../text/showMoney.js";
import { show } from "./show.js";

/**
 * Options for {@link estimatePayPerClick}.
 *
 * @category Compensation
 */
export interface EstimatePayPerClickOptions extends CompensationOptions {
  /** Price per link click, in `currency`; positive. */
  readonly costPerClick: number;
  /** The most the brand pays for the deliverable, in `currency`; positive. No cap by default. */
  readonly cap?: number | undefined;
}

/** Probability that `clicks × costPerClick ≥ cap` for lognormal clicks. */
function capProbability(model: OutcomeModel, costPerClick: number, cap: number | undefined): number | null {
  if (cap === undefined || model.clicks === null) return null;
  const { median, sigma } = model.clicks;
  if (median === 0) return 0;
  const logRatio = Math.log((median * costPerClick) / cap);
  if (sigma === 0) return logRatio >= 0 ? 1 : 0;
  return normalCdf(logRatio / sigma);
}

/**
 * Pay-per-click from an outcome model computed once for several estimators.
 *
 * @internal
 */
export function buildPayPerClick(model: OutcomeModel, options: ParsedClickOptions): PayPerClickResult {
  const outcomes = outcomeRanges(model, options.scores);
  const { costPerClick, cap } = options;
  const cost =
    outcomes.clicks === null
      ? null
      : mapRange(outcomes.clicks, (clicks) => (cap === undefined ? clicks * costPerClick : Math.min(clicks * costPerClick, cap)));
  const probability = capProbability(model, costPerClick, cap);
  const reasons = [...model.reasons];
  if (cost === null || outcomes.clicks === null) {
    reasons.unshift("cost unknown: clicks cannot be estimated without impressions");
  } else {
    // With a cap the median cost is min(clicks × cost per click, cap), not the product. The caller's price and cap are
    // written exactly (R15), and a cost at the cap as the cap.
    const product = `${show(outcomes.clicks.expected)} × ${groupWholePart(String(costPerClick))}`;
    reasons.unshift(
      cap === undefined
        ? `cost = clicks × cost per click = ${product} = ${showMoney(cost.expected, options.currency)} (median)`
        : `cost = min(clicks × cost per click, cap) = min(${product}, ${groupWholePart(String(cap))}) = ${showAmountBeside(cost.expected, cap)} ${options.currency} (median)`,
    );
    if (cap !== undefined && probability !== null) {
      reasons.push(`capped at ${groupWholePart(String(cap))} ${options.currency}; probability of reaching the cap ${show(probability)}`);
    }
  }
  return {
    model: "pay-per-click",
    currency: options.currency,
    cost,
    creatorEarnings: cost,
    outcomes,
    unitCosts: unitCosts(cost, outcomes),
    provenance: model.provenance,
    assumptions: [...model.assumptions, "the creator's earnings equal the brand's cost (platform fees are not modelled)"],
    reasons,
    costPerClick,
    cap: cap ?? null,
    capProbability: probability,
  };
}

/**
 * {@link estimatePayPerClick} on a parsed profile with validated options and
 * precomputed engagement and trust results.
 *
 * @internal
 */
export function estimatePayPerClickParsed(profile: ParsedProfile, options: ParsedClickOptions, context: QualityContext): PayPerClickResult {
  return buildPayPerClick(computeOutcomes(profile, options, context), options);
}

/**
 * What a pay-per-click deal costs the brand and earns the creator: cost =
 * clicks × `costPerClick`, capped at `cap` when given, at every quantile.
 * Clicks are expected impressions × click-through rate (the option, else the
 * median clicks per impression of the profile's posts of the format, else the
 * rate card's rate for the platform and format); both lognormal, so the
 * clicks' log-scale spread is `√(σ_impressions² + σ_ctr²)`. The creator
 * carries the reach and click risk; the brand keeps the conversion risk.
 * `capProbability` is `Φ(ln(median clicks × costPerClick / cap) / σ)`. Method:
 * `docs/methodology/compensation.md`. O(n log n) in the number of posts.
 *
 * @param profile - An {@link InfluencerProfileInput}, or a profile returned by {@link parseProfile}.
 * @param options - `costPerClick` (required), `cap` and overrides; see {@link EstimatePayPerClickOptions}. The other deals' terms ({@link CompareCompensationOptions}) are checked and ignored; any other key is an issue.
 * @returns Cost and creator earnings, outcomes, unit costs (`cpc` equals
 *   `costPerClick` while the cap does not bind at the median), provenance,
 *   assumptions and reasons; `cost` is `null` when impressions cannot be estimated.
 * @throws {@link InfluencerInputError} if the profile or an option is invalid
 *   (e.g. `["costPerClick"]` when missing, zero or negative).
 * @example
 * // 10,000 followers × 0.3772 reach = 3,772 impressions; × 1% click-through = 37.72 clicks; × 0.5
 * const deal = estimatePayPerClick({ platform: "instagram", followers: 10_000 }, { costPerClick: 0.5, clickThroughRate: 0.01 });
 * Math.round(deal.cost!.expected * 100) / 100;
 * // => 18.86
 * @category Compensation
 */
export function estimatePayPerClick(
  profile: InfluencerProfileInput | ParsedProfile,
  options: EstimatePayPerClickOptions,
): PayPerClickResult {
  const parsedProfile = ensureProfile(profile);
  const parsedOptions = parseClickOptions(options);
  return withWarningReason(estimatePayPerClickParsed(parsedProfile, parsedOptions, engagementContext(parsedProfile)), parsedProfile.warnings);
}
