import { describe, expect, it } from "vitest";
import { compareStrategies, selectInfluencers, type SelectionCandidate } from "../../src/index.js";

/** The rounding note of a result where some cost has more decimals than `unit` keeps. */
const roundingNote = (unit: string): string =>
  `costs with more decimals than a ${unit} unit were rounded up to it, so the budget is never exceeded; ` +
  'a candidate costing at most the budget can still be selected alone, and "optimal" refers to the rounded costs';

/** The rounding note every result below carries: some cost has more than six decimals. */
const ROUNDING_NOTE = roundingNote("0.000001");

/** One candidate worth 1 per cost given, named a, b, c, … */
const lineOf = (costs: readonly number[]): SelectionCandidate[] =>
  costs.map((cost, index) => ({ id: String.fromCharCode(97 + index), cost, value: 1 }));

describe("selectInfluencers at the budget's last tick", () => {
  it("selects a candidate whose cost equals a budget with seven decimals", () => {
    const result = selectInfluencers(lineOf([1000.1234567]), { budget: 1000.1234567 });
    // cost = budget: it fits. In millionths the cost rounds up to 1000123457 and the budget down to
    // 1000123456, so before the fix the candidate was set aside as too costly
    expect([result.selected, result.totalCost, result.reasons[0]]).toEqual([["a"], 1000.1234567, ROUNDING_NOTE]);
  });

  it("selects a candidate that costs less than the budget within the same millionth", () => {
    const result = selectInfluencers(lineOf([1000.1234561]), { budget: 1000.1234569 });
    // 1000.1234561 ≤ 1000.1234569; both lie in the millionth (1000.123456, 1000.123457]
    expect(result.selected).toEqual(["a"]);
  });

  it("still excludes a candidate that costs more than the budget by less than a millionth", () => {
    const result = selectInfluencers(lineOf([1000.1234568]), { budget: 1000.1234567 });
    // 1000.1234568 > 1000.1234567 by 0.0000001; nothing is required, so the note names the budget as given. No cost that
    // could be selected was rounded (a cost above the budget sets no scale), so there is no rounding note.
    expect([result.selected, result.totalCost, result.reasons.slice(0, 1)]).toEqual([[], 0, ['costs more than the budget 1,000.1234567: "a"']]);
    expect(result.reasons).not.toContain(ROUNDING_NOTE);
  });

  it("lets no candidate above the budget coarsen the rounding of the others", () => {
    // A 3e12 candidate used to set the scale from budget + every cost: 100.01 was rounded up to a 0.1 unit, 100.1 + 100.1 > 200.02.
    const result = selectInfluencers(
      [
        { id: "x", cost: 100.01, value: 1 },
        { id: "y", cost: 100.01, value: 1 },
        { id: "z", cost: 3e12, value: 5 },
      ],
      { budget: 200.02 },
    );
    expect([result.selected, result.totalCost, result.optimal]).toEqual([["x", "y"], 200.02, true]);
    expect(result.reasons[0]).toBe('costs more than the budget 200.02: "z"');
  });

  it("reports a total cost never above the budget, even when the budget is a floating-point sum just under it", () => {
    const budget = 0.586 + 1.4; // 1.9859999999999998
    const result = selectInfluencers(
      [
        { id: "a", cost: 0.586, value: 1 },
        { id: "b", cost: 1.4, value: 1 },
      ],
      { budget },
    );
    expect(result.selected).toEqual(["a", "b"]);
    expect(result.totalCost).toBeLessThanOrEqual(budget);
  });

  it("never adds a second candidate to one in the budget's last millionth", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 1000.1234567, value: 2 },
        { id: "b", cost: 0.0000001, value: 1 },
      ],
      { budget: 1000.1234567 },
    );
    // a + b = 1000.1234568 > 1000.1234567: only one fits, and a is worth more (2 > 1)
    expect([result.selected, result.totalValue, result.optimal]).toEqual([["a"], 2, true]);
  });

  it("selects such a candidate for the reach objective", () => {
    const result = selectInfluencers([{ id: "a", cost: 1000.1234567, value: 0, reach: 0.4 }], { budget: 1000.1234567, objective: "reach" });
    // cost = budget; one candidate reaching 0.4
    expect([result.selected, result.totalReach]).toEqual([["a"], 0.4]);
  });

  it("accepts a required candidate whose cost equals the budget", () => {
    const result = selectInfluencers(lineOf([1000.1234567, 1]), { budget: 1000.1234567, require: ["a"] });
    // a alone spends the whole budget, so b (1) does not fit next to it
    expect([result.selected, result.method]).toEqual([["a"], "core-dynamic-programming"]);
  });

  it("says a required set over the budget is over it once costs are rounded up", () => {
    const result = selectInfluencers(lineOf([0.3333333, 0.3333333, 0.3333334]), { budget: 1, require: ["a", "b", "c"] });
    // Exactly 0.3333333 + 0.3333333 + 0.3333334 = 1; rounded up to millionths 3 × 0.333334 = 1.000002 > 1
    expect(result.reasons).toEqual([
      ROUNDING_NOTE,
      "infeasible: required candidates cost 1 (1.000002 with each cost rounded up to a 0.000001 unit), more than the budget 1",
    ]);
  });

  it("selects a candidate whose cost equals a budget smaller than a millionth", () => {
    const result = selectInfluencers(lineOf([0.0000001, 0.0000001]), { budget: 0.0000001 });
    // Each costs the whole budget: one fits, not both (0.0000002 > 0.0000001); equal value and cost, so the lower id
    expect(result.selected).toEqual(["a"]);
  });

  it("selects a candidate whose cost equals a budget too large for millionths", () => {
    const result = selectInfluencers(lineOf([123_456_789_012.3456]), { budget: 123_456_789_012.3456 });
    // Cost + budget ≈ 2.47e11; 2^48 ≈ 2.81e14 ticks allow 10^3 ticks per unit, so costs are rounded up to thousandths
    expect([result.selected, result.reasons[0]]).toEqual([["a"], roundingNote("0.001")]);
  });
});

