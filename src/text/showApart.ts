import { showSignificant } from "./showDecimals.js";
import { tellApart } from "./tellApart.js";

/**
 * A value and the line a sentence compares it with ("only 0.7499 of
 * followers look real, below the 0.75 threshold"), through {@link tellApart}:
 * each as `write` writes it (three decimals in the trust and audience
 * sentences), or, when that writes two different numbers alike, with the
 * fewest significant digits, from 4 (a fourth decimal below 1) up to 17, that
 * tell them apart (not grouped: the lines compared are shares, ratios and
 * days well below 1,000). A value also judged against a line
 * the sentence does not write (a flag's critical line, which only its severity
 * shows) never reads as that line either: 0.79999 of posts sponsored, a
 * warning, reads "0.79999", not "0.8", where critical starts. O(17) writes at
 * most.
 *
 * @param value - The number judged.
 * @param line - The number the sentence compares it with.
 * @param write - The usual text of a number.
 * @param unwritten - A line the value is judged against without being written; `line` by default.
 * @returns The value and the line as text.
 * @example
 * const decimals = (value: number): string => String(Number(value.toFixed(3)));
 * showApart(0.79999, 0.5, decimals, 0.8);
 * // => ["0.79999", "0.5"]
 * @internal
 */
export function showApart(value: number, line: number, write: (value: number) => string, unwritten = line): [string, string] {
  const [valueText, lineText] = tellApart(value, line, write, showSignificant, 4);
  // Most calls have no unwritten line: telling the value apart from the same line again would write both twice more.
  if (unwritten === line) return [valueText, lineText];
  const [againstUnwritten] = tellApart(value, unwritten, write, showSignificant, 4);
  // More digits (a longer text) for the closer of the two lines.
  return [againstUnwritten.length > valueText.length ? againstUnwritten : valueText, lineText];
}
