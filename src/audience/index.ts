// Public exports of the audience area, re-exported by src/index.ts.
export { BENFORD_CONFORMITY, measureBenfordConformity } from "./measureBenfordConformity.js";
export type { BenfordConformityTable, BenfordConformityMeasured, MeasureBenfordConformityOptions, BenfordConformityResult, BenfordConformityUnavailable } from "./measureBenfordConformity.js";
export { estimateAudienceAuthenticity } from "./estimateAudienceAuthenticity.js";
export type {
  AudienceAuthenticityEstimate,
  AudienceAuthenticityProvenance,
  EstimateAudienceAuthenticityOptions,
  ShareInterval,
  ThresholdBand,
  ThresholdBandEstimate,
} from "./estimateAudienceAuthenticity.js";
export type { FakeAccountFeatureKey, FakeAccountModel, FakeAccountModelFeature, FakeAccountOperatingPoint } from "./fakeAccountFeatures.js";
export { FAKE_ACCOUNT_MODEL } from "./fakeAccountModel.js";
export { estimateFakeAccountProbability } from "./estimateFakeAccountProbability.js";
export type { FakeAccountFactor, EstimateFakeAccountProbabilityOptions, FakeAccountProbabilityResult, FakeAccountProvenance } from "./estimateFakeAccountProbability.js";
