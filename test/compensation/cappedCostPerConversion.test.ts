// The brand's cost per conversion under pay-per-click with a cap:
// min(costPerClick, cap / clicks) / conversion rate, at the range's quantiles.
import { describe, expect, it } from "vitest";
import { cappedCostPerConversion, GAUSS_LEGENDRE_NODES, GAUSS_LEGENDRE_WEIGHTS } from "../../src/compensation/cappedCostPerConversion.js";
import { compareCompensation } from "../../src/index.js";

/** The 10th and 90th percentiles, the library's default range. */
const TENTH_TO_NINETIETH = { low: -1.2815515655446004, high: 1.2815515655446004 };
/** e^{0.5 · 1.2816}: a spread of 0.5 at the 90th percentile. */
const SPREAD = 1.8979527073347104;

describe("the five-point Gauss–Legendre rule", () => {
  it("has the closed-form nodes and weights of Abramowitz & Stegun 25.4.29", () => {
    const inner = Math.sqrt(5 - 2 * Math.sqrt(10 / 7)) / 3;
    const outer = Math.sqrt(5 + 2 * Math.sqrt(10 / 7)) / 3;
    const innerWeight = (322 + 13 * Math.sqrt(70)) / 900;
    const outerWeight = (322 - 13 * Math.sqrt(70)) / 900;
    const expectedNodes = [-outer, -inner, 0, inner, outer];
    const expectedWeights = [outerWeight, innerWeight, 128 / 225, innerWeight, outerWeight];
    expect(GAUSS_LEGENDRE_NODES.length).toBe(5);
    for (let index = 0; index < 5; index++) {
      expect(GAUSS_LEGENDRE_NODES[index]).toBeCloseTo(expectedNodes[index] ?? Number.NaN, 15);
      expect(GAUSS_LEGENDRE_WEIGHTS[index]).toBeCloseTo(expectedWeights[index] ?? Number.NaN, 15);
    }
  });

  it("integrates every polynomial up to degree 9 exactly on [−1, 1]", () => {
    for (let degree = 0; degree <= 9; degree++) {
      const sum = GAUSS_LEGENDRE_NODES.reduce((total, node, index) => total + (GAUSS_LEGENDRE_WEIGHTS[index] ?? 0) * node ** degree, 0);
      expect(sum).toBeCloseTo(degree % 2 === 1 ? 0 : 2 / (degree + 1), 14);
    }
  });
});

