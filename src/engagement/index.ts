// Public exports of the engagement area, re-exported by src/index.ts.
export { calibrateEngagementBenchmarks } from "./calibrateEngagementBenchmarks.js";
export type {
  CalibratedCell,
  CalibrateEngagementBenchmarksOptions,
  CalibrateEngagementBenchmarksResult,
} from "./calibrateEngagementBenchmarks.js";
export { ENGAGEMENT_BENCHMARKS } from "./engagementBenchmarks.js";
export type {
  EngagementBand,
  EngagementBenchmarkBucket,
  EngagementBenchmarkCell,
  EngagementBenchmarkSeries,
  EngagementBenchmarkSet,
  EngagementBenchmarkTable,
} from "./engagementBenchmarks.js";
export { ENGAGEMENT_ACTIONS, ENGAGEMENT_BASES, engagementRate } from "./engagementRate.js";
export type { EngagementAction, EngagementBasis, EngagementRateOptions } from "./engagementRate.js";
export type { EngagementOutlier } from "./measureEngagementSample.js";
export { scoreEngagement } from "./scoreEngagement.js";
export type {
  EngagementBenchmarkUsed,
  EngagementFactor,
  EngagementInterval,
  EngagementScore,
  ScoreEngagementOptions,
} from "./scoreEngagement.js";
