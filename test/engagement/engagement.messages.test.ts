// Every message of the engagement area's option schemas, in ONE first test.
//
// Why one test, and why first: the library builds each zod schema on first use
// and caches it (STYLE R6), so Stryker's per-test coverage (docs/quality.md,
// "Mutation testing") credits a mutant inside a schema builder only to the
// first test of each file that happened to build that schema. Message checks
// in later tests are then never run against those mutants, which is why the
// exact-message assertions in scoreEngagement.test.ts did not kill them. This
// file's first test builds every engagement schema (the benchmark table, the
// options of scoreEngagement, calibrateEngagementBenchmarks and
// measureEngagementRate, and the shared `basis` and `actions` fields) and compares
// each issue in full: path, code and message.
import { describe, expect, it } from "vitest";
import { expectedIssue as issue, issuesOrNone as outcome } from "../arbitraries/laws.js";
import { calibrateEngagementBenchmarks, measureEngagementRate, scoreEngagement, type InputIssue } from "../../src/index.js";

const profile = { platform: "instagram" as const, followers: 20_000, posts: [{ likes: 400, comments: 0 }] };
const cell = { median: 0.02, bands: [0.01, 0.018, 0.022, 0.04] };
const series = { source: "Our agency, 2026 roster", year: 2026, definition: "median likes / followers", isLowConfidence: false, cells: { all: cell } };
const table = { version: "mine", date: null, bandPercentiles: [20, 40, 60, 80], postSpread: 0.5, creators: { instagram: { followers: series } }, brands: {} };

/** The table with some top-level fields replaced. */
const tableWith = (patch: object): unknown => ({ ...table, ...patch });
/** The table with Instagram's followers series replaced. */
const seriesAs = (value: unknown): unknown => tableWith({ creators: { instagram: { followers: value } } });
/** The table with the series' `all` cell replaced. */
const cellAs = (value: unknown): unknown => seriesAs({ ...series, cells: { all: value } });

const CELL = ["benchmarks", "creators", "instagram", "followers", "cells", "all"];
const CELL_TEXT = "benchmarks.creators.instagram.followers.cells.all";
const RATE = "expected a positive rate of at most 1000";
const SPREAD = "expected a positive spread of at most 10";
const PERCENTILE = "expected a number between 0 and 100 (exclusive)";
const INCREASING = "expected four strictly increasing numbers";
const ACTIONS = 'expected a non-empty array of "likes", "comments", "shares", "saves"';
const BASES = 'expected one of "followers", "reach", "impressions", "views"';


const score = (benchmarks: unknown) => (): unknown => scoreEngagement(profile, { benchmarks } as never);
// Five valid profiles: calibration validates its options before it reads them.
const five = [profile, profile, profile, profile, profile];

