import { groupedCountOf, verbFor } from "../text/countOf.js";
import { groupDigits, groupWholePart } from "../text/groupDigits.js";
import { shareOf, showShare } from "../text/showShare.js";
import type { ParsedProfile } from "../schemas/parseProfile.js";
import { median, rampDown, rampUp, round } from "./robustStats.js";
import { interactionsOf, noData, safeLog, show, showApartFrom, showQuantity, type SignalResult, type TrustSettings } from "./signalResult.js";
import type { TrustFlag } from "./trustFlags.js";
import { wilsonInterval } from "../audience/wilsonInterval.js";

/**
 * z of a two-sided 90% interval, the level of the library's other intervals:
 * a flag from a handful of posts is critical only when the share clears its
 * line at this level too.
 */
const CRITICAL_EVIDENCE_Z = 1.6448536269514722;

/** Whether any post says whether it is sponsored. @internal */
export function hasSponsorshipData(profile: ParsedProfile): boolean {
  return profile.posts.some((post) => post.sponsored !== undefined);
}

/**
 * Share of sponsored posts: posts marked `sponsored: true` over all posts
 * (a post without the field counts as organic) once any post carries the
 * field, else `summary.sponsoredShare`. Credit falls linearly from
 * `sponsoredShareFull` to `sponsoredShareZero`; `sponsored-saturation` above
 * `sponsoredSaturationShare`.
 *
 * @internal
 */
export function sponsoredShareSignal(profile: ParsedProfile, settings: TrustSettings): SignalResult {
  const key = "sponsoredShare";
  const t = settings.thresholds;
  let share: number;
  let sponsoredPosts: number | null = null;
  let where: string;
  if (hasSponsorshipData(profile)) {
    sponsoredPosts = profile.posts.filter((post) => post.sponsored === true).length;
    share = sponsoredPosts / profile.posts.length;
    where = `${groupDigits(sponsoredPosts)} of ${groupedCountOf(profile.posts.length, "post")}`;
  } else if (profile.summary?.sponsoredShare !== undefined) {
    share = profile.summary.sponsoredShare;
    where = "the summary";
  } else {
    return noData(key, "no post says whether it is sponsored and the summary has no sponsoredShare");
  }
  // One text for the share in the flag and the reason, apart from every line they write or its severity shows.
  const [shareText, fullText, zeroText, lineText] = showApartFrom(share, [t.sponsoredShareFull, t.sponsoredShareZero, t.sponsoredSaturationShare], showShare);
  const flags: TrustFlag[] = [];
  if (share > t.sponsoredSaturationShare) {
    // From posts, critical also needs the share's 90% lower bound (Wilson) above the saturation line:
    // one sponsored post of one is a warning, not proof.
    const lowerBound = sponsoredPosts === null ? null : wilsonInterval(sponsoredPosts, profile.posts.length, CRITICAL_EVIDENCE_Z).low;
    const isSure = lowerBound === null || lowerBound > t.sponsoredSaturationShare;
    const unsure = isSure ? "" : `; too few posts to be sure (90% lower bound ${show(lowerBound)}), so not critical`;
    flags.push({
      code: "sponsored-saturation",
      severity: share >= t.sponsoredShareZero && isSure ? "critical" : "warning",
      message:
        sponsoredPosts === null
          ? `the summary reports ${shareOf(share, "posts", shareText)} sponsored, above the ${lineText} threshold`
          : `${where} (${shareText}) ${verbFor(sponsoredPosts, "is", "are")} sponsored, above the ${lineText} threshold${share >= t.sponsoredShareZero ? unsure : ""}`,
      evidence: {
        sponsoredShare: round(share, 4),
        threshold: t.sponsoredSaturationShare,
        sponsoredPosts,
        posts: sponsoredPosts === null ? null : profile.posts.length,
      },
    });
  }
  return {
    key,
    value: share,
    credit: rampDown(share, t.sponsoredShareFull, t.sponsoredShareZero),
    reason: `${where}: ${shareOf(share, "posts", shareText)} are sponsored (full credit up to ${fullText}, none from ${zeroText})`,
    flags,
  };
}

/**
 * Sponsored versus organic engagement: median interactions of sponsored posts
 * ÷ median interactions of the other posts (the same account, so the same
 * follower denominator). Credit ramps in log scale from
 * `sponsoredEngagementZero` to 1 (equal engagement); `sponsored-engagement-low`
 * at or below `sponsoredEngagementLow`.
 *
 * @internal
 */
