// Every message of the audience area's option schemas, in ONE first test.
//
// Why one test, and why first: the library builds each zod schema on first use
// and caches it (STYLE R6), so Stryker's per-test coverage (docs/quality.md,
// "Mutation testing") credits a mutant inside a schema builder only to the
// first test of each file that happened to build that schema. The checks in
// audience.mutants.test.ts were never run against those mutants for that
// reason (each `it.each` case is a test of its own; only the first built the
// schema). This file's first test builds every audience schema (a custom
// fake-account model, the options of estimateFakeAccountProbability,
// estimateAudienceAuthenticity and measureBenfordConformity, a Benford conformity table,
// measureBenfordConformity's values) and compares each issue in full: path, code and
// message; the boundary values that must be accepted are in the same list.
import { describe, expect, it } from "vitest";
import { expectedIssue as issue, issuesOrNone as outcome } from "../arbitraries/laws.js";
import {
  BENFORD_CONFORMITY,
  measureBenfordConformity,
  estimateAudienceAuthenticity,
  FAKE_ACCOUNT_MODEL,
  estimateFakeAccountProbability,
  type InputIssue,
} from "../../src/index.js";

const account = { followers: 300, following: 280, posts: 45 };
// 20 values with leading digits 1–9: enough for measureBenfordConformity to run (only the options are checked here).
const values = Array.from({ length: 20 }, (_, index) => index + 1);

const model = FAKE_ACCOUNT_MODEL;
const [feature] = model.features;
const [point] = model.operatingPoints;
const table = BENFORD_CONFORMITY;

const FINITE = "expected a finite number";
const OPEN_UNIT = "expected a number strictly between 0 and 1";
const BAND_WIDTH = "expected a number between 0 and 0.5";
const KEYS =
  'expected one of "logPosts", "logFollowers", "logFollowingPerFollower", "logFollowingPerPost", "noProfilePicture", "usernameDigitShare", "usernameEndsWithDigit", "isPrivate"';


/** estimateFakeAccountProbability with `patch` over the shipped model. */
const withModel = (patch: object) => (): unknown => estimateFakeAccountProbability(account, { model: { ...model, ...patch } });
/** measureBenfordConformity with `patch` over the shipped conformity table's values. */
const withTableValues = (patch: object) => (): unknown => measureBenfordConformity(values, { conformity: { ...table, values: { ...table.values, ...patch } } });

