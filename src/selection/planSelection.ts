import { candidateAt, numberAt, reachOf } from "./arrays.js";
import { toCostTicks, type CostTicks } from "./costTicks.js";
import { groupDigits, groupWholePart } from "../text/groupDigits.js";
import { formatAmount, listIds } from "./format.js";
import type { ParsedSelection } from "./parseSelection.js";
import type { TrustScoreRange } from "../trust/trustScoreRange.js";
import { trustVerdict } from "./trustVerdict.js";
import { TIER_IDS } from "./types.js";
import { groupedCountOf, verbFor } from "../text/countOf.js";

/**
 * A selection problem reduced to what the solvers need: ranks, costs in
 * ticks, cap slots, the required and eligible candidates, what is left of
 * the budget and caps after the required ones, and the reasons for every
 * candidate set aside.
 *
 * @internal
 */
export interface SelectionPlan {
  /** Tie-break rank per candidate index: position of its id in code-unit order. */
  readonly ranks: readonly number[];
  /** Costs and budget in ticks. */
  readonly costTicks: CostTicks;
  /** Tier cap slot per candidate index (index into `TIER_IDS`), or -1 when uncapped. */
  readonly tierSlots: readonly number[];
  /** Group cap slot per candidate index, or -1 when uncapped. */
  readonly groupSlots: readonly number[];
  /** Required candidate indices, in rank (id) order. */
  readonly required: readonly number[];
  /** Optional candidates that may be selected, in rank order. */
  readonly eligible: readonly number[];
  /** Ticks left after the required candidates (negative when they exceed the budget). */
  readonly capacityLeft: number;
  /** Optional candidates that may still be added (may be infinite). */
  readonly countLeft: number;
  /** Places left per tier slot after the required candidates (may be infinite). */
  readonly tierLeft: readonly number[];
  /** Places left per group slot after the required candidates (may be infinite). */
  readonly groupLeft: readonly number[];
  /** True when no count, tier or group cap can bind on the required and eligible candidates. */
  readonly isBudgetOnly: boolean;
  /** Why the required candidates cannot all be selected; empty when feasible. */
  readonly infeasible: readonly string[];
  /** Why candidates were set aside, and any rounding of costs. */
  readonly notes: readonly string[];
}

/** "1 required candidate is", "2 required candidates are": the start of a cap's infeasibility reason. */
function requiredOf(count: number): string {
  return `${groupedCountOf(count, "required candidate")} ${verbFor(count, "is", "are")}`;
}

/** "its missing signals leave 23.5 to 98.5 possible": the trust range of a candidate on thin evidence. */
function rangeText(range: TrustScoreRange): string {
  return `its missing signals leave ${range.lower} to ${range.upper} possible`;
}

/** The cap of one group: the single limit, the group's own limit, or none (infinite). */
function groupCapOf(limit: number | undefined, limits: ReadonlyMap<string, number>, group: string): number {
  return limit ?? limits.get(group) ?? Number.POSITIVE_INFINITY;
}

/**
 * Builds the {@link SelectionPlan}: ranks candidates by id, converts costs to
 * ticks, assigns cap slots, checks that the required candidates fit the
 * budget and caps, and filters the optional ones (excluded, below
 * `minTrust`, without a trust score or on too little trust evidence to tell
 * when `minTrust` is set (see {@link trustVerdict}), adding nothing
 * to the objective, or costing more than the budget left). O(n log n).
 *
 * @param parsed - The validated problem.
 * @returns The plan.
 * @internal
 */
