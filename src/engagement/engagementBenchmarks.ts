import type { Platform } from "../schemas/platform.js";
import type { SizeBucket } from "../tiers/classifySizeBucket.js";
import type { EngagementBasis } from "./measureEngagementRate.js";

// Literal data only (STYLE R6, R10). Generated from the published figures by
// the arithmetic documented in docs/methodology/engagement.md; test
// test/engagement/engagementBenchmarks.test.ts re-derives every derived number.

/**
 * Where an engagement rate falls among its peers, from the five bands that
 * published benchmark tables use (Modash and others; see
 * {@link ENGAGEMENT_BENCHMARKS}). `unknown` when there is no rate or no benchmark.
 *
 * @example
 * const band: EngagementBand = "above-average";
 * band;
 * // => "above-average"
 * @category Engagement
 */
export type EngagementBand = "low" | "below-average" | "average" | "above-average" | "high" | "unknown";

/**
 * One benchmark cell: the distribution of typical engagement rates among
 * accounts of one platform, size bucket and basis. Rates are fractions
 * (0.0338 means 3.38%).
 *
 * @example
 * const cell: EngagementBenchmarkCell = { median: 0.0386518, bands: [0.0172, 0.0338, 0.0442, 0.0797] };
 * cell.bands[0] < cell.median;
 * // => true
 * @category Engagement
 */
export interface EngagementBenchmarkCell {
  /** Median typical rate of the accounts in the cell. */
  readonly median: number;
  /**
   * The four cut-offs between the five bands, ascending: `low` is below
   * `bands[0]`, `below-average` from `bands[0]`, `average` from `bands[1]`,
   * `above-average` from `bands[2]` and `high` from `bands[3]`. They sit at
   * the table's {@link EngagementBenchmarkTable.bandPercentiles}.
   */
  readonly bands: readonly [number, number, number, number];
  /** Overrides the series' {@link EngagementBenchmarkSeries.isLowConfidence} for this cell. */
  readonly isLowConfidence?: boolean | undefined;
  /** A caveat that applies to this cell only. */
  readonly note?: string | undefined;
  /** Post-to-post spread (standard deviation of log rates) for this cell; overrides the table's {@link EngagementBenchmarkTable.postSpread}. */
  readonly postSpread?: number | undefined;
  /** Overrides the series' source for this cell (calibrated cells name your population). */
  readonly source?: string | undefined;
  /** Overrides the series' year for this cell. */
  readonly year?: number | null | undefined;
  /** Overrides the series' url for this cell. */
  readonly url?: string | undefined;
  /** Overrides the series' definition for this cell. */
  readonly definition?: string | undefined;
}

/**
 * A size bucket, or `"all"`: the cell used for any size without a cell of its own.
 *
 * @example
 * const key: EngagementBenchmarkBucket = "all";
 * key;
 * // => "all"
 * @category Engagement
 */
export type EngagementBenchmarkBucket = SizeBucket | "all";

/**
 * Benchmarks for one platform and basis from one source, with the cells by size bucket.
 *
 * @example
 * ENGAGEMENT_BENCHMARKS.creators.instagram?.followers?.year;
 * // => null
 * @category Engagement
 */
export interface EngagementBenchmarkSeries {
  /** `"<publisher>, <title>"` of the original source. */
  readonly source: string;
  /** Year the source published or collected the data, or `null` when the page is undated. */
  readonly year: number | null;
  /** Address of the page the figures were read from. */
  readonly url?: string | undefined;
  /** Numerator, denominator, statistic and population, as the source states them. */
  readonly definition: string;
  /** `true` when the figures are weak: a vendor blog, an unclear denominator, or bands derived from a single published value. */
  readonly isLowConfidence: boolean;
  /** How the cells were built from the published figures, when not copied as published. */
  readonly note?: string | undefined;
  /** The cells; a size bucket without a cell uses `all`, if any. */
  readonly cells: { readonly [Bucket in EngagementBenchmarkBucket]?: EngagementBenchmarkCell | undefined };
}

/**
 * Benchmark series by platform and basis.
 *
 * @example
 * const none: EngagementBenchmarkSet = {};
 * Object.keys(none).length;
 * // => 0
 * @category Engagement
 */
export type EngagementBenchmarkSet = {
  readonly [P in Platform]?: { readonly [B in EngagementBasis]?: EngagementBenchmarkSeries | undefined } | undefined;
};

