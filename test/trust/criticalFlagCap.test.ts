// A critical flag caps the trust score at TRUST_THRESHOLDS.criticalFlagCap (59.9 by default):
// hand-computed worked examples. Weights (TRUST_WEIGHTS): audienceAuthenticity 20, followRatio 5,
// accountAge 4. Ramps (TRUST_THRESHOLDS): audience 0.5 → 0.9; follow ratio falls linearly in
// ln(ratio) from 0.5 to 2, times min(1, following / 1,500); account age 0 → 365 days.
import { describe, expect, it } from "vitest";
import { scoreTrust, TRUST_THRESHOLDS, type InfluencerProfileInput, type TrustCap } from "../../src/index.js";

/** audienceAuthenticity 0.95 ≥ 0.9 → 100 (weight 20); followRatio 30,001 / 12,001 = 2.49996 ≥ 2 → 0 and a critical follow-for-follow (weight 5). */
const followForFollow: InfluencerProfileInput = { platform: "instagram", followers: 12_000, following: 30_000, audience: { authenticShare: 0.95 } };

describe("TrustCap", () => {
  it("matches the documented example", () => {
    const result = scoreTrust({ platform: "instagram", followers: 12_000, following: 30_000, audience: { authenticShare: 0.95 } });
    // weighted score (20 · 100 + 5 · 0) / 25 = 2000 / 25 = 80 > 59.9: capped at 59.9, questionable (30 ≤ 59.9 < 60)
    const expected: readonly unknown[] = [
      59.9,
      "questionable",
      { value: 59.9, uncappedScore: 80, flags: ["follow-for-follow"] } satisfies TrustCap,
      "capped at 59.9 by critical flag follow-for-follow (uncapped 80)",
    ];
    expect([result.score, result.band, result.cap, result.reasons[1]]).toEqual(expected);
  });
});

