import { countedSeen, impressionMetric, zeroSeenCount } from "./impressionMetric.js";
import { checkOptionKeys, checkOptionsObject, checkRows } from "./checkArguments.js";
import { InfluencerInputError, type InputIssue } from "./InfluencerInputError.js";
import { parseInput } from "./parseInput.js";
import { formatPath } from "./issueText.js";
import { fastParseProfile } from "./fastProfile.js";
import { nowIssue, nowToMs } from "./referenceDate.js";
import { groupedCountOf } from "../text/countOf.js";
import { groupDigits } from "../text/groupDigits.js";
import {
  influencerProfileSchema,
  type FollowerSnapshot,
  type InfluencerProfile,
  type PostMetrics,
} from "./profile.js";

/**
 * What an {@link InputWarning} reports: input that is valid but implausible.
 *
 * - `duplicate_post`: a post repeats an earlier one (the message names both positions): the same
 *   `id`, or, between posts without ids, the same `publishedAt` and every other field equal. Posts
 *   with neither an id nor a date are not compared (equal counts alone are common), and a post with
 *   an id never matches one without. The copy is kept, so the models count it as another post
 *   (for example, engagement confidence rises): remove repeats before scoring.
 * - `engagements_exceed_followers`: a post has more interactions (likes, comments, shares and saves)
 *   than the account has followers; never for an account with 0 followers, where the ratio is undefined.
 * - `likes_exceed_views`: a post has more likes than views; not for views of 0, which
 *   `zero_impressions_with_activity` reads as not counted.
 * - `clicks_exceed_impressions`: a post has more clicks than impressions (or, without impressions,
 *   views, or reach: the count its click-through rate is measured on); the compensation models
 *   then count its click-through rate as 1.
 * - `zero_impressions_with_activity`: a post has 0 impressions (or views, or reach) although it has
 *   likes, comments, shares, saves or clicks; no one acts on a post no one saw, so the 0 is read as
 *   "not counted" and the models read the next count, or none.
 * - `history_unsorted`: the follower history was out of date order (it was sorted).
 * - `history_duplicate_date`: two snapshots share an instant (the later one in input order was kept).
 * - `post_in_future`: a post is dated after `now`.
 *
 * @category Input
 */
export type InputWarningCode =
  | "duplicate_post"
  | "engagements_exceed_followers"
  | "likes_exceed_views"
  | "clicks_exceed_impressions"
  | "zero_impressions_with_activity"
  | "history_unsorted"
  | "history_duplicate_date"
  | "post_in_future";

/**
 * Something implausible but possible in the input: returned, never thrown.
 *
 * @example
 * const warning: InputWarning = { path: ["posts", 0], code: "likes_exceed_views", message: "posts[0]: 120 likes but only 80 views" };
 * warning.code;
 * // => "likes_exceed_views"
 * @category Input
 */
export interface InputWarning {
  /** Path to the field or item concerned. */
  readonly path: readonly (string | number)[];
  /** Stable code for programs. */
  readonly code: InputWarningCode;
  /** Plain-English explanation for people. */
  readonly message: string;
}

/**
 * A validated, normalized profile, as returned by {@link parseProfile}: an
 * {@link InfluencerProfile} plus the warnings found. Every scoring function
 * accepts it and skips validation for it.
 *
 * @example
 * const parsed: ParsedProfile = parseProfile({ platform: "x", followers: 900 });
 * parsed.warnings;
 * // => []
 * @category Input
 */
export interface ParsedProfile extends InfluencerProfile {
  /** Implausible-but-possible things found in the input. */
  readonly warnings: readonly InputWarning[];
}

/**
 * Options for {@link parseProfile}.
 *
 * @category Input
 */
export interface ParseProfileOptions {
  /** The present instant, for the `post_in_future` warning: ISO 8601 string, `Date` or whole epoch ms from 10¹¹, as a profile's dates. Without it, no post is "in the future". */
  readonly now?: string | Date | number | undefined;
}

let parsedProfiles: WeakSet<object> | undefined;

/** The keys of {@link ParseProfileOptions}. */
const PARSE_OPTION_KEYS: readonly (keyof ParseProfileOptions)[] = ["now"];

// `now` is typed, but JavaScript callers can pass anything: check its type too.
/**
 * The options' `now` as epoch milliseconds, `null` when absent; throws when
 * the options are not an object, hold a key other than `now`, or `now` is not a date.
 */
function referenceTime(options: ParseProfileOptions | undefined): number | null {
  checkOptionsObject(options);
  const now: unknown = options?.now;
  const issues: InputIssue[] = [];
  checkOptionKeys(options, PARSE_OPTION_KEYS, issues);
  const issue = nowIssue(now, ["now"]);
  if (issue !== null) issues.push(issue);
  if (issues.length > 0) throw new InfluencerInputError(issues);
  return now === undefined ? null : nowToMs(now);
}

