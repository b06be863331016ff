import { groupedCountOf, verbFor } from "../text/countOf.js";
import { groupDigits, groupWholePart } from "../text/groupDigits.js";
import { showPercentile, showSignificant } from "../text/showDecimals.js";
import { showApart } from "../text/showApart.js";
import { shareOf, showShare } from "../text/showShare.js";
import {
  estimateAudienceAuthenticityParsed,
  isClippedEstimate,
  type AudienceAuthenticityEstimate,
  type EstimateAudienceAuthenticityOptions,
} from "../audience/estimateAudienceAuthenticity.js";
import type { ParsedProfile } from "../schemas/parseProfile.js";
import { detectFollowerAnomalies, type GrowthEvent } from "./detectFollowerAnomalies.js";
import { rampDown, rampUp, round, scratch, sortedCentreAndScale } from "./robustStats.js";
import { sortAscending } from "../stats/sortAscending.js";
import {
  interactionsOf,
  isoDate,
  noData,
  safeLog,
  counted,
  show,
  showApartFrom,
  showDays,
  showQuantity,
  type CommentsPerLike,
  type SignalResult,
  type TrustSettings,
} from "./signalResult.js";
import type { EngagementEvidence } from "./engagementEvidence.js";
import type { TrustFlag } from "./trustFlags.js";

/**
 * The interval of the authentic share, `1 − high` to `1 − low` of the fake
 * share's, with its level, as shares ({@link showShare}: a level or an end
 * below 1 never reads 1, so 0.9999999999 stays 0.9999999999, and a level below
 * about 1e-98 reads "almost 0", as in the audience reasons). Ends that differ
 * read apart ({@link showApart}); equal ends, no width, say why instead of
 * "interval 1–1", which would read as certainty: the correction clipped both
 * ends to the same bound, or the level is so low that the interval has no width.
 */
function authenticInterval(estimate: AudienceAuthenticityEstimate): string {
  const { interval } = estimate;
  const [at, to] = showApart(1 - interval.high, 1 - interval.low, showShare);
  const text =
    at !== to
      ? `${at}–${to}`
      : isClippedEstimate(estimate)
        ? `clipped to ${at} at both ends by the correction, not a certainty`
        : `${at} at both ends, zero width only because the level is so low, not a certainty`;
  return `${showShare(interval.level)} interval ${text}`;
}

/**
 * Audience authenticity: the vendor's `audience.authenticShare` when given,
 * else the library's estimate from `audience.sample`; both are described
 * when both exist. Credit ramps from `authenticShareZero` to `authenticShareFull`.
 *
 * @internal
 */
export function audienceAuthenticitySignal(
  profile: ParsedProfile,
  settings: TrustSettings,
  audienceOptions: EstimateAudienceAuthenticityOptions | undefined,
): SignalResult {
  const key = "audienceAuthenticity";
  const vendor = profile.audience?.authenticShare;
  const sample = profile.audience?.sample;
  const estimate = sample === undefined ? null : estimateAudienceAuthenticityParsed(sample, audienceOptions);
  const value = vendor ?? estimate?.authenticShare;
  if (value === undefined) return noData(key, "no audience data: give audience.authenticShare from an audit or audience.sample of follower accounts");
  const t = settings.thresholds;
  // Apart from the warning line the flag compares it with, and from the critical line its severity shows; the same
  // text in the reason, so one share reads one way ("0.7499999", not "0.75" beside the flag's "0.7499999").
  const [valueText, lineText] = showApart(value, t.authenticShareWarning, showShare, t.authenticShareCritical);
  const sampleText =
    estimate === null ? "" : `the library's estimate from ${groupedCountOf(estimate.sampleSize, "sampled follower")} is ${vendor === undefined ? valueText : showShare(estimate.authenticShare)} (${authenticInterval(estimate)})`;
  const reason =
    vendor === undefined
      ? sampleText
      : `the vendor audit reports ${shareOf(vendor, "followers", valueText)} as real${estimate === null ? "" : `; ${sampleText}, not used because the audit takes precedence`}`;
  const flags: TrustFlag[] = [];
  if (value < t.authenticShareWarning) {
    // From a sample, critical also needs at least minSampledFollowers accounts and the whole interval of the real
    // share below the warning line: 1 fake of 1 sampled account (real share 0 to 0.645) or of 2 (0 to 0.87) is a
    // warning, not proof. Below 20 accounts the Wilson interval alone called an audience at the warning line
    // critical up to 20% of the time (see TRUST_THRESHOLDS.minSampledFollowers).
    const sampled = vendor === undefined ? estimate : null;
    const doubts: string[] = [];
    if (sampled !== null && sampled.sampleSize < t.minSampledFollowers) {
      doubts.push(`${groupedCountOf(sampled.sampleSize, "sampled follower")}, fewer than the ${show(t.minSampledFollowers)} a critical flag needs`);
    }
    const upper = sampled === null ? null : 1 - sampled.interval.low;
    if (upper !== null && upper >= t.authenticShareWarning) doubts.push(`the interval reaches ${showShare(upper)}`);
    const isSure = doubts.length === 0;
    const unsure = isSure || value >= t.authenticShareCritical ? "" : `; too small a sample to be sure (${doubts.join(", and ")}), so not critical`;
    // A share of 0 reads "none of the followers", not "only 0 of followers".
    flags.push({
      code: "audience-fake-heavy",
      severity: value < t.authenticShareCritical && isSure ? "critical" : "warning",
      message: `${value ? "only " : ""}${shareOf(value, "followers", valueText)} look real (${vendor === undefined ? "sample estimate" : "vendor audit"}), below the ${lineText} threshold${unsure}`,
      evidence: {
        authenticShare: round(value, 4),
        source: vendor === undefined ? "sample" : "vendor",
        threshold: t.authenticShareWarning,
        sampleEstimate: estimate === null ? null : round(estimate.authenticShare, 4),
        sampleSize: estimate?.sampleSize ?? null,
      },
    });
  }
  return { key, value, credit: rampUp(value, t.authenticShareZero, t.authenticShareFull), reason, flags };
}

