// Shared fixtures for the trust tests: one organic base profile and the
// acceptance scenarios built from it. Everything is deterministic (fixed
// patterns instead of random numbers), so every expected number in the tests
// can be recomputed by hand from the constants below.
import type { FollowerSnapshotInput, InfluencerProfileInput, PostMetricsInput } from "../../src/index.js";

export const DAY_MS = 86_400_000;

/** First snapshot: 2026-01-01T00:00:00Z. */
export const HISTORY_START = Date.UTC(2026, 0, 1);

/** Daily snapshots in the base history (2026-01-01 … 2026-03-31). */
export const HISTORY_DAYS = 90;

/** Followers at day 0 and organic growth per day: 17,500 · e^(0.0015·t). */
export const START_FOLLOWERS = 17_500;
export const DAILY_GROWTH = 0.0015;

/** Small fixed wobble added to each day's count, cycling every 7 days. */
export const WOBBLE = [0, 12, -8, 5, -3, 9, -6] as const;

/** ISO date (YYYY-MM-DD) of day `day` after HISTORY_START. */
export function isoDay(day: number): string {
  return new Date(HISTORY_START + day * DAY_MS).toISOString().slice(0, 10);
}

export interface HistoryChange {
  /** Day index of the snapshot where the change first shows. */
  readonly day: number;
  /** Multiplier applied to that snapshot and every later one (1.3 = +30% jump, 0.8 = −20% drop). */
  readonly factor: number;
}

/**
 * Daily follower counts: round(17,500 · e^(0.0015·t)) + WOBBLE[t mod 7],
 * multiplied from `change.day` on by each change's factor.
 */
export function followerHistory(changes: readonly HistoryChange[] = [], days: number = HISTORY_DAYS): FollowerSnapshotInput[] {
  const history: FollowerSnapshotInput[] = [];
  for (let day = 0; day < days; day++) {
    let multiplier = 1;
    for (const change of changes) if (day >= change.day) multiplier *= change.factor;
    const organic = Math.round(START_FOLLOWERS * Math.exp(DAILY_GROWTH * day)) + (WOBBLE[day % 7] ?? 0);
    history.push({ date: isoDay(day), followers: Math.round(organic * multiplier) });
  }
  return history;
}

/** Likes of the base posts: 250 × these multipliers, cycling. */
export const LIKE_PATTERN = [1.0, 0.7, 1.3, 0.9, 1.6, 0.8, 1.1, 0.6, 1.2, 1.4] as const;
/** Days between consecutive base posts, cycling. */
export const GAP_PATTERN = [4, 5, 4, 4, 5] as const;
/** Topics of the base posts, cycling. */
export const TOPIC_PATTERN = [["hiking"], ["hiking", "gear"], ["camping"], ["hiking"], ["trail running", "#Hiking"]] as const;
/** Number of base posts. */
export const POST_COUNT = 20;
/** Base posts at these indices are sponsored (3 of 20 = 0.15). */
export const BASE_SPONSORED = [3, 9, 15] as const;

/** Day (after HISTORY_START) on which base post `index` is published: 2 + the sum of the first `index` gaps. */
export function postDay(index: number): number {
  let day = 2;
  for (let step = 0; step < index; step++) day += GAP_PATTERN[step % GAP_PATTERN.length] ?? 0;
  return day;
}

/**
 * The base posts: likes = round(250 · LIKE_PATTERN[i mod 10]), comments =
 * round(likes · 0.035), one brand on each sponsored post, a sponsored post
 * gets 0.85 of the likes it would otherwise have.
 */
export function basePosts(sponsored: readonly number[] = BASE_SPONSORED): PostMetricsInput[] {
  const posts: PostMetricsInput[] = [];
  for (let index = 0; index < POST_COUNT; index++) {
    const isSponsored = sponsored.includes(index);
    const likes = Math.round(250 * (LIKE_PATTERN[index % LIKE_PATTERN.length] ?? 1) * (isSponsored ? 0.85 : 1));
    posts.push({
      id: `post-${index}`,
      publishedAt: isoDay(postDay(index)),
      format: index % 3 === 0 ? "reel" : "image",
      likes,
      comments: Math.round(likes * 0.035),
      sponsored: isSponsored,
      ...(isSponsored ? { brandMentions: 1 } : {}),
      topics: [...(TOPIC_PATTERN[index % TOPIC_PATTERN.length] ?? [])],
    });
  }
  return posts;
}

/** Followers at the last snapshot of a history. */
export function lastFollowers(history: readonly FollowerSnapshotInput[]): number {
  return history[history.length - 1]?.followers ?? 0;
}

/** The organic base profile: nothing suspicious anywhere. */
export function baseProfile(): InfluencerProfileInput {
  const history = followerHistory();
  return {
    handle: "@trailmix",
    platform: "instagram",
    followers: lastFollowers(history),
    following: 600,
    accountCreatedAt: "2021-05-01",
    posts: basePosts(),
    followerHistory: history,
    audience: { authenticShare: 0.88 },
  };
}

/** Day of the one-day follower jump in scenarios (a) and the viral case: 2026-03-02. */
export const JUMP_DAY = 60;

/** (a) the base with a one-day +30% jump in followers and no engagement change. */
export function withFollowerJump(): InfluencerProfileInput {
  const history = followerHistory([{ day: JUMP_DAY, factor: 1.3 }]);
  return { ...baseProfile(), followers: lastFollowers(history), followerHistory: history };
}

/** The same jump with a viral post (20× the usual likes) published the day before it. */
export function withViralJump(): InfluencerProfileInput {
  const base = withFollowerJump();
  const viral: PostMetricsInput = {
    id: "viral",
    publishedAt: isoDay(JUMP_DAY - 1),
    format: "reel",
    likes: 5_000,
    comments: 175,
    sponsored: false,
    topics: ["hiking"],
  };
  return { ...base, posts: [...(base.posts ?? []), viral] };
}

/** (b) the base with 12 of its 20 posts (0.6) sponsored. */
export function withSponsoredSaturation(): InfluencerProfileInput {
  return { ...baseProfile(), posts: basePosts([0, 1, 2, 4, 5, 7, 9, 10, 12, 14, 15, 17]) };
}

/**
 * (c) the base with pod-like engagement: every post gets 1,500 likes (±2%),
 * far above peers, and 0.2 comments per like.
 */
export function withPodEngagement(): InfluencerProfileInput {
  const posts = basePosts().map((post, index) => {
    const likes = 1_500 + ((index % 5) - 2) * 15;
    return { ...post, likes, comments: Math.round(likes * 0.2) };
  });
  return { ...baseProfile(), posts };
}

/** (d) the base with a vendor audit reporting 0.55 real followers. */
export function withLowAuthenticShare(): InfluencerProfileInput {
  return { ...baseProfile(), audience: { authenticShare: 0.55 } };
}

/** A profile with only the two required fields. */
export function bareProfile(): InfluencerProfileInput {
  return { platform: "instagram", followers: 20_000 };
}

/** Recursively freezes a value, to prove a function does not mutate its argument. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Every number found anywhere in a value, for the "no NaN, no Infinity" checks. */
export function numbersIn(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(numbersIn);
  return [];
}
