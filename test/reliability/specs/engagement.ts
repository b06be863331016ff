// Property specs of the engagement area: measureEngagementRate, scoreEngagement, calibrateEngagementBenchmarks.
import { fc } from "@fast-check/vitest";
import { expect } from "vitest";
import {
  ENGAGEMENT_ACTIONS,
  ENGAGEMENT_BASES,
  calibrateEngagementBenchmarks,
  measureEngagementRate,
  scoreEngagement,
  type CalibrateEngagementBenchmarksOptions,
  type CalibrateEngagementBenchmarksResult,
  type EngagementOutlier,
  type MeasureEngagementRateOptions,
  type EngagementScore,
  type InfluencerProfileInput,
  type PostMetricsInput,
  type ScoreEngagementOptions,
} from "../../../src/index.js";
import {
  actions,
  badChoice,
  badCount,
  badPlatform,
  engagementOptions,
  followers,
  hostilePost,
  hostileVariant,
  optional,
  optionalLeaf,
  permutation,
  permute,
  platform,
  post,
  posts,
  profile,
  required,
  withoutUndefined,
  type Shape,
} from "../../arbitraries/index.js";
import { defineSpec, mixedRows, type Spec } from "../harness.js";
import { badRow, badRows, profileAndOptionsHostile, rawAndParsed, reorderedProfile } from "./common.js";

const rateOptions: fc.Arbitrary<MeasureEngagementRateOptions | undefined> = optional(
  fc
    .record({
      followers: optional(followers),
      basis: optional(fc.constantFrom(...ENGAGEMENT_BASES)),
      actions: optional(actions),
      platform: optional(platform),
    })
    .map(withoutUndefined),
);

export const actionsShape: Shape = { kind: "array", item: required(badChoice(ENGAGEMENT_ACTIONS)), minLength: 1 };

const rateOptionsShape: Shape = {
  kind: "object",
  fields: { followers: optionalLeaf(badCount), basis: optionalLeaf(badChoice(ENGAGEMENT_BASES)), actions: actionsShape, platform: optionalLeaf(badPlatform) },
};

/** A table that is not a benchmark table. */
const badTable = fc.constantFrom(5, "ENGAGEMENT_BENCHMARKS", null, [], true, { creators: 5 });

export const engagementShape: Shape = {
  kind: "object",
  fields: { basis: optionalLeaf(badChoice(ENGAGEMENT_BASES)), actions: actionsShape, benchmarks: optionalLeaf(badTable) },
};

const scoreOptions: fc.Arbitrary<ScoreEngagementOptions | undefined> = optional(engagementOptions);

/** Outliers point at posts: read their positions through the permutation, in the original's order. */
function alignOutliers(outliers: readonly EngagementOutlier[], order: readonly number[]): EngagementOutlier[] {
  return outliers.map((outlier) => ({ ...outlier, index: order[outlier.index] ?? -1 })).sort((left, right) => left.index - right.index);
}

/** A scoreEngagement result read back in the original post order. */
export function alignEngagement(result: EngagementScore, order: readonly number[]): EngagementScore {
  return { ...result, outliers: alignOutliers(result.outliers, order) };
}

/** Calibration inputs: a few varied profiles, or a cluster big enough (5+) to calibrate a cell. */
const cluster: fc.Arbitrary<InfluencerProfileInput[]> = fc
  .tuple(platform, fc.integer({ min: 10_000, max: 49_999 }), fc.array(posts, { minLength: 5, maxLength: 8 }))
  .map(([where, size, postLists]) => postLists.map((list, index) => ({ platform: where, followers: size + index, posts: list })));

const profilesToCalibrate: fc.Arbitrary<InfluencerProfileInput[]> = fc.oneof(fc.array(profile, { maxLength: 4 }), cluster);

const calibrateOptions: fc.Arbitrary<CalibrateEngagementBenchmarksOptions | undefined> = optional(
  fc
    .record({
      basis: optional(fc.constantFrom(...ENGAGEMENT_BASES)),
      actions: optional(actions),
      minProfilesPerCell: optional(fc.integer({ min: 5, max: 60 })),
      source: optional(fc.constant("Our agency's roster, 2026")),
      year: optional(fc.integer({ min: 2000, max: 2030 })),
      version: optional(fc.constant("2026.1")),
      date: optional(fc.constant("2026-03-01")),
    })
    .map(withoutUndefined),
);

