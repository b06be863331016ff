// Boundaries and orders of the selection area that the other tests did not pin,
// found by mutation testing (docs/quality.md, "Mutation testing"): each test
// fails for at least one mutant that survived them.
import { describe, expect, it } from "vitest";
import { issuesOf } from "../arbitraries/laws.js";
import { compareStrategies, estimateFlatFee, selectInfluencers, type CompareStrategiesOptions, type SelectionCandidate } from "../../src/index.js";

/** `count` candidates `c0`, `c1`, … in tier "nano" and group "g", each costing 1 and reaching 0.1. */
const nanos = (count: number): SelectionCandidate[] =>
  Array.from({ length: count }, (_, index) => ({ id: `c${index}`, cost: 1, value: 1, reach: 0.1, tier: "nano", group: "g" }));

const GUARANTEE = "guarantee: at least ½(1 − 1/e) ≈ 0.316 of the optimal reach (Khuller, Moss & Naor 1999)";
const NO_GUARANTEE = "no worst-case guarantee under maxCount, maxPerTier or maxPerGroup; the bound is the online bound of Leskovec et al. (2007)";

describe("selectInfluencers limits", () => {
  it("accepts required candidates that exactly use up the budget, maxCount, tier and group caps and minTrust", () => {
    const result = selectInfluencers(
      [
        { id: "r1", cost: 60, value: 1, tier: "micro", group: "g", trust: 50 },
        { id: "r2", cost: 40, value: 1, tier: "nano", group: "g", trust: 50 },
        { id: "o", cost: 10, value: 5, trust: 90 },
      ],
      { budget: 100, require: ["r1", "r2"], maxCount: 2, maxPerTier: { micro: 1, nano: 1 }, maxPerGroup: { g: 2 }, minTrust: 50 },
    );
    // By hand: 60 + 40 = 100 = budget, 2 = maxCount, one micro and one nano, two in "g", trust 50 = minTrust: feasible.
    // Nothing is left for "o" (10 > 0): it is set aside as too costly.
    expect(result).toMatchObject({ selected: ["r1", "r2"], totalCost: 100, totalValue: 2, method: "core-dynamic-programming", optimal: true });
    expect(result.reasons).toEqual([
      'costs more than the 0 of budget left: "o"',
      'required: "r1", "r2"',
      "considered 0 of the 1 candidate not required",
      "optimal: no candidate was left to choose from",
    ]);
  });

  it("counts required candidates against maxCount", () => {
    const result = selectInfluencers(
      [
        { id: "r", cost: 1, value: 1 },
        { id: "a", cost: 1, value: 3 },
        { id: "b", cost: 1, value: 2 },
      ],
      { budget: 10, require: ["r"], maxCount: 2 },
    );
    // By hand: r takes one of the two places; the other goes to a (3 > 2): 1 + 3
    expect(result.selected).toEqual(["r", "a"]);
    expect(result.totalValue).toBe(4);
  });

  it("caps the nano tier like the others", () => {
    const result = selectInfluencers(
      [
        { id: "n1", cost: 1, value: 3, tier: "nano" },
        { id: "n2", cost: 1, value: 2, tier: "nano" },
        { id: "m", cost: 1, value: 1, tier: "micro" },
      ],
      { budget: 3, maxPerTier: { nano: 1 } },
    );
    // By hand: one nano (n1, 3) and the uncapped micro (1): 4, not n1 + n2 + m = 6
    expect(result.selected).toEqual(["n1", "m"]);
    expect(result.totalValue).toBe(4);
  });

  it("keeps an optional candidate whose trust equals minTrust", () => {
    expect(selectInfluencers([{ id: "a", cost: 1, value: 1, trust: 50 }], { budget: 1, minTrust: 50 }).selected).toEqual(["a"]);
  });

  it("lists required ids in input order, whatever the order of require", () => {
    const result = selectInfluencers(
      [
        { id: "mega", cost: 9_000, value: 1_000 },
        { id: "micro-a", cost: 2_000, value: 450 },
        { id: "micro-c", cost: 4_000, value: 700 },
      ],
      { budget: 20_000, require: ["micro-c", "mega"] },
    );
    expect(result.reasons).toContain('required: "mega", "micro-c"');
    expect(result.selected).toEqual(["mega", "micro-a", "micro-c"]);
  });

  it("breaks ties in the exhaustive reach search by id, whatever the input order", () => {
    const same = (id: string): SelectionCandidate => ({ id, cost: 1, value: 0, reach: 0.5 });
    // Identical audiences, listed in reverse id order: every single creator reaches 0.5 and a second adds nothing
    const result = selectInfluencers([same("c2"), same("c1"), same("c0")], {
      budget: 3,
      objective: "reach",
      overlap: [
        { a: "c0", b: "c1", shared: 0.5 },
        { a: "c0", b: "c2", shared: 0.5 },
        { a: "c1", b: "c2", shared: 0.5 },
      ],
    });
    expect(result.selected).toEqual(["c0"]);
    expect(result.reasons).toContain("combined reach uses 3 supplied pairwise overlaps; other pairs are assumed to duplicate at random");
  });

  it("gives the greedy guarantee exactly when no count, tier or group cap can bind", () => {
    const options = { budget: 13, objective: "reach" } as const;
    // 13 candidates and caps of 13: no cap can bind, so the budget is the only constraint
    const capsMet = selectInfluencers(nanos(13), { ...options, maxCount: 13, maxPerTier: { nano: 13 }, maxPerGroup: { g: 13 } });
    expect(capsMet.reasons).toContain(GUARANTEE);
    // A cap of 12 on the tier, or on the group, of 13 candidates can bind
    expect(selectInfluencers(nanos(13), { ...options, maxPerTier: { nano: 12 } }).reasons).toContain(NO_GUARANTEE);
    expect(selectInfluencers(nanos(13), { ...options, maxPerGroup: { g: 12 } }).reasons).toContain(NO_GUARANTEE);
  });
});

