import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import {
  selectInfluencers,
  type SelectInfluencersOptions,
  type SelectionCandidate,
  type SelectionOverlap,
} from "../../src/index.js";
import { bruteForceOptimum, indicesOf, isFeasible, referenceReach } from "./bruteForce.js";

// The mutation setup (test/reliability/stryker.setup.ts) sets a global numRuns; an explicit one here would override it.
const runs = (count: number): number => fc.readConfigureGlobal().numRuns ?? count;

// Fixed seeds: the acceptance criteria ask for reproducible random instances.
const SEED = 20_240_909;
const TIERS = ["nano", "micro", "mid", "macro", "mega"] as const;
const GROUPS = ["agency-a", "agency-b", "agency-c"] as const;
/** ½(1 − 1/e), the guarantee of the best of the cost-benefit greedy and the best single candidate. */
const GREEDY_RATIO = (1 - Math.exp(-1)) / 2;

/** A candidate with a cent-level cost; small integer values so that ties between sets are common. */
const candidate = (index: number): fc.Arbitrary<SelectionCandidate> =>
  fc
    .record(
      {
        id: fc.constant(`c${index}`),
        cost: fc.noBias(fc.integer({ min: 1, max: 200_000 })).map((cents) => cents / 100),
        value: fc.noBias(fc.integer({ min: 0, max: 40 })),
        reach: fc.integer({ min: 0, max: 60 }).map((percent) => percent / 100),
        tier: fc.constantFrom(...TIERS),
        trust: fc.noBias(fc.integer({ min: 0, max: 100 })),
        group: fc.constantFrom(...GROUPS),
        // A trust score on thin evidence: how far below and above it the missing signals could take it.
        trustSpread: fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 })),
      },
      { requiredKeys: ["id", "cost", "value"] },
    )
    .map(({ trustSpread, ...rest }) =>
      trustSpread === undefined || rest.trust === undefined
        ? rest
        : { ...rest, trustRange: { lower: Math.max(0, rest.trust - trustSpread[0]), upper: Math.min(100, rest.trust + trustSpread[1]) } },
    );

const candidates = (minLength: number, maxLength: number): fc.Arbitrary<SelectionCandidate[]> =>
  fc.noBias(fc.integer({ min: minLength, max: maxLength })).chain((length) => fc.tuple(...Array.from({ length }, (_, index) => candidate(index))));

/** Options with every kind of constraint, each present about half the time; budget a share of the total cost. */
const constrainedOptions = (list: readonly SelectionCandidate[]): fc.Arbitrary<SelectInfluencersOptions> => {
  const totalCents = list.reduce((sum, item) => sum + Math.round(item.cost * 100), 0);
  const ids = list.map((item) => item.id);
  return fc
    .record(
      {
        budget: fc.noBias(fc.integer({ min: 1, max: Math.max(1, totalCents) })).map((cents) => cents / 100),
        maxCount: fc.integer({ min: 1, max: 6 }),
        minTrust: fc.integer({ min: 0, max: 40 }),
        maxPerTier: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.record({ micro: fc.integer({ min: 0, max: 2 }), mega: fc.integer({ min: 0, max: 1 }) })),
        maxPerGroup: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.record({ "agency-a": fc.integer({ min: 0, max: 2 }) })),
        require: fc.subarray(ids, { maxLength: Math.min(1, ids.length) }),
        exclude: fc.subarray(ids, { maxLength: Math.min(3, ids.length) }),
      },
      { requiredKeys: ["budget"] },
    )
    .map((options) => ({ ...options, exclude: (options.exclude ?? []).filter((id) => !(options.require ?? []).includes(id)) }));
};

const instance = (minLength: number, maxLength: number): fc.Arbitrary<[SelectionCandidate[], SelectInfluencersOptions]> =>
  candidates(minLength, maxLength).chain((list) => fc.tuple(fc.constant(list), constrainedOptions(list)));

const centsOf = (list: readonly SelectionCandidate[], ids: readonly string[]): number =>
  indicesOf(list, ids).reduce((sum, index) => sum + Math.round((list[index]?.cost ?? 0) * 100), 0);

