// Public exports of the audience area, re-exported by src/index.ts.
export { benfordConformityDefaults, benfordTest } from "./benfordTest.js";
export type { BenfordConformityTable, BenfordTestMeasured, BenfordTestOptions, BenfordTestResult, BenfordTestUnavailable } from "./benfordTest.js";
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
export { fakeAccountModel } from "./fakeAccountModel.js";
export { fakeAccountProbability } from "./fakeAccountProbability.js";
export type { FakeAccountFactor, FakeAccountProbabilityOptions, FakeAccountProbabilityResult, FakeAccountProvenance } from "./fakeAccountProbability.js";