describe("selectInfluencers cost arithmetic", () => {
  /** The selection and total cost for `costs` (ids "a", "b", …, each worth 1) and `budget`. */
  const pick = (costs: readonly number[], budget: number): unknown => {
    const result = selectInfluencers(
      costs.map((cost, index) => ({ id: String.fromCharCode(97 + index), cost, value: 1 })),
      { budget },
    );
    return [result.selected, result.totalCost, result.reasons.filter((reason) => reason.startsWith("costs with"))];
  };

  it("adds cents whose binary values are off by a little either way: 0.14 + 0.15 fits 0.29", () => {
    // In floating point 0.14 × 100 = 14.000000000000002 and 0.29 × 100 = 28.999999999999996: both are whole cents, 14 + 15 = 29
    expect(pick([0.14, 0.15], 0.29)).toEqual([["a", "b"], 0.29, []]);
  });

  it("counts in tenths when one cost has a decimal, so 1 + 0.5 fits 1.5", () => {
    // In tenths: 10 + 5 = 15 ≤ 15 (in whole units 0.5 would be rounded up to 1 and only one would fit)
    expect(pick([1, 0.5], 1.5)).toEqual([["a", "b"], 1.5, []]);
  });

  it("rounds the budget down to the unit of the costs", () => {
    // Costs in whole units: the budget 1.5 holds one unit cost of 1, not two
    expect(pick([1, 1], 1.5)).toEqual([["a"], 1, []]);
  });

  it("keeps six decimals exactly, without a rounding note", () => {
    // In millionths: 1 + 2 = 3 ≤ 3
    expect(pick([0.000001, 0.000002], 0.000003)).toEqual([["a", "b"], 0.000003, []]);
  });

  it("counts amounts too large for cents in coarser whole units, without a rounding note", () => {
    // 1e14 + 3e14 + budget 1e15 = 1.4e15 > 2^48 ≈ 2.8e14 ticks: counted in tens (1e13 + 3e13 ≤ 1e14), which are exact
    expect(pick([1e14, 3e14], 1e15)).toEqual([["a", "b"], 4e14, []]);
  });
});

describe("selectInfluencers rounded costs (costTicks)", () => {
  it("states the rounded sum of required costs whose rounded-up cost equals the budget's whole units", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 0.9999999, value: 1 },
        { id: "b", cost: 0.0000001, value: 1 },
      ],
      { budget: 1, require: ["a", "b"] },
    );
    // By hand, in millionths (seven decimals: rounded up): a = 999,999.9 → 1,000,000 (exactly the budget's 1,000,000, so it
    // counts as 2 × 1,000,000 half-units, not as the "last partial unit" 2 × 1,000,000 + 1), b = 0.1 → 1.
    // Rounded sum 1,000,001 millionths = 1.000001 > 1; the real sum 0.9999999 + 0.0000001 = 1 (to six decimals)
    expect(result.reasons.at(-1)).toBe("infeasible: required candidates cost 1 (1.000001 with each cost rounded up to a 0.000001 unit), more than the budget 1");
  });
});

describe("selectInfluencers budget left after the required candidates (planSelection)", () => {
  it("names what is left of the budget when a candidate costs more than that", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 6, value: 1 },
        { id: "b", cost: 5, value: 3 },
        { id: "c", cost: 2.5, value: 1 },
      ],
      { budget: 10, require: ["a"] },
    );
    // By hand: the required a costs 6 of the budget 10, leaving 4; b (5) costs more than that and is set aside, c (2.5) fits
    expect(result.reasons[0]).toBe('costs more than the 4 of budget left: "b"');
    expect(result.selected).toEqual(["a", "c"]);
  });

  it("names it in the costs' own units when they have decimals", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 6.25, value: 1 },
        { id: "b", cost: 3.8, value: 3 },
        { id: "c", cost: 2.5, value: 1 },
      ],
      { budget: 10, require: ["a"] },
    );
    // By hand, in cents (the finest unit of these costs): 1,000 − 625 = 375 left, 3.75; b (3.80) costs more, c (2.50) fits
    expect(result.reasons[0]).toBe('costs more than the 3.75 of budget left: "b"');
    expect(result.selected).toEqual(["a", "c"]);
  });

  it("names it in whole millionths when costs were rounded up to them", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 6.0000001, value: 1 },
        { id: "b", cost: 5, value: 3 },
        { id: "c", cost: 2.5, value: 1 },
      ],
      { budget: 10, require: ["a"] },
    );
    // By hand, in half-millionths (costTicks.ts): capacity 2 · 10,000,000 + 1 = 20,000,001; a rounds up to 6,000,001
    // millionths = 12,000,002 ticks; left 8,000,000 − 1 = 7,999,999 ticks = 3,999,999 whole millionths (rounded down): 3.999999
    expect(result.reasons[1]).toBe('costs more than the 3.999999 of budget left: "b"');
    expect(result.selected).toEqual(["a", "c"]);
  });
});

describe("selectInfluencers caps in the plan (planSelection)", () => {
  it("applies a number maxPerGroup to grouped candidates only", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 1, value: 1 },
        { id: "b", cost: 1, value: 1 },
        { id: "c", cost: 1, value: 1 },
      ],
      { budget: 10, maxPerGroup: 1 },
    );
    // By hand: none of the three has a group, so the cap of one per group limits nothing: all three fit the budget
    expect(result.selected).toEqual(["a", "b", "c"]);
  });

  it("counts a required candidate of the first tier (nano) against its tier's cap", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 1, value: 1, tier: "nano" },
        { id: "b", cost: 1, value: 5, tier: "nano" },
        { id: "c", cost: 1, value: 1, tier: "micro" },
      ],
      { budget: 10, require: ["a"], maxPerTier: { nano: 1 } },
    );
    // By hand: the required a fills the one nano place, so b, worth more, cannot join; c (micro) can
    expect(result.selected).toEqual(["a", "c"]);
  });
});

