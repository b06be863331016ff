import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod/mini";
import {
  parseProfile,
  parseProfiles,
  safeParseProfile,
  type InfluencerInputError,
  type InfluencerProfile,
  type InfluencerProfileSchema,
  type InfluencerProfileInput,
  type InputIssueCode,
  type InputWarning,
  type ParsedProfile,
  type ParseProfilesResult,
  type Platform,
  type PostMetrics,
  type PostMetricsSchema,
} from "../../src/index.js";

describe("parseProfile types", () => {
  it("returns a ParsedProfile from unknown input", () => {
    expectTypeOf(parseProfile).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseProfile({ platform: "x", followers: 1 })).toEqualTypeOf<ParsedProfile>();
  });

  it("gives dates as epoch milliseconds and always-present arrays", () => {
    const profile = parseProfile({});
    expectTypeOf(profile.accountCreatedAt).toEqualTypeOf<number | undefined>();
    expectTypeOf(profile.posts).toEqualTypeOf<readonly PostMetrics[]>();
    expectTypeOf(profile.followerHistory[0]?.date).toEqualTypeOf<number | undefined>();
    expectTypeOf(profile.warnings).toEqualTypeOf<readonly InputWarning[]>();
    expectTypeOf(profile.isBrandAccount).toEqualTypeOf<boolean>();
    expectTypeOf(profile.platform).toEqualTypeOf<Platform>();
  });

  it("accepts options with now as a string, a Date, a number or undefined", () => {
    parseProfile({}, { now: "2026-01-01" });
    parseProfile({}, { now: new Date() });
    parseProfile({}, { now: 0 });
    parseProfile({}, { now: undefined });
    parseProfile({}, undefined);
    // @ts-expect-error [ts2322] - now is an instant, not a boolean
    parseProfile({}, { now: true });
  });

  it("narrows safeParseProfile results on success", () => {
    const result = safeParseProfile({});
    if (result.success) {
      expectTypeOf(result.data).toEqualTypeOf<ParsedProfile>();
      expectTypeOf(result.warnings).toEqualTypeOf<readonly InputWarning[]>();
    } else {
      expectTypeOf(result.error).toEqualTypeOf<InfluencerInputError>();
      expectTypeOf(result.error.issues[0]?.code).toEqualTypeOf<InputIssueCode | undefined>();
    }
  });

  it("takes any iterable in parseProfiles", () => {
    expectTypeOf(parseProfiles(new Set<unknown>())).toEqualTypeOf<ParseProfilesResult>();
    // @ts-expect-error [ts2353] - a single profile is not an iterable of profiles
    parseProfiles({ platform: "x", followers: 1 });
  });
});

describe("InfluencerProfileInput", () => {
  it("accepts a minimal profile and explicit undefined for optional fields", () => {
    const input: InfluencerProfileInput = { platform: "instagram", followers: 1_000, handle: undefined };
    expectTypeOf(input.followers).toEqualTypeOf<number>();
  });

  it("accepts Date objects and ISO strings for dates", () => {
    const input: InfluencerProfileInput = {
      platform: "tiktok",
      followers: 1,
      accountCreatedAt: new Date(),
      posts: [{ likes: 1, comments: 0, publishedAt: "2026-03-01" }],
      followerHistory: [{ date: new Date(), followers: 1 }],
    };
    expectTypeOf(input.platform).toEqualTypeOf<Platform>();
  });

  it("rejects a string follower count at compile time", () => {
    // @ts-expect-error [ts2322] - followers is a number, not a numeric string
    const input: InfluencerProfileInput = { platform: "instagram", followers: "1000" };
    expectTypeOf(input).toEqualTypeOf<InfluencerProfileInput>();
  });

  it("rejects an unknown platform at compile time", () => {
    // @ts-expect-error [ts2322] - "myspace" is not a Platform
    const input: InfluencerProfileInput = { platform: "myspace", followers: 1_000 };
    expectTypeOf(input).toEqualTypeOf<InfluencerProfileInput>();
  });

  it("rejects an unknown post format at compile time", () => {
    // @ts-expect-error [ts2322] - "gif" is not a PostFormat
    const input: InfluencerProfileInput = { platform: "x", followers: 1, posts: [{ likes: 1, comments: 0, format: "gif" }] };
    expectTypeOf(input).toEqualTypeOf<InfluencerProfileInput>();
  });

  it("is read-only", () => {
    const input: InfluencerProfileInput = { platform: "x", followers: 1, posts: [] };
    // @ts-expect-error [ts2540] - input fields are readonly
    input.followers = 2;
    // @ts-expect-error [ts2339] - input arrays are readonly
    input.posts?.push({ likes: 1, comments: 0 });
  });
});

describe("duplicate_post", () => {
  it("is one of the warning codes", () => {
    expectTypeOf<"duplicate_post">().toExtend<InputWarning["code"]>();
  });

  it("compares every field a post has", () => {
    // comparePosts in src/schemas/parseProfile.ts lists these fields: a field added to PostMetrics must be added there too.
    expectTypeOf<keyof PostMetrics>().toEqualTypeOf<
      "id" | "publishedAt" | "likes" | "comments" | "shares" | "saves" | "views" | "reach" | "impressions" | "clicks" | "format" | "sponsored" | "brandMentions" | "topics"
    >();
  });
});

describe("exported schemas", () => {
  it("output the parsed types", () => {
    expectTypeOf<z.output<typeof InfluencerProfileSchema>>().toEqualTypeOf<InfluencerProfile>();
    expectTypeOf<z.output<typeof PostMetricsSchema>>().toEqualTypeOf<PostMetrics>();
  });
});
