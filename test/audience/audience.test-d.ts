import { expectTypeOf, test } from "vitest";
import {
  measureBenfordConformity,
  estimateAudienceAuthenticity,
  estimateFakeAccountProbability,
  type AudienceAuthenticityEstimate,
  type BenfordConformityResult,
  type EstimateAudienceAuthenticityOptions,
  type FakeAccountFeatureKey,
  type FakeAccountProbabilityResult,
  type ThresholdBand,
} from "../../src/index.js";

const account = { followers: 12, following: 4100, posts: 0 };

test("estimateFakeAccountProbability returns a FakeAccountProbabilityResult with typed factor keys", () => {
  expectTypeOf(estimateFakeAccountProbability(account)).toEqualTypeOf<FakeAccountProbabilityResult>();
  expectTypeOf(estimateFakeAccountProbability(account).probability).toEqualTypeOf<number>();
  expectTypeOf(estimateFakeAccountProbability(account).factors[0]?.key).toEqualTypeOf<FakeAccountFeatureKey | undefined>();
  expectTypeOf(estimateFakeAccountProbability(account).factors[0]?.value).toEqualTypeOf<number | null | undefined>();
});

test("estimateFakeAccountProbability rejects wrong calls at compile time", () => {
  // @ts-expect-error [ts2345] - a follower account is an object, not a number
  estimateFakeAccountProbability(12);
  // @ts-expect-error [ts2345] - counts are numbers, not strings
  estimateFakeAccountProbability({ followers: "12", following: 4100, posts: 0 });
  // @ts-expect-error [ts2345] - following and posts are required
  estimateFakeAccountProbability({ followers: 12 });
});

test("estimateAudienceAuthenticity takes a readonly sample and optional, possibly undefined options", () => {
  const sample: readonly (typeof account)[] = [account];
  expectTypeOf(estimateAudienceAuthenticity(sample)).toEqualTypeOf<AudienceAuthenticityEstimate>();
  const options: EstimateAudienceAuthenticityOptions | undefined = undefined;
  expectTypeOf(estimateAudienceAuthenticity(sample, options).thresholdBand).toEqualTypeOf<ThresholdBand | null>();
  expectTypeOf(estimateAudienceAuthenticity(sample, { threshold: undefined }).method).toEqualTypeOf<"rogan-gladen-wilson">();
  // @ts-expect-error [ts2345] - a sample is an array of accounts, not one account
  estimateAudienceAuthenticity(account);
  // @ts-expect-error [ts2353] - misspelt option
  estimateAudienceAuthenticity(sample, { treshold: 0.3 });
});

test("measureBenfordConformity narrows on conforms: statistics are numbers exactly when a verdict exists", () => {
  const result: BenfordConformityResult = measureBenfordConformity([1, 2, 3]);
  expectTypeOf(result.mad).toEqualTypeOf<number | null>();
  if (result.conforms !== null) {
    expectTypeOf(result.mad).toEqualTypeOf<number>();
    expectTypeOf(result.pValue).toEqualTypeOf<number>();
  } else {
    expectTypeOf(result.mad).toEqualTypeOf<null>();
  }
  // @ts-expect-error [ts2345] - values are numbers
  measureBenfordConformity(["1"]);
});