test.prop([instance(1, 14)], { numRuns: runs(500), seed: SEED })(
  "equals the brute-force optimum on 500 random constrained instances with up to 14 candidates",
  ([list, options]) => {
    const result = selectInfluencers(list, options);
    const optimum = bruteForceOptimum(list, options);
    if (optimum === null) {
      expect(result.method).toBe("infeasible");
      expect(result.selected).toEqual([]);
      expect(result.reasons.some((reason) => reason.startsWith("infeasible: "))).toBe(true);
      return;
    }
    expect(result.optimal).toBe(true);
    expect(result.totalValue).toBeCloseTo(optimum, 9);
    expect(isFeasible(list, indicesOf(list, result.selected), options)).toBe(true);
  },
);

test.prop([instance(0, 14)], { numRuns: runs(300), seed: SEED + 1 })("never exceeds the budget", ([list, options]) => {
  const result = selectInfluencers(list, options);
  expect(centsOf(list, result.selected)).toBeLessThanOrEqual(Math.round(options.budget * 100));
  expect(result.totalCost).toBeLessThanOrEqual(options.budget);
});

test.prop([instance(1, 14), fc.integer({ min: 1, max: 200 })], { numRuns: runs(200), seed: SEED + 2 })(
  "stays within its bound and never claims optimality it has not proven when the node limit is tiny",
  ([list, options], maxSearchNodes) => {
    const result = selectInfluencers(list, { ...options, maxSearchNodes });
    const optimum = bruteForceOptimum(list, options);
    if (optimum === null || result.bound === null) return;
    // a stopped search returns a set that keeps every constraint (its own, or the greedy or single-creator fallback)
    expect(isFeasible(list, indicesOf(list, result.selected), options)).toBe(true);
    expect(result.totalValue).toBeLessThanOrEqual(optimum + 1e-9);
    expect(result.bound).toBeGreaterThanOrEqual(optimum - 1e-9);
    if (result.optimal) expect(result.totalValue).toBeCloseTo(optimum, 9);
    // gap = (bound − achieved) / bound, by definition
    expect(result.gap).toBeCloseTo(result.bound > 0 ? (result.bound - result.totalValue) / result.bound : 0, 12);
  },
);

test.prop([instance(1, 14), fc.integer({ min: 1, max: 20 })], { numRuns: runs(200), seed: SEED + 12 })(
  "never returns less than the best single addition to the required creators, however small the node limit",
  ([list, options], maxSearchNodes) => {
    const result = selectInfluencers(list, { ...options, maxSearchNodes });
    if (result.method === "infeasible") return;
    // The required creators with at most one other: feasible sets a stopped search must not fall below.
    const required = indicesOf(list, options.require ?? []);
    const valueOf = (members: readonly number[]): number => members.reduce((sum, index) => sum + (list[index]?.value ?? 0), 0);
    let floor = isFeasible(list, required, options) ? valueOf(required) : 0;
    for (let index = 0; index < list.length; index++) {
      const members = required.includes(index) ? required : [...required, index];
      if (isFeasible(list, members, options)) floor = Math.max(floor, valueOf(members));
    }
    expect(result.totalValue).toBeGreaterThanOrEqual(floor - 1e-9);
  },
);

test.prop([instance(0, 12), fc.integer({ min: 0, max: 100_000 })], { numRuns: runs(200), seed: SEED + 3 })(
  "never selects a lower total value with more budget",
  ([list, options], extraCents) => {
    const smaller = selectInfluencers(list, options);
    const larger = selectInfluencers(list, { ...options, budget: options.budget + extraCents / 100 });
    if (smaller.method === "infeasible") return;
    expect(larger.totalValue).toBeGreaterThanOrEqual(smaller.totalValue);
  },
);

test.prop([instance(0, 14), fc.boolean()], { numRuns: runs(200), seed: SEED + 4 })("round-trips through JSON", ([list, options], isReach) => {
  const result = selectInfluencers(
    list.map((item) => ({ ...item, reach: item.reach ?? 0.1 })),
    { ...options, objective: isReach ? "reach" : "value" },
  );
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
});

