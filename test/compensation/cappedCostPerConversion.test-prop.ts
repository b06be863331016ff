// Invariants of the capped pay-per-click cost per conversion, min(costPerClick, cap / clicks) / rate.
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { cappedCostPerConversion } from "../../src/compensation/cappedCostPerConversion.js";
import { compareCompensation } from "../../src/index.js";

const lognormal = (min: number, max: number) =>
  fc.record({ median: fc.double({ min, max, noNaN: true }), sigma: fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 3, noNaN: true })) });
const scores = fc.oneof(
  fc
    .tuple(fc.double({ min: 0.001, max: 0.5, noNaN: true }), fc.double({ min: 0.5, max: 0.999, noNaN: true }))
    .map(([low, high]) => ({ low: normalScore(low), high: normalScore(high) })),
  // Levels next to the median, where each quantile's own rounding could cross the median's.
  fc.tuple(fc.double({ min: -1e-12, max: 0, noNaN: true }), fc.double({ min: 0, max: 1e-12, noNaN: true })).map(([low, high]) => ({ low, high })),
);

/** Φ⁻¹ by bisection: slow, plain and independent of the library's own. */
function normalScore(p: number): number {
  let lo = -10;
  let hi = 10;
  for (let step = 0; step < 100; step++) {
    const mid = (lo + hi) / 2;
    if (0.5 * (1 + erf(mid / Math.SQRT2)) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function erf(x: number): number {
  // Abramowitz & Stegun 7.1.26 (error below 1.5e-7), enough for a test's quantile levels.
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return x >= 0 ? y : -y;
}

const clicks = lognormal(0.01, 1e6);
const rate = lognormal(1e-4, 0.5);
const costPerClick = fc.double({ min: 0.01, max: 50, noNaN: true });
const cap = fc.double({ min: 0.01, max: 1e6, noNaN: true });
const RELATIVE = 1e-7;

test.prop([clicks, rate, costPerClick, cap, scores])("orders its quantiles: low ≤ expected ≤ high", (c, r, cpc, limit, levels) => {
  const range = cappedCostPerConversion(c, r, cpc, limit, levels);
  if (range === null) throw new Error("finite inputs in these bounds never overflow");
  // Exactly: a range's documented law, checked by the reliability suite too.
  expect(range.low).toBeLessThanOrEqual(range.expected);
  expect(range.expected).toBeLessThanOrEqual(range.high);
});

test.prop([clicks, rate, costPerClick, cap, scores])("is never above the uncapped cost per click over the conversion rate", (c, r, cpc, limit, levels) => {
  const range = cappedCostPerConversion(c, r, cpc, limit, levels);
  const uncapped = (score: number) => (cpc / r.median) * Math.exp(r.sigma * score);
  expect(range?.low).toBeLessThanOrEqual(uncapped(levels.low) * (1 + RELATIVE));
  expect(range?.expected).toBeLessThanOrEqual(uncapped(0) * (1 + RELATIVE));
  expect(range?.high).toBeLessThanOrEqual(uncapped(levels.high) * (1 + RELATIVE));
});

test.prop([clicks, rate, costPerClick, cap, fc.double({ min: 1, max: 100, noNaN: true }), scores])(
  "never falls when the cap rises",
  (c, r, cpc, limit, factor, levels) => {
    const lower = cappedCostPerConversion(c, r, cpc, limit, levels);
    const higher = cappedCostPerConversion(c, r, cpc, limit * factor, levels);
    expect(higher?.low).toBeGreaterThanOrEqual((lower?.low ?? Number.NaN) * (1 - RELATIVE));
    expect(higher?.expected).toBeGreaterThanOrEqual((lower?.expected ?? Number.NaN) * (1 - RELATIVE));
    expect(higher?.high).toBeGreaterThanOrEqual((lower?.high ?? Number.NaN) * (1 - RELATIVE));
  },
);

// With exact quantiles a capped deal's median cost per conversion can be below its median cost over
// its median conversions; the flat fee must still win at risk aversion 1 or more, even against a
// flat fee set right at the creator's certainty equivalent (the hardest case).
test.prop(
  [
    fc.constantFrom("instagram", "tiktok", "youtube", "x"),
    fc.integer({ min: 100, max: 10_000_000 }),
    fc.double({ min: 0.01, max: 10, noNaN: true }),
    fc.double({ min: 0.001, max: 3, noNaN: true }),
    fc.double({ min: 1, max: 10, noNaN: true }),
  ],
  { numRuns: fc.readConfigureGlobal().numRuns ?? 200 },
)("a capped deal the creator accepts never beats the flat fee at risk aversion 1 or more", (platform, followers, cpc, capShare, riskAversion) => {
  const terms = { costPerClick: cpc, averageOrderValue: 80, riskAversion };
  const median = compareCompensation({ platform, followers }, terms).payPerClick.cost?.expected;
  if (median === undefined || median === 0) return;
  const cap = median * capShare;
  const certainty = compareCompensation({ platform, followers }, { ...terms, cap }).payPerClick.comparison.creatorCertaintyEquivalent;
  if (certainty === null || certainty === 0) return;
  const comparison = compareCompensation({ platform, followers }, { ...terms, cap, flatFee: certainty * (1 - 1e-9) });
  expect(comparison.payPerClick.comparison.isAcceptableToCreator).toBe(true);
  expect(comparison.recommendation.model).toBe("flat-fee");
  const click = comparison.payPerClick.comparison.brandCostPerConversion?.expected ?? Number.NaN;
  const flat = comparison.flatFee.comparison.brandCostPerConversion?.expected ?? Number.NaN;
  expect(click).toBeGreaterThanOrEqual(flat * (1 - 1e-9));
});
