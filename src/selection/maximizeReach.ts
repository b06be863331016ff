import { itemAt, numberAt } from "./arrays.js";
import { combinedReach, createReachState, type ReachModel } from "./reachModel.js";

/**
 * A budgeted maximum-reach problem, after required candidates have been
 * accounted for. Arrays indexed by candidate index cover every candidate.
 *
 * @internal
 */
export interface ReachSearch {
  /** The combined-reach model. */
  readonly model: ReachModel;
  /** Cost in ticks per candidate index. */
  readonly ticks: readonly number[];
  /** Ticks left after the required candidates. */
  readonly capacity: number;
  /** Required candidate indices (always selected), in rank order. */
  readonly required: readonly number[];
  /** Optional candidates that may be selected, in rank order. */
  readonly eligible: readonly number[];
  /** Tie-break rank per candidate index (lower wins). */
  readonly ranks: readonly number[];
  /** Tier cap slot per candidate index, or -1. */
  readonly tierSlots: readonly number[];
  /** Group cap slot per candidate index, or -1. */
  readonly groupSlots: readonly number[];
  /** Optional candidates that may still be added. */
  readonly countLeft: number;
  /** Places left per tier slot. */
  readonly tierLeft: readonly number[];
  /** Places left per group slot. */
  readonly groupLeft: readonly number[];
  /** True when the model is monotone submodular on the candidates that may be selected. */
  readonly isSubmodular: boolean;
  /** True when no count, tier or group cap can bind, so the budget is the only constraint. */
  readonly isBudgetOnly: boolean;
}

/**
 * How {@link maximizeReach} found its set.
 *
 * @internal
 */
export type ReachMethod = "exhaustive" | "lazy-greedy-cost-benefit" | "lazy-greedy-unit-cost";

/**
 * Outcome of {@link maximizeReach}.
 *
 * @internal
 */
export interface ReachSolution {
  /** Chosen optional candidate indices (required ones excluded), ascending. */
  readonly chosen: number[];
  /** Combined reach of the required and chosen candidates. */
  readonly reach: number;
  /** Upper bound on the best combined reach; equals `reach` when `isOptimal`. */
  readonly bound: number;
  /** True when `reach` is proven optimal. */
  readonly isOptimal: boolean;
  /** Which run produced the set. */
  readonly method: ReachMethod;
}

/**
 * Worst-case ratio of the better of the cost-benefit greedy and the best
 * single candidate: ½(1 − 1/e) (Khuller, Moss & Naor 1999).
 *
 * @internal
 */
export const GREEDY_RATIO: number = 0.31606027941427883; // (1 − 1/e) / 2

/** Most optional candidates searched exhaustively (2^12 = 4,096 subsets). */
const EXHAUSTIVE_LIMIT = 12;
/**
 * Relative tolerance of the reach comparisons, as for `optimal` (within a
 * relative 1e-12): a marginal reach of at most this share of the current
 * reach counts as nothing, and two reaches this close count as equal. Relative,
 * not absolute: reach lies in [0, 1], and an absolute 1e-12 counted every
 * creator of a tiny audience share (4e-13) as adding nothing.
 */
const GAIN_EPSILON = 1e-12;

/**
 * Whether adding a creator with marginal reach `gain` to a set reaching
 * `reached` changes the objective beyond the tolerance. Relative to the
 * current reach, not to the creator's own: the tolerance is on the objective,
 * as in {@link isBetter} (so the greedy runs and the exhaustive search agree),
 * it scales with the audience, and it filters the rounding noise of an
 * already covered creator's gain (about 1e-16 of the audience) once the set
 * reaches more than about 1e-4; relative to the creator's own reach that
 * noise would pass for every creator below that size. At an empty set any
 * positive gain counts.
 */
function isGain(gain: number, reached: number): boolean {
  return gain > GAIN_EPSILON * reached;
}

interface CapTracker {
  readonly canAdd: (index: number) => boolean;
  readonly add: (index: number) => void;
}

function createCapTracker(search: ReachSearch): CapTracker {
  let countLeft = search.countLeft;
  const tierLeft = [...search.tierLeft];
  const groupLeft = [...search.groupLeft];
  return {
    canAdd: (index) => {
      const tier = numberAt(search.tierSlots, index, -1);
      const group = numberAt(search.groupSlots, index, -1);
      return countLeft > 0 && (tier < 0 || numberAt(tierLeft, tier, 0) > 0) && (group < 0 || numberAt(groupLeft, group, 0) > 0);
    },
    add: (index) => {
      countLeft -= 1;
      const tier = numberAt(search.tierSlots, index, -1);
      const group = numberAt(search.groupSlots, index, -1);
      if (tier >= 0) tierLeft[tier] = numberAt(tierLeft, tier, 0) - 1;
      if (group >= 0) groupLeft[group] = numberAt(groupLeft, group, 0) - 1;
    },
  };
}

interface Candidate {
  readonly chosen: number[];
  readonly reach: number;
  readonly cost: number;
  readonly method: ReachMethod;
}

