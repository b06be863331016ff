// Shared inputs for the input-model tests (test/schemas/*). Not a test file:
// vitest only collects *.test.ts, *.test-prop.ts and *.test-d.ts.

/** Midnight UTC on 2026-01-01 in epoch ms: 56 years after 1970 with 14 leap days (1972…2024) = 56 × 365 + 14 = 20,454 days; × 86,400,000 ms. */
export const JAN_1_2026_MS = 1_767_225_600_000;

/** Midnight UTC on 2026-03-01: {@link JAN_1_2026_MS} + (31 + 28) days × 86,400,000 ms = + 5,097,600,000. */
export const MAR_1_2026_MS = 1_772_323_200_000;

/** One hour in milliseconds: 60 × 60 × 1,000. */
export const HOUR_MS = 3_600_000;

/** A profile using every field, all valid; a fresh copy on each call. */
export function fullProfile(): Record<string, unknown> {
  return {
    id: "creator-1",
    handle: "@trailmix",
    platform: "instagram",
    followers: 24_000,
    following: 310,
    accountCreatedAt: "2019-05-04",
    posts: [
      {
        id: "post-1",
        publishedAt: "2026-03-01T12:00:00Z",
        format: "reel",
        likes: 1_200,
        comments: 45,
        shares: 30,
        saves: 80,
        views: 30_000,
        reach: 20_000,
        impressions: 26_000,
        clicks: 150,
        sponsored: true,
        brandMentions: 1,
        topics: ["hiking"],
      },
    ],
    summary: {
      postCount: 30,
      avgLikes: 850,
      avgComments: 40,
      avgShares: 12.5,
      avgSaves: 20,
      avgViews: 9_000,
      avgReach: 7_000,
      sponsoredShare: 0.2,
    },
    followerHistory: [
      { date: "2026-01-01", followers: 23_000 },
      { date: "2026-02-01", followers: 24_000 },
    ],
    audience: {
      authenticShare: 0.82,
      sample: [
        {
          followers: 300,
          following: 280,
          posts: 45,
          hasProfilePicture: true,
          isPrivate: false,
          username: "hiker_88",
          biographyLength: 64,
        },
      ],
    },
    isBrandAccount: false,
  };
}

/** What kind of value a field of {@link fullProfile} holds. */
export type FieldKind = "count" | "fraction" | "number" | "text" | "date" | "flag" | "platform" | "format" | "array" | "object";

/** Every field of {@link fullProfile}, with its path and kind. */
export const FIELDS: readonly { readonly path: readonly (string | number)[]; readonly kind: FieldKind }[] = [
  { path: ["id"], kind: "text" },
  { path: ["handle"], kind: "text" },
  { path: ["platform"], kind: "platform" },
  { path: ["followers"], kind: "count" },
  { path: ["following"], kind: "count" },
  { path: ["accountCreatedAt"], kind: "date" },
  { path: ["posts"], kind: "array" },
  { path: ["posts", 0], kind: "object" },
  { path: ["posts", 0, "id"], kind: "text" },
  { path: ["posts", 0, "publishedAt"], kind: "date" },
  { path: ["posts", 0, "format"], kind: "format" },
  { path: ["posts", 0, "likes"], kind: "count" },
  { path: ["posts", 0, "comments"], kind: "count" },
  { path: ["posts", 0, "shares"], kind: "count" },
  { path: ["posts", 0, "saves"], kind: "count" },
  { path: ["posts", 0, "views"], kind: "count" },
  { path: ["posts", 0, "reach"], kind: "count" },
  { path: ["posts", 0, "impressions"], kind: "count" },
  { path: ["posts", 0, "clicks"], kind: "count" },
  { path: ["posts", 0, "sponsored"], kind: "flag" },
  { path: ["posts", 0, "brandMentions"], kind: "count" },
  { path: ["posts", 0, "topics"], kind: "array" },
  { path: ["posts", 0, "topics", 0], kind: "text" },
  { path: ["summary"], kind: "object" },
  { path: ["summary", "postCount"], kind: "count" },
  { path: ["summary", "avgLikes"], kind: "number" },
  { path: ["summary", "avgComments"], kind: "number" },
  { path: ["summary", "avgShares"], kind: "number" },
  { path: ["summary", "avgSaves"], kind: "number" },
  { path: ["summary", "avgViews"], kind: "number" },
  { path: ["summary", "avgReach"], kind: "number" },
  { path: ["summary", "sponsoredShare"], kind: "fraction" },
  { path: ["followerHistory"], kind: "array" },
  { path: ["followerHistory", 0], kind: "object" },
  { path: ["followerHistory", 0, "date"], kind: "date" },
  { path: ["followerHistory", 0, "followers"], kind: "count" },
  { path: ["audience"], kind: "object" },
  { path: ["audience", "authenticShare"], kind: "fraction" },
  { path: ["audience", "sample"], kind: "array" },
  { path: ["audience", "sample", 0], kind: "object" },
  { path: ["audience", "sample", 0, "followers"], kind: "count" },
  { path: ["audience", "sample", 0, "following"], kind: "count" },
  { path: ["audience", "sample", 0, "posts"], kind: "count" },
  { path: ["audience", "sample", 0, "hasProfilePicture"], kind: "flag" },
  { path: ["audience", "sample", 0, "isPrivate"], kind: "flag" },
  { path: ["audience", "sample", 0, "username"], kind: "text" },
  { path: ["audience", "sample", 0, "biographyLength"], kind: "count" },
  { path: ["isBrandAccount"], kind: "flag" },
];

/** Returns a copy of `root` with the value at `path` replaced (containers on the path are copied, `root` is untouched). */
export function withValueAt(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  if (Array.isArray(root) && typeof key === "number") {
    const copy: unknown[] = [...root];
    copy[key] = withValueAt(copy[key], rest, value);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(root as Record<string, unknown>) };
  copy[key] = withValueAt(copy[key], rest, value);
  return copy;
}

/** Deep-freezes `value` (objects and arrays) and returns it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Every own key of `value` and of the objects and arrays inside it, depth first. */
export function ownKeysDeep(value: unknown): string[] {
  if (typeof value !== "object" || value === null) return [];
  const keys: string[] = [];
  for (const key of Reflect.ownKeys(value)) {
    keys.push(String(key));
    keys.push(...ownKeysDeep((value as Record<PropertyKey, unknown>)[key]));
  }
  return keys;
}
