import { InfluencerInputError, type InputIssue } from "../schemas/InfluencerInputError.js";
import { checkOptionKeys } from "../schemas/checkArguments.js";
import { describeValue } from "../schemas/issueText.js";
import { candidateAt, numberAt, reachOf } from "./arrays.js";
import { formatAmount, formatAmountApart } from "./format.js";
import { groupedCountOf } from "../text/countOf.js";
import type { ParsedProfile, RowError } from "../schemas/parseProfile.js";
import type { InfluencerProfileInput } from "../schemas/profile.js";
import { candidatesFromProfiles, isProfileForm, type ProfileCandidateOptions } from "./fromProfiles.js";
import { parseSelection, SELECTION_OPTION_KEYS, type ParsedSelection } from "./parseSelection.js";
import { planSelection, type SelectionPlan } from "./planSelection.js";
import type { SelectionCandidate, SelectionObjective, SelectionOverlap, SelectionProvenance } from "./selectInfluencers.js";
import { optionField } from "./optionField.js";
import { reachModelOf, solveSelectionWithMembers, totalsOf } from "./solveSelection.js";
import type { TierId } from "./types.js";

/**
 * Options for {@link compareStrategies}: those of `selectInfluencers` except
 * `budget` (a parameter here) and `require` (a single creator cannot honour
 * several required ones; passed anyway, from JavaScript, it is refused at
 * path `require`).
 *
 * @category Selection
 */
export interface CompareStrategiesOptions {
  /** What to compare on: `"value"` (default) or combined `"reach"`. */
  readonly objective?: SelectionObjective | undefined;
  /** Most candidates in the set; a non-negative integer. */
  readonly maxCount?: number | undefined;
  /** Lowest trust score (0–100) a candidate needs; read as `selectInfluencers` reads it (a candidate without a score, or with a `trustRange` reaching below it, is left out). */
  readonly minTrust?: number | undefined;
  /** Most candidates per tier: one number, or a number per tier. */
  readonly maxPerTier?: number | Readonly<Partial<Record<TierId, number>>> | undefined;
  /** Most candidates per group: one number, or a number per group name. */
  readonly maxPerGroup?: number | Readonly<Record<string, number>> | undefined;
  /** Ids never to select. */
  readonly exclude?: readonly string[] | undefined;
  /** Known pairwise audience overlaps, as in `selectInfluencers`. */
  readonly overlap?: readonly SelectionOverlap[] | undefined;
  /** ISO 4217 code of costs and budget, used in the result and summary. */
  readonly currency?: string | undefined;
  /** Node limit of the exact search for the set, as in `selectInfluencers`. */
  readonly maxSearchNodes?: number | undefined;
}

/**
 * Options for the profile form of {@link compareStrategies}: the comparison
 * options plus how profiles become candidates (`costOfProfile`, `valueOfProfile`,
 * `compensation`, `audienceSize`, and {@link scoreInfluencer}'s model options
 * `tierScheme`, `engagement`, `trust`, `now`), as for {@link selectInfluencers}.
 *
 * @category Selection
 */
export interface CompareProfilesOptions extends CompareStrategiesOptions, ProfileCandidateOptions {}

/**
 * One side of a {@link CompareStrategiesResult}: a single creator or a set.
 *
 * @category Selection
 */
export interface StrategyOutcome {
  /** Selected ids, in input order. */
  readonly selected: readonly string[];
  /** Total cost in currency units; always > 0. */
  readonly totalCost: number;
  /** Sum of the members' `value`. */
  readonly totalValue: number;
  /** Combined reach in [0, 1], or `null` when not every candidate has a reach (objective `"value"`). */
  readonly totalReach: number | null;
  /** `totalValue / totalCost`: value per currency unit. */
  readonly valuePerCost: number;
  /** `totalReach / totalCost`, or `null` when `totalReach` is `null`. */
  readonly reachPerCost: number | null;
  /**
   * Share of the objective carried by the largest member, in [0, 1]: the
   * largest `value` over `totalValue`, or the largest single `reach` over
   * `totalReach`. 1 for a single creator; lower means less risk riding on
   * one creator.
   */
  readonly concentration: number;
}

