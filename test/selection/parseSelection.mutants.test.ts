// Tests written from the surviving mutants of src/selection/parseSelection.ts
// (Stryker, unit tests only; see docs/mutation/selection.md). Results are
// computed inside each `it`, so that Stryker credits every test it runs.
import { describe, expect, it } from "vitest";
import { issuesOf } from "../arbitraries/laws.js";
import { selectInfluencers, type SelectInfluencersOptions, type SelectionCandidate } from "../../src/index.js";

/** Two creators reaching three quarters of the audience each: they share between 0.75 + 0.75 − 1 = 0.5 and 0.75 of it. */
const pair: SelectionCandidate[] = [
  { id: "a", cost: 1, value: 1, reach: 0.75 },
  { id: "b", cost: 1, value: 1, reach: 0.75 },
];

describe("selection options (mutants)", () => {
  it("reports null limits as wrongly typed, for tiers and for groups", () => {
    const options = { budget: 1, maxPerTier: null, maxPerGroup: null } as unknown as SelectInfluencersOptions;
    expect(issuesOf(() => selectInfluencers(pair, options))).toEqual([
      {
        path: ["maxPerTier"],
        code: "invalid_type",
        message: "maxPerTier: expected a non-negative integer or an object of limits per tier (nano, micro, mid, macro, mega), received null",
      },
      { path: ["maxPerGroup"], code: "invalid_type", message: "maxPerGroup: expected a non-negative integer or an object of limits per group, received null" },
    ]);
  });

  it("reports a tier name given as the whole maxPerTier as one wrongly typed value, not as unknown keys", () => {
    const options = { budget: 1, maxPerTier: "mega" } as unknown as SelectInfluencersOptions;
    expect(issuesOf(() => selectInfluencers(pair, options))).toEqual([
      {
        path: ["maxPerTier"],
        code: "invalid_type",
        message: 'maxPerTier: expected a non-negative integer or an object of limits per tier (nano, micro, mid, macro, mega), received "mega"',
      },
    ]);
  });

  it("names a function with a symbol key given as maxPerGroup as a function", () => {
    const limits = Object.assign(() => 0, { [Symbol("agency")]: 1 });
    const options = { budget: 1, maxPerGroup: limits } as unknown as SelectInfluencersOptions;
    expect(issuesOf(() => selectInfluencers(pair, options))).toEqual([
      { path: ["maxPerGroup"], code: "invalid_type", message: "maxPerGroup: expected a non-negative integer or an object of limits per group, received a function" },
    ]);
  });

  it("accepts a shared audience up to a relative 1e-12 above the smaller reach, as the smaller reach", () => {
    const result = selectInfluencers(pair, { budget: 2, objective: "reach", overlap: [{ a: "a", b: "b", shared: 0.75 * (1 + 1e-12) }] });
    // Read as 0.75: b then adds 0.75 − 0.75 = 0 to a, so one of them is enough (a, the first in id order): reach 0.75
    expect(result.selected).toEqual(["a"]);
    expect(result.totalReach).toBe(0.75);
  });

  it("accepts a shared audience up to a relative 1e-12 below the sum of the reaches minus 1, as that sum", () => {
    const result = selectInfluencers(pair, { budget: 2, objective: "reach", overlap: [{ a: "a", b: "b", shared: (0.75 + 0.75 - 1) * (1 - 1e-12) }] });
    // Read as 0.5: together they reach 0.75 + 0.75 − 0.5 = 1
    expect(result.selected).toEqual(["a", "b"]);
    expect(result.totalReach).toBe(1);
  });

  it("refuses a shared audience above the smaller of two tiny reaches: the slack is relative, plus only 2 × 2^-52", () => {
    const tiny: SelectionCandidate[] = [
      { id: "a", cost: 1, value: 0, reach: 1e-13 },
      { id: "b", cost: 1, value: 0, reach: 2e-13 },
    ];
    // 5e-13 is five times a's reach; an absolute slack of 1e-12 accepted it and clamped it to 1e-13.
    expect(issuesOf(() => selectInfluencers(tiny, { budget: 2, objective: "reach", overlap: [{ a: "a", b: "b", shared: 5e-13 }] }))).toEqual([
      { path: ["overlap", 0, "shared"], code: "too_big", message: "overlap[0].shared: expected at most 0.0000000000001 (the smaller reach of the pair), received 5e-13" },
    ]);
  });

  it("reads the options' currency only when the options are valid, in the profile form", () => {
    const profiles = [{ id: "p", platform: "instagram", followers: 20_000 }] as const;
    expect(issuesOf(() => selectInfluencers(profiles, { budget: 0 }))).toEqual([
      { path: ["budget"], code: "too_small", message: "budget: expected a finite positive number, received 0" },
    ]);
  });

  it("reports a repeated id together with a bad limit, and alone when the limits are valid", () => {
    const twins: SelectionCandidate[] = [
      { id: "a", cost: 1, value: 1 },
      { id: "a", cost: 1, value: 1 },
    ];
    // Every problem of the call in one throw, candidates first: the repeated id, then the limit
    // (until the id checks ran with every valid id, only the limit was reported)
    expect(issuesOf(() => selectInfluencers(twins, { budget: 2, maxPerTier: -1 }))).toEqual([
      { path: ["candidates", 1, "id"], code: "invalid_value", message: 'candidates[1].id: expected an id not already used by candidates[0], received "a"' },
      { path: ["maxPerTier"], code: "too_small", message: "maxPerTier: expected a non-negative integer, received -1" },
    ]);
    expect(issuesOf(() => selectInfluencers(twins, { budget: 2, maxPerTier: 1 })).map((issue) => issue.path)).toEqual([["candidates", 1, "id"]]);
  });
});
