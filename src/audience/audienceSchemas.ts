import * as z from "zod/mini";
import { fraction, nonNegativeInt, nonNegativeNumber, oneOf, optionsObject, positiveNumber, text } from "../schemas/fields.js";
import type { BenfordConformityTable, MeasureBenfordConformityOptions } from "./measureBenfordConformity.js";
import type { EstimateAudienceAuthenticityOptions } from "./estimateAudienceAuthenticity.js";
import { FAKE_ACCOUNT_FEATURE_KEYS, type FakeAccountModel } from "./fakeAccountFeatures.js";
import type { EstimateFakeAccountProbabilityOptions } from "./estimateFakeAccountProbability.js";

// Lazily built schemas for the audience area's options (R6: nothing is built on import).

let modelSchema: z.ZodMiniType<FakeAccountModel> | undefined;
let probabilityOptionsSchema: z.ZodMiniType<EstimateFakeAccountProbabilityOptions | undefined> | undefined;
let estimateOptionsSchema: z.ZodMiniType<EstimateAudienceAuthenticityOptions | undefined> | undefined;
let benfordOptionsSchema: z.ZodMiniType<MeasureBenfordConformityOptions | undefined> | undefined;
let valuesSchema: z.ZodMiniType<number[]> | undefined;

const FINITE = "expected a finite number";
const OPEN_UNIT = "expected a number strictly between 0 and 1";
const BAND_WIDTH = "expected a number between 0 and 0.5";

// Bounds that keep every logit a model can produce finite (a logit of NaN or ±Infinity would give a
// NaN probability, which estimateAudienceAuthenticity counted as "not fake"). A feature's value is
// clamp(x, min, max) and min ≤ mean ≤ max, so |value − mean| ≤ max − min; floating-point subtraction
// and multiplication round monotonically, so the computed |coefficient · (value − mean)| never
// exceeds the computed |coefficient| · (max − min). With that product at most MAX_LOGIT_TERM for
// each feature (at most 8: keys are unique) and |intercept| at most MAX_LOGIT_TERM, |logit| ≤ 9,000.
// The bound is generous: a term of 37 already puts the probability within 1e-16 of 0 or 1
// (e^−37 ≈ 8.5e-17); the shipped model's largest is 0.928309 × (8.92239 + 3.34664) ≈ 11.4.
const MAX_LOGIT_TERM = 1_000;
// Plain literals, not templates over MAX_LOGIT_TERM: a template at module scope is kept by bundlers
// that cannot prove it pure, and added 0.08 kB to every entry point (classifyTier's included).
const INTERCEPT = "expected a number between -1000 and 1000";
const COEFFICIENT = "expected |coefficient| × (max − min) of at most 1000";
const SPAN = "expected max − min to be a finite number";

function finite(): z.ZodMiniType<number> {
  return z.number({ error: FINITE });
}

function openUnit(): z.ZodMiniType<number> {
  return z.number({ error: OPEN_UNIT }).check(z.gt(0, { error: OPEN_UNIT }), z.lt(1, { error: OPEN_UNIT }));
}

/** Whether thresholds (all above 0) strictly increase. */
function isIncreasing(points: readonly { readonly threshold: number }[]): boolean {
  let previous = 0;
  for (const point of points) {
    if (point.threshold <= previous) return false;
    previous = point.threshold;
  }
  return true;
}

