/**
 * Names of the tunable numbers of the trust model (thresholds, windows and
 * ramp ends). Each is documented, with its default and source, in
 * {@link TRUST_THRESHOLDS} and `docs/methodology/trust.md`.
 *
 * @example
 * const key: TrustThresholdKey = "spikeZ";
 * TRUST_THRESHOLDS[key].value;
 * // => 3.5
 * @category Trust
 */
export type TrustThresholdKey =
  | "authenticShareZero"
  | "authenticShareFull"
  | "authenticShareWarning"
  | "authenticShareCritical"
  | "minSampledFollowers"
  | "engagementPercentileZero"
  | "engagementPercentileFull"
  | "engagementLowPercentile"
  | "windowDays"
  | "minBaselineIntervals"
  | "minHistoryDays"
  | "spikeZ"
  | "spikeMinDailyGain"
  | "dropMinDailyLoss"
  | "purgeWindowDays"
  | "viralMatchDays"
  | "minGainScale"
  | "anomalousGrowthShareZero"
  | "followRatioFull"
  | "followRatioZero"
  | "followForFollowRatio"
  | "massFollowing"
  | "commentsPerLikeLow"
  | "commentsPerLikeZero"
  | "commentsPerLikeHigh"
  | "podPercentile"
  | "podMaxVariation"
  | "minPatternPosts"
  | "sponsoredShareFull"
  | "sponsoredShareZero"
  | "sponsoredSaturationShare"
  | "sponsoredEngagementZero"
  | "sponsoredEngagementLow"
  | "minPostsPerGroup"
  | "brandMentionsFull"
  | "brandMentionsZero"
  | "brandMentionOverload"
  | "topicConcentrationFull"
  | "minTopicPosts"
  | "minDatedPosts"
  | "accountAgeFullDays"
  | "newAccountDays"
  | "criticalFlagCap"
  | "minBandConfidence";

/**
 * One default number of the trust model and where it comes from.
 *
 * @example
 * const threshold: TrustThreshold = { value: 0.75, source: "my team's vetting policy, 2026" };
 * threshold.value;
 * // => 0.75
 * @category Trust
 */
export interface TrustThreshold {
  /** The default value, in the unit the key's description gives (fractions, never percents). */
  readonly value: number;
  /** `"<publisher>, <title>, <year>"`, or `"judgement: …"` with the reasoning when no source publishes a number. */
  readonly source: string;
  /** Address of the source, when there is one. */
  readonly url?: string | undefined;
}

