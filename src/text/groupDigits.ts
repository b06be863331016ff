/**
 * A count for a sentence: rounded to a whole number, with thousands
 * separators (`26000` → `"26,000"`, `-2600.4` → `"-2,600"`). For the
 * plain-English reasons of every model.
 *
 * @internal
 */
export function groupDigits(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
