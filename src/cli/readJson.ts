import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import type { InputRow } from "./inputRow.js";

/** How much of a line an error message quotes. */
const PREVIEW_LENGTH = 40;

/** A short, JSON-quoted preview of a text for error messages. */
export function preview(text: string): string {
  const trimmed = text.trim();
  return JSON.stringify(trimmed.length > PREVIEW_LENGTH ? `${trimmed.slice(0, PREVIEW_LENGTH)}…` : trimmed);
}

/** Parses one JSON text, or returns the problem as `expected …, received …`. */
function parseJsonText(text: string, line: number): InputRow {
  try {
    return { line, value: JSON.parse(text) as unknown };
  } catch {
    return { line, problems: [`expected a JSON value, received ${preview(text)}`] };
  }
}

/** A chunk of input as text, decoding bytes as UTF-8 across chunk boundaries. */
function chunkText(chunk: unknown, decoder: StringDecoder): string {
  return typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
}

/**
 * Reads NDJSON (JSON Lines): one profile per line, blank lines skipped. The
 * stream is read one chunk at a time and split into lines here (`\n`,
 * `\r\n` or a lone `\r` end a line, as in `node:readline`), so at most one
 * chunk and one line are held at a time: memory stays flat however long the
 * input is. (`node:readline`'s async iterator queues up to 1,024 lines before
 * it pauses the input: about 10 MB of profiles that outlive the young
 * generation and made the peak memory of long runs creep up.) A line that is
 * not valid JSON becomes a failed row and the rest are still read.
 *
 * @internal
 */
export async function* readNdjson(input: Readable): AsyncGenerator<InputRow> {
  const decoder = new StringDecoder("utf8");
  /** Text of the current line read so far, in pieces (a long line may span many chunks). */
  let pieces: string[] = [];
  let line = 0;
  const finish = (text: string): InputRow | null => {
    line++;
    const clean = line === 1 && text.startsWith("\uFEFF") ? text.slice(1) : text;
    return clean.trim() === "" ? null : parseJsonText(clean, line);
  };
  let pendingCarriageReturn = false;
  for await (const chunk of input) {
    const text = chunkText(chunk, decoder);
    let start = 0;
    // A "\r" that ended the previous chunk already ended its line; a "\n" right after it belongs to it.
    if (pendingCarriageReturn && text.startsWith("\n")) start = 1;
    pendingCarriageReturn = false;
    // The next "\n" and the next "\r" at or after `start` (-1: none left in this chunk), found by
    // indexOf, which scans far faster than a loop over every character; each is searched again only
    // once the line end passes it, so a chunk is scanned about once for each.
    let lineFeed = text.indexOf("\n", start);
    let carriageReturn = text.indexOf("\r", start);
    while (lineFeed !== -1 || carriageReturn !== -1) {
      const index = lineFeed === -1 ? carriageReturn : carriageReturn === -1 ? lineFeed : Math.min(lineFeed, carriageReturn);
      pieces.push(text.slice(start, index));
      const row = finish(pieces.length === 1 ? (pieces[0] ?? "") : pieces.join(""));
      pieces = [];
      start = index + 1;
      if (index === carriageReturn) {
        if (start === text.length) pendingCarriageReturn = true;
        else if (text.charCodeAt(start) === 10) start++;
      }
      if (lineFeed !== -1 && lineFeed < start) lineFeed = text.indexOf("\n", start);
      if (carriageReturn !== -1 && carriageReturn < start) carriageReturn = text.indexOf("\r", start);
      if (row !== null) yield row;
    }
    if (start < text.length) pieces.push(text.slice(start));
  }
  const tail = decoder.end();
  if (tail !== "") pieces.push(tail);
  if (pieces.length > 0) {
    const row = finish(pieces.join(""));
    if (row !== null) yield row;
  }
}

/**
 * One part of a JSON array, in order: a top-level element (its text span and
 * first line), or a problem found between two elements (a missing or extra
 * comma, a "}" too many), with the line it is on.
 */