/**
 * An engagement rate for a sentence: three significant digits, not three
 * decimals, as rates are small fractions (0.00139 is not 0.001); the whole
 * part grouped, as a tiny account's viral posts can pass 1,000 interactions
 * per follower ("2,000").
 */
function showRate(rate: number): string {
  const text = showSignificant(rate);
  // Below 999.5, three significant digits never round up to 1,000: nothing to group.
  return rate < 999.5 ? text : groupWholePart(text);
}

/**
 * Engagement level: credit ramps with the percentile of the engagement rate
 * among peers from `engagementPercentileZero` to `engagementPercentileFull`;
 * `engagement-too-low` below `engagementLowPercentile`.
 *
 * @internal
 */
export function engagementRateSignal(engagement: EngagementEvidence, settings: TrustSettings): SignalResult {
  const key = "engagementRate";
  const position = engagement.position;
  if (position === null) return noData(key, engagement.missing);
  const t = settings.thresholds;
  const { rate, estimate, percentile, peers } = position;
  // The percentile is of the rate shrunk toward the peers' median: name that rate too when it reads differently.
  const measured = showRate(rate);
  const shrunk = showRate(estimate);
  const rateText = shrunk === measured ? `an engagement rate of ${measured}` : `an engagement rate of ${measured} (${shrunk} once shrunk toward the peers' median)`;
  const flags: TrustFlag[] = [];
  if (percentile < t.engagementLowPercentile) {
    flags.push({
      code: "engagement-too-low",
      severity: "warning",
      message: `${rateText} is below percentile ${showSignificant(t.engagementLowPercentile * 100)} of ${peers}, a sign of inactive or fake followers`,
      evidence: { engagementRate: round(rate, 6), estimate: round(estimate, 6), percentile: round(percentile, 4), threshold: t.engagementLowPercentile, benchmark: peers },
    });
  }
  return {
    key,
    value: percentile,
    credit: rampUp(percentile, t.engagementPercentileZero, t.engagementPercentileFull),
    reason: `${rateText} sits at percentile ${showPercentile(percentile * 100)} of ${peers}`,
    flags,
  };
}

/** Relative change of the follower count over an event: `(F_after + 1) / (F_before + 1) − 1`. */
function changeOf(event: GrowthEvent): number {
  return (event.followersAfter + 1) / (event.followersBefore + 1) - 1;
}

/** `"10,000 → 13,000 from 2026-01-10 to 2026-01-11"`: the counts themselves, so a reader sees the size of the change. */
function describeEvent(event: GrowthEvent): string {
  return `${groupDigits(event.followersBefore)} → ${groupDigits(event.followersAfter)} from ${isoDate(event.start)} to ${isoDate(event.end)}`;
}

/** `"from 10,000 to 13,000 between 2026-01-10 and 2026-01-11"`, for a flag's sentence. */
function eventSpan(event: GrowthEvent): string {
  return `from ${groupDigits(event.followersBefore)} to ${groupDigits(event.followersAfter)} between ${isoDate(event.start)} and ${isoDate(event.end)}`;
}

