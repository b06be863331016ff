import { expectTypeOf, test } from "vitest";
import {
  classifyTier,
  defineTierScheme,
  classifySizeBucket,
  TIER_SCHEMES,
  type InfluencerProfileInput,
  type SizeBucket,
  type TierId,
  type TierResult,
  type TierScheme,
  type TierSchemeName,
} from "../../src/index.js";

test("classifyTier returns a TierResult with exact tier ids", () => {
  expectTypeOf(classifyTier(12_000)).toEqualTypeOf<TierResult>();
  expectTypeOf(classifyTier(12_000).tier).toEqualTypeOf<TierId>();
  expectTypeOf<TierId>().toEqualTypeOf<"nano" | "micro" | "mid" | "macro" | "mega">();
  expectTypeOf(classifyTier(12_000).max).toEqualTypeOf<number | null>();
  expectTypeOf(classifyTier(12_000).nextTier).toEqualTypeOf<TierId | null>();
});

test("classifyTier accepts a count, a profile, scheme names, scheme objects and per-platform maps", () => {
  const profile: InfluencerProfileInput = { platform: "youtube", followers: 12_000 };
  expectTypeOf(classifyTier(profile)).toEqualTypeOf<TierResult>();
  expectTypeOf(classifyTier(1, { scheme: "later-fohr" })).toEqualTypeOf<TierResult>();
  expectTypeOf(classifyTier(1, { scheme: TIER_SCHEMES.upfluence })).toEqualTypeOf<TierResult>();
  expectTypeOf(classifyTier(1, { scheme: { youtube: "iab-uk", default: "standard" }, platform: "youtube" })).toEqualTypeOf<TierResult>();
  expectTypeOf(classifyTier(1, undefined)).toEqualTypeOf<TierResult>();
  expectTypeOf(classifyTier(1, { scheme: undefined, platform: undefined })).toEqualTypeOf<TierResult>();
});

test("wrong calls fail to compile", () => {
  // @ts-expect-error [ts2345] - a follower count is a number, not a string
  classifyTier("12000");
  // @ts-expect-error [ts2322] - "mediakix" is not a shipped scheme name
  classifyTier(1, { scheme: "mediakix" });
  // @ts-expect-error [ts2322] - "myspace" is not a Platform
  classifyTier(1, { platform: "myspace" });
  // @ts-expect-error [ts2345] - an object input needs followers
  classifyTier({ platform: "x" });
  // @ts-expect-error [ts2353] - per-platform maps are keyed by Platform or "default"
  classifyTier(1, { scheme: { orkut: "standard" } });
  // @ts-expect-error [ts2554] - options are the last parameter
  classifyTier(1, {}, {});
});

test("scheme names and shipped schemes are typed", () => {
  expectTypeOf<TierSchemeName>().toEqualTypeOf<"standard" | "later-fohr" | "hypeauditor-legacy" | "iab-uk" | "upfluence">();
  expectTypeOf(TIER_SCHEMES).toEqualTypeOf<Readonly<Record<TierSchemeName, TierScheme>>>();
  expectTypeOf(TIER_SCHEMES.standard.bands[0].tier).toEqualTypeOf<TierId>();
});

test("defineTierScheme returns a TierScheme and checks band shapes", () => {
  expectTypeOf(defineTierScheme([{ tier: "nano", min: 0 }])).toEqualTypeOf<TierScheme>();
  // @ts-expect-error [ts2322] - "giga" is not a TierId
  defineTierScheme([{ tier: "giga", min: 0 }]);
  // @ts-expect-error [ts2741] - every band needs a min
  defineTierScheme([{ tier: "nano" }]);
  // @ts-expect-error [ts2322] - a year is a number
  defineTierScheme([{ tier: "nano", min: 0 }], { year: "2026" });
});

test("classifySizeBucket returns a SizeBucket", () => {
  expectTypeOf(classifySizeBucket(5_000)).toEqualTypeOf<SizeBucket>();
  // @ts-expect-error [ts2345] - a follower count is a number
  classifySizeBucket("5000");
});
