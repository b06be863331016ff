import { itemAt, numberAt } from "./arrays.js";

/**
 * One supplied pairwise overlap, by candidate index.
 *
 * @internal
 */
export interface IndexedOverlap {
  /** Index of the first candidate. */
  readonly first: number;
  /** Index of the second candidate. */
  readonly second: number;
  /** Share of the target audience reached by both, in [0, 1]. */
  readonly shared: number;
}

/**
 * Combined-reach model: each candidate's reach and, for pairs with a supplied
 * overlap, the factor by which that overlap changes the chance of reaching
 * neither (1 under random duplication).
 *
 * @internal
 */
export interface ReachModel {
  /** Reach per candidate index, in [0, 1]; 0 when the candidate has none. */
  readonly reaches: readonly number[];
  /** Per candidate index, the supplied pairs it belongs to, with their factor. */
  readonly links: readonly (readonly ReachLink[])[];
  /** Number of supplied pairs. */
  readonly pairCount: number;
}

/**
 * A supplied pair seen from one of its members.
 *
 * @internal
 */
export interface ReachLink {
  /** Index of the other member. */
  readonly other: number;
  /** Shared audience of the pair. */
  readonly shared: number;
  /**
   * `P(neither) / ((1 − r_a)(1 − r_b))` with `P(neither) = 1 − r_a − r_b + shared`;
   * 1 when either reach is 1 (the factor is then never used).
   */
  readonly factor: number;
}

/** Relative slack for floating-point noise in the model checks. */
const MODEL_TOLERANCE = 1e-12;

const NO_LINKS: readonly ReachLink[] = [];

/** The supplied pairs of candidate `index` (none for an index out of range). */
function linksOf(model: ReachModel, index: number): readonly ReachLink[] {
  return itemAt(model.links, index, NO_LINKS);
}

/**
 * Builds the reach model from per-candidate reach and the supplied overlaps.
 * O(n + pairs).
 *
 * @param reaches - Reach per candidate index (`undefined` counts as 0).
 * @param overlaps - Supplied pairwise overlaps, already validated.
 * @returns The model.
 * @internal
 */
export function buildReachModel(
  reaches: readonly (number | undefined)[],
  overlaps: readonly IndexedOverlap[],
): ReachModel {
  const reachList = reaches.map((reach) => reach ?? 0);
  const links: ReachLink[][] = reachList.map(() => []);
  for (const { first, second, shared } of overlaps) {
    const firstReach = numberAt(reachList, first, 0);
    const secondReach = numberAt(reachList, second, 0);
    const independent = (1 - firstReach) * (1 - secondReach);
    const factor = independent > 0 ? Math.max(0, 1 - firstReach - secondReach + shared) / independent : 1;
    links[first]?.push({ other: second, shared, factor });
    links[second]?.push({ other: first, shared, factor });
  }
  return { reaches: reachList, links, pairCount: overlaps.length };
}

/**
 * Combined reach of a set of candidates, `1 − P(reached by none)`, where
 * `P(reached by none) = Π (1 − r_i) · Π_{supplied pairs i<j} factor_ij`.
 * Without supplied pairs this is the random-duplication ("Sainsbury") formula
 * `1 − Π (1 − r_i)`; it is exact for any one or two candidates, and for
 * larger sets keeps only pairwise dependence. Clamped to [0, 1].
 * O(|S| + links of S).
 *
 * @param model - The reach model.
 * @param members - Candidate indices in the set, no repeats; the callers pass them in rank order, so
 *   that the last bit of the product does not depend on the candidates' input order.
 * @returns Combined reach in [0, 1].
 * @internal
 */
export function combinedReach(model: ReachModel, members: readonly number[]): number {
  let none = 1;
  for (const member of members) {
    const reach = numberAt(model.reaches, member, 0);
    if (reach >= 1) return 1;
    none *= 1 - reach;
  }
  // Each supplied pair once, at whichever of its members comes first in `members`: the factors are then
  // multiplied in the order of `members`, not of the candidates' input positions, to the last bit.
  const isLater = new Set(members);
  for (const member of members) {
    isLater.delete(member);
    for (const link of linksOf(model, member)) {
      if (isLater.has(link.other)) none *= link.factor;
    }
  }
  return Math.min(1, Math.max(0, 1 - none));
}

/**
 * Whether combined reach is monotone (adding a candidate never lowers it)
 * and submodular (a candidate adds less to a larger set) on `ground`, the
 * condition for the greedy guarantee and the online bound. It holds under
 * random duplication; with supplied overlaps it holds when every supplied
 * pair shares at least the random-duplication audience (`shared ≥ r_a·r_b`,
 * so every factor is ≥ 1) and, for every candidate k,
 * `(1 − r_k) · Π_j factor_kj ≤ 1` over its supplied pairs inside `ground`.
 * O(n + pairs).
 *
 * @param model - The reach model.
 * @param ground - Candidate indices that may be selected.
 * @returns True when the model is monotone submodular on `ground`.
 * @internal
 */
export function isMonotoneSubmodular(model: ReachModel, ground: readonly number[]): boolean {
  if (model.pairCount === 0) return true;
  const isInGround = new Set(ground);
  for (const member of ground) {
    const reach = numberAt(model.reaches, member, 0);
    let product = 1 - reach;
    for (const link of linksOf(model, member)) {
      if (!isInGround.has(link.other)) continue;
      const otherReach = numberAt(model.reaches, link.other, 0);
      // Relative: random duplication shares r_a·r_b, which is far below an absolute 1e-12 for tiny reaches.
      if (link.shared < reach * otherReach * (1 - MODEL_TOLERANCE)) return false;
      product *= link.factor;
    }
    if (reach < 1 && product > 1 + MODEL_TOLERANCE) return false;
  }
  return true;
}

/**
 * Incremental evaluator of combined reach for a growing set: the marginal
 * reach of a candidate in O(1), adding a candidate in O(its links).
 *
 * @internal
 */
export interface ReachState {
  /** Reach that candidate `index` would add to the current set (may be ≤ 0). */
  readonly gain: (index: number) => number;
  /** Adds candidate `index` to the current set. */
  readonly add: (index: number) => void;
  /** Combined reach of the current set. */
  readonly reached: () => number;
}

/**
 * Creates a {@link ReachState} for the empty set.
 *
 * @param model - The reach model.
 * @returns The evaluator.
 * @internal
 */
export function createReachState(model: ReachModel): ReachState {
  let none = 1;
  const factors = new Float64Array(model.reaches.length).fill(1);
  const gain = (index: number): number => none * (1 - (1 - numberAt(model.reaches, index, 0)) * numberAt(factors, index, 1));
  return {
    gain,
    add: (index) => {
      none -= gain(index);
      for (const link of linksOf(model, index)) {
        factors[link.other] = numberAt(factors, link.other, 1) * link.factor;
      }
    },
    reached: () => 1 - none,
  };
}