describe("the critical-flag cap", () => {
  it("defaults to 59.9, the top of the default questionable band (fair starts at 60)", () => {
    expect(TRUST_THRESHOLDS.criticalFlagCap.value).toBe(59.9);
    expect(TRUST_THRESHOLDS.criticalFlagCap.source).toMatch(/^judgement: /);
  });

  it("caps a score with one critical flag, and says so right after the score", () => {
    const result = scoreTrust(followForFollow);
    // weighted (20 · 100 + 5 · 0) / 25 = 80 (good); min(80, 59.9) = 59.9 (questionable)
    expect(result.score).toBe(59.9);
    expect(result.band).toBe("questionable");
    expect(result.reasons.slice(0, 2)).toEqual([
      // confidence (20 + 5) / 100 = 0.25; 2 of the 13 signals have data
      "score 59.9 (questionable) from 2 of 13 signals, carrying 0.25 of the total weight",
      "capped at 59.9 by critical flag follow-for-follow (uncapped 80)",
    ]);
  });

  it("leaves the factors describing the weighted score: their contributions add up to the uncapped score", () => {
    const result = scoreTrust(followForFollow);
    // audienceAuthenticity 20 / 25 · 100 = 80; followRatio 5 / 25 · 0 = 0; 80 + 0 = 80 = cap.uncappedScore
    const contributions = result.factors.filter((factor) => factor.subScore !== null).map((factor) => [factor.key, factor.contribution]);
    expect(contributions).toEqual([
      ["audienceAuthenticity", 80],
      ["followRatio", 0],
    ]);
    expect(result.cap?.uncappedScore).toBe(80);
    // the facet is the weighted mean of its signals, not capped: (20 · 100 + 5 · 0) / 25 = 80
    expect(result.facets.authenticity).toBe(80);
  });

  it("names every critical flag behind the cap, in flag-code order", () => {
    // audience 0.45 < 0.5: critical audience-fake-heavy, credit 0 (weight 20); follow ratio 2.49996 ≥ 2: critical, credit 0 (weight 5);
    // account age 2020-01-01 → 2025-01-01 = 1,827 days ≥ 365 → 100, weight raised to 100.
    // weighted (20 · 0 + 5 · 0 + 100 · 100) / 125 = 10,000 / 125 = 80 > 59.9
    const result = scoreTrust(
      { ...followForFollow, audience: { authenticShare: 0.45 }, accountCreatedAt: "2020-01-01" },
      { now: "2025-01-01", weights: { accountAge: 100 } },
    );
    expect(result.score).toBe(59.9);
    expect(result.cap).toEqual({ value: 59.9, uncappedScore: 80, flags: ["audience-fake-heavy", "follow-for-follow"] });
    expect(result.reasons[1]).toBe("capped at 59.9 by 2 critical flags: audience-fake-heavy, follow-for-follow (uncapped 80)");
  });

  it("leaves a score without any flag unchanged", () => {
    // audience (0.8 − 0.5) / 0.4 = 0.75 → 75 (weight 20); follow ratio 301 / 12,001 ≈ 0.025 ≤ 0.5 → 100 (weight 5)
    // (20 · 75 + 5 · 100) / 25 = 2000 / 25 = 80: no flag (0.8 ≥ 0.75), so no cap, and no band either: 25 of the weight 100
    // is below minBandConfidence 0.5, and the range 20 (low) to 95 (excellent) spans bands
    const result = scoreTrust({ platform: "instagram", followers: 12_000, following: 300, audience: { authenticShare: 0.8 } });
    expect([result.score, result.band, result.flags, result.cap]).toEqual([80, "unknown", [], null]);
    expect(result.reasons.some((reason) => reason.startsWith("capped"))).toBe(false);
  });

  it("leaves a score with warning flags only unchanged", () => {
    // follow ratio 12,001 / 12,001 = 1: ln(1 / 0.5) / ln(2 / 0.5) = 0.5 of the way down → 50, and a warning follow-for-follow
    // (following 12,000 ≥ 1,500 and ratio 1 ≥ 0.8, but 1 < 2); audience 0.95 → 100.
    // (20 · 100 + 5 · 50) / 25 = 2250 / 25 = 90; a warning gives no band on 0.25 of the weight, as a critical flag would
    const result = scoreTrust({ ...followForFollow, following: 12_000 });
    expect(result.flags.map((flag) => [flag.code, flag.severity])).toEqual([["follow-for-follow", "warning"]]);
    expect([result.score, result.band, result.cap]).toEqual([90, "unknown", null]);
  });

  it("caps at a cap the caller sets", () => {
    // weighted 80 as above; min(80, 39) = 39, questionable (30 ≤ 39 < 60)
    const result = scoreTrust(followForFollow, { thresholds: { criticalFlagCap: 39 } });
    expect([result.score, result.band]).toEqual([39, "questionable"]);
    expect(result.cap).toEqual({ value: 39, uncappedScore: 80, flags: ["follow-for-follow"] });
    expect(result.reasons[1]).toBe("capped at 39 by critical flag follow-for-follow (uncapped 80)");
    expect(result.provenance.thresholdOverrides).toEqual(["criticalFlagCap"]);
  });

  it("changes nothing, and sets cap to null, when the weighted score is already at or below the cap", () => {
    // a caller's cap of 90 is above the weighted 80
    expect(scoreTrust(followForFollow, { thresholds: { criticalFlagCap: 90 } })).toMatchObject({ score: 80, band: "good", cap: null });
    // a cap of exactly 80 leaves 80 as it is
    expect(scoreTrust(followForFollow, { thresholds: { criticalFlagCap: 80 } })).toMatchObject({ score: 80, cap: null });
    // a critical audience-fake-heavy: 0.45 < 0.5 → 0 (weight 20); follow ratio 301 / 12,001 → 100 (weight 5);
    // (20 · 0 + 5 · 100) / 25 = 20 ≤ 59.9: low, not capped
    const low = scoreTrust({ platform: "instagram", followers: 12_000, following: 300, audience: { authenticShare: 0.45 } });
    expect(low.flags.map((flag) => [flag.code, flag.severity])).toEqual([["audience-fake-heavy", "critical"]]);
    expect([low.score, low.band, low.cap]).toEqual([20, "low", null]);
  });

  it("keeps a null score null, with no cap", () => {
    // the only signal with data, followRatio, has weight 0: no score, though its flag is critical
    const result = scoreTrust(
      { platform: "instagram", followers: 12_000, following: 30_000 },
      { weights: { followRatio: 0 } },
    );
    expect(result.flags.map((flag) => flag.severity)).toEqual(["critical"]);
    expect([result.score, result.band, result.cap]).toEqual([null, "unknown", null]);
  });
});

