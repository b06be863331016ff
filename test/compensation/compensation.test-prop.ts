import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { compareCompensation, estimateFlatFee, estimatePayPerClick, estimateReferral } from "../../src/index.js";
import { benchmarkProfile, compareOptions, profile } from "./arbitraries.js";
import { deepFreeze, isPlainJson, ranges } from "./fixtures.js";

const RUNS = { numRuns: 300 };
const days = fc.integer({ min: 0, max: 1_000 });

test.prop([profile, compareOptions], RUNS)("every range has low ≤ expected ≤ high", (input, options) => {
  for (const range of ranges(compareCompensation(input, options))) {
    expect(range.low).toBeLessThanOrEqual(range.expected);
    expect(range.expected).toBeLessThanOrEqual(range.high);
  }
});

test.prop([profile, compareOptions], RUNS)("results are plain JSON: finite numbers, no undefined, round-trips", (input, options) => {
  const result = compareCompensation(input, options);
  expect(isPlainJson(result)).toBe(true);
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
});

test.prop([profile, compareOptions], RUNS)("each estimator's result is plain JSON", (input, options) => {
  for (const result of [estimateFlatFee(input, options), estimatePayPerClick(input, options), estimateReferral(input, options)]) {
    expect(isPlainJson(result)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  }
});

test.prop([profile, compareOptions], RUNS)("pay-per-click cost is clicks × cost per click at every quantile", (input, options) => {
  const deal = estimatePayPerClick(input, { ...options, cap: undefined });
  const clicks = deal.outcomes.clicks;
  if (clicks === null) {
    expect(deal.cost).toBeNull();
    return;
  }
  for (const key of ["low", "expected", "high"] as const) expect(deal.cost?.[key]).toBe(clicks[key] * options.costPerClick);
});

test.prop([profile, compareOptions], RUNS)("a cap only lowers the pay-per-click cost, at every quantile", (input, options) => {
  const capped = estimatePayPerClick(input, options);
  const cap = options.cap;
  if (capped.cost === null || cap === undefined) return;
  for (const key of ["low", "expected", "high"] as const) {
    expect(capped.cost[key]).toBe(Math.min((capped.outcomes.clicks?.[key] ?? 0) * options.costPerClick, cap));
  }
});

test.prop([profile, compareOptions], RUNS)("referral payout is conversions × (commission × order value + bounty) at every quantile", (input, options) => {
  const deal = estimateReferral(input, options);
  const conversions = deal.outcomes.conversions;
  if (conversions === null) {
    expect(deal.cost).toBeNull();
    return;
  }
  const perOrder = (deal.commissionRate ?? 0) * options.averageOrderValue + (options.bountyPerConversion ?? 0);
  for (const key of ["low", "expected", "high"] as const) {
    const expected = conversions[key] * perOrder;
    expect(Math.abs((deal.cost?.[key] ?? 0) - expected)).toBeLessThanOrEqual(1e-12 * expected);
  }
});

test.prop([profile, compareOptions], RUNS)("plugging the break-even click-through rate back in makes pay-per-click cost the flat fee", (input, options) => {
  const first = compareCompensation(input, options);
  const rate = first.breakEven.clickThroughRate;
  if (rate === null || first.agreedFlatFee === null) return;
  const again = compareCompensation(input, { ...options, clickThroughRate: rate });
  expect(Math.abs((again.payPerClick.cost?.expected ?? 0) / first.agreedFlatFee - 1)).toBeLessThan(0.005);
});

test.prop([profile, compareOptions], RUNS)("plugging the break-even conversion rate back in makes the referral deal cost the flat fee", (input, options) => {
  const first = compareCompensation(input, options);
  const rate = first.breakEven.conversionRate;
  if (rate === null || first.agreedFlatFee === null) return;
  const again = compareCompensation(input, { ...options, conversionRate: rate });
  expect(Math.abs((again.referral.cost?.expected ?? 0) / first.agreedFlatFee - 1)).toBeLessThan(0.005);
});

test.prop([benchmarkProfile, fc.integer({ min: 0, max: 50_000_000 }), compareOptions], RUNS)(
  "more followers, everything else equal, never lower the fee",
  (input, extra, options) => {
    const smaller = estimateFlatFee(input, options).cost?.expected;
    const larger = estimateFlatFee({ ...input, followers: input.followers + extra }, options).cost?.expected;
    expect(larger).toBeGreaterThanOrEqual((smaller ?? 0) * (1 - 1e-12));
  },
);

test.prop([profile, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), compareOptions], RUNS)(
  "higher audience authenticity (trust) never lowers the fee",
  (input, first, second, options) => {
    const [low, high] = first <= second ? [first, second] : [second, first];
    const lower = estimateFlatFee({ ...input, audience: { authenticShare: low } }, options).cost?.expected ?? null;
    const higher = estimateFlatFee({ ...input, audience: { authenticShare: high } }, options).cost?.expected ?? null;
    if (lower === null) {
      expect(higher).toBeNull();
      return;
    }
    expect(higher).toBeGreaterThanOrEqual(lower * (1 - 1e-12));
  },
);

test.prop([profile, days, days, fc.constantFrom("usageRightsDays", "exclusivityDays", "whitelistingDays"), compareOptions], RUNS)(
  "longer usage rights, exclusivity or whitelisting never lower the fee",
  (input, first, second, key, options) => {
    const [short, long] = first <= second ? [first, second] : [second, first];
    const shorter = estimateFlatFee(input, { ...options, [key]: short }).cost?.expected ?? null;
    const longer = estimateFlatFee(input, { ...options, [key]: long }).cost?.expected ?? null;
    if (shorter === null) {
      expect(longer).toBeNull();
      return;
    }
    expect(longer).toBeGreaterThanOrEqual(shorter);
  },
);

test.prop([profile, compareOptions], RUNS)("leaves frozen inputs untouched", (input, options) => {
  const expected = compareCompensation(structuredClone(input), structuredClone(options));
  expect(compareCompensation(deepFreeze(input), deepFreeze(options))).toEqual(expected);
});
