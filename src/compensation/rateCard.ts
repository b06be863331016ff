import type { Platform, PostFormat } from "../schemas/platform.js";
import type { TierId } from "../tiers/tierSchemes.js";

/**
 * One uncertain published figure (a reach rate, a CPM, a click-through or
 * conversion rate), read as a lognormal distribution. A published range is
 * read as the 10th to 90th percentile (`low`, `high`); its median is the
 * published median when the source gives one (`expected`), otherwise the
 * geometric midpoint `√(low · high)`. A single published figure (`expected`
 * without `low` and `high`) gets the card's assumed spread
 * ({@link RateCard.rangeSpread}). Rates are fractions, money is in the card's
 * currency.
 *
 * @example
 * const ctr = { low: 0.005, high: 0.015, source: "codivupload, Click-through rate (glossary), undated" } satisfies RateEstimate;
 * Math.sqrt(ctr.low * ctr.high);
 * // => 0.008660254037844387
 * @category Compensation
 */
export type RateEstimate =
  | {
      /** The median (50th percentile) as published. */
      readonly expected: number;
      /** The published low end, read as the 10th percentile; omit for a single figure. */
      readonly low?: number | undefined;
      /** The published high end, read as the 90th percentile; omit for a single figure. */
      readonly high?: number | undefined;
      /** `"<publisher>, <title>, <year or undated>"`, or `"assumption: …"`. */
      readonly source: string;
      /** Address of the source. */
      readonly url?: string | undefined;
    }
  | {
      /** The median, when the source publishes one; otherwise `√(low · high)` is used. */
      readonly expected?: number | undefined;
      /** The published low end, read as the 10th percentile. */
      readonly low: number;
      /** The published high end, read as the 90th percentile. */
      readonly high: number;
      /** `"<publisher>, <title>, <year or undated>"`, or `"assumption: …"`. */
      readonly source: string;
      /** Address of the source. */
      readonly url?: string | undefined;
    };

/**
 * A reach or view rate for accounts from `minFollowers` up to the next band's
 * `minFollowers`: the expected impressions (or views) of one post as a share
 * of followers. Rates may exceed 1 (a video can be seen by more people than
 * follow the account).
 *
 * @example
 * const band = { minFollowers: 0, expected: 0.3772, source: "minter.io, 2019" } satisfies ReachBand;
 * band.expected * 10_000;
 * // => 3772
 * @category Compensation
 */
export type ReachBand = RateEstimate & {
  /** Smallest follower count of the band (inclusive); the first band starts at 0. */
  readonly minFollowers: number;
};

/**
 * Reach bands of one platform and format, smallest accounts first; the first
 * band starts at 0 followers and `minFollowers` rises strictly.
 *
 * @example
 * const bands: ReachBands = [{ minFollowers: 0, expected: 0.3, source: "sponsorrate, undated" }];
 * bands.length;
 * // => 1
 * @category Compensation
 */
export type ReachBands = readonly [ReachBand, ...ReachBand[]];

/**
 * Entries per post format, with an optional `default` for formats not listed.
 *
 * @example
 * const premiums: FormatTable<number> = { reel: 1.45, default: 1 };
 * premiums.reel;
 * // => 1.45
 * @category Compensation
 */
export type FormatTable<T> = { readonly [Key in PostFormat | "default"]?: T | undefined };

/**
 * A price premium: the fee is multiplied by `multiplier`.
 *
 * @example
 * const premium: FormatPremium = { multiplier: 1.25, source: "HypeAuditor, 2020" };
 * premium.multiplier * 100;
 * // => 125
 * @category Compensation
 */
export interface FormatPremium {
  /** Multiplier on the base fee (1.25 = 25% more than the platform's reference format). */
  readonly multiplier: number;
  /** `"<publisher>, <title>, <year or undated>"`. */
  readonly source: string;
  /** Address of the source. */
  readonly url?: string | undefined;
}