type ArrayPart =
  | { readonly start: number; readonly end: number; readonly line: number }
  | { readonly line: number; readonly problem: string };

/** Result of {@link scanJsonArray}. */
interface ArrayScan {
  readonly parts: ArrayPart[];
  /** Set when something other than whitespace follows the closing bracket. */
  readonly trailing?: { readonly start: number; readonly line: number } | undefined;
  /** Set when the text ends before the closing bracket (a cut-off file): the line of its last non-blank character. */
  readonly unclosedAt?: number | undefined;
}

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);

/** Whether `text[index]` ends a line: "\n", or a "\r" not followed by "\n" (a lone "\r", as NDJSON and CSV read it). */
function endsLine(text: string, index: number): boolean {
  const char = text.charAt(index);
  return char === "\n" || (char === "\r" && text.charAt(index + 1) !== "\n");
}

/** A preview of the text from `index` to the end of its line, for a message about what was found there. */
function previewLine(text: string, index: number): string {
  let end = index;
  while (end < text.length && text.charAt(end) !== "\n" && text.charAt(end) !== "\r") end++;
  return preview(text.slice(index, end));
}

/**
 * Splits the text of a JSON array into its top-level elements without parsing
 * them, tracking strings, nesting and line numbers in one pass. Each element
 * is then parsed on its own, so one malformed element does not hide the
 * others and every error names the line its element starts on (or, for a
 * comma missing inside it, the line where it is missing). A comma
 * missing between two elements, or one before the closing bracket, becomes a
 * problem on the line of what follows it, naming the element before it
 * (counted from 1, gaps not counted); the elements on both sides are still
 * read. A comma with no element before it is reported on its line as what it
 * follows: the opening bracket ("[,") or another comma (",,"). So is a "}"
 * that closes nothing (one too many after an element, or one where an element
 * should be): it belongs to no element. Between two elements at most one
 * problem is reported, the first, so one slip is never reported twice.
 * Inside an element, a closing bracket that matches no open one is left to
 * the element's parse to report, and one that matches an outer bracket closes
 * the inner ones left open too, so the element still ends where it should.
 */
