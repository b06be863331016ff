import {
  HYPEAUDITOR_LEGACY_BANDS,
  IAB_UK_BANDS,
  LATER_FOHR_BANDS,
  STANDARD_BANDS,
  UPFLUENCE_BANDS,
} from "./tierBands.js";

/**
 * The five tier ids every scheme maps its bands to, smallest first. Benchmarks
 * keyed by tier (engagement, pricing) use these ids, whatever a scheme calls
 * its bands.
 *
 * @example
 * const tier: TierId = "micro";
 * TIER_IDS.indexOf(tier);
 * // => 1
 * @category Tiers
 */
export type TierId = "nano" | "micro" | "mid" | "macro" | "mega";

/**
 * Every {@link TierId}, smallest first. A tier's index is its rank: schemes
 * never put a smaller tier above a larger one.
 *
 * @example
 * TIER_IDS.join(" < ");
 * // => "nano < micro < mid < macro < mega"
 * @category Tiers
 */
export const TIER_IDS: readonly [TierId, ...TierId[]] = ["nano", "micro", "mid", "macro", "mega"];

/**
 * One band of a {@link TierScheme}. A band runs from its `min` up to, but not
 * including, the next band's `min` (a half-open interval `[min, next min)`);
 * the last band has no upper end.
 *
 * @example
 * const band: TierBand = TIER_SCHEMES["later-fohr"].bands[0];
 * [band.tier, band.label, band.min];
 * // => ["nano", "Nano", 0]
 * @category Tiers
 */
export interface TierBand {
  /** Which of the five tiers this band counts as. */
  readonly tier: TierId;
  /** The scheme's own name for the band, e.g. `"Mega Macro"`; unique within the scheme. */
  readonly label: string;
  /** Smallest follower count in the band (inclusive); the band ends where the next one starts. */
  readonly min: number;
}

/**
 * A tier scheme: contiguous, half-open bands that start at 0 followers and end
 * with an open-ended top band, plus where the cut-offs come from. Use one from
 * {@link TIER_SCHEMES} or build your own with {@link defineTierScheme}.
 *
 * @example
 * const scheme: TierScheme = TIER_SCHEMES["later-fohr"];
 * scheme.bands.map((band) => band.min);
 * // => [0, 10000, 100000, 500000, 1000000]
 * @category Tiers
 */
export interface TierScheme {
  /** Name reported in every {@link TierResult}, e.g. `"standard"`. */
  readonly name: string;
  /** Bands, smallest first, with strictly increasing `min`: the first starts at 0 and the last is open-ended. */
  readonly bands: readonly [TierBand, ...TierBand[]];
  /** Where the cut-offs come from: `"<publisher>, <title>, <year or undated>"`. */
  readonly source?: string | undefined;
  /** Year the cut-offs were published or in use; omitted when the source is undated. */
  readonly year?: number | undefined;
  /** Address of the source. */
  readonly url?: string | undefined;
}

/**
 * Name of a scheme shipped in {@link TIER_SCHEMES}.
 *
 * - `"standard"`: nano < 10k ≤ micro < 50k ≤ mid < 500k ≤ macro < 1M ≤ mega (Mediakix STIM; the default).
 * - `"later-fohr"`: micro runs to 100k (Later × Fohr, 2021).
 * - `"hypeauditor-legacy"`: cut-offs at 1k, 5k, 20k, 100k and 1M (HypeAuditor's tiers before AQS v3).
 * - `"iab-uk"`: the standard split with a second mega band, "VIP", from 5M (IAB UK).
 * - `"upfluence"`: micro < 20k, mid < 400k (Upfluence).
 *
 * @example
 * const name: TierSchemeName = "iab-uk";
 * TIER_SCHEMES[name].bands.length;
 * // => 6
 * @category Tiers
 */
export type TierSchemeName = "standard" | "later-fohr" | "hypeauditor-legacy" | "iab-uk" | "upfluence";

/**
 * The published tier schemes, by name. Sources disagree mainly on where micro
 * ends (20k, 50k or 100k followers), so pick the one your team or your
 * benchmark uses, and say which in reports. Every scheme's first band starts
 * at 0 even where the source starts at 1,000 followers: smaller accounts fall
 * in the lowest band rather than outside every band. Sources and years:
 * `docs/methodology/tiers.md`.
 *
 * - `standard`: Mediakix, "Influencer tiers" (Standard Terminology in Influencer Marketing), c. 2019,
 *   <https://mediakix.com/influencer-marketing-resources/influencer-tiers/>.
 * - `later-fohr`: Later × Fohr, "Influencer Marketing Report: The Selling Power of Nano, Micro, Mid,
 *   Macro, and Mega Macro Influencers", 2021, <https://www.scribd.com/document/522279057>.
 * - `hypeauditor-legacy`: HypeAuditor, "New AQS formula" (the tiers before v3; the same cut-offs as
 *   its State of Influencer Marketing 2021 report), <https://hypeauditor.com/blog/new-aqs-formula-fairer-assessment/>.
 * - `iab-uk`: IAB UK, Jargon Buster, "Creator tiers", undated, <https://www.iabuk.com/jargon-buster/creator-tiers>.
 * - `upfluence`: Upfluence, "6 Influencer Metrics to Help You Select the Right Influencers", undated,
 *   <https://www.upfluence.com/influencer-marketing/6-influencer-metrics-to-help-you-select-the-right-influencers>.
 *
 * @example
 * TIER_SCHEMES.standard.bands.map((band) => `${band.tier} from ${band.min}`);
 * // => ["nano from 0", "micro from 10000", "mid from 50000", "macro from 500000", "mega from 1000000"]
 * @example
 * TIER_SCHEMES.upfluence.year;
 * // => undefined
 * @category Tiers
 */
export const TIER_SCHEMES: Readonly<Record<TierSchemeName, TierScheme>> = {
  standard: {
    name: "standard",
    source: "Mediakix, Influencer tiers (Standard Terminology in Influencer Marketing), c. 2019",
    year: 2019,
    url: "https://mediakix.com/influencer-marketing-resources/influencer-tiers/",
    bands: STANDARD_BANDS,
  },
  "later-fohr": {
    name: "later-fohr",
    source: "Later × Fohr, Influencer Marketing Report: The Selling Power of Nano, Micro, Mid, Macro, and Mega Macro Influencers, 2021",
    year: 2021,
    url: "https://www.scribd.com/document/522279057",
    bands: LATER_FOHR_BANDS,
  },
  "hypeauditor-legacy": {
    name: "hypeauditor-legacy",
    source: "HypeAuditor, New AQS formula (tiers before v3; same cut-offs in State of Influencer Marketing 2021), 2021",
    year: 2021,
    url: "https://hypeauditor.com/blog/new-aqs-formula-fairer-assessment/",
    bands: HYPEAUDITOR_LEGACY_BANDS,
  },
  "iab-uk": {
    name: "iab-uk",
    source: "IAB UK, Jargon Buster: Creator tiers, undated",
    url: "https://www.iabuk.com/jargon-buster/creator-tiers",
    bands: IAB_UK_BANDS,
  },
  upfluence: {
    name: "upfluence",
    source: "Upfluence, 6 Influencer Metrics to Help You Select the Right Influencers, undated",
    url: "https://www.upfluence.com/influencer-marketing/6-influencer-metrics-to-help-you-select-the-right-influencers",
    bands: UPFLUENCE_BANDS,
  },
};
