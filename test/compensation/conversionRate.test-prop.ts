import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { estimateReferral, RATE_CARD, TIER_SCHEMES, type InfluencerProfileInput } from "../../src/index.js";
import { benchmarkProfile } from "./arbitraries.js";

/** Where one tier ends and the next begins under the standard scheme: 10,000, 50,000, 500,000 and 1,000,000. */
const edges = TIER_SCHEMES.standard.bands.slice(1).map((band) => band.min);
/** Tier edges and the rate card's reach-band edges (Instagram 20,000, 100,000, 1,000,000; YouTube 10,000, 500,000). */
const allEdges = [
  ...new Set([
    ...edges,
    ...Object.values(RATE_CARD.reachRate).flatMap((table) => Object.values(table ?? {}).flatMap((bands) => (bands ?? []).map((band) => band.minFollowers))),
  ]),
].filter((edge) => edge > 0);
/** A benchmark-only profile, half the time within a factor 2 of an edge, where the reach floor and the rate's bends sit. */
const nearEdges: fc.Arbitrary<InfluencerProfileInput> = fc.oneof(
  benchmarkProfile,
  fc
    .record({ profile: benchmarkProfile, edge: fc.constantFrom(...allEdges), offset: fc.double({ min: -0.5, max: 1, noNaN: true }) })
    .map(({ profile, edge, offset }) => ({ ...profile, followers: Math.round(edge * (1 + offset)) })),
);

// 300 and 1,000 cases in CI; the mutation run's setup lowers every property to its global numRuns.
const RUNS = { numRuns: fc.readConfigureGlobal().numRuns ?? 1_000 };
const extraFollowers = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 0, max: 50_000_000 }));
/** Any order value: conversions do not depend on it. */
const DEAL = { averageOrderValue: 50 };

function conversions(input: InfluencerProfileInput): number | undefined {
  return estimateReferral(input, DEAL).outcomes.conversions?.expected;
}

test.prop([nearEdges, extraFollowers], RUNS)(
  "more followers never lower the expected conversions of a benchmark-only profile",
  (input, extra) => {
    const smaller = conversions(input);
    const larger = conversions({ ...input, followers: input.followers + extra });
    expect(smaller).toBeDefined();
    expect(larger).toBeGreaterThanOrEqual((smaller ?? 0) * (1 - 1e-12));
  },
);

test.prop([fc.constantFrom("instagram", "tiktok", "youtube", "x", "facebook", "linkedin"), fc.constantFrom(...edges)])(
  "the benchmark conversion rate is continuous at every tier edge",
  (platform, edge) => {
    // The rate is conversions ÷ clicks (both medians, so their ratio is the median conversion rate).
    const rateAt = (followers: number): number => {
      const outcomes = estimateReferral({ platform, followers }, DEAL).outcomes;
      return (outcomes.conversions?.expected ?? Number.NaN) / (outcomes.clicks?.expected ?? Number.NaN);
    };
    expect(Math.abs(rateAt(edge) / rateAt(edge - 1) - 1)).toBeLessThan(0.001);
  },
);