function sortHistory(history: readonly FollowerSnapshot[], warnings: InputWarning[]): FollowerSnapshot[] {
  let sorted = true;
  for (let index = 1; index < history.length; index++) {
    if ((history[index - 1]?.date ?? 0) > (history[index]?.date ?? 0)) {
      sorted = false;
      break;
    }
  }
  // A stable sort keeps input order among equal dates, so "the later one in input order" is well defined.
  const ordered = sorted ? history.slice() : history.slice().sort((left, right) => left.date - right.date);
  if (!sorted) {
    warnings.push({ path: ["followerHistory"], code: "history_unsorted", message: "followerHistory: snapshots were out of date order and have been sorted" });
  }
  const unique: FollowerSnapshot[] = [];
  for (const point of ordered) {
    const last = unique[unique.length - 1];
    if (last?.date === point.date) {
      unique[unique.length - 1] = point;
      warnings.push({
        path: ["followerHistory"],
        code: "history_duplicate_date",
        message: `followerHistory: two snapshots at ${new Date(point.date).toISOString()}; kept the later one in input order`,
      });
    } else {
      unique.push(point);
    }
  }
  return unique;
}

/** -1, 0 or 1; `undefined` first. Both values are of one field, so `<` compares numbers, strings or booleans alike. */
function order(left: unknown, right: unknown): number {
  return left === right ? 0 : left === undefined || (right !== undefined && (left as number) < (right as number)) ? -1 : 1;
}

/**
 * Orders posts for `duplicate_post`; 0 when they are the same post: the same
 * id, or, without ids, every field equal (topics by their JSON text, built
 * only when all else ties). A post with an id sorts after one without.
 * Reads every field of {@link PostMetrics}: a field added there belongs here too.
 */
function comparePosts(left: PostMetrics | undefined, right: PostMetrics | undefined): number {
  if (left === undefined || right === undefined) return 0; // never: every index compared is a post
  const id = order(left.id, right.id);
  if (id !== 0 || left.id !== undefined) return id;
  return (
    order(left.publishedAt, right.publishedAt) ||
    order(left.likes, right.likes) ||
    order(left.comments, right.comments) ||
    order(left.shares, right.shares) ||
    order(left.saves, right.saves) ||
    order(left.views, right.views) ||
    order(left.reach, right.reach) ||
    order(left.impressions, right.impressions) ||
    order(left.clicks, right.clicks) ||
    order(left.format, right.format) ||
    order(left.sponsored, right.sponsored) ||
    order(left.brandMentions, right.brandMentions) ||
    order(JSON.stringify(left.topics), JSON.stringify(right.topics))
  );
}

/**
 * For each post, the position of the first earlier post it repeats (see
 * `duplicate_post`), if any; `undefined` when no id or date repeats. Posts
 * with neither an id nor a date are left out. One sort brings copies
 * together without building a key per post. O(n log n).
 */
function findRepeats(posts: readonly PostMetrics[]): (number | undefined)[] | undefined {
  // Most profiles repeat no id and no date: one pass over a set shows it, and nothing is sorted.
  const keys = new Set<string | number>();
  const compared: number[] = [];
  posts.forEach((post, index) => {
    const key = post.id ?? post.publishedAt;
    if (key !== undefined) {
      keys.add(key);
      compared.push(index);
    }
  });
  if (keys.size === compared.length) return undefined;
  const repeats: (number | undefined)[] = [];
  // Ties go by position, so each run of copies starts with the first copy.
  compared.sort((left, right) => comparePosts(posts[left], posts[right]) || left - right);
  let first = -1;
  for (const index of compared) {
    if (first >= 0 && comparePosts(posts[first], posts[index]) === 0) repeats[index] = first;
    else first = index;
  }
  return repeats;
}

/** The kinds of activity a post has, each with its count: "40 likes and 3 comments", "1 click". */
function describeActivity(post: PostMetrics): string {
  const kinds: [number | undefined, string][] = [
    [post.likes, "like"],
    [post.comments, "comment"],
    [post.shares, "share"],
    [post.saves, "save"],
    [post.clicks, "click"],
  ];
  const parts = kinds.flatMap(([count, noun]) => (count === undefined || count === 0 ? [] : [groupedCountOf(count, noun)]));
  const last = parts.pop() ?? "";
  return parts.length === 0 ? last : `${parts.join(", ")} and ${last}`;
}