/** Sorts `indices` in place by rank, so that products over them do not depend on the input order. */
function sortByRank(search: ReachSearch, indices: number[]): number[] {
  return indices.sort((left, right) => numberAt(search.ranks, left, 0) - numberAt(search.ranks, right, 0));
}

function evaluate(search: ReachSearch, chosen: number[], method: ReachMethod): Candidate {
  // Members in rank order, as the reported totals use, so the reach is the same to the last bit.
  const members = sortByRank(search, [...search.required, ...chosen]);
  let cost = 0;
  for (const index of chosen) cost += numberAt(search.ticks, index, 0);
  return { chosen: chosen.sort((left, right) => left - right), reach: combinedReach(search.model, members), cost, method };
}

/** True when `challenger` beats `incumbent`: more reach (by a relative {@link GAIN_EPSILON}), or as much for less money. */
function isBetter(challenger: Candidate, incumbent: Candidate): boolean {
  const tolerance = GAIN_EPSILON * Math.max(challenger.reach, incumbent.reach);
  if (challenger.reach > incumbent.reach + tolerance) return true;
  return challenger.reach >= incumbent.reach - tolerance && challenger.cost < incumbent.cost;
}

function exhaustive(search: ReachSearch): Candidate {
  const { eligible } = search;
  let best = evaluate(search, [], "exhaustive");
  for (let mask = 1; mask < 2 ** eligible.length; mask += 1) {
    const tracker = createCapTracker(search);
    const chosen: number[] = [];
    let cost = 0;
    let isFeasible = true;
    for (let bit = 0; bit < eligible.length && isFeasible; bit += 1) {
      if ((mask & (1 << bit)) === 0) continue;
      const index = numberAt(eligible, bit, 0);
      cost += numberAt(search.ticks, index, 0);
      isFeasible = cost <= search.capacity && tracker.canAdd(index);
      tracker.add(index);
      chosen.push(index);
    }
    if (!isFeasible) continue;
    const candidate = evaluate(search, chosen, "exhaustive");
    if (isBetter(candidate, best)) best = candidate;
  }
  return best;
}

/** Max-heap of candidates keyed by (key desc, rank asc), with the round each key was computed in. */
interface Entry {
  readonly index: number;
  readonly key: number;
  readonly round: number;
}

function isAbove(left: Entry, right: Entry, ranks: readonly number[]): boolean {
  if (left.key !== right.key) return left.key > right.key;
  return numberAt(ranks, left.index, 0) < numberAt(ranks, right.index, 0);
}

function push(heap: Entry[], entry: Entry, ranks: readonly number[]): void {
  heap.push(entry);
  let child = heap.length - 1;
  while (child > 0) {
    const parent = (child - 1) >> 1;
    const parentEntry = itemAt(heap, parent, entry);
    if (!isAbove(entry, parentEntry, ranks)) break;
    heap[child] = parentEntry;
    child = parent;
  }
  heap[child] = entry;
}

function pop(heap: Entry[], ranks: readonly number[]): Entry | undefined {
  const top = heap[0];
  const last = heap.pop();
  if (top === undefined || last === undefined || heap.length === 0) return top;
  let parent = 0;
  for (;;) {
    const left = 2 * parent + 1;
    if (left >= heap.length) break;
    const right = left + 1;
    const leftEntry = itemAt(heap, left, last);
    const rightEntry = heap[right];
    const child = rightEntry !== undefined && isAbove(rightEntry, leftEntry, ranks) ? right : left;
    const childEntry = itemAt(heap, child, last);
    if (!isAbove(childEntry, last, ranks)) break;
    heap[parent] = childEntry;
    parent = child;
  }
  heap[parent] = last;
  return top;
}

/** Tie-break ranks for the unit-cost run: lower cost in ticks first, then the search's rank (id order). */
function cheaperFirst(search: ReachSearch): number[] {
  const order = [...search.eligible].sort(
    (left, right) => numberAt(search.ticks, left, 0) - numberAt(search.ticks, right, 0) || numberAt(search.ranks, left, 0) - numberAt(search.ranks, right, 0),
  );
  const ranks = [...search.ranks];
  order.forEach((index, rank) => {
    ranks[index] = rank;
  });
  return ranks;
}

/**
 * Lazy greedy (CELF, Leskovec et al. 2007): repeatedly adds the candidate with
 * the largest marginal reach (per tick of cost when `isPerCost`) among those
 * that still fit the budget and caps, re-evaluating a stale key only when it
 * reaches the top of the heap; valid because marginal reach only shrinks as
 * the set grows (submodularity).
 */
