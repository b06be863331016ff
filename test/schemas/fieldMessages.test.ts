// What parseProfile says about each field of a profile: one wrong value per
// field, and the whole issue it reports (path, code and message: the message
// names the field path, what was expected and what arrived, STYLE R4), then the
// limits on list lengths, one over and exactly at each. Every message is
// compared whole, so a changed wording shows up here.
//
// Keep "gives exactly its issue for each wrong value" the FIRST test of this
// file, and keep every case in it. The profile schema is built once, by the first
// invalid profile parsed, and then reused. Stryker's per-test coverage credits the
// schema's code (each message in it) to the one test that built it, the first
// test of a file to reach it, and runs only that test against a mutant of a
// message: a case in a later test would never be run against it
// (docs/mutation/schemas.md, and the same trap in docs/mutation/audience.md).
import { describe, expect, it } from "vitest";
import { InfluencerProfileSchema, parseProfile, type InputIssue } from "../../src/index.js";
import { issuesOf } from "../arbitraries/laws.js";
import { FIELDS, fullProfile, withValueAt } from "./fixtures.js";

const TEXT = "expected a non-empty string of at most 200 characters";
const COUNT = "expected a non-negative integer";
const AVERAGE = "expected a finite non-negative number";
const SHARE = "expected a number between 0 and 1";
const DATE = "expected an ISO 8601 date string, a valid Date or epoch milliseconds";
const FLAG = "expected true or false";

// 100,000 is MAX_ITEMS in src/schemas/profile.ts, the documented bound (InputIssueCode); a post takes at most 100 topics.
const MAX_ITEMS = 100_000;
const minimal = { platform: "instagram", followers: 1_000 };
const post = { likes: 1, comments: 0 };
const account = { followers: 1, following: 1, posts: 1 };
/** `count` snapshots a second apart from 2026-03-01 (epoch ms from 10^11 on are dates), so no two share an instant. */
const snapshots = (count: number): unknown[] => Array.from({ length: count }, (_, index) => ({ date: 1_772_323_200_000 + index * 1_000, followers: 1 }));
const topics = (count: number): string[] => Array.from({ length: count }, (_, index) => `topic ${index}`);

/** fullProfile() (valid) with one value replaced. */
const wrongAt = (path: readonly (string | number)[], value: unknown): unknown => withValueAt(fullProfile(), path, value);

/** [what is wrong, the input, the one issue parseProfile must report]. */
type Case = readonly [string, unknown, InputIssue];

