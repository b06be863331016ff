// Tests written from the surviving mutants of src/selection/compareStrategies.ts
// (Stryker, unit tests only; see docs/mutation/selection.md). Results are
// computed inside each `it`, so that Stryker credits every test it runs.
import { describe, expect, it } from "vitest";
import { compareStrategies, selectInfluencers, type SelectionCandidate } from "../../src/index.js";

/**
 * Three creators for a set search stopped early: the best set is b + c
 * (cost 3 + 2 = 5 ≤ 6, value 4 + 3 = 7); a + b costs 7 > 6, and a and c share
 * group "g", capped at one member. The caps make the search branch and bound,
 * which `maxSearchNodes` stops.
 */
const stoppable: SelectionCandidate[] = [
  { id: "a", cost: 4, value: 5, group: "g" },
  { id: "b", cost: 3, value: 4, group: "h" },
  { id: "c", cost: 2, value: 3, group: "g" },
];

describe("compareStrategies (mutants)", () => {
  it("gives the single creator a concentration of exactly 1 under the reach objective", () => {
    const result = compareStrategies(
      [
        { id: "big", cost: 1_000, value: 0, reach: 0.3 },
        { id: "a", cost: 500, value: 0, reach: 0.2 },
      ],
      1_000,
      { objective: "reach" },
    );
    // big alone: combined reach 1 − (1 − 0.3) = 0.30000000000000004 in floating point, so its own reach over the
    // combined one is 0.3 / 0.30000000000000004 = 0.9999999999999998; one member carries all of it: exactly 1
    expect(result.single?.selected).toEqual(["big"]);
    expect(result.single?.concentration).toBe(1);
  });

  it("leaves a nano creator out of the single choice when maxPerTier allows no nano", () => {
    const result = compareStrategies(
      [
        { id: "nano", cost: 50, value: 90, tier: "nano" },
        { id: "micro", cost: 50, value: 60, tier: "micro" },
      ],
      100,
      { maxPerTier: { nano: 0 } },
    );
    // nano (90) is worth more but its tier (the first, slot 0) is capped at 0: micro (60) is the single choice
    expect(result.single?.selected).toEqual(["micro"]);
    expect(result.portfolio?.selected).toEqual(["micro"]);
  });

  it("compares the set a search stopped at its first node falls back on, never less than the single creator", () => {
    const options = { maxPerGroup: 1, maxSearchNodes: 1 };
    const result = compareStrategies(stoppable, 6, options);
    // Node 1 is the root of branch and bound: the search stops there with no set of its own. Its fallback, the
    // greedy set by value per cost (c 3/2 = 1.5, b 4/3 = 1.33, a 5/4 = 1.25): c (2), b (3 more, 5 ≤ 6), not a
    // (group g has c): b + c, worth 7, more than the best single creator a (5). selectInfluencers finds the same.
    expect(selectInfluencers(stoppable, { budget: 6, ...options }).selected).toEqual(["b", "c"]);
    expect(result.portfolio?.selected).toEqual(["b", "c"]);
    expect(result.single?.selected).toEqual(["a"]);
    // 7 / 5 = 1.4 (before the fallback: no set at all, and a summary saying no candidate fits)
    expect(result.portfolioToSingle).toBe(1.4);
    expect(result.summary).toBe(
      'Within 6, a set of 2 creators ("b", "c") delivers 7 of value for 5 (1.4 per unit of money), 1.4 times the best single creator, "a", which delivers 5 of value for 4 (1.25 per unit of money). The set\'s largest member carries a share of 0.57 of its value; the single creator carries all of it.',
    );
  });

  it("compares the finished search's set with the single creator", () => {
    const result = compareStrategies(stoppable, 6, { maxPerGroup: 1 });
    // b + c: value 7 for 5 (1.4 per unit), 7 / 5 = 1.4 times a; largest member 4 / 7 = 0.5714 → 0.57
    expect(result.portfolio?.selected).toEqual(["b", "c"]);
    expect(result.isPortfolioOptimal).toBe(true);
    expect(result.summary).toBe(
      'Within 6, a set of 2 creators ("b", "c") delivers 7 of value for 5 (1.4 per unit of money), 1.4 times the best single creator, "a", which delivers 5 of value for 4 (1.25 per unit of money). The set\'s largest member carries a share of 0.57 of its value; the single creator carries all of it.',
    );
  });
});

describe("compareStrategies under the reach objective, in any input order", () => {
  it("gives the same ratio and concentration to the last bit for two orders of the same candidates", () => {
    const candidates: SelectionCandidate[] = [
      { id: "a", cost: 1, value: 0, reach: 0.1 },
      { id: "b", cost: 1, value: 0, reach: 0.5 },
      { id: "c", cost: 1, value: 0, reach: 0.2 },
    ];
    // Three supplied overlaps, so the set of all three multiplies three pair factors (1 − ra − rb + shared) /
    // ((1 − ra)(1 − rb)): a–b 0.41 / 0.45, b–c 0.4 / 0.4 = 1, a–c 0.705 / 0.72, on 0.9 × 0.5 × 0.8 = 0.36:
    // P(none) = 0.3211666…, reach 0.6788333…. Its last bit depended on the order the factors were multiplied in
    // (1.3576666666666666 against …668 for the reversed input).
    const overlap = [
      { a: "a", b: "b", shared: 0.01 },
      { a: "b", b: "c", shared: 0.1 },
      { a: "a", b: "c", shared: 0.005 },
    ];
    const forward = compareStrategies(candidates, 3, { objective: "reach", overlap });
    const reversed = compareStrategies([...candidates].reverse(), 3, { objective: "reach", overlap });
    expect(forward.portfolio?.selected).toEqual(["a", "b", "c"]);
    // b alone reaches 0.5: 0.6788333… / 0.5 = 1.3576666…
    expect(forward.portfolioToSingle).toBeCloseTo(1.3576666666666666, 12);
    expect(reversed.portfolioToSingle).toBe(forward.portfolioToSingle);
    expect(reversed.portfolio?.concentration).toBe(forward.portfolio?.concentration);
  });
});
