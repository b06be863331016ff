// Tests written from the surviving mutants of src/selection/profileCandidates.ts
// (Stryker, unit tests only; see docs/mutation/selection.md). Results are
// computed inside each `it`, so that Stryker credits every test it runs.
import { describe, expect, it } from "vitest";
import { estimateFlatFee, selectInfluencers } from "../../src/index.js";
// Internal: the command-line tool's `select` reads `positions` to find each candidate's input line.
import { buildCandidates } from "../../src/selection/profileCandidates.js";

/** 20,000 followers, no posts: 20,000 × 0.3772 reach rate = 7,544 expected impressions; no trust score (nothing to measure). */
const plain = { id: "plain", platform: "instagram", followers: 20_000 } as const;
/** One post of 9,000 impressions: expected impressions 9,000; a trust score (86.4, scoreTrust). */
const measured = { id: "measured", platform: "instagram", followers: 20_000, posts: [{ likes: 600, comments: 20, impressions: 9_000 }] } as const;
/** One post seen by nobody: 0 impressions, so an expected fee of 0 × CPM = 0. */
const unseen = { id: "unseen", platform: "instagram", followers: 0, posts: [{ likes: 0, comments: 0, impressions: 0 }] } as const;
/** No posts and no followers: no impressions, so no fee at all. */
const empty = { id: "empty", platform: "x", followers: 0 } as const;

describe("profile candidates (mutants)", () => {
  it("leaves out a profile whose expected fee is 0 and one without a fee, each with the fee's own first reason", () => {
    const result = selectInfluencers([plain, unseen, empty], { budget: 150 });
    // plain: fee 65.33 (profileForm.test.ts) ≤ 150; unseen: 0 impressions × 8.66 CPM (instagram, √(5·15)) ÷ 1,000 = 0, not a fee
    expect(result.selected).toEqual(["plain"]);
    expect(result.reasons).toEqual([
      "cost: expected fair flat fee for one post in USD, rounded to the cent (estimateFlatFee)",
      "value: expected conversions of one post (impressions × click-through rate × conversion rate, estimateFlatFee outcomes)",
      // Only plain is usable: the audience is its own 7,544 impressions
      "reach: expected impressions ÷ an audience of 7,544 (the sum of every candidate's expected impressions)",
      'left out, no fair flat fee: fee = impressions × CPM ÷ 1,000 × adjustments = 0 × 8.66 ÷ 1,000 × 1 = 0 USD (median): "unseen"',
      'left out, no fair flat fee: fee unknown: impressions cannot be estimated: "empty"',
      "considered 1 of 1 candidate",
      "optimal: dynamic programming over the core of 1 candidate finished after 1 state",
    ]);
  });

  it("keeps a profile without impressions when valueOfProfile values it, with a reach of 0", () => {
    const result = selectInfluencers([empty], { budget: 100, costOfProfile: () => 10, valueOfProfile: () => 1 });
    // Cost 10 ≤ 100, value 1; no impressions anywhere: the default audience is 0 people, and reach 0 (not 0 ÷ 0)
    expect(result.selected).toEqual(["empty"]);
    expect(result.totalValue).toBe(1);
    expect(result.totalReach).toBe(0);
  });

  it("under trusted reach, leaves out a profile without impressions once, and only under that reason", () => {
    const result = selectInfluencers([measured, empty], { budget: 100, costOfProfile: () => 10 });
    // empty has no conversion estimate, so value is trusted reach: 9,000 × 86.4 ÷ 100 = 7,776 for measured
    expect(result.totalValue).toBeCloseTo(7_776, 9);
    expect(result.reasons).toEqual([
      "cost: from costOfProfile",
      "value: trusted reach, expected impressions of one post × trust score ÷ 100 (not every profile has a conversion estimate)",
      "reach: expected impressions ÷ an audience of 9,000 (the sum of every candidate's expected impressions)",
      'left out, no expected impressions to measure trusted reach: "empty"',
      "considered 1 of 1 candidate",
      "optimal: dynamic programming over the core of 1 candidate finished after 1 state",
    ]);
  });

  it("compares a profile's trust score with minTrust, and leaves out a profile the trust model could not score", () => {
    const result = selectInfluencers([measured, plain], { budget: 100, costOfProfile: () => 10, minTrust: 0 });
    // measured's trust 86.4 ≥ 0 passes; plain has no trust score, so minTrust (even 0) leaves it out
    expect(result.selected).toEqual(["measured"]);
    expect(result.reasons).toContain('no trust score to compare with minTrust 0: "plain"');
    expect(result.reasons).toContain("considered 1 of 2 candidates");
  });

  it("says at which position of the sources each candidate was built", () => {
    const sources = [plain, empty, measured].map((profile) => ({
      label: profile.id,
      platform: profile.platform,
      tier: "micro" as const,
      trust: null,
      flatFee: estimateFlatFee(profile),
    }));
    const built = buildCandidates(sources, false, false, undefined);
    // empty (position 1) has no fee: the candidates are plain and measured, from positions 0 and 2
    expect(built.candidates.map((candidate) => candidate.id)).toEqual(["plain", "measured"]);
    expect(built.positions).toEqual([0, 2]);
    expect(built.skipped).toEqual([{ position: 1, id: "empty", reason: "no fair flat fee: fee unknown: impressions cannot be estimated" }]);
  });
});
