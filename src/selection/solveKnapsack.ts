import { numberAt } from "./arrays.js";
import { solveCoreKnapsack } from "./solveCoreKnapsack.js";

/**
 * Items of a 0/1 knapsack with side constraints. All arrays have one entry
 * per item.
 *
 * @internal
 */
export interface KnapsackItems {
  /** Weight in integer ticks, each ≥ 1. */
  readonly weights: readonly number[];
  /** Value, each > 0. */
  readonly values: readonly number[];
  /** Tie-break rank (lower wins); distinct, independent of input order. */
  readonly ranks: readonly number[];
  /** Slot of the item's tier cap, or -1 when uncapped. */
  readonly tierSlots: readonly number[];
  /** Slot of the item's group cap, or -1 when uncapped. */
  readonly groupSlots: readonly number[];
}

/**
 * Capacity and side constraints of a knapsack. Caps may be
 * `Number.POSITIVE_INFINITY` (internal only; never returned to callers).
 *
 * @internal
 */
export interface KnapsackLimits {
  /** Capacity in integer ticks. */
  readonly capacity: number;
  /** Most items that may be chosen. */
  readonly count: number;
  /** Most items per tier slot. */
  readonly tierCaps: readonly number[];
  /** Most items per group slot. */
  readonly groupCaps: readonly number[];
  /** Search nodes after which the search stops with the best set found. */
  readonly nodeLimit: number;
}

/**
 * Outcome of {@link solveKnapsack}.
 *
 * @internal
 */
export interface KnapsackSolution {
  /** Chosen item indices, ascending. */
  readonly chosen: number[];
  /** Total value of the chosen items. */
  readonly value: number;
  /** Upper bound on the optimal value; equals `value` when `isOptimal`. */
  readonly bound: number;
  /** True when `value` is proven the optimum: the search finished, or stopped with nothing unexplored able to beat it. */
  readonly isOptimal: boolean;
  /** True when the search reached `nodeLimit` before it finished (it may still have proven its set: see `isOptimal`). */
  readonly isStopped: boolean;
  /** Search nodes visited (states generated, for the core dynamic programme). */
  readonly nodes: number;
  /** Which exact method ran: the core dynamic programme (no cap can bind) or branch and bound. */
  readonly method: "core-dynamic-programming" | "branch-and-bound";
}

/** Relative slack under which a bound no better than the incumbent prunes a branch. */
const PRUNE_TOLERANCE = 1e-12;
/** Subgradient iterations used to tune the Lagrange multipliers of binding caps. */
const MULTIPLIER_ITERATIONS = 60;

/**
 * Lagrange multipliers of the count limit and of the tier and group caps:
 * each cap costs `multiplier` per item under it. Zero for caps that cannot
 * bind, so the bound reduces to the plain linear-programming bound.
 */
interface Multipliers {
  count: number;
  readonly tiers: number[];
  readonly groups: number[];
}

/** Value of item `index` less the multipliers of the caps it counts against. */
function reducedValue(items: KnapsackItems, multipliers: Multipliers, index: number): number {
  const tier = numberAt(items.tierSlots, index, -1);
  const group = numberAt(items.groupSlots, index, -1);
  return (
    numberAt(items.values, index, 0) -
    multipliers.count -
    (tier >= 0 ? numberAt(multipliers.tiers, tier, 0) : 0) -
    (group >= 0 ? numberAt(multipliers.groups, group, 0) : 0)
  );
}

/**
 * Items in search order: those with a positive reduced value first, by
 * reduced value per tick (highest first); then the others by value per tick
 * (a non-positive reduced value per tick would rank the heaviest first, so an
 * equal-value tie under a cap went to the costlier creator); then value
 * (highest first), then weight (lightest first), then rank. Without binding
 * caps the reduced value is the value.
 */
