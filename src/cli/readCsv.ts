import type { Readable } from "node:stream";
import { CsvError, parse } from "csv-parse";
import type { InputRow } from "./inputRow.js";
import { readDateText } from "./readDateText.js";

// CSV layouts (documented in examples/README.md and docs/cli.md):
//   per post:    one row per post, profile columns repeated, grouped by `handle`
//                (or by `id` when there is no handle column);
//   per profile: one row per profile with aggregate columns (`post_count`, `avg_likes`, …),
//                recognised by a `post_count` or `avg_*` column.
// Column names are matched case-insensitively, with spaces and dashes read as underscores.

/** `count`: a column the library takes as a whole number (`followers`, `likes`); `number`: any other number (`avg_likes`). */
type CellKind = "text" | "count" | "number" | "boolean" | "date";

/** Profile columns, shared by both layouts: column → [profile field, kind]. */
const PROFILE_COLUMNS: ReadonlyMap<string, readonly [string, CellKind]> = new Map([
  ["id", ["id", "text"]],
  ["handle", ["handle", "text"]],
  ["platform", ["platform", "text"]],
  ["followers", ["followers", "count"]],
  ["following", ["following", "count"]],
  ["account_created_at", ["accountCreatedAt", "date"]],
  ["is_brand_account", ["isBrandAccount", "boolean"]],
]);

/** Post columns of the per-post layout: column → [post field, kind]. */
const POST_COLUMNS: ReadonlyMap<string, readonly [string, CellKind]> = new Map([
  ["post_id", ["id", "text"]],
  ["published_at", ["publishedAt", "date"]],
  ["format", ["format", "text"]],
  ["likes", ["likes", "count"]],
  ["comments", ["comments", "count"]],
  ["shares", ["shares", "count"]],
  ["saves", ["saves", "count"]],
  ["views", ["views", "count"]],
  ["reach", ["reach", "count"]],
  ["impressions", ["impressions", "count"]],
  ["clicks", ["clicks", "count"]],
  ["sponsored", ["sponsored", "boolean"]],
  ["brand_mentions", ["brandMentions", "count"]],
]);

/** Aggregate columns of the per-profile layout: column → [summary field, kind]. */
const SUMMARY_COLUMNS: ReadonlyMap<string, readonly [string, CellKind]> = new Map([
  ["post_count", ["postCount", "count"]],
  ["avg_likes", ["avgLikes", "number"]],
  ["avg_comments", ["avgComments", "number"]],
  ["avg_shares", ["avgShares", "number"]],
  ["avg_saves", ["avgSaves", "number"]],
  ["avg_views", ["avgViews", "number"]],
  ["avg_reach", ["avgReach", "number"]],
  ["sponsored_share", ["sponsoredShare", "number"]],
]);

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const TRUE_WORDS = new Set(["true", "yes", "y", "1"]);
const FALSE_WORDS = new Set(["false", "no", "n", "0"]);

/**
 * Converts one cell: an empty cell is "not given" (`undefined`); numbers,
 * booleans and epoch-millisecond dates are converted when they look like one, and otherwise kept as text
 * so that validation reports what the cell held (`received "1,200"`). A
 * number the library refuses anyway stays text too when, as a number, the
 * error would quote a value nobody typed: in a count column, one beyond
 * `Number.MAX_SAFE_INTEGER` (30 ones were quoted as `1.111111111111111e+29`,
 * 2^53 + 1 as 2^53); in another number column, one too large for a number
 * (`1e400`, quoted as `Infinity`). A number with more digits than a double
 * holds but within those bounds (`168.92000000000002`, as spreadsheets
 * export 168.92) is read as a number, rounded in its last digit.
 */
function convertCell(text: string, kind: CellKind): unknown {
  if (text === "") return undefined;
  if (kind === "count" || kind === "number") {
    if (!NUMBER.test(text)) return text;
    const number = Number(text);
    return Math.abs(number) <= (kind === "count" ? Number.MAX_SAFE_INTEGER : Number.MAX_VALUE) ? number : text;
  }
  if (kind === "date") return readDateText(text);
  if (kind === "boolean") {
    const word = text.toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
  }
  return text;
}

/** Copies the known columns of `record` into a new object, converting each cell. */
function pickColumns(record: Readonly<Record<string, string>>, columns: ReadonlyMap<string, readonly [string, CellKind]>): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const [column, [field, kind]] of columns) {
    const cell = record[column];
    if (cell === undefined) continue;
    const value = convertCell(cell, kind);
    if (value !== undefined) picked[field] = value;
  }
  return picked;
}

/** Header cell → column key: `Avg Likes` and `avg-likes` both read as `avg_likes`. */
function columnKey(header: string): string {
  return header.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

/** One profile being assembled from the rows of the per-post layout. */
interface Group {
  readonly line: number;
  readonly profile: Record<string, unknown>;
  readonly posts: Record<string, unknown>[];
  readonly postLines: number[];
}

interface CsvRecord {
  readonly record: string[];
  /** The record's text as read, with the blank lines skipped before it and its line end. */
  readonly raw: string;
}

/** Line ends in `text`: "\r\n", a lone "\r" and a lone "\n" each end one line. */
function lineEnds(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) count++;
  }
  return count;
}

