import { describe, expectTypeOf, it } from "vitest";
import {
  scoreInfluencer,
  scoreInfluencers,
  scoreInfluencersStream,
  type CompensationComparison,
  type FlatFeeResult,
  type InfluencerReport,
  type RowError,
  type ScoredRow,
  type ScoreInfluencersResult,
} from "../../src/index.js";

describe("report types", () => {
  it("returns an InfluencerReport whose comparison of deals may be null", () => {
    const report = scoreInfluencer({ platform: "instagram", followers: 1_000 });
    expectTypeOf(report).toEqualTypeOf<InfluencerReport>();
    expectTypeOf(report.flatFee).toEqualTypeOf<FlatFeeResult>();
    expectTypeOf(report.compensation).toEqualTypeOf<CompensationComparison | null>();
    expectTypeOf(report.handle).toEqualTypeOf<string | undefined>();
  });

  it("returns reports and row errors from the batch and stream forms", () => {
    expectTypeOf(scoreInfluencers([])).toEqualTypeOf<ScoreInfluencersResult>();
    expectTypeOf(scoreInfluencersStream([])).toEqualTypeOf<AsyncGenerator<ScoredRow | RowError, void, undefined>>();
  });

  it("accepts undefined options and partial deal terms", () => {
    scoreInfluencer({ platform: "x", followers: 1 }, undefined);
    scoreInfluencer({ platform: "x", followers: 1 }, { compensation: { usageRightsDays: 30 } });
  });

  it("rejects wrong options at compile time", () => {
    // @ts-expect-error [ts2322] - "giant" is not a tier scheme name
    scoreInfluencer({ platform: "x", followers: 1 }, { tierScheme: "giant" });
    // @ts-expect-error [ts2322] - a cost per click is a number
    scoreInfluencer({ platform: "x", followers: 1 }, { compensation: { costPerClick: "0.5" } });
    // @ts-expect-error [ts2322] - the platform must be one the models know
    scoreInfluencer({ platform: "myspace", followers: 1 });
  });
});
