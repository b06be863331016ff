import { medianSorted } from "./quantileSorted.js";
import { sortAscending } from "./sortAscending.js";

/**
 * Median absolute deviation of a sorted sample around a given centre:
 * `MAD = median |x_i − center|` (Rousseeuw & Croux, "Alternatives to the
 * median absolute deviation", JASA 88(424), 1993,
 * https://doi.org/10.1080/01621459.1993.10476408). Multiply by 1.4826 to
 * estimate a normal standard deviation. Uses `scratch` for the deviations and
 * sorts it; never touches `sorted`. O(n log n).
 *
 * @param sorted - Values in ascending order.
 * @param center - The centre, usually the sample median.
 * @param scratch - A buffer with room for `length` numbers; overwritten.
 * @param length - How many leading entries form the sample; defaults to all of `sorted`.
 * @returns The MAD (0 when more than half the values equal `center`), or `NaN` for an empty sample.
 * @example
 * medianAbsoluteDeviation([1, 2, 3, 4, 100], 3, new Float64Array(5));
 * // => 1
 * @internal
 */
export function medianAbsoluteDeviation(
  sorted: ArrayLike<number>,
  center: number,
  scratch: Float64Array,
  length: number = sorted.length,
): number {
  for (let index = 0; index < length; index++) scratch[index] = Math.abs(Number(sorted[index]) - center);
  const deviations = sortAscending(scratch.subarray(0, length));
  return medianSorted(deviations);
}
