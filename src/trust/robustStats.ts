// Small robust-statistics helpers for the trust model, built on src/stats.
// They work on caller-owned scratch arrays so rolling windows do not allocate per point.
import { medianAbsoluteDeviation } from "../stats/medianAbsoluteDeviation.js";
import { medianSorted } from "../stats/quantileSorted.js";

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
 * it sorts in place (pass a scratch copy); `deviations` is a second scratch
 * buffer of at least `length`. The scale is `1.4826 · MAD` (Rousseeuw &
 * Croux, 1993); when half or more of the values are equal the MAD is 0, so it
 * falls back to `1.2533 ·` the mean absolute deviation from the median, and
 * finally to `floor` (and never below {@link MIN_SCALE}). Needs `length ≥ 1`.
 * O(n log n).
 *
 * @internal
 */
export function robustCentreAndScale(values: Float64Array, deviations: Float64Array, length: number, floor: number): RobustSummary {
  const sorted = values.subarray(0, length).sort();
  const centre = medianSorted(sorted, length);
  const mad = medianAbsoluteDeviation(sorted, centre, deviations, length);
  let scale = MAD_TO_SIGMA * mad;
  if (!(scale > 0)) {
    let meanAbsolute = 0;
    for (const value of sorted) meanAbsolute += Math.abs(value - centre);
    scale = (MEAN_ABSOLUTE_DEVIATION_TO_SIGMA * meanAbsolute) / length;
  }
  return { centre, scale: Math.max(scale, floor, MIN_SCALE) };
}

/**
 * Median of a list, without touching it; `null` for an empty list. O(n log n).
 *
 * @internal
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return medianSorted(Float64Array.from(values).sort());
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
