// minTrust on a trust score that rests on too little evidence for a band: the
// candidate's trustRange (the scores its missing signals leave possible)
// decides, not the score alone (docs/methodology/selection.md §1).
import { describe, expect, it } from "vitest";
import { compareStrategies, scoreTrust, selectInfluencers, type SelectionCandidate } from "../../src/index.js";
import { trustVerdict } from "../../src/selection/trustVerdict.js";
import { issuesOf } from "../arbitraries/laws.js";

/**
 * 94 from 2 of 13 signals (0.25 of the weight), band unknown, range 23.5 to 98.5
 * (the worked example of TrustScoreRange): audienceAuthenticity (0.87 − 0.5) / 0.4 → 92.5
 * at weight 20, followRatio 300 / 12,000 → 100 at weight 5.
 */
const thin = { id: "thin", platform: "instagram", followers: 12_000, following: 300, audience: { authenticShare: 0.87 } } as const;

describe("trustVerdict", () => {
  it("judges a score with a known band by the score alone, the boundary included", () => {
    expect([trustVerdict({ trust: 70 }, 70), trustVerdict({ trust: 69.9 }, 70), trustVerdict({}, 0)]).toEqual(["meets", "below", "none"]);
  });

  it("judges a score on thin evidence by its whole range: it meets minTrust only when the lower end does", () => {
    const range = (lower: number, upper: number): { trust: number; trustRange: { lower: number; upper: number } } => ({ trust: (lower + upper) / 2, trustRange: { lower, upper } });
    expect([
      trustVerdict(range(70, 90), 70), // lower = minTrust: every possible score reaches it
      trustVerdict(range(69.9, 90), 70), // one possible score falls short
      trustVerdict(range(50, 70), 70), // upper = minTrust: the best case still reaches it, the worst does not
      trustVerdict(range(50, 69.9), 70), // every possible score falls short
    ]).toEqual(["meets", "unsure", "unsure", "below"]);
  });
});

describe("minTrust with a trustRange (candidates)", () => {
  const candidates: SelectionCandidate[] = [
    { id: "solid", cost: 10, value: 1, trust: 80 },
    { id: "sure", cost: 10, value: 1, trust: 90, trustRange: { lower: 75, upper: 95 } },
    { id: "spans", cost: 10, value: 5, trust: 94, trustRange: { lower: 23.5, upper: 98.5 } },
  ];

  it("selects a thin score whose whole range reaches minTrust, and sets aside one whose range spans it, with the reason", () => {
    const result = selectInfluencers(candidates, { budget: 100, minTrust: 75 });
    expect(result.selected).toEqual(["solid", "sure"]);
    expect(result.reasons).toContain('trust on too little evidence to tell against minTrust 75 (the range of scores the missing signals leave possible spans it): "spans"');
  });

  it("changes nothing without minTrust, nor when minTrust is at most every lower end", () => {
    expect(selectInfluencers(candidates, { budget: 100 }).selected).toEqual(["solid", "sure", "spans"]);
    expect(selectInfluencers(candidates, { budget: 100, minTrust: 23.5 }).selected).toEqual(["solid", "sure", "spans"]);
  });

  it("accepts a required thin score whose range reaches minTrust", () => {
    const result = selectInfluencers(candidates, { budget: 100, minTrust: 75, require: ["sure"] });
    expect(result.method).not.toBe("infeasible");
    expect(result.selected).toEqual(["solid", "sure"]);
  });

  it("leaves a thin score whose range spans minTrust out of compareStrategies' best single creator too", () => {
    // spans has the most value (5), so without minTrust it is the best single creator
    expect(compareStrategies(candidates, 100).single?.selected).toEqual(["spans"]);
    // solid and sure tie at value 1 for 10: the first id in code-unit order wins
    expect(compareStrategies(candidates, 100, { minTrust: 75 }).single?.selected).toEqual(["solid"]);
  });
});

