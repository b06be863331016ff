// Property specs of the audience area: estimateFakeAccountProbability, estimateAudienceAuthenticity, measureBenfordConformity.
import { fc } from "@fast-check/vitest";
import { expect } from "vitest";
import {
  measureBenfordConformity,
  estimateAudienceAuthenticity,
  FAKE_ACCOUNT_MODEL,
  estimateFakeAccountProbability,
  type AudienceAccount,
  type MeasureBenfordConformityOptions,
  type EstimateAudienceAuthenticityOptions,
  type EstimateFakeAccountProbabilityOptions,
} from "../../../src/index.js";
import {
  audienceAccount,
  audienceOptions,
  audienceSample,
  badChoice,
  badCount,
  badFraction,
  badLongText,
  badNonNegativeNumber,
  badPositiveInt,
  badText,
  benfordOptions,
  count,
  hostileAccount,
  hostileSample,
  hostileVariant,
  optional,
  optionalLeaf,
  permutation,
  permute,
  required,
  type Shape,
} from "../../arbitraries/index.js";
import { defineSpec, type Spec } from "../harness.js";

/** Not a finite number. */
const badFinite = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, "1", null, true, {}, []);
/** Not strictly between 0 and 1. */
const badOpenUnit = fc.oneof(badFraction, fc.constantFrom(0, 1));

/** A fake-account model, broken in one field. */
const modelShape: Shape = {
  kind: "object",
  fields: {
    name: required(badText),
    intercept: required(badFinite),
    threshold: required(badOpenUnit),
    trainingSize: required(badCount),
    features: {
      kind: "array",
      minLength: 1,
      item: { kind: "object", fields: { key: required(badChoice(FAKE_ACCOUNT_MODEL.features.map((feature) => feature.key))), coefficient: required(badFinite) } },
    },
  },
};

const modelOptions: fc.Arbitrary<EstimateFakeAccountProbabilityOptions | undefined> = optional(fc.record({ model: fc.constant(FAKE_ACCOUNT_MODEL) }, { requiredKeys: [] }));

export const estimateShape: Shape = {
  kind: "object",
  fields: {
    threshold: optionalLeaf(badFraction),
    sensitivity: optionalLeaf(badFraction),
    specificity: optionalLeaf(badFraction),
    confidenceLevel: optionalLeaf(badOpenUnit),
    thresholdBandWidth: optionalLeaf(fc.oneof(badNonNegativeNumber, fc.constantFrom(0.51, 1, 100))),
    model: modelShape,
  },
};

const estimateOptions: fc.Arbitrary<EstimateAudienceAuthenticityOptions | undefined> = optional(audienceOptions);

/** Values for the Benford test: counts (often 50+, so the test runs), zeros included. */
const benfordValues: fc.Arbitrary<number[]> = fc.oneof(
  fc.array(count, { maxLength: 10 }),
  fc.array(count, { minLength: 50, maxLength: 120 }),
  fc.array(fc.double({ min: 0, max: 1e9, noNaN: true }), { minLength: 50, maxLength: 80 }),
);

const benfordShape: Shape = {
  kind: "object",
  fields: {
    conformity: {
      kind: "object",
      fields: {
        source: required(badLongText),
        values: {
          kind: "object",
          required: true,
          fields: {
            minimumSampleSize: required(badPositiveInt),
            expectedMadFactor: required(fc.oneof(badNonNegativeNumber, fc.constant(0))),
            nonconformityMad: required(fc.oneof(badNonNegativeNumber, fc.constant(0))),
          },
        },
      },
    },
  },
};

