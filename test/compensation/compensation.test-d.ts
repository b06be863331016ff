import { expectTypeOf, test } from "vitest";
import {
  compareCompensation,
  estimateFlatFee,
  estimatePayPerClick,
  estimateReferral,
  parseProfile,
  RATE_CARD,
  type CompensationComparison,
  type CompensationModel,
  type FlatFeeResult,
  type HybridResult,
  type ModelComparison,
  type PayPerClickResult,
  type Range,
  type RateCard,
  type RateEstimate,
  type ReferralResult,
} from "../../src/index.js";

const profile = { platform: "instagram", followers: 10_000 } as const;

test("each estimator returns its own result type", () => {
  expectTypeOf(estimateFlatFee(profile)).toEqualTypeOf<FlatFeeResult>();
  expectTypeOf(estimateFlatFee(parseProfile(profile), undefined)).toEqualTypeOf<FlatFeeResult>();
  expectTypeOf(estimatePayPerClick(profile, { costPerClick: 1 })).toEqualTypeOf<PayPerClickResult>();
  expectTypeOf(estimateReferral(profile, { averageOrderValue: 50 })).toEqualTypeOf<ReferralResult>();
  expectTypeOf(compareCompensation(profile, { costPerClick: 1, averageOrderValue: 50 })).toEqualTypeOf<CompensationComparison>();
});

test("results carry literal model names and nullable ranges", () => {
  expectTypeOf(estimateFlatFee(profile).model).toEqualTypeOf<"flat-fee">();
  expectTypeOf(estimatePayPerClick(profile, { costPerClick: 1 }).model).toEqualTypeOf<"pay-per-click">();
  expectTypeOf(estimateFlatFee(profile).cost).toEqualTypeOf<Range | null>();
  expectTypeOf(estimateFlatFee(profile).unitCosts.cpa).toEqualTypeOf<number | null>();
  const comparison = compareCompensation(profile, { costPerClick: 1, averageOrderValue: 50 });
  expectTypeOf(comparison.hybrid).toEqualTypeOf<(HybridResult & { readonly comparison: ModelComparison }) | undefined>();
  expectTypeOf(comparison.recommendation.model).toEqualTypeOf<CompensationModel | null>();
  expectTypeOf(comparison.breakEven.clickThroughRate).toEqualTypeOf<number | null>();
});

test("a pay-per-click estimate needs a price and a referral an order value", () => {
  // @ts-expect-error [ts2345] - costPerClick is required
  estimatePayPerClick(profile, {});
  // @ts-expect-error [ts2554] - the options with costPerClick are required
  estimatePayPerClick(profile);
  // @ts-expect-error [ts2345] - averageOrderValue is required
  estimateReferral(profile, { commissionRate: 0.1 });
  // @ts-expect-error [ts2345] - compareCompensation needs both
  compareCompensation(profile, { costPerClick: 1 });
});

test("options take formats, days and rate cards of the right types", () => {
  estimateFlatFee(profile, { format: "reel", usageRightsDays: 30, currency: "USD", rateCard: RATE_CARD, quantiles: { low: 0.25 } });
  // @ts-expect-error [ts2322] - not a post format
  estimateFlatFee(profile, { format: "podcast" });
  // @ts-expect-error [ts2322] - days are numbers
  estimateFlatFee(profile, { usageRightsDays: "30" });
  expectTypeOf(RATE_CARD).toEqualTypeOf<RateCard>();
});

test("a rate estimate needs a median or a band", () => {
  expectTypeOf({ expected: 0.3, source: "a" }).toExtend<RateEstimate>();
  expectTypeOf({ low: 0.1, high: 0.3, source: "b" }).toExtend<RateEstimate>();
  expectTypeOf({ low: 0.1, source: "c" }).not.toExtend<RateEstimate>();
});
