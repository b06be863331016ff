/**
 * One of the three things the trust score asks about an account:
 *
 * - `authenticity`: is the audience real? (audience audits, engagement level,
 *   follower growth, follow-back behaviour, comment patterns)
 * - `credibility`: is the voice selective? (how much is sponsored, how the
 *   audience takes sponsored posts, how many brands share a post)
 * - `authority`: is there a niche and a conversation? (topic focus,
 *   comments per like, posting rhythm, account age)
 *
 * @example
 * const facet: TrustFacet = "credibility";
 * TRUST_SIGNAL_KEYS.filter((key) => TRUST_SIGNAL_FACETS[key] === facet);
 * // => ["sponsoredShare", "sponsoredEngagement", "brandMentions"]
 * @category Trust
 */
export type TrustFacet = "authenticity" | "credibility" | "authority";

/**
 * The signals {@link scoreTrust} reads, each a key of a {@link TrustFactor}
 * and of {@link TRUST_WEIGHTS}. Methods and thresholds: `docs/methodology/trust.md`.
 *
 * Authenticity:
 * - `audienceAuthenticity`: share of real followers (vendor audit, or the library's estimate from a follower sample).
 * - `engagementRate`: engagement compared with the benchmark for the platform and size.
 * - `followerGrowth`: follower-count spikes and drops that no viral post explains.
 * - `followRatio`: following ÷ followers (follow-for-follow).
 * - `commentShare`: comments per like, too few meaning bought likes.
 * - `engagementPattern`: pod-like engagement (extreme, flat, comment-heavy).
 *
 * Credibility:
 * - `sponsoredShare`: share of posts that are sponsored.
 * - `sponsoredEngagement`: sponsored posts' engagement ÷ organic posts' engagement.
 * - `brandMentions`: brands mentioned per sponsored post.
 *
 * Authority:
 * - `topicConcentration`: Herfindahl index of the posts' topics.
 * - `conversationDepth`: comments per like.
 * - `postingRegularity`: how even the gaps between posts are.
 * - `accountAge`: days since the account was created.
 *
 * @example
 * const key: TrustSignalKey = "followerGrowth";
 * TRUST_SIGNAL_FACETS[key];
 * // => "authenticity"
 * @category Trust
 */
export type TrustSignalKey =
  | "audienceAuthenticity"
  | "engagementRate"
  | "followerGrowth"
  | "followRatio"
  | "commentShare"
  | "engagementPattern"
  | "sponsoredShare"
  | "sponsoredEngagement"
  | "brandMentions"
  | "topicConcentration"
  | "conversationDepth"
  | "postingRegularity"
  | "accountAge";

/**
 * Every {@link TrustSignalKey}, in the order factors are listed: authenticity,
 * then credibility, then authority.
 *
 * @example
 * TRUST_SIGNAL_KEYS.length;
 * // => 13
 * @category Trust
 */
export const TRUST_SIGNAL_KEYS: readonly [TrustSignalKey, ...TrustSignalKey[]] = [
  "audienceAuthenticity",
  "engagementRate",
  "followerGrowth",
  "followRatio",
  "commentShare",
  "engagementPattern",
  "sponsoredShare",
  "sponsoredEngagement",
  "brandMentions",
  "topicConcentration",
  "conversationDepth",
  "postingRegularity",
  "accountAge",
];

/**
 * The facet each signal belongs to.
 *
 * @example
 * TRUST_SIGNAL_FACETS.topicConcentration;
 * // => "authority"
 * @category Trust
 */
export const TRUST_SIGNAL_FACETS: Readonly<Record<TrustSignalKey, TrustFacet>> = {
  audienceAuthenticity: "authenticity",
  engagementRate: "authenticity",
  followerGrowth: "authenticity",
  followRatio: "authenticity",
  commentShare: "authenticity",
  engagementPattern: "authenticity",
  sponsoredShare: "credibility",
  sponsoredEngagement: "credibility",
  brandMentions: "credibility",
  topicConcentration: "authority",
  conversationDepth: "authority",
  postingRegularity: "authority",
  accountAge: "authority",
};

/**
 * Relative weights of the trust signals, with where they come from. Weights
 * are relative: only their ratios matter, and a signal without data gives its
 * weight to the others in proportion.
 *
 * @example
 * const table: TrustWeightTable = { source: "my team, 2026", values: { ...TRUST_WEIGHTS.values, sponsoredShare: 20 } };
 * table.values.sponsoredShare;
 * // => 20
 * @category Trust
 */
export interface TrustWeightTable {
  /** `"<publisher>, <title>, <year>"`, or how the weights were chosen. */
  readonly source: string;
  /** Address of the source. */
  readonly url?: string | undefined;
  /** Non-negative weight per signal. */
  readonly values: Readonly<Record<TrustSignalKey, number>>;
}

/**
 * Default weights of the trust signals; they add up to 100, so each reads as
 * the points a signal is worth when every signal has data. Authenticity gets
 * 55, credibility 25 and authority 20. No vendor publishes its weights:
 * HypeAuditor's Audience Quality Score is built from engagement, audience
 * type, growth anomalies and comment authenticity without published weights
 * (HypeAuditor, "New AQS formula", <https://hypeauditor.com/blog/new-aqs-formula-fairer-assessment/>),
 * so these are the library's judgement, led by the same authenticity
 * signals, with a vendor's audience audit as the strongest single signal.
 * Replace them with `options.weights`.
 *
 * @example
 * Object.values(TRUST_WEIGHTS.values).reduce((sum, weight) => sum + weight, 0);
 * // => 100
 * @category Trust
 */
export const TRUST_WEIGHTS: TrustWeightTable = {
  source:
    "influencer-scoring default weights (judgement), led by the authenticity signals of HypeAuditor's Audience Quality Score (HypeAuditor, New AQS formula, undated), whose weights are not published",
  url: "https://hypeauditor.com/blog/new-aqs-formula-fairer-assessment/",
  values: {
    audienceAuthenticity: 20,
    engagementRate: 10,
    followerGrowth: 10,
    followRatio: 5,
    commentShare: 5,
    engagementPattern: 5,
    sponsoredShare: 10,
    sponsoredEngagement: 10,
    brandMentions: 5,
    topicConcentration: 6,
    conversationDepth: 6,
    postingRegularity: 4,
    accountAge: 4,
  },
};
