// The reach objective's search (src/selection/maximizeReach.ts) and its model
// (src/selection/reachModel.ts): caps, ties, the lazy greedy's heap and
// re-evaluations, the online bound and the monotone-submodular check, each on
// an instance small enough to follow by hand. Found by mutation testing
// (docs/mutation/selection.md): each test fails for at least one mutant that
// survived the other tests.
import { describe, expect, it } from "vitest";
import { selectInfluencers, type SelectionCandidate, type SelectionOverlap } from "../../src/index.js";

/** `count` candidates `${prefix}${i}`, each with the given cost and reach. */
const many = (count: number, prefix: string, cost: number, reach: number): SelectionCandidate[] =>
  Array.from({ length: count }, (_, index) => ({ id: `${prefix}${index}`, cost, value: 0, reach }));

const GUARANTEE = "guarantee: at least ½(1 − 1/e) ≈ 0.316 of the optimal reach (Khuller, Moss & Naor 1999)";
const NO_GUARANTEE = "no guarantee: with the supplied overlaps, combined reach is not monotone submodular, so the only upper bound is 1";

describe("selectInfluencers reach search (maximizeReach)", () => {
  it("caps the nano tier in the exhaustive reach search", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 1, value: 0, reach: 0.5, tier: "nano" },
        { id: "b", cost: 1, value: 0, reach: 0.4, tier: "nano" },
        { id: "c", cost: 1, value: 0, reach: 0.1 },
      ],
      { budget: 3, objective: "reach", maxPerTier: { nano: 1 } },
    );
    // By hand: one nano at most. {a, c}: 1 − 0.5 × 0.9 = 0.55; {b, c}: 1 − 0.6 × 0.9 = 0.46.
    // All three (1 − 0.5 × 0.6 × 0.9 = 0.73) would break the cap.
    expect(result.selected).toEqual(["a", "c"]);
    expect(result.totalReach).toBeCloseTo(0.55, 12);
    expect(result.method).toBe("exhaustive");
  });

  it("takes the cheaper of two sets of equal reach", () => {
    const result = selectInfluencers(
      [
        { id: "a", cost: 2, value: 0, reach: 0.5 },
        { id: "b", cost: 1, value: 0, reach: 0.5 },
      ],
      { budget: 3, objective: "reach", overlap: [{ a: "a", b: "b", shared: 0.5 }] },
    );
    // By hand: a and b reach the same audience (shared 0.5 = both reaches), so {a}, {b} and {a, b} all reach 0.5.
    // {a} comes first in search order (id order) but costs 2; {b} costs 1 and wins the tie.
    expect(result.selected).toEqual(["b"]);
    expect(result.totalCost).toBe(1); // b's cost
    expect(result.totalReach).toBe(0.5); // 1 − 0.5 × 0.5 × factor 2, factor = (1 − 0.5 − 0.5 + 0.5) / (0.5 × 0.5) = 2
  });

  it("tries every subset of exactly 12 candidates", () => {
    const result = selectInfluencers(many(12, "c", 1, 0.1), { budget: 3, objective: "reach" });
    // By hand: 12 is the most searched exhaustively, 2^12 = 4,096 subsets. Any three reach 1 − 0.9³ = 0.271; the
    // first three in id order (c0, c1, c10) are found first and no other set beats them.
    expect(result.method).toBe("exhaustive");
    expect(result.selected).toEqual(["c0", "c1", "c10"]);
    expect(result.totalReach).toBeCloseTo(0.271, 12);
    expect(result.optimal).toBe(true);
    expect(result.reasons.at(-1)).toBe("optimal: all 4,096 subsets of 12 candidates were tried");
  });

  it("reports the same combined reach to the last bit whatever the input order", () => {
    const candidates: SelectionCandidate[] = [
      { id: "a", cost: 1, value: 0, reach: 0.57 },
      { id: "b", cost: 1, value: 0, reach: 0.29 },
      { id: "c", cost: 1, value: 0, reach: 0.58 },
    ];
    const options = { budget: 3, objective: "reach", require: ["a", "b", "c"] } as const;
    const forward = selectInfluencers(candidates, options);
    const reversed = selectInfluencers([...candidates].reverse(), options);
    // By hand: 1 − 0.43 × 0.71 × 0.42 = 1 − 0.128226 = 0.871774. Multiplied in input order c, b, a instead of
    // id order a, b, c, the binary product rounds differently (0.8717739999999999): the order must not matter.
    expect(forward.totalReach).toBeCloseTo(0.871774, 12);
    expect(reversed.totalReach).toBe(forward.totalReach);
  });

  it("reports the same bound to the last bit whatever the input order", () => {
    const candidates: SelectionCandidate[] = [
      { id: "a", cost: 1, value: 0, reach: 0.2 },
      { id: "b", cost: 1, value: 0, reach: 0.4 },
      { id: "c", cost: 1, value: 0, reach: 0.4 },
      ...many(13, "f", 1, 0.1),
    ];
    const options = { budget: 4, objective: "reach", require: ["a", "b", "c"] } as const;
    const forward = selectInfluencers(candidates, options);
    const reversed = selectInfluencers([...candidates].reverse(), options);
    // By hand: a, b, c are required (cost 3); 1 left takes f0 (ties by id): reach 1 − 0.8 × 0.6 × 0.6 × 0.9 = 1 − 0.2592 = 0.7408.
    // Online bound: each of the 12 other f adds 0.2592 × 0.1 = 0.02592 and one fits: 0.7408 + 0.02592 = 0.76672
    // (the ½(1 − 1/e) bound, 0.712 + (0.7408 − 0.712) / 0.316 ≈ 0.803, is larger). Before the fix the reversed input
    // added the required candidates in the order c, b, a and reported 0.7667200000000001.
    expect(forward.totalReach).toBeCloseTo(0.7408, 12);
    expect(forward.bound).toBeCloseTo(0.76672, 12);
    expect(reversed.bound).toBe(forward.bound);
    expect(reversed.gap).toBe(forward.gap);
  });

  it("keeps the greedy's heap in order: takes the three largest reaches", () => {
    const reaches = [0.13, 0.06, 0.1, 0.08, 0.07, 0.09, 0.05, 0.04, 0.03, 0.12, 0.01, 0.02, 0.11];
    const candidates = reaches.map((reach, index): SelectionCandidate => ({ id: String.fromCharCode(97 + index), cost: 1, value: 0, reach }));
    const result = selectInfluencers(candidates, { budget: 3, objective: "reach" });
    // By hand: 13 candidates, so the greedy runs. Without overlaps each pick multiplies every marginal reach by the same
    // 1 − reach, so both runs take the three largest reaches: a (0.13), j (0.12), m (0.11); the next is c (0.10).
    // Reach 1 − 0.87 × 0.88 × 0.89 = 1 − 0.681384 = 0.318616.
    expect(result.selected).toEqual(["a", "j", "m"]);
    expect(result.totalReach).toBeCloseTo(0.318616, 12);
  });

  /** A (0.5) contains B (0.45): shared 0.45. C (0.3) and ten small f (0.01) duplicate at random. All cost 1. */
  const nested: SelectionCandidate[] = [
    { id: "A", cost: 1, value: 0, reach: 0.5 },
    { id: "B", cost: 1, value: 0, reach: 0.45 },
    { id: "C", cost: 1, value: 0, reach: 0.3 },
    ...many(10, "f", 1, 0.01),
  ];
  const nestedOverlap: SelectionOverlap[] = [{ a: "A", b: "B", shared: 0.45 }];

  it("re-evaluates a candidate whose audience the chosen ones already cover", () => {
    const result = selectInfluencers(nested, { budget: 2, objective: "reach", overlap: nestedOverlap });
    // By hand: A first (0.5). Then B adds P(neither A nor B) − ... = 0.5 − (1 − 0.5 − 0.45 + 0.45) = 0: nothing,
    // while C adds 0.5 × 0.3 = 0.15. So {A, C}, reach 1 − 0.5 × 0.7 = 0.65 ({A, B} would reach only 0.5).
    // Online bound: two f fit the 2 left, each adding 0.35 × 0.01 = 0.0035: 0.65 + 0.007 = 0.657.
    // The pair shares more than at random (0.45 ≥ 0.5 × 0.45) and B's factor (1 − 0.5 − 0.45 + 0.45) / (0.5 × 0.55) = 1/0.55
    // times 1 − 0.45 is 1, not above it: reach stays monotone submodular and the guarantee holds.
    expect(result.selected).toEqual(["A", "C"]);
    expect(result.totalReach).toBeCloseTo(0.65, 12);
    expect(result.bound).toBeCloseTo(0.657, 12);
    expect(result.reasons).toContain(GUARANTEE);
  });

  it("does not pay for a candidate that adds nothing, even with budget to spare", () => {
    const result = selectInfluencers(nested, { budget: 13, objective: "reach", overlap: nestedOverlap });
    // By hand: everything fits (13 × 1), but B adds nothing once A is in (above), so 12 are selected for 12.
    // Reach 1 − 0.5 × 0.7 × 0.99^10; nothing is left that adds reach, so the online bound equals it.
    expect(result.selected).toEqual(["A", "C", "f0", "f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9"]);
    expect(result.totalCost).toBe(12); // 12 × 1
    expect(result.totalReach).toBeCloseTo(1 - 0.35 * 0.99 ** 10, 12);
    expect(result.optimal).toBe(true);
  });

  /** h (0.35) costs the whole budget of 10; six a (0.1) cost 5, six b (0.03) cost 1. */
  const priced: SelectionCandidate[] = [{ id: "h", cost: 10, value: 0, reach: 0.35 }, ...many(6, "a", 5, 0.1), ...many(6, "b", 1, 0.03)];

  it("fills the online bound by reach per unit of cost, not in id order", () => {
    const result = selectInfluencers(priced, { budget: 10, objective: "reach" });
    // By hand: per unit of cost h gives 0.035, b 0.03, a 0.02, so both runs take h and nothing else fits: reach 0.35.
    // Online bound: with h in, an a adds 0.65 × 0.1 = 0.065 (0.013 per unit), a b 0.65 × 0.03 = 0.0195 (0.0195 per unit).
    // Best per unit first: six b (cost 6) add 0.117, then 4/5 of an a adds 0.052: 0.35 + 0.169 = 0.519
    // (in id order, two a would fill the budget: 0.35 + 0.13 = 0.48). ½(1 − 1/e) bound: 0.35 / 0.316 > 1.
    expect(result.selected).toEqual(["h"]);
    expect(result.totalReach).toBeCloseTo(0.35, 12);
    expect(result.bound).toBeCloseTo(0.519, 12);
    expect(result.optimal).toBe(false);
  });

  it("bounds what a count cap leaves by the largest marginal reaches, not the best per unit of cost", () => {
    const result = selectInfluencers(priced, { budget: 10, objective: "reach", maxCount: 2 });
    // By hand: as above, h alone, and the knapsack part of the bound is 0.169. Two more places at most: the two largest
    // marginal reaches are two a, 0.065 + 0.065 = 0.13 < 0.169, so the bound is 0.35 + 0.13 = 0.48
    // (the two best per unit of cost, two b, would give 0.039).
    expect(result.selected).toEqual(["h"]);
    expect(result.bound).toBeCloseTo(0.48, 12);
    expect(result.reasons.at(-1)).toBe("not proven optimal: the best combined reach is at most 0.48");
  });

  it("applies the ½(1 − 1/e) bound only when the budget is the only constraint", () => {
    const nanos = many(14, "c", 1, 0.1).map((candidate): SelectionCandidate => ({ ...candidate, tier: "nano" }));
    const result = selectInfluencers(nanos, { budget: 14, objective: "reach", maxPerTier: { nano: 1 } });
    // By hand: one nano at most, so c0 (ties by id): reach 0.1. The online bound ignores tier caps: the 13 others each add
    // 0.9 × 0.1 = 0.09 and all fit: 0.1 + 1.17 > 1, so the bound is 1 and the gap 0.9. The ½(1 − 1/e) bound
    // (0.1 / 0.316 ≈ 0.316) assumes the budget is the only constraint, and would be wrong here (not a bound).
    expect(result.selected).toEqual(["c0"]);
    expect(result.totalReach).toBeCloseTo(0.1, 12);
    expect(result.bound).toBe(1);
    expect(result.gap).toBeCloseTo(0.9, 12);
  });

  it("proves a selection optimal by the ½(1 − 1/e) bound when no candidate adds more than noise", () => {
    const result = selectInfluencers([{ id: "r", cost: 1, value: 0, reach: 0.5 }, ...many(40, "t", 1, 1e-13)], {
      budget: 41,
      objective: "reach",
      require: ["r"],
    });
    // By hand: r is required (reach 0.5). Each t would add 0.5 × 1e-13 = 5e-14, below the 1e-12 counted as nothing,
    // so the greedy runs add none. The online bound counts them: 0.5 + 40 × 5e-14 = 0.5 + 2e-12, more than 1e-12 above
    // the reach. The ½(1 − 1/e) bound is 0.5 + (0.5 − 0.5) / 0.316 = 0.5: proven optimal (within 1e-12).
    expect(result.selected).toEqual(["r"]);
    expect(result.totalReach).toBe(0.5);
    expect(result.optimal).toBe(true);
    expect(result.bound).toBe(0.5);
  });
});

