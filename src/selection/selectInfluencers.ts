import type { ParsedProfile, RowError } from "../schemas/parseProfile.js";
import type { InfluencerProfileInput } from "../schemas/profile.js";
import { candidatesFromProfiles, isProfileForm, type ProfileCandidateOptions } from "./fromProfiles.js";
import { checkOptionKeys } from "../schemas/checkArguments.js";
import type { InputIssue } from "../schemas/InfluencerInputError.js";
import { parseSelection, SELECTION_OPTION_KEYS } from "./parseSelection.js";
import type { SelectionCostBasis, SelectionValueBasis } from "./profileCandidates.js";
import { planSelection } from "./planSelection.js";
import { solveSelection } from "./solveSelection.js";
import type { Platform, TierId } from "./types.js";
import type { TrustScoreRange } from "../trust/trustScoreRange.js";

/**
 * What {@link selectInfluencers} maximises: `"value"` adds up each
 * candidate's `value`; `"reach"` maximises the combined share of the target
 * audience reached, counting people reached by several creators once.
 *
 * @category Selection
 */
export type SelectionObjective = "value" | "reach";

/**
 * One creator that may be booked: what it costs and what it is expected to
 * deliver.
 *
 * @example
 * const candidate: SelectionCandidate = { id: "ana", cost: 1_200, value: 340, reach: 0.04, tier: "micro", trust: 82 };
 * candidate.value / candidate.cost;
 * // => 0.2833333333333333
 * @category Selection
 */
export interface SelectionCandidate {
  /** Unique id, returned in `selected`. A non-empty string of at most 1,000 characters. */
  readonly id: string;
  /** What booking the creator costs, in currency units; finite and > 0 (use a token amount for gifted posts). */
  readonly cost: number;
  /**
   * Expected value of booking the creator (e.g. conversions or trusted reach,
   * in any unit as long as all candidates share it); finite and ≥ 0.
   */
  readonly value: number;
  /** Share of the target audience the creator reaches, in [0, 1]. Required when the objective is `"reach"`. */
  readonly reach?: number | undefined;
  /** Follower tier; `maxPerTier` applies to it. Candidates without a tier are never capped by tier. */
  readonly tier?: TierId | undefined;
  /** Platform the creator publishes on (informational). */
  readonly platform?: Platform | undefined;
  /** Trust score in [0, 100]; compared with `minTrust`. */
  readonly trust?: number | undefined;
  /**
   * For a trust score on too little evidence for a band (its `confidence`
   * below `minBandConfidence`): the scores the missing signals leave possible (the trust
   * result's `range`), with `lower ≤ trust ≤ upper`; needs `trust`. `minTrust`
   * then reads the range, not the score: the candidate meets it when `lower`
   * does, falls below it when `upper` does, and is set aside as too uncertain
   * to tell when the range spans it. Leave it out when the score rests on
   * enough evidence (`confidence` at least `minBandConfidence`); keep it below
   * that whatever the band reads (a band from a critical flag is no pass). The
   * profile form sets it from the trust result.
   */
  readonly trustRange?: TrustScoreRange | undefined;
  /** Any grouping (agency, niche, region); `maxPerGroup` applies to it. Candidates without a group are never capped by group. */
  readonly group?: string | undefined;
}

/**
 * A known audience overlap between two candidates, for the reach objective.
 * Pairs not listed are assumed to duplicate at random (`shared = r_a · r_b`).
 *
 * @example
 * const overlap: SelectionOverlap = { a: "ana", b: "ben", shared: 0.01 };
 * overlap.shared;
 * // => 0.01
 * @category Selection
 */
export interface SelectionOverlap {
  /** Id of one candidate. */
  readonly a: string;
  /** Id of the other candidate; different from `a`. */
  readonly b: string;
  /**
   * Share of the target audience reached by both, in
   * `[max(0, r_a + r_b − 1), min(r_a, r_b)]` (a fraction of the whole target
   * audience, not of either creator's audience).
   */
  readonly shared: number;
}