describe("cappedCostPerConversion", () => {
  it("follows the clicks alone when the conversion rate is certain", () => {
    // 100 clicks (σ 0.5), 1 per click, cap 80, 2% conversion: at the 90th percentile of clicks
    // (189.80) the cap binds: 80 / 189.80 = 0.4215 per click, / 0.02 = 21.08 per conversion; at the
    // median 80 / 100 = 0.8 per click → 40; at the 10th (52.69 clicks) the cap does not bind → 1 / 0.02 = 50.
    const range = cappedCostPerConversion({ median: 100, sigma: 0.5 }, { median: 0.02, sigma: 0 }, 1, 80, TENTH_TO_NINETIETH);
    expect(range?.low).toBeCloseTo(80 / (100 * SPREAD) / 0.02, 9);
    expect(range?.low).toBeCloseTo(21.0753, 4);
    expect(range?.expected).toBeCloseTo(40, 9);
    expect(range?.high).toBeCloseTo(50, 9);
  });

  it("follows the conversion rate alone when the clicks are certain", () => {
    // 100 clicks for sure: min(1, 80 / 100) = 0.8 per click, over a 2% rate with σ 0.5.
    const range = cappedCostPerConversion({ median: 100, sigma: 0 }, { median: 0.02, sigma: 0.5 }, 1, 80, TENTH_TO_NINETIETH);
    expect(range?.low).toBeCloseTo(40 / SPREAD, 9);
    expect(range?.expected).toBeCloseTo(40, 9);
    expect(range?.high).toBeCloseTo(40 * SPREAD, 9);
  });

  it("is the uncapped cost per click over the conversion rate when the cap never binds", () => {
    const range = cappedCostPerConversion({ median: 100, sigma: 0.8 }, { median: 0.02, sigma: 0.5 }, 1, 1e12, TENTH_TO_NINETIETH);
    expect(range?.low).toBeCloseTo(50 / SPREAD, 7);
    expect(range?.expected).toBeCloseTo(50, 7);
    expect(range?.high).toBeCloseTo(50 * SPREAD, 7);
  });

  it("is the cap over the conversions when the cap always binds", () => {
    // cap / (clicks × rate): a lognormal with median 0.01 / (100 × 0.02) = 0.005 and σ = hypot(0.8, 0.5).
    const range = cappedCostPerConversion({ median: 100, sigma: 0.8 }, { median: 0.02, sigma: 0.5 }, 1, 0.01, TENTH_TO_NINETIETH);
    const spread = Math.exp(Math.hypot(0.8, 0.5) * 1.2815515655446004);
    expect(range?.low).toBeCloseTo(0.005 / spread, 12);
    expect(range?.expected).toBeCloseTo(0.005, 12);
    expect(range?.high).toBeCloseTo(0.005 * spread, 12);
  });

  // Clicks more uncertain than the rate, and the rate more uncertain than the clicks: the two ways the integral is taken.
  it.each([
    { clickSigma: 0.8, rateSigma: 0.5 },
    { clickSigma: 0.3, rateSigma: 1 },
  ])("agrees with a simulation where both vary (clicks σ $clickSigma, rate σ $rateSigma)", ({ clickSigma, rateSigma }) => {
    // 200,000 seeded draws of min(clicks × 1, 80) / (clicks × rate); the quantiles agree to within 1%.
    // mulberry32 (a plain 32-bit LCG's successive pairs lie on lines, which biases Box–Muller by ~1%).
    let seed = 20_261_128;
    const uniform = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4_294_967_296;
    };
    const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
    const draws = new Float64Array(200_000);
    for (let index = 0; index < draws.length; index++) {
      const clicks = 100 * Math.exp(clickSigma * normal());
      const rate = 0.02 * Math.exp(rateSigma * normal());
      draws[index] = Math.min(clicks, 80) / (clicks * rate);
    }
    draws.sort();
    const at = (p: number) => draws[Math.floor(p * draws.length)] ?? Number.NaN;
    const range = cappedCostPerConversion({ median: 100, sigma: clickSigma }, { median: 0.02, sigma: rateSigma }, 1, 80, TENTH_TO_NINETIETH);
    expect(Math.abs((range?.low ?? 0) / at(0.1) - 1)).toBeLessThan(0.01);
    expect(Math.abs((range?.expected ?? 0) / at(0.5) - 1)).toBeLessThan(0.01);
    expect(Math.abs((range?.high ?? 0) / at(0.9) - 1)).toBeLessThan(0.01);
  });

  it("keeps low ≤ expected ≤ high exactly at levels next to the median", () => {
    // A 0.4999999999999995 low level once came out 1 ulp above the median (reliability suite, seed -809675262).
    for (const cap of [0.01, 1, 11.49, 80, 1e6]) {
      const range = cappedCostPerConversion({ median: 100, sigma: 0.8 }, { median: 0.02, sigma: 0.5 }, 1, cap, { low: -1.2e-15, high: 2.5e-16 });
      expect(range?.low).toBeLessThanOrEqual(range?.expected ?? Number.NaN);
      expect(range?.expected).toBeLessThanOrEqual(range?.high ?? Number.NaN);
    }
    const profile = { platform: "instagram", followers: 9_007_199_254_740_991, posts: [{ likes: 0, comments: 0, views: 26_810 }, { likes: 0, comments: 0 }, { likes: 0, comments: 0 }] } as const;
    const comparison = compareCompensation(profile, { costPerClick: 0.01, averageOrderValue: 0.000001, quantiles: { low: 0.4999999999999995 }, cap: 11.49322345277004 });
    const range = comparison.payPerClick.comparison.brandCostPerConversion;
    expect(range?.low).toBeLessThanOrEqual(range?.expected ?? Number.NaN);
  });

  it("is null without clicks or conversions, and when a quantile overflows", () => {
    expect(cappedCostPerConversion({ median: 0, sigma: 0.5 }, { median: 0.02, sigma: 0.5 }, 1, 80, TENTH_TO_NINETIETH)).toBeNull();
    expect(cappedCostPerConversion({ median: 100, sigma: 0.5 }, { median: 0, sigma: 0.5 }, 1, 80, TENTH_TO_NINETIETH)).toBeNull();
    // 1 / 1e-307 per conversion is already 1e307; the 90th percentile with σ 5 is e^6.4 times more.
    expect(cappedCostPerConversion({ median: 1, sigma: 0.5 }, { median: 1e-307, sigma: 5 }, 1, 1e300, TENTH_TO_NINETIETH)).toBeNull();
  });
});

describe("compareCompensation with a cap", () => {
  const profile = { platform: "instagram", followers: 10_000 } as const;
  const terms = { costPerClick: 0.5, averageOrderValue: 80 };

  it("lowers the brand's pay-per-click cost per conversion at every quantile where the cap binds, and widens it", () => {
    const uncapped = compareCompensation(profile, terms).payPerClick.comparison.brandCostPerConversion;
    const capped = compareCompensation(profile, { ...terms, cap: 20 }).payPerClick.comparison.brandCostPerConversion;
    if (uncapped === null || capped === null) throw new Error("expected both ranges");
    // The cap binds with probability 0.37 here: more clicks than 40 make each conversion cheaper.
    expect(capped.low).toBeLessThan(uncapped.low * 0.9);
    expect(capped.expected).toBeLessThan(uncapped.expected * 0.95);
    expect(capped.high).toBeLessThan(uncapped.high);
    expect(capped.high / capped.low).toBeGreaterThan(uncapped.high / uncapped.low);
    // The figures docs/methodology/compensation.md §5 and the changelog quote.
    expect([capped.low, capped.expected, capped.high].map((value) => value.toFixed(2))).toEqual(["9.73", "19.41", "35.37"]);
    expect([uncapped.low, uncapped.expected, uncapped.high].map((value) => value.toFixed(2))).toEqual(["12.71", "22.01", "38.12"]);
  });

  it("keeps the uncapped range when the cap is out of reach", () => {
    const uncapped = compareCompensation(profile, terms).payPerClick.comparison.brandCostPerConversion;
    const capped = compareCompensation(profile, { ...terms, cap: 1e9 }).payPerClick.comparison.brandCostPerConversion;
    expect(capped?.low).toBeCloseTo(uncapped?.low ?? Number.NaN, 6);
    expect(capped?.expected).toBeCloseTo(uncapped?.expected ?? Number.NaN, 6);
    expect(capped?.high).toBeCloseTo(uncapped?.high ?? Number.NaN, 6);
  });
});