/**
 * Result of {@link compareStrategies}: plain JSON.
 *
 * @example
 * const result: CompareStrategiesResult = compareStrategies([{ id: "a", cost: 10, value: 5 }, { id: "b", cost: 10, value: 4 }], 20);
 * [result.single?.selected, result.portfolio?.selected, result.portfolioToSingle, result.errors];
 * // => [["a"], ["a", "b"], 1.8, []]
 * @category Selection
 */
export interface CompareStrategiesResult {
  /** The objective compared. */
  readonly objective: SelectionObjective;
  /** The budget, in currency units. */
  readonly budget: number;
  /** The `currency` option, or `null`. */
  readonly currency: string | null;
  /** The best single affordable candidate, or `null` when none can be selected. */
  readonly single: StrategyOutcome | null;
  /**
   * The best set within the budget, or `null` when nothing can be selected.
   * A set search stopped by `maxSearchNodes` still returns at least the best
   * single creator.
   */
  readonly portfolio: StrategyOutcome | null;
  /** True when the set is proven best (see `selectInfluencers`' `optimal`). */
  readonly isPortfolioOptimal: boolean;
  /**
   * The set's objective divided by the single creator's (≥ 1: the single
   * creator is a feasible set, and even a search stopped by `maxSearchNodes`
   * returns at least it), or `null` when either is missing.
   */
  readonly portfolioToSingle: number | null;
  /** One or two plain-English sentences comparing the two. */
  readonly summary: string;
  /** What cost and value measure, and the solver that chose the set (see `selectInfluencers`). */
  readonly provenance: SelectionProvenance;
  /** Notes from the set search: how profiles became candidates, candidates set aside, method, guarantee. */
  readonly reasons: readonly string[];
  /**
   * One entry per profile that failed validation (profile form), in input
   * order, as in `selectInfluencers`' result: such a profile is in neither
   * strategy. Empty for candidates and when every profile is valid.
   */
  readonly errors: readonly RowError[];
}

/** What candidate `index` alone contributes to the objective: its value or its reach. */
function amountOf(parsed: ParsedSelection, index: number): number {
  const candidate = candidateAt(parsed.candidates, index);
  return parsed.objective === "reach" ? reachOf(candidate) : candidate.value;
}

/** One strategy with the objective it achieves (total value or combined reach). */
interface Side {
  readonly outcome: StrategyOutcome;
  readonly amount: number;
}

function sideOf(parsed: ParsedSelection, plan: SelectionPlan, members: readonly number[]): Side | null {
  if (members.length === 0) return null;
  const model = reachModelOf(parsed);
  const totals = totalsOf(parsed, plan, model, members);
  let largest = 0;
  for (const index of members) largest = Math.max(largest, amountOf(parsed, index));
  const amount = parsed.objective === "reach" ? (totals.totalReach ?? 0) : totals.totalValue; // summed in id order, like the totals
  return {
    outcome: {
      selected: totals.selected,
      totalCost: totals.totalCost,
      totalValue: totals.totalValue,
      totalReach: totals.totalReach,
      valuePerCost: totals.totalValue / totals.totalCost,
      reachPerCost: totals.totalReach === null ? null : totals.totalReach / totals.totalCost,
      concentration: members.length > 1 && amount > 0 ? Math.min(1, largest / amount) : 1,
    },
    amount,
  };
}

/** The eligible candidate with the largest objective that a one-member set may hold; ties go to the cheaper, then the lower id. */
function bestSingleIndex(parsed: ParsedSelection, plan: SelectionPlan): number | undefined {
  let best: number | undefined;
  let bestAmount = 0;
  for (const index of plan.eligible) {
    const tier = numberAt(plan.tierSlots, index, -1);
    const group = numberAt(plan.groupSlots, index, -1);
    const isAllowed = plan.countLeft >= 1 && (tier < 0 || numberAt(plan.tierLeft, tier, 0) >= 1) && (group < 0 || numberAt(plan.groupLeft, group, 0) >= 1);
    if (!isAllowed) continue;
    const amount = amountOf(parsed, index);
    const isCheaper = best !== undefined && numberAt(plan.costTicks.ticks, index, 0) < numberAt(plan.costTicks.ticks, best, 0);
    if (amount > bestAmount || (amount === bestAmount && isCheaper)) {
      best = index;
      bestAmount = amount;
    }
  }
  return best;
}