describe("selectInfluencers options", () => {
  it("says the options are missing when there are none", () => {
    const call = (): unknown => selectInfluencers([{ id: "a", cost: 1, value: 1 }], undefined as unknown as { budget: number });
    expect(issuesOf(call)).toEqual([{ path: [], code: "invalid_type", message: "expected an options object with a budget, received nothing" }]);
  });
});

describe("selectInfluencers overlaps", () => {
  it("reports only the unknown id of an overlap whose other id is known", () => {
    const call = (): unknown =>
      selectInfluencers([{ id: "a", cost: 1, value: 1, reach: 0.2 }], {
        budget: 5,
        overlap: [
          { a: "x", b: "a", shared: 0.1 },
          { a: "a", b: "y", shared: 0.1 },
        ],
      });
    expect(issuesOf(call)).toEqual([
      { path: ["overlap", 0, "a"], code: "invalid_value", message: 'overlap[0].a: expected the id of a candidate, received "x"' },
      { path: ["overlap", 1, "b"], code: "invalid_value", message: 'overlap[1].b: expected the id of a candidate, received "y"' },
    ]);
  });
});

describe("selectInfluencers results", () => {
  const lineUp: SelectionCandidate[] = [
    { id: "mega", cost: 9_000, value: 1_000 },
    { id: "micro-a", cost: 2_000, value: 450 },
    { id: "micro-b", cost: 3_000, value: 600 },
    { id: "micro-c", cost: 4_000, value: 700 },
  ];

  it("reports no combined reach for the value objective when only some candidates have a reach", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 1, value: 1, reach: 0.5 },
        { id: "b", cost: 1, value: 1 },
      ],
      { budget: 2 },
    );
    expect(result.totalReach).toBeNull();
  });

  it("reports the provenance of a reach selection", () => {
    const result = selectInfluencers([{ id: "a", cost: 1, value: 1, reach: 0.5 }], { budget: 1, objective: "reach" });
    // Costs and values as given; one candidate, so the exhaustive search (2^1 = 2 subsets) chose
    expect(result.provenance).toEqual({ cost: "given", value: "given", solver: "exhaustive" });
  });

  it("adds values in id order, so the total does not depend on the input order", () => {
    const candidates: SelectionCandidate[] = [
      { id: "c", cost: 1, value: 0.1 },
      { id: "a", cost: 1, value: 0.2 },
      { id: "b", cost: 1, value: 0.3 },
    ];
    const options = { budget: 3, require: ["a", "b", "c"] };
    // By hand, in id order: 0.2 + 0.3 = 0.5, and 0.5 + 0.1 = 0.6 exactly in binary floating point; in the input order
    // it would be (0.1 + 0.2) + 0.3 = 0.30000000000000004 + 0.3 = 0.6000000000000001
    expect(selectInfluencers(candidates, options).totalValue).toBe(0.6);
    expect(selectInfluencers([...candidates].reverse(), options).totalValue).toBe(0.6);
  });

  it("adds the required candidates' value to the bound of a stopped search", () => {
    // The trio of the node-limit test after a required candidate worth 100 costing 1: the same search over the 10 left.
    const result = selectInfluencers(
      [
        { id: "r", cost: 1, value: 100 },
        { id: "a", cost: 6, value: 7 },
        { id: "b", cost: 5, value: 5 },
        { id: "c", cost: 5, value: 5 },
      ],
      { budget: 11, require: ["r"], maxSearchNodes: 1 },
    );
    // Best set r + a = 100 + 7 = 107; bound 100 + (7 + 4 × b's value per cost 1) = 111
    expect(result).toMatchObject({ selected: ["r", "a"], totalValue: 107, bound: 111, optimal: false });
    expect(result.gap).toBeCloseTo(4 / 111, 12); // (111 − 107) / 111
    expect(result.reasons.at(-1)).toBe("not proven optimal: the search stopped at maxSearchNodes (1); the best total value is at most 111");
  });

  it("names branch and bound and the number of candidates when a cap can bind", () => {
    const result = selectInfluencers(lineUp, { budget: 9_000, maxCount: 1 });
    expect(result.method).toBe("branch-and-bound");
    expect(result.reasons.at(-1)).toMatch(/^optimal: branch and bound over 4 candidates finished after \d+ nodes?$/);
  });
});

describe("compareStrategies limits", () => {
  const lineUp: SelectionCandidate[] = [
    { id: "mega", cost: 9_000, value: 1_000 },
    { id: "micro-a", cost: 2_000, value: 450 },
  ];

  it("refuses options given as an array or a string", () => {
    for (const [options, received] of [[[], "an array"], ["x", '"x"']] as const) {
      expect(issuesOf(() => compareStrategies(lineUp, 9_000, options as unknown as CompareStrategiesOptions))).toEqual([
        { path: [], code: "invalid_type", message: `expected an options object, received ${received}` },
      ]);
    }
  });

  it("picks a single creator when a count, tier or group cap leaves exactly one place", () => {
    // maxCount 1 leaves one place: mega (1000) is the best single creator
    expect(compareStrategies(lineUp, 9_000, { maxCount: 1 }).single?.selected).toEqual(["mega"]);
    // Caps of 1 on its tier and on its group leave one place for "m"
    const capped = compareStrategies([{ id: "m", cost: 100, value: 10, tier: "micro", group: "g" }], 100, { maxPerTier: { micro: 1 }, maxPerGroup: { g: 1 } });
    expect(capped.single?.selected).toEqual(["m"]);
  });
});

