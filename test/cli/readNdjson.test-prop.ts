import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { InputRow } from "../../src/cli/inputRow.js";
import { readNdjson } from "../../src/cli/readJson.js";

/** Every row readNdjson yields for `chunks`. */
async function rowsOf(chunks: readonly (string | Buffer)[]): Promise<InputRow[]> {
  const rows: InputRow[] = [];
  for await (const row of readNdjson(Readable.from(chunks, { objectMode: true }))) rows.push(row);
  return rows;
}

/**
 * The rows of `text` read whole, the way `node:readline` splits lines: "\r\n",
 * "\r" or "\n" ends a line, a byte-order mark before the first line is
 * dropped, blank lines are skipped but counted.
 */
function expectedRows(text: string): InputRow[] {
  const lines = text.split(/\r\n|\r|\n/u);
  const rows: InputRow[] = [];
  lines.forEach((raw, index) => {
    const line = index === 0 && raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
    if (line.trim() === "") return;
    try {
      rows.push({ line: index + 1, value: JSON.parse(line) as unknown });
    } catch {
      rows.push({ line: index + 1, problems: [expect.stringMatching(/^expected a JSON value, received /u)] });
    }
  });
  return rows;
}

/** `[start, end)` spans that cut `length` items at the given offsets (taken modulo `length + 1`). */
function spans(length: number, offsets: readonly number[]): [number, number][] {
  const points = [...new Set(offsets.map((offset) => offset % (length + 1)))].sort((left, right) => left - right);
  const result: [number, number][] = [];
  let start = 0;
  for (const point of [...points, length]) {
    if (point > start) result.push([start, point]);
    start = Math.max(start, point);
  }
  return result;
}

const lineText = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value)),
  fc.constantFrom("", " ", "\t", "{oops", "é", "🙂 \"x\"", '{"handle":"@a\\nb"}'),
);
const lineEnd = fc.constantFrom("\n", "\r\n", "\r");

describe("readNdjson", () => {
  it("yields the same rows however the input is cut into chunks, even inside a line end or a multi-byte character", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(lineText, lineEnd), { maxLength: 12 }),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 10 }),
        async (lines, hasByteOrderMark, endsWithLineEnd, offsets) => {
          const body = lines.map(([text, end], index) => (index === lines.length - 1 && !endsWithLineEnd ? text : text + end)).join("");
          const text = (hasByteOrderMark ? "\uFEFF" : "") + body;
          const expected = expectedRows(text);
          const bytes = Buffer.from(text, "utf8");
          expect(await rowsOf(spans(bytes.length, offsets).map(([start, end]) => bytes.subarray(start, end)))).toEqual(expected);
          // Strings (an input opened with an encoding) are read the same way.
          const codePoints = Array.from(text);
          expect(await rowsOf(spans(codePoints.length, offsets).map(([start, end]) => codePoints.slice(start, end).join("")))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