describe("engagement option messages", () => {
  it("names every malformed option and benchmark-table field in the library's words", () => {
    const cases: [string, () => unknown, InputIssue][] = [
      // A benchmark cell: median and bands are rates in (0, 1000]; the bands increase strictly, their logarithms too.
      ["median not a number", score(cellAs({ ...cell, median: "x" })), issue([...CELL, "median"], `${CELL_TEXT}.median`, "invalid_type", RATE, '"x"')],
      ["median 0", score(cellAs({ ...cell, median: 0 })), issue([...CELL, "median"], `${CELL_TEXT}.median`, "too_small", RATE, "0")],
      ["median 2,000", score(cellAs({ ...cell, median: 2_000 })), issue([...CELL, "median"], `${CELL_TEXT}.median`, "too_big", RATE, "2000")],
      ["median missing", score(cellAs({ bands: cell.bands })), issue([...CELL, "median"], `${CELL_TEXT}.median`, "invalid_type", RATE, "nothing")],
      ["bands not an array", score(cellAs({ ...cell, bands: 5 })), issue([...CELL, "bands"], `${CELL_TEXT}.bands`, "invalid_type", INCREASING, "5")],
      ["three bands", score(cellAs({ ...cell, bands: [1, 2, 3] })), issue([...CELL, "bands"], `${CELL_TEXT}.bands`, "too_small", INCREASING, "an array of 3 items")],
      ["bands out of order", score(cellAs({ ...cell, bands: [1, 3, 2, 4] })), issue([...CELL, "bands"], `${CELL_TEXT}.bands`, "invalid_value", INCREASING, "an array")],
      // 500 and the next double up (500 + 2⁻⁴⁴) increase but share a natural logarithm, so they cannot bound the first band.
      [
        "first two bands with one logarithm",
        score(cellAs({ ...cell, bands: [500, 500 + 2 ** -44, 600, 900] })),
        issue([...CELL, "bands"], `${CELL_TEXT}.bands`, "invalid_value", INCREASING, "an array"),
      ],
      // Likewise the last two (0.1 < 0.2 < 500 < 500 + 2⁻⁴⁴, but ln 500 = ln(500 + 2⁻⁴⁴)).
      [
        "last two bands with one logarithm",
        score(cellAs({ ...cell, bands: [0.1, 0.2, 500, 500 + 2 ** -44] })),
        issue([...CELL, "bands"], `${CELL_TEXT}.bands`, "invalid_value", INCREASING, "an array"),
      ],
      ["cell spread not a number", score(cellAs({ ...cell, postSpread: "x" })), issue([...CELL, "postSpread"], `${CELL_TEXT}.postSpread`, "invalid_type", SPREAD, '"x"')],
      ["cell spread 0", score(cellAs({ ...cell, postSpread: 0 })), issue([...CELL, "postSpread"], `${CELL_TEXT}.postSpread`, "too_small", SPREAD, "0")],
      ["cell spread 11", score(cellAs({ ...cell, postSpread: 11 })), issue([...CELL, "postSpread"], `${CELL_TEXT}.postSpread`, "too_big", SPREAD, "11")],
      ["cell year 2026.5", score(cellAs({ ...cell, year: 2026.5 })), issue([...CELL, "year"], `${CELL_TEXT}.year`, "invalid_type", "expected a year or null", "2026.5")],
      ["cell not an object", score(cellAs(5)), issue(CELL, CELL_TEXT, "invalid_type", "expected a benchmark cell with median and bands", "5")],
      // A series and the records that hold it.
      [
        "cells not an object",
        score(seriesAs({ ...series, cells: 5 })),
        issue(CELL.slice(0, 5), "benchmarks.creators.instagram.followers.cells", "invalid_type", "expected cells keyed by size bucket", "5"),
      ],
      [
        "series without a source",
        score(seriesAs({ definition: series.definition, year: 2026, isLowConfidence: false, cells: series.cells })),
        issue(
          [...CELL.slice(0, 4), "source"],
          "benchmarks.creators.instagram.followers.source",
          "invalid_type",
          "expected a non-empty string of at most 1000 characters",
          "nothing",
        ),
      ],
      ["series not an object", score(seriesAs(5)), issue(CELL.slice(0, 4), "benchmarks.creators.instagram.followers", "invalid_type", "expected a benchmark series", "5")],
      [
        "bases not an object",
        score(tableWith({ creators: { instagram: 5 } })),
        issue(CELL.slice(0, 3), "benchmarks.creators.instagram", "invalid_type", "expected series keyed by basis", "5"),
      ],
      [
        "platforms not an object",
        score(tableWith({ creators: 5 })),
        issue(CELL.slice(0, 2), "benchmarks.creators", "invalid_type", "expected benchmark series keyed by platform", "5"),
      ],
      // The table's own fields.
      [
        "percentile not a number",
        score(tableWith({ bandPercentiles: ["a", 40, 60, 80] })),
        issue(["benchmarks", "bandPercentiles", 0], "benchmarks.bandPercentiles[0]", "invalid_type", PERCENTILE, '"a"'),
      ],
      ["percentile 0", score(tableWith({ bandPercentiles: [0, 40, 60, 80] })), issue(["benchmarks", "bandPercentiles", 0], "benchmarks.bandPercentiles[0]", "too_small", PERCENTILE, "0")],
      ["percentile 100", score(tableWith({ bandPercentiles: [20, 40, 60, 100] })), issue(["benchmarks", "bandPercentiles", 3], "benchmarks.bandPercentiles[3]", "too_big", PERCENTILE, "100")],
      ["table spread 11", score(tableWith({ postSpread: 11 })), issue(["benchmarks", "postSpread"], "benchmarks.postSpread", "too_big", SPREAD, "11")],
      ["table not an object", score(5), issue(["benchmarks"], "benchmarks", "invalid_type", "expected a benchmark table", "5")],
      // scoreEngagement's options.
      ["score options not an object", () => scoreEngagement(profile, 5 as never), issue([], "", "invalid_type", "expected an options object", "5")],
      ["score basis", () => scoreEngagement(profile, { basis: "likes" } as never), issue(["basis"], "basis", "invalid_value", BASES, '"likes"')],
      ["score actions not an array", () => scoreEngagement(profile, { actions: 5 } as never), issue(["actions"], "actions", "invalid_type", ACTIONS, "5")],
      ["score actions empty", () => scoreEngagement(profile, { actions: [] }), issue(["actions"], "actions", "too_small", ACTIONS, "an empty array")],
      // calibrateEngagementBenchmarks's options.
      ["calibration options not an object", () => calibrateEngagementBenchmarks(five, 5 as never), issue([], "", "invalid_type", "expected an options object", "5")],
      [
        "calibration minimum 4",
        () => calibrateEngagementBenchmarks(five, { minProfilesPerCell: 4 }),
        issue(["minProfilesPerCell"], "minProfilesPerCell", "too_small", "expected an integer of at least 5", "4"),
      ],
      ["calibration year 2026.5", () => calibrateEngagementBenchmarks(five, { year: 2026.5 }), issue(["year"], "year", "invalid_type", "expected a year", "2026.5")],
      ["calibration basis", () => calibrateEngagementBenchmarks(five, { basis: "likes" } as never), issue(["basis"], "basis", "invalid_value", BASES, '"likes"')],
      ["calibration actions empty", () => calibrateEngagementBenchmarks(five, { actions: [] }), issue(["actions"], "actions", "too_small", ACTIONS, "an empty array")],
      // measureEngagementRate's options.
      ["rate options not an object", () => measureEngagementRate({ likes: 1, comments: 0 }, 5 as never), issue([], "", "invalid_type", "expected an options object", "5")],
      ["rate actions empty", () => measureEngagementRate({ likes: 1, comments: 0 }, { actions: [] }), issue(["actions"], "actions", "too_small", ACTIONS, "an empty array")],
    ];
    const found = cases.map(([name, call]) => [name, outcome(call)] as const);
    expect(found).toEqual(cases.map(([name, , expected]) => [name, [expected]]));
  });
});