describe("selectInfluencers on profiles, options", () => {
  const small = [
    { id: "small-a", platform: "instagram", followers: 20_000 },
    { id: "small-b", platform: "tiktok", followers: 30_000 },
  ] as const;
  const select = (options: object): unknown => selectInfluencers([small[0]], { budget: 100, ...options });

  it("accepts the currency of the estimated fees", () => {
    expect(selectInfluencers([small[0]], { budget: 1_000, currency: "USD" }).currency).toBe("USD");
  });

  it("says what the reach of each profile divides by", () => {
    const impressions = small.map((profile) => estimateFlatFee(profile).outcomes.impressions?.expected ?? 0);
    // Rate card (estimateFlatFee): 20,000 Instagram followers get at least the top of the band below them,
    // 20,000 × 0.3772 (minter.io, 2019) = 7,544; 30,000 TikTok followers × 0.3 (view rate) = 9,000.
    // The default audience is their sum: 7,544 + 9,000 = 16,544
    expect(impressions).toEqual([7_544, 9_000]);
    expect(selectInfluencers(small, { budget: 150 }).reasons[2]).toBe("reach: expected impressions ÷ an audience of 16,544 (the sum of every candidate's expected impressions)");
    expect(selectInfluencers([small[0]], { budget: 150, audienceSize: 75_440 }).reasons[2]).toBe("reach: expected impressions ÷ an audience of 75,440");
  });

  it("accepts a value of 0 from valueOfProfile and sets the candidate aside as adding nothing", () => {
    const result = selectInfluencers([small[0]], { budget: 100, valueOfProfile: () => 0 });
    expect(result.selected).toEqual([]);
    expect(result.reasons).toContain('adds no value (value 0): "small-a"');
  });

  it("names every bad profile option and measure in full", () => {
    expect(issuesOf(() => select({ costOfProfile: 3 }))).toEqual([
      { path: ["costOfProfile"], code: "invalid_type", message: "costOfProfile: expected a function of (profile, index) returning a number, received 3" },
    ]);
    // An infinite audience is refused too, as a number that is not finite (invalid_type, as everywhere else)
    expect(issuesOf(() => select({ audienceSize: Number.POSITIVE_INFINITY }))).toEqual([
      { path: ["audienceSize"], code: "invalid_type", message: "audienceSize: expected a finite positive number of people, received Infinity" },
    ]);
    const infinite = (): number => Number.POSITIVE_INFINITY;
    expect(issuesOf(() => select({ costOfProfile: infinite, valueOfProfile: infinite }))).toEqual([
      { path: [0, "cost"], code: "invalid_type", message: "[0].cost: expected a finite positive number from costOfProfile, received Infinity" },
      { path: [0, "value"], code: "invalid_type", message: "[0].value: expected a finite non-negative number from valueOfProfile, received Infinity" },
    ]);
    expect(issuesOf(() => select({ valueOfProfile: () => "x" }))).toEqual([
      { path: [0, "value"], code: "invalid_type", message: '[0].value: expected a finite non-negative number from valueOfProfile, received "x"' },
    ]);
  });

  it("reads an array-like object of profile-shaped rows as candidates, which must be an array", () => {
    const rows = { 0: { followers: 1 }, length: 1 } as unknown as SelectionCandidate[];
    expect(issuesOf(() => selectInfluencers(rows, { budget: 1 }))).toEqual([
      { path: ["candidates"], code: "invalid_type", message: "candidates: expected an array of candidates, received an object" },
    ]);
  });
});