export const audienceSpecs: Readonly<Record<string, Spec>> = {
  estimateFakeAccountProbability: defineSpec({
    area: "audience",
    fn: estimateFakeAccountProbability,
    call: (account: AudienceAccount, options?: EstimateFakeAccountProbabilityOptions) => estimateFakeAccountProbability(account, options),
    valid: fc.tuple(audienceAccount, modelOptions),
    check: (result) => {
      expect(result.isLikelyFake).toBe(result.probability >= result.threshold);
      // logit = intercept + Σ contributions (to rounding).
      const total = result.factors.reduce((sum, factor) => sum + factor.contribution, FAKE_ACCOUNT_MODEL.intercept);
      expect(result.logit).toBeCloseTo(total, 9);
    },
    hostile: fc.oneof(
      fc.tuple(hostileAccount, modelOptions).map(([bad, options]) => ({ args: [bad.value, options], path: bad.path })),
      fc.tuple(audienceAccount, hostileVariant(fc.constant({ model: FAKE_ACCOUNT_MODEL }), { kind: "object", fields: { model: modelShape } })).map(([account, bad]) => ({ args: [account, bad.value], path: bad.path })),
    ),
  }),

  estimateAudienceAuthenticity: defineSpec({
    area: "audience",
    fn: estimateAudienceAuthenticity,
    call: (sample: readonly AudienceAccount[], options?: EstimateAudienceAuthenticityOptions) => estimateAudienceAuthenticity(sample, options),
    valid: fc.tuple(audienceSample, estimateOptions),
    check: (result, [sample]) => {
      expect(result.fakeShare + result.authenticShare).toBeCloseTo(1, 12);
      expect(result.interval.low <= result.fakeShare && result.fakeShare <= result.interval.high).toBe(true);
      expect(result.sampleSize).toBe(sample.length);
      expect(result.flaggedCount <= result.sampleSize).toBe(true);
    },
    hostile: fc.oneof(
      fc.tuple(hostileSample, estimateOptions).map(([bad, options]) => ({ args: [bad.value, options], path: bad.path })),
      fc
        .tuple(audienceSample, hostileVariant(fc.constant({ model: FAKE_ACCOUNT_MODEL }), estimateShape))
        .map(([sample, bad]) => ({ args: [sample, bad.value], path: bad.path })),
    ),
    reorder: {
      what: "the sampled accounts",
      inputs: fc.tuple(audienceSample, estimateOptions, fc.array(fc.nat(), { minLength: 25, maxLength: 25 })).map(([sample, options, randoms]) => {
        const order = permutation(sample.length, randoms);
        return { original: [sample, options] as const, reordered: [permute(sample, order), options] as const, order };
      }),
    },
  }),

  measureBenfordConformity: defineSpec({
    area: "audience",
    fn: measureBenfordConformity,
    call: (values: readonly number[], options?: MeasureBenfordConformityOptions) => measureBenfordConformity(values, options),
    valid: fc.tuple(benfordValues, benfordOptions),
    check: (result, [values]) => {
      expect(result.n + result.skippedZeros).toBe(values.length);
      if (result.digitShares === null) {
        expect(result.conforms).toBeNull();
      } else {
        expect(result.digitShares.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 12);
        expect(result.pValue >= 0 && result.pValue <= 1).toBe(true);
        expect(result.conforms).toBe(result.mad <= result.madThreshold);
      }
    },
    hostile: fc.oneof(
      fc.tuple(hostileVariant(benfordValues, { kind: "array", item: required(badNonNegativeNumber) }), benfordOptions).map(([bad, options]) => ({ args: [bad.value, options], path: bad.path })),
      fc.tuple(benfordValues, hostileVariant(fc.constant({ conformity: { source: "test", values: { minimumSampleSize: 50, expectedMadFactor: 1.5, nonconformityMad: 0.015 } } }), benfordShape)).map(([values, bad]) => ({
        args: [values, bad.value],
        path: bad.path,
      })),
    ),
    reorder: {
      what: "the values",
      inputs: fc.tuple(benfordValues, benfordOptions, fc.array(fc.nat(), { minLength: 120, maxLength: 120 })).map(([values, options, randoms]) => {
        const order = permutation(values.length, randoms);
        return { original: [values, options] as const, reordered: [permute(values, order), options] as const, order };
      }),
    },
  }),
};