export function sponsoredEngagementSignal(profile: ParsedProfile, settings: TrustSettings): SignalResult {
  const key = "sponsoredEngagement";
  const t = settings.thresholds;
  if (!hasSponsorshipData(profile)) return noData(key, "no post says whether it is sponsored");
  const sponsored: number[] = [];
  const organic: number[] = [];
  for (const post of profile.posts) (post.sponsored === true ? sponsored : organic).push(interactionsOf(post));
  const minimum = Math.max(1, t.minPostsPerGroup);
  if (sponsored.length < minimum || organic.length < minimum) {
    return noData(key, `${groupDigits(sponsored.length)} sponsored and ${groupedCountOf(organic.length, "organic post")}; at least ${groupWholePart(String(minimum))} of each ${verbFor(minimum, "is", "are")} needed`);
  }
  const sponsoredMedian = Number(median(sponsored));
  const organicMedian = Number(median(organic));
  if (organicMedian === 0) return noData(key, "organic posts have no interactions to compare with");
  const ratio = sponsoredMedian / organicMedian;
  const flags: TrustFlag[] = [];
  if (ratio <= t.sponsoredEngagementLow) {
    flags.push({
      code: "sponsored-engagement-low",
      severity: "info",
      message: `sponsored posts get ${show(ratio)} of the organic engagement (median ${show(sponsoredMedian)} vs ${show(organicMedian)} interactions): the audience tunes out ads`,
      evidence: {
        ratio: round(ratio, 4),
        threshold: t.sponsoredEngagementLow,
        sponsoredMedian,
        organicMedian,
        sponsoredPosts: sponsored.length,
        organicPosts: organic.length,
      },
    });
  }
  return {
    key,
    value: ratio,
    credit: rampUp(safeLog(ratio), safeLog(t.sponsoredEngagementZero), 0),
    reason: `sponsored posts get ${show(ratio)} times the organic engagement (median ${show(sponsoredMedian)} over ${groupDigits(sponsored.length)} sponsored vs ${show(organicMedian)} over ${groupedCountOf(organic.length, "organic post")})`,
    flags,
  };
}

/**
 * Brands per sponsored post: the mean of `max(1, brandMentions)` over
 * sponsored posts that report `brandMentions` (or, when no post says whether
 * it is sponsored, over posts mentioning at least one brand). Credit falls
 * linearly from `brandMentionsFull` to `brandMentionsZero`;
 * `brand-mention-overload` from `brandMentionOverload`.
 *
 * @internal
 */
export function brandMentionsSignal(profile: ParsedProfile, settings: TrustSettings): SignalResult {
  const key = "brandMentions";
  const t = settings.thresholds;
  const bySponsorship = hasSponsorshipData(profile);
  let total = 0;
  let count = 0;
  let most = 0;
  for (const post of profile.posts) {
    if (post.brandMentions === undefined) continue;
    if (bySponsorship ? post.sponsored !== true : post.brandMentions === 0) continue;
    const brands = Math.max(1, post.brandMentions);
    total += brands;
    count++;
    most = Math.max(most, brands);
  }
  if (count === 0) return noData(key, `no ${bySponsorship ? "sponsored posts" : "posts mentioning a brand"} report brandMentions`);
  const counted = bySponsorship ? groupedCountOf(count, "sponsored post") : `${groupedCountOf(count, "post")} mentioning a brand`;
  const mean = total / count;
  const flags: TrustFlag[] = [];
  if (mean >= t.brandMentionOverload) {
    flags.push({
      code: "brand-mention-overload",
      severity: mean >= t.brandMentionsZero ? "warning" : "info",
      message: `${showQuantity(mean, "brand")} per ${bySponsorship ? "sponsored post" : "brand post"} on average (up to ${groupDigits(most)} in one), which dilutes each endorsement`,
      evidence: { brandsPerPost: round(mean, 4), threshold: t.brandMentionOverload, posts: count, mostInOnePost: most, basis: bySponsorship ? "sponsored" : "brand-mentions" },
    });
  }
  return {
    key,
    value: mean,
    credit: rampDown(mean, t.brandMentionsFull, t.brandMentionsZero),
    reason: `${showQuantity(mean, "brand")} per post on average over ${counted} (at most ${groupDigits(most)} in one)`,
    flags,
  };
}