function searchOrder(items: KnapsackItems, multipliers: Multipliers): number[] {
  const { weights, values, ranks } = items;
  const densities = new Float64Array(weights.length);
  const isPositive = new Uint8Array(weights.length);
  for (let index = 0; index < weights.length; index += 1) {
    const reduced = reducedValue(items, multipliers, index);
    isPositive[index] = reduced > 0 ? 1 : 0;
    densities[index] = (reduced > 0 ? reduced : numberAt(values, index, 0)) / numberAt(weights, index, 1);
  }
  const order = Array.from({ length: weights.length }, (_, index) => index);
  order.sort((left, right) => {
    const byPositive = numberAt(isPositive, right, 0) - numberAt(isPositive, left, 0);
    if (byPositive !== 0) return byPositive;
    const byDensity = numberAt(densities, right, 0) - numberAt(densities, left, 0);
    if (byDensity !== 0) return byDensity;
    const byValue = numberAt(values, right, 0) - numberAt(values, left, 0);
    if (byValue !== 0) return byValue;
    const byWeight = numberAt(weights, left, 0) - numberAt(weights, right, 0);
    if (byWeight !== 0) return byWeight;
    return numberAt(ranks, left, 0) - numberAt(ranks, right, 0);
  });
  return order;
}

/** `Σ multiplier · cap` over the caps that carry a multiplier (finite caps only). */
function multiplierTerm(multipliers: Multipliers, count: number, tierCaps: ArrayLike<number>, groupCaps: ArrayLike<number>): number {
  let term = multipliers.count > 0 ? multipliers.count * count : 0;
  multipliers.tiers.forEach((multiplier, slot) => {
    if (multiplier > 0) term += multiplier * numberAt(tierCaps, slot, 0);
  });
  multipliers.groups.forEach((multiplier, slot) => {
    if (multiplier > 0) term += multiplier * numberAt(groupCaps, slot, 0);
  });
  return term;
}

/** Which caps can bind: those with fewer places than items under them. */
interface ActiveCaps {
  readonly isCountActive: boolean;
  readonly isTierActive: readonly boolean[];
  readonly isGroupActive: readonly boolean[];
}

function activeCaps(items: KnapsackItems, limits: KnapsackLimits): ActiveCaps {
  const size = items.weights.length;
  const tierUse = limits.tierCaps.map(() => 0);
  const groupUse = limits.groupCaps.map(() => 0);
  for (let index = 0; index < size; index += 1) {
    const tier = numberAt(items.tierSlots, index, -1);
    const group = numberAt(items.groupSlots, index, -1);
    if (tier >= 0) tierUse[tier] = numberAt(tierUse, tier, 0) + 1;
    if (group >= 0) groupUse[group] = numberAt(groupUse, group, 0) + 1;
  }
  return {
    isCountActive: limits.count < size,
    isTierActive: limits.tierCaps.map((cap, slot) => cap < numberAt(tierUse, slot, 0)),
    isGroupActive: limits.groupCaps.map((cap, slot) => cap < numberAt(groupUse, slot, 0)),
  };
}

/** A feasible set and its total value. */
interface FeasibleSet {
  readonly chosen: number[];
  readonly value: number;
}

/**
 * Greedy feasible set: the items in `order`, each taken when it still fits
 * the capacity, the count limit and its tier and group caps. O(n).
 */
function greedySet(items: KnapsackItems, limits: KnapsackLimits, order: readonly number[]): FeasibleSet {
  let room = limits.capacity;
  let countLeft = limits.count;
  const tierLeft = [...limits.tierCaps];
  const groupLeft = [...limits.groupCaps];
  const chosen: number[] = [];
  let value = 0;
  for (const index of order) {
    const tier = numberAt(items.tierSlots, index, -1);
    const group = numberAt(items.groupSlots, index, -1);
    const weight = numberAt(items.weights, index, 0);
    if (countLeft <= 0 || weight > room || (tier >= 0 && numberAt(tierLeft, tier, 0) <= 0) || (group >= 0 && numberAt(groupLeft, group, 0) <= 0)) continue;
    room -= weight;
    countLeft -= 1;
    if (tier >= 0) tierLeft[tier] = numberAt(tierLeft, tier, 0) - 1;
    if (group >= 0) groupLeft[group] = numberAt(groupLeft, group, 0) - 1;
    chosen.push(index);
    value += numberAt(items.values, index, 0);
  }
  return { chosen, value };
}

