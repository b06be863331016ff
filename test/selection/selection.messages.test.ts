// The messages of the selection schemas (src/selection/parseSelection.ts), compared whole.
//
// The schemas are built on first use and cached, so under Stryker's per-test
// coverage a mutant inside a schema builder is credited only to the first test
// of a file that builds it (docs/quality.md, "Mutation testing"). Every message
// and every rule drawn by those builders is therefore checked in the FIRST test
// of this file; keep it first.
import { describe, expect, it } from "vitest";
import { issuesOf } from "../arbitraries/laws.js";
import { compareStrategies, selectInfluencers, type SelectInfluencersOptions, type SelectionCandidate } from "../../src/index.js";

/** A call with values of any type, as a JavaScript caller could make it. */
const select = (candidates: unknown, options: unknown): unknown =>
  selectInfluencers(candidates as SelectionCandidate[], options as SelectInfluencersOptions);

const one: SelectionCandidate[] = [{ id: "a", cost: 1, value: 1 }];

const TIERS = '"nano", "micro", "mid", "macro", "mega"';
const PLATFORMS = '"instagram", "tiktok", "youtube", "x", "facebook", "linkedin", "twitch"';
const TEXT = "expected a non-empty string of at most 1000 characters";
const TRUST = "expected a number between 0 and 100";
const CURRENCY = "expected an ISO 4217 currency code";
const TIER_KEY = 'expected a key that is one of "nano", "micro", "mid", "macro", "mega"';
const TIER_LIMITS = "expected a non-negative integer or an object of limits per tier (nano, micro, mid, macro, mega)";
const GROUP_LIMITS = "expected a non-negative integer or an object of limits per group";