/** Schema of a user-supplied {@link FakeAccountModel}. @internal */
export function fakeAccountModelSchema(): z.ZodMiniType<FakeAccountModel> {
  modelSchema ??= z
    .object(
      {
        name: text(200),
        source: text(1_000),
        url: z.optional(text(1_000)),
        license: z.optional(text(200)),
        fittedOn: text(100),
        script: text(1_000),
        trainingSize: nonNegativeInt(),
        trainingFakeCount: nonNegativeInt(),
        intercept: finite().check(z.gte(-MAX_LOGIT_TERM, { error: INTERCEPT }), z.lte(MAX_LOGIT_TERM, { error: INTERCEPT })),
        features: z
          .array(
            z
              .object(
                { key: oneOf(FAKE_ACCOUNT_FEATURE_KEYS), coefficient: finite(), mean: finite(), min: finite(), max: finite() },
                { error: "expected a feature object with key, coefficient, mean, min and max" },
              )
              .check(
                z.refine((feature) => feature.min <= feature.mean && feature.mean <= feature.max, {
                  error: "expected a mean between min and max",
                  path: ["mean"],
                }),
                // min −1e308 and max 1e308 make max − min Infinity: the bound below could not hold.
                z.refine((feature) => Number.isFinite(feature.max - feature.min), { error: SPAN, path: ["max"] }),
                // Written as "not above" so a zero coefficient over an infinite span (0 × Infinity = NaN) is left to SPAN.
                z.refine((feature) => !(Math.abs(feature.coefficient) * (feature.max - feature.min) > MAX_LOGIT_TERM), {
                  error: COEFFICIENT,
                  path: ["coefficient"],
                }),
              ),
            { error: "expected an array of features" },
          )
          .check(
            z.minLength(1, { error: "expected at least one feature" }),
            z.refine((features) => new Set(features.map((feature) => feature.key)).size === features.length, {
              error: "expected each feature key at most once",
            }),
          ),
        threshold: openUnit(),
        crossValidatedAuc: fraction(),
        folds: nonNegativeInt(),
        operatingPoints: z
          .array(
            z.object(
              { threshold: openUnit(), sensitivity: fraction(), specificity: fraction() },
              { error: "expected an operating point with threshold, sensitivity and specificity" },
            ),
            { error: "expected an array of operating points" },
          )
          .check(
            z.minLength(1, { error: "expected at least one operating point" }),
            z.refine(isIncreasing, { error: "expected operating points in strictly increasing threshold order" }),
          ),
      },
      { error: "expected a fake-account model object" },
    )
    .check(
      z.refine((model) => model.trainingFakeCount <= model.trainingSize, {
        error: "expected at most trainingSize",
        path: ["trainingFakeCount"],
      }),
    );
  return modelSchema;
}

/** Schema of {@link EstimateFakeAccountProbabilityOptions}. @internal */
export function estimateFakeAccountProbabilityOptionsSchema(): z.ZodMiniType<EstimateFakeAccountProbabilityOptions | undefined> {
  probabilityOptionsSchema ??= z.optional(optionsObject({ model: z.optional(fakeAccountModelSchema()) }));
  return probabilityOptionsSchema;
}

/** Schema of {@link EstimateAudienceAuthenticityOptions}. @internal */
export function estimateAudienceAuthenticityOptionsSchema(): z.ZodMiniType<EstimateAudienceAuthenticityOptions | undefined> {
  estimateOptionsSchema ??= z.optional(
    optionsObject({
      threshold: z.optional(fraction()),
      sensitivity: z.optional(fraction()),
      specificity: z.optional(fraction()),
      confidenceLevel: z.optional(openUnit()),
      thresholdBandWidth: z.optional(z.number({ error: BAND_WIDTH }).check(z.gte(0, { error: BAND_WIDTH }), z.lte(0.5, { error: BAND_WIDTH }))),
      model: z.optional(fakeAccountModelSchema()),
    }),
  );
  return estimateOptionsSchema;
}

function conformityTableSchema(): z.ZodMiniType<BenfordConformityTable> {
  const positiveInteger = "expected a positive integer";
  return z.object(
    {
      source: text(1_000),
      url: z.optional(text(1_000)),
      values: z.object(
        {
          minimumSampleSize: z.int({ error: positiveInteger }).check(z.gte(1, { error: positiveInteger })),
          expectedMadFactor: positiveNumber(),
          nonconformityMad: positiveNumber(),
        },
        { error: "expected an object with minimumSampleSize, expectedMadFactor and nonconformityMad" },
      ),
    },
    { error: "expected a conformity table with source and values" },
  );
}

/** Schema of {@link MeasureBenfordConformityOptions}. @internal */
export function measureBenfordConformityOptionsSchema(): z.ZodMiniType<MeasureBenfordConformityOptions | undefined> {
  benfordOptionsSchema ??= z.optional(optionsObject({ conformity: z.optional(conformityTableSchema()) }));
  return benfordOptionsSchema;
}

/** Schema of the values of {@link measureBenfordConformity}: finite non-negative numbers. @internal */
export function benfordValuesSchema(): z.ZodMiniType<number[]> {
  valuesSchema ??= z.array(nonNegativeNumber(), { error: "expected an array of finite non-negative numbers" });
  return valuesSchema;
}