describe("selectInfluencers reach model (reachModel)", () => {
  it("multiplies the supplied overlaps in id order, whatever the input order", () => {
    const candidates: SelectionCandidate[] = [
      { id: "a", cost: 1, value: 0, reach: 0.1 },
      { id: "b", cost: 1, value: 0, reach: 0.5 },
      { id: "c", cost: 1, value: 0, reach: 0.2 },
    ];
    const overlap: SelectionOverlap[] = [
      { a: "a", b: "b", shared: 0.09 },
      { a: "b", b: "c", shared: 0.19 },
      { a: "a", b: "c", shared: 0.08 },
    ];
    const options = { budget: 3, objective: "reach", require: ["a", "b", "c"], overlap } as const;
    const forward = selectInfluencers(candidates, options);
    const reversed = selectInfluencers([...candidates].reverse(), options);
    // By hand: P(none) = 0.9 × 0.5 × 0.8 = 0.36 times the pair factors (1 − ra − rb + shared) / ((1 − ra)(1 − rb)):
    // a–b 0.49 / 0.45, b–c 0.49 / 0.4, a–c 0.78 / 0.72: 0.36 × 1.0888… × 1.225 × 1.0833… = 0.5202166…, reach 0.4797833….
    // Before the fix the reversed input multiplied the factors in another order: 0.47978333333333356 against …345.
    expect(forward.totalReach).toBeCloseTo(0.4797833333333333, 12);
    expect(reversed.totalReach).toBe(forward.totalReach);
  });

  it("keeps the guarantee when an overlap equals the random-duplication share", () => {
    const result = selectInfluencers(
      [{ id: "a", cost: 1, value: 0, reach: 0.5 }, { id: "b", cost: 1, value: 0, reach: 0.2 }, ...many(11, "f", 1, 0.01)],
      { budget: 13, objective: "reach", overlap: [{ a: "a", b: "b", shared: 0.1 }] },
    );
    // By hand: shared 0.1 = 0.5 × 0.2, exactly what random duplication gives (factor 0.4 / (0.5 × 0.8) = 1): submodular.
    // All 13 fit: reach 1 − 0.5 × 0.8 × 0.99^11.
    expect(result.reasons).toContain(GUARANTEE);
    expect(result.totalReach).toBeCloseTo(1 - 0.4 * 0.99 ** 11, 12);
  });

  it("withdraws the guarantee for tiny reaches that share less than random duplication gives", () => {
    const result = selectInfluencers(
      [{ id: "a", cost: 1, value: 0, reach: 1e-7 }, { id: "b", cost: 1, value: 0, reach: 1e-7 }, ...many(11, "f", 1, 1e-7)],
      { budget: 13, objective: "reach", overlap: [{ a: "a", b: "b", shared: 0 }] },
    );
    // By hand: random duplication shares 1e-7 × 1e-7 = 1e-14; 0 is less, so a makes b's audience larger, not smaller
    // (factor (1 − 2e-7) / (1 − 1e-7)² < 1): not submodular. An absolute slack of 1e-12 let 0 pass as 1e-14.
    expect(result.reasons).toContain(NO_GUARANTEE);
  });

  /** k (0.1) lies inside both m1 and m2 (0.5 each): shared 0.1 with each; ten small f. */
  const inside: SelectionCandidate[] = [
    { id: "k", cost: 1, value: 0, reach: 0.1 },
    { id: "m1", cost: 1, value: 0, reach: 0.5 },
    { id: "m2", cost: 1, value: 0, reach: 0.5 },
    ...many(10, "f", 1, 0.01),
  ];
  const insideOverlap: SelectionOverlap[] = [
    { a: "k", b: "m1", shared: 0.1 },
    { a: "k", b: "m2", shared: 0.1 },
  ];

  it("withdraws the guarantee when a creator's overlaps together exceed its audience", () => {
    const result = selectInfluencers(inside, { budget: 13, objective: "reach", overlap: insideOverlap });
    // By hand: each pair shares more than at random (0.1 ≥ 0.1 × 0.5), but the pairwise model then counts k's audience
    // as covered twice: k's factors are (1 − 0.1 − 0.5 + 0.1) / (0.9 × 0.5) = 1/0.9 each, and 0.9 × (1/0.9)² = 1/0.9 > 1.
    // (m1 and m2 pass: 0.5 × 1/0.9 < 1.) So reach is not monotone submodular: no guarantee, bound 1.
    expect(result.reasons).toContain(NO_GUARANTEE);
    expect(result.bound).toBe(1);
  });

  it("withdraws it too when that creator also overlaps one who reaches everyone", () => {
    const result = selectInfluencers([{ id: "all", cost: 1, value: 0, reach: 1 }, ...inside], {
      budget: 14,
      objective: "reach",
      overlap: [...insideOverlap, { a: "all", b: "k", shared: 0.1 }],
    });
    // By hand: "all" reaches everyone, so its pair with k has factor 1 (never used: any set with "all" reaches 1);
    // k's product is still 0.9 × 1 × (1/0.9)² > 1: no guarantee. Both runs take "all" first and nothing adds reach after it.
    expect(result.reasons).toContain(NO_GUARANTEE);
    expect(result.selected).toEqual(["all"]);
    expect(result.totalReach).toBe(1);
  });
});
