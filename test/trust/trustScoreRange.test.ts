// TrustScore.range: the score with every signal without data at sub-score 0 (lower) and 100 (upper),
// over the total weight, rounded to 0.1 and capped as the score is. Hand-computed examples.
// Weights (TRUST_WEIGHTS, total 100): audienceAuthenticity 20, followRatio 5, accountAge 4.
// Ramps (TRUST_THRESHOLDS): audience 0.5 → 0.9; follow ratio full credit up to 0.5; account age 0 → 365 days.
import { describe, expect, it } from "vitest";
import { scoreTrust, TRUST_SIGNAL_KEYS, type InfluencerProfileInput, type TrustScore } from "../../src/index.js";
import { bareProfile, baseProfile } from "./fixtures.js";

/** audience 0.95 ≥ 0.9 → 100 (weight 20); follow ratio 30,001 / 12,001 = 2.49996 ≥ 2 → 0 and a critical follow-for-follow (weight 5). */
const followForFollow: InfluencerProfileInput = { platform: "instagram", followers: 12_000, following: 30_000, audience: { authenticShare: 0.95 } };

const rangeReason = (result: TrustScore): string | undefined => result.reasons.find((reason) => reason.startsWith("with the signals without data"));

describe("TrustScoreRange", () => {
  it("matches the documented example", () => {
    const result = scoreTrust({ platform: "instagram", followers: 12_000, following: 300, audience: { authenticShare: 0.87 } });
    // audience (0.87 − 0.5) / 0.4 = 0.925 → 92.5 (weight 20); follow ratio 301 / 12,001 = 0.025 ≤ 0.5 → 100 (weight 5)
    // score (20 · 92.5 + 5 · 100) / 25 = 2,350 / 25 = 94 (excellent: 94 ≥ 90)
    // lower (2,350 + 75 · 0) / 100 = 23.5; upper (2,350 + 75 · 100) / 100 = 9,850 / 100 = 98.5
    expect([result.score, result.band, result.range]).toEqual([94, "unknown", { lower: 23.5, upper: 98.5 }]);
  });

  it("says in the reasons how far the missing signals could move an excellent score on a quarter of the weight", () => {
    const result = scoreTrust({ platform: "instagram", followers: 12_000, following: 300, audience: { authenticShare: 0.87 } });
    // 23.5 < 30: low; 98.5 ≥ 90: excellent. The sentence follows the list of signals without data.
    const index = result.reasons.findIndex((reason) => reason.startsWith("no data for "));
    expect(result.reasons[index + 1]).toBe("with the signals without data scored from 0 to 100, the score could be anywhere from 23.5 (low) to 98.5 (excellent)");
  });
});

describe("the worked example of docs/methodology/trust.md", () => {
  // audience 0.7 → (0.7 − 0.5) / 0.4 = 0.5 → 50 (weight 20); follow ratio 3,001 / 10,001 = 0.300 ≤ 0.5 → 100 (weight 5);
  // account age 2025-01-01 → 2025-07-02 = 182 days / 365 = 0.498630 → 49.8630 (weight 4). Points 1,000 + 500 + 199.452 = 1,699.452.
  const result = scoreTrust(
    { platform: "instagram", followers: 10_000, following: 3_000, accountCreatedAt: "2025-01-01", audience: { authenticShare: 0.7 } },
    { now: "2025-07-02" },
  );

  it("gives the weighted mean over all 100 of the weight, the 71 without data at 0 and at 100", () => {
    // lower 1,699.452 / 100 = 16.99452 → 17; upper (1,699.452 + 71 · 100) / 100 = 87.99452 → 88; the score 1,699.452 / 29 = 58.6
    expect(result.range).toEqual({ lower: 17, upper: 88 });
    expect(result.score).toBe(58.6);
  });

  it("says so right after the signals without data, before the flags", () => {
    // 17 < 30: low; 75 ≤ 88 < 90: good
    expect(result.reasons.slice(2)).toEqual([
      "no data for engagementRate, followerGrowth, commentShare, engagementPattern, sponsoredShare, sponsoredEngagement, brandMentions, topicConcentration, conversationDepth, postingRegularity: their weight went to the other signals",
      "with the signals without data scored from 0 to 100, the score could be anywhere from 17 (low) to 88 (good)",
      "warning audience-fake-heavy: only 0.7 of followers look real (vendor audit), below the 0.75 threshold",
    ]);
  });
});

