import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { compareStrategies, selectInfluencers, type SelectionCandidate, type SelectionObjective } from "../../src/index.js";

// The mutation setup (test/reliability/stryker.setup.ts) sets a global numRuns; an explicit one here would override it.
const runs = (count: number): number => fc.readConfigureGlobal().numRuns ?? count;

// Fixed seed: reproducible instances, as in the other selection properties.
const SEED = 20_261_127;
const BILLION = 1_000_000_000;

/**
 * A positive amount with 0 to 9 decimals, at most 10,000, as its exact count
 * of billionths (an integer below 2^53, so sums of a few stay exact) and as
 * the number a caller would pass (the nearest double to that decimal).
 */
interface Amount {
  readonly nanos: number;
  readonly amount: number;
}

const toAmount = (nanos: number): Amount => ({ nanos, amount: nanos / BILLION });

const amount: fc.Arbitrary<Amount> = fc
  .record({
    units: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10_000 })),
    fraction: fc.integer({ min: 0, max: BILLION - 1 }),
    decimals: fc.oneof(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 9 })),
  })
  .map(({ units, fraction, decimals }) => units * BILLION + fraction - (fraction % 10 ** (9 - decimals)))
  .filter((nanos) => nanos > 0)
  .map(toAmount);

interface Instance {
  readonly costs: readonly Amount[];
  readonly budget: Amount;
  readonly candidates: readonly SelectionCandidate[];
}

/**
 * 1 to 8 candidates with such costs, and a budget that is often on the edge:
 * equal to a cost or to the sum of some costs, or a few billionths or up to
 * two millionths away (either side), or unrelated.
 */
const instance: fc.Arbitrary<Instance> = fc
  .array(fc.record({ cost: amount, value: fc.integer({ min: 1, max: 20 }), reach: fc.integer({ min: 1, max: 60 }) }), { minLength: 1, maxLength: 8 })
  .chain((rows) => {
    const costs = rows.map((row) => row.cost.nanos);
    const delta = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -2_000, max: 2_000 }));
    const edge = fc.tuple(fc.subarray(costs, { minLength: 1 }), delta, fc.boolean());
    const budget = fc.oneof(
      edge.map(([some, delta, isExact]) => some.reduce((sum, nanos) => sum + nanos, 0) + (isExact ? 0 : delta)),
      amount.map((random) => random.nanos),
    );
    return budget
      .filter((nanos) => nanos > 0)
      .map((nanos) => ({
        costs: rows.map((row) => row.cost),
        budget: toAmount(nanos),
        candidates: rows.map((row, index) => ({ id: `c${index}`, cost: row.cost.amount, value: row.value, reach: row.reach / 100 })),
      }));
  });

const objective: fc.Arbitrary<SelectionObjective> = fc.constantFrom("value", "reach");

/** Exact billionths spent by the selected ids. */
const nanosOf = (costs: readonly Amount[], selected: readonly string[]): number =>
  selected.reduce((sum, id) => sum + (costs[Number(id.slice(1))]?.nanos ?? 0), 0);

/** Indices of the candidates that cost at most the budget, compared exactly. */
const affordable = ({ costs, budget }: Instance): number[] => costs.flatMap((cost, index) => (cost.nanos <= budget.nanos ? [index] : []));

test.prop([instance, objective, fc.nat(7), fc.boolean()], { numRuns: runs(400), seed: SEED })(
  "never spends more than the budget, counted in exact billionths, and reports a total cost within it",
  ({ costs, budget, candidates }, goal, pick, isRequired) => {
    const require = isRequired ? [candidates[pick % candidates.length]?.id ?? "c0"] : [];
    const result = selectInfluencers(candidates, { budget: budget.amount, objective: goal, require });
    expect(nanosOf(costs, result.selected)).toBeLessThanOrEqual(budget.nanos);
    expect(result.totalCost).toBeLessThanOrEqual(budget.amount);
  },
);

test.prop([instance, objective], { numRuns: runs(400), seed: SEED + 1 })(
  "does at least as well as the best candidate that costs at most the budget, and selects nothing only when none does",
  (problem, goal) => {
    const result = selectInfluencers(problem.candidates, { budget: problem.budget.amount, objective: goal });
    const singles = affordable(problem).map((index) => {
      const candidate = problem.candidates[index];
      return (goal === "value" ? candidate?.value : candidate?.reach) ?? 0;
    });
    const achieved = (goal === "value" ? result.totalValue : result.totalReach) ?? 0;
    expect(result.selected.length > 0).toBe(singles.length > 0);
    expect(achieved).toBeGreaterThanOrEqual(Math.max(0, ...singles) - 1e-12);
  },
);

test.prop([instance, fc.nat(7)], { numRuns: runs(400), seed: SEED + 2 })(
  "accepts a required candidate exactly when it costs at most the budget",
  (problem, pick) => {
    const index = pick % problem.candidates.length;
    const id = problem.candidates[index]?.id ?? "c0";
    const result = selectInfluencers(problem.candidates, { budget: problem.budget.amount, require: [id] });
    expect(result.method !== "infeasible").toBe((problem.costs[index]?.nanos ?? 0) <= problem.budget.nanos);
  },
);

test.prop([instance], { numRuns: runs(200), seed: SEED + 3 })(
  "compareStrategies finds a single creator exactly when one costs at most the budget, and the most valuable one",
  (problem) => {
    const result = compareStrategies(problem.candidates, problem.budget.amount);
    const values = affordable(problem).map((index) => problem.candidates[index]?.value ?? 0);
    expect(result.single?.totalValue ?? null).toBe(values.length > 0 ? Math.max(...values) : null);
  },
);
