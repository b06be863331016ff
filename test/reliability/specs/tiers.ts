// Property specs of the tiers area: classifyTier, classifySizeBucket, defineTierScheme.
import { fc } from "@fast-check/vitest";
import { expect } from "vitest";
import {
  SIZE_BUCKETS,
  TIER_IDS,
  classifyTier,
  defineTierScheme,
  classifySizeBucket,
  type ClassifyTierInput,
  type ClassifyTierOptions,
  type TierBandInput,
  type TierSchemeMeta,
} from "../../../src/index.js";
import {
  badChoice,
  badCount,
  badPlatform,
  badNonEmptyString,
  followers,
  hostileVariant,
  optional,
  optionalLeaf,
  platform,
  required,
  tierScheme,
  withoutUndefined,
  type Shape,
} from "../../arbitraries/index.js";
import { defineSpec, type Spec } from "../harness.js";

const tierInput: fc.Arbitrary<number | ClassifyTierInput> = fc.oneof(
  followers,
  fc.record({ followers, platform: optional(platform) }).map(withoutUndefined),
);

const tierOptions: fc.Arbitrary<ClassifyTierOptions | undefined> = optional(fc.record({ scheme: optional(tierScheme), platform: optional(platform) }).map(withoutUndefined));

/** Broken options: the object itself, an unknown or mistyped scheme (a name, a map entry or a scheme object), a bad platform. */
const tierOptionsShape: Shape = {
  kind: "object",
  fields: {
    scheme: optionalLeaf(fc.constantFrom("", "Standard", "toString", "__proto__", 5, true, null, [], { bands: 5 }, { name: "x", bands: [] }, { name: "x", bands: [5] }, { default: null })),
    platform: optionalLeaf(badPlatform),
  },
};

const classifyHostile = fc.oneof(
  fc.tuple(badCount, tierOptions).map(([bad, options]) => ({ args: [bad, options], path: ["followers"] })),
  // Without an options platform: a platform given there overrides (and skips) the input's.
  fc.tuple(hostileVariant(fc.record({ followers, platform: optional(platform) }).map(withoutUndefined), {
    kind: "object",
    fieldsOnly: true,
    fields: { followers: required(badCount), platform: optionalLeaf(badPlatform) },
  }), optional(fc.record({ scheme: tierScheme }))).map(([bad, options]) => ({ args: [bad.value, options], path: bad.path })),
  fc.tuple(tierInput, hostileVariant(fc.constant({}), tierOptionsShape)).map(([input, bad]) => ({ args: [input, bad.value], path: bad.path })),
);

/**
 * A valid custom scheme: minimums rising from 0, tiers never falling, an
 * optional meta. Bands sharing a tier need labels of their own (the default
 * label is the tier's), so unlabelled bands get rising tiers.
 */
const bands: fc.Arbitrary<TierBandInput[]> = fc
  .tuple(fc.uniqueArray(fc.integer({ min: 1, max: 5_000_000 }), { maxLength: 6 }), fc.array(fc.nat(4), { minLength: 7, maxLength: 7 }), fc.boolean())
  .map(([rest, steps, labelled]) => {
    const mins = [0, ...rest.sort((left, right) => left - right)].slice(0, labelled ? 7 : 5);
    let tier = 0;
    return mins.map((min, index) => {
      tier = labelled ? Math.min(4, Math.max(tier, steps[index] ?? 0)) : index;
      return withoutUndefined({ tier: TIER_IDS[tier] ?? "nano", min, label: labelled ? `Band ${index}` : undefined });
    });
  });

const meta: fc.Arbitrary<TierSchemeMeta | undefined> = optional(
  fc
    .record({
      name: optional(fc.constantFrom("agency", "custom-2026", "x")),
      source: optional(fc.constant("Our agency, rate card, 2026")),
      year: optional(fc.integer({ min: 1000, max: 9999 })),
      url: optional(fc.constant("https://example.com/tiers")),
    })
    .map(withoutUndefined),
);

const bandShape: Shape = {
  kind: "object",
  fields: { tier: required(badChoice(TIER_IDS)), min: required(badCount), label: optionalLeaf(badNonEmptyString) },
};

export const tierSpecs: Readonly<Record<string, Spec>> = {
  classifyTier: defineSpec({
    area: "tiers",
    fn: classifyTier,
    call: (input: number | ClassifyTierInput, options?: ClassifyTierOptions) => classifyTier(input, options),
    valid: fc.tuple(tierInput, tierOptions),
    check: (result, [input]) => {
      const count = typeof input === "number" ? input : input.followers;
      // Half-open band [min, max) containing the count; position in [0, 1).
      expect(result.min <= count).toBe(true);
      if (result.max !== null) {
        expect(count < result.max).toBe(true);
        expect(result.followersToNextTier).toBe(result.max - count);
      } else {
        expect([result.nextTier, result.nextLabel, result.followersToNextTier]).toStrictEqual([null, null, null]);
      }
      expect(result.position >= 0 && result.position < 1).toBe(true);
      expect(TIER_IDS).toContain(result.tier);
    },
    hostile: classifyHostile,
  }),

  classifySizeBucket: defineSpec({
    area: "tiers",
    fn: classifySizeBucket,
    call: (count: number) => classifySizeBucket(count),
    valid: fc.tuple(followers),
    check: (result, [count]) => {
      const range = SIZE_BUCKETS.buckets.find((bucket) => bucket.bucket === result);
      expect(range).toBeDefined();
      if (range) expect(range.min <= count && (range.max === null || count < range.max)).toBe(true);
    },
    hostile: badCount.map((bad) => ({ args: [bad], path: ["followers"] })),
  }),

  defineTierScheme: defineSpec({
    area: "tiers",
    fn: defineTierScheme,
    call: (list: readonly TierBandInput[], details?: TierSchemeMeta) => defineTierScheme(list, details),
    valid: fc.tuple(bands, meta),
    check: (result, [list]) => {
      expect(result.bands.map((band) => band.min)).toStrictEqual(list.map((band) => band.min));
      expect(Object.isFrozen(result) && Object.isFrozen(result.bands)).toBe(true);
      // The scheme classifies every count it was built for.
      for (const band of list) expect(classifyTier(band.min, { scheme: result }).min).toBe(band.min);
    },
    hostile: fc.oneof(
      fc.tuple(hostileVariant(bands, { kind: "array", item: bandShape }), meta)
        .map(([bad, details]) => ({ args: [bad.value, details], path: ["bands", ...bad.path] })),
      fc.tuple(bands, fc.constantFrom(5, null, "meta", [], true)).map(([list, details]) => ({ args: [list, details], path: [] })),
      fc.constantFrom([], null, 5, "bands", {}).map((bad) => ({ args: [bad], path: ["bands"] })),
      fc.tuple(bands, fc.constantFrom<[string, unknown]>(["name", ""], ["name", "standard"], ["name", 5], ["source", ""], ["url", 7], ["year", 1.5], ["year", 99], ["year", Number.NaN]))
        .map(([list, [key, bad]]) => ({ args: [list, { [key]: bad }], path: [key] })),
    ),
  }),
};