/**
 * The better of the greedy set by value per tick and the most valuable item
 * that fits on its own (ties: the first in search order): the set a stopped
 * branch and bound returns when its own best is worse. For a knapsack with
 * the budget alone this is at least half the optimum (the classic bound of the
 * greedy algorithm with the best single item). O(n log n).
 */
function fallbackSet(items: KnapsackItems, limits: KnapsackLimits): FeasibleSet {
  const order = searchOrder(items, { count: 0, tiers: limits.tierCaps.map(() => 0), groups: limits.groupCaps.map(() => 0) });
  const greedy = greedySet(items, limits, order);
  let single = -1;
  let singleValue = 0;
  for (const index of order) {
    const tier = numberAt(items.tierSlots, index, -1);
    const group = numberAt(items.groupSlots, index, -1);
    const fits =
      limits.count >= 1 &&
      numberAt(items.weights, index, 0) <= limits.capacity &&
      (tier < 0 || numberAt(limits.tierCaps, tier, 0) >= 1) &&
      (group < 0 || numberAt(limits.groupCaps, group, 0) >= 1);
    if (fits && numberAt(items.values, index, 0) > singleValue) {
      single = index;
      singleValue = numberAt(items.values, index, 0);
    }
  }
  return singleValue > greedy.value ? { chosen: [single], value: singleValue } : greedy;
}

/**
 * Tunes the multipliers by subgradient descent on the Lagrangian dual
 * (Held, Wolfe & Crowder 1974): each step solves the relaxed knapsack with
 * reduced values, then raises the multiplier of every cap the relaxed
 * solution overfills and lowers the others, with Polyak's step towards a
 * greedy feasible value. Keeps the multipliers with the lowest bound.
 * Deterministic; O(iterations · n log n).
 */
