/** 1 / √(2π). */
const SCALE = 0.3989422804014327;

/**
 * Standard normal density φ(z) = e^(−z²/2) / √(2π). O(1).
 *
 * @param z - Any number; φ is 0 far out and `NaN` for `NaN`.
 * @returns φ(z) in [0, 0.3989…].
 * @example
 * normalDensity(0);
 * // => 0.3989422804014327
 * @internal
 */
export function normalDensity(z: number): number {
  return Math.exp((-z * z) / 2) * SCALE;
}
