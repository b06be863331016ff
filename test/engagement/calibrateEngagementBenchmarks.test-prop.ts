import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { ensureBenchmarkTable } from "../../src/engagement/engagementSchemas.js";
import { calibrateEngagementBenchmarks, scoreEngagement } from "../../src/index.js";
import { leaves, profile } from "./arbitraries.js";

// The mutation setup (test/reliability/stryker.setup.ts) sets a global numRuns; an explicit one here would override it.
const runs = (count: number): number => fc.readConfigureGlobal().numRuns ?? count;

test.prop([fc.array(profile, { maxLength: 40 }), fc.integer({ min: 5, max: 10 })], { numRuns: runs(100) })(
  "returns plain JSON and a table that validates and scores",
  (profiles, minProfilesPerCell) => {
    const result = calibrateEngagementBenchmarks(profiles, { minProfilesPerCell });
    for (const leaf of leaves(result)) {
      expect(leaf === undefined).toBe(false);
      if (typeof leaf === "number") expect(Number.isFinite(leaf)).toBe(true);
    }
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
    // A structural copy is validated like a user's own table
    expect(() => ensureBenchmarkTable(structuredClone(result.table), ["benchmarks"])).not.toThrow();
    // Every profile is counted once: in a cell, as skipped, or as an error
    const counted = result.cells.reduce((total, cell) => total + cell.profiles, 0) + result.skipped + result.errors.length;
    expect(counted).toBe(profiles.length);
    for (const input of profiles.slice(0, 3)) {
      const score = scoreEngagement(input, { benchmarks: result.table }).score;
      expect(score === null || (score >= 0 && score <= 100)).toBe(true);
    }
  },
);

test.prop([fc.array(profile, { maxLength: 20 })], { numRuns: runs(100) })("does not depend on the order of the profiles", (profiles) => {
  const forward = calibrateEngagementBenchmarks(profiles, { minProfilesPerCell: 5 });
  const backward = calibrateEngagementBenchmarks([...profiles].reverse(), { minProfilesPerCell: 5 });
  expect(backward.table).toStrictEqual(forward.table);
  expect(backward.cells).toStrictEqual(forward.cells);
});
