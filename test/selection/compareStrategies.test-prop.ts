import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { compareStrategies, type SelectionCandidate } from "../../src/index.js";

// The mutation setup (test/reliability/stryker.setup.ts) sets a global numRuns; an explicit one here would override it.
const runs = (count: number): number => fc.readConfigureGlobal().numRuns ?? count;

const SEED = 20_240_910;

const lineUp: fc.Arbitrary<SelectionCandidate[]> = fc
  .noBias(fc.integer({ min: 0, max: 12 }))
  .chain((length) =>
    fc.tuple(
      ...Array.from({ length }, (_, index) =>
        fc.record({
          id: fc.constant(`c${index}`),
          cost: fc.noBias(fc.integer({ min: 1, max: 100_000 })).map((cents) => cents / 100),
          value: fc.noBias(fc.integer({ min: 0, max: 50 })),
          reach: fc.noBias(fc.integer({ min: 0, max: 60 })).map((percent) => percent / 100),
        }),
      ),
    ),
  );
const budget = fc.noBias(fc.integer({ min: 1, max: 300_000 })).map((cents) => cents / 100);
const objective = fc.constantFrom("value" as const, "reach" as const);

test.prop([lineUp, budget, objective], { numRuns: runs(200), seed: SEED })("round-trips through JSON", (candidates, amount, goal) => {
  const result = compareStrategies(candidates, amount, { objective: goal });
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
});

test.prop([lineUp, budget, objective], { numRuns: runs(200), seed: SEED + 1 })(
  "has a set at least as good as the single creator, both within the budget, concentrations in [0, 1]",
  (candidates, amount, goal) => {
    const { single, portfolio, portfolioToSingle } = compareStrategies(candidates, amount, { objective: goal });
    expect(single === null).toBe(portfolio === null);
    if (single === null || portfolio === null) return;
    expect(portfolioToSingle ?? 0).toBeGreaterThanOrEqual(1 - 1e-12);
    for (const side of [single, portfolio]) {
      expect(side.totalCost).toBeLessThanOrEqual(amount);
      expect(side.concentration).toBeGreaterThan(0);
      expect(side.concentration).toBeLessThanOrEqual(1);
    }
    expect(single.concentration).toBe(1);
  },
);
