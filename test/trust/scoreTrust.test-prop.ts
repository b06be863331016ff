import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { scoreTrust, TRUST_BANDS, TRUST_SIGNAL_KEYS, type InfluencerProfileInput, type TrustScore } from "../../src/index.js";
import { bandFor } from "../../src/trust/trustBands.js";
import { deepFreeze, numbersIn } from "./fixtures.js";
import { iso, post } from "./arbitraries.js";

/** A random follower history: a start count and daily log changes, on unevenly spaced days. */
const history = fc
  .tuple(fc.nat({ max: 2_000_000 }), fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.double({ min: -0.5, max: 0.7, noNaN: true })), { maxLength: 60 }))
  .map(([start, steps]) => {
    let day = 0;
    let followers = start;
    const points = [{ date: iso(0), followers }];
    for (const [gap, change] of steps) {
      day += gap;
      followers = Math.max(0, Math.round(followers * Math.exp(change)));
      points.push({ date: iso(day), followers });
    }
    return points;
  });

/** Profiles without a summary, so removing a field can only remove data. */
const profile: fc.Arbitrary<InfluencerProfileInput> = fc.record(
  {
    platform: fc.constantFrom("instagram", "tiktok", "youtube", "x", "facebook", "linkedin", "twitch"),
    followers: fc.nat({ max: 5_000_000 }),
    following: fc.nat({ max: 100_000 }),
    accountCreatedAt: fc.integer({ min: -2_000, max: 100 }).map(iso),
    posts: fc.array(post, { maxLength: 40 }),
    followerHistory: history,
    audience: fc.record({ authenticShare: fc.double({ min: 0, max: 1, noNaN: true }) }),
    isBrandAccount: fc.boolean(),
  },
  { requiredKeys: ["platform", "followers"] },
);

const weights = fc.dictionary(fc.constantFrom(...TRUST_SIGNAL_KEYS), fc.double({ min: 0, max: 1_000, noNaN: true }));

const REMOVABLE = ["following", "accountCreatedAt", "posts", "followerHistory", "audience"] as const;

test.prop([profile])("scores within [0, 100], or null with band unknown and confidence 0", (input) => {
  const result = scoreTrust(input);
  if (result.score === null) {
    expect(result.band).toBe("unknown");
    expect(result.confidence).toBe(0);
  } else {
    expect(result.score >= 0 && result.score <= 100).toBe(true);
  }
  for (const value of Object.values(result.facets)) if (value !== null) expect(value >= 0 && value <= 100).toBe(true);
});

test.prop([profile, weights])("never produces NaN or Infinity anywhere, whatever the weights", (input, weightOverrides) => {
  const result = scoreTrust(input, { weights: { ...weightOverrides, audienceAuthenticity: (weightOverrides.audienceAuthenticity ?? 0) + 1 } });
  for (const value of numbersIn(result)) expect(Number.isFinite(value)).toBe(true);
});

test.prop([profile, weights])("adds the contributions up to the uncapped score within 0.5", (input, weightOverrides) => {
  const result = scoreTrust(input, { weights: { ...weightOverrides, followRatio: (weightOverrides.followRatio ?? 0) + 1 } });
  const total = result.factors.reduce((sum, factor) => sum + factor.contribution, 0);
  expect(Math.abs(total - (result.cap?.uncappedScore ?? result.score ?? 0))).toBeLessThanOrEqual(0.5);
});

test.prop([profile, fc.double({ min: 0, max: 100, noNaN: true })])(
  "caps the score at criticalFlagCap when a flag is critical, and leaves the weighted score alone otherwise",
  (input, criticalFlagCap) => {
    const result = scoreTrust(input, { thresholds: { criticalFlagCap } });
    // A cap of 100 never lowers a score in [0, 100]: this is the uncapped weighted score.
    const uncapped = scoreTrust(input, { thresholds: { criticalFlagCap: 100 } }).score;
    const critical = [...new Set(result.flags.filter((flag) => flag.severity === "critical").map((flag) => flag.code))];
    if (critical.length > 0 && uncapped !== null) {
      expect(result.score).toBe(Math.min(uncapped, criticalFlagCap));
      expect((result.score ?? Number.NaN) <= criticalFlagCap).toBe(true);
    } else {
      expect(result.score).toBe(uncapped);
    }
    // `cap` is set exactly when the cap lowered the score, and names every critical flag.
    expect(result.cap).toEqual(critical.length > 0 && uncapped !== null && uncapped > criticalFlagCap ? { value: criticalFlagCap, uncappedScore: uncapped, flags: critical } : null);
  },
);