describe("a signal weighted 0", () => {
  it("still reports its critical flag, but the flag caps nothing", () => {
    // followRatio weighted 0: only audienceAuthenticity counts, 0.95 ≥ 0.9 → 100; before, the
    // follow-for-follow flag of the switched-off signal still capped that 100 at 59.9.
    const result = scoreTrust(followForFollow, { weights: { followRatio: 0 } });
    expect([result.score, result.cap]).toEqual([100, null]);
    expect(result.flags.map((flag) => [flag.code, flag.severity])).toEqual([["follow-for-follow", "critical"]]);
  });

  it("leaves the other critical flags capping", () => {
    // audience 0.45 < 0.5: critical audience-fake-heavy (weight 20, credit 0); followRatio weighted 0;
    // account age 2020-01-01 → 2025-01-01 ≥ 365 days → 100, weight raised to 100: (20 · 0 + 100 · 100) / 120 = 83.3
    const result = scoreTrust(
      { ...followForFollow, accountCreatedAt: "2020-01-01", audience: { authenticShare: 0.45 } },
      { weights: { followRatio: 0, accountAge: 100 }, now: "2025-01-01" },
    );
    expect(result.cap).toEqual({ value: 59.9, uncappedScore: 83.3, flags: ["audience-fake-heavy"] });
  });
});

describe("critical only on enough evidence", () => {
  const posts = (sponsored: number, organic: number): InfluencerProfileInput["posts"] => [
    ...Array.from({ length: sponsored }, () => ({ likes: 300, comments: 10, sponsored: true })),
    ...Array.from({ length: organic }, () => ({ likes: 300, comments: 10, sponsored: false })),
  ];
  const severityOf = (result: ReturnType<typeof scoreTrust>, code: string): string | undefined => result.flags.find((flag) => flag.code === code)?.severity;

  it.each([
    // Wilson 90% lower bound of the sponsored share (z = 1.6449, z² = 2.7055):
    // 1 of 1: 1 / (1 + 2.7055) = 0.270 ≤ 0.5 → warning; 2 of 2: 2 / 4.7055 = 0.425 → warning;
    // 3 of 3: 3 / 5.7055 = 0.526 > 0.5 → critical; 8 of 10 (0.8): (0.8 + 0.1353 − 1.6449 · √(0.016 + 0.00677)) / 1.2706 = 0.541 → critical;
    // 4 of 5 (0.8): (0.8 + 0.2706 − 1.6449 · √(0.032 + 0.02706)) / 1.5411 = 0.436 → warning.
    [1, 0, "warning"],
    [2, 0, "warning"],
    [3, 0, "critical"],
    [8, 2, "critical"],
    [4, 1, "warning"],
  ])("calls %i sponsored posts of %i more sponsored-saturation %s", (sponsored, organic, severity) => {
    const result = scoreTrust({ platform: "instagram", followers: 12_000, posts: posts(sponsored, organic) });
    expect(severityOf(result, "sponsored-saturation")).toBe(severity);
  });

  it("calls a fake-heavy estimate from a tiny follower sample a warning, with the reason in the message", () => {
    // 2 sampled accounts, one clearly fake: real share 0.303 < 0.5, but its 90% interval reaches 0.866 ≥ 0.75.
    const sample = [
      { followers: 900, following: 300, posts: 120, hasProfilePicture: true },
      { followers: 2, following: 7_500, posts: 0, hasProfilePicture: false },
    ];
    const result = scoreTrust({ platform: "instagram", followers: 12_000, audience: { sample } });
    const flag = result.flags.find((item) => item.code === "audience-fake-heavy");
    expect(flag?.severity).toBe("warning");
    // Two reasons: fewer than minSampledFollowers (20) accounts, and the interval reaching above the warning line.
    expect(flag?.message).toBe(
      "only 0.303 of followers look real (sample estimate), below the 0.75 threshold; too small a sample to be sure (2 sampled followers, fewer than the 20 a critical flag needs, and the interval reaches 0.866), so not critical",
    );
    expect(result.cap).toBeNull();
  });

  it("keeps a vendor audit's share below 0.5 critical, whatever the sample", () => {
    const result = scoreTrust({ platform: "instagram", followers: 12_000, audience: { authenticShare: 0.45 } });
    expect(severityOf(result, "audience-fake-heavy")).toBe("critical");
  });
});
