/**
 * Stable codes of the red flags {@link scoreTrust} raises. Programs branch on
 * the code; the message is for people. Each code's meaning, trigger,
 * evidence fields and suggested action are in `docs/flags.md`.
 *
 * - `audience-fake-heavy`: the share of real followers is below 0.75.
 * - `engagement-too-low`: engagement in the bottom decile of peers.
 * - `follower-spike`: a jump in followers that no viral post explains.
 * - `follower-purge`: a sharp drop in followers soon after a spike.
 * - `follow-for-follow`: following close to or above the follower count, at scale.
 * - `comment-ratio-low`: fewer than 0.01 comments per like (bought likes).
 * - `engagement-pod-suspected`: comment-heavy, or extreme and flat, engagement.
 * - `sponsored-saturation`: more than half the posts are sponsored.
 * - `sponsored-engagement-low`: sponsored posts get half the organic engagement or less.
 * - `brand-mention-overload`: three or more brands per sponsored post.
 * - `account-new`: the account is less than 60 days old.
 *
 * @example
 * const code: TrustFlagCode = "follower-spike";
 * TRUST_FLAG_CODES.includes(code);
 * // => true
 * @category Trust
 */
export type TrustFlagCode =
  | "audience-fake-heavy"
  | "engagement-too-low"
  | "follower-spike"
  | "follower-purge"
  | "follow-for-follow"
  | "comment-ratio-low"
  | "engagement-pod-suspected"
  | "sponsored-saturation"
  | "sponsored-engagement-low"
  | "brand-mention-overload"
  | "account-new";

/**
 * Every {@link TrustFlagCode}, in the order flags are listed in a result.
 *
 * @example
 * TRUST_FLAG_CODES.length;
 * // => 11
 * @category Trust
 */
export const TRUST_FLAG_CODES: readonly [TrustFlagCode, ...TrustFlagCode[]] = [
  "audience-fake-heavy",
  "engagement-too-low",
  "follower-spike",
  "follower-purge",
  "follow-for-follow",
  "comment-ratio-low",
  "engagement-pod-suspected",
  "sponsored-saturation",
  "sponsored-engagement-low",
  "brand-mention-overload",
  "account-new",
];

/**
 * How much a flag matters: `info` is worth a look, `warning` calls for a
 * check before booking, `critical` is strong evidence of inauthentic activity
 * and caps the trust score (see {@link TrustCap}).
 *
 * @example
 * const severity: TrustFlagSeverity = "warning";
 * severity;
 * // => "warning"
 * @category Trust
 */
export type TrustFlagSeverity = "info" | "warning" | "critical";

/**
 * Evidence attached to a flag: named numbers (fractions, counts, z-scores),
 * ISO 8601 dates, post ids, or `null` when a piece is unknown. The fields of
 * each code are listed in `docs/flags.md`.
 *
 * @example
 * const evidence: TrustFlagEvidence = { sponsoredShare: 0.6, threshold: 0.5, sponsoredPosts: 12, posts: 20 };
 * evidence.sponsoredShare;
 * // => 0.6
 * @category Trust
 */
export type TrustFlagEvidence = Readonly<Record<string, string | number | boolean | null>>;

/**
 * A red flag raised by {@link scoreTrust}: what, how serious, why in words,
 * and the numbers behind it.
 *
 * @example
 * const flag: TrustFlag = {
 *   code: "sponsored-saturation",
 *   severity: "warning",
 *   message: "12 of 20 posts (0.6) are sponsored, above the 0.5 threshold",
 *   evidence: { sponsoredShare: 0.6, threshold: 0.5, sponsoredPosts: 12, posts: 20 },
 * };
 * flag.code;
 * // => "sponsored-saturation"
 * @category Trust
 */
export interface TrustFlag {
  /** Stable code; see {@link TrustFlagCode}. */
  readonly code: TrustFlagCode;
  /** How much it matters. */
  readonly severity: TrustFlagSeverity;
  /** One plain-English sentence, no final period. */
  readonly message: string;
  /** The numbers behind the flag; fields per code in `docs/flags.md`. */
  readonly evidence: TrustFlagEvidence;
}