function scanJsonArray(text: string, open: number, openLine: number): ArrayScan {
  const parts: ArrayPart[] = [];
  /** Elements found so far (the gaps of "[," and ",," not counted): the position of the last one. */
  let count = 0;
  let line = openLine;
  /** The line of the last character read that is not whitespace between values (where a missing "]" belongs). */
  let lastLine = openLine;
  /** The brackets open in the current element, innermost last. */
  const opens: string[] = [];
  let inString = false;
  let isEscaped = false;
  let start = -1;
  let startLine = line;
  let lastContent = -1;
  /** The current element is a whole value (a closed object, array or string, or a word followed by a space): only "," or "]" may follow. */
  let isWhole = false;
  /** A problem has been reported since the last element started: another one in the same gap is the same slip. */
  let isGapReported = false;
  /** A problem found after the current element, reported right after it once it is closed. */
  let pending: ArrayPart | undefined;
  const close = (): void => {
    parts.push({ start, end: lastContent + 1, line: startLine });
    if (pending !== undefined) parts.push(pending);
    pending = undefined;
    count++;
    start = -1;
    isWhole = false;
  };
  for (let index = open + 1; index < text.length; index++) {
    const char = text.charAt(index);
    if (endsLine(text, index)) line++;
    if (inString) {
      lastContent = index;
      lastLine = line;
      if (isEscaped) isEscaped = false;
      else if (char === "\\") isEscaped = true;
      else if (char === '"') {
        inString = false;
        isWhole = opens.length === 0;
      }
      continue;
    }
    if (WHITESPACE.has(char)) {
      if (opens.length === 0 && start >= 0) isWhole = true;
      continue;
    }
    lastLine = line;
    if (opens.length === 0) {
      if (char === "," || char === "]") {
        if (start >= 0) close();
        else if (!isGapReported) {
          // No element since the last comma, or since "[" when there is none yet (the first comma of a gap that
          // follows an element is whole, and any other has been reported). "[]" is an empty array; "[…,]" has a
          // comma too many (JSON allows none before the closing bracket), and so have "[," and ",,".
          if (char === ",") parts.push({ line, problem: count === 0 ? 'expected a profile after "[", received ","' : "expected a profile between the commas, received nothing" });
          else if (count > 0) parts.push({ line, problem: `expected a profile after the comma that follows element ${count}, received "]"` });
          isGapReported = true;
        }
        if (char === "]") return { parts, trailing: trailingAfter(text, index + 1, line) };
        continue;
      }
      if (char === "}" && (start < 0 || isWhole)) {
        // A "}" that closes nothing: one too many after an element, or one where an element should be.
        if (!isGapReported) {
          const problem =
            start >= 0
              ? `expected "," or "]" after element ${count + 1}, received an extra "}"`
              : `expected a profile after ${count === 0 ? '"["' : `the comma that follows element ${count}`}, received an extra "}"`;
          if (start >= 0) pending = { line, problem };
          else parts.push({ line, problem });
        }
        isGapReported = true;
        continue;
      }
      if (isWhole) {
        // A comma is missing: the element before ends here, and what follows starts the next one.
        const isReported = isGapReported;
        close();
        if (!isReported) parts.push({ line, problem: `expected "," or "]" after element ${count}, received ${previewLine(text, index)}` });
      }
    }
    if (start < 0) {
      start = index;
      startLine = line;
      isGapReported = false;
    }
    lastContent = index;
    if (char === '"') inString = true;
    else if (char === "{" || char === "[") opens.push(char);
    else if ((char === "}" || char === "]") && opens.length > 0) {
      const opener = char === "}" ? "{" : "[";
      if (opens[opens.length - 1] === opener) opens.pop();
      else {
        // Not the innermost bracket's closer (the element's parse reports it): one too many when the text after
        // it reads right without it, else it closes the bracket it matches and those left open inside it, or,
        // matching none, the innermost (a "]" typed for a "}"). Either way the element still ends where it should.
        const at = opens.lastIndexOf(opener);
        const kept = at >= 0 ? at : opens.length - 1;
        if (!readsOn(text, index + 1, opens) || readsOn(text, index + 1, opens.slice(0, kept))) opens.length = kept;
      }
      isWhole = opens.length === 0;
    }
  }
  // No closing bracket: the text was cut off, perhaps between two whole elements.
  if (start >= 0) parts.push({ start, end: lastContent + 1, line: startLine });
  if (pending !== undefined) parts.push(pending);
  return { parts, unclosedAt: lastLine };
}

/** The index of the first character at or after `from` that is not whitespace (the text's length when there is none). */
function skipWhitespace(text: string, from: number): number {
  let index = from;
  while (index < text.length && WHITESPACE.has(text.charAt(index))) index++;
  return index;
}

/** Whether an object key (a string, then ":") starts at the first character at or after `from` that is not whitespace. */
function isKeyAt(text: string, from: number): boolean {
  let index = skipWhitespace(text, from);
  if (text.charAt(index) !== '"') return false;
  for (index++; index < text.length && text.charAt(index) !== '"'; index++) if (text.charAt(index) === "\\") index++;
  return text.charAt(skipWhitespace(text, index + 1)) === ":";
}

/**
 * Whether the text from `from` reads as the rest of an element whose open
 * brackets are `opens` (innermost last), as far as the closing brackets and
 * the comma after them show: each closes the innermost open bracket, a comma
 * inside an object is followed by a key and one inside an array by a value,
 * and once every bracket is closed a comma and the next element follow, or
 * the array's "]" ending the input.
 */
