import { InfluencerInputError, type InputIssue } from "../schemas/InfluencerInputError.js";
import { PLATFORMS, type Platform } from "../schemas/platform.js";
import { checkOptionKeys } from "../schemas/checkArguments.js";
import { countIssue, expectedOneOf, inputIssue } from "./tierIssues.js";
import { TIER_BANDS } from "./tierBands.js";
import { TIER_IDS, type TierBand, type TierId, type TierScheme, type TierSchemeName } from "./tierSchemes.js";

/**
 * What {@link classifyTier} reads from a profile: the follower count (YouTube
 * subscribers go here too) and, optionally, the platform. Any
 * {@link InfluencerProfileInput} fits.
 *
 * @example
 * const account: ClassifyTierInput = { followers: 12_000, platform: "youtube" };
 * classifyTier(account).tier;
 * // => "micro"
 * @category Tiers
 */
export interface ClassifyTierInput {
  /** Followers (subscribers on YouTube): a non-negative integer. */
  readonly followers: number;
  /** The platform the count is from; picks the scheme when the scheme is a {@link TierSchemesByPlatform}. */
  readonly platform?: Platform | undefined;
}

/**
 * A scheme per platform, for teams that tier YouTube or TikTok differently
 * from Instagram. A platform without an entry uses `default`, and without a
 * `default` the `"standard"` scheme; so does an input without a platform.
 *
 * @example
 * const schemes: TierSchemesByPlatform = { youtube: "later-fohr", default: "standard" };
 * classifyTier({ followers: 60_000, platform: "youtube" }, { scheme: schemes }).tier;
 * // => "micro"
 * @category Tiers
 */
export type TierSchemesByPlatform = {
  readonly [Key in Platform | "default"]?: TierScheme | TierSchemeName | undefined;
};

/**
 * Options for {@link classifyTier}.
 *
 * @example
 * const options: ClassifyTierOptions = { scheme: "upfluence" };
 * classifyTier(15_000, options).label;
 * // => "Micro"
 * @category Tiers
 */
export interface ClassifyTierOptions {
  /**
   * The scheme: a name from {@link TIER_SCHEMES}, a scheme from
   * {@link defineTierScheme}, or a {@link TierSchemesByPlatform}. Defaults to `"standard"`.
   */
  readonly scheme?: TierScheme | TierSchemeName | TierSchemesByPlatform | undefined;
  /** The platform the count is from; overrides the input's `platform`. */
  readonly platform?: Platform | undefined;
}

/**
 * Result of {@link classifyTier}. Plain JSON: numbers are finite and "none" is
 * `null`.
 *
 * @example
 * const result: TierResult = classifyTier(2_000_000);
 * [result.tier, result.max, result.nextTier];
 * // => ["mega", null, null]
 * @category Tiers
 */
export interface TierResult {
  /** The tier id the band maps to. */
  readonly tier: TierId;
  /** The scheme's own name for the band, e.g. `"Mega Macro"`. */
  readonly label: string;
  /** Smallest follower count in the band (inclusive). */
  readonly min: number;
  /** First follower count above the band (exclusive), or `null` for the open-ended top band. */
  readonly max: number | null;
  /** Name of the scheme used, e.g. `"standard"`. */
  readonly scheme: string;
  /**
   * How far through the band the count is, in [0, 1] on a log10 scale: 0 at
   * `min`, rising towards 1 at `max`. In the top band, `d / (1 + d)` where `d`
   * is the number of decades above `min` (0.5 at ten times `min`), so it
   * keeps rising but never reaches 1.
   */
  readonly position: number;
  /** Tier id of the next band up, or `null` in the top band. */
  readonly nextTier: TierId | null;
  /** Label of the next band up, or `null` in the top band. */
  readonly nextLabel: string | null;
  /** Followers still needed to reach the next band's `min`, or `null` in the top band. */
  readonly followersToNextTier: number | null;
}

/**
 * Classifies a follower count into an influencer tier (nano, micro, mid,
 * macro or mega) under a published or custom scheme, and says how far the
 * account is from the next tier.
 *
 * Bands are half-open, `[min, max)`: under the default `"standard"` scheme
 * (Mediakix STIM, c. 2019, <https://mediakix.com/influencer-marketing-resources/influencer-tiers/>)
 * 9,999 is nano, 10,000 micro, 50,000 mid, 500,000 macro and 1,000,000 mega.
 * `position` is `(log10(1 + f) − log10(1 + min)) / (log10(1 + max) − log10(1 + min))`
 * for `f` followers; in the open-ended top band it is `d / (1 + d)` with
 * `d = log10((1 + f) / (1 + min))`. Method: `docs/methodology/tiers.md`.
 * O(number of bands).
 *
 * @param input - A follower count, or an object with `followers` (and
 *   optionally `platform`), such as an {@link InfluencerProfileInput}.
 * @param options - The scheme and platform; see {@link ClassifyTierOptions}.
 * @returns The band, its bounds, the position within it and the distance to
 *   the next; `nextTier`, `nextLabel` and `followersToNextTier` are `null` in the top band.
 * @throws {@link InfluencerInputError} if `followers` is not a non-negative
 *   safe integer (path `["followers"]`), the platform is unknown (`["platform"]`)
 *   or a scheme name is unknown (`["scheme"]`, or `["scheme", platform]` in a map).
 * @example
 * classifyTier(50_000);
 * // => { tier: "mid", label: "Mid-tier", min: 50000, max: 500000, scheme: "standard", position: 0, nextTier: "macro", nextLabel: "Macro", followersToNextTier: 450000 }
 * @example
 * classifyTier({ followers: 50_000, platform: "instagram" }, { scheme: "later-fohr" }).tier;
 * // => "micro"
 * @example
 * classifyTier(10_000_000, { scheme: "iab-uk" }).label;
 * // => "VIP"
 * @category Tiers
 */
