import { describe, expectTypeOf, it } from "vitest";
import {
  compareStrategies,
  parseProfile,
  selectInfluencers,
  type CompareStrategiesResult,
  type ParsedProfile,
  type RowError,
  type SelectionCostBasis,
  type SelectionProvenance,
  type SelectionValueBasis,
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
    // @ts-expect-error [ts2769] - a trust range has both ends
    selectInfluencers([{ id: "a", cost: 1, value: 1, trust: 50, trustRange: { lower: 40 } }], { budget: 1 });
    // a trust range from scoreTrust's result is accepted as it is
    selectInfluencers([{ id: "a", cost: 1, value: 1, trust: 94, trustRange: { lower: 23.5, upper: 98.5 } }], { budget: 1 });
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

describe("profile form types", () => {
  const profiles = [{ platform: "instagram", followers: 20_000 }] as const;

  it("accepts raw and parsed profiles with the profile options", () => {
    expectTypeOf(selectInfluencers(profiles, { budget: 1_000 })).toEqualTypeOf<SelectionResult>();
    expectTypeOf(selectInfluencers([parseProfile(profiles[0])], { budget: 1_000, costOfProfile: (profile) => profile.followers / 100 })).toEqualTypeOf<SelectionResult>();
    expectTypeOf(compareStrategies(profiles, 1_000, { valueOfProfile: (_profile, index) => index, audienceSize: 50_000 })).toEqualTypeOf<CompareStrategiesResult>();
  });

  it("accepts scoreInfluencer's model options on profiles", () => {
    const model = { tierScheme: { youtube: "later-fohr", default: "standard" }, engagement: { basis: "followers" }, trust: { thresholds: { minBandConfidence: 0.3 } }, now: new Date() } as const;
    expectTypeOf(selectInfluencers(profiles, { budget: 1_000, ...model })).toEqualTypeOf<SelectionResult>();
    expectTypeOf(compareStrategies(profiles, 1_000, { now: 0, tierScheme: "later-fohr" })).toEqualTypeOf<CompareStrategiesResult>();
  });

  it("hands costOfProfile and valueOfProfile a parsed profile and its index", () => {
    selectInfluencers(profiles, {
      budget: 1,
      valueOfProfile: (profile, index) => {
        expectTypeOf(profile).toEqualTypeOf<ParsedProfile>();
        expectTypeOf(index).toEqualTypeOf<number>();
        return 1;
      },
    });
  });

  it("carries the profiles that failed validation in errors on every result", () => {
    // Present in both forms (empty for candidates), so a caller reads it without a check
    expectTypeOf(selectInfluencers(profiles, { budget: 1 }).errors).toEqualTypeOf<readonly RowError[]>();
    expectTypeOf(selectInfluencers([{ id: "a", cost: 1, value: 1 }], { budget: 1 }).errors).toEqualTypeOf<readonly RowError[]>();
    expectTypeOf(compareStrategies(profiles, 1).errors).toEqualTypeOf<readonly RowError[]>();
    expectTypeOf<SelectionResult["errors"][number]["index"]>().toEqualTypeOf<number>();
  });

  it("names where cost and value came from", () => {
    const { provenance } = selectInfluencers(profiles, { budget: 1 });
    expectTypeOf(provenance).toEqualTypeOf<SelectionProvenance>();
    expectTypeOf(provenance.cost).toEqualTypeOf<SelectionCostBasis>();
    expectTypeOf(provenance.value).toEqualTypeOf<SelectionValueBasis>();
    expectTypeOf(provenance.solver).toEqualTypeOf<SelectionMethod>();
  });

  it("rejects wrong profile-form calls at compile time", () => {
    // @ts-expect-error [ts2769] - costOfProfile must return a number
    selectInfluencers(profiles, { budget: 1, costOfProfile: () => "cheap" });
    // @ts-expect-error [ts2769] - candidates do not take profile options such as valueOfProfile
    selectInfluencers([{ id: "a", cost: 1, value: 1 }], { budget: 1, valueOfProfile: () => 1 });
    // @ts-expect-error [ts2769] - a profile needs followers
    selectInfluencers([{ platform: "instagram" }], { budget: 1 });
    // @ts-expect-error [ts2769] - one list cannot mix candidates and profiles
    selectInfluencers([{ id: "a", cost: 1, value: 1 }, { platform: "instagram", followers: 1 }], { budget: 1 });
    // @ts-expect-error [ts2769] - compensation takes flat-fee options
    compareStrategies(profiles, 1, { compensation: { usageRightsDays: "30" } });
    // @ts-expect-error [ts2769] - candidates do not take the report's model options
    selectInfluencers([{ id: "a", cost: 1, value: 1 }], { budget: 1, trust: {} });
    // @ts-expect-error [ts2769] - nor a reference date
    compareStrategies([{ id: "a", cost: 1, value: 1 }], 1, { now: "2026-01-01" });
    // @ts-expect-error [ts2769] - engagement takes scoreEngagement's options
    selectInfluencers(profiles, { budget: 1, engagement: { basis: "likes" } });
    // @ts-expect-error [ts2769] - trust takes scoreTrust's options
    compareStrategies(profiles, 1, { trust: { weights: { followerCount: 1 } } });
  });
});
