// A hand-written fast path in front of the zod/mini profile schema.
//
// zod/mini runs a profile of 30 posts and 90 follower snapshots in ~180 µs on
// Node 20 (each field allocates a payload and runs its checks through
// closures; mini has no JIT-compiled objects), ten times the cost of every
// model together. This function accepts the common case, input that is
// plainly valid, in one pass of plain type tests, and builds exactly the
// object zod would build (same keys, same key order, same numbers). Whenever
// a value is not plainly valid it gives up and returns `undefined`; the
// caller then runs the zod schema, which stays the single source of the rules
// and of every error message. So this file may be stricter than the schema,
// never looser: keep it in step with src/schemas/profile.ts (a property test
// in test/schemas/fastProfile.test-prop.ts compares the two on generated input).
import { isDate, toEpochMs } from "./parseDate.js";
import { PLATFORMS, POST_FORMATS } from "./platform.js";
import type { AudienceAccount, AudienceInput, FollowerSnapshot, InfluencerProfile, PostMetrics, ProfileSummary } from "./profile.js";

/** Upper bound on array lengths, as in the schema. */
const MAX_ITEMS = 100_000;

/** Thrown inside the fast path to give up; never escapes {@link fastParseProfile}. */
class GiveUp extends Error {}
let stop: GiveUp | undefined; // one instance, made on the first give-up: no stack trace per call

function giveUp(): never {
  throw (stop ??= new GiveUp("not plainly valid"));
}

type Fields = Record<string, unknown>;

function fieldsOf(value: unknown): Fields {
  if (typeof value !== "object" || value === null || Array.isArray(value)) giveUp();
  return value as Fields;
}

function count(value: unknown): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) giveUp();
  return value === 0 ? 0 : value; // -0 becomes 0, as the schema's overwrite does
}

function optionalCount(value: unknown): number | undefined {
  return value === undefined ? undefined : count(value);
}

function nonNegative(value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) giveUp();
  return value === 0 ? 0 : value;
}

function share(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !(value >= 0 && value <= 1)) giveUp();
  return value === 0 ? 0 : value;
}

function text(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value.length === 0 || value.length > 200) giveUp();
  return value;
}

function flag(value: unknown): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "boolean") giveUp();
  return value;
}

function instant(value: unknown): number {
  const time = typeof value === "string" || typeof value === "number" || isDate(value) ? toEpochMs(value) : null;
  if (time === null) giveUp();
  return time;
}

function items(value: unknown): readonly unknown[] {
  if (!Array.isArray(value) || value.length > MAX_ITEMS) giveUp();
  return value;
}

// Each builder sets keys in the schema's shape order and only when defined,
// which is the object zod returns after `withoutUndefined`.

function post(value: unknown): PostMetrics {
  const input = fieldsOf(value);
  const out: { -readonly [Key in keyof PostMetrics]: PostMetrics[Key] } = {} as PostMetrics;
  const id = text(input.id);
  if (id !== undefined) out.id = id;
  if (input.publishedAt !== undefined) out.publishedAt = instant(input.publishedAt);
  const format = input.format;
  if (format !== undefined) {
    if (!POST_FORMATS.includes(format as never)) giveUp();
    out.format = format as PostMetrics["format"];
  }
  out.likes = count(input.likes);
  out.comments = count(input.comments);
  const shares = optionalCount(input.shares);
  if (shares !== undefined) out.shares = shares;
  const saves = optionalCount(input.saves);
  if (saves !== undefined) out.saves = saves;
  const views = optionalCount(input.views);
  if (views !== undefined) out.views = views;
  const reach = optionalCount(input.reach);
  if (reach !== undefined) out.reach = reach;
  const impressions = optionalCount(input.impressions);
  if (impressions !== undefined) out.impressions = impressions;
  if (reach !== undefined && impressions !== undefined && reach > impressions) giveUp();
  const clicks = optionalCount(input.clicks);
  if (clicks !== undefined) out.clicks = clicks;
  const sponsored = flag(input.sponsored);
  if (sponsored !== undefined) out.sponsored = sponsored;
  const brandMentions = optionalCount(input.brandMentions);
  if (brandMentions !== undefined) out.brandMentions = brandMentions;
  if (input.topics !== undefined) {
    const topics = items(input.topics);
    if (topics.length > 100) giveUp();
    const copy: string[] = [];
    for (let index = 0; index < topics.length; index++) {
      const checked = text(topics[index]);
      if (checked === undefined) giveUp();
      copy.push(checked);
    }
    out.topics = copy;
  }
  return out;
}

