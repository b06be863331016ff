import { open } from "node:fs/promises";
import { extname } from "node:path";
import { Readable } from "node:stream";
import type { InputFormat, InputRow } from "./inputRow.js";
import { readCsv } from "./readCsv.js";
import { readJsonArray, readNdjson } from "./readJson.js";
import { UsageError } from "./UsageError.js";

const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  ".ndjson": "ndjson",
  ".jsonl": "ndjson",
  ".json": "json",
  ".csv": "csv",
};

/** The input, opened: its format and its rows. */
export interface OpenedInput {
  readonly format: InputFormat;
  readonly rows: AsyncIterable<InputRow>;
}

/**
 * Guesses the format from the first bytes: `[` is a JSON array, `{` NDJSON
 * (or a single JSON object, which NDJSON also reads when it sits on one line),
 * anything else CSV.
 */
function sniff(head: string): InputFormat {
  const first = head.replace(/^\uFEFF/, "").trimStart().charAt(0);
  if (first === "[") return "json";
  if (first === "{") return "ndjson";
  return "csv";
}

/** How much leading whitespace {@link peek} reads past before it gives up looking for the first character. */
const PEEK_LIMIT = 64 * 1024;

/**
 * Reads the start of a stream, chunk by chunk until a character other than
 * whitespace or a byte-order mark shows (standard input may send a blank line
 * first and the rest later), and returns that start with a stream that
 * replays everything read.
 */
async function peek(stream: Readable): Promise<{ head: string; stream: Readable }> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const read: (Buffer | string)[] = [];
  let head = "";
  let isDone = false;
  while (head.replace(/^\uFEFF/, "").trimStart() === "" && head.length < PEEK_LIMIT) {
    const next = await iterator.next();
    if (next.done === true) {
      isDone = true;
      break;
    }
    read.push(next.value);
    // Only the first non-blank character matters: a multi-byte character cut at the chunk's end cannot be it.
    head += typeof next.value === "string" ? next.value : next.value.toString("utf8");
  }
  async function* replay(): AsyncGenerator<Buffer | string> {
    yield* read;
    if (isDone) return;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield next.value;
  }
  return { head, stream: Readable.from(replay(), { objectMode: false }) };
}

function rowsOf(format: InputFormat, stream: Readable): AsyncIterable<InputRow> {
  if (format === "ndjson") return readNdjson(stream);
  if (format === "json") return readJsonArray(stream);
  return readCsv(stream);
}

/**
 * Opens the input named on the command line (`-` or nothing for standard
 * input) and picks its format: `--input-format` when given, else the file
 * extension (`.ndjson`, `.jsonl`, `.json`, `.csv`), else the first character.
 *
 * @throws {@link UsageError} when the file cannot be opened.
 * @internal
 */
export async function openInput(
  file: string | undefined,
  format: InputFormat | undefined,
  stdin: Readable,
  command: string,
): Promise<OpenedInput> {
  let stream: Readable;
  if (file === undefined || file === "-") {
    stream = stdin;
  } else {
    let handle;
    try {
      handle = await open(file, "r");
    } catch (error) {
      const code = error instanceof Error && "code" in error ? String(error.code) : "";
      throw new UsageError(`cannot read ${JSON.stringify(file)}: ${code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code}`, command);
    }
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      throw new UsageError(`cannot read ${JSON.stringify(file)}: it is a directory`, command);
    }
    stream = handle.createReadStream();
  }
  let chosen = format ?? (file === undefined ? undefined : EXTENSIONS[extname(file).toLowerCase()]);
  if (chosen === undefined) {
    const peeked = await peek(stream);
    chosen = sniff(peeked.head);
    stream = peeked.stream;
  }
  return { format: chosen, rows: rowsOf(chosen, stream) };
}