/**
 * The event's followers beyond the account's trend, for a sentence: `"3,000"`, or
 * `"less than 1"` where rounding would write 0 for a small account.
 */
function excessText(event: GrowthEvent): string {
  return event.excessFollowers < 0.5 ? "less than 1" : groupDigits(event.excessFollowers);
}

/** Events listed in a reason before the rest are only counted. */
const LISTED_EVENTS = 3;

function listEvents(events: readonly GrowthEvent[]): string {
  const listed = events.slice(0, LISTED_EVENTS).map(describeEvent).join("; ");
  return events.length > LISTED_EVENTS ? `${listed}; and ${groupDigits(events.length - LISTED_EVENTS)} more` : listed;
}

/**
 * Follower growth: spikes no viral post explains, and purges after spikes.
 * Credit falls linearly from 1 to 0 as the share of followers that came in
 * suspicious spikes rises to `anomalousGrowthShareZero`.
 *
 * @internal
 */
export function followerGrowthSignal(profile: ParsedProfile, engagement: EngagementEvidence, settings: TrustSettings): SignalResult {
  const key = "followerGrowth";
  const t = settings.thresholds;
  const analysis = detectFollowerAnomalies(profile.followerHistory, profile.posts, engagement.viralPosts, t, profile.followers, profile.accountCreatedAt);
  if (!analysis.available) return noData(key, analysis.reason);
  const spikes = analysis.events.filter((event) => event.kind === "spike");
  const unexplained = spikes.filter((event) => event.viralPost === null);
  const explained = spikes.filter((event) => event.viralPost !== null);
  const purges = analysis.events.filter((event) => event.kind === "drop" && event.purge);
  const otherDrops = analysis.events.filter((event) => event.kind === "drop" && !event.purge);
  const parts = [`${groupDigits(analysis.intervals + 1)} snapshots over ${showDays(analysis.spanDays)}`];
  parts.push(`unexplained spikes: ${groupDigits(unexplained.length)}${unexplained.length === 0 ? "" : ` (${listEvents(unexplained)})`}`);
  if (explained.length > 0) parts.push(`spikes matched to a viral post: ${groupDigits(explained.length)} (not penalized unless a purge followed)`);
  if (purges.length > 0) parts.push(`drops soon after a spike: ${groupDigits(purges.length)} (${listEvents(purges)})`);
  if (otherDrops.length > 0) parts.push(`drops with no spike before: ${groupDigits(otherDrops.length)} (not penalized)`);
  const returning = analysis.glitches.filter((glitch) => glitch.before !== null && glitch.after !== null);
  if (returning.length > 0) {
    const listed = returning.map((glitch) => `${isoDate(glitch.date)}: ${groupDigits(glitch.followers)} between ${groupDigits(Number(glitch.before))} and ${groupDigits(Number(glitch.after))}`);
    parts.push(`${groupedCountOf(returning.length, "snapshot")} left out as a data error, the count going there and straight back (${listed.join("; ")})`);
  }
  // A 0 at either end, with no count before it (the first) or after it (the last).
  for (const glitch of analysis.glitches) {
    if (glitch.before === null) parts.push(`the first snapshot (${isoDate(glitch.date)}: 0 before ${groupDigits(Number(glitch.after))}) left out as a failed reading`);
    if (glitch.after === null) parts.push(`the last snapshot (${isoDate(glitch.date)}: 0 after ${groupDigits(Number(glitch.before))}) left out as a failed reading`);
  }
  parts.push(`${shareOf(analysis.anomalousShare, "current followers")} came in suspicious spikes`);

  const flags: TrustFlag[] = [];
  const largest = (events: readonly GrowthEvent[]): GrowthEvent | undefined =>
    events.reduce<GrowthEvent | undefined>((best, event) => (best === undefined || event.excessFollowers > best.excessFollowers ? event : best), undefined);
  const spike = largest(unexplained);
  if (spike !== undefined) {
    const excess = unexplained.reduce((sum, event) => sum + event.excessFollowers, 0);
    flags.push({
      code: "follower-spike",
      severity: analysis.anomalousShare >= t.anomalousGrowthShareZero ? "critical" : "warning",
      message: `followers went ${eventSpan(spike)}, ${excessText(spike)} more than the account's trend predicts, with no viral post within ${showDays(t.viralMatchDays)} to explain it`,
      evidence: {
        spikes: unexplained.length,
        largestSpikeStart: isoDate(spike.start),
        largestSpikeEnd: isoDate(spike.end),
        largestSpikeGain: round(changeOf(spike), 4),
        largestSpikeZ: round(spike.maxAbsZ, 2),
        excessFollowers: Math.round(excess),
        anomalousGrowthShare: round(analysis.anomalousShare, 4),
        zThreshold: t.spikeZ,
      },
    });
  }
  const purge = largest(purges);
  if (purge !== undefined) {
    flags.push({
      code: "follower-purge",
      // Critical once suspicious spikes hold the share, like follower-spike; said once, on the purge, when
      // every suspicious spike was explained by a viral post and so raised no spike flag.
      severity: spike === undefined && analysis.anomalousShare >= t.anomalousGrowthShareZero ? "critical" : "warning",
      message: `followers went ${eventSpan(purge)}, ${excessText(purge)} fewer than the account's trend predicts, ${showDays(Number(purge.daysAfterSpike))} after a spike, as when a platform removes bought accounts`,
      evidence: {
        purges: purges.length,
        largestDropStart: isoDate(purge.start),
        largestDropEnd: isoDate(purge.end),
        largestDropLoss: round(-changeOf(purge), 4),
        daysAfterSpike: round(Number(purge.daysAfterSpike), 2),
        followersLost: Math.round(purge.excessFollowers),
        anomalousGrowthShare: round(analysis.anomalousShare, 4),
        purgeWindowDays: t.purgeWindowDays,
      },
    });
  }
  return {
    key,
    value: analysis.anomalousShare,
    credit: rampDown(analysis.anomalousShare, 0, t.anomalousGrowthShareZero),
    reason: parts.join("; "),
    flags,
  };
}