test.prop([profile, fc.double({ min: 0, max: 1, noNaN: true })])(
  "reads the score's band, or none only when the confidence is below the minimum, no flag is critical and the range spans bands",
  (input, minBandConfidence) => {
    const result = scoreTrust(input, { thresholds: { minBandConfidence } });
    if (result.score === null || result.range === null) {
      expect(result.band).toBe("unknown");
      return;
    }
    // Default weights are all positive, so every critical flag counts (a signal weighted 0 raises one that does not:
    // test/trust/bandEvidence.test.ts).
    const isCritical = result.flags.some((flag) => flag.severity === "critical");
    const isSettled = bandFor(result.range.lower, TRUST_BANDS) === bandFor(result.range.upper, TRUST_BANDS);
    const hasBand = result.confidence >= minBandConfidence || isCritical || isSettled;
    expect(result.band).toBe(hasBand ? bandFor(result.score, TRUST_BANDS) : "unknown");
    expect(result.reasons[0]?.includes("(band unknown)")).toBe(!hasBand);
    // Only the band waits for evidence: the score, range and factors are those of minBandConfidence 0.
    const ungated = scoreTrust(input, { thresholds: { minBandConfidence: 0 } });
    expect([result.score, result.confidence, result.range, result.cap, result.factors]).toEqual([ungated.score, ungated.confidence, ungated.range, ungated.cap, ungated.factors]);
  },
);

test.prop([profile])("keeps every share, weight and confidence in [0, 1]", (input) => {
  const result = scoreTrust(input);
  expect(result.confidence >= 0 && result.confidence <= 1).toBe(true);
  for (const factor of result.factors) {
    expect(factor.weight >= 0 && factor.weight <= 1).toBe(true);
    if (factor.subScore !== null) expect(factor.subScore >= 0 && factor.subScore <= 100).toBe(true);
  }
});

test.prop([profile, fc.constantFrom(...REMOVABLE)])("loses confidence when a signal's data is removed", (input, field) => {
  const before = scoreTrust(input);
  const rest = Object.fromEntries(Object.entries(input).filter(([key]) => key !== field)) as unknown as InfluencerProfileInput;
  const after = scoreTrust(rest);
  expect(after.confidence).toBeLessThanOrEqual(before.confidence);
  const lost = before.factors.some((factor, index) => factor.value !== null && after.factors[index]?.value === null);
  if (lost) expect(after.confidence).toBeLessThan(before.confidence);
});

test.prop([profile])("deep-equals its own JSON round trip", (input) => {
  const result = scoreTrust(input);
  expect(JSON.parse(JSON.stringify(result)) as TrustScore).toEqual(result);
});

test.prop([profile])("gives the same result twice and leaves a frozen input untouched", (input) => {
  const frozen = deepFreeze(structuredClone(input));
  expect(scoreTrust(frozen)).toEqual(scoreTrust(input));
});

test.prop([profile, fc.integer()])("does not depend on the order of posts or snapshots", (input, seed) => {
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = items.slice();
    let state = seed;
    for (let index = copy.length - 1; index > 0; index--) {
      state = (state * 1_103_515_245 + 12_345) | 0;
      const other = Math.abs(state) % (index + 1);
      [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
    }
    return copy;
  };
  const shuffled = { ...input, ...(input.posts ? { posts: shuffle(input.posts) } : {}), ...(input.followerHistory ? { followerHistory: shuffle(input.followerHistory) } : {}) };
  const original = scoreTrust(input);
  const other = scoreTrust(shuffled);
  expect(other.score).toBe(original.score);
  expect(other.flags.map((flag) => flag.code)).toEqual(original.flags.map((flag) => flag.code));
});