/** One case per field of fullProfile and the root; the values vary so that each kind of check is reached. */
const fieldCases: readonly Case[] = [
  ["the profile is a number", 5, { path: [], code: "invalid_type", message: "expected a profile object, received 5" }],
  ["id is empty", wrongAt(["id"], ""), { path: ["id"], code: "too_small", message: `id: ${TEXT}, received ""` }],
  // 201 characters, one over; the message quotes the first 40 and an ellipsis
  ["handle has 201 characters", wrongAt(["handle"], "h".repeat(201)), { path: ["handle"], code: "too_big", message: `handle: ${TEXT}, received "${"h".repeat(40)}…"` }],
  [
    "platform is unknown",
    wrongAt(["platform"], "myspace"),
    { path: ["platform"], code: "invalid_value", message: 'platform: expected one of "instagram", "tiktok", "youtube", "x", "facebook", "linkedin", "twitch", received "myspace"' },
  ],
  ["followers is negative", wrongAt(["followers"], -1), { path: ["followers"], code: "too_small", message: `followers: ${COUNT}, received -1` }],
  ["following is fractional", wrongAt(["following"], 1.5), { path: ["following"], code: "invalid_type", message: `following: ${COUNT}, received 1.5` }],
  // 2026 has no 30 February: a string of the right shape that names no day
  ["accountCreatedAt names no day", wrongAt(["accountCreatedAt"], "2026-02-30"), { path: ["accountCreatedAt"], code: "invalid_value", message: `accountCreatedAt: ${DATE}, received "2026-02-30"` }],
  ["posts is a string", wrongAt(["posts"], "x"), { path: ["posts"], code: "invalid_type", message: 'posts: expected an array of posts, received "x"' }],
  ["a post is a number", wrongAt(["posts", 0], 5), { path: ["posts", 0], code: "invalid_type", message: "posts[0]: expected a post object, received 5" }],
  ["a post's id is a number", wrongAt(["posts", 0, "id"], 7), { path: ["posts", 0, "id"], code: "invalid_type", message: `posts[0].id: ${TEXT}, received 7` }],
  ["a post's publishedAt is a boolean", wrongAt(["posts", 0, "publishedAt"], true), { path: ["posts", 0, "publishedAt"], code: "invalid_type", message: `posts[0].publishedAt: ${DATE}, received true` }],
  [
    "a post's format is unknown",
    wrongAt(["posts", 0, "format"], "gif"),
    {
      path: ["posts", 0, "format"],
      code: "invalid_value",
      message: 'posts[0].format: expected one of "image", "carousel", "reel", "story", "video", "short", "live", "text", received "gif"',
    },
  ],
  ["a post's likes are negative", wrongAt(["posts", 0, "likes"], -5), { path: ["posts", 0, "likes"], code: "too_small", message: `posts[0].likes: ${COUNT}, received -5` }],
  ["a post's comments are a string", wrongAt(["posts", 0, "comments"], "2"), { path: ["posts", 0, "comments"], code: "invalid_type", message: `posts[0].comments: ${COUNT}, received "2"` }],
  ["a post's shares are fractional", wrongAt(["posts", 0, "shares"], 1.5), { path: ["posts", 0, "shares"], code: "invalid_type", message: `posts[0].shares: ${COUNT}, received 1.5` }],
  ["a post's saves are NaN", wrongAt(["posts", 0, "saves"], Number.NaN), { path: ["posts", 0, "saves"], code: "invalid_type", message: `posts[0].saves: ${COUNT}, received NaN` }],
  ["a post's views are Infinity", wrongAt(["posts", 0, "views"], Number.POSITIVE_INFINITY), { path: ["posts", 0, "views"], code: "invalid_type", message: `posts[0].views: ${COUNT}, received Infinity` }],
  // 2^53 = 9,007,199,254,740,992 = Number.MAX_SAFE_INTEGER + 1
  ["a post's reach is 2^53", wrongAt(["posts", 0, "reach"], 2 ** 53), { path: ["posts", 0, "reach"], code: "too_big", message: `posts[0].reach: ${COUNT} of at most 9007199254740991, received 9007199254740992` }],
  ["a post's impressions are null", wrongAt(["posts", 0, "impressions"], null), { path: ["posts", 0, "impressions"], code: "invalid_type", message: `posts[0].impressions: ${COUNT}, received null` }],
  ["a post's clicks are negative", wrongAt(["posts", 0, "clicks"], -1), { path: ["posts", 0, "clicks"], code: "too_small", message: `posts[0].clicks: ${COUNT}, received -1` }],
  ["a post's sponsored is a string", wrongAt(["posts", 0, "sponsored"], "yes"), { path: ["posts", 0, "sponsored"], code: "invalid_type", message: `posts[0].sponsored: ${FLAG}, received "yes"` }],
  ["a post's brandMentions are fractional", wrongAt(["posts", 0, "brandMentions"], 0.5), { path: ["posts", 0, "brandMentions"], code: "invalid_type", message: `posts[0].brandMentions: ${COUNT}, received 0.5` }],
  [
    "a post's topics are a string",
    wrongAt(["posts", 0, "topics"], "hiking"),
    { path: ["posts", 0, "topics"], code: "invalid_type", message: 'posts[0].topics: expected an array of topic strings, received "hiking"' },
  ],
  ["a topic is empty", wrongAt(["posts", 0, "topics", 0], ""), { path: ["posts", 0, "topics", 0], code: "too_small", message: `posts[0].topics[0]: ${TEXT}, received ""` }],
  ["summary is a string", wrongAt(["summary"], "30 posts"), { path: ["summary"], code: "invalid_type", message: 'summary: expected a summary object, received "30 posts"' }],
  [
    "summary.postCount is fractional",
    wrongAt(["summary", "postCount"], 2.5),
    { path: ["summary", "postCount"], code: "invalid_type", message: "summary.postCount: expected a positive integer, received 2.5" },
  ],
  ["summary.avgLikes is negative", wrongAt(["summary", "avgLikes"], -1), { path: ["summary", "avgLikes"], code: "too_small", message: `summary.avgLikes: ${AVERAGE}, received -1` }],
  ["summary.avgComments is a string", wrongAt(["summary", "avgComments"], "40"), { path: ["summary", "avgComments"], code: "invalid_type", message: `summary.avgComments: ${AVERAGE}, received "40"` }],
  [
    "summary.avgShares is Infinity",
    wrongAt(["summary", "avgShares"], Number.POSITIVE_INFINITY),
    { path: ["summary", "avgShares"], code: "invalid_type", message: `summary.avgShares: ${AVERAGE}, received Infinity` },
  ],
  ["summary.avgSaves is NaN", wrongAt(["summary", "avgSaves"], Number.NaN), { path: ["summary", "avgSaves"], code: "invalid_type", message: `summary.avgSaves: ${AVERAGE}, received NaN` }],
  ["summary.avgViews is null", wrongAt(["summary", "avgViews"], null), { path: ["summary", "avgViews"], code: "invalid_type", message: `summary.avgViews: ${AVERAGE}, received null` }],
  ["summary.avgReach is a boolean", wrongAt(["summary", "avgReach"], true), { path: ["summary", "avgReach"], code: "invalid_type", message: `summary.avgReach: ${AVERAGE}, received true` }],
  ["summary.sponsoredShare is above 1", wrongAt(["summary", "sponsoredShare"], 1.5), { path: ["summary", "sponsoredShare"], code: "too_big", message: `summary.sponsoredShare: ${SHARE}, received 1.5` }],
  [
    "followerHistory is an object",
    wrongAt(["followerHistory"], {}),
    { path: ["followerHistory"], code: "invalid_type", message: "followerHistory: expected an array of follower snapshots, received an object" },
  ],
  [
    "a snapshot is a number",
    wrongAt(["followerHistory", 0], 23_000),
    { path: ["followerHistory", 0], code: "invalid_type", message: "followerHistory[0]: expected an object with date and followers, received 23000" },
  ],
  [
    "a snapshot's date is an invalid Date",
    wrongAt(["followerHistory", 0, "date"], new Date(Number.NaN)),
    { path: ["followerHistory", 0, "date"], code: "invalid_value", message: `followerHistory[0].date: ${DATE}, received an invalid Date` },
  ],
  [
    "a snapshot's followers are negative",
    wrongAt(["followerHistory", 0, "followers"], -3),
    { path: ["followerHistory", 0, "followers"], code: "too_small", message: `followerHistory[0].followers: ${COUNT}, received -3` },
  ],
  ["audience is a number", wrongAt(["audience"], 0.82), { path: ["audience"], code: "invalid_type", message: "audience: expected an audience object, received 0.82" }],
  [
    "audience.authenticShare is a string",
    wrongAt(["audience", "authenticShare"], "0.8"),
    { path: ["audience", "authenticShare"], code: "invalid_type", message: `audience.authenticShare: ${SHARE}, received "0.8"` },
  ],
  [
    "audience.sample is an object",
    wrongAt(["audience", "sample"], {}),
    { path: ["audience", "sample"], code: "invalid_type", message: "audience.sample: expected an array of follower accounts, received an object" },
  ],
  [
    "a sampled account is an array",
    wrongAt(["audience", "sample", 0], [300, 280, 45]),
    { path: ["audience", "sample", 0], code: "invalid_type", message: "audience.sample[0]: expected an account object with followers, following and posts, received an array" },
  ],
  [
    "a sampled account's followers are negative",
    wrongAt(["audience", "sample", 0, "followers"], -1),
    { path: ["audience", "sample", 0, "followers"], code: "too_small", message: `audience.sample[0].followers: ${COUNT}, received -1` },
  ],
  [
    "a sampled account's following is a string",
    wrongAt(["audience", "sample", 0, "following"], "x"),
    { path: ["audience", "sample", 0, "following"], code: "invalid_type", message: `audience.sample[0].following: ${COUNT}, received "x"` },
  ],
  [
    "a sampled account's posts are fractional",
    wrongAt(["audience", "sample", 0, "posts"], 1.5),
    { path: ["audience", "sample", 0, "posts"], code: "invalid_type", message: `audience.sample[0].posts: ${COUNT}, received 1.5` },
  ],
  [
    "a sampled account's hasProfilePicture is a number",
    wrongAt(["audience", "sample", 0, "hasProfilePicture"], 1),
    { path: ["audience", "sample", 0, "hasProfilePicture"], code: "invalid_type", message: `audience.sample[0].hasProfilePicture: ${FLAG}, received 1` },
  ],
  [
    "a sampled account's isPrivate is a string",
    wrongAt(["audience", "sample", 0, "isPrivate"], "no"),
    { path: ["audience", "sample", 0, "isPrivate"], code: "invalid_type", message: `audience.sample[0].isPrivate: ${FLAG}, received "no"` },
  ],
  [
    "a sampled account's username has 201 characters",
    wrongAt(["audience", "sample", 0, "username"], "u".repeat(201)),
    { path: ["audience", "sample", 0, "username"], code: "too_big", message: `audience.sample[0].username: ${TEXT}, received "${"u".repeat(40)}…"` },
  ],
  [
    "a sampled account's biographyLength is negative",
    wrongAt(["audience", "sample", 0, "biographyLength"], -1),
    { path: ["audience", "sample", 0, "biographyLength"], code: "too_small", message: `audience.sample[0].biographyLength: ${COUNT}, received -1` },
  ],
  ["isBrandAccount is a string", wrongAt(["isBrandAccount"], "yes"), { path: ["isBrandAccount"], code: "invalid_type", message: `isBrandAccount: ${FLAG}, received "yes"` }],
];