/**
 * Default thresholds, windows and ramp ends of {@link scoreTrust}, each with
 * its source. Override any of them with `options.thresholds`. Fractions are
 * in [0, 1]; days are days; "ramp" means a signal scores 0 at one end, full
 * credit at the other and is linear between.
 *
 * - Audience: `authenticShareZero` 0.5 and `authenticShareFull` 0.9 are the
 *   ramp ends of the real-follower share; the flag `audience-fake-heavy` is a
 *   warning below `authenticShareWarning` 0.75 (Modash: "<75% credibility is
 *   often a sign of fraud") and critical below `authenticShareCritical` 0.5;
 *   from a follower sample, critical only with at least `minSampledFollowers`
 *   20 sampled accounts (and the whole interval below the warning line), so a
 *   handful of accounts is a warning, not proof.
 * - Engagement: percentile of the engagement rate among peers, ramp from
 *   `engagementPercentileZero` 0 to `engagementPercentileFull` 0.5, flag
 *   `engagement-too-low` below `engagementLowPercentile` 0.1.
 * - Follower history: robust z-scores of per-day log growth over a centred
 *   `windowDays` 28 window with at least `minBaselineIntervals` 5 neighbours;
 *   at least `minHistoryDays` 7 of history; a spike needs z above `spikeZ` 3.5
 *   and a daily gain `spikeMinDailyGain` 0.02 above the baseline; a drop
 *   needs z below −3.5 and a daily loss of `dropMinDailyLoss` 0.01; a drop
 *   within `purgeWindowDays` 30 after a spike is a purge; a viral post (an
 *   engagement outlier of {@link scoreEngagement}) within `viralMatchDays` 3
 *   explains a spike; `minGainScale` 0.001 is the smallest per-day spread (and
 *   a small account's spread is never below the Poisson noise of the count it
 *   is expected to gain, so `spikeZ` also sets how far above Anscombe's
 *   `2√(x + 3/8)` a day's gain must be); the signal scores 0 once
 *   `anomalousGrowthShareZero` 0.25 of followers came in anomalous spikes.
 * - Following: ramp of following ÷ followers from `followRatioFull` 0.5 to
 *   `followRatioZero` 2, scaled in by `massFollowing` 1,500; flag from
 *   `followForFollowRatio` 0.8.
 * - Comments per like: typical range `commentsPerLikeLow` 0.01 to
 *   `commentsPerLikeHigh` 0.1; bought-like ramp down to `commentsPerLikeZero` 0.001.
 * - Pods: rate percentile ≥ `podPercentile` 0.95, robust variation ≤
 *   `podMaxVariation` 0.15, comments per like above 0.1; needs `minPatternPosts` 6 posts.
 * - Sponsored: share ramp from `sponsoredShareFull` 0.2 to `sponsoredShareZero`
 *   0.8, flag above `sponsoredSaturationShare` 0.5; sponsored ÷ organic
 *   engagement scores 0 at `sponsoredEngagementZero` 0.25, note below
 *   `sponsoredEngagementLow` 0.5; `minPostsPerGroup` 3 posts of each kind.
 * - Brands per sponsored post: ramp from `brandMentionsFull` 1 to
 *   `brandMentionsZero` 5, flag from `brandMentionOverload` 3.
 * - Topics: Herfindahl index `topicConcentrationFull` 0.18 gets full credit,
 *   with `minTopicPosts` 5 posts with topics.
 * - Regularity needs `minDatedPosts` 5 dated posts; account age gets full
 *   credit at `accountAgeFullDays` 365 and is flagged new under `newAccountDays` 60.
 * - Critical flags: a score (0–100, not a fraction) that caps the trust score
 *   whenever at least one flag is `critical`, `criticalFlagCap` 59.9, the top
 *   of the default `questionable` band (see {@link TrustCap}).
 * - Band: a score reads a band only when its signals carry at least
 *   `minBandConfidence` 0.5 of the weight (its `confidence`), when a counted
 *   critical flag stands, or when every score the signals without data could lead to
 *   reads the same band; otherwise the band is `'unknown'` (the score stays).
 *
 * @example
 * TRUST_THRESHOLDS.authenticShareWarning;
 * // => { value: 0.75, source: "Modash, Instagram audience details (help centre), undated: below 75% audience credibility is often a sign of fraud", url: "https://help.modash.io/en/articles/3274068-instagram-audience-details" }
 * @category Trust
 */
