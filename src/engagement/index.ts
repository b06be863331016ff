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
export { ENGAGEMENT_ACTIONS, ENGAGEMENT_BASES, measureEngagementRate } from "./measureEngagementRate.js";
export type { EngagementAction, EngagementBasis, MeasureEngagementRateOptions } from "./measureEngagementRate.js";
export type { EngagementOutlier } from "./measureEngagementSample.js";
export { scoreEngagement } from "./scoreEngagement.js";
export type {
  EngagementBenchmarkUsed,
  EngagementFactor,
  EngagementInterval,
  EngagementScore,
  ScoreEngagementOptions,
} from "./scoreEngagement.js";