/** A field's second rule, given a value of the right type. */
const ruleCases: readonly Case[] = [
  [
    "summary.postCount is 0: averages need at least one post",
    wrongAt(["summary", "postCount"], 0),
    { path: ["summary", "postCount"], code: "too_small", message: "summary.postCount: expected a positive integer, received 0" },
  ],
  [
    "audience.sample is empty",
    wrongAt(["audience", "sample"], []),
    { path: ["audience", "sample"], code: "too_small", message: "audience.sample: expected at least one follower account, received an empty array" },
  ],
  // fullProfile's post has 26,000 impressions; a reach of 26,001 is one unique account more than it was shown to
  [
    "a post's reach is above its impressions",
    wrongAt(["posts", 0, "reach"], 26_001),
    { path: ["posts", 0, "reach"], code: "invalid_value", message: "posts[0].reach: expected at most the post's impressions (reach counts unique accounts), received 26001" },
  ],
];

/** One item more than a list takes. */
const limitCases: readonly Case[] = [
  [
    "100,001 posts",
    { ...minimal, posts: Array.from({ length: MAX_ITEMS + 1 }, () => post) },
    { path: ["posts"], code: "too_big", message: "posts: expected at most 100000 posts, received an array of 100001 items" },
  ],
  [
    "100,001 follower snapshots",
    { ...minimal, followerHistory: snapshots(MAX_ITEMS + 1) },
    { path: ["followerHistory"], code: "too_big", message: "followerHistory: expected at most 100000 follower snapshots, received an array of 100001 items" },
  ],
  [
    "100,001 sampled accounts",
    { ...minimal, audience: { sample: Array.from({ length: MAX_ITEMS + 1 }, () => account) } },
    { path: ["audience", "sample"], code: "too_big", message: "audience.sample: expected at most 100000 follower accounts, received an array of 100001 items" },
  ],
  [
    "101 topics on a post",
    { ...minimal, posts: [{ ...post, topics: topics(101) }] },
    { path: ["posts", 0, "topics"], code: "too_big", message: "posts[0].topics: expected at most 100 topics, received an array of 101 items" },
  ],
  // Past the other lists' limit too, a post's topics are told their own limit of 100.
  [
    "100,001 topics on a post",
    { ...minimal, posts: [{ ...post, topics: topics(MAX_ITEMS + 1) }] },
    { path: ["posts", 0, "topics"], code: "too_big", message: "posts[0].topics: expected at most 100 topics, received an array of 100001 items" },
  ],
];