/** Largest follow ratio reported, so ratios never explode (e.g. 2 followers following 5 million). */
const MAX_FOLLOW_RATIO = 1_000;

/**
 * Follow-for-follow: `(following + 1) / (followers + 1)`, capped at 1,000.
 * Credit falls linearly in log scale from `followRatioFull` to
 * `followRatioZero`, and the penalty is scaled by `min(1, following / massFollowing)`
 * so small accounts that follow their friends are not punished.
 *
 * @internal
 */
export function followRatioSignal(profile: ParsedProfile, settings: TrustSettings): SignalResult {
  const key = "followRatio";
  const following = profile.following;
  if (following === undefined) return noData(key, "the following count is not given");
  const t = settings.thresholds;
  const uncapped = (following + 1) / (profile.followers + 1);
  const ratio = Math.min(MAX_FOLLOW_RATIO, uncapped);
  // The value stays capped; the sentence says so rather than write the cap as the ratio.
  const ratioText = uncapped > MAX_FOLLOW_RATIO ? `above ${show(MAX_FOLLOW_RATIO)}` : show(ratio);
  const ratioCredit = rampDown(safeLog(ratio), safeLog(t.followRatioFull), safeLog(t.followRatioZero));
  const scale = t.massFollowing > 0 ? Math.min(1, following / t.massFollowing) : 1;
  const credit = 1 - scale * (1 - ratioCredit);
  const flags: TrustFlag[] = [];
  const follows = `follows ${groupedCountOf(following, "account")} against ${groupedCountOf(profile.followers, "follower")}`;
  if (following >= t.massFollowing && ratio >= t.followForFollowRatio) {
    flags.push({
      code: "follow-for-follow",
      severity: ratio >= t.followRatioZero ? "critical" : "warning",
      message: `${follows} (ratio ${ratioText}), the pattern of follow-for-follow growth`,
      evidence: { following, followers: profile.followers, followRatio: round(ratio, 4), threshold: t.followForFollowRatio, massFollowing: t.massFollowing },
    });
  }
  const below = groupedCountOf(t.massFollowing, "following");
  const reason = `${follows}: ratio ${ratioText}${scale < 1 ? `; below ${below} the penalty is scaled by ${show(scale)}` : ""}`;
  return { key, value: ratio, credit, reason, flags };
}

/**
 * Comment share too low (bought likes): credit ramps in log scale from
 * `commentsPerLikeZero` to `commentsPerLikeLow`; `comment-ratio-low` below the latter.
 *
 * @internal
 */
