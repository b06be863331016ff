import { isDeepStrictEqual } from "node:util";
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import {
  InfluencerInputError,
  PLATFORMS,
  POST_FORMATS,
  parseProfile,
  parseProfiles,
  type InputIssueCode,
  type ParsedProfile,
  type ParseProfileOptions,
} from "../../src/index.js";
import { FIELDS, deepFreeze, fullProfile, ownKeysDeep, withValueAt } from "./fixtures.js";

// The mutation setup (test/reliability/stryker.setup.ts) sets a global numRuns; an explicit one here would override it.
const RUNS = { numRuns: fc.readConfigureGlobal().numRuns ?? 1000 };
const ISSUE_CODES: readonly InputIssueCode[] = ["invalid_type", "too_small", "too_big", "invalid_value"];
// Epoch-millisecond fields: finite integers, negative before 1970 (the input model accepts years from 1000).
const DATE_KEYS = new Set(["accountCreatedAt", "publishedAt", "date"]);

// ---------------------------------------------------------------- arbitraries

const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: "binary",
});

const instant = fc.date({ min: new Date("1000-01-01T00:00:00.000Z"), max: new Date("9999-12-31T23:59:59.999Z"), noInvalidDate: true });
/** A valid date input: a Date, a full ISO string, a date-only string, or epoch milliseconds from 10^11 (1973) on. */
const dateInput = fc.oneof(
  instant,
  instant.map((date) => date.toISOString()),
  instant.map((date) => date.toISOString().slice(0, 10)),
  instant.map((date) => Math.max(1e11, date.getTime())),
);
const count = fc.oneof(fc.nat(), fc.maxSafeNat());
const text = fc.string({ minLength: 1, maxLength: 200 });
const share = fc.double({ min: 0, max: 1, noNaN: true });
const average = fc.double({ min: 0, max: 1e12, noNaN: true });
/** An optional value that may also be given explicitly as `undefined`. */
const orUndefined = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arbitrary, { nil: undefined, freq: 5 });

const post = fc
  .record(
    {
      id: orUndefined(text),
      publishedAt: orUndefined(dateInput),
      format: fc.constantFrom(...POST_FORMATS),
      likes: count,
      comments: count,
      shares: count,
      saves: count,
      views: count,
      reach: count,
      impressions: count,
      clicks: count,
      sponsored: fc.boolean(),
      brandMentions: count,
      topics: fc.array(text, { maxLength: 5 }),
    },
    { requiredKeys: ["likes", "comments"] },
  )
  .map((candidate) =>
    // keep reach ≤ impressions, the one cross-field rule
    candidate.reach !== undefined && candidate.impressions !== undefined && candidate.reach > candidate.impressions
      ? { ...candidate, reach: candidate.impressions, impressions: candidate.reach }
      : candidate,
  );

const snapshot = fc.record({ date: dateInput, followers: count });

const summary = fc.record(
  {
    postCount: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
    avgLikes: average,
    avgComments: average,
    avgShares: average,
    avgSaves: average,
    avgViews: average,
    avgReach: average,
    sponsoredShare: share,
  },
  { requiredKeys: ["postCount", "avgLikes", "avgComments"] },
);

const account = fc.record(
  {
    followers: count,
    following: count,
    posts: count,
    hasProfilePicture: fc.boolean(),
    isPrivate: fc.boolean(),
    username: orUndefined(text),
    biographyLength: count,
  },
  { requiredKeys: ["followers", "following", "posts"] },
);

const audience = fc.record({ authenticShare: orUndefined(share), sample: fc.array(account, { minLength: 1, maxLength: 3 }) }, { requiredKeys: [] });

const validProfile = fc.record(
  {
    id: orUndefined(text),
    handle: text,
    platform: fc.constantFrom(...PLATFORMS),
    followers: count,
    following: count,
    accountCreatedAt: dateInput,
    posts: fc.array(post, { maxLength: 4 }),
    summary,
    followerHistory: fc.array(snapshot, { maxLength: 4 }),
    audience,
    isBrandAccount: orUndefined(fc.boolean()),
  },
  { requiredKeys: ["platform", "followers"] },
);

const nowOption = fc.option(fc.oneof(instant, instant.map((date) => date.toISOString()), instant.map((date) => Math.max(1e11, date.getTime()))), { nil: undefined });