describe("selectInfluencers messages", () => {
  it("says what it expected for every candidate field and option, and accepts what the schemas allow", () => {
    // Every candidate field wrong twice (a wrong type, then out of range), a candidate that is no object, and every option wrong.
    const candidates = [
      { id: "", cost: "1", value: -1, reach: 2, tier: "giga", platform: "myspace", trust: "high", group: "" },
      { id: 7, cost: 0, value: "1", reach: "x", tier: 3, platform: 3, trust: -1, group: 5 },
      { id: "c", cost: 1, value: 1, trust: 101 },
      null,
    ];
    const options = {
      budget: "5",
      objective: "views",
      maxCount: -1,
      minTrust: 100.5,
      maxPerTier: 1.5,
      maxPerGroup: { g: -1 },
      require: "a",
      exclude: [""],
      overlap: [null, { a: "", b: 3, shared: 1.5 }],
      currency: "usd",
      maxSearchNodes: 0,
    };
    expect(issuesOf(() => select(candidates, options))).toEqual([
      { path: ["candidates", 0, "id"], code: "too_small", message: `candidates[0].id: ${TEXT}, received ""` },
      { path: ["candidates", 0, "cost"], code: "invalid_type", message: 'candidates[0].cost: expected a finite positive number, received "1"' },
      { path: ["candidates", 0, "value"], code: "too_small", message: "candidates[0].value: expected a finite non-negative number, received -1" },
      { path: ["candidates", 0, "reach"], code: "too_big", message: "candidates[0].reach: expected a number between 0 and 1, received 2" },
      { path: ["candidates", 0, "tier"], code: "invalid_value", message: `candidates[0].tier: expected one of ${TIERS}, received "giga"` },
      { path: ["candidates", 0, "platform"], code: "invalid_value", message: `candidates[0].platform: expected one of ${PLATFORMS}, received "myspace"` },
      { path: ["candidates", 0, "trust"], code: "invalid_type", message: `candidates[0].trust: ${TRUST}, received "high"` },
      { path: ["candidates", 0, "group"], code: "too_small", message: `candidates[0].group: ${TEXT}, received ""` },
      { path: ["candidates", 1, "id"], code: "invalid_type", message: `candidates[1].id: ${TEXT}, received 7` },
      { path: ["candidates", 1, "cost"], code: "too_small", message: "candidates[1].cost: expected a finite positive number, received 0" },
      { path: ["candidates", 1, "value"], code: "invalid_type", message: 'candidates[1].value: expected a finite non-negative number, received "1"' },
      { path: ["candidates", 1, "reach"], code: "invalid_type", message: 'candidates[1].reach: expected a number between 0 and 1, received "x"' },
      { path: ["candidates", 1, "tier"], code: "invalid_type", message: `candidates[1].tier: expected one of ${TIERS}, received 3` },
      { path: ["candidates", 1, "platform"], code: "invalid_type", message: `candidates[1].platform: expected one of ${PLATFORMS}, received 3` },
      { path: ["candidates", 1, "trust"], code: "too_small", message: `candidates[1].trust: ${TRUST}, received -1` },
      { path: ["candidates", 1, "group"], code: "invalid_type", message: `candidates[1].group: ${TEXT}, received 5` },
      { path: ["candidates", 2, "trust"], code: "too_big", message: `candidates[2].trust: ${TRUST}, received 101` },
      { path: ["candidates", 3], code: "invalid_type", message: "candidates[3]: expected a candidate object with id, cost and value, received null" },
      { path: ["budget"], code: "invalid_type", message: 'budget: expected a finite positive number, received "5"' },
      { path: ["objective"], code: "invalid_value", message: 'objective: expected one of "value", "reach", received "views"' },
      { path: ["maxCount"], code: "too_small", message: "maxCount: expected a non-negative integer, received -1" },
      { path: ["minTrust"], code: "too_big", message: `minTrust: ${TRUST}, received 100.5` },
      { path: ["require"], code: "invalid_type", message: 'require: expected an array of candidate ids, received "a"' },
      { path: ["exclude", 0], code: "too_small", message: `exclude[0]: ${TEXT}, received ""` },
      { path: ["overlap", 0], code: "invalid_type", message: "overlap[0]: expected an overlap object with a, b and shared, received null" },
      { path: ["overlap", 1, "a"], code: "too_small", message: `overlap[1].a: ${TEXT}, received ""` },
      { path: ["overlap", 1, "b"], code: "invalid_type", message: `overlap[1].b: ${TEXT}, received 3` },
      { path: ["overlap", 1, "shared"], code: "too_big", message: "overlap[1].shared: expected a number between 0 and 1, received 1.5" },
      { path: ["currency"], code: "invalid_value", message: `currency: ${CURRENCY}, received "usd"` },
      { path: ["maxSearchNodes"], code: "too_small", message: "maxSearchNodes: expected a positive integer, received 0" },
      // The limits are checked after the other options
      { path: ["maxPerTier"], code: "invalid_type", message: "maxPerTier: expected a non-negative integer, received 1.5" },
      { path: ["maxPerGroup", "g"], code: "too_small", message: "maxPerGroup.g: expected a non-negative integer, received -1" },
    ]);

    // The other type errors of the options: arrays and their items, the currency, the node limit, the limit objects.
    const wrongTypes = { budget: 1, require: [3], exclude: "x", overlap: "x", currency: 840, maxSearchNodes: 1.5, maxPerTier: { nano: "1" }, maxPerGroup: "x" };
    expect(issuesOf(() => select(one, wrongTypes))).toEqual([
      { path: ["require", 0], code: "invalid_type", message: `require[0]: ${TEXT}, received 3` },
      { path: ["exclude"], code: "invalid_type", message: 'exclude: expected an array of candidate ids, received "x"' },
      { path: ["overlap"], code: "invalid_type", message: 'overlap: expected an array of overlaps, received "x"' },
      { path: ["currency"], code: "invalid_type", message: `currency: ${CURRENCY}, received 840` },
      { path: ["maxSearchNodes"], code: "invalid_type", message: "maxSearchNodes: expected a positive integer, received 1.5" },
      { path: ["maxPerTier", "nano"], code: "invalid_type", message: 'maxPerTier.nano: expected a non-negative integer, received "1"' },
      { path: ["maxPerGroup"], code: "invalid_type", message: `maxPerGroup: ${GROUP_LIMITS}, received "x"` },
    ]);
    expect(issuesOf(() => select(one, { budget: 1, maxPerTier: { giga: 1, micro: 1, tera: 2 } }))).toEqual([
      { path: ["maxPerTier", "giga"], code: "invalid_value", message: `maxPerTier.giga: ${TIER_KEY}, received "giga"` },
      { path: ["maxPerTier", "tera"], code: "invalid_value", message: `maxPerTier.tera: ${TIER_KEY}, received "tera"` },
    ]);
    expect(issuesOf(() => select(one, { budget: 1, maxPerTier: [1] }))).toEqual([
      { path: ["maxPerTier"], code: "invalid_type", message: `maxPerTier: ${TIER_LIMITS}, received an array` },
    ]);
    expect(issuesOf(() => select({ 0: one[0] }, "x"))).toEqual([
      { path: ["candidates"], code: "invalid_type", message: "candidates: expected an array of candidates, received an object" },
      { path: [], code: "invalid_type", message: 'expected an options object with a budget, received "x"' },
    ]);

    // A currency code is exactly three capital letters: anything around them, fewer or more, or another character is refused.
    for (const code of ["aUSD", "USDa", "US", "USDD", "A1C"]) {
      expect(issuesOf(() => select(one, { budget: 1, currency: code })), code).toEqual([
        { path: ["currency"], code: "invalid_value", message: `currency: ${CURRENCY}, received ${JSON.stringify(code)}` },
      ]);
    }
    // What the schemas allow: both objectives by name, a currency code, a node limit of 1, limits of 0 and trust at both ends.
    const allowed = select(
      [
        { id: "a", cost: 1, value: 1, reach: 1, tier: "nano", platform: "x", trust: 0, group: "g" },
        { id: "b", cost: 1, value: 0, reach: 0, tier: "mega", platform: "twitch", trust: 100 },
      ],
      { budget: 1, objective: "value", currency: "EUR", maxSearchNodes: 1, minTrust: 0, maxPerTier: { mega: 0 }, maxPerGroup: { g: 1 }, require: ["a"], exclude: ["b"] },
    );
    // Only "a" fits the budget of 1 and it is required
    expect(allowed).toMatchObject({ selected: ["a"], objective: "value", currency: "EUR" });
    expect(select(one.map((candidate) => ({ ...candidate, reach: 0.5 })), { budget: 1, objective: "reach", maxPerTier: 0 })).toMatchObject({ selected: ["a"], objective: "reach" });
  });
});