describe("trustRange validation", () => {
  it("needs a trust score, inside the range", () => {
    const issues = issuesOf(() =>
      selectInfluencers(
        [
          { id: "a", cost: 1, value: 1, trustRange: { lower: 10, upper: 20 } },
          { id: "b", cost: 1, value: 1, trust: 30, trustRange: { lower: 10, upper: 20 } },
          { id: "c", cost: 1, value: 1, trust: 5, trustRange: { lower: 10, upper: 20 } },
          { id: "d", cost: 1, value: 1, trust: 15, trustRange: { lower: 20, upper: 10 } },
        ],
        { budget: 5 },
      ),
    );
    expect(issues).toEqual([
      { path: ["candidates", 0, "trust"], code: "invalid_type", message: "candidates[0].trust: expected a number between 0 and 100 when trustRange is given, received nothing" },
      { path: ["candidates", 1, "trustRange"], code: "invalid_value", message: "candidates[1].trustRange: expected lower ≤ trust (30) ≤ upper, received an object" },
      { path: ["candidates", 2, "trustRange"], code: "invalid_value", message: "candidates[2].trustRange: expected lower ≤ trust (5) ≤ upper, received an object" },
      { path: ["candidates", 3, "trustRange"], code: "invalid_value", message: "candidates[3].trustRange: expected lower ≤ trust (15) ≤ upper, received an object" },
    ]);
  });

  it("reports a trust outside its range with the other fields' problems, in one throw", () => {
    const issues = issuesOf(() =>
      selectInfluencers(
        [
          { id: "a", cost: -1, value: 1, trust: 5, trustRange: { lower: 50, upper: 60 } },
          { id: "b", cost: 1, value: 1, trust: 500, trustRange: { lower: 50, upper: 60 } },
        ],
        { budget: 5 },
      ),
    );
    // b's trust is reported by the schema; the range check needs a valid trust
    expect(issues.map((entry) => entry.path)).toEqual([
      ["candidates", 0, "cost"],
      ["candidates", 1, "trust"],
      ["candidates", 0, "trustRange"],
    ]);
  });

  it("names a bad end or a range that is not an object at its path", () => {
    const issues = issuesOf(() =>
      selectInfluencers(
        [
          { id: "a", cost: 1, value: 1, trust: 50, trustRange: { lower: -1, upper: 60 } },
          { id: "b", cost: 1, value: 1, trust: 50, trustRange: 60 as unknown as { lower: number; upper: number } },
        ],
        { budget: 5 },
      ),
    );
    expect(issues.map((entry) => entry.path)).toEqual([
      ["candidates", 0, "trustRange", "lower"],
      ["candidates", 1, "trustRange"],
    ]);
    expect(issues[1]?.message).toBe("candidates[1].trustRange: expected a trust range object with lower and upper, received 60");
  });
});

describe("minTrust on profiles", () => {
  it("reads the range of a trust score without a band: set aside when it spans minTrust, kept when its lower end reaches it", () => {
    const trust = scoreTrust(thin);
    expect([trust.score, trust.band, trust.range]).toEqual([94, "unknown", { lower: 23.5, upper: 98.5 }]);
    const options = { budget: 100, costOfProfile: () => 10 };
    const spanned = selectInfluencers([thin], { ...options, minTrust: 70 });
    expect(spanned.selected).toEqual([]);
    expect(spanned.reasons).toContain('trust on too little evidence to tell against minTrust 70 (the range of scores the missing signals leave possible spans it): "thin"');
    expect(selectInfluencers([thin], { ...options, minTrust: 23.5 }).selected).toEqual(["thin"]);
    expect(selectInfluencers([thin], { ...options, minTrust: 99 }).reasons).toContain('trust below minTrust 99: "thin"');
  });

  it("compares a score whose band rests on enough evidence as it is, even when its range spans minTrust", () => {
    // 7 of 13 signals carry 0.55 of the weight: band "good" on its own evidence, range 45.3 to 90.3
    const posts = Array.from({ length: 12 }, (_, index) => ({ publishedAt: `2026-01-${String(index * 2 + 1).padStart(2, "0")}T12:00:00Z`, likes: 400 + 10 * index, comments: 12 + index }));
    const known = { ...thin, id: "known", posts };
    const trust = scoreTrust(known);
    expect([trust.score, trust.band, trust.confidence, trust.range]).toEqual([82.4, "good", 0.55, { lower: 45.3, upper: 90.3 }]);
    expect(selectInfluencers([known], { budget: 100, costOfProfile: () => 10, minTrust: 80 }).selected).toEqual(["known"]);
  });

  it("reads the range of a thin score whose band comes from a critical flag: the flag gives no pass", () => {
    // follow-for-follow (30,000 followed against 12,000 followers) is critical: the band reads "questionable"
    // on 0.25 of the weight, the score is capped at 59.9 and the missing signals leave 20 to 59.9
    const flagged = { id: "flagged", platform: "instagram", followers: 12_000, following: 30_000, audience: { authenticShare: 0.95 } } as const;
    const trust = scoreTrust(flagged);
    expect([trust.score, trust.band, trust.confidence, trust.range]).toEqual([59.9, "questionable", 0.25, { lower: 20, upper: 59.9 }]);
    // thin (23.5 to 98.5, no flag) is set aside under minTrust 50; the flagged creator, whose range is lower, must be too
    const options = { budget: 100, costOfProfile: () => 10, minTrust: 50 };
    const result = selectInfluencers([thin, flagged], options);
    expect(result.selected).toEqual([]);
    expect(result.reasons).toContain('trust on too little evidence to tell against minTrust 50 (the range of scores the missing signals leave possible spans it): "thin", "flagged"');
    expect(compareStrategies([thin, flagged], 100, { costOfProfile: () => 10, minTrust: 50 }).single).toBeNull();
    expect(selectInfluencers([flagged], { ...options, minTrust: 20 }).selected).toEqual(["flagged"]);
  });
});