function tuneMultipliers(items: KnapsackItems, limits: KnapsackLimits): Multipliers {
  const { isCountActive, isTierActive, isGroupActive } = activeCaps(items, limits);
  const zero: Multipliers = { count: 0, tiers: limits.tierCaps.map(() => 0), groups: limits.groupCaps.map(() => 0) };
  if (!isCountActive && !isTierActive.includes(true) && !isGroupActive.includes(true)) return zero;

  // A feasible value to aim at: greedy by value per tick, respecting every cap.
  const target = greedySet(items, limits, searchOrder(items, zero)).value;

  const current: Multipliers = { count: 0, tiers: [...zero.tiers], groups: [...zero.groups] };
  let best: Multipliers = zero;
  let bestBound = Number.POSITIVE_INFINITY;
  let scale = 2;
  let stalled = 0;
  for (let iteration = 0; iteration < MULTIPLIER_ITERATIONS; iteration += 1) {
    // Relaxed problem: knapsack on reduced values, caps priced in.
    const order = searchOrder(items, current);
    let room = limits.capacity;
    let bound = multiplierTerm(current, limits.count, limits.tierCaps, limits.groupCaps);
    let countUse = 0;
    const tierFill = limits.tierCaps.map(() => 0);
    const groupFill = limits.groupCaps.map(() => 0);
    for (const index of order) {
      const reduced = reducedValue(items, current, index);
      if (reduced <= 0 || room <= 0) break;
      const weight = numberAt(items.weights, index, 0);
      const share = Math.min(1, room / weight);
      room -= share * weight;
      bound += share * reduced;
      countUse += share;
      const tier = numberAt(items.tierSlots, index, -1);
      const group = numberAt(items.groupSlots, index, -1);
      if (tier >= 0) tierFill[tier] = numberAt(tierFill, tier, 0) + share;
      if (group >= 0) groupFill[group] = numberAt(groupFill, group, 0) + share;
    }
    if (bound < bestBound) {
      bestBound = bound;
      best = { count: current.count, tiers: [...current.tiers], groups: [...current.groups] };
      stalled = 0;
    } else {
      stalled += 1;
      if (stalled >= 5) {
        scale /= 2;
        stalled = 0;
      }
    }
    if (bound - target <= PRUNE_TOLERANCE * Math.max(1, target)) break;
    // Subgradient: cap minus use, for the caps that carry a multiplier.
    const countSlack = isCountActive ? limits.count - countUse : 0;
    const tierSlack = isTierActive.map((isActive, slot) => (isActive ? numberAt(limits.tierCaps, slot, 0) - numberAt(tierFill, slot, 0) : 0));
    const groupSlack = isGroupActive.map((isActive, slot) => (isActive ? numberAt(limits.groupCaps, slot, 0) - numberAt(groupFill, slot, 0) : 0));
    let norm = countSlack * countSlack;
    for (const slack of tierSlack) norm += slack * slack;
    for (const slack of groupSlack) norm += slack * slack;
    if (norm === 0) break;
    const step = (scale * (bound - target)) / norm;
    const before = [current.count, ...current.tiers, ...current.groups];
    current.count = Math.max(0, current.count - step * countSlack);
    tierSlack.forEach((slack, slot) => {
      current.tiers[slot] = Math.max(0, numberAt(current.tiers, slot, 0) - step * slack);
    });
    groupSlack.forEach((slack, slot) => {
      current.groups[slot] = Math.max(0, numberAt(current.groups, slot, 0) - step * slack);
    });
    // Stationary (every cap with slack is already priced at zero): no further step helps.
    const after = [current.count, ...current.tiers, ...current.groups];
    if (after.every((multiplier, slot) => multiplier === before[slot])) break;
  }
  return best;
}

/** `array[index]` of a search array (always in range); monomorphic so the hot loop stays fast. */
function readFloat(array: Float64Array, index: number): number {
  return array[index] ?? 0;
}

/** `array[index]` of a search slot array (always in range); -1 means "no slot". */
function readInt(array: Int32Array, index: number): number {
  return array[index] ?? -1;
}

/**
 * Exact 0/1 knapsack with a count limit and per-tier and per-group caps.
 * When no cap can bind, {@link solveCoreKnapsack} runs first (dynamic
 * programming over an expanding core); if it reaches `nodeLimit` without a
 * proof, the branch and bound below runs with the same limit and the smaller
 * of the two bounds is returned with the better set. Otherwise, by
 * depth-first branch and bound (Kolesar 1967; Horowitz & Sahni 1974).
 * Each branch is bounded by the linear-programming relaxation (Dantzig 1957)
 * over the items that can still be added (not blocked by a full cap, not
 * heavier than the remaining capacity). When a cap can bind, the caps are
 * moved into the objective with Lagrange multipliers tuned once at the root
 * (a relaxation, so still an upper bound: any feasible set scores at most its
 * reduced value plus `Σ multiplier · places left`), and items are explored in
 * order of reduced value per unit of weight. Pruning therefore never discards
 * a better set.
 *
 * Among sets of equal value the first found in search order is kept (a later
 * set must be strictly better), which makes the result independent of input
 * order. After `nodeLimit` nodes the search stops and returns the best set
 * found (or, when worth more, the greedy set or the best single item: see
 * `fallbackSet`) and, as `bound`, the largest bound of the branches not yet explored;
 * `isOptimal` is then false unless that bound equals the best value (within
 * a relative 1e-12), which proves it. Worst case exponential; typically a few
 * thousand nodes for uncorrelated values and costs.
 *
 * @param items - Weights, values, ranks and cap slots.
 * @param limits - Capacity, count limit, caps and node limit.
 * @returns The chosen items, their value, an upper bound and whether it is proven optimal.
 * @internal
 */