/**
 * A published per-post price band for one tier: the market's sanity range.
 *
 * @example
 * const rate = { low: 100, high: 500, source: "Influencer Marketing Hub, 2021" } satisfies MarketRate;
 * rate.high / rate.low;
 * // => 5
 * @category Compensation
 */
export interface MarketRate {
  /** Low end of the published band, in the card's currency. */
  readonly low: number;
  /** High end, or `null` for an open-ended band ("$10,000+"). */
  readonly high: number | null;
  /** `"<publisher>, <title>, <year or undated>"`. */
  readonly source: string;
  /** Address of the source. */
  readonly url?: string | undefined;
}

/**
 * One point of the usage-rights schedule: `days` of usage rights add
 * `premium` (a fraction of the base fee) to the price.
 *
 * @example
 * const point: UsageRightsPoint = { days: 30, premium: 0.375 };
 * 1 + point.premium;
 * // => 1.375
 * @category Compensation
 */
export interface UsageRightsPoint {
  /** Days of usage rights. */
  readonly days: number;
  /** Premium as a fraction of the base fee (0.375 = +37.5%). */
  readonly premium: number;
}

/**
 * A premium that grows linearly with a number of days.
 *
 * @example
 * const whitelisting: PerPeriodPremium = { premiumPer30Days: 0.25, source: "topgrowthmarketing, undated" };
 * 1 + whitelisting.premiumPer30Days * (60 / 30);
 * // => 1.5
 * @category Compensation
 */
export interface PerPeriodPremium {
  /** Premium per 30 days, as a fraction of the base fee; prorated by day. */
  readonly premiumPer30Days: number;
  /** `"<publisher>, <title>, <year or undated>"`, or `"assumption: …"`. */
  readonly source: string;
  /** Address of the source. */
  readonly url?: string | undefined;
}

/**
 * The largest effect of a score-driven adjustment: the multiplier runs from
 * `1 − maxEffect` (score 0) through 1 (score 50) to `1 + maxEffect` (score 100).
 *
 * @example
 * const bound: BoundedEffect = { maxEffect: 0.1, source: "sproutlaw, undated" };
 * [1 - bound.maxEffect, 1 + bound.maxEffect];
 * // => [0.9, 1.1]
 * @category Compensation
 */
export interface BoundedEffect {
  /** Largest relative change, in [0, 1). */
  readonly maxEffect: number;
  /** `"<publisher>, <title>, <year or undated>"`, or `"assumption: …"`. */
  readonly source: string;
  /** Address of the source. */
  readonly url?: string | undefined;
}

/**
 * Every default the compensation estimators use, each with its source. Pass
 * a modified copy as the `rateCard` option to override any table:
 * `{ ...RATE_CARD, cpm: { ...RATE_CARD.cpm, instagram: { low: 32, high: 42, source: "my bookings" } } }`.
 *
 * @example
 * const card: RateCard = { ...RATE_CARD, currency: "EUR" };
 * card.currency;
 * // => "EUR"
 * @category Compensation
 */
