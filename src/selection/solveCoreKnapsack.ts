/**
 * Outcome of {@link solveCoreKnapsack}.
 *
 * @internal
 */
export interface CoreSolution {
  /** Chosen positions (in search order), ascending. */
  readonly chosen: number[];
  /** Total value of the chosen items. */
  readonly value: number;
  /** Upper bound on the optimal value; equals `value` when `isOptimal`. */
  readonly bound: number;
  /** True when the optimum is proven. */
  readonly isOptimal: boolean;
  /** States generated. */
  readonly nodes: number;
  /** Always `"core-dynamic-programming"`. */
  readonly method: "core-dynamic-programming";
}

/** Relative slack under which a bound no better than the incumbent prunes a state. */
const PRUNE_TOLERANCE = 1e-12;

/**
 * Growable list of the decisions behind the states: each entry is one item
 * toggled away from the break solution and the entry it extends (-1 for
 * none), so a state's set is rebuilt by walking its chain.
 */
interface ChangeLog {
  items: Int32Array;
  parents: Int32Array;
  size: number;
}

function logChange(log: ChangeLog, item: number, parent: number): number {
  if (log.size === log.items.length) {
    const items = new Int32Array(log.items.length * 2);
    const parents = new Int32Array(log.parents.length * 2);
    items.set(log.items);
    parents.set(log.parents);
    log.items = items;
    log.parents = parents;
  }
  log.items[log.size] = item;
  log.parents[log.size] = parent;
  log.size += 1;
  return log.size - 1;
}

/**
 * Dominance-free states: weights strictly increasing, profits strictly
 * increasing, each with the head of its change chain.
 */
interface States {
  weights: Float64Array;
  profits: Float64Array;
  changes: Int32Array;
  size: number;
}

function emptyStates(capacity: number): States {
  return { weights: new Float64Array(capacity), profits: new Float64Array(capacity), changes: new Int32Array(capacity), size: 0 };
}

function readFloat(array: Float64Array, index: number): number {
  return array[index] ?? 0;
}

function readInt(array: Int32Array, index: number): number {
  return array[index] ?? -1;
}

/** Appends a state unless the last one kept dominates it (weight ≤ and profit ≥). */
function pushState(target: States, weight: number, profit: number, change: number): void {
  const last = target.size - 1;
  if (last >= 0 && readFloat(target.profits, last) >= profit) return;
  // A lighter-or-equal state is dominated by the new one when its profit is lower: drop it.
  let end = target.size;
  while (end > 0 && readFloat(target.weights, end - 1) >= weight) end -= 1;
  target.weights[end] = weight;
  target.profits[end] = profit;
  target.changes[end] = change;
  target.size = end + 1;
}

/**
 * Exact 0/1 knapsack without side constraints by dynamic programming over an
 * expanding core (Pisinger 1997, "A minimal algorithm for the 0-1 knapsack
 * problem", <https://doi.org/10.1287/opre.45.5.758>). Items are taken in
 * order of value per unit of weight (`order`); the break solution takes the
 * longest prefix that fits. The core then grows one item at a time on each
 * side of the break item, alternately offering the next item to add and the
 * next item of the prefix to remove, and keeps only undominated states
 * (weight, value) of the decisions made so far. A state is dropped when the
 * Dembo–Hammer bound of its completions (Dembo & Hammer 1980; see Kellerer,
 * Pferschy & Pisinger 2004, <https://doi.org/10.1007/978-3-540-24777-7>), its value plus its slack times the
 * ratio of the next item that may be added (or minus its excess times the
 * ratio of the next item that may be removed), is no better than the best
 * feasible set found, which starts as the greedy solution with fill-up. Items
 * far from the break item are thereby fixed without being enumerated, which
 * is what makes thousands of items tractable.
 *
 * When no state is left (or every item has entered the core) the best set is
 * proven optimal. After `nodeLimit` generated states the search stops with the
 * best set found and, as `bound`, the largest bound of the states still open
 * (a valid upper bound: every set is a completion of an open state, of a
 * state pruned by the incumbent, or of a state dominating it).
 *
 * @param weights - Weights in integer ticks, in search order.
 * @param values - Values (each > 0), in search order.
 * @param capacity - Capacity in ticks.
 * @param nodeLimit - Most states to generate.
 * @returns The chosen positions (in search order, ascending), value, bound and whether proven optimal.
 * @internal
 */