export function solveKnapsack(items: KnapsackItems, limits: KnapsackLimits): KnapsackSolution {
  const active = activeCaps(items, limits);
  if (!active.isCountActive && !active.isTierActive.includes(true) && !active.isGroupActive.includes(true)) {
    // Only the budget binds: the core dynamic programme, in the same search order.
    const order = searchOrder(items, { count: 0, tiers: [], groups: [] });
    const weights = Float64Array.from(order, (index) => numberAt(items.weights, index, 0));
    const values = Float64Array.from(order, (index) => numberAt(items.values, index, 0));
    const core = solveCoreKnapsack(weights, values, limits.capacity, limits.nodeLimit);
    const chosen = core.chosen.map((position) => numberAt(order, position, 0)).sort((left, right) => left - right);
    if (core.isOptimal) return { ...core, chosen, isStopped: false };
    // Not proven within the node limit (strongly correlated values and costs): branch and bound gets
    // the same limit. Both bounds are valid, so the smaller one holds; the better set is kept.
    const searched = branchAndBound(items, limits);
    const bound = Math.min(core.bound, searched.bound);
    const isBetter = searched.value > core.value;
    const value = isBetter ? searched.value : core.value;
    return {
      chosen: isBetter ? searched.chosen : chosen,
      value,
      bound: Math.max(value, bound),
      isOptimal: searched.isOptimal || bound - value <= PRUNE_TOLERANCE * Math.max(1, value),
      nodes: core.nodes + searched.nodes,
      // The programme stopped; branch and bound either finished the problem or stopped too.
      isStopped: searched.isStopped,
      method: isBetter || searched.isOptimal ? "branch-and-bound" : "core-dynamic-programming",
    };
  }
  return branchAndBound(items, limits);
}