describe("selectInfluencers search work (solveKnapsack)", () => {
  /** Ten candidates `c0`…`c9` costing 1 each, worth 10, 9, …, 1, with `extra` fields. */
  const tenWorth = (extra: Partial<SelectionCandidate>): SelectionCandidate[] =>
    Array.from({ length: 10 }, (_, index) => ({ id: `c${index}`, cost: 1, value: 10 - index, ...extra }));

  it("prices a count limit at the value between the last chosen and the first left out, so branch and bound needs 7 nodes", () => {
    const result = selectInfluencers(tenWorth({}), { budget: 100, maxCount: 3 });
    // By hand (tuneMultipliers): the greedy set c0–c2 is worth 10 + 9 + 8 = 27 (the target). At multiplier 0 the
    // relaxation takes all ten (the budget of 100 does not bind): 55; count slack 3 − 10 = −7, step 2 · (55 − 27) / 49,
    // so the multiplier becomes 8 (= 2 · 28 / 49 · 7). At 8 the bound is 3 · 8 + (10 − 8) + (9 − 8) = 27 = target: stop.
    // Search in order of reduced value 2, 1, 0, −1, …: nodes 1–3 take c0, c1, c2 (27), node 4 finds no place left,
    // nodes 5–7 backtrack with bounds 19 + 8 + 0 = 27, 10 + 16 + 0 = 26 and 0 + 24 + 1 = 25, none above 27: 7 nodes
    expect(result).toMatchObject({ selected: ["c0", "c1", "c2"], totalValue: 27, optimal: true, method: "branch-and-bound" });
    expect(result.reasons.at(-1)).toBe("optimal: branch and bound over 10 candidates finished after 7 nodes");
  });

  it("prices a tier cap the same way: 14 nodes, as the seven blocked candidates are stepped over", () => {
    const result = selectInfluencers(tenWorth({ tier: "nano" }), { budget: 100, maxPerTier: { nano: 3 } });
    // By hand: as for maxCount 3, the tier's multiplier becomes 8 and the bound 27. Without a count limit the search
    // goes on after c0–c2 (nodes 1–3): nodes 4–10 step over c3–c9 (tier full), node 11 records 27,
    // nodes 12–14 backtrack with bounds 27, 26 and 25 as above: 14 nodes
    expect(result).toMatchObject({ selected: ["c0", "c1", "c2"], totalValue: 27, optimal: true, method: "branch-and-bound" });
    expect(result.reasons.at(-1)).toBe("optimal: branch and bound over 10 candidates finished after 14 nodes");
  });

  it("prices a group cap the same way: 14 nodes", () => {
    const result = selectInfluencers(tenWorth({ group: "g" }), { budget: 100, maxPerGroup: { g: 3 } });
    // By hand: as for the tier cap of 3, with the group's multiplier at 8
    expect(result).toMatchObject({ selected: ["c0", "c1", "c2"], totalValue: 27, optimal: true, method: "branch-and-bound" });
    expect(result.reasons.at(-1)).toBe("optimal: branch and bound over 10 candidates finished after 14 nodes");
  });

  it("finds the optimum when a priced tier cap binds", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 5, value: 10, tier: "micro" },
        { id: "b", cost: 9, value: 12, tier: "micro" },
        { id: "c", cost: 9, value: 10, tier: "nano" },
        { id: "d", cost: 1, value: 2, tier: "micro" },
      ],
      { budget: 13, maxPerTier: { nano: 1, micro: 2 } },
    );
    // By hand, every set within 13 and at most two micro: {b, d} 10 → 14, {a, d} 6 → 12, {c, d} 10 → 12, {a} … {d} alone
    // at most 12; a + b, a + c (14) and b + c (18) cost too much, a + c + d (15) too. Optimum {b, d} = 14
    expect(result).toMatchObject({ selected: ["b", "d"], totalValue: 14, optimal: true, method: "branch-and-bound" });
  });

  it("finds the optimum when a priced group cap binds", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 5, value: 10, group: "g" },
        { id: "b", cost: 9, value: 10, group: "g" },
        { id: "c", cost: 3, value: 10, group: "g" },
      ],
      { budget: 11, maxPerGroup: { g: 2 } },
    );
    // By hand: two of the three at most; a + c = 8 fits (20), a + b = 14 and b + c = 12 do not. Optimum {a, c} = 20
    expect(result).toMatchObject({ selected: ["a", "c"], totalValue: 20, optimal: true, method: "branch-and-bound" });
  });

  it("takes the cheaper of two candidates of equal value when one place is left, whatever their ids", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 12, value: 8 },
        { id: "b", cost: 10, value: 8 },
      ],
      { budget: 15, maxCount: 1 },
    );
    // By hand: the greedy value is 8 (one place). The count's multiplier settles at 8, where the bound 8 · 1 + 0 meets
    // it; both reduced values are then 8 − 8 = 0, so the search order falls to value (equal) and then weight: b (10)
    // before a (12). Node 1 takes b, node 2 records 8, node 3 (without b, bound 8) is pruned: 3 nodes
    expect(result).toMatchObject({ selected: ["b"], totalCost: 10, totalValue: 8, optimal: true, method: "branch-and-bound" });
    expect(result.reasons.at(-1)).toBe("optimal: branch and bound over 2 candidates finished after 3 nodes");
  });

  it("lets branch and bound finish what the dynamic programme could not within maxSearchNodes", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 2, value: 9 },
        { id: "b", cost: 2, value: 1 },
        { id: "c", cost: 2, value: 9 },
        { id: "d", cost: 3, value: 2 },
      ],
      { budget: 3, maxSearchNodes: 4 },
    );
    // By hand, search order a, c (9/2 each, a first by id), d (2/3), b (1/2). The dynamic programme: break state {a}
    // (1 state), c offered (2 more: 3), a offered for removal (1 more kept: 4 = the limit) with {a} still open
    // (bound 9 + 1 · 2/3): not proven. Branch and bound, same limit: node 1 takes a, node 2 records 9 (nothing else fits
    // in 1), node 3 takes c instead (bound 9 + 1 · 2/3 > 9), node 4 equals 9, node 5 has bound 2 ≤ 9: finished, proven.
    // 4 + 5 = 9 nodes; the sets are equal (9 = 9), so the programme's set {a} is kept
    expect(result).toMatchObject({ selected: ["a"], totalValue: 9, bound: 9, gap: 0, optimal: true, method: "branch-and-bound" });
    expect(result.reasons.at(-1)).toBe("optimal: branch and bound over 4 candidates finished after 9 nodes");
  });

  it("keeps the better set of branch and bound when the dynamic programme stops first", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 6, value: 4 },
        { id: "b", cost: 7, value: 5 },
        { id: "c", cost: 8, value: 5 },
        { id: "d", cost: 6, value: 2 },
      ],
      { budget: 12, maxSearchNodes: 6 },
    );
    // By hand, search order b (5/7), a (4/6), c (5/8), d (2/6). The programme's break state {b} (5) cannot be filled up
    // (5 left, every other costs 6 or more); after b, a and c are offered (7 states, over the limit of 6) it stops
    // with best 5 and bound 5 + 5 · 2/6 = 6.667 (state {b}, d's value per cost next). Branch and bound, same limit:
    // {b} (5), then without b: a, c does not fit, d: {a, d} = 4 + 2 = 6, exactly the budget 12; node 8 (without a,
    // bound 5 + 4 · 2/6 = 6.333 > 6) stops it. Better set: {a, d} = 6; bound min(6.667, 6.333) = 19/3
    expect(result).toMatchObject({ selected: ["a", "d"], totalValue: 6, optimal: false, method: "branch-and-bound" });
    expect(result.bound).toBeCloseTo(19 / 3, 12);
    expect(result.gap).toBeCloseTo(1 / 19, 12); // (19/3 − 6) / (19/3)
    expect(result.reasons.at(-1)).toBe("not proven optimal: the search stopped at maxSearchNodes (6); the best total value is at most 6.333333");
  });

  it("reports the smaller bound of the two stopped searches, and the programme's set when they are worth the same", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 9, value: 6 },
        { id: "b", cost: 4, value: 7 },
        { id: "c", cost: 6, value: 6 },
      ],
      { budget: 9, maxSearchNodes: 2 },
    );
    // By hand, search order b (7/4), c (1), a (6/9). The programme: break state {b} (7; c and a do not fit in 5),
    // c offered, then stopped with bounds 7 + 5 · 6/9 = 10.33 for {b} and 13 − 1 · 7/4 = 11.25 for {b, c}: 11.25.
    // Branch and bound: {b} (7), then without b the bound 6 + 3 · 6/9 = 8 > 7 at node 3 stops it: bound 8, best 7.
    // Both found 7 (the same set, {b}): the programme's result, with bound min(11.25, 8) = 8; 2 + 3 = 5 nodes
    expect(result).toMatchObject({ selected: ["b"], totalValue: 7, bound: 8, optimal: false, method: "core-dynamic-programming" });
    expect(result.gap).toBeCloseTo(1 / 8, 12); // (8 − 7) / 8
    expect(result.reasons.at(-1)).toBe("not proven optimal: the search stopped at maxSearchNodes (2); the best total value is at most 8");
  });

  it("calls a stopped programme optimal when its bound equals the best set", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 9, value: 9 },
        { id: "b", cost: 6, value: 6 },
        { id: "c", cost: 9, value: 4 },
      ],
      { budget: 9, maxSearchNodes: 1 },
    );
    // By hand: a fills the budget of 9 exactly (break state, value 9); the limit of 1 stops both searches at once,
    // the programme with bound 9 + 0 · 6/6 = 9 (no budget left), branch and bound with 0 found and bound 9. The
    // stopped branch and bound falls back on the greedy set (a, 9; then neither b nor c fits), whose 9 meets its
    // bound of 9: proven by branch and bound, with the programme's equal set kept
    expect(result).toMatchObject({ selected: ["a"], totalValue: 9, bound: 9, gap: 0, optimal: true, method: "branch-and-bound" });
    expect(result.reasons.at(-1)).toBe("optimal: branch and bound over 3 candidates stopped at maxSearchNodes (1), but nothing left unexplored can beat its best set");
  });

  it("calls a stopped branch and bound optimal when no unexplored branch can beat its best set", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 2, value: 3, group: "h" },
        { id: "b", cost: 2, value: 5, group: "g" },
        { id: "c", cost: 2, value: 12 },
      ],
      { budget: 6, maxPerGroup: { h: 0, g: 2 }, maxSearchNodes: 3 },
    );
    // By hand: a's group allows none. Greedy target c + b = 17; at multiplier 0 the relaxation takes all three (20),
    // h's slack 0 − 1 = −1 gives the step 2 · (20 − 17) / 1 = 6, and at 6 the bound is 12 + 5 = 17 = target: stop.
    // Nodes 1–2 take c and b (17); node 3 hits the limit. Unexplored: without c, 5 (b; a's reduced value 3 − 6 < 0),
    // and with c but without b, 12: the bound is max(17, 5, 12) = 17 = the best set, so it is proven
    expect(result).toMatchObject({ selected: ["b", "c"], totalValue: 17, bound: 17, gap: 0, optimal: true, method: "branch-and-bound" });
    expect(result.reasons.at(-1)).toBe("optimal: branch and bound over 3 candidates stopped at maxSearchNodes (3), but nothing left unexplored can beat its best set");
  });

  it("bounds a branch by a candidate that exactly fills the budget left", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 2, value: 3 },
        { id: "b", cost: 3, value: 4.4 },
        { id: "c", cost: 1, value: 1 },
      ],
      { budget: 3, maxCount: 2 },
    );
    // By hand, order a (1.5), b (1.467), c (1); maxCount 2 < 3 candidates, so branch and bound (multiplier 0: the count
    // slack at the root, 2 − 1⅓, is positive). a + c = 4 first; without a, b costs exactly the 3 left: bound 4.4 > 4,
    // so b alone (4.4) is found. Nodes: a, skip b, c, record 4, prune, b, record 4.4, prune: 8
    expect(result).toMatchObject({ selected: ["b"], totalValue: 4.4, optimal: true, method: "branch-and-bound" });
    expect(result.reasons.at(-1)).toBe("optimal: branch and bound over 3 candidates finished after 8 nodes");
  });

  it("orders the programme by value per cost when tiers and groups have caps that cannot bind", () => {
    // The proof test's trio ("proves the optimum by dynamic programming…", selectInfluencers.test.ts), renamed so that
    // id order (a, b, c) is not value-per-cost order (c, a, b), all nano in group "g", with caps of 3 for 3 candidates:
    // the same search as there, 7 states. (In id order the break solution would be {a, b}, and 5 states.)
    const trio: SelectionCandidate[] = [
      { id: "c", cost: 6, value: 7, tier: "nano", group: "g" },
      { id: "a", cost: 5, value: 5, tier: "nano", group: "g" },
      { id: "b", cost: 5, value: 5, tier: "nano", group: "g" },
    ];
    for (const options of [{ maxPerTier: { nano: 3 } }, { maxPerGroup: { g: 3 } }]) {
      const result = selectInfluencers(trio, { budget: 10, ...options });
      expect(result).toMatchObject({ selected: ["a", "b"], totalValue: 10, optimal: true, method: "core-dynamic-programming" });
      expect(result.reasons.at(-1)).toBe("optimal: dynamic programming over the core of 3 candidates finished after 7 states");
    }
  });

  it("selects nothing when a tier cap of 0 blocks every candidate", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 1, value: 3, tier: "nano" },
        { id: "b", cost: 2, value: 5, tier: "nano" },
      ],
      { budget: 5, maxPerTier: { nano: 0 } },
    );
    // By hand: no nano may be chosen, so the empty set (0) is the only feasible one; the root's bound, with both
    // candidates blocked, is 0: pruned at node 1
    expect(result).toMatchObject({ selected: [], totalValue: 0, optimal: true, method: "branch-and-bound" });
    expect(result.reasons.at(-1)).toBe("optimal: branch and bound over 2 candidates finished after 1 node");
  });
});

