import { showDecimals } from "./showDecimals.js";

/**
 * A share (0 to 1) for a sentence: {@link showDecimals}' three decimals, so
 * that a share that is not 0 never reads 0 (0.000448, not 0), and,
 * symmetrically, a share that is not 1 never reads 1: a share that three
 * decimals would round up to 1 keeps three significant digits of its
 * distance from 1 (0.999552, not 1). That distance is exact (Sterbenz: the
 * share is at least 0.9995) and at least 2⁻⁵³, so at most 18 decimals; never
 * an exponent. With `whole` 100, the same for a percent (99.99999999, never
 * 100 for a level below 100%). A number above `whole`, or that would not read
 * as it, reads as `showDecimals` writes it. The trust and audience sentences
 * write their shares, rates and confidence levels with it.
 *
 * @param value - A share, from 0 to `whole`.
 * @param whole - What the whole reads: 1 for a share, 100 for a percent.
 * @returns The share as text.
 * @example
 * [showShare(0.9995518824689009), showShare(0.000448), showShare(0.75), showShare(1), showShare(99.99999999, 100)];
 * // => ["0.999552", "0.000448", "0.75", "1", "99.99999999"]
 * @internal
 */
export function showShare(value: number, whole = 1): string {
  const text = showDecimals(value);
  return text === String(whole) && value < whole ? String(Number(value.toFixed(2 - Math.floor(Math.log10(whole - value))))) : text;
}

/**
 * A share of a group for a sentence: `"0.25 of followers"` ({@link showShare},
 * or `text` when the sentence wrote the share apart from another number),
 * but `"none of the followers"` and `"all of the followers"` for 0 and 1, so
 * a share never reads as a count ("1 of current followers" read as one
 * follower).
 *
 * @param value - A share, from 0 to 1.
 * @param group - What it is a share of, plural ("followers", "posts").
 * @param text - The share as the sentence writes it; {@link showShare}'s by default.
 * @returns The share of the group as text.
 * @example
 * [shareOf(1, "current followers"), shareOf(0, "posts"), shareOf(0.25, "followers")];
 * // => ["all of the current followers", "none of the posts", "0.25 of followers"]
 * @internal
 */
export function shareOf(value: number, group: string, text = showShare(value)): string {
  // Between 0 and 1, value % 1 is the value itself; for 0 and 1 it is 0.
  return value % 1 ? `${text} of ${group}` : `${value ? "all" : "none"} of the ${group}`;
}
