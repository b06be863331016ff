// Public exports of the trust area, re-exported by src/index.ts.
export { scoreTrust } from "./scoreTrust.js";
export type {
  ScoreTrustOptions,
  TrustCap,
  TrustFacets,
  TrustFactor,
  TrustProvenance,
  TrustScore,
  TrustThresholdOverrides,
  TrustWeightOverrides,
} from "./scoreTrust.js";
export type { TrustScoreRange } from "./trustScoreRange.js";
export { TRUST_BANDS } from "./trustBands.js";
export type { TrustBand, TrustBandTable } from "./trustBands.js";
export { TRUST_FLAG_CODES } from "./trustFlags.js";
export type { TrustFlag, TrustFlagCode, TrustFlagEvidence, TrustFlagSeverity } from "./trustFlags.js";
export { TRUST_THRESHOLDS } from "./trustThresholds.js";
export type { TrustThreshold, TrustThresholdKey } from "./trustThresholds.js";
export { TRUST_SIGNAL_FACETS, TRUST_SIGNAL_KEYS, TRUST_WEIGHTS } from "./trustWeights.js";
export type { TrustFacet, TrustSignalKey, TrustWeightTable } from "./trustWeights.js";