test.prop([instance(0, 14), fc.boolean(), fc.nat()], { numRuns: runs(200), seed: SEED + 5 })(
  "gives the same set and totals whatever the input order",
  ([list, options], isReach, shuffleSeed) => {
    const withReach = list.map((item) => ({ ...item, reach: item.reach ?? 0.05 }));
    const shuffled = [...withReach].sort((left, right) => ((left.id.length * 31 + shuffleSeed) % 7) - ((right.id.length * 17 + shuffleSeed) % 5) || (left.id < right.id ? 1 : -1));
    const objective = isReach ? "reach" : "value";
    const original = selectInfluencers(withReach, { ...options, objective });
    const permuted = selectInfluencers(shuffled, { ...options, objective });
    expect([...permuted.selected].sort()).toEqual([...original.selected].sort());
    expect(permuted.totalValue).toBe(original.totalValue);
    expect(permuted.totalCost).toBe(original.totalCost);
    expect(permuted.totalReach).toBe(original.totalReach);
  },
);

const deepFreeze = <T>(value: T): T => {
  if (typeof value === "object" && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
};

test.prop([instance(0, 10)], { numRuns: runs(100), seed: SEED + 6 })("leaves frozen inputs untouched", ([list, options]) => {
  const before = JSON.stringify([list, options]);
  const frozenList = deepFreeze(structuredClone(list));
  const frozenOptions = deepFreeze(structuredClone(options));
  selectInfluencers(frozenList, frozenOptions);
  expect(JSON.stringify([frozenList, frozenOptions])).toBe(before);
});

/** 13 to 15 candidates, all with positive reach and affordable, so more than 12 are eligible and the greedy runs. */
const reachInstance = fc
  .integer({ min: 13, max: 15 })
  .chain((length) =>
    fc.tuple(
      fc.tuple(
        ...Array.from({ length }, (_, index) =>
          fc.record({
            id: fc.constant(`r${index}`),
            cost: fc.integer({ min: 100, max: 100_000 }).map((cents) => cents / 100),
            value: fc.constant(0),
            reach: fc.integer({ min: 1, max: 50 }).map((percent) => percent / 100),
          }),
        ),
      ),
      fc.integer({ min: 1_000, max: 100_000 }).map((cents) => cents / 100),
    ),
  )
  .map(([list, budget]): [SelectionCandidate[], number] => [
    list.map((item) => ({ ...item, cost: Math.min(item.cost, budget) })),
    budget,
  ]);

test.prop([reachInstance], { numRuns: runs(120), seed: SEED + 7 })(
  "reaches at least ½(1 − 1/e) of the brute-force optimum, within a valid bound, on random instances",
  ([list, budget]) => {
    const options: SelectInfluencersOptions = { budget, objective: "reach" };
    const result = selectInfluencers(list, options);
    const optimum = bruteForceOptimum(list, options) ?? 0;
    expect(result.method).not.toBe("exhaustive");
    expect(result.totalReach ?? 0).toBeGreaterThanOrEqual(GREEDY_RATIO * optimum - 1e-12);
    expect(result.totalReach ?? 0).toBeLessThanOrEqual(optimum + 1e-12);
    expect(result.bound ?? 0).toBeGreaterThanOrEqual(optimum - 1e-12);
    expect(centsOf(list, result.selected)).toBeLessThanOrEqual(Math.round(budget * 100));
  },
);

/** Overlaps between consecutive candidates, at least the random-duplication share, so reach stays submodular when moderate. */
const withOverlaps = reachInstance.chain(([list, budget]) =>
  fc
    .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: list.length - 1, maxLength: list.length - 1 })
    .map((weights): [SelectionCandidate[], number, SelectionOverlap[]] => [
      list,
      budget,
      weights.map((weight, index) => {
        const ra = list[index]?.reach ?? 0;
        const rb = list[index + 1]?.reach ?? 0;
        const least = Math.max(0, ra + rb - 1);
        return { a: list[index]?.id ?? "", b: list[index + 1]?.id ?? "", shared: least + weight * (Math.min(ra, rb) - least) };
      }),
    ]),
);

