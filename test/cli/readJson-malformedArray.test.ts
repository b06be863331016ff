// The JSON array reader (src/cli/readJson.ts) on arrays with a bracket or comma out of place: each
// problem reported once, on the line where it is, and every whole element on either side still read.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { readJsonArray } from "../../src/cli/readJson.js";
import { ensureCli, root } from "./buildCli.js";
import { linesOf, ROSTER, runCli, tempFile } from "./runCli.js";

// Two real profiles, one line each: the first two lines of the sample roster.
const [first = "", second = ""] = linesOf(readFileSync(join(root, ROSTER.ndjson), "utf8"));

/**
 * What the reader yields for `text`, one string a row: `line N: <problem>` for a problem, and
 * `line N: <handle>` (or the value as JSON when it has no handle) for an element read.
 */
async function rowsOf(text: string): Promise<string[]> {
  const rows: string[] = [];
  for await (const row of readJsonArray(Readable.from([text]))) {
    if ("problems" in row) rows.push(...row.problems.map((problem) => `line ${row.line}: ${problem}`));
    else {
      const value = row.value as { handle?: unknown } | null;
      rows.push(`line ${row.line}: ${typeof value === "object" && value !== null && typeof value.handle === "string" ? value.handle : JSON.stringify(value)}`);
    }
  }
  return rows;
}

beforeAll(() => {
  ensureCli();
}, 180_000);

