// Public exports of the input-model area, re-exported by src/index.ts.
export { InfluencerInputError } from "./InfluencerInputError.js";
export type { InputIssue, InputIssueCode } from "./InfluencerInputError.js";
export { parseProfile, parseProfiles, safeParseProfile } from "./parseProfile.js";
export type {
  InputWarning,
  InputWarningCode,
  ParsedProfile,
  ParseProfileOptions,
  ParseProfilesResult,
  RowError,
  SafeParseProfileResult,
} from "./parseProfile.js";
export { PLATFORMS, POST_FORMATS } from "./platform.js";
export type { Platform, PostFormat } from "./platform.js";
export type {
  AudienceAccount,
  AudienceInput,
  AudienceSample,
  FollowerSnapshot,
  FollowerSnapshotInput,
  InfluencerProfile,
  InfluencerProfileInput,
  PostMetrics,
  PostMetricsInput,
  ProfileSummary,
} from "./profile.js";
export { AudienceSampleSchema, FollowerSnapshotSchema, InfluencerProfileSchema, PostMetricsSchema } from "./schemas.js";
