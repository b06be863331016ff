import { describe, expect, it } from "vitest";
import { issuesOf } from "../arbitraries/laws.js";
import {
  compareStrategies,
  estimateFlatFee,
  parseProfile,
  scoreTrust,
  selectInfluencers,
  type SelectProfilesOptions,
} from "../../src/index.js";

const profiles = [
  { id: "big", platform: "instagram", followers: 400_000 },
  { id: "small-a", platform: "instagram", followers: 20_000 },
  { id: "small-b", platform: "tiktok", followers: 30_000 },
] as const;

/** Expected fee rounded to the cent, as the default cost does. */
const centsOf = (amount: number): number => Math.round(amount * 100) / 100;


describe("selectInfluencers on profiles", () => {
  it("matches the documented example", () => {
    const result = selectInfluencers(profiles, { budget: 150 });
    // Fees (estimateFlatFee): big ≈ 792.76 (over 150), small-a ≈ 65.33, small-b ≈ 77.94; both small ones fit: 143.27
    expect([result.selected, result.provenance.cost, result.provenance.value]).toEqual([["small-a", "small-b"], "expected-flat-fee", "expected-conversions"]);
  });

  it("uses the expected flat fee rounded to the cent as cost and expected conversions as value", () => {
    const result = selectInfluencers(profiles, { budget: 150 });
    const feeA = estimateFlatFee(profiles[1]);
    const feeB = estimateFlatFee(profiles[2]);
    // Cost: Σ of each fee's median rounded to the cent; value: Σ of each post's median conversions
    expect(result.totalCost).toBeCloseTo(centsOf(feeA.cost?.expected ?? 0) + centsOf(feeB.cost?.expected ?? 0), 9);
    expect(result.totalValue).toBeCloseTo((feeA.outcomes.conversions?.expected ?? 0) + (feeB.outcomes.conversions?.expected ?? 0), 12);
    expect(result.currency).toBe("USD");
    expect(result.reasons.slice(0, 2)).toEqual([
      "cost: expected fair flat fee for one post in USD, rounded to the cent (estimateFlatFee)",
      "value: expected conversions of one post (impressions × click-through rate × conversion rate, estimateFlatFee outcomes)",
    ]);
  });

  it("gives the same answer as candidates built by hand from the same estimates", () => {
    const candidates = profiles.map((profile) => {
      const fee = estimateFlatFee(profile);
      return { id: profile.id, cost: centsOf(fee.cost?.expected ?? 0), value: fee.outcomes.conversions?.expected ?? 0 };
    });
    const fromProfiles = selectInfluencers(profiles, { budget: 900 });
    const fromCandidates = selectInfluencers(candidates, { budget: 900 });
    expect(fromProfiles.selected).toEqual(fromCandidates.selected);
    expect(fromProfiles.totalValue).toBe(fromCandidates.totalValue);
    expect(fromCandidates.provenance).toEqual({ cost: "given", value: "given", solver: fromCandidates.method });
  });

  it("reads costOfProfile and valueOfProfile, and says so", () => {
    const result = selectInfluencers(profiles, {
      budget: 5,
      costOfProfile: (profile) => profile.followers / 100_000,
      valueOfProfile: (_profile, index) => index + 1,
    });
    // Costs 4, 0.2, 0.3; values 1, 2, 3. All three cost 4.5 ≤ 5: value 6
    expect(result.selected).toEqual(["big", "small-a", "small-b"]);
    expect(result.totalValue).toBe(6);
    expect(result.provenance).toEqual({ cost: "costOfProfile", value: "valueOfProfile", solver: "core-dynamic-programming" });
    expect(result.currency).toBeNull();
    expect(result.reasons.slice(0, 2)).toEqual(["cost: from costOfProfile", "value: from valueOfProfile"]);
  });

  it("leaves out a profile without a fee estimate, with the reason", () => {
    // 0 followers and no posts: no impressions, so no fee
    const result = selectInfluencers([...profiles, { id: "empty", platform: "x", followers: 0 }], { budget: 150 });
    expect(result.provenance.value).toBe("expected-conversions");
    expect(result.reasons).toContainEqual(expect.stringMatching(/^left out, no fair flat fee: .*: "empty"$/));
  });

  it("falls back to trusted reach, impressions × trust score ÷ 100, when a profile has no conversion estimate", () => {
    const solo = { id: "solo", platform: "instagram", followers: 20_000, posts: [{ likes: 600, comments: 20, impressions: 9_000 }] } as const;
    const result = selectInfluencers([solo, { id: "empty", platform: "x", followers: 0 }], { budget: 100, costOfProfile: () => 10 });
    const trust = scoreTrust(parseProfile(solo)).score ?? 100;
    const impressions = estimateFlatFee(solo).outcomes.impressions?.expected ?? 0;
    expect(result.provenance.value).toBe("trusted-reach");
    // value = expected impressions × trust score ÷ 100
    expect(result.totalValue).toBeCloseTo((impressions * trust) / 100, 9);
    expect(result.reasons).toContain('left out, no expected impressions to measure trusted reach: "empty"');
  });

  it("reaches the whole default audience with a single candidate", () => {
    const result = selectInfluencers([profiles[1]], { budget: 10_000, objective: "reach" });
    // The default audience is the sum of the candidates' expected impressions: its own, so reach 1
    expect(result.totalReach).toBe(1);
  });

  it("sums the default audience in an order that does not depend on the profiles' order", () => {
    // Impressions 0.1, 0.2 and 0.3 (summaries' avgViews): 0.1 + 0.2 + 0.3 = 0.6000000000000001 but 0.3 + 0.2 + 0.1 = 0.6,
    // so an audience summed in input order moved every reach, and the totals, in the last bit when the profiles were permuted.
    const profile = (id: string, avgViews: number) => ({ id, platform: "instagram" as const, followers: 10_000, summary: { postCount: 10, avgLikes: 100, avgComments: 5, avgViews } });
    const profiles = [profile("a", 0.1), profile("b", 0.2), profile("c", 0.3)];
    const forward = selectInfluencers(profiles, { budget: 1_000_000, objective: "reach" });
    const backward = selectInfluencers([...profiles].reverse(), { budget: 1_000_000, objective: "reach" });
    expect(backward.totalReach).toBe(forward.totalReach);
    expect(compareStrategies([...profiles].reverse(), 1_000_000, { objective: "reach" }).single?.totalReach).toBe(
      compareStrategies(profiles, 1_000_000, { objective: "reach" }).single?.totalReach,
    );
  });

  it("divides expected impressions by audienceSize for reach", () => {
    const result = selectInfluencers([profiles[1]], { budget: 1_000, objective: "reach", audienceSize: 75_440 });
    const impressions = estimateFlatFee(profiles[1]).outcomes.impressions?.expected ?? 0;
    // reach = impressions ÷ 75,440 (7,544 / 75,440 = 0.1 for the 20,000-follower account at the 37.72% reach rate)
    expect(result.totalReach).toBeCloseTo(impressions / 75_440, 12);
  });

  it("reads an inherited audienceSize as it reads the budget", () => {
    // Before, an audienceSize on the prototype was ignored (reach needs it: totalReach would be null).
    const options = Object.create({ budget: 1_000, objective: "reach", audienceSize: 75_440 }) as SelectProfilesOptions;
    const impressions = estimateFlatFee(profiles[1]).outcomes.impressions?.expected ?? 0;
    expect(selectInfluencers([profiles[1]], options).totalReach).toBeCloseTo(impressions / 75_440, 12);
  });

  it("uses profile ids, then handles, then positions, made unique", () => {
    const result = selectInfluencers(
      [
        { handle: "@same", platform: "instagram", followers: 20_000 },
        { handle: "@same", platform: "instagram", followers: 20_000 },
        { platform: "instagram", followers: 20_000 },
      ],
      { budget: 10_000 },
    );
    expect([...result.selected].sort()).toEqual(["@same", "@same#2", "[2]"]);
  });

  it("keeps ids unique when a suffixed id is already taken", () => {
    const result = selectInfluencers(
      ["@x", "@x", "@x#2"].map((handle) => ({ handle, platform: "instagram" as const, followers: 20_000 })),
      { budget: 10_000 },
    );
    // The second "@x" would be "@x#2", which the third profile already uses: it becomes "@x#3"
    expect(result.selected).toEqual(["@x", "@x#3", "@x#2"]);
  });

  it("names the type of a wrongly typed audience size, cost or value", () => {
    const options = { budget: 100, audienceSize: "many", costOfProfile: () => "cheap", valueOfProfile: () => -1 } as unknown as SelectProfilesOptions;
    expect(issuesOf(() => selectInfluencers([profiles[1]], options)).map((issue) => [issue.path, issue.code])).toEqual([
      [["audienceSize"], "invalid_type"],
    ]);
    const measures = { budget: 100, costOfProfile: () => "cheap", valueOfProfile: () => -1 } as unknown as SelectProfilesOptions;
    expect(issuesOf(() => selectInfluencers([profiles[1]], measures)).map((issue) => [issue.path, issue.code])).toEqual([
      [[0, "cost"], "invalid_type"],
      [[0, "value"], "too_small"],
    ]);
  });

  it("accepts profiles from parseProfile without validating them again", () => {
    const parsed = profiles.map((profile) => parseProfile(profile));
    expect(selectInfluencers(parsed, { budget: 150 }).selected).toEqual(["small-a", "small-b"]);
  });

  it("passes the compensation options to the fee estimate", () => {
    const plain = selectInfluencers([profiles[1]], { budget: 10_000 });
    const withRights = selectInfluencers([profiles[1]], { budget: 10_000, compensation: { usageRightsDays: 30 } });
    // 30 days of usage rights: ×1.375 on the fee (estimateFlatFee's documented example)
    expect(withRights.totalCost / plain.totalCost).toBeCloseTo(1.375, 3);
  });

  it("rejects bad profile options by name, and reports every bad profile in errors with its position", () => {
    const rows = [profiles[0], { platform: "instagram", followers: -1 }, { platform: "myspace", followers: 1 }] as unknown as typeof profiles;
    // Before, the bad profiles were thrown too, at [1].followers and [2].platform; now only the options throw
    const issues = issuesOf(() => selectInfluencers(rows, { budget: 100, compensation: { usageRightsDays: -1 }, audienceSize: 0 }));
    expect(issues.map((issue) => issue.path)).toEqual([["compensation", "usageRightsDays"], ["audienceSize"]]);
    const { errors } = selectInfluencers(rows, { budget: 100 });
    expect(errors.map((error) => [error.index, error.issues.map((issue) => issue.path)])).toEqual([[1, [["followers"]]], [2, [["platform"]]]]);
    expect(errors[0]?.issues[0]?.message).toBe("followers: expected a non-negative integer, received -1");
  });

  it("says why a required profile is no candidate when it was left out", () => {
    const withZero = [{ id: "ok", platform: "instagram", followers: 20_000 }, { id: "zero", platform: "tiktok", followers: 0 }] as const;
    expect(issuesOf(() => selectInfluencers([...withZero], { budget: 150, require: ["zero"] }))).toEqual([
      {
        path: ["require", 0],
        code: "invalid_value",
        message: 'require[0]: expected the id of a candidate, not of a profile left out (no fair flat fee: fee unknown: impressions cannot be estimated), received "zero"',
      },
    ]);
  });

  it("reports a hole in a sparse list of profiles at its position, so later positions stay right", () => {
    // forEach skipped the hole: the third profile became [1] in labels, costOfProfile's index and error paths.
    const sparse = [profiles[0], , { platform: "instagram", followers: 20_000 }] as unknown as typeof profiles; // eslint-disable-line no-sparse-arrays
    const result = selectInfluencers(sparse, { budget: 1_000 });
    expect(result.errors).toEqual([{ index: 1, issues: [{ path: [], code: "invalid_type", message: "expected a profile object, received nothing" }] }]);
    // big (≈ 792.76) and the third profile fit 1,000; the third is still [2], not [1]
    expect(result.selected).toEqual(["big", "[2]"]);
  });

  it("rejects a bad number from costOfProfile or valueOfProfile at the profile's position", () => {
    const options = { budget: 100, costOfProfile: () => 0, valueOfProfile: () => -1 } as SelectProfilesOptions;
    const issues = issuesOf(() => selectInfluencers([profiles[1]], options));
    expect(issues).toEqual([
      { path: [0, "cost"], code: "too_small", message: "[0].cost: expected a finite positive number from costOfProfile, received 0" },
      { path: [0, "value"], code: "too_small", message: "[0].value: expected a finite non-negative number from valueOfProfile, received -1" },
    ]);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    "codes an audience size, cost or value of %s as invalid_type, as every other number of the library",
    (number) => {
      const options = { budget: 100, audienceSize: number, costOfProfile: () => number, valueOfProfile: () => number } as SelectProfilesOptions;
      expect(issuesOf(() => selectInfluencers([profiles[1]], options)).map((issue) => [issue.path, issue.code])).toEqual([
        [["audienceSize"], "invalid_type"],
      ]);
      const measures = { budget: 100, costOfProfile: () => number, valueOfProfile: () => number } as SelectProfilesOptions;
      expect(issuesOf(() => selectInfluencers([profiles[1]], measures)).map((issue) => [issue.path, issue.code])).toEqual([
        [[0, "cost"], "invalid_type"],
        [[0, "value"], "invalid_type"],
      ]);
    },
  );

  it("says a positive audience size must be finite", () => {
    expect(issuesOf(() => selectInfluencers([profiles[1]], { budget: 100, audienceSize: 0 }))).toEqual([
      { path: ["audienceSize"], code: "too_small", message: "audienceSize: expected a finite positive number of people, received 0" },
    ]);
  });

  it("rejects a non-function costOfProfile, a non-array list and a currency other than the fees'", () => {
    expect(issuesOf(() => selectInfluencers(profiles, { budget: 1, costOfProfile: 3 } as unknown as SelectProfilesOptions))[0]?.path).toEqual(["costOfProfile"]);
    expect(issuesOf(() => selectInfluencers("rows" as unknown as typeof profiles, { budget: 1, audienceSize: 10 }))[0]?.message).toBe('expected an array of profiles, received "rows"');
    expect(issuesOf(() => selectInfluencers(profiles, { budget: 1, currency: "EUR" }))).toEqual([
      { path: ["currency"], code: "invalid_value", message: 'currency: expected USD, the currency of the estimated fees, received "EUR"' },
    ]);
  });
});

describe("compareStrategies on profiles", () => {
  it("matches the documented example", () => {
    const result = compareStrategies(profiles, 150);
    // small-b alone (≈ 1.70 conversions) is the best single creator within 150; the set adds small-a
    expect([result.single?.selected, result.portfolio?.selected, result.provenance.value]).toEqual([["small-b"], ["small-a", "small-b"], "expected-conversions"]);
  });

  it("reads the profile options", () => {
    const result = compareStrategies(profiles, 5, { costOfProfile: (profile) => profile.followers / 100_000, valueOfProfile: () => 1 });
    // Costs 4, 0.2, 0.3, each worth 1: all three fit in 5
    expect(result.portfolio?.totalValue).toBe(3);
    expect(result.provenance.cost).toBe("costOfProfile");
  });
});
