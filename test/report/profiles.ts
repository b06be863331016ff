// Small hand-made profiles for the report tests. Numbers are round so that the
// expected values in the tests can be checked by hand.
import type { InfluencerProfileInput } from "../../src/index.js";

/** Deal terms used where the comparison of deals is wanted (an example brand's, not defaults). */
export const TERMS = { costPerClick: 0.5, averageOrderValue: 40 } as const;

/**
 * An Instagram micro creator with 12 posts over 12 weeks, 30 days of follower
 * history, the following count and an account creation date: every model has data.
 */
export function microCreator(): InfluencerProfileInput {
  const posts = Array.from({ length: 12 }, (_, index) => ({
    id: `post-${index + 1}`,
    publishedAt: `2026-01-${String(1 + index * 2).padStart(2, "0")}T12:00:00Z`,
    format: index % 3 === 0 ? ("reel" as const) : ("image" as const),
    likes: 400 + 20 * index,
    comments: 12 + index,
    shares: 5,
    saves: 9,
    sponsored: index % 4 === 0,
    ...(index % 4 === 0 ? { brandMentions: 1 } : {}),
  }));
  const followerHistory = Array.from({ length: 30 }, (_, day) => ({
    date: `2026-01-${String(day + 1).padStart(2, "0")}`,
    followers: 19_000 + 30 * day,
  }));
  return {
    id: "inf-1",
    handle: "@trailmix",
    platform: "instagram",
    followers: 19_870,
    following: 410,
    accountCreatedAt: "2019-05-01",
    posts,
    followerHistory,
  };
}