/**
 * Options for {@link selectInfluencers}.
 *
 * @category Selection
 */
export interface SelectInfluencersOptions {
  /** Most the selection may cost in total, in currency units; finite and > 0. */
  readonly budget: number;
  /** What to maximise. Defaults to `"value"`. */
  readonly objective?: SelectionObjective | undefined;
  /** Most candidates to select, required ones included; a non-negative integer. */
  readonly maxCount?: number | undefined;
  /**
   * Lowest trust score (0–100) a candidate needs; candidates without a trust
   * score are then left out, and so is one with a `trustRange` that reaches
   * below it (too little evidence to tell).
   */
  readonly minTrust?: number | undefined;
  /** Most candidates per tier: one number for every tier, or a number per tier (unlisted tiers are unlimited; symbol keys are ignored, as JSON drops them). */
  readonly maxPerTier?: number | Readonly<Partial<Record<TierId, number>>> | undefined;
  /** Most candidates per group: one number for every group, or a number per group name (unlisted groups are unlimited; symbol keys are ignored, as JSON drops them). */
  readonly maxPerGroup?: number | Readonly<Record<string, number>> | undefined;
  /** Ids that must be selected. Each must be a candidate's id and not also excluded. */
  readonly require?: readonly string[] | undefined;
  /** Ids that must not be selected. Ids that match no candidate are ignored. */
  readonly exclude?: readonly string[] | undefined;
  /** Known pairwise audience overlaps for combined reach; each pair at most once. */
  readonly overlap?: readonly SelectionOverlap[] | undefined;
  /** ISO 4217 code of `cost` and `budget`, echoed in the result. */
  readonly currency?: string | undefined;
  /**
   * Node limit of the exact search for the `"value"` objective (a positive
   * integer, default 1,000,000). When reached, the best set found so far is
   * returned with an upper bound, and `optimal: false` unless that bound
   * equals its value; never a set worth less than the greedy set (by value
   * per cost, within every cap) or the best single candidate that fits.
   * Deterministic: it counts search steps, not time.
   */
  readonly maxSearchNodes?: number | undefined;
}

/**
 * How a selection was found.
 *
 * - `"core-dynamic-programming"`: exact search for the `"value"` objective when only the budget
 *   can bind (no `maxCount`, `maxPerTier` or `maxPerGroup` cap is tighter than the candidates under it);
 *   optimal unless the node limit was hit.
 * - `"branch-and-bound"`: exact search for the `"value"` objective when a cap can bind (optimal unless the node limit was hit).
 * - `"exhaustive"`: every subset was tried (reach objective, at most 12 optional candidates); optimal.
 * - `"lazy-greedy-cost-benefit"`, `"lazy-greedy-unit-cost"`: which of the two reach
 *   heuristics (by reach per unit of cost, or by reach) gave the returned set.
 * - `"infeasible"`: the required candidates cannot all be selected; nothing is selected.
 *
 * @category Selection
 */
export type SelectionMethod =
  | "core-dynamic-programming"
  | "branch-and-bound"
  | "exhaustive"
  | "lazy-greedy-cost-benefit"
  | "lazy-greedy-unit-cost"
  | "infeasible";

/**
 * Options for the profile form of {@link selectInfluencers}: the selection
 * options plus how profiles become candidates (`costOfProfile`, `valueOfProfile`,
 * `compensation`, `audienceSize`).
 *
 * @category Selection
 */
export interface SelectProfilesOptions extends SelectInfluencersOptions, ProfileCandidateOptions {}

/**
 * Where a selection's numbers came from (R9): what `cost` and `value`
 * measure, and which method chose the set.
 *
 * @example
 * const provenance: SelectionProvenance = { cost: "expected-flat-fee", value: "expected-conversions", solver: "core-dynamic-programming" };
 * provenance.cost;
 * // => "expected-flat-fee"
 * @category Selection
 */
