// Public exports of the tiers area, re-exported by src/index.ts.
export { classifyTier } from "./classifyTier.js";
export type { ClassifyTierInput, ClassifyTierOptions, TierResult, TierSchemesByPlatform } from "./classifyTier.js";
export { defineTierScheme } from "./defineTierScheme.js";
export type { TierBandInput, TierSchemeMeta } from "./defineTierScheme.js";
export { SIZE_BUCKETS, classifySizeBucket } from "./classifySizeBucket.js";
export type { SizeBucket, SizeBucketRange, SizeBucketTable } from "./classifySizeBucket.js";
export { TIER_IDS, TIER_SCHEMES } from "./tierSchemes.js";
export type { TierBand, TierId, TierScheme, TierSchemeName } from "./tierSchemes.js";
