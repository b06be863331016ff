/**
 * Quantile of a sample that is already sorted ascending, by linear
 * interpolation between order statistics: the "type 7" definition that R and
 * NumPy use by default (Hyndman & Fan, "Sample quantiles in statistical
 * packages", The American Statistician 50(4), 1996,
 * https://doi.org/10.2307/2684934). With `h = (n − 1)·p`, the result is
 * `x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋])`. O(1).
 *
 * @param sorted - Values in ascending order (a typed array works).
 * @param p - Probability in [0, 1].
 * @param length - How many leading entries of `sorted` form the sample; defaults to all.
 * @returns The quantile, or `NaN` for an empty sample.
 * @example
 * quantileSorted([1, 2, 3, 4], 0.5);
 * // => 2.5
 * @internal
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number, length: number = sorted.length): number {
  if (length === 0) return Number.NaN;
  const position = (length - 1) * p;
  const lower = Math.floor(position);
  // Number() turns the (impossible) out-of-range `undefined` into NaN without a branch.
  const below = Number(sorted[lower]);
  const fraction = position - lower;
  return fraction === 0 ? below : below + fraction * (Number(sorted[lower + 1]) - below);
}

/**
 * Median of a sample that is already sorted ascending: the middle value, or
 * the mean of the two middle values for an even count. O(1).
 *
 * @param sorted - Values in ascending order (a typed array works).
 * @param length - How many leading entries of `sorted` form the sample; defaults to all.
 * @returns The median, or `NaN` for an empty sample.
 * @example
 * medianSorted([1, 3, 10]);
 * // => 3
 * @internal
 */
export function medianSorted(sorted: ArrayLike<number>, length: number = sorted.length): number {
  return quantileSorted(sorted, 0.5, length);
}
