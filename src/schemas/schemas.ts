import * as z from "zod/mini";
import {
  audienceSampleSchema,
  followerSnapshotSchema,
  influencerProfileSchema,
  postMetricsSchema,
  type AudienceSample,
  type FollowerSnapshot,
  type PostMetrics,
  type InfluencerProfile,
} from "./profile.js";

// The exported schemas are lazy wrappers: the real schema is built the first
// time one is used, so importing the package does no work (STYLE R6).

/**
 * The zod/mini schema of an {@link InfluencerProfileInput}, for validating at
 * your own API boundary (e.g. a request body) with the library's rules and
 * messages. Its output is an {@link InfluencerProfile} (dates as epoch ms,
 * missing arrays as `[]`); {@link parseProfile} also sorts the history,
 * attaches warnings and throws the library's error type.
 *
 * @example
 * InfluencerProfileSchema.safeParse({ platform: "instagram", followers: -1 }).success;
 * // => false
 * @category Input
 */
export const InfluencerProfileSchema: z.ZodMiniType<InfluencerProfile> = /*@__PURE__*/ z.lazy(influencerProfileSchema);

/**
 * The zod/mini schema of one post ({@link PostMetricsInput}); dates become epoch milliseconds.
 *
 * @example
 * PostMetricsSchema.parse({ likes: 3, comments: 1, publishedAt: "1970-01-01T00:00:01Z" }).publishedAt;
 * // => 1000
 * @category Input
 */
export const PostMetricsSchema: z.ZodMiniType<PostMetrics> = /*@__PURE__*/ z.lazy(postMetricsSchema);

/**
 * The zod/mini schema of one follower snapshot ({@link FollowerSnapshotInput}).
 *
 * @example
 * FollowerSnapshotSchema.safeParse({ date: "2026-02-30", followers: 10 }).success;
 * // => false
 * @category Input
 */
export const FollowerSnapshotSchema: z.ZodMiniType<FollowerSnapshot> = /*@__PURE__*/ z.lazy(followerSnapshotSchema);

/**
 * The zod/mini schema of an {@link AudienceSample}: a non-empty array of follower accounts.
 *
 * @example
 * AudienceSampleSchema.safeParse([]).success;
 * // => false
 * @category Input
 */
export const AudienceSampleSchema: z.ZodMiniType<AudienceSample> = /*@__PURE__*/ z.lazy(audienceSampleSchema);