function summarize(parsed: ParsedSelection, plan: SelectionPlan, single: Side | null, portfolio: Side | null, isOptimal: boolean): string {
  const unit = parsed.currency === undefined ? "" : ` ${parsed.currency}`;
  const money = (amount: number): string => `${formatAmount(amount, 2)}${unit}`;
  const perUnit = parsed.currency === undefined ? "per unit of money" : `per ${parsed.currency}`;
  const isReach = parsed.objective === "reach";
  const places = isReach ? 3 : 2;
  /** The words for one side, its three numbers written as given (by default as `formatAmount` writes them). */
  const delivers = (
    { outcome, amount }: Side,
    amountText = formatAmount(amount, places),
    costText = money(outcome.totalCost),
    perCostText = formatAmount(outcome.valuePerCost, 4),
  ): string =>
    isReach ? `reaches ${amountText} of the audience for ${costText}` : `delivers ${amountText} of value for ${costText} (${perCostText} ${perUnit})`;
  // A stopped set search still returns at least the best single creator (solveKnapsack's fallback), so
  // the set is missing only when the single creator is.
  if (portfolio === null || single === null) {
    // Say why, from the plan's notes on what was set aside ("costs more than the budget 1000: …"), without the
    // note on rounded costs (always first; not a reason), or from the caps when candidates were eligible.
    const notes = plan.notes.slice(plan.costTicks.isRounded ? 1 : 0);
    const failed = parsed.errors.length;
    if (failed > 0) notes.push(`${groupedCountOf(failed, "profile")} failed validation, see errors`);
    if (plan.eligible.length > 0) notes.push(`maxCount, maxPerTier or maxPerGroup allows none of the ${groupedCountOf(plan.eligible.length, "eligible candidate")}`);
    const why = notes.length > 0 ? ` (${notes.join("; ")})` : "";
    // No candidate at all: the budget is not what leaves both sides empty.
    return `No candidate ${parsed.candidates.length === 0 ? "to compare" : `can be selected within the budget of ${money(parsed.budget)}`}${why}.`;
  }
  const { selected } = portfolio.outcome;
  const ids = selected.map((id) => JSON.stringify(id)).join(", ");
  if (selected.length === 1) {
    // Named from the set itself: the summary quotes the set's own cost and value. "No set does better" only when a set
    // could be chosen and the search proved it.
    if (parsed.maxCount === 1) return `The best choice under maxCount 1 is a single creator: ${ids} ${delivers(portfolio)}.`;
    if (!isOptimal) {
      return `The best set found is a single creator: ${ids} ${delivers(portfolio)}; a set of several creators may do better within ${money(parsed.budget)}, as the search did not prove otherwise (see reasons).`;
    }
    return `A single creator is the best choice: ${ids} ${delivers(portfolio)}; no set of several creators does better within ${money(parsed.budget)}.`;
  }
  const singleId = JSON.stringify(single.outcome.selected.join(""));
  // Each number the sentence compares is written with the digits it takes to read differently from the one it is
  // compared with: at 2 decimals a set worth 1.002 times the single creator read "1 times", and a largest member
  // carrying 0.998 of the set's value "a share of 1" (next to "the single creator carries all of it").
  const [setAmount, singleAmount] = formatAmountApart(portfolio.amount, single.amount, places);
  const [setCost, singleCost] = formatAmountApart(portfolio.outcome.totalCost, single.outcome.totalCost, 2).map((text) => `${text}${unit}`);
  const [setPerCost, singlePerCost] = formatAmountApart(portfolio.outcome.valuePerCost, single.outcome.valuePerCost, 4);
  const [ratio] = formatAmountApart(portfolio.amount / single.amount, 1, 2);
  const [share] = formatAmountApart(portfolio.outcome.concentration, 1, 2);
  return (
    `Within ${money(parsed.budget)}, a set of ${selected.length} creators (${ids}) ${delivers(portfolio, setAmount, setCost, setPerCost)}, ` +
    `${ratio} times the best single creator, ${singleId}, which ${delivers(single, singleAmount, singleCost, singlePerCost)}. ` +
    `The set's largest member carries a share of ${share} of its ${isReach ? "reach" : "value"}; the single creator carries all of it.`
  );
}

