// Test oracle for selection: tries every subset (n ≤ 16) and checks every
// constraint directly from the public option shapes, independently of the
// solver's internals.
import type { SelectInfluencersOptions, SelectionCandidate } from "../../src/index.js";

/** Combined reach of a set under random duplication, corrected by any listed pair: P(none) · Π factor. */
export function referenceReach(candidates: readonly SelectionCandidate[], members: readonly number[], options: SelectInfluencersOptions): number {
  let none = 1;
  for (const index of members) none *= 1 - (candidates[index]?.reach ?? 0);
  if (members.some((index) => (candidates[index]?.reach ?? 0) >= 1)) return 1;
  const ids = new Set(members.map((index) => candidates[index]?.id));
  const reachOf = (id: string): number => candidates.find((candidate) => candidate.id === id)?.reach ?? 0;
  for (const { a, b, shared } of options.overlap ?? []) {
    if (!ids.has(a) || !ids.has(b)) continue;
    const ra = reachOf(a);
    const rb = reachOf(b);
    // P(neither a nor b) given the overlap, over P(neither) if they were independent.
    none *= (1 - ra - rb + shared) / ((1 - ra) * (1 - rb));
  }
  return Math.min(1, Math.max(0, 1 - none));
}

/** Whether a set of candidate indices satisfies every constraint of the options. Costs are compared in cents. */
export function isFeasible(candidates: readonly SelectionCandidate[], members: readonly number[], options: SelectInfluencersOptions): boolean {
  const ids = members.map((index) => candidates[index]?.id ?? "");
  if (!(options.require ?? []).every((id) => ids.includes(id))) return false;
  if (ids.some((id) => (options.exclude ?? []).includes(id))) return false;
  const cents = members.reduce((sum, index) => sum + Math.round((candidates[index]?.cost ?? 0) * 100), 0);
  if (cents > Math.round(options.budget * 100)) return false;
  if (options.maxCount !== undefined && members.length > options.maxCount) return false;
  const { minTrust, maxPerTier, maxPerGroup } = options;
  // A trust score on thin evidence (with a trustRange) meets minTrust only when its whole range does.
  const trustFloorOf = (index: number): number => candidates[index]?.trustRange?.lower ?? candidates[index]?.trust ?? -1;
  if (minTrust !== undefined && members.some((index) => trustFloorOf(index) < minTrust)) return false;
  const tierCount = new Map<string, number>();
  const groupCount = new Map<string, number>();
  for (const index of members) {
    const { tier, group } = candidates[index] ?? {};
    if (tier !== undefined) tierCount.set(tier, (tierCount.get(tier) ?? 0) + 1);
    if (group !== undefined) groupCount.set(group, (groupCount.get(group) ?? 0) + 1);
  }
  for (const [tier, count] of tierCount) {
    const cap = typeof maxPerTier === "number" ? maxPerTier : maxPerTier?.[tier as keyof typeof maxPerTier];
    if (cap !== undefined && count > cap) return false;
  }
  for (const [group, count] of groupCount) {
    const cap = typeof maxPerGroup === "number" ? maxPerGroup : maxPerGroup?.[group];
    if (cap !== undefined && count > cap) return false;
  }
  return true;
}

/** Best objective over every feasible subset, or null when no subset is feasible. */
export function bruteForceOptimum(
  candidates: readonly SelectionCandidate[],
  options: SelectInfluencersOptions,
): number | null {
  let best: number | null = null;
  for (let mask = 0; mask < 2 ** candidates.length; mask += 1) {
    const members = candidates.map((_, index) => index).filter((index) => (mask & (1 << index)) !== 0);
    if (!isFeasible(candidates, members, options)) continue;
    const amount =
      options.objective === "reach"
        ? referenceReach(candidates, members, options)
        : members.reduce((sum, index) => sum + (candidates[index]?.value ?? 0), 0);
    if (best === null || amount > best) best = amount;
  }
  return best;
}

/** Indices of the given ids. */
export function indicesOf(candidates: readonly SelectionCandidate[], ids: readonly string[]): number[] {
  return ids.map((id) => candidates.findIndex((candidate) => candidate.id === id));
}
