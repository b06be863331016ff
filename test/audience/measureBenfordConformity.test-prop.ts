import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { showMadApart } from "../../src/audience/measureBenfordConformity.js";
import { measureBenfordConformity } from "../../src/index.js";
import { deepFreeze } from "./arbitraries.js";

const values = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1e9 }), fc.double({ min: 1e-6, max: 1e12, noNaN: true })), {
  maxLength: 400,
});

test.prop([values])("gives shares that sum to 1, a MAD in [0, 2/9] and a p-value in [0, 1], or nulls with a reason", (sample) => {
  const result = measureBenfordConformity(sample);
  expect(result.n + result.skippedZeros).toBe(sample.length);
  expect(result.reason).toMatch(/\S/u);
  if (result.mad === null) {
    expect(result.n).toBeLessThan(50);
    return;
  }
  expect(result.digitShares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 12);
  // Σ|o − P| ≤ Σo + ΣP = 2, so MAD ≤ 2/9
  expect(result.mad >= 0 && result.mad <= 2 / 9 + 1e-12).toBe(true);
  expect(result.pValue >= 0 && result.pValue <= 1).toBe(true);
  expect(result.conforms).toBe(result.mad <= result.madThreshold);
});

test.prop([values])("returns plain JSON data (R7) and leaves a frozen input untouched", (sample) => {
  const result = measureBenfordConformity(deepFreeze([...sample]));
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  expect(result).toEqual(measureBenfordConformity(sample));
});

test.prop([values])("does not change when every value is multiplied by 10 (first digits stay the same)", (sample) => {
  const integers = sample.map((value) => Math.round(value));
  expect(measureBenfordConformity(integers.map((value) => value * 10))).toEqual(measureBenfordConformity(integers));
});

test.prop([values])("does not depend on the order of the values", (sample) => {
  expect(measureBenfordConformity([...sample].reverse())).toEqual(measureBenfordConformity(sample));
});

/** At least 50 positive values, so the test runs. */
const testedValues = fc.array(fc.oneof(fc.integer({ min: 1, max: 1e9 }), fc.double({ min: 1e-6, max: 1e12, noNaN: true })), { minLength: 50, maxLength: 200 });

test.prop([testedValues, fc.double({ min: -1e-5, max: 1e-5, noNaN: true })])(
  "writes a MAD and its bound so that the sign between them holds for the written numbers, even a hair apart",
  (sample, offset) => {
    const mad = measureBenfordConformity(sample).mad ?? 0;
    // The bound a relative hair from the MAD, where a fixed number of decimals reads the two the same.
    const bound = Math.max(mad * (1 + offset), Number.MIN_VALUE);
    const result = measureBenfordConformity(sample, { conformity: { source: "test", values: { minimumSampleSize: 50, expectedMadFactor: 1e-9, nonconformityMad: bound } } });
    const [, shownMad, sign, shownBound] = /^MAD (\S+) (≤|>) (\S+) allowed/u.exec(result.reason) ?? [];
    if (sign === ">") expect(Number(shownMad)).toBeGreaterThan(Number(shownBound));
    else if (result.mad === result.madThreshold) expect(shownMad).toBe(shownBound);
    else expect(Number(shownMad)).toBeLessThan(Number(shownBound));
  },
);

/** First-digit counts (1s to 9s), at least one value, as the values 1 to 9. */
const digitCounts = fc.array(fc.nat({ max: 400 }), { minLength: 9, maxLength: 9 }).filter((counts) => counts.some((count) => count > 0));
/** A bound near a MAD, as a reader would round it: the MAD itself, rounded to 1–6 significant digits or 4 decimals, or a relative hair off. */
const nearBound = fc.oneof(
  fc.constant((mad: number) => mad),
  fc.integer({ min: 1, max: 6 }).map((digits) => (mad: number) => Number(mad.toPrecision(digits))),
  fc.constant((mad: number) => Number(mad.toFixed(4))),
  fc.integer({ min: 1, max: 15 }).chain((power) => fc.constantFrom(-1, 1).map((side) => (mad: number) => mad * (1 + side * 10 ** -power))),
);
/** A number as the reason writes it, read back. */
const readBack = (text: string): number => Number(text.replaceAll(",", ""));

test.prop([digitCounts, nearBound, fc.boolean()])(
  "writes a MAD apart from its bound, exact or computed, as the bound is written, and on its own side",
  (counts, near, given) => {
    const sample = counts.flatMap((count, index) => Array.from({ length: count }, () => index + 1));
    const { mad, expectedMad } = measureBenfordConformity(sample, { conformity: { source: "test", values: { minimumSampleSize: 1, expectedMadFactor: 1, nonconformityMad: 1 } } });
    const bound = Math.max(near(mad ?? 0), Number.MIN_VALUE);
    // Given: the caller's nonconformityMad is the bound, written exactly. Computed: expectedMadFactor × E(n), rounded.
    const values = given ? { minimumSampleSize: 1, expectedMadFactor: Number.MIN_VALUE, nonconformityMad: bound } : { minimumSampleSize: 1, expectedMadFactor: bound / (expectedMad ?? 1), nonconformityMad: Number.MIN_VALUE };
    const result = measureBenfordConformity(sample, { conformity: { source: "test", values } });
    const [, shownMad = "", sign, shownBound = ""] = /^MAD (\S+) (≤|>) (\S+) allowed/u.exec(result.reason) ?? [];
    const order = Math.sign((result.mad ?? 0) - (result.madThreshold ?? 0));
    expect(sign).toBe(order > 0 ? ">" : "≤");
    expect(shownMad === shownBound).toBe(order === 0);
    expect(Math.sign(readBack(shownMad) - readBack(shownBound))).toBe(order);
    if (given && result.madThreshold === bound) expect(readBack(shownBound)).toBe(bound);
  },
);

/** A MAD in [0, 2/9], often a hair below 0.00005, where showMad's 3 significant digits give way to 4 decimals. */
const anyMad = fc.oneof(fc.double({ min: 0, max: 2 / 9, noNaN: true }), fc.double({ min: 0.0000499, max: 0.00005001, noNaN: true }));
/** A bound: one near the MAD, the rule's line 0.00005 itself, or any positive double up to 1. */
const anyBound = fc.oneof(nearBound, fc.constant(() => 0.00005), fc.double({ min: Number.MIN_VALUE, max: 1, noNaN: true }).map((bound) => () => bound));

// The mutation setup (test/reliability/stryker.setup.ts) sets a global numRuns; an explicit one here would override it.
test.prop([anyMad, anyBound, fc.boolean()], { numRuns: fc.readConfigureGlobal().numRuns ?? 1000 })(
  "writes a MAD and a bound apart when they differ and in their order, a given bound exactly",
  (mad, near, isGiven) => {
    const bound = Math.max(near(mad), Number.MIN_VALUE);
    const [shownMad, shownBound] = showMadApart(mad, bound, isGiven);
    const order = Math.sign(mad - bound);
    expect(shownMad === shownBound).toBe(order === 0);
    expect(Math.sign(readBack(shownMad) - readBack(shownBound))).toBe(order);
    if (isGiven) expect(readBack(shownBound)).toBe(bound);
  },
);
