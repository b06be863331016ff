// Text for people: percent strings, money and tables. Only the CLI formats
// numbers this way (STYLE R1); the library returns fractions and plain numbers.

import { groupWholePart } from "../text/groupDigits.js";
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
  return formatWith(amount, currency, isSmall ? "small" : 0);
}

/** Most decimals an amount is written with by `Intl` (the limit every runtime accepts). */
const MAX_DECIMALS = 20;

/**
 * Amounts that one table or sentence sets side by side, written so that two
 * that differ never read alike: as {@link formatMoney} writes them, or, when
 * that writes two different ones alike, all with cents, then with one more
 * decimal at a time (up to 20). A total of 19,999.6 against a budget of
 * 20,000 reads `"$19,999.60"` and `"$20,000.00"`, not `"$20,000"` twice;
 * 9,082.31 and 19,866.04 stay `"$9,082"` and `"$19,866"`. Equal amounts read
 * alike.
 *
 * `exact` lists amounts the caller gave (a budget): each is written as
 * {@link formatMoneyGiven} writes it (never rounded), or with the decimals the
 * others need if they are more, and an amount equal to it reads as it does. A
 * budget of 65.33 spent to the cent reads `"$65.33 of $65.33"`, not
 * `"$65 of $65"`; a total of 19,893.63 against a budget of 19,999.999 reads
 * `"$19,894"` and `"$19,999.999"`. O(n × decimals tried). @internal
 */
export function formatMoneyApart(amounts: readonly number[], currency: string, exact: readonly number[] = []): string[] {
  let texts = amounts.map((amount) => formatMoney(amount, currency));
  let decimals = 0;
  for (let more = 2; !readApart(amounts, texts) && more <= MAX_DECIMALS; more++) {
    decimals = more;
    texts = amounts.map((amount) => formatWith(amount, currency, more));
  }
  if (exact.length === 0) return texts;
  // At least as many decimals as the others: more decimals than theirs, or the same text at theirs, keep it apart from them.
  const given = new Map(exact.map((amount) => [amount, formatExactly(amount, currency, decimals)]));
  return amounts.map((amount, index) => given.get(amount) ?? texts[index] ?? "");
}

/**
 * An amount the caller gave (a budget), written exactly: whole units when it
 * is whole, else every decimal it has, at least cents (`20000` → `"$20,000"`,
 * `4966.26` → `"$4,966.26"`, `65.4` → `"$65.40"`, `1000.125` →
 * `"$1,000.125"`); with more than 20 decimals, its digits written out with the
 * code after them (`"0.00000000000000000000000015 USD"`). @internal
 */
export function formatMoneyGiven(amount: number, currency: string): string {
  return formatExactly(amount, currency, 0);
}

/** `amount` with every decimal it has (at least cents when it has any) and at least `atLeast` decimals. */
function formatExactly(amount: number, currency: string, atLeast: number): string {
  const decimals = Math.max(givenDecimals(amount), atLeast);
  // More decimals than a format holds: every digit written out, the code after them.
  return decimals > MAX_DECIMALS ? `${groupWholePart(String(amount))} ${currency}` : formatWith(amount, currency, decimals);
}

/** Whether no two different amounts have the same text. O(n). */
function readApart(amounts: readonly number[], texts: readonly string[]): boolean {
  const amountOf = new Map<string, number>();
  return texts.every((text, index) => {
    const amount = amounts[index];
    const seen = amountOf.get(text);
    if (seen === undefined && amount !== undefined) amountOf.set(text, amount);
    return seen === undefined || seen === amount;
  });
}

/** The decimals `String(amount)` writes, exponent counted: 0 for 20000 and 1e21, 2 for 4966.26, 7 for 1e-7. */
function decimalsOf(amount: number): number {
  const [mantissa = "", exponent = "0"] = String(Math.abs(amount)).split("e");
  const fraction = mantissa.split(".")[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/** The decimals an amount the caller gave is written with: none when it is whole, else all of them, at least cents. */
function givenDecimals(amount: number): number {
  const decimals = decimalsOf(amount);
  return decimals === 0 ? 0 : Math.max(2, decimals);
}

/** `"small"`: two significant digits; a number: that many decimals, no more, no fewer. */
type MoneyDigits = "small" | number;

function formatWith(amount: number, currency: string, kind: MoneyDigits): string {
  const key = `${currency} ${kind}`;
  let money = moneyFormats.get(key);
  if (money === undefined) {
    const digits: Intl.NumberFormatOptions = kind === "small" ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: kind, minimumFractionDigits: kind };
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
