import { GREEDY_RATIO, maximizeReach } from "./maximizeReach.js";
import type { ParsedSelection } from "./parseSelection.js";
import { groupedCountOf } from "../text/countOf.js";
import { groupDigits } from "../text/groupDigits.js";
import { formatAmount, listIds } from "./format.js";
import type { SelectionPlan } from "./planSelection.js";
import { buildReachModel, combinedReach, isMonotoneSubmodular, type ReachModel } from "./reachModel.js";
import type { SelectionResult } from "./selectInfluencers.js";
import { solveKnapsack } from "./solveKnapsack.js";
import { candidateAt, numberAt } from "./arrays.js";

/**
 * Whether the result reports a combined reach: for the reach objective, or
 * when every candidate has a reach.
 *
 * @internal
 */
export function hasReach(parsed: ParsedSelection): boolean {
  return parsed.objective === "reach" || parsed.candidates.every((candidate) => candidate.reach !== undefined);
}

/**
 * The reach model of a parsed problem.
 *
 * @internal
 */
export function reachModelOf(parsed: ParsedSelection): ReachModel {
  return buildReachModel(
    parsed.candidates.map((candidate) => candidate.reach),
    parsed.overlaps,
  );
}

/**
 * Totals of a set of candidate indices, summed in rank order so the result
 * does not depend on input order.
 *
 * @internal
 */
export interface SelectionTotals {
  readonly selected: string[];
  readonly totalCost: number;
  readonly totalValue: number;
  readonly totalReach: number | null;
}

/**
 * Computes {@link SelectionTotals}: ids in input order, total cost (exact
 * in ticks unless costs were rounded, then the sum of the real costs, at
 * most the budget), total value, and combined reach when {@link hasReach}.
 *
 * @internal
 */
export function totalsOf(parsed: ParsedSelection, plan: SelectionPlan, model: ReachModel, members: readonly number[]): SelectionTotals {
  const byRank = [...members].sort((left, right) => numberAt(plan.ranks, left, 0) - numberAt(plan.ranks, right, 0));
  let ticks = 0;
  let cost = 0;
  let value = 0;
  for (const index of byRank) {
    ticks += numberAt(plan.costTicks.ticks, index, 0);
    cost += candidateAt(parsed.candidates, index).cost;
    value += candidateAt(parsed.candidates, index).value;
  }
  return {
    selected: [...members].sort((left, right) => left - right).map((index) => candidateAt(parsed.candidates, index).id),
    // The real total is at most the budget (see toCostTicks), so a floating-point total above it is rounding noise of a
    // few units in the last place: 0.1 + 0.2 = 0.30000000000000004 > 0.3 (rounded costs), or whole ticks 1986 / 1000 =
    // 1.986 against a budget of 0.586 + 1.4 = 1.9859999999999998, read as 1986 ticks (exact costs).
    totalCost: Math.min(plan.costTicks.isRounded ? cost : ticks / plan.costTicks.scale, parsed.budget),
    totalValue: value,
    totalReach: hasReach(parsed) ? combinedReach(model, byRank) : null,
  };
}

/**
 * A selection result with the indices of the selected candidates.
 *
 * @internal
 */
export interface SolvedSelection {
  readonly result: SelectionResult;
  readonly members: readonly number[];
}

function gapOf(bound: number, achieved: number): number {
  return bound > 0 ? Math.max(0, (bound - achieved) / bound) : 0;
}

