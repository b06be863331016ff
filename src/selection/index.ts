// Public exports of the selection area, re-exported by src/index.ts.
export { compareStrategies } from "./compareStrategies.js";
export type { CompareProfilesOptions, CompareStrategiesOptions, CompareStrategiesResult, StrategyOutcome } from "./compareStrategies.js";
export type { ProfileCandidateOptions, ProfileMeasure } from "./fromProfiles.js";
export type { SelectionCostBasis, SelectionValueBasis } from "./profileCandidates.js";
export { selectInfluencers } from "./selectInfluencers.js";
export type {
  SelectInfluencersOptions,
  SelectProfilesOptions,
  SelectionCandidate,
  SelectionMethod,
  SelectionObjective,
  SelectionOverlap,
  SelectionProvenance,
  SelectionResult,
} from "./selectInfluencers.js";
