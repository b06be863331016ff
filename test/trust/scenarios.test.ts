import { describe, expect, it } from "vitest";
import { scoreTrust, type TrustFlagCode, type TrustScore } from "../../src/index.js";
import {
  baseProfile,
  isoDay,
  JUMP_DAY,
  withFollowerJump,
  withLowAuthenticShare,
  withPodEngagement,
  withSponsoredSaturation,
  withViralJump,
} from "./fixtures.js";

// Acceptance scenarios of the trust issue: one organic base profile, and the
// same profile with one suspicious change each. Each scenario scores below the
// base and raises its documented flag; the base raises none of them.

const SCENARIO_FLAGS: readonly TrustFlagCode[] = ["follower-spike", "sponsored-saturation", "engagement-pod-suspected", "audience-fake-heavy"];

const codes = (result: TrustScore): TrustFlagCode[] => result.flags.map((flag) => flag.code);
const factor = (result: TrustScore, key: string): TrustScore["factors"][number] | undefined => result.factors.find((item) => item.key === key);

describe("scoreTrust acceptance scenarios", () => {
  const base = scoreTrust(baseProfile());

  it("raises no flag at all for the organic base profile", () => {
    expect(base.flags).toEqual([]);
    for (const code of SCENARIO_FLAGS) expect(codes(base)).not.toContain(code);
  });

  it("uses every signal for the base profile, so confidence is 1", () => {
    // The base profile has audience data, history, following, 20 posts with dates, topics,
    // 3 sponsored posts with brands and an account creation date: all 13 signals have data.
    expect(base.confidence).toBe(1);
    expect(base.factors.every((item) => item.value !== null)).toBe(true);
  });

  it("rates the base profile excellent", () => {
    // Band cut-offs: excellent from 90 (TRUST_BANDS); the base's deductions are small
    // (conversation depth 0.035 comments per like, sponsored posts at 0.69 of organic engagement).
    expect(base.band).toBe("excellent");
    expect(base.score).toBeGreaterThanOrEqual(90);
  });

  describe("(a) a one-day +30% follower jump with no engagement change", () => {
    const result = scoreTrust(withFollowerJump());

    it("scores below the base", () => {
      expect(result.score).toBeLessThan(base.score ?? 0);
    });

    it("raises follower-spike with the day and size of the jump as evidence", () => {
      const flag = result.flags.find((item) => item.code === "follower-spike");
      expect(flag?.severity).toBe("warning");
      // The jump shows between the snapshots of day 59 and day 60 (2026-03-01 → 2026-03-02).
      expect(flag?.evidence["largestSpikeStart"]).toBe(isoDay(JUMP_DAY - 1));
      expect(flag?.evidence["largestSpikeEnd"]).toBe(isoDay(JUMP_DAY));
      // (F60 + 1) / (F59 + 1) − 1 with F60 = round(1.3 · organic60): about +0.30.
      expect(flag?.evidence["largestSpikeGain"]).toBeCloseTo(0.3, 1);
    });

    it("raises no other flag", () => {
      expect(codes(result)).toEqual(["follower-spike"]);
    });

    it("puts the loss on the follower-growth factor", () => {
      // About 0.3/1.3 ≈ 0.22 of the final followers arrived in the jump: credit 1 − 0.22/0.25 ≈ 0.12.
      expect(factor(result, "followerGrowth")?.value).toBeCloseTo(0.22, 2);
      expect(factor(result, "followerGrowth")?.subScore).toBeLessThan(15);
    });
  });

  describe("(b) 60% sponsored posts", () => {
    const result = scoreTrust(withSponsoredSaturation());

    it("scores below the base", () => {
      expect(result.score).toBeLessThan(base.score ?? 0);
    });

    it("raises sponsored-saturation with the share as evidence", () => {
      // 12 of 20 posts are sponsored: 12 / 20 = 0.6 > 0.5.
      expect(result.flags).toEqual([
        {
          code: "sponsored-saturation",
          severity: "warning",
          message: "12 of 20 posts (0.6) are sponsored, above the 0.5 threshold",
          evidence: { sponsoredShare: 0.6, threshold: 0.5, sponsoredPosts: 12, posts: 20 },
        },
      ]);
    });

    it("gives the sponsored share a third of its credit", () => {
      // Ramp from 1 at 0.2 to 0 at 0.8: (0.8 − 0.6) / (0.8 − 0.2) = 1/3 → 33.3.
      expect(factor(result, "sponsoredShare")?.subScore).toBe(33.3);
    });
  });

  describe("(c) pod-like engagement: very high, flat and comment-heavy", () => {
    const result = scoreTrust(withPodEngagement());

    it("scores below the base", () => {
      expect(result.score).toBeLessThan(base.score ?? 0);
    });

    it("raises engagement-pod-suspected with all three cues", () => {
      expect(codes(result)).toEqual(["engagement-pod-suspected"]);
      const flag = result.flags[0];
      expect(flag?.severity).toBe("warning");
      // 1,500 likes on ~20,000 followers is far above the 10k–50k high band (2.61%): percentile > 0.95;
      // likes 1,470–1,530 vary by about ±2%: robust variation ≤ 0.15; comments 0.2 per like > 0.1.
      expect(flag?.evidence["cues"]).toBe(3);
      expect(flag?.evidence["commentsPerLike"]).toBeCloseTo(0.2, 3);
    });

    it("gives the pattern signal no credit and discounts the conversation depth to zero", () => {
      // Three cues: 1 − 3/3 = 0; conversation depth is multiplied by that credit.
      expect(factor(result, "engagementPattern")?.subScore).toBe(0);
      expect(factor(result, "conversationDepth")?.subScore).toBe(0);
    });
  });

  describe("(d) a vendor audit with 0.55 real followers", () => {
    const result = scoreTrust(withLowAuthenticShare());

    it("scores below the base", () => {
      expect(result.score).toBeLessThan(base.score ?? 0);
    });

    it("raises audience-fake-heavy as a warning", () => {
      // 0.55 < 0.75 (warning) but not < 0.5 (critical).
      expect(result.flags).toEqual([
        {
          code: "audience-fake-heavy",
          severity: "warning",
          message: "only 0.55 of followers look real (vendor audit), below the 0.75 threshold",
          evidence: { authenticShare: 0.55, source: "vendor", threshold: 0.75, sampleEstimate: null, sampleSize: null },
        },
      ]);
    });

    it("gives the audience signal an eighth of its credit", () => {
      // Ramp from 0 at 0.5 to 1 at 0.9: (0.55 − 0.5) / (0.9 − 0.5) = 0.125 → 12.5.
      expect(factor(result, "audienceAuthenticity")?.subScore).toBe(12.5);
    });
  });

  describe("a growth jump that coincides with a viral post", () => {
    const result = scoreTrust(withViralJump());

    it("is not flagged", () => {
      expect(codes(result)).not.toContain("follower-spike");
      expect(result.flags).toEqual([]);
    });

    it("keeps full follower-growth credit and says the spike matched a viral post", () => {
      expect(factor(result, "followerGrowth")?.subScore).toBe(100);
      expect(factor(result, "followerGrowth")?.reason).toContain("spikes matched to a viral post: 1 (not penalized unless a purge followed)");
    });
  });
});
