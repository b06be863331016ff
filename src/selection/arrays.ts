import type { ParsedCandidate } from "./parseSelection.js";

/**
 * `items[index]`, or `fallback` when the index is out of range. Indices used
 * in this area always come from the same arrays, so the fallback only
 * satisfies `noUncheckedIndexedAccess`.
 *
 * @internal
 */
export function itemAt<T>(items: ArrayLike<T>, index: number, fallback: T): T {
  return items[index] ?? fallback;
}

/**
 * `values[index]` for numbers; see {@link itemAt}.
 *
 * @internal
 */
export function numberAt(values: ArrayLike<number>, index: number, fallback: number): number {
  return itemAt(values, index, fallback);
}

/** Stand-in returned by {@link candidateAt} for an index out of range. */
const NO_CANDIDATE: ParsedCandidate = { id: "", cost: 0, value: 0 };

/**
 * `candidates[index]`; see {@link itemAt}.
 *
 * @internal
 */
export function candidateAt(candidates: readonly ParsedCandidate[], index: number): ParsedCandidate {
  return itemAt(candidates, index, NO_CANDIDATE);
}

/**
 * A candidate's reach, 0 when it has none.
 *
 * @internal
 */
export function reachOf(candidate: ParsedCandidate): number {
  return candidate.reach ?? 0;
}