test.prop([withOverlaps, fc.integer({ min: 1, max: 6 })], { numRuns: runs(60), seed: SEED + 8 })(
  "with supplied overlaps and a count cap, never exceeds the brute-force optimum nor claims a bound below it",
  ([list, budget, overlap], maxCount) => {
    const options: SelectInfluencersOptions = { budget, objective: "reach", overlap, maxCount };
    const result = selectInfluencers(list, options);
    const optimum = bruteForceOptimum(list, options) ?? 0;
    expect(result.totalReach ?? 0).toBeCloseTo(referenceReach(list, indicesOf(list, result.selected), options), 12);
    expect(result.totalReach ?? 0).toBeLessThanOrEqual(optimum + 1e-12);
    expect(result.bound ?? 0).toBeGreaterThanOrEqual(optimum - 1e-12);
    expect(result.selected.length).toBeLessThanOrEqual(maxCount);
  },
);

test.prop([instance(0, 12)], { numRuns: runs(200), seed: SEED + 9 })(
  "finds the exact optimum of the reach objective with at most 12 optional candidates",
  ([list, options]) => {
    const withReach = list.map((item) => ({ ...item, reach: item.reach ?? 0.1 }));
    const reachOptions: SelectInfluencersOptions = { ...options, objective: "reach" };
    const result = selectInfluencers(withReach, reachOptions);
    const optimum = bruteForceOptimum(withReach, reachOptions);
    if (optimum === null) {
      expect(result.method).toBe("infeasible");
      return;
    }
    expect(result.optimal).toBe(true);
    expect(result.totalReach ?? 0).toBeCloseTo(optimum, 12);
    expect(isFeasible(withReach, indicesOf(withReach, result.selected), reachOptions)).toBe(true);
  },
);

/** Only the budget binds: no caps, so the core dynamic programme runs. Values with decimals so ties are rarer. */
const budgetOnlyInstance = candidates(1, 14).chain((list) =>
  fc.tuple(
    fc.constant(list),
    fc.noBias(fc.integer({ min: 1, max: Math.max(1, list.reduce((sum, item) => sum + Math.round(item.cost * 100), 0)) })).map((cents) => cents / 100),
  ),
);

test.prop([budgetOnlyInstance], { numRuns: runs(300), seed: SEED + 10 })(
  "equals the brute-force optimum by dynamic programming over the core when only the budget binds",
  ([list, budget]) => {
    const result = selectInfluencers(list, { budget });
    const optimum = bruteForceOptimum(list, { budget }) ?? 0;
    expect(result.method).toBe("core-dynamic-programming");
    expect(result.optimal).toBe(true);
    expect(result.totalValue).toBeCloseTo(optimum, 9);
    expect(centsOf(list, result.selected)).toBeLessThanOrEqual(Math.round(budget * 100));
  },
);

test.prop([budgetOnlyInstance, fc.integer({ min: 1, max: 40 })], { numRuns: runs(200), seed: SEED + 11 })(
  "stops the dynamic programme at a tiny node limit with a feasible set and a bound at or above the optimum",
  ([list, budget], maxSearchNodes) => {
    const result = selectInfluencers(list, { budget, maxSearchNodes });
    const optimum = bruteForceOptimum(list, { budget }) ?? 0;
    expect(result.totalValue).toBeLessThanOrEqual(optimum + 1e-9);
    expect(result.bound ?? 0).toBeGreaterThanOrEqual(optimum - 1e-9);
    if (result.optimal) expect(result.totalValue).toBeCloseTo(optimum, 9);
    expect(centsOf(list, result.selected)).toBeLessThanOrEqual(Math.round(budget * 100));
  },
);

test.prop([instance(0, 12)], { numRuns: runs(200), seed: SEED + 13 })(
  "reads a trustRange only under minTrust: without minTrust, the ranges change nothing",
  ([list, options]) => {
    const withoutMinTrust = { ...options, minTrust: undefined };
    const withoutRanges = list.map((item) => ({ ...item, trustRange: undefined }));
    expect(selectInfluencers(list, withoutMinTrust)).toEqual(selectInfluencers(withoutRanges, withoutMinTrust));
  },
);