function readsOn(text: string, from: number, opens: readonly string[]): boolean {
  let depth = opens.length;
  for (let index = skipWhitespace(text, from); ; index = skipWhitespace(text, index + 1)) {
    const char = text.charAt(index);
    if (depth === 0) return char === "," ? !isKeyAt(text, index + 1) : char === "]" && skipWhitespace(text, index + 1) === text.length;
    if (char === ",") return isKeyAt(text, index + 1) === (opens[depth - 1] === "{");
    if (char !== (opens[depth - 1] === "{" ? "}" : "]")) return false;
    depth--;
  }
}

function trailingAfter(text: string, from: number, line: number): ArrayScan["trailing"] {
  let current = line;
  for (let index = from; index < text.length; index++) {
    const char = text.charAt(index);
    if (endsLine(text, index)) current++;
    else if (!WHITESPACE.has(char)) return { start: index, line: current };
  }
  return undefined;
}

/** A JSON number, matched from `lastIndex`. */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The index after the JSON string that starts at `index` (a quote), or -1 when it is not a valid one. */
function stringEnd(json: string, index: number): number {
  for (let at = index + 1; at < json.length; at++) {
    const code = json.charCodeAt(at);
    if (code === 34) return at + 1;
    if (code < 32) return -1;
    if (code === 92) {
      const escaped = json.charAt(at + 1);
      if (escaped === "u" && HEX4.test(json.slice(at + 2, at + 6))) at += 5;
      else if (escaped !== "" && '"\\/bfnrt'.includes(escaped)) at++;
      else return -1;
    }
  }
  return -1;
}

/**
 * The index after the JSON string, number, true, false or null that starts at `index`, or -1 when none does.
 * A number followed by a character that goes on a number ("01", "1.", "1e", "1-2") is a bad number, not a
 * whole one with something after it: -1, so it is never reported as a comma missing inside it.
 */
function scalarEnd(json: string, index: number): number {
  if (json.charAt(index) === '"') return stringEnd(json, index);
  for (const word of ["true", "false", "null"]) if (json.startsWith(word, index)) return index + word.length;
  NUMBER.lastIndex = index;
  return NUMBER.test(json) && !/[\d.eE+-]/.test(json.charAt(NUMBER.lastIndex)) ? NUMBER.lastIndex : -1;
}

/** Reads the key of an object member at `index` (after whitespace) and its colon: the index after the colon and the member's path, or null when there is no valid key and colon. */
function readKey(json: string, index: number, parent: string): { readonly index: number; readonly path: string } | null {
  const start = skipWhitespace(json, index);
  if (json.charAt(start) !== '"') return null;
  const end = stringEnd(json, start);
  if (end < 0) return null;
  const colon = skipWhitespace(json, end);
  if (json.charAt(colon) !== ":") return null;
  const key = JSON.parse(json.slice(start, end)) as string;
  return { index: colon + 1, path: IDENTIFIER.test(key) ? (parent === "" ? key : `${parent}.${key}`) : `${parent}[${JSON.stringify(key)}]` };
}

/** Where a comma is missing inside a JSON value: what follows a value in place of "," or the closing bracket, with the value's path. */
interface MissingComma {
  readonly index: number;
  readonly closer: "}" | "]";
  readonly path: string;
}

/**
 * Finds the first syntax error of a JSON text that `JSON.parse` refused, when
 * it is one after a value inside an object or array: something other than
 * "," or the closing bracket (a comma missing between two fields or items, an
 * extra closing bracket, a stray word). Null when the first error is another
 * one (a missing colon, a comma before a closing bracket, a bad string or
 * number, the end of the text), which the caller reports as before. Reads
 * with an explicit stack, so however deep the nesting it cannot overflow the
 * call stack.
 */
