// The selection reasons group the whole part of their counts (candidates, nodes, states, subsets,
// overlaps, caps), as they already group amounts ("the best total value is at most 1,235.8739"):
// "considered 1,200 of 1,200 candidates", not "considered 1200 of 1200 candidates".
import { describe, expect, it } from "vitest";
import { compareStrategies, selectInfluencers, type SelectionCandidate } from "../../src/index.js";

/** `count` candidates `c0`, `c1`, … in tier "nano" and group "g", each costing 1, worth 1 and reaching 0.1. */
const nanos = (count: number): SelectionCandidate[] =>
  Array.from({ length: count }, (_, index) => ({ id: `c${index}`, cost: 1, value: 1, reach: 0.1, tier: "nano", group: "g" }));

/** 60 candidates costing 100 to 200 with values within 0.17% of their costs: hard for branch and bound under maxCount. */
const close: SelectionCandidate[] = Array.from({ length: 60 }, (_, index) => {
  const cost = 100 + ((index * 37) % 101);
  return { id: `h${index}`, cost, value: cost * (1 + ((index * 53) % 17) / 10_000) };
});

describe("thousands in selection reasons", () => {
  it("groups the candidates considered and searched", () => {
    const result = selectInfluencers(nanos(1_200), { budget: 3 });
    expect(result.reasons[0]).toBe("considered 1,200 of 1,200 candidates");
    expect(result.reasons.at(-1)).toMatch(/^optimal: dynamic programming over the core of 1,200 candidates finished after /u);
  });

  it("groups the nodes of a search and its limit", () => {
    expect(selectInfluencers(close, { budget: 1_234.5, maxCount: 9 }).reasons.at(-1)).toMatch(
      /^optimal: branch and bound over 60 candidates finished after \d{1,3}(,\d{3})+ nodes$/u,
    );
    expect(selectInfluencers(close, { budget: 1_234.5, maxCount: 9, maxSearchNodes: 1_000 }).reasons.at(-1)).toMatch(
      /^not proven optimal: the search stopped at maxSearchNodes \(1,000\); the best total value is at most 1,\d{3}\.\d+$/u,
    );
  });

  it("groups the required candidates and the caps they pass", () => {
    const result = selectInfluencers(nanos(1_200), {
      budget: 10_000,
      require: nanos(1_200).map((candidate) => candidate.id),
      maxCount: 1_000,
      maxPerTier: { nano: 1_000 },
      maxPerGroup: { g: 1_000 },
    });
    expect(result.reasons).toEqual([
      "infeasible: 1,200 candidates are required but maxCount is 1,000",
      'infeasible: 1,200 required candidates are "nano" but maxPerTier allows 1,000',
      'infeasible: 1,200 required candidates are in group "g" but maxPerGroup allows 1,000',
    ]);
  });

  it("groups the ids left unlisted", () => {
    // 1,200 of 1,201 excluded: ten named, 1,190 counted.
    const result = selectInfluencers(nanos(1_201), { budget: 10, exclude: nanos(1_200).map((candidate) => candidate.id) });
    expect(result.reasons.slice(0, 2)).toEqual([
      'excluded by the caller: "c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9" and 1,190 more',
      "considered 1 of 1,201 candidates",
    ]);
  });

  it("groups the subsets of an exhaustive search and the supplied overlaps", () => {
    // 2^12 = 4,096 subsets of 12 candidates.
    expect(selectInfluencers(nanos(12), { budget: 3, objective: "reach" }).reasons.at(-1)).toBe("optimal: all 4,096 subsets of 12 candidates were tried");
    // The first 1,200 of the 1,225 pairs of 50 candidates, each sharing 0.001.
    const overlap: { a: string; b: string; shared: number }[] = [];
    for (let a = 0; a < 50; a++) for (let b = a + 1; b < 50; b++) if (overlap.length < 1_200) overlap.push({ a: `c${a}`, b: `c${b}`, shared: 0.001 });
    expect(selectInfluencers(nanos(50), { budget: 3, objective: "reach", overlap }).reasons[1]).toBe(
      "combined reach uses 1,200 supplied pairwise overlaps; other pairs are assumed to duplicate at random",
    );
  });

  it("groups the eligible candidates a cap leaves out of a comparison", () => {
    expect(compareStrategies(nanos(1_200), 10, { maxCount: 0 }).summary).toBe(
      "No candidate can be selected within the budget of 10 (maxCount, maxPerTier or maxPerGroup allows none of the 1,200 eligible candidates).",
    );
  });
});

describe("numbers String() writes with an exponent", () => {
  it("writes a tiny budget out in the note on what costs more than it", () => {
    // String(2e-9) is "2e-9" (was the text here): eight zeros after the point, then 2
    const result = selectInfluencers([{ id: "a", cost: 5e-9, value: 1 }, { id: "b", cost: 1e-9, value: 2 }], { budget: 2e-9 });
    expect(result.reasons).toContain('costs more than the budget 0.000000002: "a"');
  });

  it("writes a value per unit of money past 1e21 out, grouped", () => {
    // "a": 1e12 of value for 1e-9 = 1e21 per unit of money, which String() writes "1.0000000000000001e+21" (was the text
    // here): the same 17 digits, then zeros up to 22 digits
    const summary = compareStrategies([{ id: "a", cost: 1e-9, value: 1e12 }, { id: "b", cost: 1, value: 1 }], 2).summary;
    expect(summary).toContain('"a", which delivers 1,000,000,000,000 of value for 0.000000001 (1,000,000,000,000,000,100,000 per unit of money)');
  });
});
