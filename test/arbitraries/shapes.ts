// The shapes of the library's inputs, for planting bad values (see hostile.ts).
// They mirror the documented input types (InfluencerProfileInput and its parts).
import type { fc } from "@fast-check/vitest";
import { POST_FORMATS } from "../../src/index.js";
import {
  badChoice,
  badCount,
  badDate,
  badFlag,
  badFraction,
  badNonNegativeNumber,
  badPlatform,
  badPositiveInt,
  badText,
  hostileVariant,
  optionalLeaf,
  required,
  type HostileInput,
  type Shape,
} from "./hostile.js";
import { audienceAccount, audienceSample, post, profile } from "./profiles.js";

/** A post ({@link PostMetricsInput}); breaking `reach` above `impressions` is its cross-field rule. */
export const postShape: Shape = {
  kind: "object",
  fields: {
    id: optionalLeaf(badText),
    publishedAt: optionalLeaf(badDate),
    format: optionalLeaf(badChoice(POST_FORMATS)),
    likes: required(badCount),
    comments: required(badCount),
    shares: optionalLeaf(badCount),
    saves: optionalLeaf(badCount),
    views: optionalLeaf(badCount),
    reach: optionalLeaf(badCount),
    impressions: optionalLeaf(badCount),
    clicks: optionalLeaf(badCount),
    sponsored: optionalLeaf(badFlag),
    brandMentions: optionalLeaf(badCount),
    topics: { kind: "array", item: required(badText) },
  },
  crossField: (value) =>
    typeof value.impressions === "number" && value.impressions < Number.MAX_SAFE_INTEGER ? [{ key: "reach", bad: value.impressions + 1 }] : [],
};

/** A follower account of an audience sample ({@link AudienceAccount}). */
export const accountShape: Shape = {
  kind: "object",
  fields: {
    followers: required(badCount),
    following: required(badCount),
    posts: required(badCount),
    hasProfilePicture: optionalLeaf(badFlag),
    isPrivate: optionalLeaf(badFlag),
    username: optionalLeaf(badText),
    biographyLength: optionalLeaf(badCount),
  },
};

/** An audience sample: at least one account. */
export const sampleShape: Shape = { kind: "array", item: accountShape, required: true, minLength: 1 };

/** A whole profile ({@link InfluencerProfileInput}). */
export const profileShape: Shape = {
  kind: "object",
  fields: {
    id: optionalLeaf(badText),
    handle: optionalLeaf(badText),
    platform: required(badPlatform),
    followers: required(badCount),
    following: optionalLeaf(badCount),
    accountCreatedAt: optionalLeaf(badDate),
    posts: { kind: "array", item: postShape },
    summary: {
      kind: "object",
      fields: {
        postCount: required(badPositiveInt),
        avgLikes: required(badNonNegativeNumber),
        avgComments: required(badNonNegativeNumber),
        avgShares: optionalLeaf(badNonNegativeNumber),
        avgSaves: optionalLeaf(badNonNegativeNumber),
        avgViews: optionalLeaf(badNonNegativeNumber),
        avgReach: optionalLeaf(badNonNegativeNumber),
        sponsoredShare: optionalLeaf(badFraction),
      },
    },
    followerHistory: {
      kind: "array",
      item: { kind: "object", fields: { date: required(badDate), followers: required(badCount) } },
    },
    audience: {
      kind: "object",
      fields: { authenticShare: optionalLeaf(badFraction), sample: { ...sampleShape, required: false } },
    },
    isBrandAccount: optionalLeaf(badFlag),
  },
};

/** A profile with one bad value, and its path. */
export const hostileProfile: fc.Arbitrary<HostileInput> = hostileVariant(profile, profileShape);

/** A post with one bad value, and its path. */
export const hostilePost: fc.Arbitrary<HostileInput> = hostileVariant(post, postShape);

/** A follower account with one bad value, and its path. */
export const hostileAccount: fc.Arbitrary<HostileInput> = hostileVariant(audienceAccount, accountShape);

/** An audience sample with one bad value (or empty), and its path. */
export const hostileSample: fc.Arbitrary<HostileInput> = hostileVariant(audienceSample, sampleShape);

