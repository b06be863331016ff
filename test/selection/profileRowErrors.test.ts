// The profile form of selectInfluencers and compareStrategies follows the batch rule (CONTRIBUTING R3):
// a profile that fails validation becomes an entry of `errors` with its position, and the selection
// runs over the good profiles, as the command-line tool's `select` does. Bad options still throw
// (docs/methodology/selection.md §1.1).
import { describe, expect, it } from "vitest";
import { issuesOf } from "../arbitraries/laws.js";
import { compareStrategies, parseProfile, scoreInfluencers, selectInfluencers, type InfluencerProfileInput, type ParsedProfile } from "../../src/index.js";

const good = [
  { id: "big", platform: "instagram", followers: 400_000 },
  { id: "small-a", platform: "instagram", followers: 20_000 },
  { id: "small-b", platform: "tiktok", followers: 30_000 },
] as const;

/** The good profiles with a negative follower count at [1] and `null` at [3]. */
const mixed = [good[0], { id: "broken", platform: "instagram", followers: -3 }, good[1], null, good[2]] as unknown as InfluencerProfileInput[];

describe("selectInfluencers on profiles with bad rows", () => {
  it("reports each bad profile in errors with its position and selects over the good ones", () => {
    const result = selectInfluencers(mixed, { budget: 150 });
    expect(result.errors).toEqual([
      { index: 1, issues: [{ path: ["followers"], code: "too_small", message: "followers: expected a non-negative integer, received -3" }] },
      { index: 3, issues: [{ path: [], code: "invalid_type", message: "expected a profile object, received null" }] },
    ]);
    // The good profiles alone give the documented example's set: small-a (≈ 65.33) and small-b (≈ 77.94) within 150
    const clean = selectInfluencers(good, { budget: 150 });
    expect([result.selected, result.totalCost, result.totalValue]).toEqual([clean.selected, clean.totalCost, clean.totalValue]);
  });

  it("reports the bad rows as scoreInfluencers does, positions and issue paths alike", () => {
    expect(selectInfluencers(mixed, { budget: 150 }).errors).toEqual(scoreInfluencers(mixed).errors);
    const sparse = [good[0], , good[1]] as unknown as InfluencerProfileInput[]; // eslint-disable-line no-sparse-arrays
    expect(selectInfluencers(sparse, { budget: 1_000 }).errors).toEqual(scoreInfluencers(sparse).errors);
  });

  it("says in reasons which positions failed validation", () => {
    expect(selectInfluencers(mixed, { budget: 150 }).reasons).toContain("left out, failed validation (see errors): [1], [3]");
  });

  it("gives an empty errors list for candidates and for a list without a bad profile", () => {
    expect(selectInfluencers([{ id: "a", cost: 1, value: 1 }], { budget: 1 }).errors).toEqual([]);
    expect(selectInfluencers(good, { budget: 150 }).errors).toEqual([]);
    expect(compareStrategies([{ id: "a", cost: 1, value: 1 }], 1).errors).toEqual([]);
    expect(compareStrategies(good, 150).errors).toEqual([]);
  });

  it("returns an empty selection with every error when no profile is valid", () => {
    const result = selectInfluencers([null, { platform: "instagram", followers: -1 }] as unknown as InfluencerProfileInput[], { budget: 150 });
    expect([result.selected, result.totalCost, result.errors.map((error) => error.index)]).toEqual([[], 0, [0, 1]]);
    // Rows without followers are read as profiles when a profile option says so
    const reach = selectInfluencers([null] as unknown as InfluencerProfileInput[], { budget: 150, objective: "reach", audienceSize: 1_000 });
    expect([reach.selected, reach.totalReach, reach.errors.length]).toEqual([[], 0, 1]);
  });

  it("reads the list as profiles when the first object has followers, so a null first row is reported", () => {
    // Only the first element was looked at: a null there made the list candidates, and it threw "candidates[0]: …"
    const result = selectInfluencers([null, good[1]] as unknown as InfluencerProfileInput[], { budget: 1_000 });
    expect([result.selected, result.errors.map((error) => error.index)]).toEqual([["small-a"], [0]]);
  });

  it("keeps a candidate list whose later candidate carries followers as metadata a candidate list", () => {
    // Reading the form from any element made these two candidates profiles that both failed validation:
    // an empty selection, "optimal", with two errors, where the candidates fit the budget exactly.
    const candidates = [
      { id: "a", cost: 10, value: 5 },
      { id: "b", cost: 10, value: 4, followers: 100 },
    ];
    const result = selectInfluencers(candidates, { budget: 20 });
    expect([result.selected, result.totalValue, result.errors]).toEqual([["a", "b"], 9, []]);
    expect(compareStrategies(candidates, 20).portfolio?.selected).toEqual(["a", "b"]);
  });

  it("keeps a position as the id of a good profile without id or handle, and passes the position to costOfProfile", () => {
    const seen: number[] = [];
    const rows = [{ platform: "instagram", followers: -1 }, { platform: "instagram", followers: 20_000 }] as InfluencerProfileInput[];
    const result = selectInfluencers(rows, { budget: 1_000, costOfProfile: (_profile, index) => (seen.push(index), 10) });
    // The good profile is the second row: "[1]", as it would be if the first row were valid
    expect([result.selected, seen]).toEqual([["[1]"], [1]]);
  });

  it("numbers a repeated handle as if the bad row were valid, so a good row's id does not move", () => {
    const rows = [
      { handle: "@same", platform: "instagram", followers: -1 },
      { handle: "@same", platform: "instagram", followers: 20_000 },
    ] as InfluencerProfileInput[];
    const fixed = [{ ...rows[0], followers: 20_000 }, rows[1]] as InfluencerProfileInput[];
    expect(selectInfluencers(fixed, { budget: 10_000 }).selected).toEqual(["@same", "@same#2"]);
    expect(selectInfluencers(rows, { budget: 10_000 }).selected).toEqual(["@same#2"]);
  });

  it("reports a bad number from costOfProfile at the profile's own position, not its position among the good ones", () => {
    const rows = [null, good[1]] as unknown as InfluencerProfileInput[];
    expect(issuesOf(() => selectInfluencers(rows, { budget: 100, costOfProfile: () => 0 }))).toEqual([
      { path: [1, "cost"], code: "too_small", message: "[1].cost: expected a finite positive number from costOfProfile, received 0" },
    ]);
  });

  it("makes a selection that requires a profile which failed validation infeasible, and says why", () => {
    const rows = [good[1], { id: "broken", platform: "instagram", followers: -3 }] as InfluencerProfileInput[];
    const result = selectInfluencers(rows, { budget: 1_000, require: ["broken"] });
    expect([result.selected, result.method, result.errors.map((error) => error.index)]).toEqual([[], "infeasible", [1]]);
    expect(result.reasons.at(-1)).toBe('infeasible: required "broken" is no candidate: the profile at [1] failed validation (see errors)');
  });

  it("says a required id may be a profile that failed validation without a readable id", () => {
    const rows = [good[1], { id: 42, platform: "instagram", followers: 20_000 }] as unknown as InfluencerProfileInput[];
    const result = selectInfluencers(rows, { budget: 1_000, require: ["42"] });
    expect(result.method).toBe("infeasible");
    expect(result.reasons.at(-1)).toBe('infeasible: required "42" is no candidate: it may be the profile at [1], which failed validation without a readable id (see errors)');
  });

  it("still rejects a required id that names no profile when every bad row has a readable id", () => {
    const rows = [good[1], { id: "broken", platform: "instagram", followers: -3 }] as InfluencerProfileInput[];
    expect(issuesOf(() => selectInfluencers(rows, { budget: 1_000, require: ["ghost"] }))).toEqual([
      { path: ["require", 0], code: "invalid_value", message: 'require[0]: expected the id of a candidate, received "ghost"' },
    ]);
  });

  it("leaves out an overlap that names a profile which failed validation, with a note", () => {
    const rows = [good[1], good[2], { id: "broken", platform: "instagram", followers: -3 }] as InfluencerProfileInput[];
    const result = selectInfluencers(rows, { budget: 1_000, objective: "reach", overlap: [{ a: "small-a", b: "broken", shared: 0.1 }] });
    expect(result.selected).toEqual(["small-a", "small-b"]);
    expect(result.reasons).toContain('overlap[0] left out: "broken" is no candidate: the profile at [2] failed validation (see errors)');
  });

  it("says once why an overlap naming the same failed profile twice is left out", () => {
    const rows = [good[1], good[2], { id: "broken", platform: "instagram", followers: -3 }] as InfluencerProfileInput[];
    const result = selectInfluencers(rows, { budget: 1_000, objective: "reach", overlap: [{ a: "broken", b: "broken", shared: 0.1 }] });
    // The note gave the reason for a and again for b: '"broken" is no candidate: …; "broken" is no candidate: …'
    expect(result.reasons.filter((reason) => reason.startsWith("overlap"))).toEqual([
      'overlap[0] left out: "broken" is no candidate: the profile at [2] failed validation (see errors)',
    ]);
  });

  it("gives overlaps that name the same failed profile one note, each id once", () => {
    const rows = [
      good[1],
      good[2],
      { id: "broken", platform: "instagram", followers: -3 },
      { id: "bent", platform: "instagram", followers: 1.5 },
      { id: "worn", platform: "tiktok", followers: -1 },
    ] as InfluencerProfileInput[];
    const overlap = [
      { a: "small-a", b: "broken", shared: 0.1 },
      { a: "worn", b: "small-b", shared: 0.1 },
      { a: "broken", b: "small-b", shared: 0.1 },
      { a: "bent", b: "broken", shared: 0.1 },
    ];
    const result = selectInfluencers(rows, { budget: 1_000, objective: "reach", overlap });
    // overlap[0], [2] and [3] all name "broken" ([3] names "bent" too): one note, "broken" and "bent" once each; overlap[1]
    // names only "worn", in a note of its own. There were four notes, "broken" explained in three of them.
    expect(result.reasons.filter((reason) => reason.startsWith("overlap"))).toEqual([
      'overlap[0], overlap[2], overlap[3] left out: "broken" is no candidate: the profile at [2] failed validation; "bent" is no candidate: the profile at [3] failed validation (see errors)',
      'overlap[1] left out: "worn" is no candidate: the profile at [4] failed validation (see errors)',
    ]);
    expect(new Set(result.reasons).size).toBe(result.reasons.length);
    expect(compareStrategies(rows, 1_000, { objective: "reach", overlap }).reasons).toEqual(result.reasons);
  });

  it("lists an overlap whose reasons two notes give in the first of them, without giving a reason twice", () => {
    const rows = [good[1], { id: "broken", platform: "instagram", followers: -3 }, { id: "bent", platform: "instagram", followers: 1.5 }] as InfluencerProfileInput[];
    const overlap = [
      { a: "small-a", b: "broken", shared: 0.1 },
      { a: "bent", b: "small-a", shared: 0.1 },
      { a: "bent", b: "broken", shared: 0.1 },
    ];
    // overlap[2] names "bent" (overlap[1]'s note) and "broken" (overlap[0]'s, the first): it joins overlap[0]'s note, and
    // "bent" is still said once, in overlap[1]'s
    expect(selectInfluencers(rows, { budget: 1_000, objective: "reach", overlap }).reasons.filter((reason) => reason.startsWith("overlap"))).toEqual([
      'overlap[0], overlap[2] left out: "broken" is no candidate: the profile at [1] failed validation (see errors)',
      'overlap[1] left out: "bent" is no candidate: the profile at [2] failed validation (see errors)',
    ]);
  });

  it("keeps one note per overlap when no failed profile is named twice", () => {
    const rows = [good[1], { id: "broken", platform: "instagram", followers: -3 }, { id: "bent", platform: "instagram", followers: 1.5 }] as InfluencerProfileInput[];
    const overlap = [
      { a: "small-a", b: "broken", shared: 0.1 },
      { a: "bent", b: "small-a", shared: 0.1 },
    ];
    expect(selectInfluencers(rows, { budget: 1_000, objective: "reach", overlap }).reasons.filter((reason) => reason.startsWith("overlap"))).toEqual([
      'overlap[0] left out: "broken" is no candidate: the profile at [1] failed validation (see errors)',
      'overlap[1] left out: "bent" is no candidate: the profile at [2] failed validation (see errors)',
    ]);
  });

  it("still throws for bad options, and only their issues", () => {
    expect(issuesOf(() => selectInfluencers(mixed, { budget: 100, compensation: { usageRightsDays: -1 }, audienceSize: 0 })).map((issue) => issue.path)).toEqual([
      ["compensation", "usageRightsDays"],
      ["audienceSize"],
    ]);
    // Once the profile options are valid, the selection's own options are checked as before
    expect(issuesOf(() => selectInfluencers(mixed, { budget: 0 })).map((issue) => issue.path)).toEqual([["budget"]]);
  });

  it("takes profiles from parseProfile next to bad raw rows", () => {
    const rows: (ParsedProfile | InfluencerProfileInput)[] = [parseProfile(good[1]), { platform: "instagram", followers: -1 }];
    const result = selectInfluencers(rows, { budget: 1_000 });
    expect([result.selected, result.errors.map((error) => error.index)]).toEqual([["small-a"], [1]]);
  });
});

