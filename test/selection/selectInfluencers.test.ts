import { describe, expect, it } from "vitest";
import {
  InfluencerInputError,
  selectInfluencers,
  type SelectInfluencersOptions,
  type SelectionCandidate,
  type SelectionOverlap,
} from "../../src/index.js";
import { issuesOf } from "../arbitraries/laws.js";

/** The "one big or three small" line-up of the documented example. */
const lineUp: SelectionCandidate[] = [
  { id: "mega", cost: 9_000, value: 1_000 },
  { id: "micro-a", cost: 2_000, value: 450 },
  { id: "micro-b", cost: 3_000, value: 600 },
  { id: "micro-c", cost: 4_000, value: 700 },
];

/** `count` candidates `${prefix}${i}` with the same cost and reach. */
const many = (count: number, prefix: string, cost: number, reach: number): SelectionCandidate[] =>
  Array.from({ length: count }, (_, index) => ({ id: `${prefix}${index}`, cost, value: 1, reach }));

describe("selectInfluencers", () => {
  describe("documented examples", () => {
    it("matches the documented example", () => {
      const { selected, totalCost, totalValue, optimal } = selectInfluencers(lineUp, { budget: 9_000, currency: "USD" });
      // By hand: micro-a + micro-b + micro-c cost 2000 + 3000 + 4000 = 9000 and are worth 450 + 600 + 700 = 1750 > 1000 (mega)
      expect([selected, totalCost, totalValue, optimal]).toEqual([["micro-a", "micro-b", "micro-c"], 9000, 1750, true]);
    });

    it("matches the documented example for reach", () => {
      const result = selectInfluencers(
        [
          { id: "a", cost: 500, value: 0, reach: 0.3 },
          { id: "b", cost: 500, value: 0, reach: 0.2 },
          { id: "c", cost: 900, value: 0, reach: 0.45 },
        ],
        { budget: 1_000, objective: "reach" },
      );
      // By hand: a and b together reach 1 − (1 − 0.3)(1 − 0.2) = 1 − 0.56 = 0.44 < 0.45 for c alone
      expect(result.selected).toEqual(["c"]);
      expect(result.totalReach).toBeCloseTo(0.45, 12);
    });
  });

  describe("additive value", () => {
    it("returns every field of the result as plain data", () => {
      expect(selectInfluencers(lineUp, { budget: 9_000, currency: "USD" })).toEqual({
        selected: ["micro-a", "micro-b", "micro-c"],
        objective: "value",
        totalCost: 9000, // 2000 + 3000 + 4000
        currency: "USD",
        totalValue: 1750, // 450 + 600 + 700
        totalReach: null, // no candidate has a reach
        optimal: true,
        bound: 1750, // proven optimal, so the bound is the value
        gap: 0,
        method: "core-dynamic-programming",
        provenance: { cost: "given", value: "given", solver: "core-dynamic-programming" },
        // States: the break solution (micro-a..c, 9000, 1750), then mega offered: with it (18000, 2750).
        // Both are pruned: 1750 + 0 slack; 2750 − 9000 × 0.175 (micro-c's value per cost) = 1175 ≤ 1750.
        reasons: ["considered 4 of 4 candidates", "optimal: dynamic programming over the core of 4 candidates finished after 2 states"],
        errors: [], // only the profile form reports bad rows; a bad candidate throws
      });
    });

    it("breaks ties between equal candidates by id, whatever the input order", () => {
      const twins = [
        { id: "b", cost: 100, value: 50 },
        { id: "a", cost: 100, value: 50 },
      ];
      // Budget for one of two identical candidates: "a" sorts before "b"
      expect(selectInfluencers(twins, { budget: 100 }).selected).toEqual(["a"]);
      expect(selectInfluencers([...twins].reverse(), { budget: 100 }).selected).toEqual(["a"]);
    });

    it("among sets of equal value prefers the one built from the larger candidate at equal value per cost", () => {
      const result = selectInfluencers(
        [
          { id: "small-1", cost: 50, value: 50 },
          { id: "small-2", cost: 50, value: 50 },
          { id: "big", cost: 100, value: 100 },
        ],
        { budget: 100 },
      );
      // By hand: {big} and {small-1, small-2} are both worth 100; all have value per cost 1, so the larger value goes first
      expect(result.selected).toEqual(["big"]);
      expect(result.totalValue).toBe(100);
    });

    it("adds costs in whole cents, so 0.1 + 0.2 fits a budget of 0.3", () => {
      const result = selectInfluencers(
        [
          { id: "a", cost: 0.1, value: 1 },
          { id: "b", cost: 0.2, value: 1 },
        ],
        { budget: 0.3 },
      );
      // In floating point 0.1 + 0.2 = 0.30000000000000004 > 0.3; in cents 10 + 20 = 30
      expect(result.selected).toEqual(["a", "b"]);
      expect(result.totalCost).toBe(0.3);
    });

    it("rounds costs with more than six decimals up, so the budget is never exceeded", () => {
      const result = selectInfluencers(
        [
          { id: "a", cost: 0.3333333, value: 1 },
          { id: "b", cost: 0.3333333, value: 1 },
          { id: "c", cost: 0.3333334, value: 1 },
        ],
        { budget: 1 },
      );
      // Rounded up to millionths: 0.333334 × 3 = 1.000002 > 1, so only two fit (exactly the three sum to 1)
      expect(result.selected).toEqual(["a", "b"]);
      expect(result.totalCost).toBeCloseTo(0.6666666, 12); // 0.3333333 + 0.3333333, the real costs
      expect(result.reasons[0]).toBe(
        'costs with more decimals than a 0.000001 unit were rounded up to it, so the budget is never exceeded; a candidate costing at most the budget can still be selected alone, and "optimal" refers to the rounded costs',
      );
    });

    it("handles amounts too large for cents by counting in coarser units", () => {
      const result = selectInfluencers(
        [
          { id: "a", cost: 1e14, value: 1 },
          { id: "b", cost: 3e14, value: 2 },
        ],
        { budget: 1e15 },
      );
      // Both fit: 1e14 + 3e14 = 4e14 ≤ 1e15
      expect(result.selected).toEqual(["a", "b"]);
      expect(result.totalCost).toBe(4e14);
    });

    it("always selects required candidates and counts them in the totals", () => {
      const result = selectInfluencers(lineUp, { budget: 11_000, require: ["mega"] });
      // By hand: mega (9000) leaves 2000, which buys micro-a (450); total 1000 + 450
      expect(result.selected).toEqual(["mega", "micro-a"]);
      expect(result.totalValue).toBe(1450);
      expect(result.reasons).toEqual([
        'costs more than the 2,000 of budget left: "micro-b", "micro-c"',
        'required: "mega"',
        "considered 1 of the 3 candidates not required",
        // The break solution takes micro-a, the only candidate: one state
        "optimal: dynamic programming over the core of 1 candidate finished after 1 state",
      ]);
    });

    it("counts a required id given twice once", () => {
      const result = selectInfluencers(lineUp, { budget: 9_000, require: ["micro-a", "micro-a"] });
      // By hand: micro-a is required once; the optimum already contains it: micro-a + micro-b + micro-c = 1750
      expect(result.selected).toEqual(["micro-a", "micro-b", "micro-c"]);
      expect(result.reasons).toContain('required: "micro-a"');
    });

    it("sets aside excluded, untrusted, worthless and unaffordable candidates with a reason each", () => {
      const result = selectInfluencers(
        [
          { id: "kept", cost: 100, value: 10, trust: 80 },
          { id: "excluded", cost: 100, value: 10, trust: 80 },
          { id: "no-trust", cost: 100, value: 10 },
          { id: "low-trust", cost: 100, value: 10, trust: 20 },
          // thin evidence: 90 could be 40 to 95, which spans 50; 45 could be 10 to 49, all below 50
          { id: "unsure-trust", cost: 100, value: 10, trust: 90, trustRange: { lower: 40, upper: 95 } },
          { id: "thin-low-trust", cost: 100, value: 10, trust: 45, trustRange: { lower: 10, upper: 49 } },
          { id: "worthless", cost: 100, value: 0, trust: 90 },
          { id: "too-costly", cost: 1_000, value: 100, trust: 90 },
        ],
        { budget: 500, minTrust: 50, exclude: ["excluded", "unknown-id"] },
      );
      expect(result.selected).toEqual(["kept"]);
      expect(result.reasons).toEqual([
        'excluded by the caller: "excluded"',
        'no trust score to compare with minTrust 50: "no-trust"',
        'trust below minTrust 50: "low-trust", "thin-low-trust"',
        'trust on too little evidence to tell against minTrust 50 (the range of scores the missing signals leave possible spans it): "unsure-trust"',
        'adds no value (value 0): "worthless"',
        'costs more than the budget 500: "too-costly"',
        "considered 1 of 8 candidates",
        // The break solution takes "kept", the only candidate: one state
        "optimal: dynamic programming over the core of 1 candidate finished after 1 state",
      ]);
    });

    it("names the first ten ids in a reason and counts the rest", () => {
      const result = selectInfluencers(
        Array.from({ length: 12 }, (_, index) => ({ id: `x${index}`, cost: 100, value: 0 })),
        { budget: 100 },
      );
      expect(result.reasons[0]).toBe('adds no value (value 0): "x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9" and 2 more');
    });

    it("respects maxCount", () => {
      // By hand: with one pick allowed, mega (1000) beats any single micro (at most 700)
      expect(selectInfluencers(lineUp, { budget: 9_000, maxCount: 1 }).selected).toEqual(["mega"]);
    });

    it("respects one maxPerTier for every tier and candidates without a tier stay uncapped", () => {
      const result = selectInfluencers(
        [
          { id: "m1", cost: 100, value: 30, tier: "micro" },
          { id: "m2", cost: 100, value: 20, tier: "micro" },
          { id: "n1", cost: 100, value: 10, tier: "nano" },
          { id: "free", cost: 100, value: 5 },
        ],
        { budget: 400, maxPerTier: 1 },
      );
      // By hand: one micro (m1, the better), one nano (n1) and the untiered one: 30 + 10 + 5
      expect(result.selected).toEqual(["m1", "n1", "free"]);
      expect(result.totalValue).toBe(45);
    });

    it("respects maxPerTier given per tier", () => {
      const result = selectInfluencers(
        [
          { id: "mega-1", cost: 100, value: 90, tier: "mega" },
          { id: "mega-2", cost: 100, value: 80, tier: "mega" },
          { id: "micro-1", cost: 100, value: 10, tier: "micro" },
        ],
        { budget: 300, maxPerTier: { mega: 1 } },
      );
      // By hand: one mega (90) plus the uncapped micro (10)
      expect(result.selected).toEqual(["mega-1", "micro-1"]);
    });

    it("respects maxPerGroup given as one number or per group", () => {
      const agencies: SelectionCandidate[] = [
        { id: "a1", cost: 100, value: 50, group: "agency-a" },
        { id: "a2", cost: 100, value: 40, group: "agency-a" },
        { id: "b1", cost: 100, value: 10, group: "agency-b" },
        { id: "b2", cost: 100, value: 5, group: "agency-b" },
      ];
      // By hand: one per agency: a1 (50) and b1 (10)
      expect(selectInfluencers(agencies, { budget: 400, maxPerGroup: 1 }).selected).toEqual(["a1", "b1"]);
      // By hand: agency-a capped at one, agency-b unlisted so unlimited: a1, b1, b2
      expect(selectInfluencers(agencies, { budget: 400, maxPerGroup: { "agency-a": 1 } }).selected).toEqual(["a1", "b1", "b2"]);
    });

    it("finds the best set when every value is tiny, instead of pruning every branch and calling nothing optimal", () => {
      // The pruning tolerance was 1e-12 in absolute terms below a total of 1: 5e-13 was "no better" than 0.
      const tiny: SelectionCandidate[] = [
        { id: "a", cost: 1, value: 3e-13 },
        { id: "b", cost: 1, value: 2e-13 },
        { id: "c", cost: 1, value: 2e-13 },
      ];
      const result = selectInfluencers(tiny, { budget: 2, maxCount: 2 });
      // By hand: two of three at cost 1 each; a + b (or a + c) = 5e-13, ties broken by id
      expect([result.selected, result.totalValue, result.optimal, result.bound]).toEqual([["a", "b"], 5e-13, true, 5e-13]);
      // Relative differences of 6e-7 are found too: 5e-9 + 3e-15 beats 5e-9.
      expect(selectInfluencers([{ id: "k", cost: 1, value: 5e-9 }, { id: "l", cost: 1, value: 5e-9 + 3e-15 }], { budget: 1 }).selected).toEqual(["l"]);
    });

    it("breaks an equal-value tie under caps in favour of the cheaper creator", () => {
      // The caps' multipliers made every reduced value negative, and dividing by the cost then ranked the costliest first.
      const tied: SelectionCandidate[] = [
        { id: "a", cost: 33, value: 5, group: "g" },
        { id: "b", cost: 81, value: 5, group: "g", tier: "mid" },
        { id: "c", cost: 1, value: 5, group: "g" },
      ];
      const result = selectInfluencers(tied, { budget: 100, maxCount: 1, maxPerTier: 0, maxPerGroup: 2 });
      expect([result.selected, result.totalCost]).toEqual([["c"], 1]);
    });

    it("keeps and checks the cap of a group named __proto__ (from JSON), which zod's record check skips", () => {
      const candidates: SelectionCandidate[] = [
        { id: "a", cost: 10, value: 3, group: "x" },
        { id: "b", cost: 10, value: 2, group: "__proto__" },
      ];
      const maxPerGroup = JSON.parse('{"__proto__": 0, "x": 0}') as Record<string, number>;
      expect(selectInfluencers(candidates, { budget: 20, maxPerGroup }).selected).toEqual([]);
      expect(issuesOf(() => selectInfluencers(candidates, { budget: 20, maxPerGroup: JSON.parse('{"__proto__": -1}') as Record<string, number> }))).toEqual([
        { path: ["maxPerGroup", "__proto__"], code: "too_small", message: "maxPerGroup.__proto__: expected a non-negative integer, received -1" },
      ]);
    });

    it("reads inherited and getter options as it reads the budget, so no limit is dropped", () => {
      const agencies: SelectionCandidate[] = [
        { id: "a1", cost: 100, value: 50, group: "agency-a" },
        { id: "a2", cost: 100, value: 40, group: "agency-a" },
      ];
      // Object.create: budget and maxPerGroup both on the prototype. The budget was always read (zod reads
      // inherited fields); the limit was ignored, selecting a1 and a2. With it: a1 (50) alone.
      const inherited = Object.create({ budget: 400, maxPerGroup: 1 }) as SelectInfluencersOptions;
      expect(selectInfluencers(agencies, inherited).selected).toEqual(["a1"]);
      class Limits {
        readonly budget = 400;
        get maxPerGroup(): number {
          return 1;
        }
      }
      expect(selectInfluencers(agencies, new Limits()).selected).toEqual(["a1"]);
    });

    it("ignores symbol keys in per-tier and per-group limits, as JSON does", () => {
      const agencies: SelectionCandidate[] = [
        { id: "a1", cost: 100, value: 50, group: "agency-a", tier: "micro" },
        { id: "a2", cost: 100, value: 40, group: "agency-a", tier: "micro" },
      ];
      const tag = Symbol("tag");
      // A symbol names no group or tier (they are strings), so only the string keys count:
      // agency-a capped at one gives a1 (50) alone, as with { "agency-a": 1 }
      const byGroup = { "agency-a": 1, [tag]: 5 } as Record<string, number>;
      expect(selectInfluencers(agencies, { budget: 400, maxPerGroup: byGroup })).toEqual(
        selectInfluencers(agencies, { budget: 400, maxPerGroup: { "agency-a": 1 } }),
      );
      const byTier = { micro: 1, [tag]: 5 } as SelectInfluencersOptions["maxPerTier"];
      expect(selectInfluencers(agencies, { budget: 400, maxPerTier: byTier }).selected).toEqual(["a1"]);
      // Even a value that would be wrong under a string key: JSON.stringify would drop it
      const badUnderSymbol = { [tag]: -1 } as Record<string, number>;
      expect(selectInfluencers(agencies, { budget: 400, maxPerGroup: badUnderSymbol, maxPerTier: badUnderSymbol }).selected).toEqual(["a1", "a2"]);
    });

    it("still checks the string keys of limits that also hold a symbol key, with string-only paths", () => {
      const limits = { x: 1.5, [Symbol("tag")]: 1 } as Record<string, number>;
      expect(issuesOf(() => selectInfluencers(lineUp, { budget: 5, maxPerGroup: limits }))).toEqual([
        { path: ["maxPerGroup", "x"], code: "invalid_type", message: "maxPerGroup.x: expected a non-negative integer, received 1.5" },
      ]);
      // A non-plain object stays refused, as without the symbol key
      const map = Object.assign(new Map<string, number>(), { [Symbol("tag")]: 1 }) as unknown as Record<string, number>;
      expect(issuesOf(() => selectInfluencers(lineUp, { budget: 5, maxPerGroup: map }))).toEqual([
        { path: ["maxPerGroup"], code: "invalid_type", message: "maxPerGroup: expected a non-negative integer or an object of limits per group, received an object" },
      ]);
    });

    it("returns the empty selection, optimal, for no candidates, and says there is none", () => {
      expect(selectInfluencers([], { budget: 100 })).toEqual({
        selected: [],
        objective: "value",
        totalCost: 0,
        currency: null,
        totalValue: 0,
        totalReach: 0, // every candidate (there are none) has a reach: the empty set reaches 0
        optimal: true,
        bound: 0,
        gap: 0,
        method: "core-dynamic-programming",
        provenance: { cost: "given", value: "given", solver: "core-dynamic-programming" },
        // Not "considered 0 of 0 candidates" and "optimal: …": no choice was made
        reasons: ["no candidate to choose from"],
        errors: [],
      });
    });

    it("reports the combined reach of a value selection when every candidate has a reach", () => {
      const result = selectInfluencers(
        [
          { id: "a", cost: 100, value: 10, reach: 0.5 },
          { id: "b", cost: 100, value: 10, reach: 0.5 },
        ],
        { budget: 200 },
      );
      // By hand: 1 − (1 − 0.5)(1 − 0.5) = 0.75
      expect(result.totalReach).toBeCloseTo(0.75, 12);
    });

    it("returns at least the greedy set when branch and bound stops at maxSearchNodes, proven when it meets the bound", () => {
      // maxCount 3 < 4 candidates can bind, so branch and bound runs; its multiplier stays 0
      // because the greedy set (micro-a..c, 1750) already meets the relaxation bound.
      const result = selectInfluencers(lineUp, { budget: 9_000, maxSearchNodes: 3, maxCount: 3 });
      // Search order by value per cost: micro-a (0.225), micro-b (0.2), micro-c (0.175), mega (0.111).
      // Node 1 takes micro-a, node 2 micro-b, node 3 hits the limit: the path holds 450 + 600 = 1050.
      // The greedy set in the same order, micro-a + micro-b + micro-c (2000 + 3000 + 4000 = 9000, 3 creators),
      // is worth 450 + 600 + 700 = 1750 > 1050 and is returned instead. The root's relaxation bound is 1750
      // too (micro-a..c fill 9000 exactly), so the stopped search has proven it: gap 0.
      expect(result).toMatchObject({
        selected: ["micro-a", "micro-b", "micro-c"],
        totalValue: 1750,
        optimal: true,
        bound: 1750,
        gap: 0,
        method: "branch-and-bound",
      });
      expect(result.reasons.at(-1)).toBe("optimal: branch and bound over 4 candidates stopped at maxSearchNodes (3), but nothing left unexplored can beat its best set");
    });

    it("proves the optimum by dynamic programming over the core when the greedy set is not optimal", () => {
      const trio = [
        { id: "a", cost: 6, value: 7 },
        { id: "b", cost: 5, value: 5 },
        { id: "c", cost: 5, value: 5 },
      ];
      const result = selectInfluencers(trio, { budget: 10 });
      // Greedy by value per cost takes a (7/6) and nothing else fits (6 + 5 > 10): 7. b + c fit exactly: 10.
      // States: 1 (break solution) + 1 (b offered) + 2 (a offered for removal) + 3 (c offered) = 7
      expect(result).toMatchObject({ selected: ["b", "c"], totalValue: 10, optimal: true, method: "core-dynamic-programming" });
      expect(result.reasons.at(-1)).toBe("optimal: dynamic programming over the core of 3 candidates finished after 7 states");
    });

    it("agrees with branch and bound on a 300-candidate correlated instance", () => {
      // cost 100–599, value = cost + 50–56: value per cost nearly flat, the hard kind for both searches
      const items = Array.from({ length: 300 }, (_, index) => {
        const cost = 100 + ((index * 37) % 500);
        return { id: `i${index}`, cost, value: cost + 50 + ((index * 13) % 7) };
      });
      // Budget: a tenth of the total cost (105,450) plus half a unit
      const programme = selectInfluencers(items, { budget: 10_545.5 });
      // maxCount 299 can bind in principle (300 candidates), so branch and bound runs; it never binds here
      const branching = selectInfluencers(items, { budget: 10_545.5, maxCount: 299 });
      expect([programme.method, programme.optimal, branching.method, branching.optimal]).toEqual(["core-dynamic-programming", true, "branch-and-bound", true]);
      expect(programme.totalValue).toBe(branching.totalValue);
    });

    it("stops the dynamic programme at maxSearchNodes with the greedy set and a valid bound", () => {
      const trio = [
        { id: "a", cost: 6, value: 7 },
        { id: "b", cost: 5, value: 5 },
        { id: "c", cost: 5, value: 5 },
      ];
      const result = selectInfluencers(trio, { budget: 10, maxSearchNodes: 1 });
      // Only the break state {a} exists: value 7; its bound adds the slack 4 at b's value per cost 1: 7 + 4 = 11
      expect(result).toMatchObject({ selected: ["a"], totalValue: 7, optimal: false, bound: 11, method: "core-dynamic-programming" });
      expect(result.gap).toBeCloseTo(4 / 11, 12); // (11 − 7) / 11
    });

    it("prices a binding count limit into the bound and still proves the optimum", () => {
      const candidates = Array.from({ length: 40 }, (_, index) => ({ id: `c${index}`, cost: 10 + index, value: 100 + ((index * 37) % 23) }));
      const result = selectInfluencers(candidates, { budget: 200, maxCount: 3 });
      // By hand: value 100 + (37·i mod 23); the largest are 122 (i = 18), 121 (i = 13) and 121 (i = 36),
      // costing 28 + 23 + 46 = 97 ≤ 200, so the best three are affordable: 122 + 121 + 121 = 364
      expect(result.optimal).toBe(true);
      expect(result.totalValue).toBe(364);
      expect(result.selected).toHaveLength(3);
    });
  });

  describe("infeasible constraints", () => {
    const infeasible = (options: SelectInfluencersOptions, candidates: readonly SelectionCandidate[] = lineUp): unknown =>
      selectInfluencers(candidates, options);

    it("returns an empty selection with the reason when the required candidates exceed the budget", () => {
      expect(infeasible({ budget: 10_000, require: ["mega", "micro-c"], currency: "EUR" })).toEqual({
        selected: [],
        objective: "value",
        totalCost: 0,
        currency: "EUR",
        totalValue: 0,
        totalReach: null,
        optimal: false,
        bound: null,
        gap: null,
        method: "infeasible",
        provenance: { cost: "given", value: "given", solver: "infeasible" },
        // By hand: 9000 + 4000 = 13000 > 10000
        reasons: ["infeasible: required candidates cost 13,000, more than the budget 10,000"],
        errors: [],
      });
    });

    it("writes a budget and costs below a millionth as they are, not as 0 or a whole millionth", () => {
      const reasonsFor = (budget: number, costs: readonly number[]): readonly string[] =>
        selectInfluencers(
          costs.map((cost, index) => ({ id: `c${index}`, cost, value: 1 })),
          { budget, require: costs.map((_, index) => `c${index}`) },
        ).reasons;
      // By hand: 3e-7 + 2e-7 = 5e-7 > 4e-7 (these read "cost 0.000001, more than the budget 0")
      expect(reasonsFor(4e-7, [3e-7, 2e-7]).at(-1)).toBe("infeasible: required candidates cost 0.0000005, more than the budget 0.0000004");
      // By hand: 3e-7 + 4e-7 = 7e-7 > 5e-7 (these read "cost 0.000001, more than the budget 0.000001")
      expect(reasonsFor(5e-7, [3e-7, 4e-7]).at(-1)).toBe("infeasible: required candidates cost 0.0000007, more than the budget 0.0000005");
      // By hand: 3e-7 + 2e-7 = 5e-7 fits 5e-7, but each cost rounds up to one 0.000001 unit: 2 units > the budget's 0 whole units
      expect(reasonsFor(5e-7, [3e-7, 2e-7]).at(-1)).toBe(
        "infeasible: required candidates cost 0.0000005 (0.000002 with each cost rounded up to a 0.000001 unit), more than the budget 0.0000005",
      );
    });

    it("explains a required count above maxCount", () => {
      expect(infeasible({ budget: 20_000, require: ["micro-a", "micro-b"], maxCount: 1 })).toMatchObject({
        method: "infeasible",
        reasons: ["infeasible: 2 candidates are required but maxCount is 1"],
      });
    });

    it("explains required candidates above a tier or group cap", () => {
      const tiered: SelectionCandidate[] = [
        { id: "a", cost: 1, value: 1, tier: "micro", group: "g" },
        { id: "b", cost: 1, value: 1, tier: "micro", group: "g" },
      ];
      expect(infeasible({ budget: 10, require: ["a", "b"], maxPerTier: { micro: 1 }, maxPerGroup: 0 }, tiered)).toMatchObject({
        method: "infeasible",
        reasons: [
          'infeasible: 2 required candidates are "micro" but maxPerTier allows 1',
          'infeasible: 2 required candidates are in group "g" but maxPerGroup allows 0',
        ],
      });
    });

    it("counts one required candidate in the singular when a cap of 0 forbids it", () => {
      const lone: SelectionCandidate[] = [{ id: "a", cost: 1, value: 1, tier: "nano", group: "g" }];
      // One required candidate against caps of 0: "1 candidate is", not "1 candidates are".
      expect(infeasible({ budget: 10, require: ["a"], maxCount: 0, maxPerTier: { nano: 0 }, maxPerGroup: 0 }, lone)).toMatchObject({
        method: "infeasible",
        reasons: [
          "infeasible: 1 candidate is required but maxCount is 0",
          'infeasible: 1 required candidate is "nano" but maxPerTier allows 0',
          'infeasible: 1 required candidate is in group "g" but maxPerGroup allows 0',
        ],
      });
    });

    it("explains required candidates that fail minTrust", () => {
      const scored: SelectionCandidate[] = [
        { id: "a", cost: 1, value: 1, trust: 30 },
        { id: "b", cost: 1, value: 1 },
        { id: "c", cost: 1, value: 1, trust: 94, trustRange: { lower: 23.5, upper: 98.5 } },
        { id: "d", cost: 1, value: 1, trust: 35, trustRange: { lower: 20, upper: 39.9 } },
      ];
      expect(infeasible({ budget: 10, require: ["a", "b", "c", "d"], minTrust: 40 }, scored)).toMatchObject({
        method: "infeasible",
        reasons: [
          'infeasible: required candidate "a" has trust 30, below minTrust 40',
          'infeasible: required candidate "b" has no trust score to compare with minTrust 40',
          'infeasible: required candidate "c" has trust 94 on too little evidence to tell against minTrust 40: its missing signals leave 23.5 to 98.5 possible',
          'infeasible: required candidate "d" has trust 35, below minTrust 40',
        ],
      });
    });
  });

  describe("combined reach", () => {
    it("adds reaches by random duplication", () => {
      const result = selectInfluencers(
        [
          { id: "a", cost: 1, value: 0, reach: 0.3 },
          { id: "b", cost: 1, value: 0, reach: 0.2 },
        ],
        { budget: 2, objective: "reach" },
      );
      // By hand: 1 − (1 − 0.3)(1 − 0.2) = 1 − 0.56 = 0.44
      expect(result.totalReach).toBeCloseTo(0.44, 12);
      expect(result.reasons).toEqual([
        "considered 2 of 2 candidates",
        "combined reach assumes random duplication: 1 − Π(1 − reach)",
        "optimal: all 4 subsets of 2 candidates were tried",
      ]);
    });

    it("uses a supplied overlap exactly for a pair", () => {
      const overlap: SelectionOverlap[] = [{ a: "b", b: "a", shared: 0.1 }];
      const result = selectInfluencers(
        [
          { id: "a", cost: 1, value: 0, reach: 0.3 },
          { id: "b", cost: 1, value: 0, reach: 0.2 },
        ],
        { budget: 2, objective: "reach", overlap },
      );
      // By hand: 0.3 + 0.2 − 0.1 = 0.4
      expect(result.totalReach).toBeCloseTo(0.4, 12);
      expect(result.reasons[1]).toBe("combined reach uses 1 supplied pairwise overlap; other pairs are assumed to duplicate at random");
    });

    it("does not pay for a creator whose audience is already covered", () => {
      const same = (id: string): SelectionCandidate => ({ id, cost: 1, value: 0, reach: 0.5 });
      const result = selectInfluencers([same("c0"), same("c1"), same("c2")], {
        budget: 3,
        objective: "reach",
        overlap: [
          { a: "c0", b: "c1", shared: 0.5 },
          { a: "c0", b: "c2", shared: 0.5 },
          { a: "c1", b: "c2", shared: 0.5 },
        ],
      });
      // Identical audiences: any one reaches 0.5 and adding another adds 0.5 + 0.5 − 0.5 − 0.5 = 0; the cheapest first set wins
      expect(result.selected).toEqual(["c0"]);
      expect(result.totalReach).toBeCloseTo(0.5, 12);
      expect(result.optimal).toBe(true);
    });

    it("reaches everyone with a creator of reach 1, overlap or not", () => {
      const result = selectInfluencers(
        [
          { id: "all", cost: 1, value: 0, reach: 1 },
          { id: "some", cost: 1, value: 0, reach: 0.3 },
        ],
        { budget: 2, objective: "reach", overlap: [{ a: "all", b: "some", shared: 0.3 }] },
      );
      expect(result.selected).toEqual(["all"]);
      expect(result.totalReach).toBe(1);
    });

    it("counts required candidates in the reach", () => {
      const result = selectInfluencers(
        [
          { id: "a", cost: 1, value: 0, reach: 0.5 },
          { id: "b", cost: 1, value: 0, reach: 0.1 },
          { id: "c", cost: 2, value: 0, reach: 0.4 },
        ],
        { budget: 3, objective: "reach", require: ["b"] },
      );
      // By hand: b is required (cost 1), 2 left: a gives 1 − 0.9 × 0.5 = 0.55, c gives 1 − 0.9 × 0.6 = 0.46
      expect(result.selected).toEqual(["a", "b"]);
      expect(result.totalReach).toBeCloseTo(0.55, 12);
    });

    it("falls back to the unit-cost greedy when the cost-benefit greedy wastes the budget", () => {
      const result = selectInfluencers(
        [{ id: "A", cost: 1, value: 0, reach: 0.02 }, { id: "B", cost: 100, value: 0, reach: 0.9 }, ...many(11, "f", 100, 0.001)],
        { budget: 100, objective: "reach" },
      );
      // Cost-benefit takes A (0.02 per unit) and then nothing fits; by reach, B (0.9) comes first.
      // Online bound after {B}: none = 0.1; gains A 0.1 × 0.02 = 0.002 (cost 1) then 99/100 of a filler 0.1 × 0.001:
      // 0.9 + 0.002 + 0.000099 = 0.902099
      expect(result.selected).toEqual(["B"]);
      expect(result.totalReach).toBeCloseTo(0.9, 12);
      expect(result.bound).toBeCloseTo(0.902099, 12);
      expect(result.gap).toBeCloseTo((0.902099 - 0.9) / 0.902099, 12);
      expect(result.optimal).toBe(false);
      expect(result.method).toBe("lazy-greedy-unit-cost");
      expect(result.reasons).toEqual([
        "considered 13 of 13 candidates",
        "combined reach assumes random duplication: 1 − Π(1 − reach)",
        "chosen by the greedy run by reach, which starts with the best single candidate (the better of the two greedy runs)",
        "guarantee: at least ½(1 − 1/e) ≈ 0.316 of the optimal reach (Khuller, Moss & Naor 1999)",
        "not proven optimal: the best combined reach is at most 0.902099",
      ]);
    });

    it("keeps the cost-benefit greedy when many small creators beat one large one", () => {
      const result = selectInfluencers([{ id: "X", cost: 100, value: 0, reach: 0.3 }, ...many(13, "s", 7, 0.05)], {
        budget: 100,
        objective: "reach",
      });
      // 13 small creators cost 91 and reach 1 − 0.95^13; X alone reaches 0.3 and nothing else fits.
      // Online bound: X would add 0.95^13 × 0.3 and fits the budget: 1 − 0.95^13 + 0.95^13 × 0.3 = 1 − 0.7 × 0.95^13
      expect(result.method).toBe("lazy-greedy-cost-benefit");
      expect(result.selected).toHaveLength(13);
      expect(result.totalReach).toBeCloseTo(1 - 0.95 ** 13, 12);
      expect(result.bound).toBeCloseTo(1 - 0.7 * 0.95 ** 13, 12);
      expect(result.reasons[2]).toBe("chosen by the greedy run by reach per unit of cost (the better of the two greedy runs)");
    });

    it("breaks a tie in marginal reach by the lower cost, not the id, in the unit-cost greedy", () => {
      // Two creators reach the whole audience (the profile form caps reach at 1, so ties are common with a small
      // audienceSize): "a" costs 30, "b" 20. The cost-benefit run takes the 12 small ones (0.1 per unit) and then "b":
      // cost 32. The unit-cost run must take "b" alone (reach 1 for 20), not "a" because "a" < "b": before, it took "a",
      // which beat the cost-benefit run's 32, so renaming "a" to "c" changed the selection and its cost.
      const small = many(12, "s", 1, 0.1);
      for (const name of ["a", "c"]) {
        const result = selectInfluencers([...small, { id: name, cost: 30, value: 0, reach: 1 }, { id: "b", cost: 20, value: 0, reach: 1 }], {
          budget: 100,
          objective: "reach",
        });
        expect(result.selected).toEqual(["b"]);
        expect(result.totalCost).toBe(20);
        expect(result.totalReach).toBe(1);
      }
    });

    it("proves the greedy optimal when nothing is left to add", () => {
      const result = selectInfluencers(many(13, "c", 1, 0.1), { budget: 13, objective: "reach" });
      // All 13 fit: reach 1 − 0.9^13, and no candidate is left, so the online bound equals it
      expect(result.totalReach).toBeCloseTo(1 - 0.9 ** 13, 12);
      expect(result.optimal).toBe(true);
      expect(result.bound).toBe(result.totalReach);
      expect(result.reasons.at(-1)).toBe("optimal: the upper bound equals the reach found");
    });

    it("reports the online bound, without a worst-case guarantee, under a count cap", () => {
      const result = selectInfluencers(many(13, "c", 1, 0.1), { budget: 13, objective: "reach", maxCount: 5 });
      // Ties go to ids in code-unit order: c0, c1, c10, c11, c12. Reach 1 − 0.9^5 = 0.40951.
      // Online bound: 8 left, each adding 0.9^5 × 0.1 = 0.059049, at most 5 more: 0.40951 + 5 × 0.059049 = 0.704755
      expect(result.selected).toEqual(["c0", "c1", "c10", "c11", "c12"]);
      expect(result.totalReach).toBeCloseTo(0.40951, 12);
      expect(result.bound).toBeCloseTo(0.704755, 12);
      expect(result.reasons.slice(-2)).toEqual([
        "no worst-case guarantee under maxCount, maxPerTier or maxPerGroup; the bound is the online bound of Leskovec et al. (2007)",
        "not proven optimal: the best combined reach is at most 0.704755",
      ]);
    });

    it("withdraws the guarantee and bounds by 1 when overlaps make reach non-submodular", () => {
      const result = selectInfluencers(many(13, "c", 1, 0.2), {
        budget: 13,
        objective: "reach",
        overlap: [{ a: "c0", b: "c1", shared: 0 }],
      });
      // shared 0 < 0.2 × 0.2: the pair duplicates less than at random. Factor (1 − 0.4) / 0.8² = 0.9375;
      // all 13 fit: reach 1 − 0.8^13 × 0.9375
      expect(result.totalReach).toBeCloseTo(1 - 0.8 ** 13 * 0.9375, 12);
      expect(result.bound).toBe(1);
      expect(result.optimal).toBe(false);
      expect(result.reasons).toContain(
        "no guarantee: with the supplied overlaps, combined reach is not monotone submodular, so the only upper bound is 1",
      );
    });

    it("ignores overlaps with candidates that are not in play when checking the guarantee", () => {
      const result = selectInfluencers([...many(13, "c", 1, 0.2), { id: "out", cost: 1, value: 0, reach: 0.2 }], {
        budget: 13,
        objective: "reach",
        exclude: ["out"],
        overlap: [{ a: "c0", b: "out", shared: 0 }],
      });
      // The only below-random pair involves an excluded candidate, so the guarantee stands
      expect(result.reasons).toContain("guarantee: at least ½(1 − 1/e) ≈ 0.316 of the optimal reach (Khuller, Moss & Naor 1999)");
    });

    it("adds nothing once a required creator reaches everyone", () => {
      const result = selectInfluencers([{ id: "all", cost: 1, value: 0, reach: 1 }, ...many(13, "c", 1, 0.1)], {
        budget: 14,
        objective: "reach",
        require: ["all"],
      });
      // Reach is already 1, so every other creator adds 0 and the greedy runs add nothing; the bound is 1
      expect(result.selected).toEqual(["all"]);
      expect(result.totalReach).toBe(1);
      expect(result.optimal).toBe(true);
      expect(result.method).toBe("lazy-greedy-cost-benefit");
    });

    it("selects creators with tiny audience shares instead of counting their reach as nothing", () => {
      const result = selectInfluencers(
        [
          { id: "a", cost: 1, value: 0, reach: 4e-13 },
          { id: "b", cost: 1, value: 0, reach: 3e-13 },
          { id: "c", cost: 2, value: 0, reach: 5e-13 },
        ],
        { budget: 2, objective: "reach" },
      );
      // By hand: a + b reach 1 − (1 − 4e-13)(1 − 3e-13) = 7e-13 − 1.2e-25 ≈ 7e-13, more than c's 5e-13, for the same cost
      // (an absolute 1e-12 threshold kept the empty set: no set beat it by more than 1e-12)
      expect(result.selected).toEqual(["a", "b"]);
      // Relative 1e-3: 1 − (1 − r) is exact only to about 1e-16 of the whole audience
      expect(Math.abs((result.totalReach ?? 0) - 7e-13) / 7e-13).toBeLessThan(1e-3);
      expect(result.optimal).toBe(true);
    });

    it("runs the greedy on tiny audience shares and does not call an empty set optimal", () => {
      const candidates = Array.from({ length: 13 }, (_, index) => ({ id: `t${index + 10}`, cost: 1, value: 0, reach: (index + 1) * 1e-14 }));
      const result = selectInfluencers(candidates, { budget: 3, objective: "reach" });
      // By hand: equal costs, so both greedy runs take the three largest reaches, 1.3e-13 + 1.2e-13 + 1.1e-13 ≈ 3.6e-13
      // (an absolute 1e-12 threshold dropped every candidate and called the empty set optimal, its bound being within 1e-12).
      // Online bound: the three next largest gains fill the budget of 3 again: 3.6e-13 + 1e-13 + 9e-14 + 8e-14 = 6.3e-13
      expect(result.selected).toEqual(["t20", "t21", "t22"]);
      expect(Math.abs((result.totalReach ?? 0) - 3.6e-13) / 3.6e-13).toBeLessThan(1e-3);
      expect(result.optimal).toBe(false);
      expect(result.reasons.at(-1)).toBe("not proven optimal: the best combined reach is at most 0.00000000000063");
    });

    it("sets aside candidates with no reach", () => {
      const result = selectInfluencers(
        [
          { id: "a", cost: 1, value: 5, reach: 0 },
          { id: "b", cost: 1, value: 0, reach: 0.1 },
        ],
        { budget: 2, objective: "reach" },
      );
      expect(result.selected).toEqual(["b"]);
      expect(result.reasons[0]).toBe('adds no reach (reach 0): "a"');
    });

    it("returns no reach for an infeasible reach problem", () => {
      const result = selectInfluencers([{ id: "a", cost: 5, value: 0, reach: 0.1 }], { budget: 2, objective: "reach", require: ["a"] });
      expect(result.totalReach).toBeNull();
      expect(result.method).toBe("infeasible");
    });
  });

  describe("validation", () => {
    it("names the path, code and value of every invalid field at once", () => {
      const issues = issuesOf(() =>
        selectInfluencers([{ id: "a", cost: -1, value: 1 }], {
          budget: 0,
          currency: "usd",
          maxPerTier: -1,
          maxPerGroup: { x: 1.5 },
        }),
      );
      expect(issues).toEqual([
        { path: ["candidates", 0, "cost"], code: "too_small", message: "candidates[0].cost: expected a finite positive number, received -1" },
        { path: ["budget"], code: "too_small", message: "budget: expected a finite positive number, received 0" },
        { path: ["currency"], code: "invalid_value", message: 'currency: expected an ISO 4217 currency code, received "usd"' },
        { path: ["maxPerTier"], code: "too_small", message: "maxPerTier: expected a non-negative integer, received -1" },
        { path: ["maxPerGroup", "x"], code: "invalid_type", message: "maxPerGroup.x: expected a non-negative integer, received 1.5" },
      ]);
    });

    it("rejects a repeated id, naming its path and the first use", () => {
      expect(issuesOf(() => selectInfluencers([{ id: "a", cost: 1, value: 1 }, { id: "b", cost: 1, value: 1 }, { id: "a", cost: 2, value: 1 }], { budget: 5 }))).toEqual([
        { path: ["candidates", 2, "id"], code: "invalid_value", message: 'candidates[2].id: expected an id not already used by candidates[0], received "a"' },
      ]);
    });

    it("rejects an unknown required id and an id both required and excluded", () => {
      expect(issuesOf(() => selectInfluencers(lineUp, { budget: 5, require: ["mega", "ghost"], exclude: ["mega"] }))).toEqual([
        { path: ["require", 1], code: "invalid_value", message: 'require[1]: expected the id of a candidate, received "ghost"' },
        { path: ["exclude", 0], code: "invalid_value", message: 'exclude[0]: expected an id that is not also in require, received "mega"' },
      ]);
    });

    it("reports a repeated id and unknown or conflicting required ids together with another candidate's bad field", () => {
      const candidates = JSON.parse(
        '[{"id": "a", "cost": 1, "value": 1}, {"id": "b", "cost": 1, "value": 1}, {"id": "a", "cost": 2, "value": 1}, {"id": "c", "cost": -1, "value": 1}, {"id": 7, "cost": 1, "value": 1}]',
      ) as SelectionCandidate[];
      // "c" is a known id although its cost is invalid; the candidate with id 7 has no usable id, so it can clash with none
      expect(issuesOf(() => selectInfluencers(candidates, { budget: 5, require: ["c", "ghost"], exclude: ["c"], overlap: [{ a: "b", b: "x", shared: 0 }] }))).toEqual([
        { path: ["candidates", 3, "cost"], code: "too_small", message: "candidates[3].cost: expected a finite positive number, received -1" },
        { path: ["candidates", 4, "id"], code: "invalid_type", message: "candidates[4].id: expected a non-empty string of at most 1000 characters, received 7" },
        { path: ["candidates", 2, "id"], code: "invalid_value", message: 'candidates[2].id: expected an id not already used by candidates[0], received "a"' },
        { path: ["require", 1], code: "invalid_value", message: 'require[1]: expected the id of a candidate, received "ghost"' },
        { path: ["exclude", 0], code: "invalid_value", message: 'exclude[0]: expected an id that is not also in require, received "c"' },
        { path: ["overlap", 0, "b"], code: "invalid_value", message: 'overlap[0].b: expected the id of a candidate, received "x"' },
      ]);
    });

    it("reports unknown required ids together with another option's problem", () => {
      expect(issuesOf(() => selectInfluencers(lineUp, { budget: 0, require: ["mega", "ghost"], exclude: ["mega"] }))).toEqual([
        { path: ["budget"], code: "too_small", message: "budget: expected a finite positive number, received 0" },
        { path: ["require", 1], code: "invalid_value", message: 'require[1]: expected the id of a candidate, received "ghost"' },
        { path: ["exclude", 0], code: "invalid_value", message: 'exclude[0]: expected an id that is not also in require, received "mega"' },
      ]);
    });

    it("requires a reach on every candidate for the reach objective", () => {
      expect(issuesOf(() => selectInfluencers([{ id: "a", cost: 1, value: 1 }], { budget: 5, objective: "reach" }))).toEqual([
        { path: ["candidates", 0, "reach"], code: "invalid_type", message: 'candidates[0].reach: expected a number between 0 and 1 when objective is "reach", received nothing' },
      ]);
    });

    it("reports a missing reach also when another candidate or option is invalid, in the same throw", () => {
      const candidates = [{ id: "a", cost: -1, value: 1 }, { id: "b", cost: 1, value: 1 }, 5, { id: "c", cost: 1, value: 1, reach: 2 }];
      expect(issuesOf(() => selectInfluencers(candidates as never, { budget: 0, objective: "reach" })).map((found) => found.path)).toEqual([
        ["candidates", 0, "cost"],
        ["candidates", 2],
        ["candidates", 3, "reach"],
        ["budget"],
        ["candidates", 0, "reach"],
        ["candidates", 1, "reach"],
      ]);
    });

    it("checks every overlap against the candidates and their reaches", () => {
      const candidates: SelectionCandidate[] = [
        { id: "a", cost: 1, value: 1, reach: 0.2 },
        { id: "b", cost: 1, value: 1, reach: 0.5 },
        { id: "c", cost: 1, value: 1 },
        { id: "d", cost: 1, value: 1, reach: 0.8 },
      ];
      const overlap: SelectionOverlap[] = [
        { a: "a", b: "b", shared: 0.3 },
        { a: "b", b: "a", shared: 0.1 },
        { a: "c", b: "a", shared: 0.1 },
        { a: "x", b: "y", shared: 0.1 },
        { a: "a", b: "a", shared: 0.1 },
        { a: "d", b: "b", shared: 0.2 },
        { a: "c", b: "d", shared: 0.1 },
      ];
      expect(issuesOf(() => selectInfluencers(candidates, { budget: 5, overlap }))).toEqual([
        // 0.3 > min(0.2, 0.5)
        { path: ["overlap", 0, "shared"], code: "too_big", message: "overlap[0].shared: expected at most 0.2 (the smaller reach of the pair), received 0.3" },
        { path: ["overlap", 1, "b"], code: "invalid_value", message: 'overlap[1].b: expected a pair not already given in overlap[0], received "a"' },
        { path: ["candidates", 2, "reach"], code: "invalid_type", message: "candidates[2].reach: expected a number between 0 and 1 for a candidate in overlap, received nothing" },
        { path: ["overlap", 3, "a"], code: "invalid_value", message: 'overlap[3].a: expected the id of a candidate, received "x"' },
        { path: ["overlap", 3, "b"], code: "invalid_value", message: 'overlap[3].b: expected the id of a candidate, received "y"' },
        { path: ["overlap", 4, "b"], code: "invalid_value", message: 'overlap[4].b: expected an id different from a, received "a"' },
        // 0.2 < 0.8 + 0.5 − 1 = 0.3: together they would reach more than everyone
        { path: ["overlap", 5, "shared"], code: "too_small", message: "overlap[5].shared: expected at least 0.3 (the sum of the pair's reaches minus 1), received 0.2" },
      ]);
    });

    it("validates limits given per tier or group, with their paths", () => {
      expect(issuesOf(() => selectInfluencers(lineUp, { budget: 5, maxPerTier: { micro: -1 } }))).toEqual([
        { path: ["maxPerTier", "micro"], code: "too_small", message: "maxPerTier.micro: expected a non-negative integer, received -1" },
      ]);
      // A wrong type for a typed option, as a JavaScript caller could pass
      const options = JSON.parse('{"budget": 5, "maxPerTier": {"giant": 1}, "maxPerGroup": [1]}') as SelectInfluencersOptions;
      expect(issuesOf(() => selectInfluencers(lineUp, options))).toEqual([
        {
          // the unknown tier is named (it was "maxPerTier: … received an object")
          path: ["maxPerTier", "giant"],
          code: "invalid_value",
          message: 'maxPerTier.giant: expected a key that is one of "nano", "micro", "mid", "macro", "mega", received "giant"',
        },
        { path: ["maxPerGroup"], code: "invalid_type", message: "maxPerGroup: expected a non-negative integer or an object of limits per group, received an array" },
      ]);
    });

    it("says what it expected for null and wrongly typed input, never 'Invalid input'", () => {
      const calls: (() => unknown)[] = [
        () => selectInfluencers(JSON.parse("null") as SelectionCandidate[], JSON.parse("null") as SelectInfluencersOptions),
        () => selectInfluencers(JSON.parse("[null, 3]") as SelectionCandidate[], { budget: 1 }),
        () =>
          selectInfluencers(
            JSON.parse('[{"id": "a", "cost": "1", "value": 1, "tier": "huge", "platform": "myspace", "trust": 101, "group": ""}]') as SelectionCandidate[],
            JSON.parse('{"budget": "5", "objective": "views", "maxCount": 1.5, "minTrust": -1, "require": "a", "exclude": [3], "overlap": [{}], "maxSearchNodes": 0, "maxPerGroup": {"x": "1"}}') as SelectInfluencersOptions,
          ),
      ];
      const issues = calls.flatMap(issuesOf);
      // 2 (null, null) + 2 (two bad rows) + 16 (one per bad field of the third call)
      expect(issues.length).toBe(20);
      for (const issue of issues) expect(issue.message).not.toContain("Invalid input");
      expect(issues[0]).toEqual({ path: ["candidates"], code: "invalid_type", message: "candidates: expected an array of candidates, received null" });
      expect(issues[1]).toEqual({ path: [], code: "invalid_type", message: "expected an options object with a budget, received null" });
      expect(issues[2]).toEqual({ path: ["candidates", 0], code: "invalid_type", message: "candidates[0]: expected a candidate object with id, cost and value, received null" });
    });

    it("throws InfluencerInputError listing the first issues in its message", () => {
      expect(() => selectInfluencers(lineUp, { budget: -5 })).toThrow(new InfluencerInputError([
        { path: ["budget"], code: "too_small", message: "budget: expected a finite positive number, received -5" },
      ]));
    });
  });
});