export interface SelectionProvenance {
  /** `"given"` for candidates, `"costOfProfile"` or the default `"expected-flat-fee"` for profiles. */
  readonly cost: SelectionCostBasis;
  /** `"given"` for candidates, `"valueOfProfile"` or a default (`"expected-conversions"`, `"trusted-reach"`) for profiles. */
  readonly value: SelectionValueBasis;
  /** The method that chose the set; the same as the result's `method`. */
  readonly solver: SelectionMethod;
}

/**
 * Result of {@link selectInfluencers}: plain JSON.
 *
 * @example
 * const result: SelectionResult = selectInfluencers([{ id: "a", cost: 10, value: 5 }], { budget: 10 });
 * [result.selected, result.optimal, result.errors];
 * // => [["a"], true, []]
 * @category Selection
 */
export interface SelectionResult {
  /** Selected ids, in input order. Empty when nothing fits or the constraints are infeasible. */
  readonly selected: readonly string[];
  /** The objective that was maximised. */
  readonly objective: SelectionObjective;
  /** Total cost of the selection, in currency units; never above the budget. */
  readonly totalCost: number;
  /** The `currency` option, or `null` when none was given. */
  readonly currency: string | null;
  /** Sum of the selected candidates' `value`, whatever the objective. */
  readonly totalValue: number;
  /**
   * Combined reach of the selection in [0, 1] when the objective is `"reach"`
   * or every candidate has a `reach`; otherwise `null`. Also `null` when the
   * constraints are infeasible.
   */
  readonly totalReach: number | null;
  /** True when the selection is proven to maximise the objective (within a relative 1e-12). */
  readonly optimal: boolean;
  /**
   * Upper bound on the best achievable objective (total value, or combined
   * reach); equals the achieved amount when `optimal`. `null` when infeasible.
   */
  readonly bound: number | null;
  /** `(bound − achieved) / bound` in [0, 1] (0 when the bound is 0); `null` when infeasible. */
  readonly gap: number | null;
  /** How the selection was found. */
  readonly method: SelectionMethod;
  /** What cost and value measure, and the solver. */
  readonly provenance: SelectionProvenance;
  /**
   * Plain-English notes: how profiles became candidates (profile form),
   * candidates set aside and why, the method, guarantees and infeasibility.
   */
  readonly reasons: readonly string[];
  /**
   * One entry per profile that failed validation (profile form), in input
   * order: its zero-based position and every problem found in it, with
   * paths inside the profile (`["followers"]`), as {@link scoreInfluencers}
   * reports them. Such a profile is no candidate; the selection runs over
   * the others. Empty for candidates and when every profile is valid.
   */
  readonly errors: readonly RowError[];
}

