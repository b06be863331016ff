import { estimateAudienceAuthenticityParsed } from "../audience/estimateAudienceAuthenticity.js";
import { scoreEngagementParsed, type EngagementScore } from "../engagement/scoreEngagement.js";
import type { ParsedProfile } from "../schemas/parseProfile.js";
import { groupedCountOf } from "../text/countOf.js";
import { criticalFlagCodes, followerFreeTrustScore, trustNumbersParsed, type ScoreTrustOptions, type TrustCap, type TrustEvaluation } from "../trust/scoreTrust.js";
import type { TrustSettings } from "../trust/signalResult.js";
import type { TrustFlagCode } from "../trust/trustFlags.js";
import type { AudienceContext, QualityContext, TrustContext } from "./outcomes.js";

/**
 * The audience's real share, as the trust model reads it: the vendor's
 * `audience.authenticShare`, else the estimate from `audience.sample` (the
 * one `evaluation` already made, so the caller's audience options apply;
 * else made here with the default options), else `null`.
 *
 * @internal
 */
export function audienceContext(profile: ParsedProfile, evaluation?: TrustEvaluation | undefined): AudienceContext | null {
  const audience = profile.audience;
  if (audience?.authenticShare !== undefined) return { authenticShare: audience.authenticShare, from: "vendor audit" };
  const sample = audience?.sample;
  if (sample === undefined) return null;
  let share: number | null | undefined;
  if (evaluation !== undefined) {
    for (const signal of evaluation.signals) if (signal.key === "audienceAuthenticity") share = signal.value;
  }
  return {
    authenticShare: share ?? estimateAudienceAuthenticityParsed(sample, undefined).authenticShare,
    from: `estimate from ${groupedCountOf(sample.length, "sampled follower")}`,
  };
}

/**
 * The engagement score without what depends on the follower count: the
 * percentile among same-size peers (on the followers basis it falls as
 * followers rise with the same likes) and the variation of the per-post
 * rates (the trust model then measures it on the interactions themselves).
 */
function followerFreeEngagement(engagement: EngagementScore): EngagementScore {
  return { ...engagement, percentile: null, consistency: null };
}

/**
 * The trust score the flat fee reads: the trust model on the profile, with
 * the engagement evidence stripped of everything that depends on the follower
 * count (see `followerFreeEngagement`). The engagement-rate signal then has
 * no data and hands its weight to the other signals, and the engagement-pattern
 * signal loses its "extreme percentile" cue; every other signal reads posts,
 * history, audience data or the follow ratio, which never falls as followers
 * rise. So more followers with everything else equal never lower the fee's
 * trust adjustment. With `reportTrust`, the trust model already run on the
 * same engagement score, only the signals that read the stripped evidence are
 * evaluated again (see `followerFreeTrustScore`).
 *
 * @internal
 */
export function feeTrust(
  profile: ParsedProfile,
  engagement: EngagementScore,
  options: ScoreTrustOptions | undefined,
  reportTrust?: TrustEvaluation | undefined,
): TrustContext {
  const dependsOnFollowers = engagement.percentile !== null || engagement.consistency !== null;
  if (reportTrust === undefined) {
    const numbers = trustNumbersParsed(profile, options, dependsOnFollowers ? followerFreeEngagement(engagement) : engagement);
    return trustContext(numbers.score, numbers.cap, numbers.criticalFlags, numbers.confidence, numbers.settings);
  }
  const { trust, signals, settings } = reportTrust;
  if (!dependsOnFollowers) return trustContext(trust.score, trust.cap, criticalFlagCodes(signals, settings), trust.confidence, settings);
  const followerFree = followerFreeTrustScore(profile, followerFreeEngagement(engagement), reportTrust);
  return trustContext(followerFree.score, followerFree.cap, followerFree.criticalFlags, followerFree.confidence, settings);
}

/**
 * The fee's trust context, with the evidence behind its score. The score
 * moves the fee only on the evidence a trust band needs, or with a counted
 * critical flag: its `confidence` must reach `scoreTrust`'s
 * `minBandConfidence`. In the fee's score the engagement-rate signal never
 * has data (it reads the percentile among same-size peers, stripped here or
 * absent), and the other signals' data does not depend on the follower count,
 * so more followers never turn the adjustment on or off. That confidence is
 * at most the trust score's own, so the fee never moves for a trust score
 * that reads no band.
 */
function trustContext(score: number | null, cap: TrustCap | null, criticalFlags: readonly TrustFlagCode[], confidence: number, settings: TrustSettings): TrustContext {
  const needed = settings.thresholds.minBandConfidence;
  const thinEvidence = score !== null && criticalFlags.length === 0 && confidence < needed ? { share: confidence, needed } : null;
  return { score, cap, criticalFlags, thinEvidence };
}

/**
 * The engagement and trust results the estimators read, with each model's
 * default options: the engagement score (for the engagements of a post), the
 * fee's trust score (see {@link feeTrust}) and the audience's real share. The
 * report passes its own.
 *
 * @internal
 */
export function qualityContext(profile: ParsedProfile): QualityContext {
  // Without the engagement score's sentences (explain false): the estimators and the fee's trust score read its numbers only.
  const engagement = scoreEngagementParsed(profile, undefined, false);
  return { engagement, trust: feeTrust(profile, engagement, undefined), audience: audienceContext(profile) };
}

/**
 * The engagement result and the audience's real share: pay-per-click and
 * referral estimates read the engagements of a post but apply no quality
 * adjustment, so they skip the trust model (and bundles that use only them
 * leave it out).
 *
 * @internal
 */
export function engagementContext(profile: ParsedProfile): QualityContext {
  return { engagement: scoreEngagementParsed(profile, undefined, false), trust: null, audience: audienceContext(profile) };
}
