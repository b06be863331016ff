// Laws of TrustScore.range: the score with every signal without data at sub-score 0 (lower) and
// 100 (upper) over the total weight, rounded to 0.1 and capped as the score is.
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { scoreTrust, TRUST_SIGNAL_KEYS, TRUST_THRESHOLDS, TRUST_WEIGHTS, type InfluencerProfileInput, type ScoreTrustOptions, type TrustScore, type TrustSignalKey } from "../../src/index.js";
import { iso, post } from "./arbitraries.js";

const history = fc.array(fc.nat({ max: 2_000_000 }), { minLength: 2, maxLength: 20 }).map((counts) => counts.map((followers, day) => ({ date: iso(day), followers })));

/** Profiles with any subset of the fields that feed the signals. */
const profile: fc.Arbitrary<InfluencerProfileInput> = fc.record(
  {
    platform: fc.constantFrom("instagram", "tiktok", "youtube", "x", "twitch"),
    followers: fc.nat({ max: 5_000_000 }),
    following: fc.nat({ max: 100_000 }),
    accountCreatedAt: fc.integer({ min: -2_000, max: 100 }).map(iso),
    posts: fc.array(post, { maxLength: 20 }),
    followerHistory: history,
    audience: fc.record({ authenticShare: fc.double({ min: 0, max: 1, noNaN: true }) }),
  },
  { requiredKeys: ["platform", "followers"] },
);

/** Weights (0 included, so signals can be switched off) and a cap anywhere in [0, 100]. */
const options: fc.Arbitrary<ScoreTrustOptions> = fc.record({
  weights: fc.dictionary(fc.constantFrom(...TRUST_SIGNAL_KEYS), fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1_000, noNaN: true }))),
  thresholds: fc.record({ criticalFlagCap: fc.double({ min: 0, max: 100, noNaN: true }) }, { requiredKeys: [] }),
  now: fc.constant(iso(130)),
});

/** The weights a call used: the overrides over TRUST_WEIGHTS (at least one positive, or the call throws). */
function weightsOf(settings: ScoreTrustOptions): Record<TrustSignalKey, number> {
  const weights = {} as Record<TrustSignalKey, number>;
  for (const key of TRUST_SIGNAL_KEYS) weights[key] = settings.weights?.[key] ?? TRUST_WEIGHTS.values[key];
  return weights;
}

const hasPositiveWeight = (settings: ScoreTrustOptions): boolean => Object.values(weightsOf(settings)).some((weight) => weight > 0);

/** The signal behind each flag code that can be critical (docs/flags.md); flags carry no signal key. */
const CRITICAL_FLAG_SIGNALS: ReadonlyMap<string, TrustSignalKey> = new Map<string, TrustSignalKey>([
  ["audience-fake-heavy", "audienceAuthenticity"],
  ["follower-spike", "followerGrowth"],
  ["follower-purge", "followerGrowth"],
  ["follow-for-follow", "followRatio"],
  ["sponsored-saturation", "sponsoredShare"],
]);

/** Whether a signal weighted above 0 raised a critical flag: such a flag caps the score and both ends of the range. */
function isCapped(result: TrustScore, weights: Readonly<Record<TrustSignalKey, number>>): boolean {
  return result.flags.some((flag) => {
    if (flag.severity !== "critical") return false;
    const key = CRITICAL_FLAG_SIGNALS.get(flag.code);
    expect(key, `the signal of the critical flag ${flag.code}`).toBeDefined();
    return key !== undefined && weights[key] > 0;
  });
}

test.prop([profile, options])("puts the score between the two ends, both within [0, 100], or is null with the score", (input, settings) => {
  fc.pre(hasPositiveWeight(settings));
  const { score, range } = scoreTrust(input, settings);
  if (score === null) {
    expect(range).toBeNull();
    return;
  }
  expect(range).not.toBeNull();
  const { lower, upper } = range ?? { lower: Number.NaN, upper: Number.NaN };
  expect(0 <= lower && lower <= score && score <= upper && upper <= 100).toBe(true);
});