export function commentShareSignal(ratio: CommentsPerLike | null, settings: TrustSettings): SignalResult {
  const key = "commentShare";
  if (ratio === null) return noData(key, "no post has likes to compare comments with (likes hidden or zero)");
  const t = settings.thresholds;
  const where = ratio.from === "posts" ? `median over ${groupedCountOf(ratio.posts, "post")}` : "from the summary averages";
  const flags: TrustFlag[] = [];
  const [ratioText, lowText, highText] = showApartFrom(ratio.value, [t.commentsPerLikeLow, t.commentsPerLikeHigh], show);
  if (ratio.value < t.commentsPerLikeLow) {
    flags.push({
      code: "comment-ratio-low",
      severity: "warning",
      message: `${counted(ratioText, "comment")} per like (${where}), below the ${lowText} typical minimum: likes may be bought`,
      evidence: { commentsPerLike: round(ratio.value, 6), threshold: t.commentsPerLikeLow, posts: ratio.posts, from: ratio.from },
    });
  }
  return {
    key,
    value: ratio.value,
    credit: rampUp(safeLog(ratio.value), safeLog(t.commentsPerLikeZero), safeLog(t.commentsPerLikeLow)),
    reason: `${counted(ratioText, "comment")} per like (${where}); the typical range is ${lowText}–${highText}`,
    flags,
  };
}

/**
 * Robust coefficient of variation of per-post interactions,
 * `1.4826 · MAD / median`; `null` when the median is 0. O(p log p).
 *
 * @internal
 */
export function interactionVariation(profile: ParsedProfile): number | null {
  const count = profile.posts.length;
  if (count === 0) return null;
  // The kept scratch array and the insertion sort for short arrays: a new typed array and the built-in sort
  // per call were over 2% of a report (this runs for the fee's trust score, whose evidence has no consistency).
  const values = scratch(count);
  let index = 0;
  for (const post of profile.posts) values[index++] = interactionsOf(post);
  const { centre, scale } = sortedCentreAndScale(sortAscending(values), count, 0);
  return centre > 0 ? scale / centre : null;
}

/**
 * Engagement pods and giveaways: three cues (engagement percentile ≥
 * `podPercentile`, robust variation ≤ `podMaxVariation`, comments per like >
 * `commentsPerLikeHigh`). Suspected when comment-heavy, or extreme and flat;
 * then credit is `1 − cues / 3`, otherwise 1. No data when neither can be
 * judged (comments per like unknown, and the percentile or the variation too).
 *
 * @internal
 */
export function engagementPatternSignal(
  profile: ParsedProfile,
  ratio: CommentsPerLike | null,
  engagement: EngagementEvidence,
  settings: TrustSettings,
): SignalResult {
  const key = "engagementPattern";
  const t = settings.thresholds;
  if (profile.posts.length < t.minPatternPosts) {
    return noData(key, `${groupedCountOf(profile.posts.length, "post")} given; at least ${groupWholePart(String(t.minPatternPosts))} ${verbFor(t.minPatternPosts, "is", "are")} needed to judge the engagement pattern`);
  }
  const variation = engagement.consistency ?? interactionVariation(profile);
  const percentile = engagement.position?.percentile ?? null;
  const isExtreme = percentile !== null && percentile >= t.podPercentile;
  const isFlat = variation !== null && variation <= t.podMaxVariation;
  const isCommentHeavy = ratio !== null && ratio.value > t.commentsPerLikeHigh;
  const cues = Number(isExtreme) + Number(isFlat) + Number(isCommentHeavy);
  const isSuspected = isCommentHeavy || (isExtreme && isFlat);
  const described = [
    percentile === null ? "engagement percentile unknown" : `engagement percentile ${showPercentile(percentile * 100)}${isExtreme ? " (extreme)" : ""}`,
    variation === null ? "no interactions to measure variation" : `post-to-post variation ${show(variation)}${isFlat ? " (flat)" : ""}`,
    ratio === null ? "comments per like unknown" : `${showQuantity(ratio.value, "comment")} per like${isCommentHeavy ? " (comment-heavy)" : ""}`,
  ].join(", ");
  // Without comments per like, and without the percentile or the variation, no pod can be suspected:
  // the signal judged nothing, so it has no data rather than full credit.
  if (ratio === null && (percentile === null || variation === null)) return noData(key, `${described}: not enough to judge the engagement pattern`);
  const flags: TrustFlag[] = [];
  if (isSuspected) {
    flags.push({
      code: "engagement-pod-suspected",
      severity: cues >= 2 ? "warning" : "info",
      message: `engagement looks coordinated (${described}), as in engagement pods or giveaways`,
      evidence: {
        cues,
        engagementPercentile: percentile === null ? null : round(percentile, 4),
        variation: variation === null ? null : round(variation, 4),
        commentsPerLike: ratio === null ? null : round(ratio.value, 6),
        podPercentile: t.podPercentile,
        maxVariation: t.podMaxVariation,
        commentsPerLikeHigh: t.commentsPerLikeHigh,
      },
    });
  }
  const reason = `${described}: ${isSuspected ? `${cues} of 3 pod cues` : "no pod pattern"}`;
  return { key, value: cues, credit: isSuspected ? 1 - cues / 3 : 1, reason, flags };
}
