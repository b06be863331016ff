// Laws of the profile form with bad rows (docs/methodology/selection.md §1.1): nothing is lost (every bad
// row is in errors, at its position), dropping a bad row moves no good row's id, and an overlap naming a bad
// row is left out with a note that says once why.
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { selectInfluencers, type InfluencerProfileInput } from "../../src/index.js";

// The mutation setup (test/reliability/stryker.setup.ts) sets a global numRuns; an explicit one here would override it.
const runs = (count: number): number => fc.readConfigureGlobal().numRuns ?? count;

const SEED = 20_261_130;

/** One row: valid, or the same creator with a bad follower count (or no object at all); the valid twin is kept to compare. */
interface Row {
  readonly valid: InfluencerProfileInput;
  readonly given: unknown;
  readonly isBad: boolean;
}

const row: fc.Arbitrary<Row> = fc
  .record({
    // A few handles, so that repeats (#2, #3) and positions ([i]) both occur
    handle: fc.constantFrom("@a", "@b", undefined),
    followers: fc.noBias(fc.integer({ min: 2_000, max: 2_000_000 })),
    bad: fc.constantFrom(undefined, -1, 1.5, "many", "null"),
  })
  .map(({ handle, followers, bad }) => {
    const valid: InfluencerProfileInput = handle === undefined ? { platform: "instagram", followers } : { handle, platform: "instagram", followers };
    if (bad === undefined) return { valid, given: valid, isBad: false };
    // A null row has no readable id: its twin is the valid profile without a handle, labelled by its position too
    if (bad === "null") return { valid: { platform: "instagram", followers }, given: null, isBad: true };
    return { valid, given: { ...valid, followers: bad }, isBad: true };
  });

const rows = fc.array(row, { minLength: 1, maxLength: 8 });

test.prop([rows], { numRuns: runs(100), seed: SEED })("reports every bad row at its position and nothing else", (list) => {
  // audienceSize marks the call as one on profiles even when no row has followers (every row null)
  const result = selectInfluencers(list.map((entry) => entry.given) as InfluencerProfileInput[], { budget: 1e9, audienceSize: 1e9 });
  const bad = list.flatMap((entry, index) => (entry.isBad ? [index] : []));
  expect(result.errors.map((error) => error.index)).toEqual(bad);
  for (const error of result.errors) expect(error.issues.length).toBeGreaterThan(0);
});

test.prop([rows], { numRuns: runs(100), seed: SEED + 1 })("gives each good row the id it has when every row is valid", (list) => {
  // A budget that fits everyone: every priced row is selected, and `selected` is in input order, one id per row
  const options = { budget: 1e9, audienceSize: 1e9 };
  const fixed = selectInfluencers(list.map((entry) => entry.valid), options).selected;
  expect(fixed).toHaveLength(list.length);
  const mixed = selectInfluencers(list.map((entry) => entry.given) as InfluencerProfileInput[], options).selected;
  expect(mixed).toEqual(fixed.filter((_, index) => list[index]?.isBad === false));
});

test.prop([rows, fc.array(fc.tuple(fc.nat(7), fc.nat(7)), { maxLength: 6 })], { numRuns: runs(100), seed: SEED + 2 })(
  "says once why each failed profile an overlap names is no candidate, and never repeats a reason",
  (list, pairs) => {
    const options = { budget: 1e9, audienceSize: 1e9 };
    const ids = selectInfluencers(list.map((entry) => entry.valid), options).selected;
    const isBad = (index: number): boolean => list[index]?.isBad === true;
    // Pairs with a bad row only: a pair of good rows could repeat a pair or name one row twice, which is an input error
    const named = pairs.filter(([a, b]) => a < list.length && b < list.length && (isBad(a) || isBad(b)));
    const overlap = named.map(([a, b]) => ({ a: ids[a] ?? "", b: ids[b] ?? "", shared: 0 }));
    const { reasons } = selectInfluencers(list.map((entry) => entry.given) as InfluencerProfileInput[], { ...options, overlap });
    expect(new Set(reasons).size).toBe(reasons.length);
    const text = reasons.join("\n");
    for (const index of new Set(named.flat().filter(isBad))) {
      expect(text.split(`${JSON.stringify(ids[index])} is no candidate`)).toHaveLength(2);
    }
    // Every overlap is in exactly one note
    for (const position of named.keys()) expect(text.split(`overlap[${position}]`)).toHaveLength(2);
  },
);