test.prop([profile, options])("is the score at both ends when every signal without data is weighted 0", (input, settings) => {
  fc.pre(hasPositiveWeight(settings));
  // Which signals have data does not depend on the weights: switch off those without.
  const missing = scoreTrust(input, settings).factors.filter((factor) => factor.subScore === null).map((factor) => [factor.key, 0]);
  const weights = { ...settings.weights, ...Object.fromEntries(missing) };
  fc.pre(hasPositiveWeight({ weights }));
  const result = scoreTrust(input, { ...settings, weights });
  expect(result.score).not.toBeNull();
  expect(result.range).toEqual({ lower: result.score, upper: result.score });
});

test.prop([profile, options])("is the weighted mean of the sub-scores over the total weight, the missing ones at 0 and at 100, then capped", (input, settings) => {
  fc.pre(hasPositiveWeight(settings));
  const weights = weightsOf(settings);
  const result = scoreTrust(input, settings);
  const { range } = result;
  fc.pre(range !== null);
  const total = TRUST_SIGNAL_KEYS.reduce((sum, key) => sum + weights[key], 0);
  let lowerPoints = 0;
  let upperPoints = 0;
  for (const factor of result.factors) {
    lowerPoints += weights[factor.key] * (factor.subScore ?? 0);
    upperPoints += weights[factor.key] * (factor.subScore ?? 100);
  }
  const cap = isCapped(result, weights) ? (settings.thresholds?.criticalFlagCap ?? TRUST_THRESHOLDS.criticalFlagCap.value) : 100;
  // The factors' sub-scores are rounded to 0.1 (off by up to 0.05 each, so the mean by up to 0.05), and each end to 0.1 (0.05).
  expect(Math.abs(range.lower - Math.min(lowerPoints / total, cap))).toBeLessThanOrEqual(0.1 + 1e-9);
  expect(Math.abs(range.upper - Math.min(upperPoints / total, cap))).toBeLessThanOrEqual(0.1 + 1e-9);
});

test.prop([profile])("is 100 × the share of the weight without data wide, to rounding, when no flag is critical", (input) => {
  const { range, flags, confidence } = scoreTrust(input);
  fc.pre(range !== null && !flags.some((flag) => flag.severity === "critical"));
  const width = range.upper - range.lower;
  // Both ends rounded to 0.1 (0.05 each) and confidence to 4 decimals (0.00005 · 100).
  expect(Math.abs(width - 100 * (1 - confidence))).toBeLessThanOrEqual(0.1 + 0.005 + 1e-9);
});

/** Fields that each feed exactly one signal: the follow ratio, the audience authenticity, the account age (with `now`). */
const GAINS = ["following", "audience", "accountCreatedAt"] as const;

test.prop([profile, fc.constantFrom(...GAINS), options])(
  "narrows, never widens, when a signal without data gains some; nested unless the new data raises a critical flag",
  (input, field, settings) => {
    fc.pre(input[field] !== undefined && hasPositiveWeight(settings));
    const without = Object.fromEntries(Object.entries(input).filter(([key]) => key !== field)) as unknown as InfluencerProfileInput;
    const before = scoreTrust(without, settings);
    const after = scoreTrust(input, settings);
    fc.pre(before.score !== null && after.score !== null);
    const twoEnds = { lower: expect.any(Number) as unknown, upper: expect.any(Number) as unknown };
    expect([before.range, after.range]).toEqual([twoEnds, twoEnds]);
    if (before.range === null || after.range === null) return;
    const { lower, upper } = before.range;
    const { lower: newLower, upper: newUpper } = after.range;
    expect(newUpper - newLower).toBeLessThanOrEqual(upper - lower);
    expect(newUpper).toBeLessThanOrEqual(upper);
    const weights = weightsOf(settings);
    if (isCapped(after, weights) === isCapped(before, weights)) expect(newLower).toBeGreaterThanOrEqual(lower);
  },
);
