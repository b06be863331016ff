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
    // Every profile is counted once: in a cell, as skipped, as excluded, or as an error
    const counted = result.cells.reduce((total, cell) => total + cell.profiles, 0) + result.skipped + result.excluded.length + result.errors.length;
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

/** Accounts under 1,000 followers with up to 5 million likes: one cell, typical rates either side of the cap of 1,000. */
const smallAccounts = fc.array(
  fc.record({ followers: fc.integer({ min: 1, max: 999 }), likes: fc.oneof(fc.nat(2_000), fc.integer({ min: 0, max: 5_000_000 })) }),
  { minLength: 5, maxLength: 20 },
);

test.prop([smallAccounts], { numRuns: runs(100) })("returns a table that scoreEngagement accepts as an option after a JSON round trip", (accounts) => {
  const profiles = accounts.map(({ followers, likes }) => ({ platform: "instagram" as const, followers, posts: [{ likes, comments: 0 }] }));
  const { table, excluded } = calibrateEngagementBenchmarks(profiles, { minProfilesPerCell: 5 });
  const copy = JSON.parse(JSON.stringify(table)) as typeof table;
  expect(() => scoreEngagement({ platform: "instagram", followers: 500 }, { benchmarks: copy })).not.toThrow();
  // Left out: every profile whose typical rate (I + 0.5) / followers is above the cap (beyond rounding at 1,000 itself), and no other
  const above = accounts.flatMap(({ followers, likes }, index) => ((likes + 0.5) / followers > 1_000 * (1 + 1e-12) ? [index] : []));
  expect(above.every((index) => excluded.some((row) => row.index === index))).toBe(true);
  expect(excluded.every((row) => row.rate > 1_000)).toBe(true);
});
