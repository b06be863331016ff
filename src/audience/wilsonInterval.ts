/** A closed interval [low, high] inside [0, 1]. @internal */
export interface UnitInterval {
  readonly low: number;
  readonly high: number;
}

/**
 * Wilson score interval for a binomial proportion (Wilson, "Probable
 * inference, the law of succession, and statistical inference", JASA
 * 22:209–212, 1927): with p̂ = successes / trials,
 * `(p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n)`, limited to [0, 1];
 * exactly 0 below when p̂ = 0 and exactly 1 above when p̂ = 1, where the formula
 * touches p̂ (computed, it can miss it by a rounding error).
 * Valid for independent draws, e.g. a random sample of follower accounts. O(1).
 *
 * @param successes - Number of successes, 0 ≤ successes ≤ trials.
 * @param trials - Number of independent trials, at least 1.
 * @param z - Standard normal quantile of the two-sided level (1.6449 for 90%).
 * @internal
 */
export function wilsonInterval(successes: number, trials: number, z: number): UnitInterval {
  const share = successes / trials;
  const zSquared = z * z;
  const denominator = 1 + zSquared / trials;
  const centre = (share + zSquared / (2 * trials)) / denominator;
  const halfWidth = (z * Math.sqrt((share * (1 - share)) / trials + zSquared / (4 * trials * trials))) / denominator;
  // At p̂ = 0 (or 1) the bound equals p̂ exactly; computed, it can miss by a rounding error and then exclude p̂.
  return {
    low: successes === 0 ? 0 : Math.max(0, centre - halfWidth),
    high: successes === trials ? 1 : Math.min(1, centre + halfWidth),
  };
}
