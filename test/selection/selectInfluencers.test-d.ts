import { describe, expectTypeOf, it } from "vitest";
import {
  compareStrategies,
  selectInfluencers,
  type CompareStrategiesResult,
  type SelectionMethod,
  type SelectionResult,
  type StrategyOutcome,
} from "../../src/index.js";

describe("selectInfluencers types", () => {
  it("returns a SelectionResult with nullable bound, gap and reach", () => {
    const result = selectInfluencers([{ id: "a", cost: 1, value: 1 }], { budget: 1 });
    expectTypeOf(result).toEqualTypeOf<SelectionResult>();
    expectTypeOf(result.selected).toEqualTypeOf<readonly string[]>();
    expectTypeOf(result.bound).toEqualTypeOf<number | null>();
    expectTypeOf(result.gap).toEqualTypeOf<number | null>();
    expectTypeOf(result.totalReach).toEqualTypeOf<number | null>();
    expectTypeOf(result.method).toEqualTypeOf<SelectionMethod>();
  });

  it("rejects wrong candidates and options at compile time", () => {
    // @ts-expect-error [ts2322] - "giant" is not a tier
    selectInfluencers([{ id: "a", cost: 1, value: 1, tier: "giant" }], { budget: 1 });
    // @ts-expect-error [ts2345] - the budget is required
    selectInfluencers([{ id: "a", cost: 1, value: 1 }], {});
    // @ts-expect-error [ts2322] - objective is "value" or "reach"
    selectInfluencers([{ id: "a", cost: 1, value: 1 }], { budget: 1, objective: "views" });
    // @ts-expect-error [ts2322] - maxPerTier keys are tiers
    selectInfluencers([{ id: "a", cost: 1, value: 1 }], { budget: 1, maxPerTier: { giant: 1 } });
  });

  it("accepts optional fields explicitly set to undefined", () => {
    selectInfluencers([{ id: "a", cost: 1, value: 1, reach: undefined }], { budget: 1, maxCount: undefined });
    compareStrategies([{ id: "a", cost: 1, value: 1 }], 1, undefined);
  });
});

describe("compareStrategies types", () => {
  it("returns nullable sides", () => {
    const result = compareStrategies([{ id: "a", cost: 1, value: 1 }], 1);
    expectTypeOf(result).toEqualTypeOf<CompareStrategiesResult>();
    expectTypeOf(result.single).toEqualTypeOf<StrategyOutcome | null>();
    // @ts-expect-error [ts2353] - require is not an option of compareStrategies
    compareStrategies([{ id: "a", cost: 1, value: 1 }], 1, { require: ["a"] });
  });
});
