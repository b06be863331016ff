// Text for people: percent strings, money and tables. Only the CLI formats
// numbers this way (STYLE R1); the library returns fractions and plain numbers.

import { displayWidth } from "./displayWidth.js";

/** A currency's number format, and the code to write after it when Intl cannot write it as a currency. */
const moneyFormats = new Map<string, { readonly format: Intl.NumberFormat; readonly suffix: string }>();
let countFormat: Intl.NumberFormat | undefined;

/** `0.0345` → `"3.45%"`; `null` → `"—"`. @internal */
export function formatPercent(fraction: number | null | undefined, digits = 2): string {
  if (fraction === null || fraction === undefined) return "—";
  return `${(fraction * 100).toFixed(digits)}%`;
}

/**
 * `1234.5, "USD"` → `"$1,235"` (whole units); under 1, two significant digits
 * (`0.1633` → `"$0.16"`), so a fee of a few cents never reads `"$0"`; a code
 * `Intl` cannot format as a currency falls back to `"1,235 XYZ"`. @internal
 */
export function formatMoney(amount: number | null | undefined, currency: string): string {
  if (amount === null || amount === undefined) return "—";
  const isSmall = amount !== 0 && Math.abs(amount) < 1;
  return formatWith(amount, currency, isSmall ? "small" : "whole");
}

/**
 * Two amounts as {@link formatMoney} writes them, or both with cents when
 * whole units would write two different amounts alike: a total of
 * 19,999.6 against a budget of 20,000 reads `"$19,999.60"` and
 * `"$20,000.00"`, not `"$20,000"` twice. @internal
 */
export function formatMoneyApart(first: number, second: number, currency: string): [string, string] {
  const firstText = formatMoney(first, currency);
  const secondText = formatMoney(second, currency);
  if (first === second || firstText !== secondText) return [firstText, secondText];
  return [formatWith(first, currency, "cents"), formatWith(second, currency, "cents")];
}

const MONEY_DIGITS: Readonly<Record<"small" | "whole" | "cents", Intl.NumberFormatOptions>> = {
  small: { maximumSignificantDigits: 2 },
  whole: { maximumFractionDigits: 0, minimumFractionDigits: 0 },
  cents: { maximumFractionDigits: 2, minimumFractionDigits: 2 },
};

function formatWith(amount: number, currency: string, kind: "small" | "whole" | "cents"): string {
  const key = `${currency} ${kind}`;
  let money = moneyFormats.get(key);
  if (money === undefined) {
    const digits = MONEY_DIGITS[kind];
    try {
      money = { format: new Intl.NumberFormat("en-US", { style: "currency", currency, ...digits }), suffix: "" };
    } catch {
      money = { format: new Intl.NumberFormat("en-US", digits), suffix: ` ${currency}` };
    }
    moneyFormats.set(key, money);
  }
  return `${money.format.format(amount)}${money.suffix}`;
}

/** `1234567` → `"1,234,567"`. @internal */
export function formatCount(count: number | null | undefined, digits = 0): string {
  if (count === null || count === undefined) return "—";
  if (digits > 0) return count.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
  countFormat ??= new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
  return countFormat.format(count);
}