/** Line ends in the blank lines that `raw` starts with (skipped before the record). */
function leadingLineEnds(raw: string): number {
  const blank = /^[ \t\r\n]*[\r\n]/.exec(raw);
  return blank === null ? 0 : lineEnds(blank[0]);
}

/** Whether the tool reads a column (`likes`, `avg_likes`, …). */
function isKnownColumn(key: string): boolean {
  return PROFILE_COLUMNS.has(key) || POST_COLUMNS.has(key) || SUMMARY_COLUMNS.has(key);
}

/**
 * The problem with a header that names a column the tool reads twice
 * (`likes` and `Likes` read alike), or `undefined`: which of the two cells
 * counts would be a guess, and the other would be lost without a word.
 */
function repeatedColumn(keys: readonly string[], cells: readonly string[]): string | undefined {
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] ?? "";
    const first = keys.indexOf(key);
    if (first < index && isKnownColumn(key)) {
      return `expected each column once, received the column ${key} twice: ${JSON.stringify(cells[first])} (column ${first + 1}) and ${JSON.stringify(cells[index])} (column ${index + 1})`;
    }
  }
  return undefined;
}

/**
 * Reads CSV in either documented layout with csv-parse (streaming, RFC 4180
 * quoting). Per-profile rows are yielded as they are read. Per-post rows are
 * grouped by handle, which needs the whole file: profiles are yielded at the
 * end, in order of first appearance, so the rows of one creator need not be
 * next to each other. A quote inside an unquoted cell (`my 5" phone`) is
 * kept as text. A CSV syntax error (a quote opened and never closed) stops
 * the read: it is reported with the line its record starts on; per-profile
 * rows before it have been scored, and nothing after it is (per-post rows
 * are grouped at the end, so none is).
 *
 * @internal
 */
export async function* readCsv(input: Readable): AsyncGenerator<InputRow> {
  // Lines are counted here from each record's raw text: csv-parse's own count (`info.lines`) is the
  // line a record ends on, and counts a quoted "\r\n" as two lines.
  const parser = input.pipe(
    parse({
      bom: true,
      raw: true,
      relax_column_count: true,
      // `my 5" phone` in an unquoted cell is text, as spreadsheets read it; a cell that starts with a quote still needs its closing quote.
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
    }),
  );
  let layout: "posts" | "profiles" | undefined;
  const groups = new Map<string, Group>();
  let ungrouped = 0;
  let header: string[] | undefined;
  /** The line after the last record read. */
  let nextLine = 1;
  try {
    for await (const chunk of parser) {
      const { record: cells, raw } = chunk as CsvRecord;
      const line = nextLine + leadingLineEnds(raw);
      nextLine += lineEnds(raw);
      if (header === undefined) {
        header = cells.map(columnKey);
        const repeated = repeatedColumn(header, cells);
        if (repeated !== undefined) {
          yield { line, problems: [repeated] };
          return;
        }
        continue;
      }
      const record: Record<string, string> = {};
      header.forEach((column, index) => {
        const cell = cells[index];
        if (cell !== undefined) record[column] = cell;
      });
      layout ??= header.some((column) => SUMMARY_COLUMNS.has(column)) ? "profiles" : "posts";
      const profile = pickColumns(record, PROFILE_COLUMNS);
      if (layout === "profiles") {
        const summary = pickColumns(record, SUMMARY_COLUMNS);
        yield { line, value: Object.keys(summary).length > 0 ? { ...profile, summary } : profile };
        continue;
      }
      const post = pickColumns(record, POST_COLUMNS);
      const hasPost = post.likes !== undefined || post.comments !== undefined;
      // Every model is per platform: one handle on two platforms is two profiles.
      const platform = typeof profile.platform === "string" ? profile.platform : "";
      const key = typeof profile.handle === "string" ? `handle:${platform}:${profile.handle}` : typeof profile.id === "string" ? `id:${platform}:${profile.id}` : `row:${ungrouped++}`;
      let group = groups.get(key);
      if (group === undefined) {
        group = { line, profile, posts: [], postLines: [] };
        groups.set(key, group);
      }
      if (hasPost) {
        group.posts.push(post);
        group.postLines.push(line);
      }
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    if (error.code === "CSV_QUOTE_NOT_CLOSED") {
      // csv-parse names the file's last line; the quote opens the record that starts after the last one read
      // (its raw text begins with the blank lines skipped before it, as a record's does).
      const raw = (error as CsvError & { raw?: unknown }).raw;
      const line = nextLine + (typeof raw === "string" ? leadingLineEnds(raw) : 0);
      yield { line, problems: ["expected valid CSV, received a quote that is never closed: the record starting on this line runs to the end of the file"] };
      return;
    }
    const line = (error as CsvError & { lines?: number }).lines ?? 0;
    yield { line, problems: [`expected valid CSV, received a syntax error (${error.message.replace(/^Invalid \w+: /, "")})`] };
    return;
  }
  for (const group of groups.values()) {
    yield { line: group.line, value: { ...group.profile, posts: group.posts }, postLines: group.postLines };
  }
}
