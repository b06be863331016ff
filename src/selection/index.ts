// Public exports of the selection area, re-exported by src/index.ts.
export { compareStrategies } from "./compareStrategies.js";
export type { CompareStrategiesOptions, CompareStrategiesResult, StrategyOutcome } from "./compareStrategies.js";
export { selectInfluencers } from "./selectInfluencers.js";
export type {
  SelectInfluencersOptions,
  SelectionCandidate,
  SelectionMethod,
  SelectionObjective,
  SelectionOverlap,
  SelectionResult,
} from "./selectInfluencers.js";