function snapshot(value: unknown): FollowerSnapshot {
  const input = fieldsOf(value);
  return { date: instant(input.date), followers: count(input.followers) };
}

function summaryOf(value: unknown): ProfileSummary {
  const input = fieldsOf(value);
  const postCount = input.postCount;
  if (typeof postCount !== "number" || !Number.isSafeInteger(postCount) || postCount < 1) giveUp();
  const out: { -readonly [Key in keyof ProfileSummary]: ProfileSummary[Key] } = { postCount, avgLikes: nonNegative(input.avgLikes), avgComments: nonNegative(input.avgComments) };
  if (input.avgShares !== undefined) out.avgShares = nonNegative(input.avgShares);
  if (input.avgSaves !== undefined) out.avgSaves = nonNegative(input.avgSaves);
  if (input.avgViews !== undefined) out.avgViews = nonNegative(input.avgViews);
  if (input.avgReach !== undefined) out.avgReach = nonNegative(input.avgReach);
  const sponsoredShare = share(input.sponsoredShare);
  if (sponsoredShare !== undefined) out.sponsoredShare = sponsoredShare;
  return out;
}

function account(value: unknown): AudienceAccount {
  const input = fieldsOf(value);
  const out: { -readonly [Key in keyof AudienceAccount]: AudienceAccount[Key] } = {
    followers: count(input.followers),
    following: count(input.following),
    posts: count(input.posts),
  };
  const hasProfilePicture = flag(input.hasProfilePicture);
  if (hasProfilePicture !== undefined) out.hasProfilePicture = hasProfilePicture;
  const isPrivate = flag(input.isPrivate);
  if (isPrivate !== undefined) out.isPrivate = isPrivate;
  const username = text(input.username);
  if (username !== undefined) out.username = username;
  const biographyLength = optionalCount(input.biographyLength);
  if (biographyLength !== undefined) out.biographyLength = biographyLength;
  return out;
}

function audienceOf(value: unknown): AudienceInput {
  const input = fieldsOf(value);
  const out: { -readonly [Key in keyof AudienceInput]: AudienceInput[Key] } = {};
  const authenticShare = share(input.authenticShare);
  if (authenticShare !== undefined) out.authenticShare = authenticShare;
  if (input.sample !== undefined) {
    const sample = items(input.sample);
    if (sample.length === 0) giveUp();
    const accounts: AudienceAccount[] = [];
    for (let index = 0; index < sample.length; index++) accounts.push(account(sample[index]));
    out.sample = accounts;
  }
  return out;
}

function profile(value: unknown): InfluencerProfile {
  const input = fieldsOf(value);
  const out: { -readonly [Key in keyof InfluencerProfile]: InfluencerProfile[Key] } = {} as InfluencerProfile;
  const id = text(input.id);
  if (id !== undefined) out.id = id;
  const handle = text(input.handle);
  if (handle !== undefined) out.handle = handle;
  if (!PLATFORMS.includes(input.platform as never)) giveUp();
  out.platform = input.platform as InfluencerProfile["platform"];
  out.followers = count(input.followers);
  const following = optionalCount(input.following);
  if (following !== undefined) out.following = following;
  if (input.accountCreatedAt !== undefined) out.accountCreatedAt = instant(input.accountCreatedAt);
  const posts: PostMetrics[] = [];
  if (input.posts !== undefined) {
    const list = items(input.posts);
    for (let index = 0; index < list.length; index++) posts.push(post(list[index]));
  }
  out.posts = posts;
  if (input.summary !== undefined) out.summary = summaryOf(input.summary);
  const history: FollowerSnapshot[] = [];
  if (input.followerHistory !== undefined) {
    const list = items(input.followerHistory);
    for (let index = 0; index < list.length; index++) history.push(snapshot(list[index]));
  }
  out.followerHistory = history;
  if (input.audience !== undefined) out.audience = audienceOf(input.audience);
  out.isBrandAccount = flag(input.isBrandAccount) ?? false;
  return out;
}

/**
 * The profile zod would return for `input` when it is plainly valid, built
 * without zod; `undefined` when anything is unusual (the caller then runs the
 * schema for the verdict and the messages). O(n).
 *
 * @internal
 */
export function fastParseProfile(input: unknown): InfluencerProfile | undefined {
  try {
    return profile(input);
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
}
