// The Fréchet bounds of a supplied overlap (docs/methodology/selection.md §1): shared must lie in
// [max(0, r_a + r_b − 1), min(r_a, r_b)], with a slack for rounding, and a refused value is told apart
// from its bound in the message.
import { describe, expect, it } from "vitest";
import { issuesOf } from "../arbitraries/laws.js";
import { estimateFlatFee, selectInfluencers, type SelectionCandidate } from "../../src/index.js";

describe("overlap bounds", () => {
  it("accepts a small creator inside a creator who reaches everyone", () => {
    const pair: SelectionCandidate[] = [
      { id: "big", cost: 100, value: 0, reach: 1 },
      { id: "small", cost: 1, value: 0, reach: 0.00001 },
    ];
    // The lower bound 1 + 0.00001 − 1 rounds to 0.000010000000000065512 (the sum 1.00001 to the nearest double, an error
    // of 6.6e-17, which is 6.6e-12 of the bound): above the upper bound 0.00001 under a relative 1e-12 slack, so every
    // shared was refused ("expected at least 0.00001 …, received 0.00001")
    const result = selectInfluencers(pair, { budget: 1_000, objective: "reach", overlap: [{ a: "big", b: "small", shared: 0.00001 }] });
    // small lies inside big's audience: it adds nothing, so big alone (reach 1)
    expect([result.selected, result.totalReach]).toEqual([["big"], 1]);
  });

  it("accepts a small profile's own reach as its overlap with a profile that reaches the whole audience", () => {
    const profiles = [
      { handle: "@mega", platform: "instagram", followers: 60_000_000 },
      { handle: "@small", platform: "instagram", followers: 470 },
    ] as const;
    // @mega's expected impressions exceed the audience of 10,000,000 (reach capped at 1); @small's own reach:
    const reach = (estimateFlatFee(profiles[1]).outcomes.impressions?.expected ?? 0) / 10_000_000;
    const result = selectInfluencers(profiles, { budget: 1e6, objective: "reach", audienceSize: 10_000_000, overlap: [{ a: "@mega", b: "@small", shared: reach }] });
    expect(result.selected).toEqual(["@mega"]);
    expect(result.totalReach).toBe(1);
  });

  it("accepts a small creator's own combined reach, 1 − (1 − r), as its overlap with a larger creator", () => {
    const pair: SelectionCandidate[] = [
      { id: "big", cost: 100, value: 0, reach: 0.5 },
      { id: "small", cost: 1, value: 0, reach: 0.000001 },
    ];
    // small alone reaches 1 − (1 − 0.000001): 1 − 0.000001 rounds to the double 0.99999899999999997124 (an error of
    // 2.9e-17), so the reach read back is 0.0000010000000000287557, 2.9e-11 of 0.000001 above the upper bound
    // min(0.5, 0.000001) = 0.000001: refused under a relative 1e-12 slack ("expected at most 0.000001 …"), though it is
    // only 2.9e-17 above it, less than the absolute 2 × 2^-52 ≈ 4.4e-16 that the lower bound allows
    const shared = selectInfluencers([pair[1] as SelectionCandidate], { budget: 1, objective: "reach" }).totalReach ?? 0;
    expect(shared).toBe(0.0000010000000000287557);
    const result = selectInfluencers(pair, { budget: 1_000, objective: "reach", overlap: [{ a: "big", b: "small", shared }] });
    // Read as the bound: small lies inside big's audience and adds nothing, so big alone (reach 0.5)
    expect([result.selected, result.totalReach]).toEqual([["big"], 0.5]);
  });

  it("still refuses a shared audience clearly above the smaller reach", () => {
    const pair: SelectionCandidate[] = [
      { id: "a", cost: 1, value: 0, reach: 0.3 },
      { id: "b", cost: 1, value: 0, reach: 0.5 },
    ];
    const refused = (shared: number) => issuesOf(() => selectInfluencers(pair, { budget: 2, objective: "reach", overlap: [{ a: "a", b: "b", shared }] }));
    // By hand: min(0.3, 0.5) = 0.3; 0.3 × (1 + 1e-9) = 0.3000000003 and 0.3 + 1e-9 = 0.300000001 are 3e-10 and 1e-9 above
    // it, more than 1e-12 of it (3e-13) and than 2 × 2^-52 (4.4e-16)
    expect(refused(0.3 * (1 + 1e-9))).toEqual([
      { path: ["overlap", 0, "shared"], code: "too_big", message: "overlap[0].shared: expected at most 0.3 (the smaller reach of the pair), received 0.3000000003" },
    ]);
    expect(refused(0.3 + 1e-9)).toEqual([
      { path: ["overlap", 0, "shared"], code: "too_big", message: "overlap[0].shared: expected at most 0.3 (the smaller reach of the pair), received 0.300000001" },
    ]);
  });

  it("writes a lower bound that 6 decimals would write as the value refused with more digits", () => {
    const pair: SelectionCandidate[] = [
      { id: "a", cost: 1, value: 0, reach: 0.75 },
      { id: "b", cost: 1, value: 0, reach: 0.7500001 },
    ];
    // By hand: 0.75 + 0.7500001 − 1 = 0.5000001 > 0.5; at 6 decimals both read 0.5
    expect(issuesOf(() => selectInfluencers(pair, { budget: 2, objective: "reach", overlap: [{ a: "a", b: "b", shared: 0.5 }] }))).toEqual([
      { path: ["overlap", 0, "shared"], code: "too_small", message: "overlap[0].shared: expected at least 0.5000001 (the sum of the pair's reaches minus 1), received 0.5" },
    ]);
  });

  it("writes an upper bound that 6 decimals would write as the value refused with more digits", () => {
    const pair: SelectionCandidate[] = [
      { id: "a", cost: 1, value: 0, reach: 0.2499999 },
      { id: "b", cost: 1, value: 0, reach: 0.5 },
    ];
    // By hand: min(0.2499999, 0.5) = 0.2499999 < 0.25; at 6 decimals both read 0.25
    expect(issuesOf(() => selectInfluencers(pair, { budget: 2, objective: "reach", overlap: [{ a: "a", b: "b", shared: 0.25 }] }))).toEqual([
      { path: ["overlap", 0, "shared"], code: "too_big", message: "overlap[0].shared: expected at most 0.2499999 (the smaller reach of the pair), received 0.25" },
    ]);
  });

  it("never writes a bound more coarsely than its 6 decimals", () => {
    const pair: SelectionCandidate[] = [
      { id: "a", cost: 1, value: 0, reach: 0.5000499999 },
      { id: "b", cost: 1, value: 0, reach: 0.9 },
    ];
    // At 6 decimals the bound 0.5000499999 and the value 0.5000500001 both read 0.50005; 4 significant digits read "0.5",
    // a bound that 0.50004 (accepted) would exceed. Told apart from 7 significant digits on: 0.5000499999.
    expect(issuesOf(() => selectInfluencers(pair, { budget: 2, objective: "reach", overlap: [{ a: "a", b: "b", shared: 0.5000500001 }] }))).toEqual([
      { path: ["overlap", 0, "shared"], code: "too_big", message: "overlap[0].shared: expected at most 0.5000499999 (the smaller reach of the pair), received 0.5000500001" },
    ]);
  });
});