function normalize(raw: InfluencerProfile, now: number | null): ParsedProfile {
  const warnings: InputWarning[] = [];
  const posts = raw.posts;
  const repeats = posts.length > 1 ? findRepeats(posts) : undefined;
  for (let index = 0; index < posts.length; index++) {
    const post = posts[index];
    if (post === undefined) continue;
    const first = repeats?.[index];
    if (first !== undefined) {
      warnings.push({
        path: ["posts", index],
        code: "duplicate_post",
        message: `${formatPath(["posts", index])}: repeats ${formatPath(["posts", first])}`,
      });
    }
    const interactions = post.likes + post.comments + (post.shares ?? 0) + (post.saves ?? 0);
    if (raw.followers > 0 && interactions > raw.followers) {
      warnings.push({
        path: ["posts", index],
        code: "engagements_exceed_followers",
        message: `${formatPath(["posts", index])}: ${groupedCountOf(interactions, "interaction")} from ${groupedCountOf(raw.followers, "follower")} (possible for a viral post; check the counts)`,
      });
    }
    // Views of 0 on a post someone liked are not counted (zero_impressions_with_activity says so): nothing to exceed.
    const views = countedSeen(post, "views");
    if (views !== undefined && post.likes > views) {
      warnings.push({
        path: ["posts", index],
        code: "likes_exceed_views",
        message: `${formatPath(["posts", index])}: ${groupedCountOf(post.likes, "like")} but only ${groupedCountOf(views, "view")}`,
      });
    }
    // Every click follows an impression: the count the click-through rate divides by.
    const seen = impressionMetric(post);
    if (post.clicks !== undefined && seen !== null && post.clicks > seen[0]) {
      const only = seen[1] === "reach" ? `a reach of only ${groupDigits(seen[0])}` : `only ${groupedCountOf(seen[0], seen[1] === "views" ? "view" : "impression")}`;
      warnings.push({
        path: ["posts", index],
        code: "clicks_exceed_impressions",
        message: `${formatPath(["posts", index])}: ${groupedCountOf(post.clicks, "click")} but ${only}`,
      });
    }
    const zero = zeroSeenCount(post);
    if (zero !== null) {
      warnings.push({
        path: ["posts", index, zero],
        code: "zero_impressions_with_activity",
        message: `${formatPath(["posts", index, zero])}: 0, yet the post has ${describeActivity(post)}; read as not counted`,
      });
    }
    if (now !== null && post.publishedAt !== undefined && post.publishedAt > now) {
      warnings.push({
        path: ["posts", index, "publishedAt"],
        code: "post_in_future",
        message: `${formatPath(["posts", index, "publishedAt"])}: ${new Date(post.publishedAt).toISOString()} is after now`,
      });
    }
  }
  const followerHistory = sortHistory(raw.followerHistory, warnings);
  // zod returned a fresh object: extend it in place. Object spread copies every
  // key and measured 10–50 µs per profile on Node 20, more than the models cost.
  return Object.assign(raw, { followerHistory, warnings });
}

/**
 * Validates and normalizes an influencer profile: the one place input is
 * checked. Counts must be non-negative integers, shares in [0, 1], dates valid
 * ISO 8601 strings, `Date`s or whole epoch milliseconds from 10¹¹ (1973) on,
 * platform and formats known, and no post may have more reach than
 * impressions. Unknown keys are dropped (including
 * `__proto__`, `constructor` and `prototype`). Dates become epoch
 * milliseconds, the follower history is sorted, and implausible-but-possible
 * values become `warnings`. Passing the result to any scoring function skips
 * validation, and so does passing it to `parseProfile` again: a profile it
 * parsed is returned as it is, with the warnings of its first parse (`now`
 * applies to profiles being parsed). O(n log n) in the history length, and in
 * the number of posts when two of them share an id or a date; O(n) otherwise.
 *
 * The result is read-only by its types but not frozen (freezing would cost
 * about a fifth of the parse): the models trust it without checking again,
 * so never change it in place; to change a value, parse a changed copy of
 * the input.
 *
 * @param input - Anything; typically an {@link InfluencerProfileInput} from JSON.
 * @param options - See {@link ParseProfileOptions}.
 * @returns The normalized profile with its warnings.
 * @throws {@link InfluencerInputError} listing every problem with its path.
 * @example
 * const profile = parseProfile({
 *   platform: "instagram",
 *   followers: 1_000,
 *   posts: [{ likes: 1_500, comments: 20 }],
 * });
 * profile.warnings.map((warning) => warning.code);
 * // => ["engagements_exceed_followers"]
 * @example
 * try {
 *   parseProfile({ platform: "instagram", followers: 1_000, posts: [{ likes: -5, comments: 0 }] });
 * } catch (error) {
 *   (error as InfluencerInputError).issues[0]?.message;
 *   // => "posts[0].likes: expected a non-negative integer, received -5"
 * }
 * @category Input
 */
export function parseProfile(input: unknown, options?: ParseProfileOptions | undefined): ParsedProfile {
  return parseWithNow(input, referenceTime(options));
}

