// Small robust-statistics helpers for the trust model, built on src/stats.
// They work on caller-owned scratch arrays so rolling windows do not allocate per point.
import { medianSorted } from "../stats/quantileSorted.js";
import { sortAscending } from "../stats/sortAscending.js";
import { keptScratch, type KeptScratch } from "../stats/keptScratch.js";

/** `1 / Φ⁻¹(0.75)`: scales a median absolute deviation to a normal standard deviation. @internal */
export const MAD_TO_SIGMA = 1.4826;

/** `sqrt(π / 2)`: scales a mean absolute deviation to a normal standard deviation. @internal */
export const MEAN_ABSOLUTE_DEVIATION_TO_SIGMA = 1.2533;

/** Smallest scale returned, so a z-score is always finite. @internal */
export const MIN_SCALE = 1e-12;

/** Centre and spread of a sample, as {@link robustCentreAndScale} returns them. @internal */
export interface RobustSummary {
  /** The median. */
  readonly centre: number;
  /** A robust standard deviation: `1.4826 · MAD`, else `1.2533 · mean absolute deviation`, at least the floor. */
  readonly scale: number;
}

/**
 * Median and a robust scale of the first `length` entries of `values`, which
 * it sorts in place (pass a scratch copy). The scale is `1.4826 · MAD`
 * (Rousseeuw & Croux, 1993); when half or more of the values are equal the
 * MAD is 0, so it falls back to `1.2533 ·` the mean absolute deviation from
 * the median, and finally to `floor` (and never below {@link MIN_SCALE}).
 * Needs `length ≥ 1`. O(n log n).
 *
 * @internal
 */
export function robustCentreAndScale(values: Float64Array, length: number, floor: number): RobustSummary {
  return sortedCentreAndScale(values.subarray(0, length).sort(), length, floor);
}

/**
 * {@link robustCentreAndScale} of the first `length` entries of `sorted`,
 * already in ascending order (not modified). O(n): the absolute deviations
 * from the median are two sorted runs (below it, read downwards, and above
 * it, read upwards), so merging them up to the middle rank finds their
 * median without sorting them.
 *
 * @internal
 */
export function sortedCentreAndScale(sorted: Float64Array, length: number, floor: number): RobustSummary {
  const centre = medianSorted(sorted, length);
  return { centre, scale: sortedScale(sorted, length, centre, floor) };
}

/**
 * The scale of {@link sortedCentreAndScale}, given the median `centre` of the
 * ascending `sorted[0, length)`. O(n).
 *
 * @internal
 */
export function sortedScale(sorted: Float64Array, length: number, centre: number, floor: number): number {
  // The median of the deviations is at rank (length − 1) / 2, as medianSorted reads it:
  // the deviation of rank `lower`, plus half the gap to the next one when length is even.
  const lower = (length - 1) >> 1;
  let below = 0; // first entry not below the centre
  while (below < length && Number(sorted[below]) < centre) below++;
  let down = below - 1;
  let up = below;
  let atLower = 0;
  let afterLower = 0;
  for (let rank = 0; rank <= lower + 1 && rank < length; rank++) {
    const downDeviation = down >= 0 ? Math.abs(Number(sorted[down]) - centre) : Number.POSITIVE_INFINITY;
    const upDeviation = up < length ? Math.abs(Number(sorted[up]) - centre) : Number.POSITIVE_INFINITY;
    let deviation: number;
    if (downDeviation <= upDeviation) {
      deviation = downDeviation;
      down--;
    } else {
      deviation = upDeviation;
      up++;
    }
    if (rank === lower) atLower = deviation;
    else afterLower = deviation;
  }
  const mad = length % 2 === 1 ? atLower : atLower + 0.5 * (afterLower - atLower);
  let scale = MAD_TO_SIGMA * mad;
  if (!(scale > 0)) {
    let meanAbsolute = 0;
    for (let index = 0; index < length; index++) meanAbsolute += Math.abs(Number(sorted[index]) - centre);
    scale = (MEAN_ABSOLUTE_DEVIATION_TO_SIGMA * meanAbsolute) / length;
  }
  return Math.max(scale, floor, MIN_SCALE);
}

/**
 * Median of a list, without touching it; `null` for an empty list. O(n log n).
 *
 * @internal
 */
export function median(values: readonly number[]): number | null {
  const length = values.length;
  if (length === 0) return null;
  const sorted = scratch(length);
  for (let index = 0; index < length; index++) sorted[index] = Number(values[index]);
  return medianSorted(sortAscending(sorted));
}

/** The robust statistics' buffer, kept between calls. */
const kept: KeptScratch = { buffer: undefined };

/**
 * A scratch array of exactly `length` numbers, overwritten by the next call:
 * allocating a typed array per call cost more than sorting a few dozen numbers.
 *
 * @internal
 */
export function scratch(length: number): Float64Array {
  return keptScratch(kept, length);
}

/** Clamps `value` to [0, 1]. @internal */
export function clamp01(value: number): number {
  return value < 0 ? 0 : value > 1 ? 1 : value;
}

/**
 * A rising linear ramp: 0 at or below `zeroAt`, 1 at or above `fullAt`,
 * linear between. If the two are equal or misordered it is a step at
 * `fullAt`. Never NaN.
 *
 * @internal
 */
export function rampUp(value: number, zeroAt: number, fullAt: number): number {
  if (fullAt <= zeroAt) return value >= fullAt ? 1 : 0;
  return clamp01((value - zeroAt) / (fullAt - zeroAt));
}

/**
 * A falling linear ramp: 1 at or below `fullAt`, 0 at or above `zeroAt`,
 * linear between. If the two are equal or misordered it is a step at
 * `fullAt`. Never NaN.
 *
 * @internal
 */
export function rampDown(value: number, fullAt: number, zeroAt: number): number {
  if (zeroAt <= fullAt) return value <= fullAt ? 1 : 0;
  return clamp01((zeroAt - value) / (zeroAt - fullAt));
}

/**
 * Rounds to `digits` decimals, turning `-0` into `0`. A value so large that
 * `value × 10^digits` overflows (above ~1e302 for 6 digits) has no decimals
 * to round and is returned as is, never as `Infinity`. @internal
 */
export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  if (!Number.isFinite(rounded)) return value;
  return rounded === 0 ? 0 : rounded;
}
