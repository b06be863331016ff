import { groupedCountOf, verbFor } from "../text/countOf.js";
import { groupDigits, groupWholePart } from "../text/groupDigits.js";
import { showShare } from "../text/showShare.js";
import type { ParsedProfile } from "../schemas/parseProfile.js";
import { DAY_MS } from "./detectFollowerAnomalies.js";
import { sortAscending } from "../stats/sortAscending.js";
import { rampUp, round, scratch } from "./robustStats.js";
import { counted, isoDate, noData, safeLog, show, showApartFrom, showDays, showDaysApart, type CommentsPerLike, type SignalResult, type TrustSettings } from "./signalResult.js";
import type { TrustFlag } from "./trustFlags.js";

/** A topic as counted: trimmed, lower case, without leading `#`. @internal */
export function normalizeTopic(topic: string): string {
  const trimmed = topic.trim();
  // Most topics have no "#": the pattern runs only for those that do.
  return (trimmed.startsWith("#") ? trimmed.replace(/^#+/, "") : trimmed).toLowerCase();
}

/**
 * Topic concentration: the Herfindahl–Hirschman index `Σ sᵢ²` of topic
 * shares, where each post with topics spreads one unit evenly over its
 * distinct topics (so a post with ten hashtags counts as much as a post with
 * one). Credit ramps from 0 to `topicConcentrationFull`. The weights are
 * counted in integers and summed in topic-name order, so the post order
 * changes nothing. O(total topics + t log t) for t distinct topics.
 *
 * @internal
 */
export function topicConcentrationSignal(profile: ParsedProfile, settings: TrustSettings): SignalResult {
  const key = "topicConcentration";
  const t = settings.thresholds;
  // Per topic, how many posts with k distinct topics name it (at index k): integer counts, so the
  // weights below are summed in the same order whatever the order of the posts.
  const counts = new Map<string, number[]>();
  let postsWithTopics = 0;
  const count = (name: string, size: number): void => {
    let byCount = counts.get(name);
    if (byCount === undefined) counts.set(name, (byCount = []));
    byCount[size] = (byCount[size] ?? 0) + 1;
  };
  for (const post of profile.posts) {
    const topics = post.topics;
    if (topics === undefined) continue;
    // One topic (the usual case) needs no set to find the distinct ones.
    if (topics.length === 1) {
      const name = normalizeTopic(topics[0] ?? "");
      if (name === "") continue;
      postsWithTopics++;
      count(name, 1);
      continue;
    }
    const distinct = new Set<string>();
    for (const topic of topics) {
      const name = normalizeTopic(topic);
      if (name !== "") distinct.add(name);
    }
    if (distinct.size === 0) continue;
    postsWithTopics++;
    for (const name of distinct) count(name, distinct.size);
  }
  if (postsWithTopics < t.minTopicPosts) {
    return noData(key, `${groupedCountOf(postsWithTopics, "post")} ${verbFor(postsWithTopics, "has", "have")} topics; at least ${groupWholePart(String(t.minTopicPosts))} ${verbFor(t.minTopicPosts, "is", "are")} needed`);
  }
  let index = 0;
  let topName = "";
  let topWeight = 0;
  for (const name of [...counts.keys()].sort()) {
    const byCount = counts.get(name) ?? [];
    let weight = 0;
    for (let size = 1; size < byCount.length; size++) weight += (byCount[size] ?? 0) / size;
    const share = weight / postsWithTopics;
    index += share * share;
    if (weight > topWeight || (weight === topWeight && name < topName)) {
      topName = name;
      topWeight = weight;
    }
  }
  const [indexText, fullText] = showApartFrom(index, [t.topicConcentrationFull], showShare);
  return {
    key,
    value: index,
    credit: rampUp(index, 0, t.topicConcentrationFull),
    reason: `the Herfindahl index is ${indexText} over ${groupedCountOf(counts.size, "topic")} in ${groupedCountOf(postsWithTopics, "post")}; the main topic "${topName}" has a share of ${showShare(topWeight / postsWithTopics)} (full credit from ${fullText})`,
    flags: [],
  };
}

/**
 * Conversation depth: comments per like, credit ramping in log scale across
 * the typical range from `commentsPerLikeLow` (0) to `commentsPerLikeHigh`
 * (1). Comments from an engagement pod are not conversation: when the
 * pattern signal suspects a pod, the credit is multiplied by the pattern's
 * own credit.
 *
 * @internal
 */
export function conversationDepthSignal(ratio: CommentsPerLike | null, settings: TrustSettings, pattern: SignalResult): SignalResult {
  const key = "conversationDepth";
  if (ratio === null) return noData(key, "no post has likes to compare comments with (likes hidden or zero)");
  const t = settings.thresholds;
  const depth = rampUp(safeLog(ratio.value), safeLog(t.commentsPerLikeLow), safeLog(t.commentsPerLikeHigh));
  const isPod = pattern.flags.some((flag) => flag.code === "engagement-pod-suspected");
  const discount = isPod ? Number(pattern.credit) : 1;
  const [ratioText, lowText, highText] = showApartFrom(ratio.value, [t.commentsPerLikeLow, t.commentsPerLikeHigh], show);
  return {
    key,
    value: ratio.value,
    credit: depth * discount,
    reason: `${counted(ratioText, "comment")} per like; credit rises from ${lowText} to ${highText}${isPod ? `, multiplied by ${show(discount)} because engagement looks pod-like` : ""}`,
    flags: [],
  };
}

/**
 * Posting regularity: the coefficient of variation `cv = sd / mean` of the
 * gaps between consecutive dated posts (0 for a fixed rhythm, about 1 for
 * posting at random times, more for bursts); credit `1 / (1 + cv)`. O(p log p).
 *
 * @internal
 */
export function postingRegularitySignal(profile: ParsedProfile, settings: TrustSettings): SignalResult {
  const key = "postingRegularity";
  const t = settings.thresholds;
  const times: number[] = [];
  for (const post of profile.posts) if (post.publishedAt !== undefined) times.push(post.publishedAt);
  if (times.length < t.minDatedPosts) return noData(key, `${groupedCountOf(times.length, "post")} ${verbFor(times.length, "has", "have")} a publishedAt date; at least ${groupWholePart(String(t.minDatedPosts))} ${verbFor(t.minDatedPosts, "is", "are")} needed`);
  const dates = scratch(times.length);
  for (let index = 0; index < times.length; index++) dates[index] = Number(times[index]);
  sortAscending(dates);
  const gaps = dates.length - 1;
  const mean = (Number(dates[gaps]) - Number(dates[0])) / DAY_MS / gaps;
  if (mean === 0) return noData(key, "all posts share one publication instant");
  let squares = 0;
  for (let index = 1; index <= gaps; index++) {
    const gap = (Number(dates[index]) - Number(dates[index - 1])) / DAY_MS;
    squares += (gap - mean) ** 2;
  }
  const variation = Math.sqrt(squares / gaps) / mean;
  return {
    key,
    value: variation,
    credit: 1 / (1 + variation),
    reason: `${groupDigits(dates.length)} dated posts, one every ${showDays(mean)} on average, with a coefficient of variation of the gaps of ${show(variation)}`,
    flags: [],
  };
}

/**
 * Reference instant for the account age: `options.now`, else the latest
 * post or follower snapshot. `null` without any.
 *
 * @internal
 */
export function referenceTime(profile: ParsedProfile, now: number | null): number | null {
  if (now !== null) return now;
  let latest: number | null = null;
  for (const post of profile.posts) if (post.publishedAt !== undefined && (latest === null || post.publishedAt > latest)) latest = post.publishedAt;
  const lastSnapshot = profile.followerHistory[profile.followerHistory.length - 1];
  if (lastSnapshot !== undefined && (latest === null || lastSnapshot.date > latest)) latest = lastSnapshot.date;
  return latest;
}

/**
 * Account age in days at the reference instant; credit ramps from 0 to
 * `accountAgeFullDays`; `account-new` under `newAccountDays`.
 *
 * @internal
 */
export function accountAgeSignal(profile: ParsedProfile, settings: TrustSettings): SignalResult {
  const key = "accountAge";
  const t = settings.thresholds;
  const created = profile.accountCreatedAt;
  if (created === undefined) return noData(key, "accountCreatedAt is not given");
  const reference = referenceTime(profile, settings.now);
  if (reference === null) return noData(key, "no reference date for the account age: pass options.now, or dated posts or follower history");
  const ageDays = Math.max(0, (reference - created) / DAY_MS);
  // Sentences tell the age in completed days, as an age is told (59.917 → 59: never "60 days old, younger than
  // 60 days"); under a day in hours (showDays). The value stays unrounded.
  const age = ageDays < 1 ? ageDays : Math.floor(ageDays);
  // Created after the reference instant (inconsistent dates): counted as 0 days old, and said so.
  const isAfter = created > reference;
  const flags: TrustFlag[] = [];
  if (ageDays < t.newAccountDays) {
    const [ageText, newText] = showDaysApart(age, t.newAccountDays);
    flags.push({
      code: "account-new",
      severity: "info",
      message: `${isAfter ? `the account was created ${isoDate(created)}, after ${isoDate(reference)}, so counted as 0 days old` : `the account is ${ageText} old`}, younger than ${newText}: too new to have a track record`,
      evidence: { accountAgeDays: round(ageDays, 2), threshold: t.newAccountDays, createdAt: isoDate(created), referenceAt: isoDate(reference) },
    });
  }
  const from = settings.now === null ? "the latest post or snapshot" : "options.now";
  const [ageText, fullText] = showDaysApart(age, t.accountAgeFullDays);
  return {
    key,
    value: ageDays,
    credit: rampUp(ageDays, 0, t.accountAgeFullDays),
    reason: `created ${isoDate(created)}, ${isAfter ? `after ${isoDate(reference)} (${from}), so counted as 0 days old` : `${ageText} before ${isoDate(reference)} (${from})`}; full credit from ${fullText}`,
    flags,
  };
}