function lazyGreedy(search: ReachSearch, isPerCost: boolean): Candidate {
  const state = createReachState(search.model);
  for (const index of search.required) state.add(index); // in rank order, like the bound below
  const tracker = createCapTracker(search);
  const { ticks } = search;
  // Heap ties (equal keys) go to the lower rank. By reach alone, equal gains (common when reaches are capped at 1)
  // go to the cheaper creator first, then the lower id: by id alone the run took a dearer creator for the same reach,
  // so renaming a candidate changed the selection and its cost. By reach per cost, the id order, as before.
  const ranks = isPerCost ? search.ranks : cheaperFirst(search);
  const keyOf = (index: number): number => (isPerCost ? state.gain(index) / numberAt(ticks, index, 1) : state.gain(index));
  const heap: Entry[] = [];
  for (const index of search.eligible) {
    if (tracker.canAdd(index) && isGain(state.gain(index), state.reached())) push(heap, { index, key: keyOf(index), round: 0 }, ranks);
  }
  let round = 0;
  let room = search.capacity;
  const chosen: number[] = [];
  for (let entry = pop(heap, ranks); entry !== undefined; entry = pop(heap, ranks)) {
    const { index } = entry;
    if (numberAt(ticks, index, 0) > room || !tracker.canAdd(index)) continue;
    if (entry.round !== round) {
      if (isGain(state.gain(index), state.reached())) push(heap, { index, key: keyOf(index), round }, ranks);
      continue;
    }
    state.add(index);
    tracker.add(index);
    room -= numberAt(ticks, index, 0);
    chosen.push(index);
    round += 1;
  }
  return evaluate(search, chosen, isPerCost ? "lazy-greedy-cost-benefit" : "lazy-greedy-unit-cost");
}

/**
 * Online bound (Leskovec et al. 2007, theorem 4): for monotone submodular
 * reach, `OPT ≤ f(S) + Σ_{s ∈ OPT∖S} δ_s(S)`, and the sum is at most the
 * fractional knapsack of the positive marginal gains δ over the budget left
 * after required candidates (and at most the largest `countLeft` gains).
 */
function onlineBound(search: ReachSearch, best: Candidate): number {
  const state = createReachState(search.model);
  // In rank order, as the reach itself is computed: the bound must not depend on the input order in its last bit either.
  for (const index of sortByRank(search, [...search.required, ...best.chosen])) state.add(index);
  const isChosen = new Set(best.chosen);
  const tracker = createCapTracker(search);
  const gains: { readonly gain: number; readonly ticks: number }[] = [];
  for (const index of search.eligible) {
    const ticks = numberAt(search.ticks, index, 0);
    if (isChosen.has(index) || ticks > search.capacity || !tracker.canAdd(index)) continue;
    const gain = state.gain(index);
    if (gain > 0) gains.push({ gain, ticks });
  }
  gains.sort((left, right) => right.gain / right.ticks - left.gain / left.ticks);
  let room = search.capacity;
  let fractional = 0;
  for (const { gain, ticks } of gains) {
    if (ticks <= room) {
      room -= ticks;
      fractional += gain;
    } else {
      fractional += (gain * room) / ticks;
      break;
    }
  }
  if (gains.length > search.countLeft) {
    const largest = gains
      .map(({ gain }) => gain)
      .sort((left, right) => right - left)
      .slice(0, search.countLeft)
      .reduce((sum, gain) => sum + gain, 0);
    fractional = Math.min(fractional, largest);
  }
  return best.reach + fractional;
}

/**
 * Maximises combined reach under the budget and caps. With at most 12
 * optional candidates every subset is tried (exact). Otherwise it returns the
 * better of two lazy greedy runs: by marginal reach per unit of cost, and by
 * marginal reach alone. The second starts with the best single affordable
 * candidate and never loses reach afterwards, so the pair does at least as
 * well as "cost-benefit greedy or best single element", which is at least
 * ½(1 − 1/e) ≈ 0.316 of the optimum when reach is monotone submodular and the
 * budget is the only constraint (Khuller, Moss & Naor 1999; Leskovec et al.
 * 2007). The bound is the smallest of 1, the online bound and, when that
 * guarantee holds, `f(R) + (f(S) − f(R)) / 0.316`. O(n log n + n·links) per
 * run, plus re-evaluations of stale keys.
 *
 * @param search - The problem.
 * @returns The set, its reach, an upper bound and whether it is proven optimal.
 * @internal
 */
export function maximizeReach(search: ReachSearch): ReachSolution {
  if (search.eligible.length <= EXHAUSTIVE_LIMIT) {
    const best = exhaustive(search);
    return { chosen: best.chosen, reach: best.reach, bound: best.reach, isOptimal: true, method: best.method };
  }
  const costBenefit = lazyGreedy(search, true);
  const unitCost = lazyGreedy(search, false);
  const best = isBetter(unitCost, costBenefit) ? unitCost : costBenefit;
  let bound = 1;
  if (search.isSubmodular) {
    bound = Math.min(bound, onlineBound(search, best));
    if (search.isBudgetOnly) {
      const base = combinedReach(search.model, search.required);
      bound = Math.min(bound, base + (best.reach - base) / GREEDY_RATIO);
    }
  }
  const isOptimal = bound <= best.reach + GAIN_EPSILON * best.reach;
  return {
    chosen: best.chosen,
    reach: best.reach,
    bound: isOptimal ? best.reach : Math.max(bound, best.reach),
    isOptimal,
    method: best.method,
  };
}