describe("the critical-flag cap", () => {
  it("caps both ends as it caps the score", () => {
    const result = scoreTrust(followForFollow);
    // score (20 · 100 + 5 · 0) / 25 = 80 → capped at 59.9; lower 2,000 / 100 = 20; upper (2,000 + 75 · 100) / 100 = 95 → min(95, 59.9) = 59.9
    expect([result.score, result.range]).toEqual([59.9, { lower: 20, upper: 59.9 }]);
    expect(rangeReason(result)).toBe("with the signals without data scored from 0 to 100, the score could be anywhere from 20 (low) to 59.9 (questionable)");
  });

  it("caps the upper end even when the weighted score is below the cap, so no cap is reported", () => {
    // a caller's cap of 90 leaves the weighted 80 alone (cap null), but 95 with the missing signals at 100 would be capped: min(95, 90) = 90
    const result = scoreTrust(followForFollow, { thresholds: { criticalFlagCap: 90 } });
    expect([result.score, result.cap, result.range]).toEqual([80, null, { lower: 20, upper: 90 }]);
  });

  it("caps the lower end too, which can close the range at the cap", () => {
    // weights: audience 90, follow ratio 5, account age 5 (no data: no accountCreatedAt), the rest 0; total 100
    // score (90 · 100 + 5 · 0) / 95 = 94.7 → 59.9; lower 9,000 / 100 = 90 → 59.9; upper (9,000 + 5 · 100) / 100 = 95 → 59.9
    const weights = Object.fromEntries(TRUST_SIGNAL_KEYS.map((key) => [key, key === "audienceAuthenticity" ? 90 : key === "followRatio" || key === "accountAge" ? 5 : 0]));
    const result = scoreTrust(followForFollow, { weights });
    expect([result.score, result.confidence, result.range]).toEqual([59.9, 0.95, { lower: 59.9, upper: 59.9 }]);
    expect(rangeReason(result)).toBeUndefined();
  });
});

describe("edge cases", () => {
  it("is the score at both ends when every signal has data (confidence 1), with no sentence", () => {
    const result = scoreTrust(baseProfile());
    expect(result.confidence).toBe(1);
    expect(result.score).not.toBeNull();
    expect(result.range).toEqual({ lower: result.score, upper: result.score });
    expect(rangeReason(result)).toBeUndefined();
  });

  it("is the score at both ends when every signal without data has weight 0", () => {
    // follow ratio 11 / 10,001 ≤ 0.5 → 100, the only weight; confidence 1 / 1
    const weights = Object.fromEntries(TRUST_SIGNAL_KEYS.map((key) => [key, key === "followRatio" ? 1 : 0]));
    const result = scoreTrust({ platform: "instagram", followers: 10_000, following: 10 }, { weights });
    expect([result.score, result.confidence, result.range]).toEqual([100, 1, { lower: 100, upper: 100 }]);
  });

  it("is null when no signal has data", () => {
    expect(scoreTrust(bareProfile()).range).toBeNull();
  });

  it("is null when every signal with data has weight 0", () => {
    expect(scoreTrust({ platform: "x", followers: 100, following: 50 }, { weights: { followRatio: 0 } }).range).toBeNull();
  });

  it("runs from 0 for a signal scoring 0 to 100 for the others' weight when one signal alone has data", () => {
    // follow ratio 3,001 / 1,001 = 2.998 ≥ 2 → 0 at 3,000 ≥ 1,500 following: critical, but the weighted 0 is under the cap.
    // lower 0; upper (5 · 0 + 95 · 100) / 100 = 95 → min(95, 59.9) = 59.9
    const result = scoreTrust({ platform: "instagram", followers: 1_000, following: 3_000 });
    expect([result.score, result.cap, result.range]).toEqual([0, null, { lower: 0, upper: 59.9 }]);
  });

  it("never puts the upper end below the score when the weight without data is a 10¹³th of the rest", () => {
    // weights: audience 286, follow ratio 829 (301 / 12,001 ≤ 0.5 → 100), account age 8.16e-13 (no accountCreatedAt: no data),
    // the rest 0. Audience (0.841520979020979 − 0.5) / 0.4 = 0.853802 → 85.3802: score (286 · 85.3802 + 829 · 100) / 1,115
    // = 96.25 in floating point, 962.5 tenths, rounded up to 96.3. Over all the weight, the account age at 100, the same
    // points sum to 96.24999999999999 (found by a search over such weights), which rounds to 96.2, under the score: the
    // upper end is raised to the score, as exact arithmetic gives. The lower end, 96.24999999999999 too, stays 96.2.
    const weights = Object.fromEntries(TRUST_SIGNAL_KEYS.map((key) => [key, 0]));
    const result = scoreTrust(
      { platform: "instagram", followers: 12_000, following: 300, audience: { authenticShare: 0.841520979020979 } },
      { weights: { ...weights, audienceAuthenticity: 286, followRatio: 829, accountAge: 8.15571326334656e-13 } },
    );
    // confidence (286 + 829) / (1,115 + 8e-13) rounds to 1, while the lower end, exact to the last bit, is 0.1 below the score
    expect([result.score, result.confidence, result.range]).toEqual([96.3, 1, { lower: 96.2, upper: 96.3 }]);
  });
});
