import { describe, expect, it } from "vitest";
import { scoreTrust, TRUST_BANDS, TRUST_SIGNAL_KEYS, TRUST_THRESHOLDS, type TrustSignalKey } from "../../src/index.js";
import { bandForEvidence } from "../../src/trust/trustBands.js";

/** Weights with every signal at 0 but the ones given. */
function only(weights: Partial<Record<TrustSignalKey, number>>): Record<TrustSignalKey, number> {
  return Object.fromEntries(TRUST_SIGNAL_KEYS.map((key) => [key, weights[key] ?? 0])) as Record<TrustSignalKey, number>;
}

describe("bandForEvidence", () => {
  it("matches the documented example", () => {
    const range = { lower: 23.5, upper: 98.5 };
    expect([
      bandForEvidence(94, 0.25, range, false, 0.5, TRUST_BANDS),
      bandForEvidence(94, 0.25, range, false, 0.25, TRUST_BANDS),
      bandForEvidence(9.8, 0.29, { lower: 2.8, upper: 59.9 }, true, 0.5, TRUST_BANDS),
      bandForEvidence(42.7, 0.75, { lower: 32, upper: 57 }, false, 0.8, TRUST_BANDS),
    ]).toEqual(["unknown", "excellent", "low", "questionable"]);
  });

  it("reads no band for no score, whatever the evidence", () => {
    expect(bandForEvidence(null, 1, null, true, 0, TRUST_BANDS)).toBe("unknown");
  });
});

