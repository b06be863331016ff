/**
 * Costs and budget as whole numbers of "ticks" (cents, or finer), so that
 * budget checks are exact integer arithmetic instead of floating-point sums.
 *
 * @internal
 */
export interface CostTicks {
  /** Ticks per currency unit: `10 ** decimals`, or twice that when costs were rounded (half-unit ticks). */
  readonly scale: number;
  /** Ticks in one rounding unit (`10 ** -decimals` of a currency unit): 1, or 2 when costs were rounded. */
  readonly unitTicks: 1 | 2;
  /** Each cost in ticks, in the order given. */
  readonly ticks: readonly number[];
  /** The budget in ticks: rounded down to whole units, plus one tick when costs were rounded. */
  readonly capacity: number;
  /** True when some cost had more decimals than the scale keeps and was rounded up. */
  readonly isRounded: boolean;
}

/** Most decimals kept: a millionth of a currency unit. */
const MAX_DECIMALS = 6;
/** Largest total in units; keeps every sum exact (also in half-units) and the rounding tolerance below half a unit. */
const MAX_TOTAL_TICKS = 281_474_976_710_656; // 2^48 as a literal: a bundler keeps `2 ** 48` as a possible side effect

/**
 * Binary noise allowed when an amount times the scale should be a whole
 * number: a relative 1e-15, at least 4.5 units in the last place of a
 * double, while the product of a decimal amount and `10 ** d` is off by at
 * most about one (0.14 × 100 = 14.000000000000002). Relative, not absolute:
 * an absolute tolerance (it was 1e-6 ticks) snaps real decimals at coarse
 * scales (1.000000001 counted as 1 whole unit, over a budget of 1).
 */
function tolerance(scaled: number): number {
  return Math.abs(scaled) * 1e-15;
}

function isWhole(scaled: number): boolean {
  return Math.abs(scaled - Math.round(scaled)) <= tolerance(scaled);
}

/** A positive cost is whole at a scale when it is a whole number of at least one tick there. */
function isWholeCost(scaled: number): boolean {
  return scaled >= 0.5 && isWhole(scaled);
}

/**
 * Converts costs and the budget to integer ticks. Picks the fewest decimals
 * `d` (0 to 6) at which every cost is whole; then ticks are units of
 * `10 ** -d`, costs are exact and the budget is rounded down, which loses
 * nothing because every sum of costs is a whole number of units.
 *
 * When no `d` makes every cost whole, costs are rounded up to units of
 * `10 ** -6` (fewer decimals for amounts near 2^48 ticks) and counted in
 * half-units, so that a candidate costing at most the budget but more than
 * the budget rounded down can still be selected alone. With `f` the budget
 * rounded down to whole units and `u` a cost rounded up:
 *
 * - a cost `c ≤ budget` with `u > f` (it lies in the budget's last, partial
 *   unit) weighs `2f + 1`; every other cost weighs `2u`;
 * - the capacity is `2f + 1`.
 *
 * Why the budget is never exceeded: a set of `2u` weights fits exactly when
 * `Σ u ≤ f` (integers: `Σ 2u ≤ 2f + 1` ⇔ `Σ u ≤ f`), and then
 * `Σ c ≤ Σ u ≤ f ≤ budget` in units. A `2f + 1` weight fits only alone,
 * because every weight is at least 1 (a positive cost rounds up to at least
 * one unit), and alone its real cost is at most the budget by definition. Why a candidate costing at most the budget always fits alone:
 * either `u ≤ f` (weight `2u ≤ 2f`) or it weighs exactly `2f + 1`. What is
 * lost: a set of several candidates whose real total fits but whose rounded
 * total does not (each rounding adds less than one unit), so optimality is
 * with respect to the rounded costs; the result says so. O(n·d) with d ≤ 7.
 *
 * @param costs - Positive finite costs in currency units.
 * @param budget - Positive finite budget in currency units.
 * @returns The scale, the costs and the budget in ticks.
 * @internal
 */
export function toCostTicks(costs: readonly number[], budget: number): CostTicks {
  // A cost above the budget can never be selected: it sets neither the scale nor the rounding (one
  // 3e12 candidate made every other cost round to a 0.1 unit), and weighs one tick over the capacity.
  let total = budget;
  for (const cost of costs) if (cost <= budget) total += cost;
  const limit = Math.floor(Math.log10(MAX_TOTAL_TICKS / total));
  const maxDecimals = Math.min(MAX_DECIMALS, limit);
  let decimals = maxDecimals;
  let isRounded = true;
  for (let candidate = Math.min(0, maxDecimals); candidate <= maxDecimals; candidate += 1) {
    const scale = 10 ** candidate;
    if (costs.every((cost) => cost > budget || isWholeCost(cost * scale))) {
      decimals = candidate;
      isRounded = false;
      break;
    }
  }
  const scale = 10 ** decimals;
  const scaledBudget = budget * scale;
  const units = isWhole(scaledBudget) ? Math.round(scaledBudget) : Math.floor(scaledBudget);
  if (!isRounded) {
    return { scale, unitTicks: 1, ticks: costs.map((cost) => (cost > budget ? units + 1 : Math.round(cost * scale))), capacity: units, isRounded };
  }
  const capacity = 2 * units + 1;
  const ticks = costs.map((cost) => {
    if (cost > budget) return capacity + 1;
    const scaled = cost * scale;
    const rounded = isWholeCost(scaled) ? Math.round(scaled) : Math.ceil(scaled);
    return rounded > units ? capacity : 2 * rounded;
  });
  return { scale: 2 * scale, unitTicks: 2, ticks, capacity, isRounded };
}