function solveValue(parsed: ParsedSelection, plan: SelectionPlan): {
  readonly chosen: readonly number[];
  readonly bound: number;
  readonly isOptimal: boolean;
  readonly method: "core-dynamic-programming" | "branch-and-bound";
  readonly reasons: readonly string[];
} {
  const { eligible } = plan;
  // The solvers prune within 1e-12 · max(1, best): relative for totals of 1 or more, absolute below. Values all
  // below 1 (3e-13, say) are scaled up by a power of two, which is exact, so the tolerance stays relative: unscaled,
  // every branch was pruned and an empty selection was called optimal.
  let largest = 0;
  for (const index of eligible) largest = Math.max(largest, candidateAt(parsed.candidates, index).value);
  const valueScale = largest > 0 && largest < 1 ? 2 ** Math.ceil(Math.log2(largest)) : 1;
  const solution = solveKnapsack(
    {
      weights: eligible.map((index) => numberAt(plan.costTicks.ticks, index, 0)),
      values: eligible.map((index) => candidateAt(parsed.candidates, index).value / valueScale),
      ranks: eligible.map((index) => numberAt(plan.ranks, index, 0)),
      tierSlots: eligible.map((index) => numberAt(plan.tierSlots, index, -1)),
      groupSlots: eligible.map((index) => numberAt(plan.groupSlots, index, -1)),
    },
    {
      capacity: plan.capacityLeft,
      count: plan.countLeft,
      tierCaps: plan.tierLeft,
      groupCaps: plan.groupLeft,
      nodeLimit: parsed.maxSearchNodes,
    },
  );
  let requiredValue = 0;
  for (const index of plan.required) requiredValue += candidateAt(parsed.candidates, index).value;
  const method =
    solution.method === "branch-and-bound"
      ? `branch and bound over ${groupedCountOf(eligible.length, "candidate")}`
      : `dynamic programming over the core of ${groupedCountOf(eligible.length, "candidate")}`;
  const search =
    eligible.length === 0
      ? "no candidate was left to choose from"
      : solution.isStopped
      ? `${method} stopped at maxSearchNodes (${groupDigits(parsed.maxSearchNodes)}), but nothing left unexplored can beat its best set`
      : `${method} finished after ${groupedCountOf(solution.nodes, solution.method === "branch-and-bound" ? "node" : "state")}`;
  const reason = solution.isOptimal
    ? `optimal: ${search}`
    : `not proven optimal: the search stopped at maxSearchNodes (${groupDigits(parsed.maxSearchNodes)}); the best total value is at most ${formatAmount(requiredValue + solution.bound * valueScale)}`;
  return {
    chosen: solution.chosen.map((position) => numberAt(eligible, position, 0)),
    bound: requiredValue + solution.bound * valueScale,
    isOptimal: solution.isOptimal,
    method: solution.method,
    reasons: [reason],
  };
}

const RUN_NAMES: Readonly<Record<"lazy-greedy-cost-benefit" | "lazy-greedy-unit-cost", string>> = {
  "lazy-greedy-cost-benefit": "the greedy run by reach per unit of cost",
  "lazy-greedy-unit-cost": "the greedy run by reach, which starts with the best single candidate",
};

/**
 * Solves a parsed and planned selection: returns the empty selection with
 * the reasons when the required candidates are infeasible; otherwise runs
 * branch and bound (objective `"value"`) or {@link maximizeReach} (objective
 * `"reach"`) on the eligible candidates and assembles the plain-JSON result.
 * With no candidate at all (an empty list, or no profile that became one) the
 * empty selection is the only one, so no search chose it: its last reason is
 * "no candidate to choose from", not "considered 0 of 0 candidates" and
 * "optimal: …" (the fields are the solvers', unchanged).
 *
 * @param parsed - The validated problem.
 * @param plan - Its plan.
 * @returns The selection result and the selected candidate indices.
 * @internal
 */
export function solveSelectionWithMembers(parsed: ParsedSelection, plan: SelectionPlan): SolvedSelection {
  const solved = solveParsed(parsed, plan);
  if (parsed.candidates.length > 0 || plan.infeasible.length > 0) return solved;
  return { ...solved, result: { ...solved.result, reasons: [...parsed.sourceNotes, ...plan.notes, "no candidate to choose from"] } };
}

