import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compareCompensation, RATE_CARD, scoreInfluencer, type InfluencerProfileInput, type InfluencerReport } from "../../src/index.js";
import { cliPath, ensureCli, root } from "./buildCli.js";
import { columnAfterHandle, linesOf, ROSTER, runCli, tempFile, TERMS, WIDE_HANDLES } from "./runCli.js";

const rosterText = readFileSync(join(root, ROSTER.ndjson), "utf8");
const roster = linesOf(rosterText).map((line) => JSON.parse(line) as InfluencerProfileInput);

function reportsOf(ndjson: string): InfluencerReport[] {
  return linesOf(ndjson).map((line) => JSON.parse(line) as InfluencerReport);
}

beforeAll(() => {
  ensureCli();
}, 180_000);

describe("influencer-scoring score: input formats", () => {
  it("reads NDJSON and, when piped, writes one NDJSON report per profile in input order", () => {
    const result = runCli(["score", ROSTER.ndjson]);
    expect([result.status, result.stderr]).toEqual([0, ""]);
    const reports = reportsOf(result.stdout);
    // examples/roster.ndjson holds 40 profiles (scripts/make-sample-roster.ts)
    expect(reports).toHaveLength(40);
    expect(reports.map((report) => report.handle)).toEqual(roster.map((profile) => profile.handle));
  });

  it("writes the report the library computes for the same profile", () => {
    const result = runCli(["score", ROSTER.ndjson, ...TERMS]);
    const first = reportsOf(result.stdout)[0];
    const expected = scoreInfluencer(roster[0] as InfluencerProfileInput, { compensation: { costPerClick: 0.5, averageOrderValue: 40 } });
    expect(first).toStrictEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("reads a JSON array", () => {
    const file = tempFile("roster.json", JSON.stringify(roster, null, 2));
    const result = runCli(["score", file, "--format", "ndjson"]);
    expect(result.status).toBe(0);
    expect(reportsOf(result.stdout).map((report) => report.handle)).toEqual(roster.map((profile) => profile.handle));
  });

  it("reads the per-post CSV layout, grouping the rows of each handle into one profile", () => {
    const fromCsv = reportsOf(runCli(["score", ROSTER.csvPosts, "--format", "ndjson"]).stdout);
    const fromNdjson = reportsOf(runCli(["score", ROSTER.ndjson, "--format", "ndjson"]).stdout);
    expect(fromCsv.map((report) => report.handle)).toEqual(fromNdjson.map((report) => report.handle));
    // The CSV carries every count the engagement rate uses, so the rates agree profile by profile.
    expect(fromCsv.map((report) => report.engagement.rate)).toEqual(fromNdjson.map((report) => report.engagement.rate));
    expect(fromCsv.map((report) => report.engagement.postsUsed)).toEqual(fromNdjson.map((report) => report.engagement.postsUsed));
  });

  it("groups per-post CSV rows by handle even when creators are interleaved", () => {
    const csv = [
      "handle,platform,followers,likes,comments",
      "@a,instagram,20000,400,10",
      "@b,tiktok,5000,90,3",
      "@a,instagram,20000,600,30",
    ].join("\n");
    const reports = reportsOf(runCli(["score", tempFile("interleaved.csv", csv)]).stdout);
    // @a: posts (400 + 10) / 20,000 = 0.0205 and (600 + 30) / 20,000 = 0.0315; median of two = 0.026
    expect(reports.map((report) => [report.handle, report.engagement.postsUsed])).toEqual([
      ["@a", 2],
      ["@b", 1],
    ]);
    expect(reports[0]?.engagement.rate).toBeCloseTo(0.026, 12);
  });

  it("keeps one handle's rows on two platforms apart: one profile per handle and platform", () => {
    const csv = [
      "handle,platform,followers,likes,comments",
      "@kai,instagram,20000,400,10",
      "@kai,tiktok,50000,5000,100",
      "@kai,instagram,20000,600,30",
    ].join("\n");
    const reports = reportsOf(runCli(["score", tempFile("two-platforms.csv", csv)]).stdout);
    // Before, the TikTok row joined the Instagram profile (its first row's columns): one profile, 3 posts.
    expect(reports.map((report) => [report.handle, report.platform, report.engagement.postsUsed])).toEqual([
      ["@kai", "instagram", 2],
      ["@kai", "tiktok", 1],
    ]);
  });

  it("reads the per-profile CSV layout as averages", () => {
    const reports = reportsOf(runCli(["score", ROSTER.csvProfiles]).stdout);
    expect(reports).toHaveLength(40);
    expect(new Set(reports.map((report) => report.engagement.provenance))).toEqual(new Set(["summary"]));
    // @trailmix.tara: post_count 13 in examples/roster-profiles.csv
    const csvLine = readFileSync(join(root, ROSTER.csvProfiles), "utf8").split("\n")[1] ?? "";
    expect(reports[0]?.engagement.postsUsed).toBe(Number(csvLine.split(",")[4]));
  });

  it("reads standard input given as '-'", () => {
    const result = runCli(["score", "-"], rosterText);
    expect(result.status).toBe(0);
    expect(reportsOf(result.stdout)).toHaveLength(40);
  });

  it("detects a JSON array and CSV on standard input from the first character", () => {
    expect(reportsOf(runCli(["score"], JSON.stringify(roster.slice(0, 3))).stdout)).toHaveLength(3);
    expect(reportsOf(runCli(["score"], "handle,platform,followers\n@x,x,900\n").stdout).map((report) => report.handle)).toEqual(["@x"]);
  });

  it("honours --input-format over the file extension", () => {
    const file = tempFile("roster.txt", rosterText);
    expect(reportsOf(runCli(["score", file, "--input-format", "ndjson"]).stdout)).toHaveLength(40);
  });
});

describe("influencer-scoring score: output formats", () => {
  it("writes a JSON array", () => {
    const result = runCli(["score", ROSTER.ndjson, "--format", "json"]);
    const reports = JSON.parse(result.stdout) as InfluencerReport[];
    expect(reports.map((report) => report.handle)).toEqual(roster.map((profile) => profile.handle));
  });

  it("writes an empty JSON array for an empty input", () => {
    expect(runCli(["score", "-", "--input-format", "ndjson", "--format", "json"], "").stdout).toBe("[]\n");
  });

  it("writes CSV: a header, then one row per report with the same numbers as the JSON", () => {
    const [header, ...rows] = linesOf(runCli(["score", ROSTER.ndjson, "--format", "csv", ...TERMS]).stdout);
    expect(header).toBe(
      "id,handle,platform,followers,tier,tier_label,engagement_rate,engagement_basis,engagement_score,engagement_band,trust_score,trust_range_lower,trust_range_upper,trust_band,trust_flags,flat_fee,flat_fee_low,flat_fee_high,currency,expected_impressions,expected_conversions,recommended_deal,warnings,library_version",
    );
    expect(rows).toHaveLength(40);
    const report = reportsOf(runCli(["score", ROSTER.ndjson, ...TERMS]).stdout)[0];
    const cells = (rows[0] ?? "").split(",");
    expect(cells.slice(0, 3)).toEqual([report?.id, report?.handle, report?.platform]);
    expect(cells.slice(10, 13).map(Number)).toEqual([report?.trust.score, report?.trust.range?.lower, report?.trust.range?.upper]);
    expect(Number(cells[15])).toBe(report?.flatFee.cost?.expected);
    expect(cells[21]).toBe(report?.compensation?.recommendation.model);
    expect(cells[23]).toBe(report?.libraryVersion);
  });

  it("writes the trust score's range right after the score, empty when the score is", () => {
    // @two (docs/methodology/trust.md): data for 2 of 13 signals, 25 of the weight 100: audienceAuthenticity 92.5 (weight 20),
    // followRatio 100 (weight 5); score (20 · 92.5 + 5 · 100) / 25 = 94; lower 2,350 / 100 = 23.5; upper (2,350 + 75 · 100) / 100 = 98.5.
    // 94 on confidence 0.25, below minBandConfidence 0.5, with a range across bands: band "unknown" beside the score.
    // @none: no signal has data, so score, range and band say so: three empty cells and "unknown".
    const input = [
      { handle: "@two", platform: "instagram", followers: 12_000, following: 300, audience: { authenticShare: 0.87 } },
      { handle: "@none", platform: "instagram", followers: 12_000 },
    ]
      .map((profile) => JSON.stringify(profile))
      .join("\n");
    const [header, ...rows] = linesOf(runCli(["score", "-", "--format", "csv"], input).stdout);
    expect(header).toBe(
      "id,handle,platform,followers,tier,tier_label,engagement_rate,engagement_basis,engagement_score,engagement_band,trust_score,trust_range_lower,trust_range_upper,trust_band,trust_flags,flat_fee,flat_fee_low,flat_fee_high,currency,expected_impressions,expected_conversions,recommended_deal,warnings,library_version",
    );
    // handle, then trust_score … trust_flags (columns 10–14)
    expect(rows.map((row) => [row.split(",")[1], ...row.split(",").slice(10, 15)])).toEqual([
      ["@two", "94", "23.5", "98.5", "unknown", ""],
      ["@none", "", "", "", "unknown", ""],
    ]);
  });

  it("writes only the CSV header for an empty input", () => {
    expect(linesOf(runCli(["score", "-", "--input-format", "csv", "--format", "csv"], "").stdout)).toHaveLength(1);
  });

  it("writes a ranked table with a legend", () => {
    const result = runCli(["score", ROSTER.ndjson, "--format", "table", ...TERMS]);
    expect(result.status).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toMatch(/^ #\s+handle\s+platform\s+tier\s+followers\s+engagement\s+band\s+trust\s+fair fee\s+conv\.\/1k\s+deal\s+trust flags$/);
    expect(lines[2]).toMatch(/^ 1 {2}@/);
    expect(lines[41]).toMatch(/^40 {2}@/);
    expect(result.stdout).toContain("40 profiles scored. Ranked by expected conversions per 1,000 of fair flat fee");
    // the fake-heavy audience sample of @viral.vibes.hq (scripts/make-sample-roster.ts) is flagged critical
    expect(result.stdout).toMatch(/@viral\.vibes\.hq .*audience-fake-heavy \(critical\)/);
    // every sample creator's trust has a band: no score marked "?" and no note on it
    expect(result.stdout).not.toContain("trust marked ?");
  });

  it("marks a trust score on too little evidence for a band with ?, and says what it means", () => {
    // @two: 94 from 2 of 13 signals (0.25 of the weight): band unknown. @bought: one audit of 0.3 real followers, 0.2 of
    // the weight, but a critical flag stands, so it reads "low" and is not marked. @none: no score at all.
    const input = [
      { handle: "@two", platform: "instagram", followers: 12_000, following: 300, audience: { authenticShare: 0.87 } },
      { handle: "@bought", platform: "instagram", followers: 12_000, audience: { authenticShare: 0.3 } },
      { handle: "@none", platform: "instagram", followers: 12_000 },
    ]
      .map((profile) => JSON.stringify(profile))
      .join("\n");
    const { stdout } = runCli(["score", "-", "--format", "table"], input);
    const trustOf = (handle: string): string | undefined => stdout.split("\n").find((line) => line.includes(handle))?.trim().split(/ {2,}/)[7];
    expect([trustOf("@two"), trustOf("@bought"), trustOf("@none")]).toEqual(["94.0?", "0.0", "—"]);
    expect(stdout.trimEnd().split("\n").at(-1)).toBe(
      "trust marked ?: too little evidence for a band (signals carrying under half of the trust model's weight); the JSON output gives its range.",
    );
  });

  it("lines up the columns after a handle with emoji, CJK characters or a combining mark", () => {
    // Each creator on its own platform, so the platform cell that follows the handle is unique on its line.
    const platforms = ["instagram", "tiktok", "youtube", "x", "linkedin"];
    const input = WIDE_HANDLES.map(({ handle }, index) => JSON.stringify({ handle, platform: platforms[index], followers: 20_000 })).join("\n");
    const lines = runCli(["score", "-", "--format", "table"], input).stdout.split("\n");
    const platformColumn = lines[0]?.indexOf("platform"); // the header is ASCII: index = column
    const columns = WIDE_HANDLES.map(({ handle, columns: width }, index) => {
      const line = lines.find((text) => text.includes(handle)) ?? "";
      return columnAfterHandle(line, handle, width, platforms[index] ?? "");
    });
    expect(columns).toEqual(WIDE_HANDLES.map(() => platformColumn));
  });

  it("writes a handle or id holding a line break, tab or control character escaped, on one table row", () => {
    // Labels as a CSV or JSON input may carry them; raw, "a\nb" split its row in two and ESC coloured the terminal.
    const profiles = [
      { id: "a\nb", platform: "instagram", followers: 20_000 },
      { handle: "@tab\there", platform: "tiktok", followers: 20_000 },
      { handle: "@esc\u001b[31m\r\u0085", platform: "youtube", followers: 20_000 },
    ];
    const input = profiles.map((profile) => JSON.stringify(profile)).join("\n");
    const table = runCli(["score", "-", "--format", "table"], input).stdout.split("\n\n")[0] ?? "";
    const lines = table.split("\n");
    expect(lines).toHaveLength(2 + profiles.length); // heading, rule, one line per profile
    const handles = lines.slice(2).map((line) => line.trim().split(/ {2,}/)[1]);
    expect(handles.sort()).toEqual(["@esc\\u001b[31m\\r\\u0085", "@tab\\there", "a\\nb"]);
    expect(lines.filter((line) => /\p{Cc}/u.test(line))).toEqual([]); // no control character left (Unicode category Cc)
  });

  it("writes a backslash in a handle doubled in the table, so it never reads like an escaped line break", () => {
    // One handle holds a line feed, the other a backslash and an "n": before, both were shown as @a\nb.
    const profiles = [
      { handle: "@a\nb", platform: "instagram", followers: 20_000 },
      { handle: "@a\\nb", platform: "tiktok", followers: 20_000 },
    ];
    const input = profiles.map((profile) => JSON.stringify(profile)).join("\n");
    const lines = runCli(["score", "-", "--format", "table"], input).stdout.split("\n");
    const handleOf = (platform: string): string | undefined => lines.find((line) => line.includes(` ${platform} `))?.trim().split(/ {2,}/)[1];
    expect([handleOf("instagram"), handleOf("tiktok")]).toEqual(["@a\\nb", "@a\\\\nb"]);
  });

  it.each([
    // Compact follower counts: under 10,000 one decimal of K, then whole K, then two decimals of M.
    [9_999, "10K"],
    [999_499, "999K"],
    // 999,500 rounds to 1,000K, which is 1M: before, 999,999 followers read "1000K".
    [999_500, "1M"],
    [999_999, "1M"],
    [1_650_000, "1.65M"],
  ])("writes %i followers as %s in the table", (followers, shown) => {
    const profile = JSON.stringify({ handle: "@one", platform: "instagram", followers });
    const row = runCli(["score", "-", "--format", "table"], profile).stdout.split("\n")[2] ?? "";
    expect(row.split(/ {2,}/)).toContain(shown);
  });

  it("says how to compare deals when the terms are missing", () => {
    expect(runCli(["score", ROSTER.ndjson, "--format", "table"]).stdout).toContain("deal: pass --cost-per-click and --order-value");
  });

  it("says there is nothing to rank for an empty input, instead of an empty table and legend", () => {
    const result = runCli(["score", "-", "--input-format", "ndjson", "--format", "table"], "\n\n");
    expect([result.status, result.stdout, result.stderr]).toEqual([0, "Nothing to rank: the input has no profiles.\n", ""]);
  });

  it("says there is nothing to rank when every row failed validation, and exits with 1", () => {
    const bad = JSON.stringify({ handle: "@bad", platform: "instagram", followers: -5 });
    const result = runCli(["score", "-", "--input-format", "ndjson", "--format", "table"], `${bad}\n${bad}\n`);
    expect([result.status, result.stdout]).toEqual([1, "Nothing to rank: no profile was scored; 2 rows failed validation (see standard error).\n"]);
  });

  it("says in the legend which risk aversion the deal column is for", () => {
    const profile = JSON.stringify({ handle: "@one", platform: "instagram", followers: 12_000 });
    const legend = (extra: string[]) => runCli(["score", "-", "--format", "table", ...TERMS, ...extra], profile).stdout;
    expect(legend([])).toContain("accepts; at the default risk aversion (1)\nthis is always flat-fee");
    expect(legend(["--risk-aversion", "2"])).toContain("accepts; at risk aversion 2\nthis is always flat-fee");
    // below 1 the flat fee no longer always wins (docs/methodology/compensation.md), so the legend must not say it does
    const lower = legend(["--risk-aversion", "0.5"]);
    expect(lower).toContain("accepts; at risk aversion 0.5\na performance deal wins when the creator accepts it");
    expect(lower).not.toContain("always flat-fee");
  });
});

describe("influencer-scoring score: bad rows", () => {
  const good = JSON.stringify({ handle: "@good", platform: "instagram", followers: 12_000 });
  const bad = JSON.stringify({ handle: "@bad", platform: "instagram", followers: -5 });

  it("writes the good rows, reports the bad one as 'line N: <path>: <problem>' and exits with 1", () => {
    const result = runCli(["score", "-", "--input-format", "ndjson"], `${good}\n${bad}\n${good}\n`);
    expect(result.status).toBe(1);
    expect(reportsOf(result.stdout)).toHaveLength(2);
    expect(result.stderr).toBe("line 2: followers: expected a non-negative integer, received -5\n");
  });

  it("exits with 0 with --allow-errors, still reporting the bad row", () => {
    const result = runCli(["score", "-", "--input-format", "ndjson", "--allow-errors"], `${good}\n${bad}\n${good}\n`);
    expect(result.status).toBe(0);
    expect(reportsOf(result.stdout)).toHaveLength(2);
    expect(result.stderr).toBe("line 2: followers: expected a non-negative integer, received -5\n");
  });

  it("counts blank lines and reports a line that is not JSON", () => {
    const result = runCli(["score", "-", "--input-format", "ndjson"], `${good}\n\n{oops\n${good}\n`);
    expect(result.status).toBe(1);
    expect(reportsOf(result.stdout)).toHaveLength(2);
    expect(result.stderr).toBe('line 3: expected a JSON value, received "{oops"\n');
  });

  it("ends NDJSON lines at \\n, \\r\\n or a lone \\r, skips a byte-order mark and reads a last line without a newline", () => {
    const input = `\uFEFF${good}\r\n\r\n${bad}\r{oops\n${good}`;
    const result = runCli(["score", "-", "--input-format", "ndjson"], input);
    expect(reportsOf(result.stdout)).toHaveLength(2);
    // Lines: 1 good (after the BOM), 2 blank, 3 bad (ended by a lone \r), 4 "{oops", 5 good without a newline
    expect(linesOf(result.stderr)).toEqual(["line 3: followers: expected a non-negative integer, received -5", 'line 4: expected a JSON value, received "{oops"']);
  });

  it("reads a line longer than a read chunk, with multi-byte characters across chunk borders", () => {
    // A file is read in 64 KiB (65,536-byte) chunks. An unknown "filler" key (dropped by validation) pushes the
    // handle to start 101 bytes before that border; "é" is 2 bytes in UTF-8, so the border splits one of them.
    const handle = `@${"é".repeat(199)}`;
    const before = '{"filler":"';
    const after = `","platform":"instagram","followers":12000,"handle":"`;
    const filler = "a".repeat(65_536 - 101 - Buffer.byteLength(before) - Buffer.byteLength(after) - 1);
    const file = tempFile("long-line.ndjson", `${before}${filler}${after}${handle}"}\n${good}\n`);
    const result = runCli(["score", file, "--format", "ndjson"]);
    expect([result.status, result.stderr]).toEqual([0, ""]);
    expect(reportsOf(result.stdout).map((report) => report.handle)).toEqual([handle, "@good"]);
  });

  it("lists every problem of a bad row, each on its own line", () => {
    const result = runCli(["score", "-", "--input-format", "ndjson"], `${JSON.stringify({ platform: "myspace", followers: 1.5 })}\n`);
    expect(linesOf(result.stderr)).toEqual([
      'line 1: platform: expected one of "instagram", "tiktok", "youtube", "x", "facebook", "linkedin", "twitch", received "myspace"',
      "line 1: followers: expected a non-negative integer, received 1.5",
    ]);
  });

  it("writes control and bidirectional characters of a bad NDJSON row as \\u escapes on standard error", () => {
    // U+009B (CSI) would start a terminal escape sequence, U+202E reverse the rest of the line, U+007F (DEL) is a control;
    // JSON.stringify in the message already wrote the backslash as \\ and the quote as \"
    const row = JSON.stringify({ platform: 'x\u009b31m\u202eevil\u007f\\"', followers: 100 });
    const result = runCli(["score", "-", "--input-format", "ndjson"], `${row}\n`);
    expect(result.stderr).not.toMatch(/[\u007f\u009b\u202e]/u);
    expect(result.stderr).toBe(
      'line 1: platform: expected one of "instagram", "tiktok", "youtube", "x", "facebook", "linkedin", "twitch", received "x\\u009b31m\\u202eevil\\u007f\\\\\\""\n',
    );
  });

  it("writes control and bidirectional characters of a bad CSV cell as \\u escapes on standard error", () => {
    const csv = "handle,platform,followers\n@a,x\u009b31m\u202eevil,1000\n";
    const result = runCli(["score", tempFile("unsafe-platform.csv", csv)]);
    expect(result.stderr).not.toMatch(/[\u009b\u202e]/u);
    expect(result.stderr).toBe('line 2: platform: expected one of "instagram", "tiktok", "youtube", "x", "facebook", "linkedin", "twitch", received "x\\u009b31m\\u202eevil"\n');
  });

  it("points a bad post in the per-post CSV layout at its own row", () => {
    const csv = ["handle,platform,followers,likes,comments", "@a,instagram,20000,400,10", "@a,instagram,20000,abc,30", "@b,tiktok,5000,90,3"].join("\n");
    const result = runCli(["score", tempFile("bad-post.csv", csv)]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('line 3: posts[1].likes: expected a non-negative integer, received "abc"\n');
    expect(reportsOf(result.stdout).map((report) => report.handle)).toEqual(["@b"]);
  });

  it("points CSV errors at the line a record starts on, after quoted line breaks, with \\n or \\r\\n line ends", () => {
    // Lines: 1 header, 2–3 @a (its caption holds a line break), 4 blank, 5 @b; "caption" is not a known column and is ignored
    const rows = ["handle,platform,followers,caption,likes,comments", '@a,instagram,20000,"Sunset', 'at the beach",300,abc', "", "@b,instagram,-5,plain,100,5"];
    for (const end of ["\n", "\r\n"]) {
      const result = runCli(["score", tempFile("multiline.csv", `${rows.join(end)}${end}`)]);
      expect(linesOf(result.stderr)).toEqual(['line 2: posts[0].comments: expected a non-negative integer, received "abc"', "line 5: followers: expected a non-negative integer, received -5"]);
    }
  });

  it("points a bad element of a JSON array at the line it starts on, and scores the others", () => {
    const json = `[\n  ${good},\n  ${bad},\n  {"platform": "x", "followers": 9,}\n]\n`;
    const result = runCli(["score", tempFile("bad.json", json)]);
    expect(result.status).toBe(1);
    expect(linesOf(result.stderr)).toEqual(["line 3: followers: expected a non-negative integer, received -5", 'line 4: expected a JSON value, received "{\\"platform\\": \\"x\\", \\"followers\\": 9,}"']);
    expect(reportsOf(result.stdout)).toHaveLength(1);
  });

  it("reports an empty element and text after the closing bracket of a JSON array", () => {
    const result = runCli(["score", tempFile("holes.json", `[${good},,${good}]\ntrailing`)]);
    expect(linesOf(result.stderr)).toEqual(["line 1: expected a profile between the commas, received nothing", 'line 2: expected nothing after the closing bracket, received "trailing"']);
    expect(reportsOf(result.stdout)).toHaveLength(2);
  });

  it("reports a JSON array cut off before its closing bracket on the line where the input ends, even when its last element is whole", () => {
    // A download cut off between two elements: both elements parse, but the file is incomplete.
    // Lines: 1 "[", 2 and 3 the elements, 4 blank; the "]" is missing after line 3 (it was reported on line 1, the "[").
    const result = runCli(["score", tempFile("cut.json", `[\n  ${good},\n  ${good}\n\n`)]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('line 3: expected "]" to close the JSON array that starts on line 1, received the end of the input\n');
    expect(reportsOf(result.stdout)).toHaveLength(2);
  });

  describe("a JSON array with a comma missing or one too many", () => {
    const first = JSON.stringify({ handle: "@first", platform: "instagram", followers: 1_000 });
    const second = JSON.stringify({ handle: "@second", platform: "instagram", followers: 2_000 });

    it("names the line and the element after which a comma is missing, and scores the elements on both sides", () => {
      // Lines: 1 "[", 2 @first (no comma after it), 3 @second, 4 @bad, 5 "]". Before, @first and @second were read as
      // one element and reported together on line 2 as "expected a JSON value", and neither was scored.
      const result = runCli(["score", tempFile("missing-comma.json", `[\n  ${first}\n  ${second},\n  ${bad}\n]\n`)]);
      expect(result.status).toBe(1);
      expect(linesOf(result.stderr)).toEqual([
        'line 3: expected "," or "]" after element 1, received "{\\"handle\\":\\"@second\\",\\"platform\\":\\"instagra…"',
        "line 4: followers: expected a non-negative integer, received -5",
      ]);
      expect(reportsOf(result.stdout).map((report) => report.handle)).toEqual(["@first", "@second"]);
    });

    it("finds a missing comma between pretty-printed elements, and between elements on one line with or without a space", () => {
      // JSON.stringify(…, null, 2) with the comma after the first element taken out: lines 1 "[", 2–6 @first, 7–11 @second, 12 "]"
      const pretty = JSON.stringify([JSON.parse(first), JSON.parse(second)], null, 2).replace("},\n", "}\n");
      expect(runCli(["score", tempFile("missing-comma-pretty.json", pretty)]).stderr).toBe('line 7: expected "," or "]" after element 1, received "{"\n');
      for (const gap of [" ", ""]) {
        const result = runCli(["score", tempFile("missing-comma-line.json", `[${good},${first}${gap}${second}]`)]);
        expect(result.stderr).toBe('line 1: expected "," or "]" after element 2, received "{\\"handle\\":\\"@second\\",\\"platform\\":\\"instagra…"\n');
        expect(reportsOf(result.stdout).map((report) => report.handle)).toEqual(["@good", "@first", "@second"]);
      }
    });

    it("names the line of the closing bracket after a trailing comma, and the element before it", () => {
      // Lines: 1 "[", 2 @first and its comma, 3 "]". Before: "expected a profile between the commas, received nothing".
      const result = runCli(["score", tempFile("trailing-comma.json", `[\n  ${first},\n]\n`)]);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe('line 3: expected a profile after the comma that follows element 1, received "]"\n');
      expect(reportsOf(result.stdout).map((report) => report.handle)).toEqual(["@first"]);
      expect(runCli(["score", tempFile("trailing-comma-line.json", `[${first},]`)]).stderr).toBe('line 1: expected a profile after the comma that follows element 1, received "]"\n');
    });
  });

  it("scores a single JSON object", () => {
    expect(reportsOf(runCli(["score", tempFile("one.json", good)]).stdout).map((report) => report.handle)).toEqual(["@good"]);
  });

  it("reports a quote that is never closed at the line its record starts on, not at the end of the file, and scores nothing after it", () => {
    // Lines: 1 header, 2 @a, 3 blank, 4 the record whose quote never closes, 5–6 read as part of it
    const csv = 'handle,platform,followers,likes,comments\n@a,instagram,100,5,1\n\n"@b,instagram,200,5,1\n@c,instagram,300,5,1\n@d,instagram,400,5,1\n';
    const result = runCli(["score", tempFile("broken.csv", csv)]);
    expect([result.status, result.stdout]).toEqual([1, ""]);
    expect(result.stderr).toBe("line 4: expected valid CSV, received a quote that is never closed: the record starting on this line runs to the end of the file\n");
  });

  it("scores the per-profile rows read before a CSV syntax error", () => {
    const csv = 'handle,platform,followers,post_count,avg_likes,avg_comments\n@a,instagram,1000,10,50,2\n"@b,instagram,1000,10,50,2\n';
    const result = runCli(["score", tempFile("broken-profiles.csv", csv), "--format", "ndjson"]);
    expect(result.status).toBe(1);
    expect(reportsOf(result.stdout).map((report) => report.handle)).toEqual(["@a"]);
    expect(result.stderr).toMatch(/^line 3: expected valid CSV, received a quote that is never closed/);
  });

  it("keeps a quote inside an unquoted cell as text, as spreadsheets do, instead of stopping with a stack trace", () => {
    const csv = 'handle,platform,followers,likes,comments,caption\n@a,instagram,1000,50,2,my 5" phone\n';
    const result = runCli(["score", tempFile("stray-quote.csv", csv), "--format", "ndjson"]);
    expect([result.status, result.stderr]).toEqual([0, ""]);
    expect(reportsOf(result.stdout).map((report) => report.handle)).toEqual(["@a"]);
  });

  it("reports another CSV syntax error with its line", () => {
    const csv = 'handle,platform,followers,likes,comments\n@a,instagram,1000,50,"2"x\n';
    const result = runCli(["score", tempFile("bad-closing-quote.csv", csv)]);
    expect(result.stderr).toBe("line 2: expected valid CSV, received a syntax error (Invalid Closing Quote: found non trimable byte after quote at line 2)\n");
  });

  it("refuses a header that names a column it reads twice, rather than keeping one cell and dropping the other", () => {
    // "Likes" reads as "likes"; the repeated "note" columns are not read, so they do not matter
    const csv = "handle,platform,followers,likes,comments,Likes,note,note\n@a,instagram,1000,50,2,,x,y\n";
    const result = runCli(["score", tempFile("repeated-column.csv", csv)]);
    expect([result.status, result.stdout]).toEqual([1, ""]);
    expect(result.stderr).toBe('line 1: expected each column once, received the column likes twice: "likes" (column 4) and "Likes" (column 6)\n');
    const unread = runCli(["score", tempFile("repeated-unread-column.csv", "handle,platform,followers,note,note\n@a,instagram,1000,x,y\n"), "--format", "ndjson"]);
    expect([unread.status, unread.stderr, reportsOf(unread.stdout).length]).toEqual([0, "", 1]);
  });

  it("reads dates written as epoch milliseconds in CSV date columns", () => {
    // 1772323200000 = 2026-03-01T00:00:00Z; 1600000000000 = 2020-09-13T12:26:40Z; 1772323200 is epoch seconds, refused
    const csv = "handle,platform,followers,likes,comments,published_at,account_created_at\n@a,instagram,1000,50,2,1772323200000,1600000000000\n@b,instagram,1000,50,2,1772323200,\n";
    const result = runCli(["score", tempFile("epoch.csv", csv), "--format", "ndjson"]);
    expect(reportsOf(result.stdout).map((report) => report.handle)).toEqual(["@a"]);
    expect(result.stderr).toBe("line 3: posts[0].publishedAt: expected an ISO 8601 date string, a valid Date or whole epoch milliseconds from 100000000000 (3 March 1973) to 8640000000000000, received 1772323200\n");
    const sameAsIso = runCli(["score", tempFile("iso.csv", csv.replace("1772323200000", "2026-03-01").replace("1600000000000", "2020-09-13T12:26:40Z")), "--format", "ndjson"]);
    expect(reportsOf(result.stdout)[0]?.trust).toEqual(reportsOf(sameAsIso.stdout)[0]?.trust);
  });

  it("quotes a date cell of more digits than a number holds exactly as written", () => {
    // 30 digits: read as a number, the message quoted 1.111111111111111e+29, not the cell
    const csv = `handle,platform,followers,account_created_at\n@a,instagram,1000,${"1".repeat(30)}\n`;
    const result = runCli(["score", tempFile("long-epoch.csv", csv), "--format", "ndjson"]);
    expect(result.stderr).toBe(`line 2: accountCreatedAt: expected an ISO 8601 date string, a valid Date or epoch milliseconds, received "${"1".repeat(30)}"\n`);
  });

  it("quotes a count cell beyond the integers a number holds exactly as written", () => {
    // Read as numbers, the messages quoted 1.111111111111111e+29 and 9007199254740992 (2^53), not the cells;
    // 9007199254740993 = Number.MAX_SAFE_INTEGER + 2
    const csv = `handle,platform,followers,likes,comments\n@a,instagram,${"1".repeat(30)},9007199254740993,2\n`;
    const result = runCli(["score", tempFile("long-count.csv", csv), "--format", "ndjson"]);
    expect(linesOf(result.stderr)).toEqual([
      `line 2: followers: expected a non-negative integer, received "${"1".repeat(30)}"`,
      'line 2: posts[0].likes: expected a non-negative integer, received "9007199254740993"',
    ]);
  });

  it("quotes an average too large to hold as written, and still reads one with a long fraction as a number", () => {
    // Number("1e400") is Infinity; 168.92000000000002 (17 significant digits, as spreadsheets export 168.92) is a fine average
    const csv = "handle,platform,followers,post_count,avg_likes,avg_comments\n@a,instagram,1000,10,1e400,2\n@b,instagram,1000,10,168.92000000000002,2\n";
    const result = runCli(["score", tempFile("long-average.csv", csv), "--format", "ndjson"]);
    expect(result.stderr).toBe('line 2: summary.avgLikes: expected a finite non-negative number, received "1e400"\n');
    expect(reportsOf(result.stdout).map((report) => report.handle)).toEqual(["@b"]);
  });

  it("names NDJSON in a .json file as such, instead of blaming its first line", () => {
    const result = runCli(["score", tempFile("lines.json", `${good}\n${good}\n`)]);
    expect([result.status, result.stdout]).toEqual([1, ""]);
    expect(result.stderr).toBe("line 1: expected a JSON array or one JSON object, received one JSON value per line (NDJSON): read it with --input-format ndjson, or name the file .ndjson\n");
  });
});

describe("influencer-scoring score: model options", () => {
  const creator = { handle: "@c", platform: "instagram", followers: 60_000 };

  it("passes --tier-scheme to the tier model", () => {
    // later-fohr: micro runs to 100,000, so 60,000 is micro (mid under the standard scheme)
    const report = reportsOf(runCli(["score", "-", "--tier-scheme", "later-fohr"], JSON.stringify(creator)).stdout)[0];
    expect(report?.tier.tier).toBe("micro");
  });

  it("passes the deal terms, with rates as fractions or percents", () => {
    const args = ["score", "-", ...TERMS, "--commission", "12%", "--margin", "0.4"];
    const report = reportsOf(runCli(args, JSON.stringify(creator)).stdout)[0];
    expect(report?.compensation?.referral.commissionRate).toBe(0.12);
    expect(report?.compensation?.payPerClick.costPerClick).toBe(0.5);
  });

  it("passes --cap to the pay-per-click deal, the same as the library's cap option", () => {
    const report = reportsOf(runCli(["score", "-", ...TERMS, "--cap", "25"], JSON.stringify(creator)).stdout)[0];
    expect(report?.compensation?.payPerClick.cap).toBe(25);
    const library = compareCompensation({ platform: "instagram", followers: 60_000 }, { costPerClick: 0.5, averageOrderValue: 40, cap: 25 });
    expect(report?.compensation?.payPerClick.comparison.brandCostPerConversion).toEqual(library.payPerClick.comparison.brandCostPerConversion);
    expect(reportsOf(runCli(["score", "-", ...TERMS], JSON.stringify(creator)).stdout)[0]?.compensation?.payPerClick.cap).toBeNull();
  });

  it("passes --risk-aversion to the comparison of deals", () => {
    const profile = { ...creator, posts: [{ likes: 2_400, comments: 30, views: 60_000 }] };
    const terms = ["--cost-per-click", "0.85", "--order-value", "40"];
    const recommended = (extra: string[]) => reportsOf(runCli(["score", "-", ...terms, ...extra], JSON.stringify(profile)).stdout)[0]?.compensation?.recommendation;
    // At the default risk aversion 1 the flat fee always wins (docs/methodology/compensation.md).
    // A risk-neutral creator (0) values the click deal at its mean, about 1.2 × its median here
    // (312.2 against 259.8 at $0.50 a click): at $0.85 that is ~531, above the ~485 flat fee, so
    // the creator accepts it, and it costs the brand ~442 at the median, less than the fee.
    expect(recommended([])?.model).toBe("flat-fee");
    expect(recommended(["--risk-aversion", "1"])).toEqual(recommended([]));
    expect(recommended(["--risk-aversion", "0"])?.model).toBe("pay-per-click");
  });

  it("flags posts after --now", () => {
    const profile = { ...creator, posts: [{ likes: 10, comments: 1, publishedAt: "2030-01-01" }] };
    const report = reportsOf(runCli(["score", "-", "--now", "2026-01-01"], JSON.stringify(profile)).stdout)[0];
    expect(report?.warnings.map((warning) => warning.code)).toEqual(["post_in_future"]);
  });

  it("takes --now as epoch milliseconds too, as the library does", () => {
    // 1767225600000 = 2026-01-01T00:00:00Z
    const profile = { ...creator, posts: [{ likes: 10, comments: 1, publishedAt: "2030-01-01" }] };
    const report = reportsOf(runCli(["score", "-", "--now", "1767225600000"], JSON.stringify(profile)).stdout)[0];
    expect(report?.warnings.map((warning) => warning.code)).toEqual(["post_in_future"]);
  });

  it("reads a rate card for another currency", () => {
    const card = tempFile("rate-card.json", JSON.stringify({ ...RATE_CARD, currency: "EUR" }));
    const report = reportsOf(runCli(["score", "-", "--rate-card", card, "--currency", "EUR"], JSON.stringify(creator)).stdout)[0];
    expect(report?.flatFee.currency).toBe("EUR");
  });

  it("reads a rate card saved with a byte-order mark", () => {
    const card = tempFile("rate-card-bom.json", `\uFEFF${JSON.stringify({ ...RATE_CARD, currency: "EUR" })}`);
    const result = runCli(["score", "-", "--rate-card", card, "--currency", "EUR"], JSON.stringify(creator));
    expect([result.status, result.stderr, reportsOf(result.stdout)[0]?.flatFee.currency]).toEqual([0, "", "EUR"]);
  });
});

describe("influencer-scoring score: pipes", () => {
  it("guesses the format of standard input from its first character, even when a blank line comes first and the rest later", async () => {
    const child = spawn(process.execPath, [cliPath, "score", "--format", "ndjson"], { cwd: root });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdin.write("\n");
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.stdin.end(`${JSON.stringify(roster[0])}\n`);
    const code = await new Promise<number | null>((resolve) => {
      child.on("close", resolve);
    });
    expect([code, stderr]).toEqual([0, ""]);
    expect(reportsOf(stdout).map((report) => report.handle)).toEqual([roster[0]?.handle]);
  });

  it.runIf(existsSync("/dev/full"))("says in one line that the output could not be written, with exit code 1, in every format", () => {
    for (const format of ["ndjson", "json", "csv", "table"]) {
      const output = openSync("/dev/full", "w");
      try {
        const result = spawnSync(process.execPath, [cliPath, "score", ROSTER.ndjson, "--format", format], { cwd: root, stdio: ["ignore", output, "pipe"], encoding: "utf8" });
        expect([format, result.status, result.stderr]).toEqual([format, 1, "influencer-scoring: cannot write the output: ENOSPC: no space left on device, write\n"]);
      } finally {
        closeSync(output);
      }
    }
  });

  it("stops quietly with exit code 0 when the reader of its output goes away", async () => {
    const child = spawn(process.execPath, [cliPath, "score", ROSTER.ndjson], { cwd: root });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    await new Promise<void>((resolve) => {
      child.stdout.once("data", () => {
        resolve();
      });
    });
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => {
      child.on("close", resolve);
    });
    expect([code, stderr]).toEqual([0, ""]);
  });
});