export function planSelection(parsed: ParsedSelection): SelectionPlan {
  const { candidates, minTrust } = parsed;
  const count = candidates.length;
  const byId = candidates.map((_, index) => index).sort((left, right) => {
    // Ids are unique, so two ids never compare equal.
    return candidateAt(candidates, left).id < candidateAt(candidates, right).id ? -1 : 1;
  });
  const ranks = new Array<number>(count).fill(0);
  byId.forEach((index, rank) => {
    ranks[index] = rank;
  });

  const costTicks = toCostTicks(
    candidates.map((candidate) => candidate.cost),
    parsed.budget,
  );
  const notes: string[] = [];
  const unit = formatAmount(costTicks.unitTicks / costTicks.scale);
  if (costTicks.isRounded) {
    notes.push(
      `costs with more decimals than a ${unit} unit were rounded up to it, so the budget is never exceeded; ` +
        `a candidate costing at most the budget can still be selected alone, and "optimal" refers to the rounded costs`,
    );
  }

  // Cap slots: tiers by their fixed position, groups in order of first appearance.
  const tierCaps = TIER_IDS.map((tier) => {
    const { maxPerTier } = parsed;
    if (maxPerTier === undefined) return Number.POSITIVE_INFINITY;
    if (typeof maxPerTier === "number") return maxPerTier;
    return maxPerTier[tier] ?? Number.POSITIVE_INFINITY;
  });
  const groupLimit = typeof parsed.maxPerGroup === "number" ? parsed.maxPerGroup : undefined;
  const groupLimits = new Map(typeof parsed.maxPerGroup === "object" ? Object.entries(parsed.maxPerGroup) : []);
  const groupSlotByName = new Map<string, number>();
  const groupCaps: number[] = [];
  const tierSlots = candidates.map((candidate) => {
    const slot = candidate.tier === undefined ? -1 : TIER_IDS.indexOf(candidate.tier);
    return slot >= 0 && Number.isFinite(tierCaps[slot]) ? slot : -1;
  });
  const groupSlots = candidates.map((candidate) => {
    if (candidate.group === undefined) return -1;
    const cap = groupCapOf(groupLimit, groupLimits, candidate.group);
    if (!Number.isFinite(cap)) return -1;
    let slot = groupSlotByName.get(candidate.group);
    if (slot === undefined) {
      slot = groupCaps.length;
      groupSlotByName.set(candidate.group, slot);
      groupCaps.push(cap);
    }
    return slot;
  });

  // Required candidates: they must be candidates (a required profile that failed validation is none), pass
  // minTrust and fit the budget and caps.
  const infeasible: string[] = [...parsed.unavailable];
  // In rank (id) order, like the eligible ones: sums and products over them then do not depend on the input order.
  const required = [...parsed.required].sort((left, right) => numberAt(ranks, left, 0) - numberAt(ranks, right, 0));
  const isRequired = new Set(required);
  let requiredTicks = 0;
  let requiredUnits = 0;
  let requiredCost = 0;
  const tierLeft = [...tierCaps];
  const groupLeft = [...groupCaps];
  for (const index of required) {
    const candidate = candidateAt(candidates, index);
    requiredTicks += numberAt(costTicks.ticks, index, 0);
    requiredUnits += Math.ceil(numberAt(costTicks.ticks, index, 0) / costTicks.unitTicks);
    requiredCost += candidate.cost;
    const tier = numberAt(tierSlots, index, -1);
    const group = numberAt(groupSlots, index, -1);
    if (tier >= 0) tierLeft[tier] = numberAt(tierLeft, tier, 0) - 1;
    if (group >= 0) groupLeft[group] = numberAt(groupLeft, group, 0) - 1;
    if (minTrust === undefined) continue;
    const verdict = trustVerdict(candidate, minTrust);
    const name = `required candidate ${JSON.stringify(candidate.id)}`;
    if (verdict === "none") infeasible.push(`${name} has no trust score to compare with minTrust ${minTrust}`);
    else if (verdict === "below") infeasible.push(`${name} has trust ${candidate.trust}, below minTrust ${minTrust}`);
    // An "unsure" verdict always has a range.
    else if (verdict === "unsure" && candidate.trustRange !== undefined) {
      infeasible.push(`${name} has trust ${candidate.trust} on too little evidence to tell against minTrust ${minTrust}: ${rangeText(candidate.trustRange)}`);
    }
  }
  const capacityLeft = costTicks.capacity - requiredTicks;
  if (capacityLeft < 0) {
    // Rounded up, the required costs exceed the budget even when their real sum does not (it may lie in the budget's last unit).
    const rounded = costTicks.isRounded && requiredCost <= parsed.budget ? ` (${formatAmount(requiredUnits * costTicks.unitTicks / costTicks.scale)} with each cost rounded up to a ${unit} unit)` : "";
    infeasible.push(`required candidates cost ${formatAmount(requiredCost)}${rounded}, more than the budget ${formatAmount(parsed.budget)}`);
  }
  const countLeft = parsed.maxCount === undefined ? Number.POSITIVE_INFINITY : parsed.maxCount - required.length;
  if (parsed.maxCount !== undefined && required.length > parsed.maxCount) {
    infeasible.push(`${groupedCountOf(required.length, "candidate")} ${verbFor(required.length, "is", "are")} required but maxCount is ${groupDigits(parsed.maxCount)}`);
  }
  TIER_IDS.forEach((tier, slot) => {
    const left = numberAt(tierLeft, slot, 0);
    if (left < 0) infeasible.push(`${requiredOf(numberAt(tierCaps, slot, 0) - left)} "${tier}" but maxPerTier allows ${groupDigits(numberAt(tierCaps, slot, 0))}`);
  });
  for (const [group, slot] of groupSlotByName) {
    const left = numberAt(groupLeft, slot, 0);
    if (left < 0) infeasible.push(`${requiredOf(numberAt(groupCaps, slot, 0) - left)} in group ${JSON.stringify(group)} but maxPerGroup allows ${groupDigits(numberAt(groupCaps, slot, 0))}`);
  }

  // Optional candidates, with a note for each reason one is set aside.
  const setAside = { excluded: [] as string[], lowTrust: [] as string[], noTrust: [] as string[], unsureTrust: [] as string[], useless: [] as string[], tooCostly: [] as string[] };
  const trustLists = { below: setAside.lowTrust, none: setAside.noTrust, unsure: setAside.unsureTrust } as const;
  const eligible: number[] = [];
  candidates.forEach((candidate, index) => {
    if (isRequired.has(index)) return;
    const contribution = parsed.objective === "reach" ? reachOf(candidate) : candidate.value;
    const verdict = minTrust === undefined ? "meets" : trustVerdict(candidate, minTrust);
    if (parsed.excluded.has(index)) setAside.excluded.push(candidate.id);
    else if (verdict !== "meets") trustLists[verdict].push(candidate.id);
    else if (contribution <= 0) setAside.useless.push(candidate.id);
    else if (numberAt(costTicks.ticks, index, 0) > capacityLeft) setAside.tooCostly.push(candidate.id);
    else eligible.push(index);
  });
  eligible.sort((left, right) => numberAt(ranks, left, 0) - numberAt(ranks, right, 0));
  if (setAside.excluded.length > 0) notes.push(`excluded by the caller: ${listIds(setAside.excluded)}`);
  if (minTrust !== undefined) {
    if (setAside.noTrust.length > 0) notes.push(`no trust score to compare with minTrust ${minTrust}: ${listIds(setAside.noTrust)}`);
    if (setAside.lowTrust.length > 0) notes.push(`trust below minTrust ${minTrust}: ${listIds(setAside.lowTrust)}`);
    if (setAside.unsureTrust.length > 0) {
      notes.push(`trust on too little evidence to tell against minTrust ${minTrust} (the range of scores the missing signals leave possible spans it): ${listIds(setAside.unsureTrust)}`);
    }
  }
  if (setAside.useless.length > 0) {
    const what = parsed.objective === "reach" ? "adds no reach (reach 0)" : "adds no value (value 0)";
    notes.push(`${what}: ${listIds(setAside.useless)}`);
  }
  if (setAside.tooCostly.length > 0 && capacityLeft >= 0) {
    if (required.length === 0) {
      // Nothing required: the whole budget, as the caller gave it (rounded to units it could read "costs more than the 0").
      notes.push(`costs more than the budget ${groupWholePart(String(parsed.budget))}: ${listIds(setAside.tooCostly)}`);
    } else {
      // In whole units (rounded down): every cost set aside here is more than that.
      const unitsLeft = Math.floor(capacityLeft / costTicks.unitTicks);
      notes.push(`costs more than the ${formatAmount((unitsLeft * costTicks.unitTicks) / costTicks.scale)} of budget left: ${listIds(setAside.tooCostly)}`);
    }
  }

  // The budget is the only constraint when no cap can be reached by the candidates in play.
  const inPlay = [...required, ...eligible];
  const tierUse = tierCaps.map(() => 0);
  const groupUse = groupCaps.map(() => 0);
  for (const index of inPlay) {
    const tier = numberAt(tierSlots, index, -1);
    const group = numberAt(groupSlots, index, -1);
    if (tier >= 0) tierUse[tier] = numberAt(tierUse, tier, 0) + 1;
    if (group >= 0) groupUse[group] = numberAt(groupUse, group, 0) + 1;
  }
  const isBudgetOnly =
    (parsed.maxCount === undefined || parsed.maxCount >= inPlay.length) &&
    tierUse.every((used, slot) => used <= numberAt(tierCaps, slot, 0)) &&
    groupUse.every((used, slot) => used <= numberAt(groupCaps, slot, 0));

  return {
    ranks,
    costTicks,
    tierSlots,
    groupSlots,
    required,
    eligible,
    capacityLeft,
    countLeft,
    tierLeft,
    groupLeft,
    isBudgetOnly,
    infeasible,
    notes,
  };
}
