import { groupDigits } from "./groupDigits.js";

/**
 * `count` followed by `noun`, with an "s" unless `count` is 1: "1 post",
 * "0 posts", "3 posts", and "1200 posts" ungrouped: the models' reasons use
 * {@link groupedCountOf}, which writes "1,200 posts".
 *
 * @internal
 */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** `singular` for a count of 1, else `plural`: the verb after {@link countOf} ("1 post has", "2 posts have"). @internal */
export function verbFor(count: number, singular: string, plural: string): string {
  return count === 1 ? singular : plural;
}

/**
 * A count with its digits grouped and a noun that agrees with it: `"1 like"`,
 * `"1,200 likes"`. For counts that can be large (followers, clicks), where
 * {@link countOf} would write `"1200 likes"`. @internal
 */
export function groupedCountOf(count: number, noun: string): string {
  return `${groupDigits(count)} ${noun}${count === 1 ? "" : "s"}`;
}