describe("candidate values whose sums must stay finite", () => {
  it("refuses a value above 10^20, which two at 1e308 would add up to Infinity", () => {
    // Before, compareStrategies returned totalValue Infinity and "Infinity of value" (not plain JSON, R7).
    expect(issuesOf(() => compareStrategies([{ id: "a", cost: 1, value: 1e20 }, { id: "b", cost: 1, value: 1e308 }], 3))).toEqual([
      { path: ["candidates", 1, "value"], code: "too_big", message: "candidates[1].value: expected a number of at most 100000000000000000000, received 1e+308" },
    ]);
  });

  it("refuses such a value from valueOfProfile too", () => {
    const profiles = [{ platform: "instagram" as const, followers: 1_000 }];
    expect(issuesOf(() => selectInfluencers(profiles, { budget: 1e6, valueOfProfile: () => 1e308 }))).toEqual([
      { path: [0, "value"], code: "too_big", message: "[0].value: expected a number of at most 100000000000000000000 from valueOfProfile, received 1e+308" },
    ]);
  });
});

describe("costs and budgets whose ticks must stay finite", () => {
  it("refuses a cost or a budget above 10^20: at 1e308 the search never ended", () => {
    // A cost of 1e308 in millionth ticks is Infinity; selectInfluencers with it and a budget of 1e308 ran for ever.
    expect(issuesOf(() => selectInfluencers([{ id: "a", cost: 1e308, value: 10 }], { budget: 1e308 }))).toEqual([
      { path: ["candidates", 0, "cost"], code: "too_big", message: "candidates[0].cost: expected a number of at most 100000000000000000000, received 1e+308" },
      { path: ["budget"], code: "too_big", message: "budget: expected a number of at most 100000000000000000000, received 1e+308" },
    ]);
    // 10^20 itself is a cost and a budget like any other.
    expect(selectInfluencers([{ id: "a", cost: 1e20, value: 10 }, { id: "b", cost: 2, value: 5 }], { budget: 1e20 }).selected).toEqual(["a"]);
  });

  it("refuses such a cost from costOfProfile too", () => {
    const profiles = [{ platform: "instagram" as const, followers: 1_000 }];
    expect(issuesOf(() => selectInfluencers(profiles, { budget: 1e6, costOfProfile: () => 1e308 }))).toEqual([
      { path: [0, "cost"], code: "too_big", message: "[0].cost: expected a number of at most 100000000000000000000 from costOfProfile, received 1e+308" },
    ]);
  });
});
