import { expectTypeOf, test } from "vitest";
import {
  calibrateEngagementBenchmarks,
  ENGAGEMENT_BENCHMARKS,
  measureEngagementRate,
  parseProfile,
  scoreEngagement,
  type CalibrateEngagementBenchmarksResult,
  type EngagementAction,
  type EngagementBand,
  type EngagementBasis,
  type EngagementBenchmarkTable,
  type MeasureEngagementRateOptions,
  type EngagementScore,
} from "../../src/index.js";

test("measureEngagementRate returns a number or null", () => {
  expectTypeOf(measureEngagementRate({ likes: 1, comments: 0 }, { followers: 10 })).toEqualTypeOf<number | null>();
  // @ts-expect-error [ts2322] - the basis is one of four denominators, not an action
  measureEngagementRate({ likes: 1, comments: 0 }, { basis: "likes" });
  // @ts-expect-error [ts2345] - likes and comments are required counts
  measureEngagementRate({ likes: 1 });
  // Options may be passed through as undefined
  expectTypeOf(measureEngagementRate).parameter(1).toEqualTypeOf<MeasureEngagementRateOptions | undefined>();
  measureEngagementRate({ likes: 1, comments: 0 }, undefined);
});

test("scoreEngagement accepts raw and parsed profiles and returns an EngagementScore", () => {
  expectTypeOf(scoreEngagement({ platform: "instagram", followers: 10 })).toEqualTypeOf<EngagementScore>();
  expectTypeOf(scoreEngagement(parseProfile({ platform: "tiktok", followers: 10 }))).toEqualTypeOf<EngagementScore>();
  expectTypeOf<EngagementScore["score"]>().toEqualTypeOf<number | null>();
  expectTypeOf<EngagementScore["band"]>().toEqualTypeOf<EngagementBand>();
  expectTypeOf<EngagementScore["basis"]>().toEqualTypeOf<EngagementBasis>();
  expectTypeOf<EngagementScore["actions"]>().toEqualTypeOf<readonly EngagementAction[]>();
  expectTypeOf<EngagementScore["provenance"]>().toEqualTypeOf<"measured" | "summary" | "none">();
  // @ts-expect-error [ts2322] - "myspace" is not a Platform
  scoreEngagement({ platform: "myspace", followers: 10 });
  // @ts-expect-error [ts2322] - actions are interaction names
  scoreEngagement({ platform: "instagram", followers: 10 }, { actions: ["clicks"] });
  scoreEngagement({ platform: "instagram", followers: 10 }, { benchmarks: ENGAGEMENT_BENCHMARKS, basis: undefined });
});

test("the benchmark table and calibration are typed", () => {
  expectTypeOf(ENGAGEMENT_BENCHMARKS).toEqualTypeOf<EngagementBenchmarkTable>();
  expectTypeOf(ENGAGEMENT_BENCHMARKS.bandPercentiles).toEqualTypeOf<readonly [number, number, number, number]>();
  expectTypeOf(calibrateEngagementBenchmarks([])).toEqualTypeOf<CalibrateEngagementBenchmarksResult>();
  expectTypeOf(calibrateEngagementBenchmarks([]).table).toEqualTypeOf<EngagementBenchmarkTable>();
  // @ts-expect-error [ts2322] - a cell's bands are exactly four cut-offs
  const cell: EngagementBenchmarkTable["creators"]["x"] = { followers: { source: "s", year: null, definition: "d", isLowConfidence: true, cells: { all: { median: 0.01, bands: [0.01, 0.02] } } } };
  expectTypeOf(cell).not.toBeAny();
});
