/**
 * Costs and budget as whole numbers of "ticks" (cents, or finer), so that
 * budget checks are exact integer arithmetic instead of floating-point sums.
 *
 * @internal
 */
export interface CostTicks {
  /** Ticks per currency unit: `10 ** decimals`. */
  readonly scale: number;
  /** Each cost in ticks, in the order given. */
  readonly ticks: readonly number[];
  /** The budget in ticks, rounded down. */
  readonly capacity: number;
  /** True when some cost had more decimals than the scale keeps and was rounded up. */
  readonly isRounded: boolean;
}

/** Most decimals kept: a millionth of a currency unit. */
const MAX_DECIMALS = 6;
/** Largest total in ticks; keeps every sum exact and the rounding tolerance below half a tick. */
const MAX_TOTAL_TICKS = 281_474_976_710_656; // 2^48 as a literal: a bundler keeps `2 ** 48` as a possible side effect

function tolerance(scaled: number): number {
  return Math.max(1e-6, Math.abs(scaled) * 1e-15);
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
 * (0 to 6) at which every cost is whole; when none is, keeps 6 decimals and
 * rounds costs up, so a selection that fits in ticks never exceeds the real
 * budget. The budget is always rounded down. O(n·d) with d ≤ 7.
 *
 * @param costs - Positive finite costs in currency units.
 * @param budget - Positive finite budget in currency units.
 * @returns The scale, the costs and the budget in ticks.
 * @internal
 */
export function toCostTicks(costs: readonly number[], budget: number): CostTicks {
  let total = budget;
  for (const cost of costs) total += cost;
  const limit = Math.floor(Math.log10(MAX_TOTAL_TICKS / total));
  const maxDecimals = Math.min(MAX_DECIMALS, limit);
  let decimals = maxDecimals;
  let isRounded = true;
  for (let candidate = Math.min(0, maxDecimals); candidate <= maxDecimals; candidate += 1) {
    const scale = 10 ** candidate;
    if (costs.every((cost) => isWholeCost(cost * scale))) {
      decimals = candidate;
      isRounded = false;
      break;
    }
  }
  const scale = 10 ** decimals;
  const ticks = costs.map((cost) => {
    const scaled = cost * scale;
    return isWholeCost(scaled) ? Math.round(scaled) : Math.ceil(scaled);
  });
  const scaledBudget = budget * scale;
  const capacity = isWhole(scaledBudget) ? Math.round(scaledBudget) : Math.floor(scaledBudget);
  return { scale, ticks, capacity, isRounded };
}