export const TRUST_THRESHOLDS: Readonly<Record<TrustThresholdKey, TrustThreshold>> = {
  authenticShareZero: {
    value: 0.5,
    source: "Stellar, Audience score (help centre), undated: 50–60 is a warning and at most 30 low quality; the ramp reaches 0 at the bottom of the warning zone",
    url: "https://intercom.help/stellario/en/articles/5157805",
  },
  authenticShareFull: {
    value: 0.9,
    source: "Heepsy, Nano and micro influencers have the fewest fake followers, c. 2021: under 10% fake followers is the best bucket reported",
    url: "https://blog.heepsy.com/posts/nano-and-micro-influencers-have-fewest-fake-followers",
  },
  authenticShareWarning: {
    value: 0.75,
    source: "Modash, Instagram audience details (help centre), undated: below 75% audience credibility is often a sign of fraud",
    url: "https://help.modash.io/en/articles/3274068-instagram-audience-details",
  },
  authenticShareCritical: {
    value: 0.5,
    source: "Stellar, Audience score (help centre), undated: below the 50–60 warning zone",
    url: "https://intercom.help/stellario/en/articles/5157805",
  },
  minSampledFollowers: {
    value: 20,
    source:
      "judgement, derived for influencer-scoring: from 20 sampled accounts on, the 90% interval calls an audience at the warning line critical at most 4.2% of the time with the shipped model (up to 19.9% below)",
  },
  engagementPercentileZero: {
    value: 0,
    source: "judgement: the lowest engagement among peers scores 0",
  },
  engagementPercentileFull: {
    value: 0.5,
    source: "judgement: engagement at or above the peer median is not a sign of inactive or fake followers",
  },
  engagementLowPercentile: {
    value: 0.1,
    source: "judgement: the bottom decile of peers; low engagement is part of the red-flag combination (with mass followers and follow/unfollow) in BrandHero's 2020 experiment with HypeAuditor",
  },
  windowDays: {
    value: 28,
    source: "judgement: four weeks, so the window holds whole weeks (weekday effects) and is short enough to follow a trend; a rolling baseline as in Hochenbaum, Vallis & Kejariwal, Automatic anomaly detection in the cloud via statistical learning, 2017",
    url: "https://arxiv.org/abs/1704.07706",
  },
  minBaselineIntervals: {
    value: 5,
    source: "judgement: the median and MAD of fewer than five neighbours are too unstable to call a spike",
  },
  minHistoryDays: {
    value: 7,
    source: "HypeAuditor, Followers & following growth analysis (help centre), undated: anomaly annotation needs about a week of history",
    url: "https://help.hypeauditor.com/en/articles/2771777-followers-following-growth-analysis",
  },
  spikeZ: {
    value: 3.5,
    source: "Iglewicz & Hoaglin, How to Detect and Handle Outliers, 1993: modified z-score above 3.5 is an outlier",
    url: "https://www.itl.nist.gov/div898/handbook/eda/section3/eda35h.htm",
  },
  spikeMinDailyGain: {
    value: 0.02,
    source: "judgement: a spike must add at least 2% of followers per day above the baseline, above the 1.2% average daily follower change Captiv8 reported (2018), so tiny bumps on a very smooth series are not flagged",
    url: "https://hellopartner.com/2019/01/08/report-reveals-the-extent-of-instagram-influencer-fraud-at-scale/",
  },
  dropMinDailyLoss: {
    value: 0.01,
    source: "judgement: a drop must remove at least 1% of followers per day below the baseline",
  },
  purgeWindowDays: {
    value: 30,
    source: "judgement from practitioner reading of Social Blade growth charts (a purge follows a bought spike by some days or weeks); platform purges of bot accounts",
  },
  viralMatchDays: {
    value: 3,
    source: "judgement: growth from a viral post arrives within a few days of it",
  },
  minGainScale: {
    value: 0.001,
    source: "judgement: the robust spread of daily log growth is never taken below 0.001 (0.1% of followers a day), the resolution of rounded follower counts",
  },
  anomalousGrowthShareZero: {
    value: 0.25,
    source: "Modash, Instagram audience details (help centre), undated: a quarter of the audience being fake (credibility below 75%) is often a sign of fraud; growth that came in anomalous spikes is treated as possibly bought",
    url: "https://help.modash.io/en/articles/3274068-instagram-audience-details",
  },
  followRatioFull: {
    value: 0.5,
    source: "judgement: following at most half as many accounts as follow you is not follow-back behaviour; symmetric in log scale with the zero end",
  },
  followRatioZero: {
    value: 2,
    source: "Camisani-Calzolari rule as evaluated by Cresci et al., Fame for sale: efficient detection of fake Twitter followers, Decision Support Systems 80, 2015: human profiles satisfy 2·followers ≥ following",
  },
  followForFollowRatio: {
    value: 0.8,
    source: "judgement: following close to (within a fifth of) or above the follower count",
  },
  massFollowing: {
    value: 1500,
    source: "HypeAuditor, How to read audience type (help centre), undated: an account following more than 1,500 others is a mass follower",
    url: "https://help.hypeauditor.com/en/articles/3192772-how-to-read-audience-type",
  },
  commentsPerLikeLow: {
    value: 0.01,
    source: "typical comments-per-like range of 0.01–0.10 hard-coded in open-source engagement validators (heuristic, not authoritative); HypeAuditor compares likes to comments against similar accounts without publishing numbers",
  },
  commentsPerLikeZero: {
    value: 0.001,
    source: "judgement: ten times below the low end of the typical range",
  },
  commentsPerLikeHigh: {
    value: 0.1,
    source: "typical comments-per-like range of 0.01–0.10 hard-coded in open-source engagement validators (heuristic, not authoritative)",
  },
  podPercentile: {
    value: 0.95,
    source: "judgement: engagement in the top 5% of peers is extreme",
  },
  podMaxVariation: {
    value: 0.15,
    source: "judgement: robust coefficient of variation (1.4826·MAD ÷ median) of per-post interactions; open-source engagement checkers treat unusually uniform engagement as a purchase signal (heuristic)",
  },
  minPatternPosts: {
    value: 6,
    source: "judgement: flatness of engagement cannot be judged from fewer than six posts",
  },
  sponsoredShareFull: {
    value: 0.2,
    source: "the social-media 80/20 rule (at most a fifth of posts promotional), e.g. Hallam, The 80/20 rule for social media, undated",
    url: "https://www.hallaminternet.com/social-media-business-8020-rule/",
  },
  sponsoredShareZero: {
    value: 0.8,
    source: "judgement: the 80/20 rule inverted (four fifths of posts promotional) scores 0",
  },
  sponsoredSaturationShare: {
    value: 0.5,
    source: "judgement: more posts sponsored than not; Upfluence reports the same ratio as brand-mention saturation without a threshold",
    url: "https://help.upfluence.co/en/articles/6989177-upfluence-metrics-and-definitions",
  },
  sponsoredEngagementZero: {
    value: 0.25,
    source: "judgement: sponsored posts at a quarter of organic engagement score 0 (each halving costs half the signal); Upfluence's sponsored-post effectiveness is 100% when equal",
    url: "https://help.upfluence.co/en/articles/6989177-upfluence-metrics-and-definitions",
  },
  sponsoredEngagementLow: {
    value: 0.5,
    source: "judgement: sponsored posts at half the organic engagement or less",
  },
  minPostsPerGroup: {
    value: 3,
    source: "judgement: a median of fewer than three posts is one post's noise (sponsored and organic groups)",
  },
  brandMentionsFull: {
    value: 1,
    source: "Traackr, Brand Vitality Score (VIT) (help centre), undated: fewer brand co-mentions in a post means more trust; one brand per sponsored post gets full credit",
    url: "https://help.traackr.com/en/articles/2959000-brand-vitality-score-vit",
  },
  brandMentionsZero: {
    value: 5,
    source: "judgement: five or more brands per sponsored post scores 0",
  },
  brandMentionOverload: {
    value: 3,
    source: "judgement: three or more brands per sponsored post on average",
  },
  topicConcentrationFull: {
    value: 0.18,
    source: "U.S. Department of Justice and Federal Trade Commission, Merger Guidelines, 2023: a Herfindahl index above 1,800 (0.18) is highly concentrated",
    url: "https://www.justice.gov/atr/merger-guidelines",
  },
  minTopicPosts: {
    value: 5,
    source: "judgement: a topic mix cannot be judged from fewer than five posts with topics",
  },
  minDatedPosts: {
    value: 5,
    source: "judgement: four gaps between posts are the fewest that describe a rhythm",
  },
  accountAgeFullDays: {
    value: 365,
    source: "judgement: a year of history gets full credit; account age is a fake-account feature in Yang, Harkreader & Gu, IEEE TIFS, 2013",
  },
  newAccountDays: {
    value: 60,
    source: "Socialbakers, Fake Followers Check, 2013: an account still on a default profile after 2 months is suspicious",
    url: "https://www.socialbakers.com/blog/1099-fake-followers-check-a-new-free-tool-from-socialbakers",
  },
  criticalFlagCap: {
    value: 59.9,
    source:
      "judgement: the highest score (at the score's 0.1 resolution) that the default band table TRUST_BANDS reads as questionable, just below its fair cut-off of 60, so an account with a critical flag, strong evidence of inauthentic activity, never reads fair or better; not lower, because a flag asks for a look rather than giving a verdict and the other signals still describe the account",
  },
  minBandConfidence: {
    value: 0.5,
    source:
      "judgement, after vendors that withhold what their data cannot support (Klear, FAQs: vetting, undated: figures withheld below accuracy thresholds; Upfluence, metrics and definitions, undated: confidence by sample size): below half of the weight the range is at least 50 points wide, across two bands",
    url: "https://help.meltwater.com/en/articles/6762635-faqs-vetting",
  },
};