export interface RateCard {
  /** The day the figures were compiled, ISO 8601 (`"2026-11-27"`). */
  readonly compiledAt: string;
  /** ISO 4217 code of every amount in the card (`cpm`, `marketRates`). */
  readonly currency: string;
  /** The 90th/10th percentile ratio given to a single published figure, and why. */
  readonly rangeSpread: { readonly ratio: number; readonly source: string };
  /** Post reach (or views) as a share of followers, by platform, format and account size. */
  readonly reachRate: { readonly [Key in Platform]?: FormatTable<ReachBands> | undefined };
  /** Cost per 1,000 impressions of influencer content, by platform, with a `default`. */
  readonly cpm: { readonly default: RateEstimate } & { readonly [Key in Platform]?: RateEstimate | undefined };
  /** Link clicks per impression, by platform and format, with a `default`. */
  readonly clickThroughRate: { readonly default: RateEstimate } & {
    readonly [Key in Platform]?: FormatTable<RateEstimate> | undefined;
  };
  /**
   * Purchases per click of influencer traffic, by tier. Each figure holds at
   * its tier's geometric centre under the standard scheme (nano 3,162 to mega
   * 3,162,278 followers); between them the rate is interpolated in log
   * followers and log rate; the spread is the account's tier's.
   */
  readonly conversionRate: Readonly<Record<TierId, RateEstimate>>;
  /** Default affiliate commission, a fraction of the order value. */
  readonly commissionRate: { readonly value: number; readonly source: string; readonly url?: string | undefined };
  /**
   * The share of a typical influencer's followers that are real people: the
   * audience the reach and click-through benchmarks were measured on. A
   * profile with a known real share (`audience.authenticShare`, or the
   * estimate from `audience.sample`) scales those benchmarks by its share
   * over this one.
   */
  readonly typicalAuthenticShare: { readonly value: number; readonly source: string; readonly url?: string | undefined };
  /** Price premium of a format over the platform's reference format (1 when not listed). */
  readonly formatPremium: { readonly [Key in Platform]?: { readonly [F in PostFormat]?: FormatPremium | undefined } | undefined };
  /** Usage-rights premium by duration; linear between points, flat after the last. */
  readonly usageRights: {
    readonly points: readonly [UsageRightsPoint, ...UsageRightsPoint[]];
    readonly source: string;
    readonly url?: string | undefined;
  };
  /** Paid amplification (whitelisting, boosting from the creator's handle). */
  readonly whitelisting: PerPeriodPremium;
  /** Category exclusivity. */
  readonly exclusivity: PerPeriodPremium;
  /**
   * Engagements (likes + comments + shares + saves) per impression, view or
   * reach of one post, by platform, for every account size: the yardstick of
   * the flat fee's engagement adjustment. A platform left out gets no
   * engagement adjustment.
   */
  readonly engagementPerImpression: { readonly [Key in Platform]?: RateEstimate | undefined };
  /** Bounds of the quality adjustments from engagement per impression and the trust score. */
  readonly quality: { readonly engagement: BoundedEffect; readonly trust: BoundedEffect };
  /** Bound of the demand adjustment from the `bookingRate` option. */
  readonly bookingRate: BoundedEffect;
  /** Published per-post price bands by platform and tier, with a `default`. */
  readonly marketRates: { readonly default: Readonly<Record<TierId, MarketRate>> } & {
    readonly [Key in Platform]?: Readonly<Record<TierId, MarketRate>> | undefined;
  };
}

// Sources are plain string literals inside RATE_CARD (not template literals):
// a template with substitutions is not side-effect free to a bundler, which would
// then keep the whole table in every bundle, even one that only imports classifyTier.
const MINTER = "minter.io, How much reach should my brand be getting on Instagram? (medians of 3–4M posts and 350k Stories), 2019";
const MINTER_URL = "https://minter.io/blog/how-much-reach-should-my-brand-be-getting-on-instagram/";
const CODIVUPLOAD_URL = "https://codivupload.com/glossary/click-through-rate";
const LOOKFLUENCE = "Digital Applied aggregation (150+ data points), via lookfluence, Influencer conversion benchmarks and CPA, 2026";
const LOOKFLUENCE_URL = "https://blog.lookfluence.com/2026/06/10/influencer-conversion-benchmarks-cpa-2026/";
const WORDONTHEBLOCK = "wordontheblock, Influencer pricing guide, 2023";
const WORDONTHEBLOCK_URL = "https://wordontheblock.com/blog/influencer-pricing-guide";
const HYPEAUDITOR_URL = "https://hypeauditor.com/blog/how-instagram-influencers-set-their-prices/";
const IMH = "Influencer Marketing Hub, influencer rate card (as republished on alittleclass.blogspot.com, January 2021), 2021";
const COLLABDXB = "collabdxb, Influencer campaign pricing guide (5 tiers), undated";
const COLLABDXB_URL = "https://collabdxb.com/blog/campaign-pricing-guide";
const BUFFER = "Buffer, engagement-rate benchmarks 2025 (engagements ÷ impressions, Buffer users' accounts, 2024–25; via ShortsIntel), 2025";
const BUFFER_URL = "https://shortsintel.com/statistics/social-media-engagement-benchmarks";