/** Whether `input` came from {@link parseProfile}. */
function isParsedProfile(input: unknown): input is ParsedProfile {
  return typeof input === "object" && input !== null && parsedProfiles?.has(input) === true;
}

/** {@link parseProfile} with `now` already checked (once per batch). */
function parseWithNow(input: unknown, now: number | null): ParsedProfile {
  // A parsed profile is valid already, and its dates (epoch milliseconds) are not input dates.
  if (isParsedProfile(input)) return input;
  // Plainly valid input takes the fast path; anything else gets zod's verdict and messages.
  const profile = normalize(fastParseProfile(input) ?? parseInput(influencerProfileSchema(), input), now);
  (parsedProfiles ??= new WeakSet()).add(profile);
  return profile;
}

/**
 * Result of {@link safeParseProfile}: the profile and its warnings, or the error.
 *
 * @category Input
 */
export type SafeParseProfileResult =
  | {
      /** The input was valid. */
      readonly success: true;
      /** The normalized profile. */
      readonly data: ParsedProfile;
      /** Same as `data.warnings`. */
      readonly warnings: readonly InputWarning[];
    }
  | {
      /** The input was invalid. */
      readonly success: false;
      /** Every problem found. */
      readonly error: InfluencerInputError;
    };

/**
 * Like {@link parseProfile}, but returns the error instead of throwing it.
 *
 * @param input - Anything; typically an {@link InfluencerProfileInput}.
 * @param options - See {@link ParseProfileOptions}.
 * @returns `{ success: true, data, warnings }` or `{ success: false, error }`.
 * @example
 * const result = safeParseProfile({ platform: "myspace", followers: 10 });
 * result.success ? "ok" : result.error.issues[0]?.path;
 * // => ["platform"]
 * @category Input
 */
export function safeParseProfile(input: unknown, options?: ParseProfileOptions | undefined): SafeParseProfileResult {
  try {
    const data = parseProfile(input, options);
    return { success: true, data, warnings: data.warnings };
  } catch (error) {
    if (error instanceof InfluencerInputError) return { success: false, error };
    throw error;
  }
}

/**
 * A row that failed validation in a batch, by its position in the input.
 *
 * @example
 * const failure: RowError = { index: 2, issues: [{ path: ["followers"], code: "invalid_type", message: "followers: expected a non-negative integer, received nothing" }] };
 * failure.index;
 * // => 2
 * @category Input
 */
export interface RowError {
  /** Zero-based position of the row in the input. */
  readonly index: number;
  /** Every problem found in that row. */
  readonly issues: readonly InputIssue[];
}

/**
 * Result of {@link parseProfiles}.
 *
 * @category Input
 */
export interface ParseProfilesResult {
  /** The valid profiles, in input order. */
  readonly valid: ParsedProfile[];
  /** The positions in the input of the valid profiles, aligned with `valid`. */
  readonly indices: number[];
  /** One entry per invalid row, in input order. */
  readonly errors: RowError[];
}

/**
 * Validates many profiles; one bad row never hides the others.
 *
 * @param inputs - Any iterable of candidate profiles; one from {@link parseProfile} is taken as it is.
 * @param options - See {@link ParseProfileOptions}.
 * @returns Valid profiles and their input positions, plus an error per bad row.
 * @throws {@link InfluencerInputError} (once, before any row is read) if `inputs`
 *   is not iterable, or `options` is not an object or its `now` is invalid.
 * @example
 * const { valid, errors } = parseProfiles([
 *   { platform: "tiktok", followers: 10 },
 *   { platform: "tiktok", followers: -1 },
 * ]);
 * [valid.length, errors.map((error) => error.index)];
 * // => [1, [1]]
 * @category Input
 */
export function parseProfiles(inputs: Iterable<unknown>, options?: ParseProfileOptions | undefined): ParseProfilesResult {
  // The rows and options are checked once: a bad `now` is thrown, not repeated as an error on every row.
  checkRows(inputs);
  const now = referenceTime(options);
  const valid: ParsedProfile[] = [];
  const indices: number[] = [];
  const errors: RowError[] = [];
  let index = 0;
  for (const input of inputs) {
    try {
      valid.push(parseWithNow(input, now));
      indices.push(index);
    } catch (error) {
      if (!(error instanceof InfluencerInputError)) throw error;
      errors.push({ index, issues: error.issues });
    }
    index++;
  }
  return { valid, indices, errors };
}

/**
 * Returns `input` unchanged when it came from {@link parseProfile}, otherwise
 * parses it (with `options`, e.g. `now`): how every model validates once and only once.
 *
 * @internal
 */
export function ensureProfile(input: unknown, options?: ParseProfileOptions | undefined): ParsedProfile {
  return isParsedProfile(input) ? input : parseProfile(input, options);
}
