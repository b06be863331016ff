import { groupDigits, groupWholePart } from "../text/groupDigits.js";
import { showSignificant } from "../text/showDecimals.js";
import { tellApart } from "../text/tellApart.js";

/** Most ids named in one reason before the rest are counted. */
const LISTED_IDS = 10;

/**
 * Formats a list of ids for a reason: quoted (or as `write` writes each),
 * comma-separated, the first ten then a count of the rest.
 *
 * @internal
 */
export function listIds(ids: readonly string[], write: (id: string) => string = (id) => JSON.stringify(id)): string {
  const shown = ids.slice(0, LISTED_IDS).map(write);
  const more = ids.length - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${groupDigits(more)} more` : shown.join(", ");
}

/**
 * Formats a number for a reason or message: rounded to at most `digits`
 * decimals (default 6), so floating-point noise does not show, with the
 * whole part's digits grouped by thousands (`9000` → `"9,000"`). A number that
 * is not 0 but smaller than one unit of the last decimal (a budget of 4e-7 at
 * 6 decimals, a cost of 0.004 at 2), which would read 0 or one whole unit,
 * keeps 3 significant digits instead, written out ("0.0000004", "0.004").
 *
 * @example
 * formatAmount(1000.1234567);
 * // => "1,000.123457"
 * @internal
 */
export function formatAmount(amount: number, digits = 6): string {
  const factor = 10 ** digits;
  if (amount !== 0 && Math.abs(amount) * factor < 1) return showSignificant(amount);
  // The whole part's digits grouped, as every other sentence writes them ("9,000", "1,000.1234567"); the
  // decimals are kept, so a cost just over the budget never reads as equal to it.
  return groupWholePart(String(Math.round(amount * factor) / factor));
}

/**
 * Two numbers a sentence compares, as {@link formatAmount} writes them with
 * `decimals`, or, when that writes two different numbers alike, with the
 * fewest significant digits that tell them apart, starting no coarser than
 * `decimals` decimals of the larger one (so 12,349.996 and 12,350.004 read
 * "12,349.996" and "12,350.004", never "12,300" and "12,400"). O(17) writes
 * at most.
 *
 * @example
 * formatAmountApart(1.002, 1, 2);
 * // => ["1.002", "1"]
 * @internal
 */
export function formatAmountApart(first: number, second: number, decimals: number): [string, string] {
  const largest = Math.max(Math.abs(first), Math.abs(second));
  const wholeDigits = largest >= 1 ? Math.floor(Math.log10(largest)) + 1 : 1;
  const fromDigits = Math.min(17, wholeDigits + decimals);
  return tellApart(first, second, (amount) => formatAmount(amount, decimals), (amount, digits) => groupWholePart(showSignificant(amount, digits)), fromDigits);
}