describe("audience option messages", () => {
  it("names every malformed option, model and table field in the library's words", () => {
    if (feature === undefined || point === undefined) throw new Error("the shipped model has features and operating points");
    const cases: [string, () => unknown, readonly InputIssue[] | "no error"][] = [
      // A fake-account model.
      ["model not an object", () => estimateFakeAccountProbability(account, { model: 5 } as never), [issue(["model"], "model", "invalid_type", "expected a fake-account model object", "5")]],
      ["intercept not a number", withModel({ intercept: "x" }), [issue(["model", "intercept"], "model.intercept", "invalid_type", FINITE, '"x"')]],
      ["features not an array", withModel({ features: 5 }), [issue(["model", "features"], "model.features", "invalid_type", "expected an array of features", "5")]],
      ["no features", withModel({ features: [] }), [issue(["model", "features"], "model.features", "too_small", "expected at least one feature", "an empty array")]],
      [
        "feature not an object",
        withModel({ features: [5] }),
        [issue(["model", "features", 0], "model.features[0]", "invalid_type", "expected a feature object with key, coefficient, mean, min and max", "5")],
      ],
      ["unknown feature key", withModel({ features: [{ ...feature, key: "nope" }] }), [issue(["model", "features", 0, "key"], "model.features[0].key", "invalid_value", KEYS, '"nope"')]],
      [
        "feature without a coefficient",
        withModel({ features: [{ key: feature.key, mean: feature.mean, min: feature.min, max: feature.max }] }),
        [issue(["model", "features", 0, "coefficient"], "model.features[0].coefficient", "invalid_type", FINITE, "nothing")],
      ],
      ["feature mean not a number", withModel({ features: [{ ...feature, mean: "x" }] }), [issue(["model", "features", 0, "mean"], "model.features[0].mean", "invalid_type", FINITE, '"x"')]],
      ["feature min not a number", withModel({ features: [{ ...feature, min: "x" }] }), [issue(["model", "features", 0, "min"], "model.features[0].min", "invalid_type", FINITE, '"x"')]],
      ["feature max not a number", withModel({ features: [{ ...feature, max: "x" }] }), [issue(["model", "features", 0, "max"], "model.features[0].max", "invalid_type", FINITE, '"x"')]],
      // The mean must lie in [min, max]: 1 above max, 1 below min are refused; exactly min or max is accepted.
      [
        "feature mean above max",
        withModel({ features: [{ ...feature, mean: feature.max + 1 }] }),
        [issue(["model", "features", 0, "mean"], "model.features[0].mean", "invalid_value", "expected a mean between min and max", String(feature.max + 1))],
      ],
      [
        "feature mean below min",
        withModel({ features: [{ ...feature, mean: feature.min - 1 }] }),
        [issue(["model", "features", 0, "mean"], "model.features[0].mean", "invalid_value", "expected a mean between min and max", String(feature.min - 1))],
      ],
      ["feature mean at min", withModel({ features: [{ ...feature, mean: feature.min }] }), "no error"],
      ["feature mean at max", withModel({ features: [{ ...feature, mean: feature.max }] }), "no error"],
      // Every logit must stay finite: |intercept| ≤ 1000 and |coefficient| × (max − min) ≤ 1000 per feature (10 × 100 = 1000 is accepted).
      ["intercept 1001", withModel({ intercept: 1001 }), [issue(["model", "intercept"], "model.intercept", "too_big", "expected a number between -1000 and 1000", "1001")]],
      ["intercept −1001", withModel({ intercept: -1001 }), [issue(["model", "intercept"], "model.intercept", "too_small", "expected a number between -1000 and 1000", "-1001")]],
      ["intercept 1000", withModel({ intercept: 1000 }), "no error"],
      ["intercept −1000", withModel({ intercept: -1000 }), "no error"],
      ["coefficient × range 1000", withModel({ features: [{ ...feature, coefficient: -100, mean: 0, min: 0, max: 10 }] }), "no error"],
      [
        "coefficient × range above 1000",
        withModel({ features: [{ ...feature, coefficient: -100.001, mean: 0, min: 0, max: 10 }] }),
        [issue(["model", "features", 0, "coefficient"], "model.features[0].coefficient", "invalid_value", "expected |coefficient| × (max − min) of at most 1000", "-100.001")],
      ],
      [
        "range wider than a double",
        withModel({ features: [{ ...feature, coefficient: 0, mean: 0, min: -1e308, max: 1e308 }] }),
        [issue(["model", "features", 0, "max"], "model.features[0].max", "invalid_value", "expected max − min to be a finite number", "1e+308")],
      ],
      ["feature twice", withModel({ features: [feature, feature] }), [issue(["model", "features"], "model.features", "invalid_value", "expected each feature key at most once", "an array")]],
      ["threshold not a number", withModel({ threshold: "x" }), [issue(["model", "threshold"], "model.threshold", "invalid_type", OPEN_UNIT, '"x"')]],
      ["threshold 0", withModel({ threshold: 0 }), [issue(["model", "threshold"], "model.threshold", "too_small", OPEN_UNIT, "0")]],
      ["threshold 1", withModel({ threshold: 1 }), [issue(["model", "threshold"], "model.threshold", "too_big", OPEN_UNIT, "1")]],
      [
        "operating points not an array",
        withModel({ operatingPoints: 5 }),
        [issue(["model", "operatingPoints"], "model.operatingPoints", "invalid_type", "expected an array of operating points", "5")],
      ],
      [
        "no operating points",
        withModel({ operatingPoints: [] }),
        [issue(["model", "operatingPoints"], "model.operatingPoints", "too_small", "expected at least one operating point", "an empty array")],
      ],
      [
        "operating point not an object",
        withModel({ operatingPoints: [5] }),
        [issue(["model", "operatingPoints", 0], "model.operatingPoints[0]", "invalid_type", "expected an operating point with threshold, sensitivity and specificity", "5")],
      ],
      [
        "operating point without a threshold",
        withModel({ operatingPoints: [{ sensitivity: point.sensitivity, specificity: point.specificity }] }),
        [issue(["model", "operatingPoints", 0, "threshold"], "model.operatingPoints[0].threshold", "invalid_type", OPEN_UNIT, "nothing")],
      ],
      [
        "the same threshold twice",
        withModel({ operatingPoints: [point, point] }),
        [issue(["model", "operatingPoints"], "model.operatingPoints", "invalid_value", "expected operating points in strictly increasing threshold order", "an array")],
      ],
      [
        "more fakes than accounts",
        withModel({ trainingFakeCount: model.trainingSize + 1 }),
        [issue(["model", "trainingFakeCount"], "model.trainingFakeCount", "invalid_value", "expected at most trainingSize", String(model.trainingSize + 1))],
      ],
      ["every account fake", withModel({ trainingFakeCount: model.trainingSize }), "no error"],
      // The options objects.
      ["probability options not an object", () => estimateFakeAccountProbability(account, 5 as never), [issue([], "", "invalid_type", "expected an options object", "5")]],
      ["estimate options not an object", () => estimateAudienceAuthenticity([account], 5 as never), [issue([], "", "invalid_type", "expected an options object", "5")]],
      [
        "estimate model",
        () => estimateAudienceAuthenticity([account], { model: { ...model, intercept: "x" } } as never),
        [issue(["model", "intercept"], "model.intercept", "invalid_type", FINITE, '"x"')],
      ],
      ["confidence level 1", () => estimateAudienceAuthenticity([account], { confidenceLevel: 1 }), [issue(["confidenceLevel"], "confidenceLevel", "too_big", OPEN_UNIT, "1")]],
      [
        "band width not a number",
        () => estimateAudienceAuthenticity([account], { thresholdBandWidth: "x" } as never),
        [issue(["thresholdBandWidth"], "thresholdBandWidth", "invalid_type", BAND_WIDTH, '"x"')],
      ],
      ["band width −1", () => estimateAudienceAuthenticity([account], { thresholdBandWidth: -1 }), [issue(["thresholdBandWidth"], "thresholdBandWidth", "too_small", BAND_WIDTH, "-1")]],
      ["band width 0.6", () => estimateAudienceAuthenticity([account], { thresholdBandWidth: 0.6 }), [issue(["thresholdBandWidth"], "thresholdBandWidth", "too_big", BAND_WIDTH, "0.6")]],
      // measureBenfordConformity: values, options, conformity table.
      ["values not an array", () => measureBenfordConformity(5 as never), [issue([], "", "invalid_type", "expected an array of finite non-negative numbers", "5")]],
      ["Benford options not an object", () => measureBenfordConformity(values, 5 as never), [issue([], "", "invalid_type", "expected an options object", "5")]],
      [
        "table not an object",
        () => measureBenfordConformity(values, { conformity: 5 } as never),
        [issue(["conformity"], "conformity", "invalid_type", "expected a conformity table with source and values", "5")],
      ],
      [
        "table without a source",
        () => measureBenfordConformity(values, { conformity: { values: table.values } } as never),
        [issue(["conformity", "source"], "conformity.source", "invalid_type", "expected a non-empty string of at most 1000 characters", "nothing")],
      ],
      [
        "table values not an object",
        () => measureBenfordConformity(values, { conformity: { ...table, values: 5 } } as never),
        [issue(["conformity", "values"], "conformity.values", "invalid_type", "expected an object with minimumSampleSize, expectedMadFactor and nonconformityMad", "5")],
      ],
      [
        "minimum sample size 1.5",
        withTableValues({ minimumSampleSize: 1.5 }),
        [issue(["conformity", "values", "minimumSampleSize"], "conformity.values.minimumSampleSize", "invalid_type", "expected a positive integer", "1.5")],
      ],
      [
        "minimum sample size 0",
        withTableValues({ minimumSampleSize: 0 }),
        [issue(["conformity", "values", "minimumSampleSize"], "conformity.values.minimumSampleSize", "too_small", "expected a positive integer", "0")],
      ],
      [
        "no expected MAD factor",
        () => measureBenfordConformity(values, { conformity: { ...table, values: { minimumSampleSize: 50, nonconformityMad: 0.015 } } } as never),
        [issue(["conformity", "values", "expectedMadFactor"], "conformity.values.expectedMadFactor", "invalid_type", "expected a finite positive number", "nothing")],
      ],
    ];
    const found = cases.map(([name, call]) => [name, outcome(call)] as const);
    expect(found).toEqual(cases.map(([name, , expected]) => [name, expected]));
  });
});