/** Depth-first branch and bound with the Lagrangian bound: the search behind {@link solveKnapsack}. */
function branchAndBound(items: KnapsackItems, limits: KnapsackLimits): KnapsackSolution {
  const multipliers = tuneMultipliers(items, limits);
  const order = searchOrder(items, multipliers);
  const size = order.length;
  const weights = new Float64Array(size);
  const values = new Float64Array(size);
  const reduced = new Float64Array(size);
  const tierSlots = new Int32Array(size);
  const groupSlots = new Int32Array(size);
  for (let position = 0; position < size; position += 1) {
    const index = numberAt(order, position, 0);
    weights[position] = numberAt(items.weights, index, 0);
    values[position] = numberAt(items.values, index, 0);
    reduced[position] = reducedValue(items, multipliers, index);
    tierSlots[position] = numberAt(items.tierSlots, index, -1);
    groupSlots[position] = numberAt(items.groupSlots, index, -1);
  }

  const tierLeft = Float64Array.from(limits.tierCaps);
  const groupLeft = Float64Array.from(limits.groupCaps);
  let capacityLeft = limits.capacity;
  let countLeft = limits.count;
  let total = 0;
  // Σ multiplier · places left, kept up to date as items are taken.
  let priced = multiplierTerm(multipliers, limits.count, limits.tierCaps, limits.groupCaps);

  const isBlocked = (position: number): boolean => {
    const tier = readInt(tierSlots, position);
    const group = readInt(groupSlots, position);
    return (tier >= 0 && readFloat(tierLeft, tier) <= 0) || (group >= 0 && readFloat(groupLeft, group) <= 0);
  };

  const take = (position: number, direction: 1 | -1): void => {
    capacityLeft -= direction * readFloat(weights, position);
    countLeft -= direction;
    total += direction * readFloat(values, position);
    priced -= direction * (readFloat(values, position) - readFloat(reduced, position));
    const tier = readInt(tierSlots, position);
    const group = readInt(groupSlots, position);
    if (tier >= 0) tierLeft[tier] = readFloat(tierLeft, tier) - direction;
    if (group >= 0) groupLeft[group] = readFloat(groupLeft, group) - direction;
  };

  // Upper bound on the best total reachable from `from` with the current state.
  const upperBound = (from: number): number => {
    if (countLeft <= 0) return total;
    let room = capacityLeft;
    let bound = total + priced;
    for (let position = from; position < size; position += 1) {
      const gain = readFloat(reduced, position);
      if (gain <= 0) break;
      const weight = readFloat(weights, position);
      if (weight > capacityLeft || isBlocked(position)) continue;
      if (weight <= room) {
        room -= weight;
        bound += gain;
      } else {
        bound += (gain * room) / weight;
        break;
      }
    }
    return bound;
  };

  // Smallest weight at or after each position: once the remaining capacity is
  // below it, nothing more fits and the branch ends.
  const suffixMinWeight = new Float64Array(size + 1).fill(Number.POSITIVE_INFINITY);
  for (let position = size - 1; position >= 0; position -= 1) {
    suffixMinWeight[position] = Math.min(readFloat(weights, position), readFloat(suffixMinWeight, position + 1));
  }

  // Positions included on the current path; each one's exclusion branch is unexplored.
  const included = new Int32Array(size);
  let includedCount = 0;
  let best = 0;
  let bestChosen: number[] = [];
  let depth = 0;
  let nodes = 0;
  let bound = upperBound(0);
  let isStopped = false;

  for (;;) {
    nodes += 1;
    if (countLeft <= 0 || capacityLeft < readFloat(suffixMinWeight, depth)) depth = size;
    if (depth === size || bound <= best + PRUNE_TOLERANCE * Math.max(1, best)) {
      if (total > best) {
        best = total;
        bestChosen = Array.from(included.subarray(0, includedCount), (position) => numberAt(order, position, 0));
      }
      if (includedCount === 0) break;
      // Backtrack: explore the exclusion branch of the deepest inclusion.
      includedCount -= 1;
      const position = readInt(included, includedCount);
      take(position, -1);
      depth = position + 1;
      bound = upperBound(depth);
      continue;
    }
    if (nodes >= limits.nodeLimit) {
      // The current path is itself a feasible set.
      if (total > best) {
        best = total;
        bestChosen = Array.from(included.subarray(0, includedCount), (position) => numberAt(order, position, 0));
      }
      isStopped = true;
      break;
    }
    // Including the next item (or skipping one that cannot be added) leaves the
    // relaxation bound valid, so it is only recomputed after a backtrack.
    if (readFloat(weights, depth) <= capacityLeft && !isBlocked(depth)) {
      take(depth, 1);
      included[includedCount] = depth;
      includedCount += 1;
    }
    depth += 1;
  }

  if (isStopped) {
    // A search stopped early may not have reached a good set yet (with a node limit of 1, none at all):
    // never return less than the greedy set or the best single item, which are feasible too.
    const fallback = fallbackSet(items, limits);
    if (fallback.value > best) {
      best = fallback.value;
      bestChosen = fallback.chosen;
    }
  }
  const chosen = bestChosen.sort((left, right) => left - right);
  if (!isStopped) return { chosen, value: best, bound: best, isOptimal: true, isStopped, nodes, method: "branch-and-bound" };
  // Unexplored work: the current node's subtree and the exclusion branch of
  // every inclusion on the current path. Replay the path from the root to
  // bound each of them.
  let open = bound;
  for (let index = includedCount - 1; index >= 0; index -= 1) take(readInt(included, index), -1);
  for (let index = 0; index < includedCount; index += 1) {
    const position = readInt(included, index);
    open = Math.max(open, upperBound(position + 1));
    take(position, 1);
  }
  // A stopped search whose open work cannot beat the best set has proven it after all.
  const openBound = Math.max(best, open);
  return { chosen, value: best, bound: openBound, isOptimal: openBound - best <= PRUNE_TOLERANCE * Math.max(1, best), isStopped, nodes, method: "branch-and-bound" };
}
