import { groupDigits } from "./groupDigits.js";

/** `singular` for a count of 1, else `plural`: the verb after {@link groupedCountOf} ("1 post has", "2 posts have"). @internal */
export function verbFor(count: number, singular: string, plural: string): string {
  return count === 1 ? singular : plural;
}

/**
 * A count with its digits grouped and a noun that agrees with it: `"1 like"`,
 * `"0 likes"`, `"1,200 likes"`. Every sentence of the library and the CLI
 * writes its counts with it. @internal
 */
export function groupedCountOf(count: number, noun: string): string {
  return `${groupDigits(count)} ${noun}${count === 1 ? "" : "s"}`;
}
