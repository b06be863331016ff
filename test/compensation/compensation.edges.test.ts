// Values on the bounds of every compensation option and rate-card check, which must be accepted.
// In the first test of its own file for the reason given in compensation.messages.test.ts: the
// schemas are built on first use, and Stryker credits a mutant in a schema builder (such as a
// "default" key added to the format premiums) only to the first test of a file that builds it.
import { describe, expect, it } from "vitest";
import { compareCompensation, estimateFlatFee, estimatePayPerClick } from "../../src/index.js";
import { cardWith } from "./fixtures.js";

const profile = { platform: "instagram", followers: 10_000 } as const;
const compare = { costPerClick: 1, averageOrderValue: 10 } as const;

describe("compensation option edges", () => {
  it("accepts the edges every check allows", () => {
    // Each value sits exactly on a bound compensation.messages.test.ts names; none may throw.
    const runs: readonly (() => unknown)[] = [
      () => estimateFlatFee(profile, { quantiles: { low: 0.001, high: 0.999 }, demand: 0.001 }),
      () => estimateFlatFee(profile, { quantiles: { low: 0.5, high: 0.5 }, demand: 1_000 }),
      () => estimatePayPerClick(profile, { costPerClick: 0.000001, cap: 1e12 }),
      () => compareCompensation(profile, { ...compare, riskAversion: 0, margin: 1, hybrid: true }),
      () => compareCompensation(profile, { ...compare, riskAversion: 100 }),
      () => estimateFlatFee(profile, { rateCard: cardWith(["rangeSpread", "ratio"], 1_000) }),
      () => estimateFlatFee(profile, { rateCard: cardWith(["cpm", "instagram"], { low: 1, high: 1_000, source: "s" }) }),
      () => estimateFlatFee(profile, { rateCard: cardWith(["cpm", "instagram"], { low: 5, high: 5, source: "s" }) }),
      () => estimateFlatFee(profile, { rateCard: cardWith(["cpm", "instagram"], { expected: 5, low: 5, high: 15, source: "s" }) }),
      () => estimateFlatFee(profile, { rateCard: cardWith(["cpm", "instagram"], { expected: 15, high: 15, source: "s" }) }),
      () => estimateFlatFee(profile, { rateCard: cardWith(["usageRights", "points"], [{ days: 30, premium: 0.5 }, { days: 60, premium: 0.5 }]) }),
      () => estimateFlatFee(profile, { rateCard: cardWith(["marketRates", "default", "micro"], { low: 50, high: 50, source: "s" }) }),
      () => estimateFlatFee(profile, { rateCard: cardWith(["marketRates", "default", "micro"], { low: 50, high: null, source: "s" }) }),
      () => estimateFlatFee(profile, { rateCard: cardWith(["quality", "trust", "maxEffect"], 0) }),
      // formatPremium has no "default" key (the reference format is ×1): an unknown key is not validated
      () => estimateFlatFee(profile, { rateCard: cardWith(["formatPremium", "instagram", "default"], 5) }),
    ];
    for (const run of runs) expect(run).not.toThrow();
  });
});
