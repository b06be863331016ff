/**
 * A social platform the models have benchmarks for. YouTube subscribers and
 * Twitch followers go in the profile's `followers` field like everyone else's.
 *
 * @example
 * const platform: Platform = "tiktok";
 * PLATFORMS.includes(platform);
 * // => true
 * @category Input
 */
export type Platform = "instagram" | "tiktok" | "youtube" | "x" | "facebook" | "linkedin" | "twitch";

/**
 * Every {@link Platform}, in a fixed order (useful for menus and for looping over benchmark tables).
 *
 * @example
 * PLATFORMS.length;
 * // => 7
 * @category Input
 */
export const PLATFORMS: readonly [Platform, ...Platform[]] = ["instagram", "tiktok", "youtube", "x", "facebook", "linkedin", "twitch"];

/**
 * How a sentence names each {@link Platform} ("creators on TikTok", "for
 * Instagram accounts"). Field values, ids, keys and CSV columns keep the
 * lower-case {@link Platform} itself.
 *
 * @internal
 */
export const PLATFORM_NAMES: Readonly<Record<Platform, string>> = {
  instagram: "Instagram",
  tiktok: "TikTok",
  youtube: "YouTube",
  x: "X",
  facebook: "Facebook",
  linkedin: "LinkedIn",
  twitch: "Twitch",
};

/**
 * The format of a post. `story` and `live` are ephemeral; `short` is YouTube
 * Shorts; `reel` is Instagram or Facebook Reels; `text` covers X and LinkedIn posts without media.
 *
 * @example
 * const format: PostFormat = "reel";
 * POST_FORMATS.includes(format);
 * // => true
 * @category Input
 */
export type PostFormat = "image" | "carousel" | "reel" | "story" | "video" | "short" | "live" | "text";

/**
 * Every {@link PostFormat}, in a fixed order.
 *
 * @example
 * POST_FORMATS[0];
 * // => "image"
 * @category Input
 */
export const POST_FORMATS: readonly [PostFormat, ...PostFormat[]] = ["image", "carousel", "reel", "story", "video", "short", "live", "text"];