export function solveCoreKnapsack(weights: Float64Array, values: Float64Array, capacity: number, nodeLimit: number): CoreSolution {
  const size = weights.length;
  let breakItem = 0;
  let breakWeight = 0;
  let breakValue = 0;
  while (breakItem < size && breakWeight + readFloat(weights, breakItem) <= capacity) {
    breakWeight += readFloat(weights, breakItem);
    breakValue += readFloat(values, breakItem);
    breakItem += 1;
  }
  const prefix = Array.from({ length: breakItem }, (_, position) => position);
  if (breakItem === size) return { chosen: prefix, value: breakValue, bound: breakValue, isOptimal: true, nodes: 1, method: "core-dynamic-programming" };

  // Incumbent: the break solution filled up greedily with later items that still fit.
  let best = breakValue;
  let bestChosen: number[] | null = [...prefix];
  let bestChange = -1;
  {
    let room = capacity - breakWeight;
    for (let position = breakItem; position < size; position += 1) {
      const weight = readFloat(weights, position);
      if (weight > room) continue;
      room -= weight;
      best += readFloat(values, position);
      bestChosen.push(position);
    }
  }

  const log: ChangeLog = { items: new Int32Array(1024), parents: new Int32Array(1024), size: 0 };
  let states = emptyStates(16);
  pushState(states, breakWeight, breakValue, -1);
  let spare = emptyStates(16);
  let nextAdd = breakItem;
  let nextRemove = breakItem - 1;
  let nodes = 1;
  let isAdding = true;

  const boundOf = (weight: number, profit: number): number => {
    if (weight <= capacity) {
      return nextAdd < size ? profit + ((capacity - weight) * readFloat(values, nextAdd)) / readFloat(weights, nextAdd) : profit;
    }
    return nextRemove >= 0 ? profit - ((weight - capacity) * readFloat(values, nextRemove)) / readFloat(weights, nextRemove) : Number.NEGATIVE_INFINITY;
  };

  while (states.size > 0 && (nextAdd < size || nextRemove >= 0)) {
    if (nodes >= nodeLimit) break;
    // Alternate sides; when one side is exhausted, keep taking the other.
    const add = nextRemove < 0 || (isAdding && nextAdd < size);
    isAdding = !isAdding;
    const item = add ? nextAdd : nextRemove;
    const shiftWeight = add ? readFloat(weights, item) : -readFloat(weights, item);
    const shiftValue = add ? readFloat(values, item) : -readFloat(values, item);
    if (add) nextAdd += 1;
    else nextRemove -= 1;

    // Merge the states without the change and with it, both in weight order.
    const needed = states.size * 2;
    if (spare.weights.length < needed) spare = emptyStates(needed * 2);
    spare.size = 0;
    const count = states.size;
    let left = 0;
    let right = 0;
    while (left < count || right < count) {
      const leftWeight = left < count ? readFloat(states.weights, left) : Number.POSITIVE_INFINITY;
      const rightWeight = right < count ? readFloat(states.weights, right) + shiftWeight : Number.POSITIVE_INFINITY;
      if (leftWeight <= rightWeight) {
        pushState(spare, leftWeight, readFloat(states.profits, left), readInt(states.changes, left));
        left += 1;
      } else {
        const profit = readFloat(states.profits, right) + shiftValue;
        const last = spare.size - 1;
        // Log the change only for a state that survives dominance.
        if (!(last >= 0 && readFloat(spare.profits, last) >= profit)) {
          pushState(spare, rightWeight, profit, logChange(log, item, readInt(states.changes, right)));
        }
        right += 1;
      }
    }
    nodes += count;

    // Record feasible improvements, then drop states whose bound cannot beat the incumbent.
    for (let index = 0; index < spare.size; index += 1) {
      const weight = readFloat(spare.weights, index);
      const profit = readFloat(spare.profits, index);
      if (weight <= capacity && profit > best) {
        best = profit;
        bestChosen = null;
        bestChange = readInt(spare.changes, index);
      }
    }
    const threshold = best + PRUNE_TOLERANCE * Math.max(1, best);
    let kept = 0;
    for (let index = 0; index < spare.size; index += 1) {
      const weight = readFloat(spare.weights, index);
      const profit = readFloat(spare.profits, index);
      if (boundOf(weight, profit) <= threshold) continue;
      spare.weights[kept] = weight;
      spare.profits[kept] = profit;
      spare.changes[kept] = readInt(spare.changes, index);
      kept += 1;
    }
    spare.size = kept;
    const swap = states;
    states = spare;
    spare = swap;
  }

  const isOptimal = states.size === 0 || (nextAdd >= size && nextRemove < 0);
  let bound = best;
  if (!isOptimal) {
    for (let index = 0; index < states.size; index += 1) bound = Math.max(bound, boundOf(readFloat(states.weights, index), readFloat(states.profits, index)));
  }
  let chosen: number[];
  if (bestChosen !== null) {
    chosen = bestChosen;
  } else {
    const isToggled = new Uint8Array(size);
    for (let change = bestChange; change >= 0; change = readInt(log.parents, change)) isToggled[readInt(log.items, change)] = 1;
    chosen = [];
    for (let position = 0; position < size; position += 1) {
      if ((position < breakItem) !== (isToggled[position] === 1)) chosen.push(position);
    }
  }
  return { chosen: chosen.sort((left, right) => left - right), value: best, bound, isOptimal, nodes, method: "core-dynamic-programming" };
}