/**
 * A versioned, dated table of engagement benchmarks: one set for creators and
 * one for brand accounts (whose engagement is far lower), plus the
 * assumptions that turn bands into percentiles and shrinkage priors. Pass
 * your own (for example from {@link calibrateEngagementBenchmarks}) as
 * `benchmarks` to {@link scoreEngagement}.
 *
 * @example
 * [ENGAGEMENT_BENCHMARKS.version, ENGAGEMENT_BENCHMARKS.bandPercentiles];
 * // => ["2026.11", [10, 40, 60, 90]]
 * @category Engagement
 */
export interface EngagementBenchmarkTable {
  /** Version of the figures; changes whenever a number changes. */
  readonly version: string;
  /** When the table was compiled (ISO 8601 date), or `null` if unknown. */
  readonly date: string | null;
  /**
   * Percentiles (0–100, strictly increasing) at which the four band cut-offs
   * sit. Sources do not publish them; the shipped table assumes
   * `[10, 40, 60, 90]`: `average` is the middle fifth, `low` and `high` the
   * bottom and top tenth.
   */
  readonly bandPercentiles: readonly [number, number, number, number];
  /**
   * Default post-to-post spread of one account's engagement: the standard
   * deviation of the natural log of its per-post rates. No published figure
   * exists; the shipped 0.5 is an assumption (a typical post within about
   * ×0.6 to ×1.6 of the account's median). {@link calibrateEngagementBenchmarks}
   * measures it on your population.
   */
  readonly postSpread: number;
  /** Benchmarks for creators' accounts. */
  readonly creators: EngagementBenchmarkSet;
  /** Benchmarks for brands' own accounts, used when `isBrandAccount` is true. */
  readonly brands: EngagementBenchmarkSet;
}

/**
 * The shipped engagement benchmarks, version 2026.11 (compiled 2026-11-27),
 * from the published tables listed per series (`source`, `year`, `url`,
 * `definition`). Instagram (followers basis) and TikTok (views basis) come
 * from Modash's banded tables, the largest published samples; YouTube, X,
 * LinkedIn and Facebook, TikTok by followers and Instagram by reach are
 * flagged `isLowConfidence`. Twitch has no published benchmark, so its
 * scores are `null`. Brand accounts use the Rival IQ medians (followers) and
 * Buffer's figures (impressions). Every number, with its source and the
 * arithmetic behind derived ones, is listed in `docs/methodology/engagement.md`.
 *
 * Sources: Modash, "Instagram / TikTok / YouTube Engagement Rate Calculator"
 * (https://www.modash.io/engagement-rate-calculator); Rival IQ, "Social Media
 * Industry Benchmark Report" 2023 and 2024
 * (https://www.rivaliq.com/blog/social-media-industry-benchmark-report/);
 * SociaVault 2026; Buzzoole 2022; Hootsuite 2020; Socialinsider 2026; Buffer 2025.
 *
 * @example
 * ENGAGEMENT_BENCHMARKS.creators.instagram?.followers?.cells["10k-50k"]?.bands;
 * // => [0.0039, 0.0084, 0.0111, 0.0261]
 * @example
 * ENGAGEMENT_BENCHMARKS.brands.instagram?.followers?.cells.all?.median;
 * // => 0.0047
 * @category Engagement
 */
