import type { TierBand, TierSchemeName } from "./tierSchemes.js";

// Band data of the shipped schemes, kept apart from their sources so that
// `classifyTier` bundles the cut-offs without the citations. TIER_SCHEMES
// (tierSchemes.ts) pairs each band list with its source; cite from there.

/** Bands of `TIER_SCHEMES["standard"]`. @internal */
export const STANDARD_BANDS: readonly [TierBand, ...TierBand[]] = [
  { tier: "nano", label: "Nano", min: 0 },
  { tier: "micro", label: "Micro", min: 10_000 },
  { tier: "mid", label: "Mid-tier", min: 50_000 },
  { tier: "macro", label: "Macro", min: 500_000 },
  { tier: "mega", label: "Mega", min: 1_000_000 },
];

/** Bands of `TIER_SCHEMES["later-fohr"]`. @internal */
export const LATER_FOHR_BANDS: readonly [TierBand, ...TierBand[]] = [
  { tier: "nano", label: "Nano", min: 0 },
  { tier: "micro", label: "Micro", min: 10_000 },
  { tier: "mid", label: "Mid", min: 100_000 },
  { tier: "macro", label: "Macro", min: 500_000 },
  { tier: "mega", label: "Mega Macro", min: 1_000_000 },
];

/** Bands of `TIER_SCHEMES["hypeauditor-legacy"]`. @internal */
export const HYPEAUDITOR_LEGACY_BANDS: readonly [TierBand, ...TierBand[]] = [
  { tier: "nano", label: "Under 1K", min: 0 },
  { tier: "nano", label: "Nano", min: 1_000 },
  { tier: "micro", label: "Micro", min: 5_000 },
  { tier: "mid", label: "Mid", min: 20_000 },
  { tier: "macro", label: "Macro", min: 100_000 },
  { tier: "mega", label: "Mega", min: 1_000_000 },
];

/** Bands of `TIER_SCHEMES["iab-uk"]`. @internal */
export const IAB_UK_BANDS: readonly [TierBand, ...TierBand[]] = [
  { tier: "nano", label: "Nano", min: 0 },
  { tier: "micro", label: "Micro", min: 10_000 },
  { tier: "mid", label: "Mid", min: 50_000 },
  { tier: "macro", label: "Macro", min: 500_000 },
  { tier: "mega", label: "Top", min: 1_000_000 },
  { tier: "mega", label: "VIP", min: 5_000_000 },
];

/** Bands of `TIER_SCHEMES["upfluence"]`. @internal */
export const UPFLUENCE_BANDS: readonly [TierBand, ...TierBand[]] = [
  { tier: "nano", label: "Nano", min: 0 },
  { tier: "micro", label: "Micro", min: 10_000 },
  { tier: "mid", label: "Mid-size", min: 20_000 },
  { tier: "macro", label: "Macro", min: 400_000 },
  { tier: "mega", label: "Celebrity", min: 1_000_000 },
];

/** Band lists of the shipped schemes, by name. @internal */
export const TIER_BANDS: Readonly<Record<TierSchemeName, readonly [TierBand, ...TierBand[]]>> = {
  standard: STANDARD_BANDS,
  "later-fohr": LATER_FOHR_BANDS,
  "hypeauditor-legacy": HYPEAUDITOR_LEGACY_BANDS,
  "iab-uk": IAB_UK_BANDS,
  upfluence: UPFLUENCE_BANDS,
};
