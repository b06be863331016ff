// The O(n) robust centre and scale of a sorted sample (src/trust/robustStats.ts)
// against the textbook computation: sort the absolute deviations, take their median.
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { MAD_TO_SIGMA, MEAN_ABSOLUTE_DEVIATION_TO_SIGMA, MIN_SCALE, robustCentreAndScale, sortedCentreAndScale } from "../../src/trust/robustStats.js";

function medianOf(sorted: readonly number[]): number {
  const position = (sorted.length - 1) * 0.5;
  const lower = Math.floor(position);
  const below = sorted[lower] ?? Number.NaN;
  return position === lower ? below : below + (position - lower) * ((sorted[lower + 1] ?? Number.NaN) - below);
}

function textbook(values: readonly number[], floor: number): { centre: number; scale: number } {
  const sorted = [...values].sort((left, right) => left - right);
  const centre = medianOf(sorted);
  const deviations = sorted.map((value) => Math.abs(value - centre)).sort((left, right) => left - right);
  let scale = MAD_TO_SIGMA * medianOf(deviations);
  if (!(scale > 0)) scale = (MEAN_ABSOLUTE_DEVIATION_TO_SIGMA * sorted.reduce((sum, value) => sum + Math.abs(value - centre), 0)) / sorted.length;
  return { centre, scale: Math.max(scale, floor, MIN_SCALE) };
}

// The sign of a zero centre depends on where a -0 sorts (a typed array puts it
// before 0, a comparator keeps input order) and means nothing: compare it as 0.
function unsignedZero(summary: { centre: number; scale: number }): { centre: number; scale: number } {
  return { centre: summary.centre + 0, scale: summary.scale };
}

// Small integers make ties and a zero MAD common; doubles exercise the rounding.
const sample = fc.array(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })), { minLength: 1, maxLength: 40 });

test.prop([sample, fc.constantFrom(0, 1e-3)], { examples: [[[0, -0, 0], 0]] })("finds the same centre and scale as sorting the deviations", (values, floor) => {
  const expected = unsignedZero(textbook(values, floor));
  expect(unsignedZero(sortedCentreAndScale(Float64Array.from(values).sort(), values.length, floor))).toStrictEqual(expected);
  expect(unsignedZero(robustCentreAndScale(Float64Array.from(values), values.length, floor))).toStrictEqual(expected);
});