export const ENGAGEMENT_BENCHMARKS: EngagementBenchmarkTable = {
  version: "2026.11",
  date: "2026-11-27",
  bandPercentiles: [10, 40, 60, 90],
  postSpread: 0.5,
  creators: {
    instagram: {
      followers: {
        source: "Modash, Instagram Engagement Rate Calculator",
        year: null,
        url: "https://www.modash.io/engagement-rate-calculator",
        definition: "Median engagements per post ÷ followers over the last 30 posts; 72M+ Instagram profiles; undated page (c. 2023–2025).",
        isLowConfidence: false,
        note: "Cut-offs as published; median = geometric mean of the average band. The 500k–1M above-average upper bound is printed 1.46% (sic); the high band's 2.46% is used.",
        cells: {
          "under-1k": { median: 0.0386518, bands: [0.0172, 0.0338, 0.0442, 0.0797], isLowConfidence: true, note: "No under-1k bucket is published; the 1k-5k values are used." },
          "1k-5k": { median: 0.0386518, bands: [0.0172, 0.0338, 0.0442, 0.0797] },
          "5k-10k": { median: 0.0142302, bands: [0.0062, 0.0125, 0.0162, 0.0354] },
          "10k-50k": { median: 0.00965609, bands: [0.0039, 0.0084, 0.0111, 0.0261] },
          "50k-100k": { median: 0.00870345, bands: [0.0032, 0.0075, 0.0101, 0.0247] },
          "100k-500k": { median: 0.00995892, bands: [0.0041, 0.0087, 0.0114, 0.0263] },
          "500k-1m": { median: 0.00997196, bands: [0.0046, 0.0088, 0.0113, 0.0246] },
          "over-1m": { median: 0.0113816, bands: [0.0057, 0.0102, 0.0127, 0.026] },
        },
      },
      reach: {
        source: "Buzzoole, Influencer Performance Benchmarks 2022",
        year: 2022,
        url: "https://notiziario.uspi.it/tiktok-primo-social-network-per-numero-medio-di-interazioni",
        definition: "Average engagements ÷ reach, >2M profiles: novice (<10k) 13.8%, micro (10k–100k) 12.3%, top and celebrity about 11%.",
        isLowConfidence: true,
        note: "Only a point value is published: the band cut-offs are derived as median × exp(0.24 × z) with z at the 10th, 40th, 60th and 90th normal percentiles; 0.24 is the median spread of the seven Modash TikTok (views) bands fitted as lognormal.",
        cells: {
          "under-1k": { median: 0.138, bands: [0.101462, 0.129859, 0.146651, 0.187696] },
          "1k-5k": { median: 0.138, bands: [0.101462, 0.129859, 0.146651, 0.187696] },
          "5k-10k": { median: 0.138, bands: [0.101462, 0.129859, 0.146651, 0.187696] },
          "10k-50k": { median: 0.123, bands: [0.0904332, 0.115744, 0.130711, 0.167295] },
          "50k-100k": { median: 0.123, bands: [0.0904332, 0.115744, 0.130711, 0.167295] },
          "100k-500k": { median: 0.11, bands: [0.0808753, 0.103511, 0.116896, 0.149613] },
          "500k-1m": { median: 0.11, bands: [0.0808753, 0.103511, 0.116896, 0.149613] },
          "over-1m": { median: 0.11, bands: [0.0808753, 0.103511, 0.116896, 0.149613] },
        },
      },
    },
    tiktok: {
      views: {
        source: "Modash, TikTok Engagement Rate Calculator (data collected November 2025)",
        year: 2025,
        url: "https://www.modash.io/tiktok-engagement-rate-calculator",
        definition: "Median engagements ÷ median views over the last 30 posts; 117M+ TikTok creators.",
        isLowConfidence: false,
        note: "Cut-offs as published; median = geometric mean of the average band.",
        cells: {
          "under-1k": { median: 0.130124, bands: [0.0949, 0.1206, 0.1404, 0.1851], isLowConfidence: true, note: "No under-1k bucket is published; the 1k-5k values are used." },
          "1k-5k": { median: 0.130124, bands: [0.0949, 0.1206, 0.1404, 0.1851] },
          "5k-10k": { median: 0.111452, bands: [0.0779, 0.105, 0.1183, 0.1459] },
          "10k-50k": { median: 0.0886119, bands: [0.0628, 0.0838, 0.0937, 0.1138] },
          "50k-100k": { median: 0.0761424, bands: [0.0547, 0.0722, 0.0803, 0.1045] },
          "100k-500k": { median: 0.0701551, bands: [0.0507, 0.0666, 0.0739, 0.0956] },
          "500k-1m": { median: 0.0651164, bands: [0.0473, 0.0619, 0.0685, 0.0812] },
          "over-1m": { median: 0.0651214, bands: [0.0475, 0.062, 0.0684, 0.0869] },
        },
      },
      followers: {
        source: "Modash, TikTok Engagement Rate Calculator (data collected March 2023)",
        year: 2023,
        url: "https://www.modash.io/tiktok-engagement-rate-calculator",
        definition:
          "Engagements per follower: the page said views, but the values match Influencer Hero's follower-based TikTok table (January 2024). Only the high, average and low rows were published; they give all four cut-offs.",
        isLowConfidence: true,
        note: "Cut-offs as published; median = geometric mean of the average band.",
        cells: {
          "under-1k": { median: 0.0199645, bands: [0.0081, 0.0182, 0.0219, 0.0419], isLowConfidence: true, note: "No under-1k bucket is published; the 1k-5k values are used." },
          "1k-5k": { median: 0.0199645, bands: [0.0081, 0.0182, 0.0219, 0.0419] },
          "5k-10k": { median: 0.0118174, bands: [0.0042, 0.0105, 0.0133, 0.0345] },
          "10k-50k": { median: 0.00889044, bands: [0.0024, 0.0076, 0.0104, 0.0344] },
          "50k-100k": { median: 0.00726636, bands: [0.0014, 0.006, 0.0088, 0.033] },
          "100k-500k": { median: 0.00830662, bands: [0.0014, 0.0069, 0.01, 0.0324] },
          "500k-1m": { median: 0.0114315, bands: [0.0025, 0.0099, 0.0132, 0.0316] },
          "over-1m": { median: 0.0119181, bands: [0.0035, 0.0106, 0.0134, 0.0278] },
        },
      },
    },
    youtube: {
      followers: {
        source: "Modash, YouTube Engagement Rate Calculator",
        year: null,
        url: "https://www.modash.io/youtube-engagement-rate-calculator",
        definition:
          "Median engagements over the last 30 videos; 8M+ creators. The page states median views as the denominator, but the values fit subscribers only, so they are shipped on the followers (subscribers) basis. Undated page.",
        isLowConfidence: true,
        note: "Cut-offs as published; median = geometric mean of the average band.",
        cells: {
          "under-1k": { median: 0.0172319, bands: [0.0041, 0.0147, 0.0202, 0.0642], isLowConfidence: true, note: "No under-1k bucket is published; the 1k-5k values are used." },
          "1k-5k": { median: 0.0172319, bands: [0.0041, 0.0147, 0.0202, 0.0642] },
          "5k-10k": { median: 0.00695557, bands: [0.0016, 0.0059, 0.0082, 0.0262] },
          "10k-50k": { median: 0.00428486, bands: [0.0009, 0.0036, 0.0051, 0.0166] },
          "50k-100k": { median: 0.002755, bands: [0.0005, 0.0023, 0.0033, 0.0108] },
          "100k-500k": { median: 0.00226495, bands: [0.0004, 0.0019, 0.0027, 0.0086] },
          "500k-1m": { median: 0.00195959, bands: [0.0003, 0.0016, 0.0024, 0.0071] },
          "over-1m": { median: 0.00152971, bands: [0.0002, 0.0013, 0.0018, 0.0059] },
        },
      },
      views: {
        source: "SociaVault, Nano creators' engagement advantage (2026 benchmarks)",
        year: 2026,
        url: "https://sociavault.com/blog/nano-creators-engagement-advantage-data-2026",
        definition: "Engagements ÷ views, vendor study of 350k+ accounts: nano 5.23%, mega 1.41%.",
        isLowConfidence: true,
        note: "Only a point value is published: the band cut-offs are derived as median × exp(0.24 × z) with z at the 10th, 40th, 60th and 90th normal percentiles; 0.24 is the median spread of the seven Modash TikTok (views) bands fitted as lognormal. Only nano and mega values are published: buckets under 10k use the nano value, over 1M the mega value, and buckets between use their geometric mean.",
        cells: {
          "under-1k": { median: 0.0523, bands: [0.0384525, 0.0492147, 0.0555787, 0.0711342] },
          "1k-5k": { median: 0.0523, bands: [0.0384525, 0.0492147, 0.0555787, 0.0711342] },
          "5k-10k": { median: 0.0523, bands: [0.0384525, 0.0492147, 0.0555787, 0.0711342] },
          "10k-50k": { median: 0.0271557, bands: [0.0199657, 0.0255537, 0.0288581, 0.036935] },
          "50k-100k": { median: 0.0271557, bands: [0.0199657, 0.0255537, 0.0288581, 0.036935] },
          "100k-500k": { median: 0.0271557, bands: [0.0199657, 0.0255537, 0.0288581, 0.036935] },
          "500k-1m": { median: 0.0271557, bands: [0.0199657, 0.0255537, 0.0288581, 0.036935] },
          "over-1m": { median: 0.0141, bands: [0.0103667, 0.0132682, 0.0149839, 0.0191777] },
        },
      },
    },
    x: {
      followers: {
        source: "SociaVault, Nano creators' engagement advantage (2026 benchmarks)",
        year: 2026,
        url: "https://sociavault.com/blog/nano-creators-engagement-advantage-data-2026",
        definition: "Engagements ÷ followers, vendor study of 350k+ accounts: nano 2.18%, mega 0.35%.",
        isLowConfidence: true,
        note: "Only a median (or a point value) is published: the band cut-offs are derived as median × exp(0.67 × z) with z at the 10th, 40th, 60th and 90th normal percentiles; 0.67 is the median spread of the seven Modash Instagram bands fitted as lognormal. Only nano and mega values are published: buckets under 10k use the nano value, over 1M the mega value, and buckets between use their geometric mean.",
        cells: {
          "under-1k": { median: 0.0218, bands: [0.00923749, 0.0183966, 0.025833, 0.0514469] },
          "1k-5k": { median: 0.0218, bands: [0.00923749, 0.0183966, 0.025833, 0.0514469] },
          "5k-10k": { median: 0.0218, bands: [0.00923749, 0.0183966, 0.025833, 0.0514469] },
          "10k-50k": { median: 0.00873499, bands: [0.00370135, 0.0073713, 0.010351, 0.0206141] },
          "50k-100k": { median: 0.00873499, bands: [0.00370135, 0.0073713, 0.010351, 0.0206141] },
          "100k-500k": { median: 0.00873499, bands: [0.00370135, 0.0073713, 0.010351, 0.0206141] },
          "500k-1m": { median: 0.00873499, bands: [0.00370135, 0.0073713, 0.010351, 0.0206141] },
          "over-1m": { median: 0.0035, bands: [0.00148308, 0.00295359, 0.0041475, 0.00825982] },
        },
      },
    },
    linkedin: {
      followers: {
        source: "SociaVault, Nano creators' engagement advantage (2026 benchmarks)",
        year: 2026,
        url: "https://sociavault.com/blog/nano-creators-engagement-advantage-data-2026",
        definition: "Engagements ÷ followers, vendor study of 350k+ accounts: nano 5.62%, mega 1.12%.",
        isLowConfidence: true,
        note: "Only a median (or a point value) is published: the band cut-offs are derived as median × exp(0.67 × z) with z at the 10th, 40th, 60th and 90th normal percentiles; 0.67 is the median spread of the seven Modash Instagram bands fitted as lognormal. Only nano and mega values are published: buckets under 10k use the nano value, over 1M the mega value, and buckets between use their geometric mean.",
        cells: {
          "under-1k": { median: 0.0562, bands: [0.0238141, 0.0474262, 0.066597, 0.132629] },
          "1k-5k": { median: 0.0562, bands: [0.0238141, 0.0474262, 0.066597, 0.132629] },
          "5k-10k": { median: 0.0562, bands: [0.0238141, 0.0474262, 0.066597, 0.132629] },
          "10k-50k": { median: 0.0250886, bands: [0.010631, 0.0211718, 0.02973, 0.0592078] },
          "50k-100k": { median: 0.0250886, bands: [0.010631, 0.0211718, 0.02973, 0.0592078] },
          "100k-500k": { median: 0.0250886, bands: [0.010631, 0.0211718, 0.02973, 0.0592078] },
          "500k-1m": { median: 0.0250886, bands: [0.010631, 0.0211718, 0.02973, 0.0592078] },
          "over-1m": { median: 0.0112, bands: [0.00474587, 0.00945148, 0.013272, 0.0264314] },
        },
      },
    },
    facebook: {
      followers: {
        source: "Hootsuite blog, Facebook engagement rate (organic posts)",
        year: 2020,
        definition:
          "Organic post engagements ÷ page followers, all pages (no creator-only figure is published): 0.25% overall, 0.08% for pages over 100k followers.",
        isLowConfidence: true,
        note: "Only a median (or a point value) is published: the band cut-offs are derived as median × exp(0.67 × z) with z at the 10th, 40th, 60th and 90th normal percentiles; 0.67 is the median spread of the seven Modash Instagram bands fitted as lognormal.",
        cells: {
          "all": { median: 0.0025, bands: [0.00105935, 0.00210971, 0.0029625, 0.00589987] },
          "100k-500k": { median: 0.0008, bands: [0.000338991, 0.000675106, 0.000948, 0.00188796] },
          "500k-1m": { median: 0.0008, bands: [0.000338991, 0.000675106, 0.000948, 0.00188796] },
          "over-1m": { median: 0.0008, bands: [0.000338991, 0.000675106, 0.000948, 0.00188796] },
        },
      },
    },
  },
  brands: {
    instagram: {
      followers: {
        source: "Rival IQ, 2023 Social Media Industry Benchmark Report",
        year: 2023,
        url: "https://www.rivaliq.com/blog/social-media-industry-benchmark-report/",
        definition: "Median engagements per post ÷ followers (organic and boosted), brands with ≥5k followers in 14 industries; 2022 data.",
        isLowConfidence: true,
        note: "Only a median (or a point value) is published: the band cut-offs are derived as median × exp(0.67 × z) with z at the 10th, 40th, 60th and 90th normal percentiles; 0.67 is the median spread of the seven Modash Instagram bands fitted as lognormal.",
        cells: {
          "all": { median: 0.0047, bands: [0.00199157, 0.00396625, 0.0055695, 0.0110918] },
        },
      },
      impressions: {
        source: "Buffer, engagement-rate benchmarks 2025 (via ShortsIntel)",
        year: 2025,
        url: "https://shortsintel.com/statistics/social-media-engagement-benchmarks",
        definition: "Engagements ÷ impressions, Buffer users' accounts, 2024–25.",
        isLowConfidence: true,
        note: "Only a point value is published: the band cut-offs are derived as median × exp(0.24 × z) with z at the 10th, 40th, 60th and 90th normal percentiles; 0.24 is the median spread of the seven Modash TikTok (views) bands fitted as lognormal.",
        cells: {
          "all": { median: 0.0116, bands: [0.00852866, 0.0109157, 0.0123272, 0.0157774] },
        },
      },
    },
    tiktok: {
      followers: {
        source: "Rival IQ, 2024 Social Media Industry Benchmark Report",
        year: 2024,
        url: "https://www.rivaliq.com/blog/social-media-industry-benchmark-report/",
        definition: "Median engagements per post ÷ followers, brands with ≥5k followers in 14 industries; 2023 data.",
        isLowConfidence: true,
        note: "Only a median (or a point value) is published: the band cut-offs are derived as median × exp(0.67 × z) with z at the 10th, 40th, 60th and 90th normal percentiles; 0.67 is the median spread of the seven Modash Instagram bands fitted as lognormal.",
        cells: {
          "all": { median: 0.0263, bands: [0.0111443, 0.0221941, 0.0311655, 0.0620666] },
        },
      },
      impressions: {
        source: "Buffer, engagement-rate benchmarks 2025 (via ShortsIntel)",
        year: 2025,
        url: "https://shortsintel.com/statistics/social-media-engagement-benchmarks",
        definition: "Engagements ÷ impressions, Buffer users' accounts, 2024–25.",
        isLowConfidence: true,
        note: "Only a point value is published: the band cut-offs are derived as median × exp(0.24 × z) with z at the 10th, 40th, 60th and 90th normal percentiles; 0.24 is the median spread of the seven Modash TikTok (views) bands fitted as lognormal.",
        cells: {
          "all": { median: 0.0486, bands: [0.0357322, 0.045733, 0.0516467, 0.0661018] },
        },
      },
    },
    youtube: {
      impressions: {
        source: "Buffer, engagement-rate benchmarks 2025 (via ShortsIntel)",
        year: 2025,
        url: "https://shortsintel.com/statistics/social-media-engagement-benchmarks",
        definition: "Engagements ÷ impressions, Buffer users' accounts, 2024–25.",
        isLowConfidence: true,
        note: "Only a point value is published: the band cut-offs are derived as median × exp(0.24 × z) with z at the 10th, 40th, 60th and 90th normal percentiles; 0.24 is the median spread of the seven Modash TikTok (views) bands fitted as lognormal.",
        cells: {
          "all": { median: 0.0441, bands: [0.0324236, 0.0414985, 0.0468646, 0.0599813] },
        },
      },
    },
    x: {
      followers: {
        source: "Rival IQ, 2023 Social Media Industry Benchmark Report",
        year: 2023,
        url: "https://www.rivaliq.com/blog/social-media-industry-benchmark-report/",
        definition: "Median engagements per post ÷ followers, brands with ≥5k followers in 14 industries; 2022 data.",
        isLowConfidence: true,
        note: "Only a median (or a point value) is published: the band cut-offs are derived as median × exp(0.67 × z) with z at the 10th, 40th, 60th and 90th normal percentiles; 0.67 is the median spread of the seven Modash Instagram bands fitted as lognormal.",
        cells: {
          "all": { median: 0.00035, bands: [0.000148308, 0.000295359, 0.00041475, 0.000825982] },
        },
      },
      impressions: {
        source: "Buffer, engagement-rate benchmarks 2025 (via ShortsIntel)",
        year: 2025,
        url: "https://shortsintel.com/statistics/social-media-engagement-benchmarks",
        definition: "Engagements ÷ impressions, Buffer users' accounts, 2024–25.",
        isLowConfidence: true,
        note: "Only a point value is published: the band cut-offs are derived as median × exp(0.24 × z) with z at the 10th, 40th, 60th and 90th normal percentiles; 0.24 is the median spread of the seven Modash TikTok (views) bands fitted as lognormal.",
        cells: {
          "all": { median: 0.0231, bands: [0.0169838, 0.0217373, 0.0245481, 0.0314188] },
        },
      },
    },
    facebook: {
      followers: {
        source: "Rival IQ, 2024 Social Media Industry Benchmark Report",
        year: 2024,
        url: "https://www.rivaliq.com/blog/social-media-industry-benchmark-report/",
        definition: "Median engagements per post ÷ followers, brands with 25k–1M fans in 14 industries; 2023 data.",
        isLowConfidence: true,
        note: "Only a median (or a point value) is published: the band cut-offs are derived as median × exp(0.67 × z) with z at the 10th, 40th, 60th and 90th normal percentiles; 0.67 is the median spread of the seven Modash Instagram bands fitted as lognormal.",
        cells: {
          "all": { median: 0.00063, bands: [0.000266955, 0.000531646, 0.00074655, 0.00148677] },
        },
      },
      impressions: {
        source: "Buffer, engagement-rate benchmarks 2025 (via ShortsIntel)",
        year: 2025,
        url: "https://shortsintel.com/statistics/social-media-engagement-benchmarks",
        definition: "Engagements ÷ impressions, Buffer users' accounts, 2024–25.",
        isLowConfidence: true,
        note: "Only a point value is published: the band cut-offs are derived as median × exp(0.24 × z) with z at the 10th, 40th, 60th and 90th normal percentiles; 0.24 is the median spread of the seven Modash TikTok (views) bands fitted as lognormal.",
        cells: {
          "all": { median: 0.0507, bands: [0.0372761, 0.0477091, 0.0538784, 0.068958] },
        },
      },
    },
    linkedin: {
      followers: {
        source: "Socialinsider, Social Media Benchmarks 2026 (via ShortsIntel)",
        year: 2026,
        url: "https://shortsintel.com/statistics/social-media-engagement-benchmarks",
        definition: "Average engagements ÷ followers, brand profiles, 70M posts January 2024 – December 2025.",
        isLowConfidence: true,
        note: "Only a median (or a point value) is published: the band cut-offs are derived as median × exp(0.67 × z) with z at the 10th, 40th, 60th and 90th normal percentiles; 0.67 is the median spread of the seven Modash Instagram bands fitted as lognormal.",
        cells: {
          "all": { median: 0.0385, bands: [0.0163139, 0.0324895, 0.0456225, 0.090858] },
        },
      },
      impressions: {
        source: "Buffer, engagement-rate benchmarks 2025 (via ShortsIntel)",
        year: 2025,
        url: "https://shortsintel.com/statistics/social-media-engagement-benchmarks",
        definition: "Engagements ÷ impressions, Buffer users' accounts, 2024–25.",
        isLowConfidence: true,
        note: "Only a point value is published: the band cut-offs are derived as median × exp(0.24 × z) with z at the 10th, 40th, 60th and 90th normal percentiles; 0.24 is the median spread of the seven Modash TikTok (views) bands fitted as lognormal.",
        cells: {
          "all": { median: 0.065, bands: [0.0477899, 0.0611655, 0.0690748, 0.0884078] },
        },
      },
    },
  },
};
