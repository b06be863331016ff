import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  compareStrategies,
  selectInfluencers,
  type CompareStrategiesResult,
  type InfluencerProfileInput,
  type SelectionCandidate,
  type SelectionResult,
} from "../../src/index.js";
import { ensureCli, root } from "./buildCli.js";
import { columnAfterHandle, ROSTER, runCli, tempFile, TERMS, WIDE_HANDLES } from "./runCli.js";

interface SelectJson {
  readonly budget: number;
  readonly currency: string;
  readonly objective: string;
  readonly valueMeasure: string;
  readonly audienceSize: number;
  readonly candidates: (SelectionCandidate & { readonly handle?: string; readonly line: number })[];
  readonly skipped: { readonly id: string; readonly handle?: string; readonly line: number; readonly reason: string }[];
  readonly selection: SelectionResult;
  readonly comparison: CompareStrategiesResult;
}

function selectJson(args: readonly string[]): SelectJson {
  const result = runCli(["select", ROSTER.ndjson, "--format", "json", ...args]);
  expect([result.status, result.stderr]).toEqual([0, ""]);
  return JSON.parse(result.stdout) as SelectJson;
}

beforeAll(() => {
  ensureCli();
}, 180_000);

describe("influencer-scoring select", () => {
  it("spends at most the budget on the set of creators with the most expected conversions", () => {
    const json = selectJson(["--budget", "20000", ...TERMS]);
    expect([json.budget, json.currency, json.objective, json.valueMeasure]).toEqual([20_000, "USD", "value", "conversions"]);
    expect(json.candidates).toHaveLength(40);
    expect(json.selection.totalCost).toBeLessThanOrEqual(20_000);
    expect(json.selection.optimal).toBe(true);
  });

  it("builds candidates from the reports: cost is the fair flat fee, value the expected conversions", () => {
    const json = selectJson(["--budget", "20000"]);
    const scored = JSON.parse(runCli(["score", ROSTER.ndjson, "--format", "json"]).stdout) as {
      id: string;
      handle: string;
      flatFee: { cost: { expected: number }; outcomes: { conversions: { expected: number }; impressions: { expected: number } } };
      trust: { score: number };
    }[];
    const first = scored[0];
    // cost: the expected fee rounded to the cent (the library's default cost)
    expect(json.candidates[0]).toMatchObject({ id: first?.id, handle: first?.handle, cost: Math.round((first?.flatFee.cost.expected ?? 0) * 100) / 100, value: first?.flatFee.outcomes.conversions.expected, trust: first?.trust.score, line: 1 });
    // reach = impressions ÷ the sum of every candidate's impressions (the default --audience-size)
    const total = scored.reduce((sum, report) => sum + report.flatFee.outcomes.impressions.expected, 0);
    expect(json.audienceSize).toBeCloseTo(total, 6);
    expect(json.candidates[0]?.reach).toBeCloseTo((first?.flatFee.outcomes.impressions.expected ?? 0) / total, 12);
  });

  it("returns what the library's selectInfluencers and compareStrategies return for those candidates", () => {
    const json = selectJson(["--budget", "20000"]);
    const candidates = json.candidates.map((candidate) => Object.fromEntries(Object.entries(candidate).filter(([key]) => key !== "line")) as unknown as SelectionCandidate);
    // The CLI built the candidates with the library's defaults, so its provenance names them instead of "given".
    const bases = { cost: "expected-flat-fee", value: "expected-conversions" } as const;
    const selection = selectInfluencers(candidates, { budget: 20_000, currency: "USD" });
    const comparison = compareStrategies(candidates, 20_000, { currency: "USD" });
    expect(json.selection).toStrictEqual({ ...selection, provenance: { ...selection.provenance, ...bases } });
    expect(json.comparison).toStrictEqual({ ...comparison, provenance: { ...comparison.provenance, ...bases } });
  });

  it("compares the best set with the best single creator", () => {
    const { comparison } = selectJson(["--budget", "20000"]);
    expect(comparison.single?.selected).toHaveLength(1);
    expect(comparison.portfolio?.totalValue).toBeGreaterThanOrEqual(comparison.single?.totalValue ?? Number.POSITIVE_INFINITY);
  });

  it("honours --max-count and --min-trust", () => {
    const json = selectJson(["--budget", "20000", "--max-count", "3", "--min-trust", "90"]);
    expect(json.selection.selected.length).toBeLessThanOrEqual(3);
    const trustOf = new Map(json.candidates.map((candidate) => [candidate.id, candidate.trust]));
    for (const id of json.selection.selected) expect(trustOf.get(id)).toBeGreaterThanOrEqual(90);
  });

  it("maximises combined reach with --objective reach and a given audience size", () => {
    const json = selectJson(["--budget", "20000", "--objective", "reach", "--audience-size", "50000000"]);
    expect(json.objective).toBe("reach");
    expect(json.audienceSize).toBe(50_000_000);
    expect(json.selection.totalReach).toBeGreaterThan(0);
  });

  it("prints the selection and the comparison as tables", () => {
    const result = runCli(["select", ROSTER.ndjson, "--budget", "20000", "--format", "table", ...TERMS]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Best selection for a budget of \$20,000 \(objective: expected conversions\)\n/);
    expect(result.stdout).toContain("One big creator or many small ones? (budget $20,000)");
    expect(result.stdout).toMatch(/best single creator {2}@/);
    expect(result.stdout).toMatch(/best set {13}\d+ creators/);
    expect(result.stdout).toMatch(/Total: \d+ creators, \$[\d,]+ of \$20,000, [\d,.]+ expected conversions, combined reach [\d.]+% \(proven optimal, core-dynamic-programming\)\./);
  });

  it("marks a selected creator's trust score on too little evidence for a band with ?, with the note under the table", () => {
    // @two: 94 from 2 of 13 signals (0.25 of the weight), band unknown; @bought: 0 and "low", a critical flag stands
    const input = [
      { handle: "@two", platform: "instagram", followers: 12_000, following: 300, audience: { authenticShare: 0.87 } },
      { handle: "@bought", platform: "instagram", followers: 12_000, audience: { authenticShare: 0.3 } },
    ]
      .map((profile) => JSON.stringify(profile))
      .join("\n");
    const lines = runCli(["select", tempFile("evidence.ndjson", input), "--budget", "1000000", "--format", "table"]).stdout.split("\n");
    const trustOf = (handle: string): string | undefined => lines.find((line) => /^\s*\d/.test(line) && line.includes(handle))?.trim().split(/ {2,}/)[4];
    expect([trustOf("@two"), trustOf("@bought")]).toEqual(["94.0?", "0.0"]);
    const table = lines.indexOf(lines.find((line) => /^\s*\d/.test(line) && line.includes("@bought")) ?? "");
    const note = "trust marked ?: too little evidence for a band (signals carrying under half of the trust model's weight); the JSON output gives its range.";
    expect(lines.slice(table + 1).find((line) => line !== "" && !/^\s*\d/.test(line))).toBe(note);
  });

  it("never writes a set just better than the best single creator as 1.00× or as good as any set", () => {
    // Fair fees (library defaults): @big $4,959.73, 45.85 conversions; @small $6.53, 0.157 conversions. Both fit
    // $4,966.26: (45.85 + 0.157) / 45.85 = 1.0034× ("1.00×" at two decimals) and @big carries 45.85 / 46.00 = 99.66%
    // of it ("100% of it instead of 100%" at no decimals)
    const input = [
      { handle: "@big", platform: "instagram", followers: 3_000_000 },
      { handle: "@small", platform: "instagram", followers: 2_000 },
    ]
      .map((profile) => JSON.stringify(profile))
      .join("\n");
    const result = runCli(["select", tempFile("just-better.ndjson", input), "--budget", "4966.26", "--format", "table"]);
    expect(result.stdout).toContain("The set delivers 1.003× the expected conversions of the best single creator, and its largest member carries 99.7% of it instead of 100%.");
    // The comparison table's "largest share" column reads the same: 99.7% for the set, 100% for the single creator
    expect(result.stdout).toMatch(/best set {13}2 creators .* 99\.7%\n/);
    expect(result.stdout).toMatch(/best single creator {2}@big .* 100%\n/);
    // @tiny (200 followers, $0.65) adds 0.0157 conversions: 1.00034× the single creator, which read "as good as any set"
    const tiny = [
      { handle: "@big", platform: "instagram", followers: 3_000_000 },
      { handle: "@tiny", platform: "instagram", followers: 200 },
    ]
      .map((profile) => JSON.stringify(profile))
      .join("\n");
    const barely = runCli(["select", tempFile("barely-better.ndjson", tiny), "--budget", "4960.38", "--format", "table"]);
    expect(barely.stdout).not.toContain("as good as any set");
    expect(barely.stdout).toContain("The set delivers 1.0003× the expected conversions of the best single creator, and its largest member carries 99.97% of it instead of 100%.");
  });

  it("writes the comparison's costs so that two that differ read apart, and the budget as the caller gave it", () => {
    // Fair fees (library defaults, as in "never writes a set just better…"): @big $4,959.73, @tiny $0.65, @small $6.53.
    const file = (name: string, small: string): string =>
      tempFile(
        name,
        [
          { handle: "@big", platform: "instagram", followers: 3_000_000 },
          { handle: small, platform: "instagram", followers: small === "@tiny" ? 200 : 2_000 },
        ]
          .map((profile) => JSON.stringify(profile))
          .join("\n"),
      );
    // Single creator 4,959.73 and the set 4,959.73 + 0.65 = 4,960.38: both read "$4,960" in whole dollars.
    const tiny = runCli(["select", file("apart-tiny.ndjson", "@tiny"), "--budget", "4960.38", "--format", "table"]).stdout;
    expect(tiny).toMatch(/^best single creator {2}@big +\$4,959\.73 /mu);
    expect(tiny).toMatch(/^best set {13}2 creators +\$4,960\.38 /mu);
    // The budget, 4,960.38, was written "$4,960" in both headings; the set spends all of it, and reads so.
    expect(tiny).toContain("Best selection for a budget of $4,960.38 (");
    expect(tiny).toContain("One big creator or many small ones? (budget $4,960.38)");
    expect(tiny).toMatch(/^Total: 2 creators, \$4,960\.38 of \$4,960\.38, /mu);
    // 4,959.73 + 6.53 = 4,966.26, the budget: it was "$4,966"
    const small = runCli(["select", file("apart-small.ndjson", "@small"), "--budget", "4966.26", "--format", "table"]).stdout;
    expect(small).toContain("Best selection for a budget of $4,966.26 (");
    expect(small).toContain("(budget $4,966.26)");
    // $4,960 and $4,966 read apart: no cents, except on the set, which spends the budget and reads as it does
    expect(small).toMatch(/^best single creator {2}@big +\$4,960 /mu);
    expect(small).toMatch(/^best set {13}2 creators +\$4,966\.26 /mu);
    expect(small).toMatch(/^Total: 2 creators, \$4,966\.26 of \$4,966\.26, /mu);
  });

  it("keeps the comparison's costs and the budget in whole dollars when they read apart so", () => {
    // $5,000: the best single creator costs $2,423 (2,422.9…) and the set $4,998 (4,997.56); no cents are needed
    const stdout = runCli(["select", ROSTER.ndjson, "--budget", "5000", "--format", "table"]).stdout;
    expect(stdout).toContain("One big creator or many small ones? (budget $5,000)");
    expect(stdout).toMatch(/^best single creator {2}@petpals\.pia +\$2,423 /mu);
    expect(stdout).toMatch(/^best set {13}23 creators +\$4,998 /mu);
  });

  it("lines up the columns after a handle with emoji, CJK characters or a combining mark", () => {
    const platforms = ["instagram", "tiktok", "youtube", "x", "linkedin"];
    const input = WIDE_HANDLES.map(({ handle }, index) => JSON.stringify({ handle, platform: platforms[index], followers: 20_000 })).join("\n");
    const file = tempFile("wide-handles.ndjson", input);
    // A budget above every fair fee of five 20,000-follower creators selects them all.
    const lines = runCli(["select", file, "--budget", "1000000", "--format", "table"]).stdout.split("\n");
    const platformColumn = lines[2]?.indexOf("platform"); // the header is ASCII: index = column
    const columns = WIDE_HANDLES.map(({ handle, columns: width }, index) => {
      const line = lines.find((text) => text.includes(handle) && text.includes(platforms[index] ?? "")) ?? "";
      return columnAfterHandle(line, handle, width, platforms[index] ?? "");
    });
    expect(columns).toEqual(WIDE_HANDLES.map(() => platformColumn));
  });

  it("does not call the single creator as good as any set when the set search proved nothing", () => {
    // Reach over the 40-creator roster with $100: the unit-cost greedy's one creator, not proven optimal.
    const result = runCli(["select", ROSTER.ndjson, "--objective", "reach", "--budget", "100", "--format", "table"]);
    expect(result.stdout).toContain("The best single creator is as good as the best set found; a set may do better, as the search did not prove otherwise.");
    expect(result.stdout).not.toContain("as good as any set");
  });

  it("writes the total and the budget with cents when whole dollars would read alike", () => {
    // One Instagram creator with 20,000 followers and nothing else: a fair fee of $65.33.
    const file = tempFile("one-creator.ndjson", JSON.stringify({ handle: "@one", platform: "instagram", followers: 20_000 }));
    const totalLine = (budget: string): string | undefined =>
      runCli(["select", file, "--budget", budget, "--format", "table"]).stdout.split("\n").find((line) => line.startsWith("Total:"));
    // $65.33 of $65.40 read "$65 of $65", as if the budget were spent to the cent.
    expect(totalLine("65.4")).toMatch(/^Total: 1 creator, \$65\.33 of \$65\.40, /u);
    // Whole dollars that differ stay whole, and an exact match reads alike: with the cents of the budget as given.
    expect(totalLine("70")).toMatch(/^Total: 1 creator, \$65 of \$70, /u);
    expect(totalLine("65.33")).toMatch(/^Total: 1 creator, \$65\.33 of \$65\.33, /u);
  });

  it("says '1 creator', not '1 creators', for a set and a cap of one", () => {
    // a budget of $10 fits only the cheapest creator of the roster (@speedrun.sky, about $5): a set of one
    const result = runCli(["select", ROSTER.ndjson, "--budget", "10", "--max-count", "1", "--format", "table"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Best selection for a budget of \$10 \(objective: expected conversions, at most 1 creator\)\n/);
    expect(result.stdout).toMatch(/best set {13}1 creator {2}/);
    expect(result.stdout).not.toContain("1 creators");
  });

  it("groups the thousands of a cap on the number of creators, as the library's sentences do", () => {
    // --max-count 1500 (was "at most 1500 creators")
    const result = runCli(["select", ROSTER.ndjson, "--budget", "10", "--max-count", "1500", "--format", "table"]);
    expect(result.stdout).toMatch(/^Best selection for a budget of \$10 \(objective: expected conversions, at most 1,500 creators\)\n/);
  });

  it("separates the selection's notes when nothing fits the budget", () => {
    // a 20,000-follower creator's fair fee (tens of dollars) is above a budget of 1
    const file = tempFile("too-dear.ndjson", `${JSON.stringify({ handle: "@dear", platform: "instagram", followers: 20_000 })}\n`);
    const result = runCli(["select", file, "--budget", "1", "--format", "table"]);
    expect(result.stdout).toContain('Nothing fits: costs more than the budget 1: "@dear"; considered 0 of 1 candidate; optimal: no candidate was left to choose from.\n');
  });

  it("prints no empty tables when nothing fits the budget, and names the cheapest creator instead", () => {
    // as above: the fair fees of 20,000- and 5,000-follower creators are above a budget of 1
    const rows = [
      { handle: "@dear", platform: "instagram", followers: 20_000 },
      { handle: "@less.dear", platform: "instagram", followers: 5_000 },
    ];
    const file = tempFile("too-dear-no-table.ndjson", rows.map((row) => JSON.stringify(row)).join("\n"));
    const json = JSON.parse(runCli(["select", file, "--budget", "1", "--format", "json"]).stdout) as { candidates: { id: string; cost: number }[] };
    const cheapest = json.candidates.find((candidate) => candidate.id === "@less.dear");
    expect(cheapest?.cost).toBeLessThan(json.candidates.find((candidate) => candidate.id === "@dear")?.cost ?? 0);
    const result = runCli(["select", file, "--budget", "1", "--format", "table"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Best selection for a budget of \$1 \(objective: expected conversions\)\n\nNothing fits: .*\n\nThe cheapest selectable creator, @less\.dear, costs [\d.]+ USD\.\nCost = fair flat fee/);
    expect(result.stdout).toContain(`costs ${(cheapest?.cost ?? 0).toFixed(2)} USD.`);
    expect(result.stdout).not.toContain("One big creator or many small ones?");
    expect(result.stdout).not.toContain("—");
  });

  it("names only a creator the selection could take: one with a value above 0", () => {
    // Measured posts with 0 clicks: 0 expected conversions, so the selection leaves @noclick out whatever the budget.
    const posts = [900, 1_000, 1_200].map((impressions) => ({ likes: 10, comments: 1, impressions, clicks: 0 }));
    const rows = [
      { handle: "@noclick", platform: "instagram", followers: 5_000, posts },
      { handle: "@big", platform: "instagram", followers: 500_000 },
    ];
    const file = tempFile("no-value.ndjson", rows.map((row) => JSON.stringify(row)).join("\n"));
    const result = runCli(["select", file, "--budget", "100", "--format", "table"]);
    expect(result.stdout).toContain('adds no value (value 0): "@noclick"');
    expect(result.stdout).toMatch(/The cheapest selectable creator, @big, costs [\d.]+ USD\./);
  });

  it("reports a bad --currency with its flag's own message before reading the input", () => {
    expect(runCli(["select", "no-such-roster.ndjson", "--budget", "100", "--currency", "usd"]).stderr).toContain(
      '--currency: expected an ISO 4217 currency code of three capital letters, such as "USD", received "usd"',
    );
  });

  it("names the cheapest creator with enough trust under --min-trust", () => {
    const args = ["select", ROSTER.ndjson, "--budget", "1", "--min-trust", "93"];
    const json = JSON.parse(runCli([...args, "--format", "json"]).stdout) as { candidates: { id: string; handle?: string; cost: number; value: number; trust?: number }[] };
    const eligible = json.candidates.filter((candidate) => (candidate.trust ?? 0) >= 93 && candidate.value > 0).sort((left, right) => left.cost - right.cost);
    const overall = [...json.candidates].sort((left, right) => left.cost - right.cost)[0];
    // The roster's cheapest creator overall does not reach 93, so the two differ.
    expect(eligible[0]?.id).not.toBe(overall?.id);
    // The text names it by its handle (the roster's handles are unique), the JSON by its id.
    expect(runCli([...args, "--format", "table"]).stdout).toContain(`The cheapest selectable creator, ${eligible[0]?.handle ?? "?"}, costs ${(eligible[0]?.cost ?? 0).toFixed(2)} USD.`);
  });

  it("names no creator when --min-trust rules every one out", () => {
    const file = tempFile("too-dear-trust.ndjson", `${JSON.stringify({ handle: "@dear", platform: "instagram", followers: 20_000 })}\n`);
    // With no posts or history the trust score is null: no creator has enough trust, so none is named.
    const result = runCli(["select", file, "--budget", "1000000", "--min-trust", "50", "--format", "table"]);
    expect(result.stdout).toContain("Nothing fits: ");
    expect(result.stdout).not.toContain("The cheapest");
  });

  it("under --min-trust, reads the range of a trust score on too little evidence for a band, as the library does", () => {
    // @two: 94 from 2 of 13 signals, range 23.5 to 98.5 (scoreTrust's worked example); its fee is about $44
    const two = { handle: "@two", platform: "instagram", followers: 12_000, following: 300, audience: { authenticShare: 0.87 } };
    const file = tempFile("thin-trust.ndjson", `${JSON.stringify(two)}\n`);
    const spanned = runCli(["select", file, "--budget", "1000000", "--min-trust", "70", "--format", "table"]).stdout;
    expect(spanned).toContain('Nothing fits: trust on too little evidence to tell against minTrust 70 (the range of scores the missing signals leave possible spans it): "@two"');
    // Too small a budget: the cheapest creator named is one the selection could take with more money, never @two under 70
    expect(runCli(["select", file, "--budget", "1", "--min-trust", "70", "--format", "table"]).stdout).not.toContain("The cheapest");
    expect(runCli(["select", file, "--budget", "1", "--min-trust", "23.5", "--format", "table"]).stdout).toContain("The cheapest selectable creator, @two, costs ");
    const json = JSON.parse(runCli(["select", file, "--budget", "1000000", "--format", "json"]).stdout) as SelectJson;
    expect(json.candidates[0]?.trustRange).toEqual({ lower: 23.5, upper: 98.5 });
  });

  it("ranks the selected creators by what the objective maximises: reach under --objective reach", () => {
    // Five large creators on five platforms, all affordable: their conversions and reach rank differently
    // (LinkedIn's 3M account converts more than YouTube's 2M one, 22.2 against 15.6 orders, with its 1–2%
    // click-through rate, but reaches fewer people, 13.7% of the combined audience against 14.0%).
    const rows = [
      { handle: "@a", platform: "youtube", followers: 2_000_000 },
      { handle: "@b", platform: "instagram", followers: 900_000 },
      { handle: "@c", platform: "x", followers: 1_500_000 },
      { handle: "@d", platform: "tiktok", followers: 800_000 },
      { handle: "@e", platform: "linkedin", followers: 3_000_000 },
    ];
    const file = tempFile("five-platforms.ndjson", rows.map((row) => JSON.stringify(row)).join("\n"));
    const table = (objective: string): string[] =>
      runCli(["select", file, "--budget", "1000000", "--format", "table", "--objective", objective, ...TERMS]).stdout.split("\n\n")[1]?.split("\n").slice(2) ?? [];
    // The last column is reach ("21.8%"), the one before it conversions.
    const column = (lines: string[], fromEnd: number): number[] => lines.map((line) => Number.parseFloat(line.trim().split(/ {2,}/).at(-fromEnd) ?? ""));
    const isDescending = (values: number[]): boolean => values.every((value, index) => index === 0 || value <= (values[index - 1] ?? 0));
    const byReach = table("reach");
    expect(byReach).toHaveLength(5);
    expect(isDescending(column(byReach, 1))).toBe(true);
    const byValue = table("value");
    expect(isDescending(column(byValue, 2))).toBe(true);
    expect(isDescending(column(byValue, 1))).toBe(false); // the two orders do differ on this roster
  });

  it("says whether the audience size of the reach column was given or is the roster's total", () => {
    const byDefault = runCli(["select", ROSTER.ndjson, "--budget", "1000", "--format", "table"]).stdout;
    expect(byDefault).toMatch(/reach = expected impressions ÷ [\d,]+ \(the roster's total expected impressions; set --audience-size\)\.\n$/);
    const given = runCli(["select", ROSTER.ndjson, "--budget", "1000", "--format", "table", "--audience-size", "50000000"]).stdout;
    expect(given).toMatch(/reach = expected impressions ÷ 50,000,000 \(--audience-size\)\.\n$/);
  });

  it("leaves out creators without a fair fee and says so", () => {
    const profiles = [
      { handle: "@priced", platform: "instagram", followers: 20_000 },
      { handle: "@unpriced", platform: "instagram", followers: 0 },
    ];
    const file = tempFile("unpriced.ndjson", profiles.map((profile) => JSON.stringify(profile)).join("\n"));
    const result = runCli(["select", file, "--budget", "1000", "--format", "json"]);
    const json = JSON.parse(result.stdout) as SelectJson;
    expect(json.candidates.map((candidate) => candidate.id)).toEqual(["@priced"]);
    // Without an id, the handle is the id; the handle is written beside it too.
    expect(json.skipped.map((row) => [row.id, row.handle, row.line])).toEqual([["@unpriced", "@unpriced", 2]]);
    expect(runCli(["select", file, "--budget", "1000", "--format", "table"]).stdout).toContain("Left out (no fair fee): @unpriced.");
  });

  it("writes a handle holding a line break escaped, in the table and in the list of creators left out", () => {
    // 0 followers: no fair fee, so "@un\npriced" is left out (as in "leaves out creators without a fair fee")
    const profiles = [
      { handle: "@pri\nced", platform: "instagram", followers: 20_000 },
      { handle: "@un\npriced", platform: "instagram", followers: 0 },
    ];
    const file = tempFile("line-break-handles.ndjson", profiles.map((profile) => JSON.stringify(profile)).join("\n"));
    const stdout = runCli(["select", file, "--budget", "1000", "--format", "table"]).stdout;
    const table = stdout.split("\n\n")[1] ?? "";
    expect(table.split("\n")).toHaveLength(3); // heading, rule, the one creator selected
    expect(table).toMatch(/^ *1 {2}@pri\\nced {2}instagram /m);
    expect(stdout).toContain("Left out (no fair fee): @un\\npriced.\n");
  });

  it("names each candidate as the library's profile form does: by the profile's id, with its handle beside it", () => {
    // examples/roster.ndjson, line 1: { "id": "inf-001", "handle": "@trailmix.tara", … }; the JSON's id was the handle
    const json = selectJson(["--budget", "5000"]);
    expect(json.candidates[0]).toMatchObject({ id: "inf-001", handle: "@trailmix.tara", line: 1 });
    // The ids the library gives the same profiles, in the selection and in both sides of the comparison
    const profiles = readFileSync(join(root, ROSTER.ndjson), "utf8")
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => JSON.parse(line) as InfluencerProfileInput);
    expect(json.selection.selected).toEqual(selectInfluencers(profiles, { budget: 5_000 }).selected);
    const comparison = compareStrategies(profiles, 5_000);
    expect([json.comparison.single?.selected, json.comparison.portfolio?.selected]).toEqual([comparison.single?.selected, comparison.portfolio?.selected]);
  });

  it("makes repeated ids unique as the library does, and names a row without id or handle by its line", () => {
    const profiles: InfluencerProfileInput[] = [
      { id: "a", handle: "@twin", platform: "instagram", followers: 20_000 },
      { handle: "@twin", platform: "tiktok", followers: 20_000 },
      { handle: "@twin", platform: "youtube", followers: 20_000 },
      { id: "a", platform: "linkedin", followers: 20_000 },
      { platform: "x", followers: 20_000 },
    ];
    const file = tempFile("twins.ndjson", profiles.map((profile) => JSON.stringify(profile)).join("\n"));
    const json = JSON.parse(runCli(["select", file, "--budget", "1000000", "--format", "json"]).stdout) as SelectJson;
    // id, else handle, else the line: "a", "@twin", "@twin", "a", "line 5"; the repeats numbered in input order
    expect(json.candidates.map(({ id, handle }) => [id, handle])).toEqual([
      ["a", "@twin"],
      ["@twin", "@twin"],
      ["@twin#2", "@twin"],
      ["a#2", undefined],
      ["line 5", undefined],
    ]);
    // The library names the same five alike, the last one "[4]" (its index) where the tool has no list but a file
    const library = selectInfluencers(profiles, { budget: 1_000_000 }).selected.map((id) => (id === "[4]" ? "line 5" : id));
    expect([...json.selection.selected].sort()).toEqual([...library].sort());
    expect(json.selection.selected).toHaveLength(5);
  });

  it("shows a creator's handle in the text when no other creator has it as handle or id, and the id otherwise", () => {
    const profiles = [
      { id: "solo-1", handle: "@solo", platform: "instagram", followers: 20_000 },
      { id: "twin-1", handle: "@twin", platform: "tiktok", followers: 20_000 },
      { id: "twin-2", handle: "@twin", platform: "youtube", followers: 20_000 },
      // 0 followers: no fair fee, left out; its handle is unique
      { id: "gone-1", handle: "@gone", platform: "instagram", followers: 0 },
    ];
    const file = tempFile("display-names.ndjson", profiles.map((profile) => JSON.stringify(profile)).join("\n"));
    const json = JSON.parse(runCli(["select", file, "--budget", "1000000", "--format", "json"]).stdout) as SelectJson;
    expect(json.candidates.map(({ id, handle }) => [id, handle])).toEqual([
      ["solo-1", "@solo"],
      ["twin-1", "@twin"],
      ["twin-2", "@twin"],
    ]);
    expect(json.skipped.map(({ id, handle, line }) => [id, handle, line])).toEqual([["gone-1", "@gone", 4]]);
    const text = runCli(["select", file, "--budget", "1000000", "--format", "table"]).stdout;
    const names = (text.split("\n\n")[1] ?? "")
      .split("\n")
      .slice(2)
      .map((line) => line.trim().split(/ {2,}/)[1]);
    expect(names.sort()).toEqual(["@solo", "twin-1", "twin-2"]);
    expect(text).toContain("Left out (no fair fee): @gone.\n");
  });

  it("says there is nothing to select from for an empty input, instead of dividing reach by 0", () => {
    const result = runCli(["select", "-", "--input-format", "ndjson", "--budget", "1000", "--format", "table"], "");
    expect([result.status, result.stdout, result.stderr]).toEqual([0, "Nothing to select from: the input has no profiles.\n", ""]);
  });

  it("says there is nothing to select from when every row failed validation, and exits with 1", () => {
    const result = runCli(["select", "-", "--input-format", "ndjson", "--budget", "1000", "--format", "table"], '{"platform":"x"}\n');
    expect([result.status, result.stdout]).toEqual([1, "Nothing to select from: no profile was scored.\n1 row failed validation and was left out (see standard error).\n"]);
  });

  it("says there is nothing to select from when no scored profile has a fair fee", () => {
    // 0 followers: no expected impressions, so no fair fee (as in "leaves out creators without a fair fee")
    const file = tempFile("all-unpriced.ndjson", `${JSON.stringify({ handle: "@unpriced", platform: "instagram", followers: 0 })}\n`);
    const result = runCli(["select", file, "--budget", "1000", "--format", "table"]);
    expect([result.status, result.stdout]).toEqual([0, "Nothing to select from: no profile has a fair fee to use as its cost (left out: @unpriced).\n"]);
  });

  it("writes a handle holding a line break escaped when no profile has a fair fee", () => {
    const file = tempFile("all-unpriced-line-break.ndjson", `${JSON.stringify({ handle: "@un\npriced", platform: "instagram", followers: 0 })}\n`);
    const result = runCli(["select", file, "--budget", "1000", "--format", "table"]);
    expect(result.stdout).toBe("Nothing to select from: no profile has a fair fee to use as its cost (left out: @un\\npriced).\n");
  });

  it("exits with 1 when a row failed, after printing the selection of the others", () => {
    const file = tempFile("one-bad.ndjson", `${JSON.stringify({ handle: "@ok", platform: "instagram", followers: 20_000 })}\n{"platform":"x"}\n`);
    const result = runCli(["select", file, "--budget", "1000", "--format", "table"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("line 2: followers: expected a non-negative integer, received nothing\n");
    expect(result.stdout).toContain("1 row failed validation and was left out (see standard error).");
  });
});
