import type { CompensationComparison, FlatFeeResult } from "../compensation/types.js";
import type { EngagementScore } from "../engagement/scoreEngagement.js";
import { describeWarningCodes } from "../schemas/describeWarnings.js";
import type { InputWarning } from "../schemas/parseProfile.js";
import type { TierResult } from "../tiers/classifyTier.js";
import type { TrustScore } from "../trust/scoreTrust.js";
import { show } from "../trust/signalResult.js";
import { groupedCountOf } from "../text/countOf.js";
import { groupDigits, groupWholePart } from "../text/groupDigits.js";
import { showPercentile, showSignificant } from "../text/showDecimals.js";
import { tellApart } from "../text/tellApart.js";
import { showMoneyRange } from "../text/showMoney.js";

/** What {@link describeReport} reads. @internal */
export interface ReportParts {
  readonly followers: number;
  readonly tier: TierResult;
  readonly engagement: EngagementScore;
  readonly trust: TrustScore;
  readonly flatFee: FlatFeeResult;
  readonly compensation: CompensationComparison | null;
  readonly warnings: readonly InputWarning[];
}

const BASIS_WORDS: Readonly<Record<EngagementScore["basis"], string>> = {
  followers: "followers",
  reach: "accounts reached",
  impressions: "impressions",
  views: "views",
};

/** The first of a model's reasons (every model gives at least one where these are read). */
function firstReason(reasons: readonly string[]): string {
  return reasons.slice(0, 1).join("");
}

function describeTier(tier: TierResult): string {
  const next = tier.nextLabel === null || tier.followersToNextTier === null ? "" : `, ${groupDigits(tier.followersToNextTier)} follower${tier.followersToNextTier === 1 ? "" : "s"} short of ${tier.nextLabel}`;
  return `Tier: ${tier.label} (${tier.tier}) under the ${tier.scheme} scheme${next}.`;
}

function describeEngagement(engagement: EngagementScore): string {
  // Without a rate the first reason says why; with a rate but no benchmark, the first gives the rate and the second
  // why: both are kept, as the line read only "no score. …, so there is no score." without the rate measured.
  if (engagement.score === null) {
    return engagement.provenance === "none" ? `Engagement: no score. ${firstReason(engagement.reasons)}` : `Engagement: no score. ${engagement.reasons.slice(0, 2).join(" ")}`;
  }
  // A scored engagement always has an estimate (the shrunk typical rate).
  const typical = engagement.estimate ?? 0;
  // The number of posts says how far the estimate could move from the benchmark (few posts: little).
  const source = engagement.provenance === "summary" ? `averages over ${groupedCountOf(engagement.postsUsed, "post")}` : groupedCountOf(engagement.postsUsed, "post");
  // As the engagement model's reasons write it: one decimal, never 0 or 100 for a percentile that is not.
  const percentile = showPercentile(engagement.score);
  // Three significant digits, the whole part grouped: a small account's viral posts can pass 1,000 per 100.
  const rate = groupWholePart(showSignificant(typical * 100));
  return `Engagement: ${engagement.band}, percentile ${percentile} among peers (estimated typical rate ${rate} interactions per 100 ${BASIS_WORDS[engagement.basis]}, from ${source}).`;
}

function describeTrust(trust: TrustScore): string {
  // The model's reason starts "score unavailable: "; "no score" says it already.
  if (trust.score === null) return `Trust: no score (${firstReason(trust.reasons).replace(/^score unavailable: /, "")}).`;
  const serious = trust.flags.filter((flag) => flag.severity !== "info").map((flag) => flag.code);
  // An info flag is "worth a look" (docs/flags.md): named apart, since "no warning flags" alone read like nothing flagged.
  const notes = trust.flags.filter((flag) => flag.severity === "info").map((flag) => flag.code);
  const flags = `${serious.length === 0 ? "no warning flags" : `flags: ${serious.join(", ")}`}${notes.length === 0 ? "" : `; worth a look: ${notes.join(", ")}`}`;
  const capped = trust.cap === null ? "" : `, capped from ${show(trust.cap.uncappedScore)} by ${trust.cap.flags.length === 1 ? "a critical flag" : `${trust.cap.flags.length} critical flags`}`;
  // As the trust model's reasons write its numbers (show): a cap the caller gave, such as 0.0000001, read "1e-7" here.
  // A score on too little evidence has no band (scoreTrust's minBandConfidence): "unknown" alone read like a band.
  const band = trust.band === "unknown" ? "too little evidence for a band" : trust.band;
  return `Trust: ${show(trust.score)} of 100 (${band}${capped}) ${evidenceOf(trust)}, ${flags}.`;
}

/**
 * How much evidence the trust score rests on, so that a high score from few
 * signals does not read like one from all of them: "from 2 of 13 signals
 * (0.25 of the weight; 23.5 to 98.5 with the others at 0 or 100)", or "from
 * all 13 signals".
 */
function evidenceOf(trust: TrustScore): string {
  let withData = 0;
  for (const factor of trust.factors) if (factor.subScore !== null) withData++;
  const total = trust.factors.length;
  if (withData === total) return `from all ${total} signals`;
  const range = trust.range;
  const span = range === null || range.lower === range.upper ? "" : `; ${show(range.lower)} to ${show(range.upper)} with the others at 0 or 100`;
  // "all of the weight" when the signals without data weigh nothing; a share below 1 never reads "1" (tellApart).
  const share = trust.confidence === 1 ? "all" : tellApart(trust.confidence, 1, showSignificant, showSignificant, 4)[0];
  return `from ${withData} of ${total} signals (${share} of the weight${span})`;
}

function describeFee(fee: FlatFeeResult): string {
  const cost = fee.cost;
  // The model's reason starts "fee unknown: "; "not estimable" says it already.
  if (cost === null) return `Fair flat fee: not estimable (${firstReason(fee.reasons).replace(/^fee unknown: /, "")}).`;
  // Four significant digits, as the fee's own reason writes the median, unless the range needs more to tell its ends
  // (and the median) apart: "32.67 USD to 32.67 USD" for quantiles 0.5 and 0.5000001. A range of no width (both
  // quantiles 0.5, or no spread) is one amount, written once.
  const [low, expected, high] = showMoneyRange(cost.low, cost.expected, cost.high, fee.currency);
  return `Fair flat fee: about ${expected} per post${cost.low === cost.high ? "" : ` (${low} to ${high})`}.`;
}

function describeDeal(compensation: CompensationComparison | null): string {
  if (compensation === null) {
    return "Recommended deal: not compared; pass compensation.costPerClick and compensation.averageOrderValue to compare flat-fee, pay-per-click and referral deals.";
  }
  const { model, reasons } = compensation.recommendation;
  // The comparison's first reason starts with the model's name ("flat-fee: the lowest …"); keep only the why.
  const why = firstReason(reasons).replace(/^[a-z-]+: /, "");
  return `Recommended deal: ${model ?? "none can be estimated"} (${why}).`;
}

/**
 * The report's `reasons`: one sentence per model, most useful first, and a
 * note when the input had warnings (each code once, `×n` when raised n
 * times). The models' own `reasons` hold the detail.
 *
 * @internal
 */
export function describeReport(parts: ReportParts): string[] {
  const reasons = [describeTier(parts.tier), describeEngagement(parts.engagement), describeTrust(parts.trust), describeFee(parts.flatFee), describeDeal(parts.compensation)];
  const codes = describeWarningCodes(parts.warnings);
  if (codes !== null) reasons.push(`Input warnings: ${codes} (see warnings).`);
  return reasons;
}
