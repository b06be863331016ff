// Public exports of the report area, re-exported by src/index.ts.
export { scoreInfluencer } from "./scoreInfluencer.js";
export type { InfluencerReport, ScoreInfluencerOptions } from "./scoreInfluencer.js";
export { scoreInfluencers, scoreInfluencersStream } from "./scoreInfluencers.js";
export type { ScoredRow, ScoreInfluencersResult } from "./scoreInfluencers.js";