const calibrateShape: Shape = {
  kind: "object",
  fields: {
    basis: optionalLeaf(badChoice(ENGAGEMENT_BASES)),
    actions: actionsShape,
    fallback: optionalLeaf(badTable),
    minProfilesPerCell: optionalLeaf(fc.oneof(badCount, fc.constantFrom(0, 4))),
    source: optionalLeaf(fc.constantFrom("", 5, null)),
    year: optionalLeaf(fc.constantFrom(1.5, Number.NaN, "2026", null)),
    version: optionalLeaf(fc.constantFrom("", 5, null)),
    date: optionalLeaf(fc.constantFrom("", 5, null)),
  },
};

export const engagementSpecs: Readonly<Record<string, Spec>> = {
  measureEngagementRate: defineSpec({
    area: "engagement",
    fn: measureEngagementRate,
    call: (item: PostMetricsInput, options?: MeasureEngagementRateOptions) => measureEngagementRate(item, options),
    valid: fc.tuple(post, rateOptions),
    // A rate is a finite non-negative fraction (it may exceed 1), or null when the denominator is missing or zero.
    check: (result) => {
      if (result !== null) expect(Number.isFinite(result) && result >= 0).toBe(true);
    },
    hostile: fc.oneof(
      fc.tuple(hostilePost, rateOptions).map(([bad, options]) => ({ args: [bad.value, options], path: bad.path })),
      fc.tuple(post, hostileVariant(rateOptions.map((options) => options ?? {}), rateOptionsShape)).map(([item, bad]) => ({ args: [item, bad.value], path: bad.path })),
    ),
  }),

  scoreEngagement: defineSpec({
    area: "engagement",
    fn: scoreEngagement,
    call: (input: InfluencerProfileInput, options?: ScoreEngagementOptions) => scoreEngagement(input, options),
    valid: fc.tuple(profile, scoreOptions),
    check: (result) => {
      expect(result.percentile).toBe(result.score);
      if (result.score === null) expect(result.factors).toStrictEqual([]);
      if (result.rate === null) expect(result.provenance).toBe("none");
      if (result.interval !== null && result.estimate !== null) expect(result.interval.lower <= result.estimate && result.estimate <= result.interval.upper).toBe(true);
    },
    hostile: profileAndOptionsHostile(scoreOptions.map((options) => options ?? {}), engagementShape),
    reorder: { what: "the posts and the follower history", inputs: reorderedProfile(scoreOptions), align: alignEngagement },
    sameAs: { what: "for a profile from parseProfile as for the raw profile", inputs: rawAndParsed(scoreOptions) },
  }),

  calibrateEngagementBenchmarks: defineSpec({
    area: "engagement",
    fn: calibrateEngagementBenchmarks,
    call: (inputs: readonly unknown[], options?: CalibrateEngagementBenchmarksOptions) => calibrateEngagementBenchmarks(inputs, options),
    valid: fc.tuple(profilesToCalibrate, calibrateOptions),
    check: (result, [inputs]) => {
      expect(result.errors).toStrictEqual([]);
      // Every profile is in a cell, skipped or excluded.
      expect(result.cells.reduce((total, cell) => total + cell.profiles, 0) + result.skipped + result.excluded.length).toBe(inputs.length);
      // The table it returns is one scoreEngagement accepts.
      expect(() => scoreEngagement({ platform: "instagram", followers: 20_000 }, { benchmarks: result.table })).not.toThrow();
    },
    hostile: fc.oneof(
      fc.tuple(profilesToCalibrate, hostileVariant(calibrateOptions.map((options) => options ?? {}), calibrateShape)).map(([inputs, bad]) => ({ args: [inputs, bad.value], path: bad.path })),
      badRows.map((bad) => ({ args: [bad, undefined], path: [] })),
    ),
    batch: {
      rows: mixedRows(profile, badRow, 5).map(({ rows, bad }) => ({ args: [rows, undefined] as const, bad })),
      errors: (result) => result.errors,
      // Good rows are counted, not listed: each is in a cell, skipped or excluded.
      good: (result) => result.cells.reduce((total, cell) => total + cell.profiles, 0) + result.skipped + result.excluded.length,
    },
    reorder: {
      what: "the profiles",
      inputs: fc
        .tuple(profilesToCalibrate, calibrateOptions, fc.array(fc.nat(), { minLength: 8, maxLength: 8 }))
        .map(([inputs, options, randoms]) => {
          const order = permutation(inputs.length, randoms);
          return { original: [inputs, options] as const, reordered: [permute(inputs, order), options] as const, order };
        }),
      // Excluded profiles are listed by input position: read them back in the original order.
      align: (result: CalibrateEngagementBenchmarksResult, order: readonly number[]) => ({
        ...result,
        excluded: result.excluded.map((row) => ({ ...row, index: order[row.index] ?? -1 })).sort((left, right) => left.index - right.index),
      }),
    },
  }),
};
