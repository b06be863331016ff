import { describe, expect, it } from "vitest";
import { compareStrategies, InfluencerInputError, type CompareStrategiesOptions, type SelectionCandidate } from "../../src/index.js";
import { issuesOf } from "../arbitraries/laws.js";

const lineUp: SelectionCandidate[] = [
  { id: "mega", cost: 9_000, value: 1_000 },
  { id: "micro-a", cost: 2_000, value: 450 },
  { id: "micro-b", cost: 3_000, value: 600 },
  { id: "micro-c", cost: 4_000, value: 700 },
];

describe("compareStrategies", () => {
  it("matches the documented example", () => {
    const result = compareStrategies(lineUp, 9_000, { currency: "USD" });
    // By hand: set 450 + 600 + 700 = 1750 vs mega 1000 → 1.75 times; largest member 700 / 1750 = 0.4
    expect([result.single?.selected, result.portfolio?.selected, result.portfolioToSingle, result.portfolio?.concentration]).toEqual([
      ["mega"],
      ["micro-a", "micro-b", "micro-c"],
      1.75,
      0.4,
    ]);
    // By hand: 1750 / 9000 = 0.19444… → 0.1944; 1000 / 9000 = 0.1111
    expect(result.summary).toBe(
      'Within 9,000 USD, a set of 3 creators ("micro-a", "micro-b", "micro-c") delivers 1,750 of value for 9,000 USD (0.1944 per USD), 1.75 times the best single creator, "mega", which delivers 1,000 of value for 9,000 USD (0.1111 per USD). The set\'s largest member carries a share of 0.4 of its value; the single creator carries all of it.',
    );
  });

  it("returns both sides as plain data", () => {
    expect(compareStrategies(lineUp, 9_000, { currency: "USD" })).toEqual({
      objective: "value",
      budget: 9000,
      currency: "USD",
      single: {
        selected: ["mega"],
        totalCost: 9000,
        totalValue: 1000,
        totalReach: null,
        valuePerCost: 1000 / 9000,
        reachPerCost: null,
        concentration: 1, // one member carries everything
      },
      portfolio: {
        selected: ["micro-a", "micro-b", "micro-c"],
        totalCost: 9000,
        totalValue: 1750,
        totalReach: null,
        valuePerCost: 1750 / 9000,
        reachPerCost: null,
        concentration: 0.4, // 700 / 1750
      },
      isPortfolioOptimal: true,
      portfolioToSingle: 1.75,
      summary: expect.stringMatching(/^Within 9,000 USD/) as unknown,
      provenance: { cost: "given", value: "given", solver: "core-dynamic-programming" },
      // As in selectInfluencers: the break state and mega offered, both pruned
      reasons: ["considered 4 of 4 candidates", "optimal: dynamic programming over the core of 4 candidates finished after 2 states"],
      errors: [], // candidates are never reported as bad rows: a bad candidate throws
    });
  });

  it("says so when one creator is the best choice", () => {
    const result = compareStrategies(
      [
        { id: "mega", cost: 9_000, value: 2_000 },
        { id: "micro-a", cost: 2_000, value: 450 },
      ],
      9_000,
    );
    // By hand: mega (2000) beats micro-a (450); both together cost 11000 > 9000
    expect(result.portfolio?.selected).toEqual(["mega"]);
    expect(result.portfolioToSingle).toBe(1);
    // By hand: 2000 / 9000 = 0.2222
    expect(result.summary).toBe(
      'A single creator is the best choice: "mega" delivers 2,000 of value for 9,000 (0.2222 per unit of money); no set of several creators does better within 9,000.',
    );
  });

  it("never writes a ratio just above 1 as 1 times, nor a share just below 1 as 1", () => {
    const result = compareStrategies(
      [
        { id: "a", cost: 10, value: 1_000 },
        { id: "b", cost: 10, value: 2 },
      ],
      100,
    );
    // By hand: (1000 + 2) / 1000 = 1.002 (read "1 times" at 2 decimals); 1000 / 1002 = 0.998004 (read "1");
    // 1002 / 20 = 50.1 and 1000 / 10 = 100 per unit
    expect(result.summary).toBe(
      'Within 100, a set of 2 creators ("a", "b") delivers 1,002 of value for 20 (50.1 per unit of money), 1.002 times the best single creator, "a", ' +
        "which delivers 1,000 of value for 10 (100 per unit of money). The set's largest member carries a share of 0.998 of its value; the single creator carries all of it.",
    );
  });

  it("never writes amounts it tells apart more coarsely than their usual decimals", () => {
    // Costs 12,350.004 (set) and 12,349.996 (single) read "12,350" at 2 decimals; 3 significant digits put them on
    // either side of a rounding boundary, "12,400" and "12,300", a set over its budget of 12,350.01.
    const costs = compareStrategies(
      [
        { id: "big", cost: 12_349.996, value: 10 },
        { id: "s1", cost: 6_000, value: 6 },
        { id: "s2", cost: 6_350.004, value: 6 },
      ],
      12_350.01,
    );
    expect(costs.summary).toContain("delivers 12 of value for 12,350.004 (0.001 per unit of money)");
    expect(costs.summary).toContain("which delivers 10 of value for 12,349.996 (0.0008 per unit of money)");
    // Values 12,350.001 and 12,349.999, and 123.50001 and 123.49999 per unit: likewise.
    const values = compareStrategies(
      [
        { id: "big", cost: 100, value: 12_349.999 },
        { id: "s1", cost: 50, value: 12_000 },
        { id: "s2", cost: 50, value: 350.001 },
      ],
      100,
    );
    expect(values.summary).toContain("delivers 12,350.001 of value for 100 (123.50001 per unit of money), 1.0000002 times the best single creator");
    expect(values.summary).toContain("which delivers 12,349.999 of value for 100 (123.49999 per unit of money)");
  });

  it("tells apart the set's and the single creator's amounts when their rounding reads alike", () => {
    const result = compareStrategies(
      [
        { id: "a", cost: 10, value: 1_000 },
        { id: "b", cost: 10, value: 0.001 },
      ],
      20,
    );
    // By hand: 1000.001 and 1000 both read "1,000" at 2 decimals; ratio 1000.001 / 1000 = 1.000001,
    // share 1000 / 1000.001 = 0.999999; per unit 1000.001 / 20 = 50.00005 (50.0001 at 4 decimals) and 1000 / 10 = 100
    expect(result.summary).toBe(
      'Within 20, a set of 2 creators ("a", "b") delivers 1,000.001 of value for 20 (50.0001 per unit of money), 1.000001 times the best single creator, "a", ' +
        "which delivers 1,000 of value for 10 (100 per unit of money). The set's largest member carries a share of 0.999999 of its value; the single creator carries all of it.",
    );
  });

  it("tells apart the value per unit of money of the two sides when they read alike", () => {
    const result = compareStrategies(
      [
        { id: "a", cost: 10, value: 1_000 },
        { id: "b", cost: 1, value: 100.00001 },
      ],
      11,
    );
    // By hand: 1100.00001 / 11 = 100.000000909… and 1000 / 10 = 100 per unit, both "100" at 4 decimals; the first
    // reads differently from 100 at 9 significant digits: 100.000001
    expect(result.summary).toContain("delivers 1,100 of value for 11 (100.000001 per unit of money), 1.1 times");
    expect(result.summary).toContain("which delivers 1,000 of value for 10 (100 per unit of money)");
  });

  it("does not claim that no set does better when the search stopped before proving it", () => {
    const result = compareStrategies(
      [
        { id: "big", cost: 100, value: 100 },
        { id: "s1", cost: 30, value: 33 },
        { id: "s2", cost: 30, value: 33 },
        { id: "s3", cost: 30, value: 33 },
        { id: "h1", cost: 50, value: 51 },
        { id: "h2", cost: 50, value: 51 },
      ],
      100,
      { maxSearchNodes: 1 },
    );
    // By hand: h1 + h2 cost 100 and deliver 51 + 51 = 102 > 100, but one search node only finds "big"
    // (the greedy set s1 + s2 + s3 delivers 99 < 100, so the fallback is the best single item)
    expect(result.portfolio?.selected).toEqual(["big"]);
    expect(result.isPortfolioOptimal).toBe(false);
    expect(result.summary).toBe(
      'The best set found is a single creator: "big" delivers 100 of value for 100 (1 per unit of money); a set of several creators may do better within 100, as the search did not prove otherwise (see reasons).',
    );
  });

  it("does not claim that no set does better when maxCount 1 allows no set", () => {
    const result = compareStrategies(
      [
        { id: "a", cost: 10, value: 5 },
        { id: "b", cost: 10, value: 3 },
      ],
      100,
      { maxCount: 1 },
    );
    // By hand: a + b (value 5 + 3 = 8 for 20) would beat a alone (5), but maxCount 1 forbids it
    expect(result.portfolio?.selected).toEqual(["a"]);
    expect(result.summary).toBe('The best choice under maxCount 1 is a single creator: "a" delivers 5 of value for 10 (0.5 per unit of money).');
  });

  it("returns null sides with a summary when nothing fits the budget", () => {
    const result = compareStrategies(lineUp, 1_000);
    expect(result).toMatchObject({ single: null, portfolio: null, portfolioToSingle: null, currency: null, isPortfolioOptimal: true });
    // every creator of the line-up costs 2000 or more: the plan's note says so
    expect(result.summary).toBe('No candidate can be selected within the budget of 1,000 (costs more than the budget 1,000: "mega", "micro-a", "micro-b", "micro-c").');
  });

  it("says that the caps, not the rounding of costs, leave nothing to select", () => {
    const candidates = [
      { id: "a", cost: 10, value: 5, tier: "nano" as const },
      { id: "b", cost: 10.123_456_789, value: 3, tier: "micro" as const },
    ];
    // 10.123456789 has more decimals than the 0.000001 unit: rounded, which is not why nothing is selected;
    // both candidates fit the budget 100 and add value, but maxCount 0 (or a tier cap of 0) allows none
    const why = "maxCount, maxPerTier or maxPerGroup allows none of the 2 eligible candidates";
    expect(compareStrategies(candidates, 100, { maxCount: 0 }).summary).toBe(`No candidate can be selected within the budget of 100 (${why}).`);
    expect(compareStrategies(candidates, 100, { maxPerTier: 0 }).summary).toBe(`No candidate can be selected within the budget of 100 (${why}).`);
    // By hand: both cost more than 5; the rounding note is left out of the summary (it stays in reasons)
    expect(compareStrategies(candidates, 5).summary).toBe('No candidate can be selected within the budget of 5 (costs more than the budget 5: "a", "b").');
  });

  it("writes amounts below a hundredth in the summary as they are, not as 0 or 0.01", () => {
    const result = compareStrategies(
      [
        { id: "a", cost: 0.003, value: 0.000_01 },
        { id: "b", cost: 0.004, value: 0.000_02 },
      ],
      0.008,
    );
    // By hand: a + b cost 0.007 ≤ 0.008 and deliver 0.00003 (0.00003 / 0.007 = 0.0042857 → 0.0043 per unit),
    // 1.5 times b alone (0.00002 for 0.004, 0.005 per unit); b carries 0.00002 / 0.00003 = 0.67 of the set's value.
    // Rounded to two decimals these read "Within 0.01", "0 of value for 0.01" and "0 of value for 0".
    expect(result.summary).toBe(
      'Within 0.008, a set of 2 creators ("a", "b") delivers 0.00003 of value for 0.007 (0.0043 per unit of money), 1.5 times the best single creator, "b", which delivers 0.00002 of value for 0.004 (0.005 per unit of money). The set\'s largest member carries a share of 0.67 of its value; the single creator carries all of it.',
    );
  });

  it("says why nothing can be selected when no candidate adds value", () => {
    const result = compareStrategies(
      [
        { id: "a", cost: 1, value: 0 },
        { id: "b", cost: 2, value: 0 },
      ],
      5,
    );
    // both fit the budget (1 + 2 = 3 ≤ 5) but are set aside as adding nothing
    expect(result).toMatchObject({ single: null, portfolio: null });
    expect(result.summary).toBe('No candidate can be selected within the budget of 5 (adds no value (value 0): "a", "b").');
  });

  it("compares combined reach, with concentration as the largest member's own reach over the set's", () => {
    const result = compareStrategies(
      [
        { id: "big", cost: 1_000, value: 0, reach: 0.3 },
        { id: "a", cost: 500, value: 0, reach: 0.2 },
        { id: "b", cost: 500, value: 0, reach: 0.2 },
      ],
      1_000,
      { objective: "reach", currency: "EUR" },
    );
    // By hand: a + b reach 1 − 0.8 × 0.8 = 0.36 > 0.3 for big; ratio 0.36 / 0.3 = 1.2; concentration 0.2 / 0.36 = 0.5556
    expect(result.portfolio?.selected).toEqual(["a", "b"]);
    expect(result.portfolio?.totalReach).toBeCloseTo(0.36, 12);
    expect(result.portfolio?.reachPerCost).toBeCloseTo(0.36 / 1000, 15);
    expect(result.portfolio?.concentration).toBeCloseTo(0.2 / 0.36, 12);
    expect(result.portfolioToSingle).toBeCloseTo(1.2, 12);
    expect(result.summary).toBe(
      'Within 1,000 EUR, a set of 2 creators ("a", "b") reaches 0.36 of the audience for 1,000 EUR, 1.2 times the best single creator, "big", which reaches 0.3 of the audience for 1,000 EUR. The set\'s largest member carries a share of 0.56 of its reach; the single creator carries all of it.',
    );
  });

  it("picks the single creator within the caps, preferring the cheaper one and then the lower id on ties", () => {
    const candidates: SelectionCandidate[] = [
      { id: "mega", cost: 100, value: 90, tier: "mega" },
      { id: "twin-b", cost: 80, value: 50 },
      { id: "twin-a", cost: 80, value: 50 },
      { id: "pricey", cost: 90, value: 50 },
    ];
    // mega is capped out; three candidates are worth 50; the two at 80 tie, and "twin-a" sorts first
    expect(compareStrategies(candidates, 100, { maxPerTier: { mega: 0 } }).single?.selected).toEqual(["twin-a"]);
    // A group capped at 0 removes its members too: "twin-a" and "twin-b" are in it, so "pricey" (50 for 90) remains
    const grouped = candidates.map((candidate) => (candidate.id.startsWith("twin") ? { ...candidate, group: "agency" } : candidate));
    expect(compareStrategies(grouped, 100, { maxPerTier: { mega: 0 }, maxPerGroup: { agency: 0 } }).single?.selected).toEqual(["pricey"]);
    // With maxCount 0 nothing can be selected at all
    expect(compareStrategies(candidates, 100, { maxCount: 0 }).single).toBeNull();
  });

  it("validates the budget at path budget and the options like selectInfluencers", () => {
    expect(() => compareStrategies(lineUp, 0)).toThrow(
      new InfluencerInputError([{ path: ["budget"], code: "too_small", message: "budget: expected a finite positive number, received 0" }]),
    );
    expect(() => compareStrategies(lineUp, 100, { maxCount: -1 })).toThrow("maxCount: expected a non-negative integer, received -1");
  });

  it("rejects a require option from JavaScript at path require instead of ignoring it", () => {
    // The types leave require out (a single creator cannot honour several required ids); a JavaScript caller can still pass it
    const options = JSON.parse('{"require": ["micro-a"]}') as CompareStrategiesOptions;
    expect(issuesOf(() => compareStrategies(lineUp, 9_000, options))).toEqual([
      {
        path: ["require"],
        code: "invalid_type",
        message: "require: expected no require option (a single creator cannot honour required ids; use selectInfluencers), received an array",
      },
    ]);
  });

  it("reports a require option together with the other option problems", () => {
    const options = JSON.parse('{"maxCount": -1, "require": "micro-a"}') as CompareStrategiesOptions;
    expect(issuesOf(() => compareStrategies(lineUp, 0, options))).toEqual([
      { path: ["budget"], code: "too_small", message: "budget: expected a finite positive number, received 0" },
      { path: ["maxCount"], code: "too_small", message: "maxCount: expected a non-negative integer, received -1" },
      {
        path: ["require"],
        code: "invalid_type",
        message: 'require: expected no require option (a single creator cannot honour required ids; use selectInfluencers), received "micro-a"',
      },
    ]);
  });

  it("accepts require set to undefined, as for any optional field", () => {
    const options = { currency: "USD", require: undefined } as CompareStrategiesOptions;
    expect(compareStrategies(lineUp, 9_000, options).portfolio?.selected).toEqual(["micro-a", "micro-b", "micro-c"]);
  });

  it("rejects options that are not an object", () => {
    const call = (): unknown => compareStrategies(lineUp, 100, JSON.parse("null") as CompareStrategiesOptions);
    expect(call).toThrow(InfluencerInputError);
    expect(call).toThrow("expected an options object, received null");
  });
});