/**
 * Picks the best set of influencers for a budget.
 *
 * Objective `"value"` (default) is the 0/1 knapsack problem: maximise
 * `Σ value_i` subject to `Σ cost_i ≤ budget` and the caps. It is solved
 * exactly. When only the budget can bind, by dynamic programming over an
 * expanding core around the greedy break item, pruning states with the
 * Dembo–Hammer bound (Pisinger 1997, <https://doi.org/10.1287/opre.45.5.758>):
 * 2,000 realistic candidates take milliseconds. When a cap can bind, by
 * depth-first branch and bound with the linear-programming bound
 * (Dantzig 1957, <https://doi.org/10.1287/opre.5.2.266>; Horowitz & Sahni 1974,
 * <https://doi.org/10.1145/321812.321823>), caps priced into the bound with
 * Lagrange multipliers (Held, Wolfe & Crowder 1974,
 * <https://doi.org/10.1007/BF01580223>). Costs are counted in whole cents (or
 * finer) so budget checks are exact. Ties are broken by one order
 * independent of the input: value per unit of cost, then value, then lower
 * cost, then id; the result does not depend on input order.
 *
 * Objective `"reach"` maximises combined reach `1 − Π(1 − reach_i)` (random
 * duplication), corrected pairwise by any supplied `overlap`. With at most 12
 * optional candidates every subset is tried; otherwise it returns the better
 * of the lazy greedy by marginal reach per unit of cost and the lazy greedy by
 * marginal reach (Leskovec et al. 2007, <https://doi.org/10.1145/1281192.1281239>);
 * the second starts with the best single affordable candidate, so the pair is
 * at least ½(1 − 1/e) ≈ 0.316 of the optimum when the budget is the only
 * constraint (Khuller, Moss & Naor 1999, <https://doi.org/10.1016/S0020-0190(99)00031-9>).
 * See docs/methodology/selection.md.
 *
 * Constraints that cannot be met (required candidates over the budget or a
 * cap, or below `minTrust`) give an empty selection with `method:
 * "infeasible"` and the reasons, not an error. Cost: O(n log n) plus the
 * search, which is exponential in the worst case and stops at
 * `maxSearchNodes`; the reach heuristics are O(n log n + n·overlaps).
 *
 * @param candidates - The creators to choose from; ids must be unique.
 * @param options - Budget, objective and constraints.
 * @returns The selected ids in input order, totals, whether the selection is
 *   proven optimal, an upper bound, the provenance (`cost` and `value`
 *   `"given"`), the reasons and an empty `errors` (a bad candidate throws).
 * @throws {@link InfluencerInputError} when a candidate or option is invalid,
 *   an id repeats, a required id is unknown or also excluded, a candidate lacks
 *   `reach` for the reach objective, or an overlap is out of range. Candidate
 *   paths start with `candidates` (`candidates[2].cost`); option paths are
 *   the option names (`budget`, `require[0]`).
 * @example
 * const { selected, totalCost, totalValue, optimal } = selectInfluencers(
 *   [
 *     { id: "mega", cost: 9_000, value: 1_000 },
 *     { id: "micro-a", cost: 2_000, value: 450 },
 *     { id: "micro-b", cost: 3_000, value: 600 },
 *     { id: "micro-c", cost: 4_000, value: 700 },
 *   ],
 *   { budget: 9_000, currency: "USD" },
 * );
 * [selected, totalCost, totalValue, optimal];
 * // => [["micro-a", "micro-b", "micro-c"], 9000, 1750, true]
 * @example
 * // Two smaller creators reach 1 − 0.7 × 0.8 = 0.44 of the audience together; the larger one alone reaches 0.45.
 * selectInfluencers(
 *   [
 *     { id: "a", cost: 500, value: 0, reach: 0.3 },
 *     { id: "b", cost: 500, value: 0, reach: 0.2 },
 *     { id: "c", cost: 900, value: 0, reach: 0.45 },
 *   ],
 *   { budget: 1_000, objective: "reach" },
 * ).selected;
 * // => ["c"]
 * @category Selection
 */
