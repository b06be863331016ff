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
    expect(selectInfluencers(small, { budget: 150 }).reasons[2]).toBe("reach: expected impressions ÷ an audience of 16544 (the sum of every candidate's expected impressions)");
    expect(selectInfluencers([small[0]], { budget: 150, audienceSize: 75_440 }).reasons[2]).toBe("reach: expected impressions ÷ an audience of 75440");
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
