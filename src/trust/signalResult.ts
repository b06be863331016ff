import type { PostMetrics } from "../schemas/profile.js";
import type { TrustBandTable } from "./trustBands.js";
import type { TrustFlag } from "./trustFlags.js";
import type { TrustThresholdKey } from "./trustThresholds.js";
import type { TrustSignalKey } from "./trustWeights.js";
import { median } from "./robustStats.js";
import { groupWholePart } from "../text/groupDigits.js";
import { showDecimals, showSignificant } from "../text/showDecimals.js";
import { showApart } from "../text/showApart.js";
import { tellApart } from "../text/tellApart.js";

/** What one signal found: its measured value, its 0–1 credit, why, and any flags. @internal */
export interface SignalResult {
  readonly key: TrustSignalKey;
  /** The measured quantity (a share, a ratio, a count), or `null` without data. */
  readonly value: number | null;
  /** Credit in [0, 1], or `null` without data. */
  readonly credit: number | null;
  /** Plain-English explanation, also when there is no data. */
  readonly reason: string;
  /** Flags the signal raises. */
  readonly flags: readonly TrustFlag[];
}

/** Thresholds, weights and bands after merging the caller's overrides with the defaults. @internal */
export interface TrustSettings {
  readonly thresholds: Readonly<Record<TrustThresholdKey, number>>;
  readonly weights: Readonly<Record<TrustSignalKey, number>>;
  readonly bands: TrustBandTable;
  /** Reference instant (epoch ms) for the account age, if the caller gave one. */
  readonly now: number | null;
}

/** A signal without data. @internal */
export function noData(key: TrustSignalKey, reason: string): SignalResult {
  return { key, value: null, credit: null, reason, flags: [] };
}

/** Likes + comments + shares + saves of a post. @internal */
export function interactionsOf(post: PostMetrics): number {
  return post.likes + post.comments + (post.shares ?? 0) + (post.saves ?? 0);
}

/**
 * A number for a trust sentence: the library's sentence formatter
 * (`showDecimals`: at most 3 decimals, 3 significant digits for a tiny
 * number) with the whole part grouped by thousands, as the follower counts
 * beside it are (`3781` → `"3,781"`, `1050.25` → `"1,050.25"`); the digits
 * are the same.
 *
 * @example
 * [show(0.12345), show(3781), show(1050.25)];
 * // => ["0.123", "3,781", "1,050.25"]
 * @internal
 */
export function show(value: number): string {
  const text = showDecimals(value);
  // Below 999.5 in size, 3 decimals never round up to 1,000: nothing to group (most numbers here are shares).
  return value > -999.5 && value < 999.5 ? text : groupWholePart(text);
}

/** A quantity of `noun` for a sentence: `"1 comment"`, `"0.5 comments"`, `"1,200 brands"` (singular when it reads 1). @internal */
export function showQuantity(value: number, noun: string): string {
  return counted(show(value), noun);
}

/**
 * A value and the lines a result's sentences compare it with (a ramp's ends in the reason, a flag's threshold):
 * each line as `write` writes it beside the value, and the value with the digits ({@link showApart}) that tell it
 * from the closest of them, so it reads the same in the reason and the flag, on its own side of every line.
 * @internal
 */
export function showApartFrom<L extends number[]>(value: number, lines: [...L], write: (value: number) => string): [string, ...{ [K in keyof L]: string }] {
  const pairs = lines.map((line) => showApart(value, line, write));
  // More digits (a longer text) for the closest line, as showApart does.
  const text = pairs.reduce((longest, [apart]) => (apart.length > longest.length ? apart : longest), write(value));
  return [text, ...pairs.map(([, line]) => line)] as [string, ...{ [K in keyof L]: string }];
}

/** A number already written and its `noun`, singular when the text reads 1. @internal */
export function counted(text: string, noun: string): string {
  return `${text} ${noun}${text === "1" ? "" : "s"}`;
}

/**
 * A number of days for a sentence: `"1 day"`, `"2.5 days"`, `"3,781 days"` (singular when it reads 1);
 * under a day in the largest of hours, minutes and seconds that reads at least 1 (`"12 hours"`, `"0.029 seconds"`),
 * never as a whole of the next unit (`"1 day"`, not `"24 hours"`, for 23.9999 hours).
 * @internal
 */
export function showDays(value: number): string {
  const hours = value * 24;
  const minutes = hours * 60;
  // A unit also where the next smaller one would read a whole of it (23.9999 hours reads "24 hours"): "1 day", which
  // showDaysApart can tell apart from a threshold of 1 day, where "24 hours" and "1 day" only differ as text.
  if (value === 0 || value >= 1 || show(hours) === "24") return showQuantity(value, "day");
  if (hours >= 1 || show(minutes) === "60") return showQuantity(hours, "hour");
  return minutes >= 1 || show(minutes * 60) === "60" ? showQuantity(minutes, "minute") : showQuantity(minutes * 60, "second");
}

/**
 * A duration and the threshold in days a sentence compares it with, as {@link showDays} writes them, or with the
 * significant digits that tell them apart (whole part grouped) when they would read alike (`tellApart`): never "7 days, fewer than the 7 days".
 * @internal
 */
export function showDaysApart(value: number, threshold: number): [string, string] {
  return tellApart(value, threshold, showDays, (days, digits) => counted(groupWholePart(showSignificant(days, digits)), "day"), 4);
}

/** An instant for a sentence or evidence: the ISO date, with the time only when it is not midnight UTC. @internal */
export function isoDate(time: number): string {
  const text = new Date(time).toISOString();
  return text.endsWith("T00:00:00.000Z") ? text.slice(0, 10) : text;
}

/** Comments per like and how it was measured, as {@link commentsPerLikeOf} returns it. @internal */
export interface CommentsPerLike {
  /** Median over posts of comments ÷ likes (or the ratio of the summary averages). */
  readonly value: number;
  /** Posts it was measured on (0 when from the summary). */
  readonly posts: number;
  /** `"posts"` or `"summary"`. */
  readonly from: "posts" | "summary";
}

/**
 * Comments per like: the median over posts with at least one like of
 * `comments / likes`, or, without such posts, `avgComments / avgLikes` from
 * the summary; `null` when likes are all zero or hidden (or so small that the
 * ratio overflows). O(p log p).
 *
 * @internal
 */
export function commentsPerLikeOf(posts: readonly PostMetrics[], summary: { readonly avgLikes: number; readonly avgComments: number } | undefined): CommentsPerLike | null {
  const ratios: number[] = [];
  for (const post of posts) {
    if (post.likes > 0) ratios.push(post.comments / post.likes);
  }
  const fromPosts = median(ratios);
  if (fromPosts !== null) return { value: fromPosts, posts: ratios.length, from: "posts" };
  if (summary !== undefined && summary.avgLikes > 0) {
    // A tiny average (5e-324 likes) would give Infinity: as good as no likes.
    const value = summary.avgComments / summary.avgLikes;
    if (Number.isFinite(value)) return { value, posts: 0, from: "summary" };
  }
  return null;
}

/** Smallest positive number logarithmic ramps use, so `log(0)` never appears. @internal */
export const LOG_FLOOR = 1e-9;

/** `ln(max(value, LOG_FLOOR))`. @internal */
export function safeLog(value: number): number {
  return Math.log(Math.max(value, LOG_FLOOR));
}
