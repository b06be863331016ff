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
    expect(await rowsOf(`[\n  ${atEnd},\n  ${second}\n]`)).toEqual(['line 3: expected "," or "}" after posts, received "]}"', "line 4: @sourdough.sam"]);
    // The same with more fields after the posts, and a "}" too many inside the posts array
    const beforeField = '{"handle": "@trailmix.tara", "posts": [{"likes": 369}]], "platform": "instagram"}';
    expect(await rowsOf(`[\n  ${beforeField},\n  ${second}\n]`)).toEqual([
      'line 2: expected "," or "}" after posts, received "], \\"platform\\": \\"instagram\\"}"',
      "line 3: @sourdough.sam",
    ]);
    const inArray = '{"handle": "@trailmix.tara", "posts": [{"likes": 369}}], "platform": "instagram"}';
    expect(await rowsOf(`[\n  ${inArray},\n  ${second}\n]`)).toEqual([
      'line 2: expected "," or "]" after posts[0], received "}], \\"platform\\": \\"instagram\\"}"',
      "line 3: @sourdough.sam",
    ]);
  });

  it("ends an element at the bracket that closes it when an inner bracket is left open or closed by the wrong one", async () => {
    // Line 2: @trailmix.tara's posts array is never closed ("}" instead of "]}"). Before, the element took
    // in @sourdough.sam and the rest of the input, and the array was reported as never closed.
    const open = '{"handle": "@trailmix.tara", "posts": [{"likes": 369}}';
    expect(await rowsOf(`[\n  ${open},\n  ${second}\n]`)).toEqual(['line 2: expected "," or "]" after posts[0], received "}"', "line 3: @sourdough.sam"]);
    // Line 2: the audience object closed with "]" (read right before too: kept that way)
    const wrong = '{"handle": "@trailmix.tara", "audience": {"sample": []]}';
    expect(await rowsOf(`[\n  ${wrong},\n  ${second}\n]`)).toEqual(['line 2: expected "," or "}" after audience.sample, received "]}"', "line 3: @sourdough.sam"]);
  });

  it("scores the elements on both sides of an extra \"}\" from the command line", () => {
    const result = runCli(["score", tempFile("extra-brace.json", `[${first}},${second}]`), "--format", "ndjson"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('line 1: expected "," or "]" after element 1, received an extra "}"\n');
    expect(linesOf(result.stdout).map((line) => (JSON.parse(line) as { handle: string }).handle)).toEqual(["@trailmix.tara", "@sourdough.sam"]);
  });
});

