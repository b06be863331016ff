// The CLI's one rule for a date typed as text (`--now`, a CSV date column):
// all digits is epoch milliseconds, anything else is kept as typed.

/** One or more ASCII digits and nothing else: no sign, no point, no space. */
const ALL_DIGITS = /^\d+$/;

/**
 * A date as typed on the command line or in a CSV cell, in the form the
 * library takes: a number when `text` is all digits (epoch milliseconds, as
 * `parseProfile` returns dates; a string of digits is no ISO 8601 date), else
 * `text` as it is, so that validation can report what was typed. Leading
 * zeros are read as digits (`"0001767225600000"` → `1767225600000`). Digits
 * beyond `Number.MAX_SAFE_INTEGER` stay text: as a number they would be
 * rounded (or read as `Infinity`) and the error would quote a value nobody
 * typed; no valid instant is that large anyway. Whether the instant is valid
 * (from 1973 on, not in epoch seconds) is the library's to check. O(n) in
 * the length of `text`.
 *
 * @param text - The text as typed, not trimmed.
 * @returns A number for all digits up to `Number.MAX_SAFE_INTEGER`, else `text`.
 * @example
 * readDateText("1767225600000");
 * // => 1767225600000
 * readDateText("2026-01-01");
 * // => "2026-01-01"
 * @internal
 */
export function readDateText(text: string): string | number {
  if (!ALL_DIGITS.test(text)) return text;
  const milliseconds = Number(text);
  return Number.isSafeInteger(milliseconds) ? milliseconds : text;
}