describe("selectInfluencers dynamic programme (solveCoreKnapsack)", () => {
  it("fills the break solution up greedily with later candidates that still fit", () => {
    const tie = selectInfluencers(
      [
        { id: "a", cost: 8, value: 10 },
        { id: "b", cost: 10, value: 12 },
        { id: "c", cost: 2, value: 2 },
      ],
      { budget: 10 },
    );
    // By hand, order a (1.25), b (1.2), c (1). Break solution {a} (8), b does not fit in the 2 left, c does: {a, c} = 12.
    // Offering b gives {a} (bound 10 + 2 · 1 = 12) and {a, b} (22 − 8 · 1.25 = 12), neither above 12: 2 states.
    // {b} is worth 12 as well, but is never found (the incumbent is kept unless beaten)
    expect(tie).toMatchObject({ selected: ["a", "c"], totalCost: 10, totalValue: 12, optimal: true, method: "core-dynamic-programming" });
    expect(tie.reasons.at(-1)).toBe("optimal: dynamic programming over the core of 3 candidates finished after 2 states");
    const full = selectInfluencers(
      [
        { id: "a", cost: 2, value: 11 },
        { id: "b", cost: 4, value: 11 },
        { id: "c", cost: 2, value: 5 },
        { id: "d", cost: 1, value: 1 },
      ],
      { budget: 4 },
    );
    // By hand, order a (5.5), b (2.75), c (2.5), d (1). Break solution {a}, b does not fit in 2, c does and uses the
    // budget up, so d (1) does not: {a, c} = 16 at cost 4. Offering b: bounds 11 + 2 · 2.5 = 16 and 22 − 2 · 5.5 = 11: 2 states
    expect(full).toMatchObject({ selected: ["a", "c"], totalCost: 4, totalValue: 16, optimal: true, method: "core-dynamic-programming" });
    expect(full.reasons.at(-1)).toBe("optimal: dynamic programming over the core of 4 candidates finished after 2 states");
  });

  it("falls back on the best single candidate when a search stopped with states left found less", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 1, value: 6 },
        { id: "b", cost: 10, value: 11 },
      ],
      { budget: 10, maxSearchNodes: 2 },
    );
    // By hand, order a (6), b (1.1). Break solution {a} (6). Offering b (the last to add) leaves {a, b} (cost 11,
    // bound 17 − 1 · 6 = 11 > 6) open, with a still to offer for removal; the limit of 2 stops it: not proven, bound 11.
    // Branch and bound (same limit) stops too, with {a} (6). Its fallback: the greedy set is a alone (6; b no longer
    // fits), the best single candidate b (11 > 6): b alone, worth 11, which meets the bound of 11, so it is proven.
    // (Before the fallback the result was a alone, 6, "not proven", although b alone is the optimum.)
    expect(result).toMatchObject({ selected: ["b"], totalValue: 11, bound: 11, gap: 0, optimal: true, method: "branch-and-bound" });
  });

  it("offers the next candidate to add before the next to remove", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 3, value: 12 },
        { id: "b", cost: 4, value: 5 },
      ],
      { budget: 4, maxSearchNodes: 2 },
    );
    // By hand: break solution {a} (12). Adding b first: {a} (bound 12, nothing left to add) and {a, b}
    // (17 − 3 · 4 = 5) are both dropped: proven after 2 states. (Removing a first would leave {a} open with bound
    // 12 + 1 · 5/4 = 13.25 and hit the limit.)
    expect(result).toMatchObject({ selected: ["a"], totalValue: 12, bound: 12, optimal: true, method: "core-dynamic-programming" });
    expect(result.reasons.at(-1)).toBe("optimal: dynamic programming over the core of 2 candidates finished after 2 states");
  });

  it("keeps the more valuable of two states of equal cost", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 13, value: 15 },
        { id: "b", cost: 10, value: 11 },
        { id: "c", cost: 19, value: 19 },
        { id: "d", cost: 14, value: 14 },
        { id: "e", cost: 14, value: 14 },
        { id: "f", cost: 6, value: 6 },
      ],
      { budget: 36 },
    );
    // By hand: each value is its cost plus a bonus (a +2, b +1, the others 0). With a and b (23), only f fits: 29 + 3 = 32.
    // With a only, at most 23 of c, d, e, f (19, 14, 14, 6) fits: 14 + 6 = 20, so 33 + 2 = 35. With b only, at most 26:
    // 19 + 6 = 25, so 35 + 1 = 36. With neither, at most 36: 14 + 14 + 6 = 34. Optimum {b, c, f} = 36 at cost 35
    expect(result).toMatchObject({ selected: ["b", "c", "f"], totalCost: 35, totalValue: 36, optimal: true, method: "core-dynamic-programming" });
  });

  it("rebuilds its set from a change log that outgrows its first 1,024 entries", () => {
    // The correlated instance of "agrees with branch and bound" (selectInfluencers.test.ts) with costs 100 + (71 · i mod 500):
    // 64,640 states, far more changes than the log's first 1,024 slots
    const items = Array.from({ length: 300 }, (_, index) => {
      const cost = 100 + ((index * 71) % 500);
      return { id: `i${index}`, cost, value: cost + 50 + ((index * 13) % 7) };
    });
    const programme = selectInfluencers(items, { budget: 10_535.5 });
    // maxCount 299 makes branch and bound run; it stops at its node limit with a feasible set and a valid bound
    const branching = selectInfluencers(items, { budget: 10_535.5, maxCount: 299 });
    expect([programme.method, programme.optimal, branching.method]).toEqual(["core-dynamic-programming", true, "branch-and-bound"]);
    // The proven optimum is at least any feasible set found, and at most any valid bound
    expect(programme.totalValue).toBeGreaterThanOrEqual(branching.totalValue);
    expect(programme.totalValue).toBeLessThanOrEqual(branching.bound ?? 0);
    expect(programme.totalCost).toBeLessThanOrEqual(10_535.5);
  });

  it("bounds a stopped programme's state by the value per cost of the next candidate to add", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 10, value: 11 },
        { id: "b", cost: 3, value: 9 },
        { id: "c", cost: 2, value: 1 },
      ],
      { budget: 10, maxSearchNodes: 3 },
    );
    // By hand, order b (3), a (1.1), c (0.5). Break solution {b} filled up with c: 10. Offering a, then b for removal,
    // finds {a} = 11 (4 states, over the limit of 3); open is {b} with 7 left at c's 0.5 per unit: 9 + 7 · 0.5 = 12.5.
    // Branch and bound stops at node 3 with {b} (9) and the root's bound 9 + 7 · 11/10 = 16.7. min(12.5, 16.7) = 12.5
    expect(result).toMatchObject({ selected: ["a"], totalValue: 11, bound: 12.5, optimal: false, method: "core-dynamic-programming" });
    expect(result.gap).toBeCloseTo(0.12, 12); // (12.5 − 11) / 12.5
    expect(result.reasons.at(-1)).toBe("not proven optimal: the search stopped at maxSearchNodes (3); the best total value is at most 12.5");
  });

  it("goes on removing after every candidate was offered for adding", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 6, value: 10 },
        { id: "b", cost: 9, value: 6 },
      ],
      { budget: 13 },
    );
    // By hand: break solution {a} (10; b does not fit in 7). Offering b leaves {a, b} (cost 15, bound
    // 16 − 2 · 10/6 = 12.67 > 10) open; offering a for removal gives {b} (6) and {a, b} over budget with nothing left
    // to remove: proven, 1 + 1 + 1 = 3 states, without branch and bound
    expect(result).toMatchObject({ selected: ["a"], totalValue: 10, optimal: true, method: "core-dynamic-programming" });
    expect(result.reasons.at(-1)).toBe("optimal: dynamic programming over the core of 2 candidates finished after 3 states");
  });
});