/**
 * The issues of option keys that `compareStrategies` does not take: a
 * `require` or `budget` option, which the types leave out but a JavaScript
 * caller can pass, and any unknown key. A single creator cannot honour
 * several required ids, and the budget is the second argument, so both are
 * refused rather than ignored.
 */
function optionKeyIssues(options: unknown): InputIssue[] {
  const refused = [
    ["budget", "expected no budget option (the budget is compareStrategies' second argument)"],
    ["require", "expected no require option (a single creator cannot honour required ids; use selectInfluencers)"],
  ] as const;
  const taken = SELECTION_OPTION_KEYS.filter((key) => key !== "budget" && key !== "require");
  const unknown: InputIssue[] = [];
  checkOptionKeys(options, taken, unknown);
  // The refused keys get their own message below, not the unknown key's.
  const issues = unknown.filter((issue) => issue.path[0] !== "budget" && issue.path[0] !== "require");
  for (const [key, expected] of refused) {
    const value = optionField(options, key);
    if (value !== undefined) issues.push({ path: [key], code: "invalid_type", message: `${key}: ${expected}, received ${describeValue(value)}` });
  }
  return issues;
}

/**
 * "One big or many small?" in numbers: compares the best single affordable
 * creator with the best set of creators for the same budget, on the chosen
 * objective, with value per currency unit and how concentrated the result is
 * on one creator (the share of the objective from the largest member).
 *
 * The set comes from {@link selectInfluencers} with the same options; the
 * single creator is the eligible candidate with the largest value (or
 * reach) that fits the budget and caps, ties going to the cheaper one, then
 * to the lower id. Costs must be > 0, so value per cost is always defined
 * for a non-empty side. Same cost as `selectInfluencers`.
 *
 * @param candidates - The creators to choose from; ids must be unique.
 * @param budget - Most either strategy may cost, in currency units; finite and > 0.
 * @param options - Objective and constraints.
 * @returns Both strategies side by side, their ratio and a plain-English summary;
 *   a side is `null` when nothing can be selected. `errors` is empty (a bad candidate throws).
 * @throws {@link InfluencerInputError} for the same input problems as
 *   `selectInfluencers`; a bad budget is reported at path `budget`, and a
 *   `require` option (not taken here) at path `require`.
 * @example
 * const result = compareStrategies(
 *   [
 *     { id: "mega", cost: 9_000, value: 1_000 },
 *     { id: "micro-a", cost: 2_000, value: 450 },
 *     { id: "micro-b", cost: 3_000, value: 600 },
 *     { id: "micro-c", cost: 4_000, value: 700 },
 *   ],
 *   9_000,
 *   { currency: "USD" },
 * );
 * [result.single?.selected, result.portfolio?.selected, result.portfolioToSingle, result.portfolio?.concentration];
 * // => [["mega"], ["micro-a", "micro-b", "micro-c"], 1.75, 0.4]
 * result.summary;
 * // => 'Within 9,000 USD, a set of 3 creators ("micro-a", "micro-b", "micro-c") delivers 1,750 of value for 9,000 USD (0.1944 per USD), 1.75 times the best single creator, "mega", which delivers 1,000 of value for 9,000 USD (0.1111 per USD). The set\'s largest member carries a share of 0.4 of its value; the single creator carries all of it.'
 * @category Selection
 */