describe("totalCost with rounded costs", () => {
  it("is never above the budget, even when the floating-point sum is", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 0.1, value: 1 },
        { id: "b", cost: 0.2, value: 1 },
        { id: "c", cost: 0.0000001, value: 0.5 },
      ],
      { budget: 0.3 },
    );
    // c's seven decimals make costs rounded; a + b = 0.3 exactly fits (c would add 0.0000001), but 0.1 + 0.2 = 0.30000000000000004 in floating point
    expect([result.selected, result.totalCost]).toEqual([["a", "b"], 0.3]);
  });
});

describe("the profile form at the budget's last tick", () => {
  it("selects a profile whose cost from costOfProfile equals the budget", () => {
    const result = selectInfluencers([{ id: "solo", platform: "instagram", followers: 20_000 }], { budget: 1000.1234567, costOfProfile: () => 1000.1234567 });
    // cost = budget, as for candidates
    expect(result.selected).toEqual(["solo"]);
  });
});

describe("compareStrategies at the budget's last tick", () => {
  it("finds the single creator and the set when the cost equals the budget", () => {
    const result = compareStrategies(lineOf([1000.1234567]), 1000.1234567);
    // The one candidate costs the whole budget: it is both the best single creator and the best set
    expect([result.single?.selected, result.portfolio?.selected]).toEqual([["a"], ["a"]]);
  });
});

describe("selectInfluencers with costs and budgets a billionth apart", () => {
  it("excludes a cost a billionth over a whole budget", () => {
    const result = selectInfluencers(lineOf([1.000000001]), { budget: 1 });
    // 1.000000001 > 1; before, the billionth was taken for binary noise at whole units and the cost counted as 1
    expect(result.selected).toEqual([]);
  });

  it("excludes a whole cost over a budget a billionth below it", () => {
    const result = selectInfluencers(lineOf([1]), { budget: 0.999999999 });
    // 1 > 0.999999999; before, the budget was counted as 1 whole unit
    expect(result.selected).toEqual([]);
  });

  it("does not add two costs whose sum is a billionth over the budget", () => {
    const result = selectInfluencers(lineOf([0.5, 0.500000001]), { budget: 1 });
    // 0.5 + 0.500000001 = 1.000000001 > 1: one fits; equal value, and a (0.5) is cheaper per unit of value
    expect(result.selected).toEqual(["a"]);
  });

  it("still reads binary noise on cents as whole cents", () => {
    const result = selectInfluencers(lineOf([0.07, 0.14]), { budget: 0.21 });
    // In floating point 0.07 × 100 = 7.000000000000001 and 0.14 × 100 = 14.000000000000002 (0.07 + 0.14 = 0.21000000000000002);
    // in cents 7 + 14 = 21 = 0.21, with no rounding note
    expect([result.selected, result.totalCost, result.reasons[0]]).toEqual([["a", "b"], 0.21, "considered 2 of 2 candidates"]);
  });
});