describe("a trust band needs evidence (minBandConfidence)", () => {
  it("defaults to half of the weight, with a source", () => {
    expect(TRUST_THRESHOLDS.minBandConfidence.value).toBe(0.5);
    expect(TRUST_THRESHOLDS.minBandConfidence.url).toBe("https://help.meltwater.com/en/articles/6762635-faqs-vetting");
  });

  it("reads the band from exactly the minimum confidence, and none just below it", () => {
    // audience 0.95 ≥ 0.9 → 100; the follower history has no data, so the confidence is the audience's share of the weight.
    const profile = { platform: "instagram", followers: 12_000, audience: { authenticShare: 0.95 } } as const;
    const half = scoreTrust(profile, { weights: only({ audienceAuthenticity: 1, followerGrowth: 1 }) });
    // 1 / 2 = 0.5: range 50 (questionable) to 100 (excellent), but the evidence is enough
    expect([half.score, half.confidence, half.range, half.band]).toEqual([100, 0.5, { lower: 50, upper: 100 }, "excellent"]);
    const under = scoreTrust(profile, { weights: only({ audienceAuthenticity: 4_999, followerGrowth: 5_001 }) });
    // 4,999 / 10,000 = 0.4999: range 49.99 → 50 to 100, across bands
    expect([under.score, under.confidence, under.range, under.band]).toEqual([100, 0.4999, { lower: 50, upper: 100 }, "unknown"]);
    expect(under.reasons[0]).toBe("score 100 (band unknown) from 1 of 13 signals, carrying 0.4999 of the total weight, less than the 0.5 a band needs");
    expect(under.reasons).toContain("with the signals without data scored from 0 to 100, the score could be anywhere from 50 (questionable) to 100 (excellent)");
  });

  it("reads the band of a score a critical flag stands behind, on any evidence", () => {
    // One vendor audit of 0.3 real followers: (0.3 − 0.5) / 0.4 < 0 → 0, critical audience-fake-heavy (0.3 < 0.5);
    // confidence 20 / 100; range 0 to min(80, 59.9): low to questionable, yet a critical flag is a verdict
    const result = scoreTrust({ platform: "instagram", followers: 12_000, audience: { authenticShare: 0.3 } });
    expect([result.score, result.confidence, result.range, result.band]).toEqual([0, 0.2, { lower: 0, upper: 59.9 }, "low"]);
    expect(result.reasons[0]).toBe("score 0 (low) from 1 of 13 signals, carrying 0.2 of the total weight");
  });

  it("does not read a critical flag of a signal weighted 0 as a verdict: it counts for nothing", () => {
    // The audit of 0.3 raises a critical audience-fake-heavy, but its signal weighs 0: no cap, no band. The follow
    // ratio 301 / 12,001 → 100 (weight 5) is 5 of the weight 80: range 500 / 80 = 6.25 → 6.3 to 100.
    const result = scoreTrust({ platform: "instagram", followers: 12_000, following: 300, audience: { authenticShare: 0.3 } }, { weights: { audienceAuthenticity: 0 } });
    expect(result.flags.map((flag) => [flag.code, flag.severity])).toEqual([["audience-fake-heavy", "critical"]]);
    expect([result.score, result.cap, result.confidence, result.range, result.band]).toEqual([100, null, 0.0625, { lower: 6.3, upper: 100 }, "unknown"]);
  });

  it("reads the band of a range inside one band of the caller's table", () => {
    // Cut-offs 10 / 20 / 95 / 99: "fair" spans 20 to 95. Two signals on 0.25 of the weight, 94, range 23.5 to 98.5:
    // across fair and good. With "good" from 99 instead, the whole range is fair, so the band reads at 0.25.
    const profile = { platform: "instagram", followers: 12_000, following: 300, audience: { authenticShare: 0.87 } } as const;
    const across = scoreTrust(profile, { bands: { source: "test", cutoffs: { questionable: 10, fair: 20, good: 95, excellent: 99 } } });
    expect([across.range, across.band]).toEqual([{ lower: 23.5, upper: 98.5 }, "unknown"]);
    const inside = scoreTrust(profile, { bands: { source: "test", cutoffs: { questionable: 10, fair: 20, good: 99, excellent: 99.5 } } });
    expect(inside.band).toBe("fair");
    expect(inside.reasons[0]).toBe("score 94 (fair) from 2 of 13 signals, carrying 0.25 of the total weight");
  });

  it("does not read a warning flag as a verdict", () => {
    // audience 0.7 → 50, a warning audience-fake-heavy (0.5 ≤ 0.7 < 0.75); confidence 0.2, range 10 to 90
    const result = scoreTrust({ platform: "instagram", followers: 12_000, audience: { authenticShare: 0.7 } });
    expect(result.flags.map((flag) => flag.severity)).toEqual(["warning"]);
    expect([result.score, result.band]).toEqual([50, "unknown"]);
  });

  it("reads the band when the whole range reads it, below the minimum confidence", () => {
    // audience weight 80 of 100 with data, follower growth 20 without; minBandConfidence 0.9 above the confidence 0.8
    const weights = only({ audienceAuthenticity: 80, followerGrowth: 20 });
    const thresholds = { minBandConfidence: 0.9 };
    // 0.66 → (0.66 − 0.5) / 0.4 = 0.4 → 40; range 80 · 40 / 100 = 32 to 32 + 20 = 52: questionable throughout
    const inside = scoreTrust({ platform: "instagram", followers: 12_000, audience: { authenticShare: 0.66 } }, { weights, thresholds });
    expect([inside.score, inside.confidence, inside.range, inside.band]).toEqual([40, 0.8, { lower: 32, upper: 52 }, "questionable"]);
    // 0.7 → 50; range 40 to 60: questionable to fair
    const across = scoreTrust({ platform: "instagram", followers: 12_000, audience: { authenticShare: 0.7 } }, { weights, thresholds });
    expect([across.score, across.range, across.band]).toEqual([50, { lower: 40, upper: 60 }, "unknown"]);
    expect(across.reasons[0]).toBe("score 50 (band unknown) from 1 of 13 signals, carrying 0.8 of the total weight, less than the 0.9 a band needs");
  });

  it("reads every score's band with minBandConfidence 0", () => {
    // two signals carrying 0.25 of the weight: (20 · 75 + 5 · 100) / 25 = 80
    const profile = { platform: "instagram", followers: 12_000, following: 300, audience: { authenticShare: 0.8 } } as const;
    expect(scoreTrust(profile).band).toBe("unknown");
    expect(scoreTrust(profile, { thresholds: { minBandConfidence: 0 } }).band).toBe("good");
  });

  it("rejects a minimum outside [0, 1]", () => {
    expect(() => scoreTrust({ platform: "x", followers: 1 }, { thresholds: { minBandConfidence: 1.5 } })).toThrow(
      "thresholds.minBandConfidence: expected a number between 0 and 1, received 1.5",
    );
  });
});