/**
 * The default rate card: every figure the compensation estimators use, as the
 * cited page publishes it, compiled on 2026-11-27. Money is in US dollars.
 * Most sources are vendor or agency pages without a published method (grade
 * C in `docs/methodology/compensation.md`), and they disagree: booking-platform
 * CPMs (inzpire.me, about $32–42 on Instagram) are several times the blog
 * ranges used here. Treat results as a negotiating anchor and override any
 * table with your own data through the `rateCard` option.
 *
 * - `reachRate`: Instagram feed and Stories from minter.io (2019 medians by
 *   follower band); Reels from influencerfee.com (2026, 15–40%); YouTube
 *   views per subscriber from BrightBean (undated, by channel size); TikTok
 *   from the sponsorrate calculator (30%); Facebook from Hootsuite (5.2%
 *   organic page reach, 2020); X from Stellar's platform assumption (30%);
 *   LinkedIn from Smart Insights (4–8%). Twitch: no published figure.
 * - `cpm`: wordontheblock 2023 (Instagram and TikTok $5–15, YouTube $15–30);
 *   other platforms Upfluence's $6.50 planning default.
 * - `clickThroughRate`: codivupload (Instagram feed 0.5–1.5%, Stories 1–3%,
 *   X 0.5–1%, LinkedIn 1–2%); Instagram Reels creatorlanehq 2026 (1–3%, median 1.8%).
 * - `conversionRate`: Digital Applied via lookfluence 2026 (nano 2.41%, micro
 *   2.18%, macro 1.42%, mega 0.91%; mid uses the 2.18% all-tier average),
 *   interpolated between tier centres (`docs/methodology/compensation.md` §2).
 * - `commissionRate`: Amazon Associates "all other categories", 4%.
 * - `typicalAuthenticShare`: HypeAuditor 2019 (22.23% of Instagram influencers'
 *   followers are suspicious accounts, so 0.7777 are real).
 * - `formatPremium`: HypeAuditor (video +40–50%, carousel +20–30%; midpoints used).
 * - `usageRights`: contentcreators.com (30 days +25–50%, 6 months +75–100%, 12 months +100–150%; midpoints).
 * - `whitelisting`: topgrowthmarketing (25% of the base per 30 days).
 * - `exclusivity`: stackmatix 2026 (+20–50%; midpoint 35%); reading it as per 30 days is an
 *   assumption (the source names no duration), so its source starts with `"assumption: "` and the
 *   exclusivity adjustment is marked `isAssumption`.
 * - `engagementPerImpression`: one yardstick per platform, the same for every
 *   account size: Instagram 6.23% of impressions (Captiv8 via eMarketer, c. 2024, nano),
 *   TikTok 8.86% of views (Modash, November 2025, 10k–50k followers, 6.28–11.38%),
 *   YouTube 2.72% of views (SociaVault 2026, geometric mean of nano 5.23% and
 *   mega 1.41%); X 2.31%, Facebook 5.07% and LinkedIn 6.5% of impressions
 *   (Buffer 2025, all accounts). Twitch: no published figure.
 * - `quality`: sproutlaw (engagement ±10–20%) and Keepface (quality ±20%), each bounded at ±10% here.
 * - `marketRates`: Influencer Marketing Hub 2021 rate cards (Instagram, YouTube,
 *   TikTok nano to mid), wordontheblock 2023 (TikTok macro and mega), collabdxb (other platforms).
 *
 * @example
 * RATE_CARD.cpm.instagram;
 * // => { low: 5, high: 15, source: "wordontheblock, Influencer pricing guide, 2023", url: "https://wordontheblock.com/blog/influencer-pricing-guide" }
 * @example
 * [RATE_CARD.currency, RATE_CARD.compiledAt];
 * // => ["USD", "2026-11-27"]
 * @category Compensation
 */
