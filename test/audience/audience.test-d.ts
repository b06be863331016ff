import { expectTypeOf, test } from "vitest";
import {
  benfordTest,
  estimateAudienceAuthenticity,
  fakeAccountProbability,
  type AudienceAuthenticityEstimate,
  type BenfordTestResult,
  type EstimateAudienceAuthenticityOptions,
  type FakeAccountFeatureKey,
  type FakeAccountProbabilityResult,
  type ThresholdBand,
} from "../../src/index.js";

const account = { followers: 12, following: 4100, posts: 0 };

test("fakeAccountProbability returns a FakeAccountProbabilityResult with typed factor keys", () => {
  expectTypeOf(fakeAccountProbability(account)).toEqualTypeOf<FakeAccountProbabilityResult>();
  expectTypeOf(fakeAccountProbability(account).probability).toEqualTypeOf<number>();
  expectTypeOf(fakeAccountProbability(account).factors[0]?.key).toEqualTypeOf<FakeAccountFeatureKey | undefined>();
  expectTypeOf(fakeAccountProbability(account).factors[0]?.value).toEqualTypeOf<number | null | undefined>();
});

test("fakeAccountProbability rejects wrong calls at compile time", () => {
  // @ts-expect-error [ts2345] - a follower account is an object, not a number
  fakeAccountProbability(12);
  // @ts-expect-error [ts2345] - counts are numbers, not strings
  fakeAccountProbability({ followers: "12", following: 4100, posts: 0 });
  // @ts-expect-error [ts2345] - following and posts are required
  fakeAccountProbability({ followers: 12 });
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

test("benfordTest narrows on conforms: statistics are numbers exactly when a verdict exists", () => {
  const result: BenfordTestResult = benfordTest([1, 2, 3]);
  expectTypeOf(result.mad).toEqualTypeOf<number | null>();
  if (result.conforms !== null) {
    expectTypeOf(result.mad).toEqualTypeOf<number>();
    expectTypeOf(result.pValue).toEqualTypeOf<number>();
  } else {
    expectTypeOf(result.mad).toEqualTypeOf<null>();
  }
  // @ts-expect-error [ts2345] - values are numbers
  benfordTest(["1"]);
});