export function classifyTier(input: number | ClassifyTierInput, options?: ClassifyTierOptions | undefined): TierResult {
  const raw: unknown = input; // JavaScript callers may pass anything
  const given: unknown = options;
  const account = typeof raw === "object" && raw !== null ? (raw as ClassifyTierInput) : undefined;
  const settings = isRecord(given) ? (given as ClassifyTierOptions) : undefined;
  const followers: unknown = account ? account.followers : raw;
  const platform: unknown = settings?.platform !== undefined ? settings.platform : account?.platform;
  const path: string[] = ["scheme"];
  let scheme: unknown = settings?.scheme === undefined ? "standard" : settings.scheme;
  // A key that is neither a platform nor "default" ("YouTube") would otherwise fall back to the default without a word.
  const strayKey = isRecord(scheme) && !("bands" in scheme) ? Object.keys(scheme).find((key) => key !== "default" && !(PLATFORMS as readonly string[]).includes(key)) : undefined;
  if (isRecord(scheme) && !("bands" in scheme)) {
    const map = scheme as TierSchemesByPlatform;
    const key = typeof platform === "string" && Object.hasOwn(map, platform) && map[platform as Platform] !== undefined ? (platform as Platform) : "default";
    path.push(key);
    scheme = map[key] === undefined ? "standard" : map[key];
  }
  const bands: readonly TierBand[] | undefined =
    typeof scheme === "string" ? (Object.hasOwn(TIER_BANDS, scheme) ? TIER_BANDS[scheme as TierSchemeName] : undefined) : isScheme(scheme) ? scheme.bands : undefined;
  const issues: InputIssue[] = [];
  if (given !== undefined && !settings) issues.push(inputIssue([], "invalid_type", "expected an options object", given));
  checkOptionKeys(settings, OPTION_KEYS, issues);
  const countProblem = countIssue(followers, ["followers"]);
  if (countProblem) issues.push(countProblem);
  if (platform !== undefined && !(PLATFORMS as readonly unknown[]).includes(platform)) {
    issues.push(inputIssue(["platform"], "invalid_value", expectedOneOf(PLATFORMS), platform));
  }
  if (!bands) {
    issues.push(
      typeof scheme === "string"
        ? inputIssue(path, "invalid_value", expectedOneOf(Object.keys(TIER_BANDS)), scheme)
        : inputIssue(path, "invalid_type", "expected a scheme name or a scheme from defineTierScheme", scheme),
    );
  }
  if (strayKey !== undefined) issues.push(inputIssue(["scheme", strayKey], "invalid_value", 'expected a platform or "default" as the key', strayKey));
  const band0 = bands?.[0];
  if (issues.length > 0 || !bands || !band0) throw new InfluencerInputError(issues);
  const count = followers as number;
  let band = band0;
  let next: TierBand | undefined;
  for (const candidate of bands) {
    if (candidate.min > count) {
      next = candidate;
      break;
    }
    band = candidate;
  }
  const max = next ? next.min : null;
  const decades = Math.log10((1 + count) / (1 + band.min));
  // An open band's position is d / (1 + d), written 1 − 1 / (1 + d): each step then rounds in one
  // direction as d grows, so the position never falls by a last bit (d / (1 + d) did, near 2^53).
  return {
    tier: band.tier,
    label: band.label,
    min: band.min,
    max,
    scheme: typeof scheme === "string" ? scheme : (scheme as TierScheme).name,
    // A count below max can still give a ratio of exactly 1 once max is beyond about 10^15, where
    // log10(max) and log10(1 + max) round alike: cap it at the largest double below 1, 1 − 2⁻⁵³.
    position: max === null ? 1 - 1 / (1 + decades) : Math.min(decades / Math.log10((1 + max) / (1 + band.min)), 0.9999999999999999),
    nextTier: next ? next.tier : null,
    nextLabel: next ? next.label : null,
    followersToNextTier: max === null ? null : max - count,
  };
}

/** The keys of {@link ClassifyTierOptions}: any other is an issue. */
const OPTION_KEYS: readonly (keyof ClassifyTierOptions)[] = ["scheme", "platform"];

/** An object that is not an array. @internal */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A scheme object a caller may have built without {@link defineTierScheme}:
 * a name and a non-empty list of bands, each with a tier from
 * {@link TIER_IDS}, a label and a non-negative integer `min`, the first `min`
 * 0 and each above the one before (so every count has a band and every
 * position is finite). O(number of bands).
 *
 * @internal
 */
function isScheme(value: unknown): value is TierScheme {
  if (!isRecord(value) || typeof value.name !== "string" || !Array.isArray(value.bands) || value.bands.length === 0) return false;
  let floor = -1;
  return (value.bands as readonly unknown[]).every((band) => {
    if (!isRecord(band) || !(TIER_IDS as readonly unknown[]).includes(band.tier) || typeof band.label !== "string" || countIssue(band.min, []) !== undefined) return false;
    const min = band.min as number;
    const isAbove = floor < 0 ? min === 0 : min > floor;
    floor = min;
    return isAbove;
  });
}
