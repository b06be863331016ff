import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import {
  classifyTier,
  defineTierScheme,
  SIZE_BUCKETS,
  classifySizeBucket,
  TIER_IDS,
  TIER_SCHEMES,
  type TierBandInput,
  type TierScheme,
  type TierSchemeName,
} from "../../src/index.js";

const schemeNames = Object.keys(TIER_SCHEMES) as TierSchemeName[];
const shippedScheme = fc.constantFrom(...schemeNames);
// Counts around the shipped cut-offs most of the time, anywhere up to the largest safe integer otherwise.
const count = fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.maxSafeNat());

/** A valid custom scheme: 1–8 bands with strictly increasing mins from 0 and never-decreasing tiers. */
const customScheme: fc.Arbitrary<TierScheme> = fc
  .uniqueArray(fc.integer({ min: 1, max: 1e12 }), { maxLength: 7 })
  .chain((cuts) => {
    const mins = [0, ...cuts.sort((a, b) => a - b)];
    return fc
      .array(fc.integer({ min: 0, max: TIER_IDS.length - 1 }), { minLength: mins.length, maxLength: mins.length })
      .map((ranks) => {
        const sorted = [...ranks].sort((a, b) => a - b);
        const bands: TierBandInput[] = mins.map((min, index) => ({
          tier: TIER_IDS[sorted[index] ?? 0] ?? "nano",
          min,
          label: `Band ${index}`,
        }));
        return defineTierScheme(bands, { name: "generated" });
      });
  });
const anyScheme = fc.oneof(shippedScheme, customScheme);

/** Rank of a result's tier: 0 for nano … 4 for mega. */
const rank = (followers: number, scheme: TierScheme | TierSchemeName): number =>
  TIER_IDS.indexOf(classifyTier(followers, { scheme }).tier);

test.prop([anyScheme, count, count])("tier order never decreases as followers grow", (scheme, a, b) => {
  const [low, high] = a <= b ? [a, b] : [b, a];
  expect(rank(low, scheme)).toBeLessThanOrEqual(rank(high, scheme));
  expect(classifyTier(low, { scheme }).min).toBeLessThanOrEqual(classifyTier(high, { scheme }).min);
});

test.prop([anyScheme, count])("position is within [0, 1]", (scheme, followers) => {
  const { position } = classifyTier(followers, { scheme });
  expect(position >= 0 && position <= 1).toBe(true);
});

test.prop([anyScheme, count])("the count lies in [min, max)", (scheme, followers) => {
  const { min, max } = classifyTier(followers, { scheme });
  expect(min <= followers && (max === null || followers < max)).toBe(true);
});

/** The counts of band `index` of `bands` below 10^12, as `[min, end)`. */
function bandRange(bands: TierScheme["bands"], index: number): [number, number] {
  const min = bands[index]?.min ?? 0;
  return [min, Math.min(bands[index + 1]?.min ?? 1e12, min + 1e12)];
}

/**
 * A scheme, and two different counts in the same band of it (below 10^12).
 * Only bands holding at least two such counts qualify: a generated scheme can
 * have a one-count band ([0, 1) when 1 is a cut), in which no two counts
 * differ, and filtering for `a !== b` there would never finish. Every scheme
 * has a wider band (at most 7 cuts below 10^12).
 */
const twoCountsInOneBand = anyScheme.chain((scheme) => {
  const bands = typeof scheme === "string" ? TIER_SCHEMES[scheme].bands : scheme.bands;
  const wide = bands.map((_band, index) => index).filter((index) => {
    const [min, end] = bandRange(bands, index);
    return end - min >= 2;
  });
  return fc.constantFrom(...wide).chain((index) => {
    const [min, end] = bandRange(bands, index);
    // The second count is drawn from the band's other counts: those from `a` on move up by one.
    return fc
      .tuple(fc.integer({ min, max: end - 1 }), fc.integer({ min, max: end - 2 }))
      .map(([a, other]) => [scheme, a, other >= a ? other + 1 : other] as const);
  });
});

// Strictly increasing while counts are below 10^12; beyond that, neighbouring
// counts differ by less than a double's resolution on a log scale.
test.prop([twoCountsInOneBand])("position increases within a band", ([scheme, a, b]) => {
  const [low, high] = a < b ? [a, b] : [b, a];
  const lower = classifyTier(low, { scheme });
  const higher = classifyTier(high, { scheme });
  expect(lower.min).toBe(higher.min);
  expect(lower.position).toBeLessThan(higher.position);
});

test.prop([anyScheme, count, count])("position never decreases within a band, up to the largest safe count", (scheme, a, b) => {
  const [low, high] = a <= b ? [a, b] : [b, a];
  const lower = classifyTier(low, { scheme });
  const higher = classifyTier(high, { scheme });
  fc.pre(lower.min === higher.min);
  expect(lower.position).toBeLessThanOrEqual(higher.position);
});

test.prop([anyScheme, count])("followersToNextTier lands exactly on the next band's min", (scheme, followers) => {
  const result = classifyTier(followers, { scheme });
  fc.pre(result.followersToNextTier !== null);
  const landed = classifyTier(followers + result.followersToNextTier, { scheme });
  const justShort = classifyTier(followers + result.followersToNextTier - 1, { scheme });
  expect([landed.min, landed.tier, landed.label, landed.position]).toEqual([result.max, result.nextTier, result.nextLabel, 0]);
  expect(justShort.min).toBe(result.min);
});

test.prop([anyScheme, count])("has a next tier exactly when the band has a max", (scheme, followers) => {
  const { max, nextTier, nextLabel, followersToNextTier } = classifyTier(followers, { scheme });
  const absent = [nextTier, nextLabel, followersToNextTier].map((value) => value === null);
  expect(absent).toEqual([max === null, max === null, max === null]);
});

test.prop([anyScheme, count])("results are plain JSON", (scheme, followers) => {
  const result = classifyTier(followers, { scheme });
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  expect(Object.values(result).every((value) => value !== undefined)).toBe(true);
});

test.prop([shippedScheme, count])("a name and its TIER_SCHEMES entry classify alike", (name, followers) => {
  expect(classifyTier(followers, { scheme: TIER_SCHEMES[name] })).toEqual(classifyTier(followers, { scheme: name }));
});

test.prop([count])("classifySizeBucket never goes down as followers grow and matches its table row", (followers) => {
  const bucket = classifySizeBucket(followers);
  const index = SIZE_BUCKETS.buckets.findIndex((range) => range.bucket === bucket);
  const row = SIZE_BUCKETS.buckets[index];
  expect(row !== undefined && row.min <= followers && (row.max === null || followers < row.max)).toBe(true);
  const later = SIZE_BUCKETS.buckets.findIndex((range) => range.bucket === classifySizeBucket(Math.min(followers * 2 + 1, Number.MAX_SAFE_INTEGER)));
  expect(later).toBeGreaterThanOrEqual(index);
});
