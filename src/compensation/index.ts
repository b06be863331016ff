// Public exports of the compensation area, re-exported by src/index.ts.
export { compareCompensation } from "./compareCompensation.js";
export type { CompareCompensationOptions } from "./compareCompensation.js";
export { estimateFlatFee } from "./estimateFlatFee.js";
export type { EstimateFlatFeeOptions } from "./estimateFlatFee.js";
export { estimatePayPerClick } from "./estimatePayPerClick.js";
export type { EstimatePayPerClickOptions } from "./estimatePayPerClick.js";
export { estimateReferral } from "./estimateReferral.js";
export type { EstimateReferralOptions } from "./estimateReferral.js";
export { RATE_CARD } from "./rateCard.js";
export type {
  BoundedEffect,
  FormatPremium,
  FormatTable,
  MarketRate,
  PerPeriodPremium,
  RateCard,
  RateEstimate,
  ReachBand,
  ReachBands,
  UsageRightsPoint,
} from "./rateCard.js";
export type {
  BreakEven,
  Compared,
  CompensationComparison,
  CompensationModel,
  CompensationOptions,
  CompensationOutcomes,
  CompensationProvenance,
  CompensationResult,
  FeeAdjustment,
  FeeAdjustmentKey,
  FlatFeeResult,
  HybridResult,
  MarketRange,
  ModelComparison,
  PayPerClickResult,
  ProvenanceBasis,
  QuantityProvenance,
  Range,
  ReferralResult,
  RiskCarrier,
  UnitCosts,
} from "./types.js";
