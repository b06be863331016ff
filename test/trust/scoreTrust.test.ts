import { describe, expect, it } from "vitest";
import {
  InfluencerInputError,
  parseProfile,
  scoreEngagement,
  scoreTrust,
  TRUST_SIGNAL_KEYS,
  TRUST_WEIGHTS,
  type InfluencerProfileInput,
  type TrustScore,
} from "../../src/index.js";
import { bareProfile, baseProfile, deepFreeze, withFollowerJump } from "./fixtures.js";

const factor = (result: TrustScore, key: string): TrustScore["factors"][number] | undefined => result.factors.find((item) => item.key === key);

/** Three signals with data, each computable by hand (see the test below). */
const threeSignals: InfluencerProfileInput = {
  platform: "instagram",
  followers: 10_000,
  following: 3_000,
  accountCreatedAt: "2025-01-01",
  audience: { authenticShare: 0.7 },
};

describe("scoreTrust", () => {
  it("matches the documented example", () => {
    const { score, band, confidence, reasons } = scoreTrust({ platform: "instagram", followers: 12_000 });
    expect([score, band, confidence, reasons[0]]).toEqual([
      null,
      "unknown",
      0,
      "score unavailable: no signal had data: add posts, follower history, the following count or audience data",
    ]);
  });

  it("matches the second documented example", () => {
    const result = scoreTrust({ platform: "instagram", followers: 12_000, following: 300, audience: { authenticShare: 0.8 } });
    // audienceAuthenticity: (0.8 − 0.5) / (0.9 − 0.5) = 0.75 → 75, weight 20; followRatio: 301 / 12,001 ≈ 0.025 ≤ 0.5 → 100, weight 5
    // score = (20 · 75 + 5 · 100) / 25 = 2000 / 25 = 80; confidence = 25 / 100, below minBandConfidence 0.5: no band
    expect([result.score, result.band, result.confidence]).toEqual([80, "unknown", 0.25]);
  });

  describe("the weighted mean", () => {
    const result = scoreTrust(threeSignals, { now: "2025-07-02" });

    it("is the weighted mean of the sub-scores of the signals with data", () => {
      // audience (0.7 − 0.5) / 0.4 = 0.5 → 50 (weight 20); follow ratio 3,001 / 10,001 = 0.300 ≤ 0.5 → 100 (weight 5);
      // account age 182 days (2025-01-01 → 2025-07-02) / 365 = 0.49863 → 49.863 (weight 4).
      // (20·50 + 5·100 + 4·49.863) / 29 = 1699.452 / 29 = 58.60
      expect(result.score).toBe(58.6);
      // 30 ≤ 58.6 < 60 is questionable, but on confidence 0.29 < 0.5 with a range from 17 (low) to 88 (good): no band
      expect(result.band).toBe("unknown");
    });

    it("reports confidence as the share of the total weight with data", () => {
      // (20 + 5 + 4) / 100
      expect(result.confidence).toBe(0.29);
    });

    it("lists each factor's renormalized weight, sub-score and contribution", () => {
      // weights 20/29 = 0.6897, 5/29 = 0.1724, 4/29 = 0.1379; contributions 34.48, 17.24, 6.88
      expect(factor(result, "audienceAuthenticity")).toMatchObject({ value: 0.7, weight: 0.6897, subScore: 50, contribution: 34.48 });
      expect(factor(result, "followRatio")).toMatchObject({ weight: 0.1724, subScore: 100, contribution: 17.24 });
      expect(factor(result, "accountAge")).toMatchObject({ value: 182, weight: 0.1379, subScore: 49.9, contribution: 6.88 });
    });

    it("adds the contributions up to the score", () => {
      // 34.48 + 17.24 + 6.88 = 58.60
      const total = result.factors.reduce((sum, item) => sum + item.contribution, 0);
      expect(Math.abs(total - (result.score ?? 0))).toBeLessThanOrEqual(0.5);
    });

    it("scores each facet from its own signals only", () => {
      // authenticity (20·50 + 5·100) / 25 = 60; authority 49.863 → 49.9; no credibility signal has data
      expect(result.facets).toEqual({ authenticity: 60, credibility: null, authority: 49.9 });
    });

    it("lists a factor for every signal, in the documented order, with a reason even without data", () => {
      expect(result.factors.map((item) => item.key)).toEqual([...TRUST_SIGNAL_KEYS]);
      const missing = result.factors.filter((item) => item.value === null);
      expect(missing.every((item) => item.weight === 0 && item.contribution === 0 && item.subScore === null && item.reason.length > 0)).toBe(true);
    });

    it("explains the score, the largest deductions, the missing signals, the range they leave open and the flags", () => {
      expect(result.reasons[0]).toBe("score 58.6 (band unknown) from 3 of 13 signals, carrying 0.29 of the total weight, less than the 0.5 a band needs");
      // deductions: audience 0.6897 · 50 = 34.5; age 0.1379 · 50.137 = 6.9
      expect(result.reasons[1]).toBe("largest deductions: audienceAuthenticity −34.5, accountAge −6.9");
      expect(result.reasons[2]).toMatch(/^no data for engagementRate, followerGrowth, commentShare/);
      // the 71 of the weight without data at 0: 1,699.452 / 100 = 17 (low); at 100: (1,699.452 + 7,100) / 100 = 88 (good)
      expect(result.reasons[3]).toBe("with the signals without data scored from 0 to 100, the score could be anywhere from 17 (low) to 88 (good)");
      expect(result.reasons[4]).toBe("warning audience-fake-heavy: only 0.7 of followers look real (vendor audit), below the 0.75 threshold");
    });
  });

  describe("edge cases", () => {
    it("lists no deduction that rounds to 0.0 (it read \"accountAge −0\")", () => {
      // an account 364.9 days old at now: accountAge credit 364.917 / 365, a deduction of about 0.002 points
      const result = scoreTrust({ platform: "instagram", followers: 10_000, following: 300, accountCreatedAt: "2025-01-01T02:00:00Z" }, { now: "2026-01-01" });
      expect(result.reasons.some((reason) => reason.startsWith("largest deductions"))).toBe(false);
      expect(result.reasons.join(" ")).not.toContain("−0");
    });

    it("returns a null score with confidence 0 and a reason for a profile with only platform and followers", () => {
      const result = scoreTrust(bareProfile());
      expect(result.score).toBeNull();
      expect(result.band).toBe("unknown");
      expect(result.confidence).toBe(0);
      expect(result.facets).toEqual({ authenticity: null, credibility: null, authority: null });
      expect(result.flags).toEqual([]);
      expect(result.reasons).toEqual(["score unavailable: no signal had data: add posts, follower history, the following count or audience data"]);
    });

    it("returns a null score when every signal with data has weight 0", () => {
      const result = scoreTrust({ platform: "x", followers: 100, following: 50 }, { weights: { followRatio: 0 } });
      expect(result.score).toBeNull();
      // The follow ratio had data but no weight: its weight does not count towards confidence.
      expect(result.confidence).toBe(0);
      expect(result.reasons).toEqual(["score unavailable: every signal with data has weight 0"]);
    });

    it("accepts a profile from parseProfile without validating it again", () => {
      const parsed = parseProfile(baseProfile());
      expect(scoreTrust(parsed)).toEqual(scoreTrust(baseProfile()));
    });

    it("does not mutate a deep-frozen profile or options", () => {
      const profile = deepFreeze(withFollowerJump());
      const options = deepFreeze({ weights: { followerGrowth: 20 }, thresholds: { spikeZ: 4 } });
      expect(() => scoreTrust(profile, options)).not.toThrow();
    });

    it("gives the same result for the same input", () => {
      expect(scoreTrust(withFollowerJump())).toEqual(scoreTrust(withFollowerJump()));
    });
  });

  describe("options", () => {
    it("replaces a default weight", () => {
      // audience 50 with weight 20 and follow ratio 100 with weight 80: (20·50 + 80·100) / 100 = 90
      const result = scoreTrust({ platform: "x", followers: 10_000, following: 3_000, audience: { authenticShare: 0.7 } }, { weights: { followRatio: 80 } });
      expect(result.score).toBe(90);
      expect(result.provenance.weights).toMatch(/; overridden for followRatio$/);
    });

    it("names no overridden weight when the weights object overrides none", () => {
      const profile = { platform: "x", followers: 10_000, following: 3_000 } as const;
      // an empty object, or a key left undefined, keeps every default weight
      expect(scoreTrust(profile, { weights: {} }).provenance.weights).toBe(TRUST_WEIGHTS.source);
      expect(scoreTrust(profile, { weights: { followRatio: undefined, accountAge: 2 } }).provenance.weights).toBe(`${TRUST_WEIGHTS.source}; overridden for accountAge`);
    });

    it("replaces a default threshold and reports the override in the provenance", () => {
      // With the warning at 0.6, an authentic share of 0.7 raises no flag.
      const result = scoreTrust(threeSignals, { thresholds: { authenticShareWarning: 0.6 } });
      expect(result.flags).toEqual([]);
      expect(result.provenance.thresholdOverrides).toEqual(["authenticShareWarning"]);
    });

    it("uses custom band cut-offs", () => {
      const bands = { source: "my team, 2026", cutoffs: { questionable: 10, fair: 20, good: 50, excellent: 58 } };
      const result = scoreTrust(threeSignals, { now: "2025-07-02", bands, thresholds: { minBandConfidence: 0.29 } });
      // 58.6 ≥ 58, on confidence 0.29: just enough for a band with minBandConfidence 0.29
      expect(result.band).toBe("excellent");
      expect(result.provenance.bands).toBe("my team, 2026");
    });

    it("reads now as an ISO string, a Date or epoch milliseconds alike", () => {
      const iso = scoreTrust(threeSignals, { now: "2025-07-02" });
      expect(scoreTrust(threeSignals, { now: new Date("2025-07-02T00:00:00Z") })).toEqual(iso);
      expect(scoreTrust(threeSignals, { now: Date.UTC(2025, 6, 2) })).toEqual(iso);
    });

    it("passes the engagement options to the engagement model", () => {
      const profile: InfluencerProfileInput = { ...baseProfile(), posts: (baseProfile().posts ?? []).map((post) => ({ ...post, reach: 8_000 })) };
      const result = scoreTrust(profile, { engagement: { basis: "reach" } });
      expect(result.provenance.engagementBenchmark).toMatch(/^creators on Instagram with 10k-50k followers \(Buzzoole/);
    });

    it("compares a brand account with brand benchmarks", () => {
      const result = scoreTrust({ ...baseProfile(), isBrandAccount: true });
      expect(result.provenance.engagementBenchmark).toMatch(/^brand accounts on Instagram/);
    });

    it("uses an engagement score it is given instead of computing one (same numbers)", () => {
      const profile = parseProfile(baseProfile());
      expect(scoreEngagement(profile).percentile).not.toBeNull();
      expect(scoreTrust(profile).factors[1]?.key).toBe("engagementRate");
    });
  });

  describe("validation", () => {
    const messages = (call: () => unknown): string[] => {
      try {
        call();
      } catch (error) {
        if (error instanceof InfluencerInputError) return error.issues.map((issue) => issue.message);
        throw error;
      }
      return [];
    };

    it("rejects an invalid profile with the library's error", () => {
      expect(() => scoreTrust({ platform: "instagram", followers: -1 })).toThrow(InfluencerInputError);
      expect(messages(() => scoreTrust({ platform: "instagram", followers: -1 }))).toEqual(["followers: expected a non-negative integer, received -1"]);
    });

    it("rejects null and wrongly typed input without zod's default message", () => {
      for (const call of [() => scoreTrust(null as never), () => scoreTrust({ platform: "instagram", followers: "many" } as never), () => scoreTrust(baseProfile(), 5 as never)]) {
        const found = messages(call);
        expect(found.length).toBeGreaterThan(0);
        expect(found.join("; ")).not.toContain("Invalid input");
      }
    });

    it("rejects a negative weight with its path", () => {
      expect(messages(() => scoreTrust(baseProfile(), { weights: { followRatio: -1 } }))).toEqual([
        "weights.followRatio: expected a finite non-negative number, received -1",
      ]);
    });

    it("rejects a weight too large to add up", () => {
      expect(messages(() => scoreTrust(baseProfile(), { weights: { followRatio: 1e9 } }))).toEqual([
        "weights.followRatio: expected a finite non-negative number at most 1000000, received 1000000000",
      ]);
    });

    it("rejects weights that are all zero", () => {
      const zeros = Object.fromEntries(TRUST_SIGNAL_KEYS.map((key) => [key, 0]));
      expect(messages(() => scoreTrust(baseProfile(), { weights: zeros }))).toEqual(["weights: expected at least one positive weight, received only zeros"]);
    });

    it("rejects an unknown weight or threshold key", () => {
      expect(messages(() => scoreTrust(baseProfile(), { weights: { folowRatio: 2 }, thresholds: { spikeZed: 3 } } as never))).toEqual([
        'weights.folowRatio: expected a trust signal key (TRUST_SIGNAL_KEYS), received "folowRatio"',
        'thresholds.spikeZed: expected a trust threshold key (TRUST_THRESHOLDS), received "spikeZed"',
      ]);
    });

    it("rejects a share threshold above 1", () => {
      expect(messages(() => scoreTrust(baseProfile(), { thresholds: { sponsoredSaturationShare: 50 } }))).toEqual([
        "thresholds.sponsoredSaturationShare: expected a number between 0 and 1, received 50",
      ]);
    });

    it("rejects band cut-offs out of order", () => {
      const bands = { source: "mine", cutoffs: { questionable: 50, fair: 40, good: 70, excellent: 90 } };
      expect(messages(() => scoreTrust(baseProfile(), { bands }))).toEqual([
        "bands.cutoffs: expected cut-offs in increasing order (questionable ≤ fair ≤ good ≤ excellent), received an object",
      ]);
    });

    it("rejects an invalid now", () => {
      expect(messages(() => scoreTrust(baseProfile(), { now: "2025-02-30" }))).toEqual([
        'now: expected an ISO 8601 date string, a valid Date or epoch milliseconds, received "2025-02-30"',
      ]);
      expect(messages(() => scoreTrust(baseProfile(), { now: 1e20 }))).toHaveLength(1);
      expect(messages(() => scoreTrust(baseProfile(), { now: true } as never))).toEqual([
        "now: expected an ISO 8601 date string, a valid Date or epoch milliseconds, received true",
      ]);
    });

    it("rejects invalid audience options under audience", () => {
      expect(messages(() => scoreTrust(baseProfile(), { audience: { confidenceLevel: 2 } }))).toEqual([
        "audience.confidenceLevel: expected a number strictly between 0 and 1, received 2",
      ]);
    });

    it("rejects invalid engagement options under engagement", () => {
      const found = messages(() => scoreTrust(baseProfile(), { engagement: { basis: "likes" } } as never));
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^engagement\.basis: expected one of /);
    });

    it("rejects engagement options that are not an object under engagement", () => {
      expect(messages(() => scoreTrust(baseProfile(), { engagement: 5 } as never))).toEqual(["engagement: expected an options object, received 5"]);
    });
  });
});