/** {@link solveSelectionWithMembers} with the solvers' reasons, also when there is no candidate. */
function solveParsed(parsed: ParsedSelection, plan: SelectionPlan): SolvedSelection {
  const model = reachModelOf(parsed);
  const currency = parsed.currency ?? null;
  const reasons = [...parsed.sourceNotes, ...plan.notes];
  if (plan.infeasible.length > 0) {
    const result: SelectionResult = {
      selected: [],
      objective: parsed.objective,
      totalCost: 0,
      currency,
      totalValue: 0,
      totalReach: null,
      optimal: false,
      bound: null,
      gap: null,
      method: "infeasible",
      provenance: { cost: parsed.costBasis, value: parsed.valueBasis, solver: "infeasible" },
      reasons: [...reasons, ...plan.infeasible.map((reason) => `infeasible: ${reason}`)],
      errors: parsed.errors,
    };
    return { result, members: [] };
  }
  if (plan.required.length > 0) {
    reasons.push(`required: ${listIds(plan.required.map((index) => candidateAt(parsed.candidates, index).id))}`);
  }
  reasons.push(
    plan.required.length === 0
      ? `considered ${groupDigits(plan.eligible.length)} of ${groupedCountOf(parsed.candidates.length, "candidate")}`
      : `considered ${groupDigits(plan.eligible.length)} of the ${groupedCountOf(parsed.candidates.length - plan.required.length, "candidate")} not required`,
  );

  if (parsed.objective === "value") {
    const solution = solveValue(parsed, plan);
    const members = [...plan.required, ...solution.chosen];
    const totals = totalsOf(parsed, plan, model, members);
    const bound = solution.isOptimal ? totals.totalValue : Math.max(solution.bound, totals.totalValue);
    const result: SelectionResult = {
      ...totals,
      objective: "value",
      currency,
      optimal: solution.isOptimal,
      bound,
      gap: gapOf(bound, totals.totalValue),
      method: solution.method,
      provenance: { cost: parsed.costBasis, value: parsed.valueBasis, solver: solution.method },
      reasons: [...reasons, ...solution.reasons],
      errors: parsed.errors,
    };
    return { result, members };
  }

  const isSubmodular = isMonotoneSubmodular(model, [...plan.required, ...plan.eligible]);
  reasons.push(
    parsed.overlaps.length === 0
      ? "combined reach assumes random duplication: 1 − Π(1 − reach)"
      : `combined reach uses ${groupedCountOf(parsed.overlaps.length, "supplied pairwise overlap")}; other pairs are assumed to duplicate at random`,
  );
  const solution = maximizeReach({
    model,
    ticks: plan.costTicks.ticks,
    capacity: plan.capacityLeft,
    required: plan.required,
    eligible: plan.eligible,
    ranks: plan.ranks,
    tierSlots: plan.tierSlots,
    groupSlots: plan.groupSlots,
    countLeft: plan.countLeft,
    tierLeft: plan.tierLeft,
    groupLeft: plan.groupLeft,
    isSubmodular,
    isBudgetOnly: plan.isBudgetOnly,
  });
  const members = [...plan.required, ...solution.chosen];
  const totals = totalsOf(parsed, plan, model, members);
  const { reach } = solution;
  if (solution.method === "exhaustive") {
    reasons.push(`optimal: all ${groupedCountOf(2 ** plan.eligible.length, "subset")} of ${groupedCountOf(plan.eligible.length, "candidate")} were tried`);
  } else {
    reasons.push(
      `chosen by ${RUN_NAMES[solution.method]} (the better of the two greedy runs)`,
    );
    if (!isSubmodular) {
      reasons.push("no guarantee: with the supplied overlaps, combined reach is not monotone submodular, so the only upper bound is 1");
    } else if (plan.isBudgetOnly) {
      reasons.push(`guarantee: at least ½(1 − 1/e) ≈ ${GREEDY_RATIO.toFixed(3)} of the optimal reach (Khuller, Moss & Naor 1999)`);
    } else {
      reasons.push("no worst-case guarantee under maxCount, maxPerTier or maxPerGroup; the bound is the online bound of Leskovec et al. (2007)");
    }
    reasons.push(
      solution.isOptimal
        ? "optimal: the upper bound equals the reach found"
        : `not proven optimal: the best combined reach is at most ${formatAmount(solution.bound)}`,
    );
  }
  const bound = solution.isOptimal ? reach : Math.max(solution.bound, reach);
  const result: SelectionResult = {
    ...totals,
    totalReach: reach,
    objective: "reach",
    currency,
    optimal: solution.isOptimal,
    bound,
    gap: gapOf(bound, reach),
    method: solution.method,
    provenance: { cost: parsed.costBasis, value: parsed.valueBasis, solver: solution.method },
    reasons,
    errors: parsed.errors,
  };
  return { result, members };
}

/**
 * The {@link SelectionResult} of a parsed and planned selection; see
 * {@link solveSelectionWithMembers}.
 *
 * @internal
 */
export function solveSelection(parsed: ParsedSelection, plan: SelectionPlan): SelectionResult {
  return solveSelectionWithMembers(parsed, plan).result;
}