export function selectInfluencers(candidates: readonly SelectionCandidate[], options: SelectInfluencersOptions): SelectionResult;
/**
 * Picks the best set of influencers for a budget straight from their
 * profiles: each profile becomes a candidate, then the selection runs as for
 * candidates (see the first form for the objectives, constraints and methods).
 *
 * Defaults (docs/methodology/selection.md): `cost` is the expected (median)
 * fair flat fee for one post ({@link estimateFlatFee} with the `compensation`
 * options), rounded to the cent; `value` is the expected conversions of that post when every
 * priced profile has a conversion estimate, otherwise trusted reach
 * (expected impressions × trust score ÷ 100), so every value is in one unit;
 * `reach` is expected impressions ÷ `audienceSize`; `tier` (standard scheme,
 * or `tierScheme`), `platform` and `trust` (the trust score, with its range
 * when it rests on too little evidence) come from the profile. The model
 * options `tierScheme`, `engagement`, `trust` and `now` are
 * {@link scoreInfluencer}'s, so the candidates are what its reports give. Ids are
 * the profile's `id`, else its `handle`, else `[index]`, with `#2`, `#3`, …
 * added to repeats. A profile without a fee estimate is left out, with the
 * reason in `reasons`. `provenance` says which measures were used.
 *
 * A profile that fails validation is reported, not thrown, as in every batch
 * function: it becomes an entry of `errors` (`{ index, issues }`, as
 * {@link scoreInfluencers} gives it) and the selection runs over the valid
 * profiles, as the command-line tool's `select` does. Ids are numbered as if
 * every profile were valid, so dropping a bad one moves no other's id
 * (`[index]` is the position in `profiles`). A `require` naming such a
 * profile (by the `id` or `handle` it carries, or any unknown id while a
 * profile failed without a readable one) makes the selection infeasible, with
 * the reason; an `overlap` naming one is left out, with a note.
 *
 * The form is chosen at run time: profiles when `costOfProfile`, `valueOfProfile`,
 * `compensation`, `audienceSize` or a model option is set or the first element
 * that is an object has a `followers` property (so that a `null` first row is
 * still reported as a profile); candidates otherwise. Each profile is validated once
 * (not at all when it comes from {@link parseProfile}). Cost: one flat-fee
 * estimate per profile (O(posts log posts)), then the selection.
 *
 * @param profiles - {@link InfluencerProfileInput}s or profiles from {@link parseProfile}.
 * @param options - Budget, objective, constraints, and `costOfProfile`, `valueOfProfile`,
 *   `compensation`, `audienceSize`, `tierScheme`, `engagement`, `trust`, `now`.
 * @returns As for candidates, with `provenance.cost` and `provenance.value`
 *   naming the measures, `reasons` starting with how candidates were built,
 *   and `errors` listing the profiles that failed validation.
 * @throws {@link InfluencerInputError} (never for a bad profile) when `profiles` is
 *   not an array, for a bad profile option at its name
 *   (`compensation.usageRightsDays`, `costOfProfile`), a bad number from `costOfProfile` or
 *   `valueOfProfile` at `[index].cost` or `[index].value`, a `currency` other than
 *   the fees' (`currency`); then, once the profile options are valid, the same
 *   option problems as the first form.
 * @example
 * const result = selectInfluencers(
 *   [
 *     { id: "big", platform: "instagram", followers: 400_000 },
 *     { id: "small-a", platform: "instagram", followers: 20_000 },
 *     { id: "small-b", platform: "tiktok", followers: 30_000 },
 *   ],
 *   { budget: 150 },
 * );
 * [result.selected, result.provenance.cost, result.provenance.value];
 * // => [["small-a", "small-b"], "expected-flat-fee", "expected-conversions"]
 * @example
 * // A bad row is reported with its position; the others are still selected.
 * const { selected, errors } = selectInfluencers(
 *   [
 *     { id: "small-a", platform: "instagram", followers: 20_000 },
 *     { id: "broken", platform: "instagram", followers: -3 },
 *     { id: "small-b", platform: "tiktok", followers: 30_000 },
 *   ],
 *   { budget: 150 },
 * );
 * [selected, errors];
 * // => [["small-a", "small-b"], [{ index: 1, issues: [{ path: ["followers"], message: "followers: expected a non-negative integer, received -3" }] }]]
 * @category Selection
 */
export function selectInfluencers(profiles: readonly (InfluencerProfileInput | ParsedProfile)[], options: SelectProfilesOptions): SelectionResult;
export function selectInfluencers(
  list: readonly SelectionCandidate[] | readonly (InfluencerProfileInput | ParsedProfile)[],
  options: SelectInfluencersOptions | SelectProfilesOptions,
): SelectionResult {
  const keyIssues: InputIssue[] = [];
  checkOptionKeys(options, SELECTION_OPTION_KEYS, keyIssues);
  const parsed = isProfileForm(list, options) ? parseSelection(undefined, options, candidatesFromProfiles(list, options), keyIssues) : parseSelection(list, options, undefined, keyIssues);
  return solveSelection(parsed, planSelection(parsed));
}