function findMissingComma(json: string): MissingComma | null {
  /** The open objects and arrays, innermost last, with their paths and, for an array, the position of its current item. */
  const open: { readonly closer: "}" | "]"; readonly path: string; items: number }[] = [];
  /** The path of the value read next. */
  let path = "";
  let index = 0;
  for (;;) {
    index = skipWhitespace(json, index);
    const char = json.charAt(index);
    if (char === "{" || char === "[") {
      const closer = char === "{" ? "}" : "]";
      const inner = skipWhitespace(json, index + 1);
      if (json.charAt(inner) !== closer) {
        open.push({ closer, path, items: 0 });
        const member = closer === "]" ? { index: inner, path: `${path}[0]` } : readKey(json, inner, path);
        if (member === null) return null;
        ({ index, path } = member);
        continue;
      }
      index = inner + 1;
    } else {
      index = scalarEnd(json, index);
      if (index < 0) return null;
    }
    // After a value: the closing brackets it ends, then a comma and the next value.
    let done = path;
    for (;;) {
      const container = open[open.length - 1];
      // The root value is whole: the error is after it, or there is none to find.
      if (container === undefined) return null;
      index = skipWhitespace(json, index);
      const next = json.charAt(index);
      if (next === container.closer) {
        open.pop();
        done = container.path;
        index++;
        continue;
      }
      if (next !== ",") return next === "" ? null : { index, closer: container.closer, path: done };
      if (container.closer === "]") {
        container.items++;
        path = `${container.path}[${container.items}]`;
        index++;
        break;
      }
      const member = readKey(json, index + 1, container.path);
      if (member === null) return null;
      ({ index, path } = member);
      break;
    }
  }
}

/**
 * Parses one element of a JSON array that starts on `line`. When it is not
 * valid JSON because a comma is missing inside it (or a value is followed by
 * anything else but "," or its closing bracket), the problem names the line
 * of what follows the value and the value's path, as a comma missing between
 * two elements does; any other syntax error names the element's first line.
 */
function parseElement(json: string, line: number): InputRow {
  const row = parseJsonText(json, line);
  if (!("problems" in row)) return row;
  const missing = findMissingComma(json);
  if (missing === null) return row;
  let at = line;
  for (let index = 0; index < missing.index; index++) if (endsLine(json, index)) at++;
  return { line: at, problems: [`expected "," or "${missing.closer}" after ${missing.path}, received ${previewLine(json, missing.index)}`] };
}

/** Reads a whole stream as UTF-8 text. */
async function readText(input: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  const text = Buffer.concat(chunks).toString("utf8");
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}

const JSON_LINES_PROBLEM =
  "expected a JSON array or one JSON object, received one JSON value per line (NDJSON): read it with --input-format ndjson, or name the file .ndjson";

/** Whether `text` is NDJSON: two or more non-blank lines, each a JSON value. */
function isJsonLines(text: string): boolean {
  let values = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === "") continue;
    try {
      JSON.parse(line);
    } catch {
      return false;
    }
    values++;
  }
  return values >= 2;
}

/**
 * Reads a JSON array of profiles (or a single profile object). The text is
 * read whole, split into its top-level elements, and each element is parsed
 * on its own with the line it starts on ({@link parseElement}).
 *
 * @internal
 */
export async function* readJsonArray(input: Readable): AsyncGenerator<InputRow> {
  const text = await readText(input);
  let first = 0;
  let line = 1;
  while (first < text.length && WHITESPACE.has(text.charAt(first))) {
    if (endsLine(text, first)) line++;
    first++;
  }
  if (first === text.length) return;
  if (text.charAt(first) !== "[") {
    const row = parseJsonText(text, line);
    yield "problems" in row && isJsonLines(text) ? { line, problems: [JSON_LINES_PROBLEM] } : row;
    return;
  }
  const { parts, trailing, unclosedAt } = scanJsonArray(text, first, line);
  for (const part of parts) {
    if ("problem" in part) {
      yield { line: part.line, problems: [part.problem] };
      continue;
    }
    yield parseElement(text.slice(part.start, part.end), part.line);
  }
  if (unclosedAt !== undefined) {
    yield { line: unclosedAt, problems: [`expected "]" to close the JSON array that starts on line ${line}, received the end of the input`] };
  }
  if (trailing !== undefined) {
    yield { line: trailing.line, problems: [`expected nothing after the closing bracket, received ${preview(text.slice(trailing.start))}`] };
  }
}