describe("selectInfluencers stopped-search fallback (solveKnapsack)", () => {
  it("takes the most valuable creator that fits alone when the count cap lets the greedy set hold only one", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 1, value: 2 },
        { id: "b", cost: 4, value: 4 },
      ],
      { budget: 4, maxCount: 1, maxSearchNodes: 1 },
    );
    // maxCount 1 < 2 candidates can bind: branch and bound, stopped at its root with no set. The greedy set by
    // value per cost takes a (2 per unit) and is then full (one creator): 2. The best creator alone is b, 4 ≤ 4: 4 > 2.
    expect(result.selected).toEqual(["b"]);
    expect(result.totalValue).toBe(4);
  });

  it("fills the greedy set within a tier cap above 0, not only with creators without a tier", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 2, value: 4, tier: "micro" },
        { id: "b", cost: 2, value: 3, tier: "micro" },
        { id: "c", cost: 2, value: 2 },
      ],
      { budget: 4, maxPerTier: { micro: 1 }, maxSearchNodes: 1 },
    );
    // Two micro creators under a cap of 1: branch and bound, stopped at its root. Greedy by value per cost:
    // a (2 per unit, the one micro place), not b (micro full), c (1 per unit; 2 + 2 = 4 ≤ 4): a + c = 6, more than
    // a alone (4). It is also the optimum: a + b breaks the cap, b + c = 5.
    expect(result.selected).toEqual(["a", "c"]);
    expect(result.totalValue).toBe(6);
  });

  it("takes the most valuable creator alone under a tier cap of one, not the last in the search order", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 1, value: 2, tier: "micro" },
        { id: "b", cost: 4, value: 4, tier: "micro" },
        { id: "c", cost: 4, value: 1 },
      ],
      { budget: 4, maxPerTier: { micro: 1 }, maxSearchNodes: 1 },
    );
    // Two micro creators under a cap of 1: branch and bound, stopped at its root with no set. Greedy by value per
    // cost: a (2 per unit, the micro place), not b (micro full), not c (3 left < 4): 2. Alone: b, 4 (its cap of 1
    // allows one), more than c (1, last in the search order). 4 > 2: b alone, also the optimum (a + c costs 5).
    expect(result.selected).toEqual(["b"]);
    expect(result.totalValue).toBe(4);
  });

  it("takes the most valuable creator alone under a group cap of one", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 1, value: 2, group: "agency" },
        { id: "b", cost: 4, value: 4, group: "agency" },
        { id: "c", cost: 4, value: 1 },
      ],
      { budget: 4, maxPerGroup: { agency: 1 }, maxSearchNodes: 1 },
    );
    // The tier case above with a group: greedy a (2); alone b (4, its group's cap of 1 allows one): b alone.
    expect(result.selected).toEqual(["b"]);
    expect(result.totalValue).toBe(4);
  });

  it("never falls back on a creator alone whose tier or group allows none", () => {
    const candidates = (key: "tier" | "group", name: string) => [
      { id: "a", cost: 1, value: 10, [key]: name },
      { id: "b", cost: 2, value: 1 },
      { id: "c", cost: 2, value: 1, [key]: name },
    ];
    // nano (the first tier, cap slot 0) or the group allows none, so a (worth 10 alone) and c are out; branch and
    // bound stops at its root with no set, and the fallback is b: greedy skips a and c (cap 0), takes b (2 ≤ 3);
    // alone, b is the only creator allowed. 1.
    const byTier = selectInfluencers(candidates("tier", "nano"), { budget: 3, maxPerTier: { nano: 0 }, maxSearchNodes: 1 });
    const byGroup = selectInfluencers(candidates("group", "agency"), { budget: 3, maxPerGroup: { agency: 0 }, maxSearchNodes: 1 });
    expect([byTier.selected, byTier.totalValue]).toEqual([["b"], 1]);
    expect([byGroup.selected, byGroup.totalValue]).toEqual([["b"], 1]);
  });

  it("keeps the stopped search's own set when it is worth more than the fallback", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 6, value: 6 },
        { id: "b", cost: 1, value: 5 },
        { id: "c", cost: 4, value: 5 },
        { id: "d", cost: 7, value: 6 },
      ],
      { budget: 12, maxCount: 2, maxSearchNodes: 4 },
    );
    // The fallback: greedy by value per cost, b (5), c (1.25), a (1), d (0.86): b + c, then the count cap of 2 is
    // full: 10; the best creator alone, a or d: 6. So 10. The pairs within 12: a + b, a + c, b + d, c + d are worth
    // 11 (a + d costs 13), so 11 is the optimum; the search, stopped after 4 nodes, has found one of them but not
    // proven it, and keeps it: with the fallback always taken the result would be b + c (10).
    expect(result.totalValue).toBe(11);
    expect(result.optimal).toBe(false);
  });
});