/** Values that break a field: wrong types, non-finite and negative numbers, bad dates, huge strings, arbitrary data. */
const hostile = fc.oneof(
  fc.constantFrom<unknown>(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -1,
    -0,
    0.5,
    2 ** 53,
    -(2 ** 53),
    1e308,
    -Number.MIN_VALUE,
    "",
    "x".repeat(1_001),
    "2026-02-30",
    "2026-01-01T25:00Z",
    "yesterday",
    null,
    true,
    [],
    {},
    new Date(Number.NaN),
    new Date(0),
    "__proto__",
    10n,
  ),
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.jsonValue(),
  anything,
);

// ---------------------------------------------------------------- checks

/** Where `value` is not plain JSON data with finite, non-negative numbers (dates: finite integers). */
function problemsIn(value: unknown, path = "profile", key = ""): string[] {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return [`${path} is ${value}`];
    if (DATE_KEYS.has(key)) return Number.isInteger(value) ? [] : [`${path} is a fractional instant`];
    return value < 0 || Object.is(value, -0) ? [`${path} is negative: ${value}`] : [];
  }
  if (typeof value === "string" || typeof value === "boolean") return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => problemsIn(item, `${path}[${index}]`, key));
  if (typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value).flatMap(([child, item]) => problemsIn(item, `${path}.${child}`, child));
  }
  return [`${path} is not JSON data: ${typeof value}`];
}

/** parseProfile either returns clean data or throws InfluencerInputError with well-formed issues. */
function parseOrExplain(input: unknown, options?: ParseProfileOptions): ParsedProfile | InfluencerInputError {
  let result: ParsedProfile | InfluencerInputError;
  try {
    result = parseProfile(input, options);
  } catch (error) {
    expect(error).toBeInstanceOf(InfluencerInputError);
    result = error as InfluencerInputError;
  }
  if (result instanceof InfluencerInputError) {
    expect(result.issues.length).toBeGreaterThanOrEqual(1);
    for (const issue of result.issues) {
      expect(Array.isArray(issue.path)).toBe(true);
      expect(ISSUE_CODES).toContain(issue.code);
      expect(issue.message).not.toContain("Invalid input");
    }
  } else {
    expect(problemsIn(result)).toEqual([]);
  }
  expect(Object.keys(Object.prototype)).toEqual([]);
  return result;
}

// ---------------------------------------------------------------- properties

test.prop([fc.jsonValue()], RUNS)("returns a clean profile or throws InfluencerInputError for any JSON value", (input) => {
  parseOrExplain(input);
});

test.prop([anything], RUNS)("returns a clean profile or throws InfluencerInputError for any JavaScript value", (input) => {
  parseOrExplain(input);
});

test.prop([fc.constantFrom(...FIELDS), hostile], RUNS)(
  "an almost-valid profile with one hostile field parses cleanly or fails at that field",
  (field, value) => {
    const result = parseOrExplain(withValueAt(fullProfile(), field.path, value));
    if (result instanceof InfluencerInputError) {
      for (const issue of result.issues) {
        const atField = field.path.every((key, index) => issue.path[index] === key);
        // a well-typed but wrong impressions (or reach) also trips the post's reach ≤ impressions rule
        const reachRule = issue.path.join(".") === "posts.0.reach" && ["reach", "impressions"].includes(String(field.path.at(-1)));
        expect(atField || reachRule).toBe(true);
      }
    }
  },
);

test.prop([validProfile, fc.constantFrom("platform", "followers", "posts", "summary", "audience", "followerHistory"), hostile], RUNS)(
  "a generated profile with one hostile top-level field parses cleanly or throws InfluencerInputError",
  (profile, key, value) => {
    parseOrExplain({ ...profile, [key]: value });
  },
);

test.prop([validProfile, nowOption], RUNS)("parses every valid profile, keeping its counts", (input, now) => {
  const profile = parseOrExplain(input, { now });
  if (profile instanceof InfluencerInputError) throw profile;
  expect([profile.platform, profile.followers, profile.posts.length]).toEqual([input.platform, input.followers, input.posts?.length ?? 0]);
});

test.prop([validProfile, nowOption], RUNS)("the parsed profile deep-equals its JSON round trip (R7)", (input, now) => {
  const profile = parseProfile(input, { now });
  expect(JSON.parse(JSON.stringify(profile))).toStrictEqual(profile);
});

test.prop([validProfile], RUNS)("parsing is deterministic", (input) => {
  expect(parseProfile(input)).toStrictEqual(parseProfile(input));
});

test.prop([validProfile, nowOption, nowOption], RUNS)("parsing twice equals parsing once, whatever now the second time", (input, first, second) => {
  const once = parseProfile(input, { now: first });
  expect(parseProfile(once, { now: second })).toBe(once);
});