describe("compareStrategies on profiles with bad rows", () => {
  it("compares over the good profiles and reports the bad ones", () => {
    const result = compareStrategies(mixed, 150);
    const clean = compareStrategies(good, 150);
    expect(result.errors.map((error) => error.index)).toEqual([1, 3]);
    expect([result.single, result.portfolio, result.summary]).toEqual([clean.single, clean.portfolio, clean.summary]);
  });

  it("says that every profile failed validation when none is left to compare", () => {
    const result = compareStrategies([null, { platform: "instagram", followers: -1 }] as unknown as InfluencerProfileInput[], 150);
    expect([result.single, result.portfolio, result.errors.length]).toEqual([null, null, 2]);
    // Not "within the budget of 150 USD": with no candidate at all, the budget is not what leaves the sides empty
    expect(result.summary).toBe("No candidate to compare (2 profiles failed validation, see errors).");
  });
});

describe("the profile form when no profile becomes a candidate", () => {
  const bad = [{ platform: "x" }, 5] as unknown as InfluencerProfileInput[];
  const sourceNotes = [
    "cost: expected fair flat fee for one post in USD, rounded to the cent (estimateFlatFee)",
    "value: expected conversions of one post (impressions × click-through rate × conversion rate, estimateFlatFee outcomes)",
  ];
  // The default audience is the sum of the candidates' expected impressions: with none, there is no audience, not one of 0
  const noAudience = "reach: no candidate, so no audience (the sum of every candidate's expected impressions)";
  const nothing = "no candidate to choose from";

  it("says there is no candidate, not an audience of 0 or an optimal choice, when every profile failed validation", () => {
    // compensation marks the call as one on profiles: neither row has followers
    const result = selectInfluencers(bad, { budget: 100, compensation: {} });
    // The reasons said "reach: expected impressions ÷ an audience of 0 (…)", "considered 0 of 0 candidates" and
    // "optimal: no candidate was left to choose from"
    expect(result.reasons).toEqual([...sourceNotes, noAudience, "left out, failed validation (see errors): [0], [1]", nothing]);
    // The fields are unchanged: the empty set is the only selection, so it is the best one
    expect(result).toMatchObject({ selected: [], totalCost: 0, totalValue: 0, totalReach: 0, optimal: true, bound: 0, gap: 0, method: "core-dynamic-programming" });
    expect(result.errors.map((error) => error.index)).toEqual([0, 1]);
  });

  it("says the same for the reach objective, without a subset said to be tried or a model of combined reach", () => {
    // The reasons ended "combined reach assumes random duplication: 1 − Π(1 − reach)", "optimal: all 1 subset of 0 candidates were tried"
    const result = selectInfluencers(bad, { budget: 100, objective: "reach", compensation: {} });
    expect(result.reasons).toEqual([...sourceNotes, noAudience, "left out, failed validation (see errors): [0], [1]", nothing]);
    expect(result).toMatchObject({ selected: [], totalReach: 0, optimal: true, method: "exhaustive" });
  });

  it("gives compareStrategies the same reasons and a summary that says there is nothing to compare", () => {
    for (const objective of ["value", "reach"] as const) {
      const result = compareStrategies(bad, 100, { objective, compensation: {} });
      expect(result.reasons).toEqual(selectInfluencers(bad, { budget: 100, objective, compensation: {} }).reasons);
      expect(result.summary).toBe("No candidate to compare (2 profiles failed validation, see errors).");
      expect([result.single, result.portfolio, result.portfolioToSingle]).toEqual([null, null, null]);
    }
  });

  it("keeps an audienceSize the caller gave in the reach sentence", () => {
    const result = selectInfluencers(bad, { budget: 100, audienceSize: 5_000 });
    expect(result.reasons).toEqual([...sourceNotes, "reach: expected impressions ÷ an audience of 5,000", "left out, failed validation (see errors): [0], [1]", nothing]);
  });

  it("says the same for an empty list of profiles and an empty list of candidates", () => {
    expect(selectInfluencers([] as InfluencerProfileInput[], { budget: 100, compensation: {} }).reasons).toEqual([...sourceNotes, noAudience, nothing]);
    expect(compareStrategies([] as InfluencerProfileInput[], 100, { compensation: {} }).summary).toBe("No candidate to compare.");
    for (const objective of ["value", "reach"] as const) {
      expect(selectInfluencers([], { budget: 100, objective }).reasons).toEqual([nothing]);
      const compared = compareStrategies([], 100, { objective });
      expect([compared.reasons, compared.summary]).toEqual([[nothing], "No candidate to compare."]);
    }
  });

  it("says the same when every valid profile is left out for want of a fee", () => {
    // 0 followers and no posts: no fair flat fee, so no candidate
    const result = selectInfluencers([{ id: "z", platform: "instagram", followers: 0 }], { budget: 100, objective: "reach" });
    expect(result.reasons).toEqual([...sourceNotes, noAudience, 'left out, no fair flat fee: fee unknown: impressions cannot be estimated: "z"', nothing]);
  });
});
