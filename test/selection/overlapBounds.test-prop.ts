// Every overlap inside its Fréchet bounds is accepted, however the caller computed the lower or the upper bound in
// floating point (docs/methodology/selection.md §1): the bounds' own rounding never refuses a valid pair.
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { selectInfluencers } from "../../src/index.js";

// The mutation setup (test/reliability/stryker.setup.ts) sets a global numRuns; an explicit one here would override it.
const runs = (count: number): number => fc.readConfigureGlobal().numRuns ?? count;

const SEED = 20_261_201;

/** A reach in (0, 1], with 1, reaches just below 1 and tiny reaches often, where the rounding of a + b − 1 shows. */
const reach = fc.oneof(
  fc.double({ min: 0, max: 1, minExcluded: true, noNaN: true }),
  fc.constant(1),
  fc.double({ min: 0, max: 1e-3, minExcluded: true, noNaN: true }),
  fc.double({ min: 0, max: 1e-6, minExcluded: true, noNaN: true }).map((gap) => 1 - gap),
);

/** The ways a caller may compute the lower bound a + b − 1 in floating point. */
const lowerBounds: readonly ((a: number, b: number) => number)[] = [
  (a, b) => a + b - 1,
  (a, b) => b + a - 1,
  (a, b) => a - 1 + b,
  (a, b) => a - (1 - b),
  (a, b) => 1 - (1 - a + (1 - b)),
];

test.prop([reach, reach, fc.nat(lowerBounds.length - 1), fc.double({ min: 0, max: 1, noNaN: true })], { numRuns: runs(2_000), seed: SEED })(
  "accepts every shared audience between the pair's bounds, as computed in floating point",
  (a, b, way, position) => {
    const most = Math.min(a, b);
    const least = Math.max(0, lowerBounds[way]?.(a, b) ?? 0);
    // A share of the way from the computed lower bound to the upper one, never above the upper one (exact: no arithmetic)
    const shared = Math.min(most, least + position * (most - least));
    const pair = [
      { id: "a", cost: 1, value: 0, reach: a },
      { id: "b", cost: 1, value: 0, reach: b },
    ];
    const call = (value: number) => selectInfluencers(pair, { budget: 2, objective: "reach", overlap: [{ a: "a", b: "b", shared: value }] });
    // Accepted (no InfluencerInputError), the computed lower bound itself and the upper one included
    for (const value of [shared, Math.min(least, most), most]) {
      const { totalReach } = call(value);
      expect(totalReach !== null && totalReach >= 0 && totalReach <= 1).toBe(true);
    }
  },
);

/** The ways a caller may compute the smaller reach, the upper bound: as given, or read back as one creator's combined reach. */
const upperBounds: readonly ((a: number, b: number) => number)[] = [
  (a, b) => Math.min(a, b),
  (a, b) => 1 - (1 - Math.min(a, b)),
  (a, b) => Math.min(1 - (1 - a), 1 - (1 - b)),
];

test.prop([reach, reach, fc.nat(upperBounds.length - 1)], { numRuns: runs(2_000), seed: SEED })(
  "accepts the smaller reach of the pair as its shared audience, as computed in floating point",
  (a, b, way) => {
    const shared = upperBounds[way]?.(a, b) ?? 0;
    const pair = [
      { id: "a", cost: 1, value: 0, reach: a },
      { id: "b", cost: 1, value: 0, reach: b },
    ];
    // Accepted (no InfluencerInputError)
    const { totalReach } = selectInfluencers(pair, { budget: 2, objective: "reach", overlap: [{ a: "a", b: "b", shared }] });
    expect(totalReach !== null && totalReach >= 0 && totalReach <= 1).toBe(true);
  },
);