describe("a JSON array with a closing bracket too many", () => {
  it('reports a "}" after an element once, on its line, and reads the elements on both sides', async () => {
    // One line: [@trailmix.tara}, @sourdough.sam]. Before: the "}" was reported as a missing comma and
    // again as an element of its own ("expected a JSON value, received "},{…""), the depth went below 0,
    // and everything after it was cut into pieces at the colons: @sourdough.sam was never read.
    expect(await rowsOf(`[${first}},${second}]`)).toEqual(['line 1: @trailmix.tara', 'line 1: expected "," or "]" after element 1, received an extra "}"', "line 1: @sourdough.sam"]);
    // Lines: 1 "[", 2 @trailmix.tara, 3 the extra "}" and the comma, 4 @sourdough.sam, 5 "]"
    expect(await rowsOf(`[\n  ${first}\n  },\n  ${second}\n]\n`)).toEqual(['line 2: @trailmix.tara', 'line 3: expected "," or "]" after element 1, received an extra "}"', "line 4: @sourdough.sam"]);
    // Right before the closing bracket: before, the array was also reported as never closed.
    expect(await rowsOf(`[\n  ${first},\n  ${second}}\n]`)).toEqual(["line 2: @trailmix.tara", "line 3: @sourdough.sam", 'line 3: expected "," or "]" after element 2, received an extra "}"']);
    // Two in a row, or one in place of the comma: one slip, reported once
    expect(await rowsOf(`[${first}}}, ${second}]`)).toEqual(["line 1: @trailmix.tara", 'line 1: expected "," or "]" after element 1, received an extra "}"', "line 1: @sourdough.sam"]);
    expect(await rowsOf(`[${first}} ${second}]`)).toEqual(["line 1: @trailmix.tara", 'line 1: expected "," or "]" after element 1, received an extra "}"', "line 1: @sourdough.sam"]);
    // In an array cut off after it: the element is still read, and the missing "]" reported too
    expect(await rowsOf(`[\n${first}}\n`)).toEqual([
      "line 2: @trailmix.tara",
      'line 2: expected "," or "]" after element 1, received an extra "}"',
      'line 2: expected "]" to close the JSON array that starts on line 1, received the end of the input',
    ]);
  });

  it('reports a "}" where an element should be once, naming what it follows', async () => {
    // Lines: 1 "[" and the "}", 2 @trailmix.tara, 3 "]"
    expect(await rowsOf(`[},\n${first}\n]`)).toEqual(['line 1: expected a profile after "[", received an extra "}"', "line 2: @trailmix.tara"]);
    // Lines: 1 "[", 2 @trailmix.tara and its comma, 3 the "}" and its comma, 4 @sourdough.sam, 5 "]": the comma after
    // the "}" is not reported again as a comma with nothing before it.
    expect(await rowsOf(`[\n${first},\n},\n${second}\n]`)).toEqual([
      "line 2: @trailmix.tara",
      'line 3: expected a profile after the comma that follows element 1, received an extra "}"',
      "line 4: @sourdough.sam",
    ]);
    // Before "]": not reported again as a trailing comma
    expect(await rowsOf(`[${first}, }]`)).toEqual(["line 1: @trailmix.tara", 'line 1: expected a profile after the comma that follows element 1, received an extra "}"']);
  });

  it("reports an extra closing bracket inside an element once, and reads the elements after it", async () => {
    // Lines: 1 "[", 2–3 @trailmix.tara, whose posts array is closed twice on line 3, 4 @sourdough.sam, 5 "]".
    // Before, the second "]" closed the element early, the "}" after it was reported as a missing comma and
    // as an element of its own, and the depth went below 0: @sourdough.sam was never read.
    const atEnd = '{"handle": "@trailmix.tara", "platform": "instagram",\n  "posts": [{"likes": 369, "comments": 13}]]}';
    expect(await rowsOf(`[\n  ${atEnd},\n  ${second}\n]`)).toEqual([
      'line 2: expected a JSON value, received "{\\"handle\\": \\"@trailmix.tara\\", \\"platform\\":…"',
      "line 4: @sourdough.sam",
    ]);
    // The same with more fields after the posts, and a "}" too many inside the posts array
    const beforeField = '{"handle": "@trailmix.tara", "posts": [{"likes": 369}]], "platform": "instagram"}';
    const inArray = '{"handle": "@trailmix.tara", "posts": [{"likes": 369}}], "platform": "instagram"}';
    for (const element of [beforeField, inArray]) {
      expect(await rowsOf(`[\n  ${element},\n  ${second}\n]`)).toEqual([
        'line 2: expected a JSON value, received "{\\"handle\\": \\"@trailmix.tara\\", \\"posts\\": [{…"',
        "line 3: @sourdough.sam",
      ]);
    }
  });

  it("ends an element at the bracket that closes it when an inner bracket is left open or closed by the wrong one", async () => {
    // Line 2: @trailmix.tara's posts array is never closed ("}" instead of "]}"). Before, the element took
    // in @sourdough.sam and the rest of the input, and the array was reported as never closed.
    const open = '{"handle": "@trailmix.tara", "posts": [{"likes": 369}}';
    expect(await rowsOf(`[\n  ${open},\n  ${second}\n]`)).toEqual([
      'line 2: expected a JSON value, received "{\\"handle\\": \\"@trailmix.tara\\", \\"posts\\": [{…"',
      "line 3: @sourdough.sam",
    ]);
    // Line 2: the audience object closed with "]" (read right before too: kept that way)
    const wrong = '{"handle": "@trailmix.tara", "audience": {"sample": []]}';
    expect(await rowsOf(`[\n  ${wrong},\n  ${second}\n]`)).toEqual([
      'line 2: expected a JSON value, received "{\\"handle\\": \\"@trailmix.tara\\", \\"audience\\":…"',
      "line 3: @sourdough.sam",
    ]);
  });

  it("scores the elements on both sides of an extra \"}\" from the command line", () => {
    const result = runCli(["score", tempFile("extra-brace.json", `[${first}},${second}]`), "--format", "ndjson"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('line 1: expected "," or "]" after element 1, received an extra "}"\n');
    expect(linesOf(result.stdout).map((line) => (JSON.parse(line) as { handle: string }).handle)).toEqual(["@trailmix.tara", "@sourdough.sam"]);
  });
});