test.prop([validProfile, nowOption], RUNS)("a parsed profile that went through JSON parses again to itself, warnings about the first input's form aside", (input, now) => {
  const once = parseProfile(input, { now });
  const json: unknown = JSON.parse(JSON.stringify(once));
  const dates = [once.accountCreatedAt, ...once.posts.map((post) => post.publishedAt), ...once.followerHistory.map((point) => point.date)];
  // A number below 10^11 ms (3 March 1973) is taken for epoch seconds and rejected, so the rare
  // profile dated before then (a string may name any year from 1000) does not parse again.
  if (dates.some((date) => date !== undefined && date < 1e11)) {
    expect(() => parseProfile(json, { now })).toThrow(InfluencerInputError);
    return;
  }
  const again = parseProfile(json, { now });
  // The second input is sorted and merged already: it can only lose warnings (history_unsorted), never gain one.
  expect(again.warnings.every((warning) => once.warnings.some((first) => first.code === warning.code))).toBe(true);
  expect({ ...again, warnings: once.warnings }).toStrictEqual(once);
});

test.prop([validProfile], RUNS)("leaves a deep-frozen input untouched", (input) => {
  // structuredClone drops null prototypes (fast-check generates some), so compare values and keys separately
  const before = structuredClone(input);
  const keysBefore = ownKeysDeep(input);
  parseProfile(deepFreeze(input));
  expect(input).toEqual(before);
  expect(ownKeysDeep(input)).toEqual(keysBefore);
});

test.prop([validProfile], RUNS)("returns the follower history in strictly increasing date order", (input) => {
  const dates = parseProfile(input).followerHistory.map((point) => point.date);
  expect(dates).toEqual([...dates].sort((left, right) => left - right));
  expect(new Set(dates).size).toBe(dates.length);
});

const epochMs = (date: Date | string | number): number => (typeof date === "string" ? Date.parse(date) : typeof date === "number" ? date : date.getTime());
const historyAndShuffle = fc
  .uniqueArray(snapshot, { selector: (point) => epochMs(point.date), maxLength: 8 })
  .chain((history) => fc.tuple(fc.constant(history), fc.shuffledSubarray(history, { minLength: history.length, maxLength: history.length })));

test.prop([historyAndShuffle], RUNS)("the order of the follower history does not change the parsed history", ([history, shuffled]) => {
  const parse = (followerHistory: unknown): unknown => parseProfile({ platform: "x", followers: 1, followerHistory }).followerHistory;
  expect(parse(shuffled)).toStrictEqual(parse(history));
});

/** A valid profile with copies of some of its posts appended, so that repeats are common. */
const withRepeats = fc.tuple(validProfile, fc.array(fc.nat(), { maxLength: 4 })).map(([input, picks]) => {
  const posts = input.posts ?? [];
  return posts.length === 0 ? input : { ...input, posts: [...posts, ...picks.map((pick) => posts[pick % posts.length])] };
});

test.prop([withRepeats], RUNS)("flags exactly the posts that repeat an earlier one: the same id, or without ids the same date and fields", (input) => {
  const profile = parseProfile(input);
  const flagged = profile.warnings.filter((warning) => warning.code === "duplicate_post").map((warning) => warning.path);
  // Independent of key order: a deep comparison of the parsed posts, each against every earlier one (O(n²) here, not in the library).
  const repeats = (post: ParsedProfile["posts"][number], earlier: ParsedProfile["posts"][number]): boolean =>
    post.id === undefined ? earlier.id === undefined && post.publishedAt !== undefined && isDeepStrictEqual(post, earlier) : post.id === earlier.id;
  const expected = profile.posts.flatMap((post, index) => (profile.posts.slice(0, index).some((earlier) => repeats(post, earlier)) ? [["posts", index]] : []));
  expect(flagged).toEqual(expected);
  expect(profile.posts).toHaveLength(input.posts?.length ?? 0);
});

test.prop([fc.array(fc.oneof(validProfile, fc.jsonValue()), { maxLength: 12 })], RUNS)(
  "parseProfiles accounts for every row exactly once, in order",
  (rows) => {
    const { valid, indices, errors } = parseProfiles(rows);
    expect(indices).toHaveLength(valid.length);
    const positions = [...indices, ...errors.map((error) => error.index)].sort((left, right) => left - right);
    expect(positions).toEqual(rows.map((_, index) => index));
    expect(indices).toEqual([...indices].sort((left, right) => left - right));
  },
);