export function compareStrategies(candidates: readonly SelectionCandidate[], budget: number, options?: CompareStrategiesOptions | undefined): CompareStrategiesResult;
/**
 * "One big or many small?" straight from influencer profiles: each profile
 * becomes a candidate with the defaults of {@link selectInfluencers}' profile
 * form (cost: expected fair flat fee for one post; value: expected
 * conversions, else trusted reach), then the comparison runs as for
 * candidates. The form is chosen at run time as for `selectInfluencers`.
 *
 * A profile that fails validation is reported in `errors` with its position,
 * as by `selectInfluencers`, and the comparison runs over the valid ones.
 *
 * @param profiles - {@link InfluencerProfileInput}s or profiles from {@link parseProfile}.
 * @param budget - Most either strategy may cost, in currency units; finite and > 0.
 * @param options - Objective, constraints, and `costOfProfile`, `valueOfProfile`, `compensation`, `audienceSize`,
 *   `tierScheme`, `engagement`, `trust`, `now`.
 * @returns As for candidates, with `provenance` naming the measures and
 *   `errors` listing the profiles that failed validation.
 * @throws {@link InfluencerInputError} (never for a bad profile) for a bad
 *   profile option, as `selectInfluencers` does; then for the same option
 *   problems as the first form.
 * @example
 * const result = compareStrategies(
 *   [
 *     { id: "big", platform: "instagram", followers: 400_000 },
 *     { id: "small-a", platform: "instagram", followers: 20_000 },
 *     { id: "small-b", platform: "tiktok", followers: 30_000 },
 *   ],
 *   150,
 * );
 * [result.single?.selected, result.portfolio?.selected, result.provenance.value];
 * // => [["small-b"], ["small-a", "small-b"], "expected-conversions"]
 * @example
 * // A row that fails validation is reported; the others are still compared.
 * const checked = compareStrategies(
 *   [
 *     { id: "small-a", platform: "instagram", followers: 20_000 },
 *     { id: "broken", platform: "tiktok", followers: 1.5 },
 *   ],
 *   150,
 * );
 * [checked.single?.selected, checked.errors];
 * // => [["small-a"], [{ index: 1, issues: [{ path: ["followers"], message: "followers: expected a non-negative integer, received 1.5" }] }]]
 * @category Selection
 */
export function compareStrategies(
  profiles: readonly (InfluencerProfileInput | ParsedProfile)[],
  budget: number,
  options?: CompareProfilesOptions | undefined,
): CompareStrategiesResult;
export function compareStrategies(
  list: readonly SelectionCandidate[] | readonly (InfluencerProfileInput | ParsedProfile)[],
  budget: number,
  options?: CompareStrategiesOptions | CompareProfilesOptions | undefined,
): CompareStrategiesResult {
  const given: unknown = options;
  if (given !== undefined && (typeof given !== "object" || given === null || Array.isArray(given))) {
    throw new InfluencerInputError([{ path: [], code: "invalid_type", message: `expected an options object, received ${describeValue(given)}` }]);
  }
  const fromProfiles = isProfileForm(list, options) ? candidatesFromProfiles(list, options) : undefined;
  const parsed = parseSelection(list, {
    budget,
    objective: options?.objective,
    maxCount: options?.maxCount,
    minTrust: options?.minTrust,
    maxPerTier: options?.maxPerTier,
    maxPerGroup: options?.maxPerGroup,
    exclude: options?.exclude,
    overlap: options?.overlap,
    currency: options?.currency,
    maxSearchNodes: options?.maxSearchNodes,
  }, fromProfiles, optionKeyIssues(options));
  const plan = planSelection(parsed);
  const { result: selection, members } = solveSelectionWithMembers(parsed, plan);
  const singleIndex = bestSingleIndex(parsed, plan);
  const single = sideOf(parsed, plan, singleIndex === undefined ? [] : [singleIndex]);
  const portfolio = sideOf(parsed, plan, members);
  return {
    objective: parsed.objective,
    budget: parsed.budget,
    currency: parsed.currency ?? null,
    single: single?.outcome ?? null,
    portfolio: portfolio?.outcome ?? null,
    isPortfolioOptimal: selection.optimal,
    portfolioToSingle: single === null || portfolio === null ? null : portfolio.amount / single.amount,
    summary: summarize(parsed, plan, single, portfolio, selection.optimal),
    provenance: selection.provenance,
    reasons: selection.reasons,
    errors: selection.errors,
  };
}