describe("parseProfile's issues", () => {
  it("gives exactly its issue for each wrong value: path, code and whole message", () => {
    // One test for every case, compared as one list: the diff names each case that differs.
    const cases = [...fieldCases, ...ruleCases, ...limitCases];
    const reported = cases.map(([label, input]) => [label, issuesOf(() => parseProfile(input))]);
    expect(reported).toStrictEqual(cases.map(([label, , issue]) => [label, [issue]]));
  });

  it("has a case for the root and for every field of a full profile (FIELDS)", () => {
    const paths = (list: readonly (readonly (string | number)[])[]): string[] => list.map((path) => JSON.stringify(path)).sort();
    expect(paths(fieldCases.map(([, , issue]) => issue.path))).toEqual(paths([[], ...FIELDS.map((field) => field.path)]));
  });
});

describe("list lengths, exactly at the limit", () => {
  it.each([
    ["100,000 posts", { ...minimal, posts: Array.from({ length: MAX_ITEMS }, () => post) }],
    ["100,000 follower snapshots", { ...minimal, followerHistory: snapshots(MAX_ITEMS) }],
    ["100,000 sampled accounts", { ...minimal, audience: { sample: Array.from({ length: MAX_ITEMS }, () => account) } }],
    ["100 topics on a post", { ...minimal, posts: [{ ...post, topics: topics(100) }] }],
  ])("accepts %s, in parseProfile and in the exported schema", (_label, input) => {
    // parseProfile takes plainly valid input by its fast path; the schema is where the rule is written.
    expect(() => parseProfile(input)).not.toThrow();
    expect(InfluencerProfileSchema.safeParse(input).success).toBe(true);
  });
});
