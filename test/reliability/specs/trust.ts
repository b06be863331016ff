// Property specs of the trust area: scoreTrust.
import { fc } from "@fast-check/vitest";
import { expect } from "vitest";
import { TRUST_SIGNAL_KEYS, scoreTrust, type InfluencerProfileInput, type ScoreTrustOptions, type TrustScore } from "../../../src/index.js";
import { badNonNegativeNumber, badNow, optional, optionalLeaf, profile, trustOptions, type Shape } from "../../arbitraries/index.js";
import { defineSpec, type Spec } from "../harness.js";
import { estimateShape } from "./audience.js";
import { profileAndOptionsHostile, rawAndParsed, reorderedProfile } from "./common.js";
import { engagementShape } from "./engagement.js";

/** The fields of scoreTrust's options, each breakable. */
export const trustFields: Readonly<Record<string, Shape>> = {
    weights: { kind: "object", fields: Object.fromEntries(TRUST_SIGNAL_KEYS.map((key) => [key, optionalLeaf(badNonNegativeNumber)])) },
    thresholds: { kind: "object", fields: { windowDays: optionalLeaf(badNonNegativeNumber), sponsoredSaturationShare: optionalLeaf(badNonNegativeNumber) } },
    bands: optionalLeaf(fc.constantFrom(5, "TRUST_BANDS", null, [], true)),
    now: optionalLeaf(badNow),
    audience: estimateShape,
    engagement: engagementShape,
};

export const trustShape: Shape = { kind: "object", fields: trustFields };

const options: fc.Arbitrary<ScoreTrustOptions | undefined> = optional(trustOptions);

/**
 * The documented range of a TrustScore's `range`: `null` exactly when the score is; otherwise
 * `0 ≤ lower ≤ score ≤ upper ≤ 100`, both ends at the score when every signal has data, and the
 * upper end at the cap when a critical flag capped the score. Shared with the report's spec.
 */
export function expectTrustRange(result: TrustScore): void {
  const { score, range } = result;
  if (score === null || range === null) {
    expect([score, range]).toStrictEqual([null, null]);
    return;
  }
  expect(0 <= range.lower && range.lower <= score && score <= range.upper && range.upper <= 100, `range ${range.lower}–${range.upper} around ${score}`).toBe(true);
  if (result.factors.every((factor) => factor.subScore !== null)) expect(range).toStrictEqual({ lower: score, upper: score });
  if (result.cap !== null) expect(range.upper).toBe(result.cap.value);
}

export const trustSpecs: Readonly<Record<string, Spec>> = {
  scoreTrust: defineSpec({
    area: "trust",
    fn: scoreTrust,
    call: (input: InfluencerProfileInput, settings?: ScoreTrustOptions) => scoreTrust(input, settings),
    valid: fc.tuple(profile, options),
    check: (result) => {
      for (const facet of Object.values(result.facets)) if (facet !== null) expect(facet >= 0 && facet <= 100).toBe(true);
      expect(result.factors.map((factor) => factor.key)).toStrictEqual([...TRUST_SIGNAL_KEYS]);
      if (result.score !== null) {
        // The contributions add up to the weighted score before a critical flag's cap, to rounding: 13 contributions to 0.01 and a score to 0.1.
        const total = result.factors.reduce((sum, factor) => sum + factor.contribution, 0);
        expect(Math.abs(total - (result.cap?.uncappedScore ?? result.score))).toBeLessThanOrEqual(0.15);
      }
      expectTrustRange(result);
    },
    hostile: profileAndOptionsHostile(options.map((settings) => settings ?? {}), trustShape),
    reorder: { what: "the posts and the follower history", inputs: reorderedProfile(options) },
    sameAs: { what: "for a profile from parseProfile as for the raw profile", inputs: rawAndParsed(options) },
  }),
};
