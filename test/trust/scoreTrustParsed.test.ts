// The report's entry points are internal (kept out of the public barrel), so
// this file imports them from their module rather than from src/index.ts.
import { describe, expect, it } from "vitest";
import { InfluencerInputError, parseProfile, scoreEngagement, scoreTrust, TRUST_SIGNAL_KEYS, type EngagementScore, type ParsedProfile } from "../../src/index.js";
import { parseScoreTrustOptions } from "../../src/trust/parseTrustOptions.js";
import { criticalFlagCodes, evaluateTrustParsed, followerFreeTrustScore, scoreTrustParsed } from "../../src/trust/scoreTrust.js";
import { baseProfile, withFollowerJump, withPodEngagement, withSponsoredSaturation } from "./fixtures.js";

describe("scoreTrustParsed", () => {
  it("gives the same result as scoreTrust for a parsed profile and parsed options", () => {
    const options = { weights: { followerGrowth: 30 }, now: "2026-04-01" };
    expect(scoreTrustParsed(parseProfile(withFollowerJump()), parseScoreTrustOptions(options))).toEqual(scoreTrust(withFollowerJump(), options));
  });

  it("returns a null score rather than NaN when given weights that are all zero (validation skipped)", () => {
    const zeros = { weights: Object.fromEntries(TRUST_SIGNAL_KEYS.map((key) => [key, 0])) };
    const result = scoreTrustParsed(parseProfile(baseProfile()), zeros);
    expect([result.score, result.confidence]).toEqual([null, 0]);
  });

  it("uses the engagement score it is given", () => {
    const profile = parseProfile({ ...baseProfile(), posts: (baseProfile().posts ?? []).map((post) => ({ ...post, reach: 8_000 })) });
    const byReach = scoreEngagement(profile, { basis: "reach" });
    const result = scoreTrustParsed(profile, undefined, byReach);
    // Without the engagement argument the followers basis (Modash) would be used.
    expect(result.provenance.engagementBenchmark).toMatch(/Buzzoole/);
    expect(scoreTrustParsed(profile, undefined).provenance.engagementBenchmark).toMatch(/Modash/);
  });
});

describe("parseScoreTrustOptions", () => {
  it("puts issue paths under the given prefix", () => {
    try {
      parseScoreTrustOptions({ weights: { followRatio: -1 }, engagement: { basis: "likes" } }, ["trust"]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InfluencerInputError);
      const issues = (error as InfluencerInputError).issues;
      expect(issues.map((issue) => issue.path)).toEqual([
        ["trust", "weights", "followRatio"],
        ["trust", "engagement", "basis"],
      ]);
      expect(issues[0]?.message).toBe("trust.weights.followRatio: expected a finite non-negative number, received -1");
      expect(issues[1]?.message).toMatch(/^trust\.engagement\.basis: expected one of /);
    }
  });

  it("returns only the options that were given", () => {
    // toStrictEqual: no key set to undefined for an option that was not given (plain JSON, R7)
    expect(parseScoreTrustOptions(undefined)).toStrictEqual({});
    expect(parseScoreTrustOptions({ weights: { followRatio: 1 }, thresholds: { spikeZ: 4 }, bands: { source: "mine", cutoffs: { questionable: 1, fair: 2, good: 3, excellent: 4 } } })).toStrictEqual({
      weights: { followRatio: 1 },
      thresholds: { spikeZ: 4 },
      bands: { source: "mine", cutoffs: { questionable: 1, fair: 2, good: 3, excellent: 4 } },
    });
    expect(parseScoreTrustOptions({ now: 1e11, audience: { confidenceLevel: 0.8 }, engagement: { basis: "views" } })).toEqual({
      now: 1e11,
      audience: { confidenceLevel: 0.8 },
      engagement: { basis: "views" },
    });
  });

  it("rethrows anything that is not an input error", () => {
    const hostile = {
      engagement: {
        get basis(): unknown {
          throw new RangeError("boom");
        },
      },
    };
    expect(() => parseScoreTrustOptions(hostile)).toThrow(RangeError);
  });
});