/** `1_650_000` → `"1.65M"`, `999_999` → `"1M"`, `46_000` → `"46K"`, `950` → `"950"`. @internal */
export function formatCompact(count: number): string {
  // From 999,500 on, whole thousands round to 1,000K: that is 1M.
  if (count >= 999_500) return `${Number((count / 1_000_000).toFixed(2))}M`;
  if (count >= 10_000) return `${Number((count / 1_000).toFixed(0))}K`;
  if (count >= 1_000) return `${Number((count / 1_000).toFixed(1))}K`;
  return String(count);
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = { "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * Characters a label must not carry into a terminal as they are: control
 * characters (C0, DEL and C1: Unicode category Cc), the line and paragraph
 * separators U+2028 and U+2029, and the bidirectional marks, embeddings,
 * overrides and isolates (U+061C, U+200E, U+200F, U+202A–U+202E,
 * U+2066–U+2069), which can reorder the rest of a line on screen. Joiners and
 * variation selectors, which emoji need, are not among them. The backslash is
 * here too: it starts every escape, so it is escaped itself.
 */
const UNSAFE = /[\\\p{Cc}\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * `text` with each character of {@link UNSAFE} written out visibly, so a label
 * read from a file cannot break a line or a table, reorder what follows it, or
 * send a terminal escape sequence: `"a\nb"` → `"a\\nb"` (shown as `a\nb`), a
 * tab as `\t`, a carriage return as `\r`, anything else as `\u001b` or
 * `\u202e`. A backslash is doubled (`a\b` is shown as `a\\b`), so the
 * escaping can be read back: a label holding the two characters `\` and `n`
 * is shown as `\\n`, never as the `\n` of a line break.
 *
 * @internal
 */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, escapeCharacter);
}

/** One character of {@link UNSAFE} written out, as `\n`, `\r`, `\t`, `\\` or `\u001b`: each is also a JSON escape. */
function escapeCharacter(character: string): string {
  return SHORT_ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * A message for standard error (a row error, a usage error) with every
 * character of {@link UNSAFE} except the backslash written out as
 * {@link escapeControls} writes it, so that a hostile input file or argument
 * cannot send a terminal escape sequence (ESC, or U+009B, which starts one
 * by itself), reorder the line (U+202E), or start a new line that looks like
 * another message (a line feed is shown as `\n`).
 *
 * Backslashes stay single, unlike in tables, because messages quote values
 * as JSON. `JSON.stringify` has already shown a backslash in a value as `\\`,
 * a quote as `\"` and a C0 control as `\n` or `\u001b`; it leaves DEL, the
 * C1 controls, the line separators and the bidirectional controls as they
 * are. Those become `\u007f`, `\u009b`, `\u202e` and so on, which are JSON
 * escapes too, so a quoted value stays a JSON string that reads back as
 * exactly the value: inside quotes `\u009b` always means the character, and
 * the six characters backslash-u-0-0-9-b typed in a value show as `\\u009b`.
 * Doubling the backslashes would break this: the value `a"b`, quoted as
 * `"a\"b"`, would show as `"a\\"b"`, where the second quote ends the value.
 * Text outside quotes (an option name as typed, a field path) gets the same
 * escapes and is as safe, but there `\u009b` could also have been typed.
 *
 * @param text - The message as the library or the CLI wrote it.
 * @returns The message on one line, holding no character of {@link UNSAFE} other than the backslash.
 * @example
 * escapeMessage('received "x\u009b31m\u202eevil\\"q"'); // as JSON.stringify('x\u009b31m\u202eevil"q') writes it
 * // => 'received "x\\u009b31m\\u202eevil\\"q"'
 * @internal
 */
export function escapeMessage(text: string): string {
  return text.replace(UNSAFE, (character) => (character === "\\" ? character : escapeCharacter(character)));
}

/** Column of a text table: its heading and whether numbers are right-aligned. @internal */
export interface TableColumn {
  readonly heading: string;
  readonly align?: "left" | "right" | undefined;
}

/**
 * Renders rows under headings, columns padded to their widest cell and
 * separated by two spaces, with a rule under the headings. Widths are
 * terminal columns ({@link displayWidth}), so a cell with emoji or CJK
 * characters keeps the next columns in line; control characters in a cell
 * are escaped and backslashes doubled ({@link escapeControls}), so each row
 * stays on one line and reads unambiguously.
 *
 * @internal
 */
export function renderTable(columns: readonly TableColumn[], rawRows: readonly (readonly string[])[]): string {
  const rows = rawRows.map((row) => row.map(escapeControls));
  const widths = columns.map((column, index) => Math.max(displayWidth(column.heading), ...rows.map((row) => displayWidth(row[index] ?? ""))));
  const line = (cells: readonly string[]): string =>
    columns
      .map((column, index) => {
        const cell = cells[index] ?? "";
        const pad = " ".repeat((widths[index] ?? 0) - displayWidth(cell));
        return column.align === "right" ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd();
  const rule = widths.map((columnWidth) => "-".repeat(columnWidth)).join("  ");
  return [line(columns.map((column) => column.heading)), rule, ...rows.map(line)].join("\n") + "\n";
}

/** RFC 4180 field: quoted only when it holds a comma, quote or line break. @internal */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (with the newline). @internal */
export function csvLine(values: readonly (string | number | boolean | null | undefined)[]): string {
  return `${values.map(csvField).join(",")}\n`;
}