describe("a JSON array with a comma missing inside an element", () => {
  it("names the line where the comma is missing and the field before it, as between elements, and reads the other elements", async () => {
    // Lines: 1 "[", 2 "{", 3 handle, 4 platform (no comma after it), 5 followers, 6 "},", 7 @sourdough.sam, 8 "]".
    // Before: 'line 2: expected a JSON value, received "{\n    \"handle\": …"', the element's first line only.
    for (const end of ["\n", "\r\n", "\r"]) {
      const text = ["[", "  {", '    "handle": "@trailmix.tara",', '    "platform": "instagram"', '    "followers": 4800', "  },", `  ${second}`, "]"].join(end);
      expect(await rowsOf(text)).toEqual(['line 5: expected "," or "}" after platform, received "\\"followers\\": 4800"', "line 7: @sourdough.sam"]);
    }
  });

  it("names an item of an array inside an element, and a field deep inside one, by its path", async () => {
    // Lines: 1 "[", 2–4 @trailmix.tara, whose two posts are on lines 3 and 4 with no comma between them, 5 @sourdough.sam, 6 "]"
    const posts = [
      '{"handle": "@trailmix.tara", "platform": "instagram", "followers": 4800,',
      '   "posts": [{"id": "trailmix-tara-01", "likes": 369}',
      '             {"id": "trailmix-tara-02", "likes": 99}]}',
    ].join("\n");
    expect(await rowsOf(`[\n  ${posts},\n  ${second}\n]`)).toEqual([
      'line 4: expected "," or "]" after posts[0], received "{\\"id\\": \\"trailmix-tara-02\\", \\"likes\\": 99}]…"',
      "line 5: @sourdough.sam",
    ]);
    // One line; a key that is not a name is written as JavaScript would: ["sample size"]
    const audience = '{"handle": "@trailmix.tara", "audience": {"sample": [{"followers": 5 "following": 1551}], "sample size": 1 "x": 2}}';
    expect(await rowsOf(`[${first}, ${audience}]`)).toEqual([
      "line 1: @trailmix.tara",
      'line 1: expected "," or "}" after audience.sample[0].followers, received "\\"following\\": 1551}], \\"sample size\\": 1 \\"x…"',
    ]);
    const oddKey = '{"handle": "@trailmix.tara", "audience": {"sample size": 1 "x": 2}}';
    expect(await rowsOf(`[${oddKey}]`)).toEqual(['line 1: expected "," or "}" after audience["sample size"], received "\\"x\\": 2}}"']);
  });

  it("reports an element once, at its first problem, and keeps the first-line message for problems other than a missing comma", async () => {
    // Lines: 1 "[", 2–5 @trailmix.tara with commas missing at the ends of lines 3 and 4: only the first is reported,
    // on line 4, where "followers" follows "platform" without one
    const twice = ['{"handle": "@trailmix.tara",', '   "platform": "instagram"', '   "followers": 4800', '   "following": 552}'].join("\n");
    expect(await rowsOf(`[\n  ${twice}\n]`)).toEqual(['line 4: expected "," or "}" after platform, received "\\"followers\\": 4800"']);
    // A colon missing on line 3 comes first: the element is reported as before, on the line it starts on
    const colon = ['{"handle": "@trailmix.tara",', '   "platform" "instagram"', '   "followers": 4800}'].join("\n");
    expect(await rowsOf(`[\n  ${colon}\n]`)).toEqual(['line 2: expected a JSON value, received "{\\"handle\\": \\"@trailmix.tara\\",\\n   \\"platfor…"']);
    // A comma missing inside an element and one missing after it (line 6, @sourdough.sam): two problems, each on its line
    expect(await rowsOf(`[\n  ${twice}\n  ${second}\n]`)).toEqual([
      'line 4: expected "," or "}" after platform, received "\\"followers\\": 4800"',
      'line 6: expected "," or "]" after element 1, received "{\\"id\\":\\"inf-002\\",\\"handle\\":\\"@sourdough.sam…"',
      "line 6: @sourdough.sam",
    ]);
  });

  it("reports a bad number inside an element as before, on its first line, not as a comma missing inside the number", async () => {
    // Lines: 1 "[", 2 "{" and handle, 3 "followers": <bad number>, "posts": [] and "}", 4 "]". Before: the valid start of the
    // number ("0" of "01", "1" of "1.") was read as a whole value, and the rest reported as a missing comma:
    // 'line 3: expected "," or "}" after followers, received "1, \"posts\": []}"'
    for (const bad of ["01", "1.", "-", "1e", "1e+", "-01", "1.e5", "1-2", "2+1", "1E"]) {
      const element = ['{"handle": "@trailmix.tara",', `"followers": ${bad}, "posts": []}`].join("\n");
      expect(await rowsOf(`[\n${element}\n]`), bad).toEqual(['line 2: expected a JSON value, received "{\\"handle\\": \\"@trailmix.tara\\",\\n\\"followers\\"…"']);
    }
    // A whole number followed by a word is still a comma missing after it
    expect(await rowsOf('[{"followers": 1 "posts": []}]')).toEqual(['line 1: expected "," or "}" after followers, received "\\"posts\\": []}"']);
  });

  it("scores the other elements from the command line", () => {
    const text = ["[", "  {", '    "handle": "@trailmix.tara",', '    "platform": "instagram"', '    "followers": 4800', "  },", `  ${second}`, "]"].join("\n");
    const result = runCli(["score", tempFile("missing-comma-inside.json", text), "--format", "ndjson"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('line 5: expected "," or "}" after platform, received "\\"followers\\": 4800"\n');
    expect(linesOf(result.stdout).map((line) => (JSON.parse(line) as { handle: string }).handle)).toEqual(["@sourdough.sam"]);
  });
});

describe("a JSON array with a comma too many", () => {
  const third = linesOf(readFileSync(join(root, ROSTER.ndjson), "utf8"))[2] ?? "";

  it('names a comma before the first element as what it is: there is no "between the commas"', async () => {
    // Before: "expected a profile between the commas, received nothing", with only one comma there
    expect(await rowsOf(`[,${first}]`)).toEqual(['line 1: expected a profile after "[", received ","', "line 1: @trailmix.tara"]);
    // Lines: 1 "[", 2 the comma, 3 @trailmix.tara, 4 "]"
    expect(await rowsOf(`[\n  ,\n  ${first}\n]`)).toEqual(['line 2: expected a profile after "[", received ","', "line 3: @trailmix.tara"]);
    // Two before the first element: one slip, reported once (before: "between the commas" twice)
    expect(await rowsOf(`[,,${first}]`)).toEqual(['line 1: expected a profile after "[", received ","', "line 1: @trailmix.tara"]);
  });

  it("reports an array holding only commas once", async () => {
    // Before: "between the commas" and 'after the comma that follows element 1, received "]"', for one comma
    expect(await rowsOf("[,]")).toEqual(['line 1: expected a profile after "[", received ","']);
    expect(await rowsOf("[ , ]\n")).toEqual(['line 1: expected a profile after "[", received ","']);
    // Before: three problems
    expect(await rowsOf("[,,]")).toEqual(['line 1: expected a profile after "[", received ","']);
  });

  it("reports two commas in a row once, before the closing bracket too, and a trailing comma as before", async () => {
    expect(await rowsOf(`[${first},,${second}]`)).toEqual(["line 1: @trailmix.tara", "line 1: expected a profile between the commas, received nothing", "line 1: @sourdough.sam"]);
    // Lines: 1 "[", 2 @trailmix.tara and a comma, 3 another comma, 4 "]". Before, also 'line 4: expected a profile after the
    // comma that follows element 2, received "]"', naming an element that is not there.
    expect(await rowsOf(`[\n  ${first},\n  ,\n]`)).toEqual(["line 2: @trailmix.tara", "line 3: expected a profile between the commas, received nothing"]);
    expect(await rowsOf(`[${first},]`)).toEqual(["line 1: @trailmix.tara", 'line 1: expected a profile after the comma that follows element 1, received "]"']);
  });

  it("counts only the elements that are there when it names one", async () => {
    // Before: "element 2" after a leading comma, "element 3" after two commas in a row, counting the gaps as elements
    expect(await rowsOf(`[,${first},]`)).toEqual([
      'line 1: expected a profile after "[", received ","',
      "line 1: @trailmix.tara",
      'line 1: expected a profile after the comma that follows element 1, received "]"',
    ]);
    expect(await rowsOf(`[${first},,${second} ${third}]`)).toEqual([
      "line 1: @trailmix.tara",
      "line 1: expected a profile between the commas, received nothing",
      "line 1: @sourdough.sam",
      'line 1: expected "," or "]" after element 2, received "{\\"id\\":\\"inf-003\\",\\"handle\\":\\"@plantmom.priy…"',
      "line 1: @plantmom.priya",
    ]);
  });

  it('reads a "]" too many after an element as the end of the array, reported once', async () => {
    expect(await rowsOf(`[${first}], ${second}]`)).toEqual([
      "line 1: @trailmix.tara",
      'line 1: expected nothing after the closing bracket, received ", {\\"id\\":\\"inf-002\\",\\"handle\\":\\"@sourdough.s…"',
    ]);
  });

  it("scores the element after a leading comma from the command line", () => {
    const result = runCli(["score", tempFile("leading-comma.json", `[\n  ,\n  ${first}\n]\n`), "--format", "ndjson"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('line 2: expected a profile after "[", received ","\n');
    expect(linesOf(result.stdout).map((line) => (JSON.parse(line) as { handle: string }).handle)).toEqual(["@trailmix.tara"]);
  });
});