export const RATE_CARD: RateCard = {
  compiledAt: "2026-11-27",
  currency: "USD",
  rangeSpread: {
    ratio: 3,
    source:
      "assumption: a single published figure gets a 10th–90th percentile band three times as wide at the top as at the bottom (÷√3 to ×√3), the typical width of the published ranges for the same quantities (CPM $5–15, click-through 0.5–1.5%)",
  },
  reachRate: {
    instagram: {
      default: [
        { minFollowers: 0, expected: 0.3772, source: MINTER, url: MINTER_URL },
        { minFollowers: 20_000, expected: 0.22945, source: MINTER, url: MINTER_URL },
        { minFollowers: 100_000, expected: 0.22885, source: MINTER, url: MINTER_URL },
        { minFollowers: 1_000_000, expected: 0.1909, source: MINTER, url: MINTER_URL },
      ],
      story: [
        { minFollowers: 0, expected: 0.08155, source: MINTER, url: MINTER_URL },
        { minFollowers: 20_000, expected: 0.0427, source: MINTER, url: MINTER_URL },
        { minFollowers: 100_000, expected: 0.041, source: MINTER, url: MINTER_URL },
        { minFollowers: 1_000_000, expected: 0.0378, source: MINTER, url: MINTER_URL },
      ],
      reel: [
        {
          minFollowers: 0,
          low: 0.15,
          high: 0.4,
          source: "influencerfee.com, Instagram reach calculator (typical Reels reach), 2026",
          url: "https://influencerfee.com/post.php?slug=instagram-reach-calculator",
        },
      ],
    },
    tiktok: {
      default: [
        {
          minFollowers: 0,
          expected: 0.3,
          source: "sponsorrate, Sponsorship rate calculator methodology (TikTok view rate), undated",
          url: "https://sponsorrate-com.pages.dev/methodology",
        },
      ],
    },
    youtube: {
      default: [
        {
          minFollowers: 0,
          low: 0.3,
          high: 0.5,
          source: "BrightBean, Good YouTube views-to-subscriber ratio (channels under 10k), undated",
          url: "https://brightbean.xyz/glossary/youtube-analytics/good-youtube-views-subscriber-ratio",
        },
        {
          minFollowers: 10_000,
          low: 0.14,
          high: 0.2,
          source: "BrightBean, Good YouTube views-to-subscriber ratio (10k–500k), undated",
          url: "https://brightbean.xyz/glossary/youtube-analytics/good-youtube-views-subscriber-ratio",
        },
        {
          minFollowers: 500_000,
          low: 0.05,
          high: 0.15,
          source: "BrightBean, Good YouTube views-to-subscriber ratio (500k+), undated",
          url: "https://brightbean.xyz/glossary/youtube-analytics/good-youtube-views-subscriber-ratio",
        },
      ],
    },
    facebook: {
      default: [
        {
          minFollowers: 0,
          expected: 0.052,
          source: "Hootsuite (as quoted by allofthemarketing.com), Facebook organic page reach, 2020",
        },
      ],
    },
    x: {
      default: [
        {
          minFollowers: 0,
          expected: 0.3,
          source: "Stellar, platform reach assumption for Twitter posts (30% of the audience), undated",
          url: "https://intercom.help/stellario/en/articles/2844087",
        },
      ],
    },
    linkedin: {
      default: [
        {
          minFollowers: 0,
          low: 0.04,
          high: 0.08,
          source: "Smart Insights (Dave Chaffey), Organic vs paid social media reach (LinkedIn daily organic reach), c. 2017",
          url: "https://www.davechaffey.com/digital-marketing-glossary/organic-vs-paid-social-media-reach/",
        },
      ],
    },
  },
  cpm: {
    default: {
      expected: 6.5,
      source: "Upfluence, Upfluence metrics and definitions (default CPM for planning), undated",
      url: "https://help.upfluence.co/en/articles/6989177-upfluence-metrics-and-definitions",
    },
    instagram: { low: 5, high: 15, source: WORDONTHEBLOCK, url: WORDONTHEBLOCK_URL },
    tiktok: { low: 5, high: 15, source: WORDONTHEBLOCK, url: WORDONTHEBLOCK_URL },
    youtube: { low: 15, high: 30, source: WORDONTHEBLOCK, url: WORDONTHEBLOCK_URL },
  },
  clickThroughRate: {
    default: {
      low: 0.005,
      high: 0.015,
      source: "codivupload, Click-through rate (glossary), undated (Instagram organic feed, used for platforms without a figure)",
      url: CODIVUPLOAD_URL,
    },
    instagram: {
      default: { low: 0.005, high: 0.015, source: "codivupload, Click-through rate (glossary), undated (Instagram organic feed, link in bio)", url: CODIVUPLOAD_URL },
      story: { low: 0.01, high: 0.03, source: "codivupload, Click-through rate (glossary), undated (Story link sticker)", url: CODIVUPLOAD_URL },
      reel: {
        expected: 0.018,
        low: 0.01,
        high: 0.03,
        source: "creatorlanehq, CTR (glossary; link in bio from Reels, median of 12k creators), 2026",
        url: "https://creatorlanehq.com/glossary/ctr",
      },
    },
    x: { default: { low: 0.005, high: 0.01, source: "codivupload, Click-through rate (glossary), undated (X organic)", url: CODIVUPLOAD_URL } },
    linkedin: { default: { low: 0.01, high: 0.02, source: "codivupload, Click-through rate (glossary), undated (LinkedIn organic)", url: CODIVUPLOAD_URL } },
  },
  conversionRate: {
    nano: { expected: 0.0241, source: LOOKFLUENCE, url: LOOKFLUENCE_URL },
    micro: { expected: 0.0218, source: LOOKFLUENCE, url: LOOKFLUENCE_URL },
    mid: { expected: 0.0218, source: "Digital Applied aggregation (150+ data points), via lookfluence, Influencer conversion benchmarks and CPA, 2026 (no mid-tier figure; the all-tier average)", url: LOOKFLUENCE_URL },
    macro: { expected: 0.0142, source: LOOKFLUENCE, url: LOOKFLUENCE_URL },
    mega: { expected: 0.0091, source: LOOKFLUENCE, url: LOOKFLUENCE_URL },
  },
  commissionRate: {
    value: 0.04,
    source:
      "Amazon, Associates Program standard commission rates (US, all other categories; April 2020 onward), as republished by helpingmerchants.com, 2024",
  },
  typicalAuthenticShare: {
    value: 0.7777,
    source: "HypeAuditor, influencer fraud report and 2019 benchmark, updated June 2019 (22.23% of the followers of Instagram influencers are suspicious accounts)",
    url: "https://ion.co/hype-auditor-influencer-fraud",
  },
  formatPremium: {
    instagram: {
      carousel: { multiplier: 1.25, source: "HypeAuditor, How Instagram influencers set their prices, c. 2020 (carousel +20–30% over a photo; midpoint)", url: HYPEAUDITOR_URL },
      reel: { multiplier: 1.45, source: "HypeAuditor, How Instagram influencers set their prices, c. 2020 (video +40–50% over a photo; midpoint)", url: HYPEAUDITOR_URL },
      video: { multiplier: 1.45, source: "HypeAuditor, How Instagram influencers set their prices, c. 2020 (video +40–50% over a photo; midpoint)", url: HYPEAUDITOR_URL },
    },
  },
  usageRights: {
    points: [
      { days: 0, premium: 0 },
      { days: 30, premium: 0.375 },
      { days: 180, premium: 0.875 },
      { days: 365, premium: 1.25 },
    ],
    source:
      "contentcreators.com, Usage rights pricing calculator (30 days +25–50%, 6 months +75–100%, 12 months +100–150% of the base; midpoints), undated",
    url: "https://contentcreators.com/resources/toolkit/usage-rights-pricing-calculator",
  },
  whitelisting: {
    premiumPer30Days: 0.25,
    source: "topgrowthmarketing, How much to charge for whitelisting (25% of the base deal per 30 days of boosting), undated",
    url: "https://topgrowthmarketing.com/how-much-to-charge-for-whitelisting/",
  },
  exclusivity: {
    premiumPer30Days: 0.35,
    source:
      "assumption: category exclusivity +20–50% (midpoint) from stackmatix, TikTok influencer rates, 2026, read as per 30 days (the source names no duration)",
    url: "https://stackmatix.com/blog/tiktok-influencer-rates-2026",
  },
  engagementPerImpression: {
    instagram: {
      expected: 0.0623,
      source: "Captiv8 data in eMarketer, Exclusive: Instagram's nano influencers outperform (engagements ÷ impressions of 5,000 organic campaign posts: nano under 10k followers 6.23%, the highest tier), c. 2024",
    },
    tiktok: {
      expected: 0.0886119,
      low: 0.0628,
      high: 0.1138,
      source: "Modash, TikTok Engagement Rate Calculator (engagements ÷ views, 117M+ creators, 10k–50k followers: low and high band cut-offs, geometric mean of the average band), 2025",
      url: "https://www.modash.io/tiktok-engagement-rate-calculator",
    },
    youtube: {
      expected: 0.0271557,
      source: "SociaVault, Nano creators' engagement advantage (engagements ÷ views, 350k+ accounts: geometric mean of nano 5.23% and mega 1.41%), 2026",
      url: "https://sociavault.com/blog/nano-creators-engagement-advantage-data-2026",
    },
    x: { expected: 0.0231, source: BUFFER, url: BUFFER_URL },
    facebook: { expected: 0.0507, source: BUFFER, url: BUFFER_URL },
    linkedin: { expected: 0.065, source: BUFFER, url: BUFFER_URL },
  },
  quality: {
    engagement: {
      maxEffect: 0.1,
      source: "sproutlaw, The golden rule: how to find an influencer rate (±10–20% for engagement above or below average; low end), undated",
      url: "https://sproutlaw.com/blog/the-golden-rule-how-to-find-an-influencer-rate",
    },
    trust: {
      maxEffect: 0.1,
      source: "Keepface, EMV detail (quality multiplier compressed to ±20%; half of it here, the other half is engagement), undated",
      url: "https://help.keepface.com/shared/concepts/emv-detail/",
    },
  },
  bookingRate: {
    maxEffect: 0.2,
    source: "assumption: no published price elasticity of creator demand; bounded like the quality adjustments (±20%)",
  },
  marketRates: {
    default: {
      nano: { low: 50, high: 250, source: COLLABDXB, url: COLLABDXB_URL },
      micro: { low: 250, high: 1_000, source: COLLABDXB, url: COLLABDXB_URL },
      mid: { low: 1_000, high: 5_000, source: COLLABDXB, url: COLLABDXB_URL },
      macro: { low: 5_000, high: 10_000, source: COLLABDXB, url: COLLABDXB_URL },
      mega: { low: 10_000, high: null, source: COLLABDXB, url: COLLABDXB_URL },
    },
    instagram: {
      nano: { low: 10, high: 100, source: IMH },
      micro: { low: 100, high: 500, source: IMH },
      mid: { low: 500, high: 5_000, source: IMH },
      macro: { low: 5_000, high: 10_000, source: IMH },
      mega: { low: 10_000, high: null, source: IMH },
    },
    youtube: {
      nano: { low: 20, high: 200, source: IMH },
      micro: { low: 200, high: 1_000, source: IMH },
      mid: { low: 1_000, high: 10_000, source: IMH },
      macro: { low: 10_000, high: 20_000, source: IMH },
      mega: { low: 20_000, high: null, source: IMH },
    },
    tiktok: {
      nano: { low: 5, high: 25, source: IMH },
      micro: { low: 25, high: 125, source: IMH },
      mid: { low: 125, high: 1_250, source: IMH },
      macro: { low: 125, high: 2_500, source: "wordontheblock, Influencer pricing guide, 2023 (macro = 100k–1M followers)", url: WORDONTHEBLOCK_URL },
      mega: { low: 2_500, high: null, source: WORDONTHEBLOCK, url: WORDONTHEBLOCK_URL },
    },
  },
};