describe("followerFreeTrustScore", () => {
  // The fee's trust score (src/compensation/qualityContext.ts): the engagement score without the percentile and the
  // variation of the per-post rates, which depend on the follower count.
  const followerFree = (profile: ParsedProfile): EngagementScore => ({ ...scoreEngagement(profile), percentile: null, consistency: null });

  it("equals the full evaluation on the stripped engagement score, re-evaluating only the signals that read it", () => {
    const options = { weights: { engagementPattern: 12 }, thresholds: { podPercentile: 0.9 } };
    for (const input of [baseProfile(), withPodEngagement(), withFollowerJump(), withSponsoredSaturation()]) {
      const profile = parseProfile(input);
      const stripped = followerFree(profile);
      const direct = evaluateTrustParsed(profile, options, stripped);
      expect(followerFreeTrustScore(profile, stripped, evaluateTrustParsed(profile, options))).toEqual({
        score: direct.trust.score,
        cap: direct.trust.cap,
        criticalFlags: criticalFlagCodes(direct.signals, direct.settings),
        confidence: direct.trust.confidence,
      });
    }
  });

  it("loses the pod's extreme-percentile cue and the engagement rate's weight", () => {
    const profile = parseProfile(withPodEngagement());
    const full = evaluateTrustParsed(profile, undefined);
    // With the percentile, all three pod cues (scenarios.test.ts): pattern and conversation depth score 0.
    // Without it, two cues remain (flat, comment-heavy): 1 − 2/3 → the score rises.
    const { score } = followerFreeTrustScore(profile, followerFree(profile), full);
    expect(score).toBe(scoreTrustParsed(profile, undefined, followerFree(profile)).score);
    expect(score).toBeGreaterThan(full.trust.score ?? 100);
  });

  it("is capped by a critical flag as the trust score is", () => {
    // audience 0.95 → 100 (weight 20); follow ratio 30,001 / 12,001 ≈ 2.5 ≥ 2 → 0 and critical (weight 5);
    // posts give the engagement signals data. The follower-free score is capped like the full one.
    const posts = (baseProfile().posts ?? []).slice(0, 6);
    const profile = parseProfile({ platform: "instagram", followers: 12_000, following: 30_000, audience: { authenticShare: 0.95 }, posts });
    const full = evaluateTrustParsed(profile, undefined);
    const { score, cap, criticalFlags } = followerFreeTrustScore(profile, followerFree(profile), full);
    expect(full.trust.cap?.flags).toEqual(["follow-for-follow"]);
    expect(criticalFlags).toEqual(["follow-for-follow"]);
    expect(score).toBe(scoreTrustParsed(profile, undefined, followerFree(profile)).score);
    expect(score).toBe(59.9); // TRUST_THRESHOLDS.criticalFlagCap
    expect(cap?.flags).toEqual(["follow-for-follow"]);
    // without the cap (100 never lowers a score) it would be higher, and is the cap's uncappedScore
    const uncapped = followerFreeTrustScore(profile, followerFree(profile), evaluateTrustParsed(profile, { thresholds: { criticalFlagCap: 100 } }));
    expect(uncapped.cap).toBeNull();
    // the flag still counts where it did not cap (the fee then earns no premium)
    expect(uncapped.criticalFlags).toEqual(["follow-for-follow"]);
    expect(uncapped.score ?? 0).toBeGreaterThan(59.9);
    expect(cap?.uncappedScore).toBe(uncapped.score);
  });

  it("is null when no signal with data is left", () => {
    // Only the engagement rate has data and weight; without its percentile nothing is left.
    const profile = parseProfile({ platform: "instagram", followers: 20_000, posts: [{ likes: 200, comments: 4 }] });
    const weights = Object.fromEntries(TRUST_SIGNAL_KEYS.map((key) => [key, key === "engagementRate" ? 1 : 0]));
    const evaluation = evaluateTrustParsed(profile, { weights });
    expect(evaluation.trust.score).not.toBeNull();
    expect(followerFreeTrustScore(profile, followerFree(profile), evaluation)).toMatchObject({ score: null, cap: null, criticalFlags: [] });
  });
});
