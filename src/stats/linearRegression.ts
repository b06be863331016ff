/** Least-squares line `y = intercept + slope·x`. @internal */
export interface RegressionLine {
  /** Change in `y` per unit of `x`. */
  readonly slope: number;
  /** Value of `y` at `x = 0`. */
  readonly intercept: number;
}

/**
 * Ordinary least-squares line through the points `(x[i], y[i])`:
 * `slope = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)²`, `intercept = ȳ − slope·x̄`.
 * Centring on the means first keeps the sums accurate when `x` holds large
 * values such as epoch milliseconds. Two passes, O(n).
 *
 * @param x - Predictor values.
 * @param y - Response values, aligned with `x`.
 * @param length - How many leading points to use; defaults to `x.length`.
 * @returns The line, or `null` with fewer than two points or when every `x` is equal.
 * @example
 * linearRegression([0, 1, 2], [1, 3, 5]);
 * // => { slope: 2, intercept: 1 }
 * @internal
 */
export function linearRegression(x: ArrayLike<number>, y: ArrayLike<number>, length: number = x.length): RegressionLine | null {
  if (length < 2) return null;
  let sumX = 0;
  let sumY = 0;
  for (let index = 0; index < length; index++) {
    sumX += Number(x[index]);
    sumY += Number(y[index]);
  }
  const meanX = sumX / length;
  const meanY = sumY / length;
  let crossProducts = 0;
  let squares = 0;
  for (let index = 0; index < length; index++) {
    const dx = Number(x[index]) - meanX;
    crossProducts += dx * (Number(y[index]) - meanY);
    squares += dx * dx;
  }
  if (squares === 0) return null;
  const slope = crossProducts / squares;
  return { slope, intercept: meanY - slope * meanX };
}
