import { expectTypeOf, test } from "vitest";
import { parseProfile, scoreTrust, type TrustBand, type TrustCap, type TrustFlagCode, type TrustScore, type TrustScoreRange, type TrustSignalKey } from "../../src/index.js";

test("scoreTrust returns a TrustScore", () => {
  expectTypeOf(scoreTrust({ platform: "instagram", followers: 1_000 })).toEqualTypeOf<TrustScore>();
  expectTypeOf(scoreTrust(parseProfile({ platform: "tiktok", followers: 5 }))).toEqualTypeOf<TrustScore>();
});

test("the score may be null and the band is a closed union", () => {
  const result = scoreTrust({ platform: "instagram", followers: 1_000 });
  expectTypeOf(result.score).toEqualTypeOf<number | null>();
  expectTypeOf(result.band).toEqualTypeOf<TrustBand>();
  expectTypeOf(result.factors[0]?.key).toEqualTypeOf<TrustSignalKey | undefined>();
  expectTypeOf(result.flags[0]?.code).toEqualTypeOf<TrustFlagCode | undefined>();
});

test("the cap is null or names flag codes", () => {
  const result = scoreTrust({ platform: "instagram", followers: 1_000 });
  expectTypeOf(result.cap).toEqualTypeOf<TrustCap | null>();
  expectTypeOf(result.cap?.flags).toEqualTypeOf<readonly TrustFlagCode[] | undefined>();
  // @ts-expect-error [ts2322] - the cap is a threshold: a number, not a string
  scoreTrust({ platform: "instagram", followers: 1 }, { thresholds: { criticalFlagCap: "59.9" } });
});

test("the range is null or two numbers, and must be checked for null before use", () => {
  const result = scoreTrust({ platform: "instagram", followers: 1_000 });
  expectTypeOf(result.range).toEqualTypeOf<TrustScoreRange | null>();
  expectTypeOf<TrustScoreRange>().toEqualTypeOf<{ readonly lower: number; readonly upper: number }>();
  // @ts-expect-error [ts18047] - the range is null when the score is
  expectTypeOf(result.range.lower).toEqualTypeOf<number>();
});

test("options accept an undefined pass-through and partial overrides", () => {
  const maybe: { readonly weights?: { readonly followRatio?: number } } | undefined = undefined;
  expectTypeOf(scoreTrust({ platform: "x", followers: 1 }, maybe)).toEqualTypeOf<TrustScore>();
  expectTypeOf(scoreTrust({ platform: "x", followers: 1 }, { weights: { followRatio: undefined }, now: new Date(0) })).toEqualTypeOf<TrustScore>();
});

test("wrong calls do not compile", () => {
  // @ts-expect-error [ts2322] - a follower count is a number, not a string
  scoreTrust({ platform: "instagram", followers: "1000" });
  // @ts-expect-error [ts2353] - weights are keyed by signal; a typo is caught
  scoreTrust({ platform: "instagram", followers: 1 }, { weights: { folowRatio: 2 } });
  // @ts-expect-error [ts2322] - thresholds are numbers
  scoreTrust({ platform: "instagram", followers: 1 }, { thresholds: { spikeZ: "3.5" } });
  // @ts-expect-error [ts2322] - band is a closed union
  const band: TrustBand = "great";
  expectTypeOf(band).toEqualTypeOf<TrustBand>();
});
