import { estimateFlatFeeParsed, type EstimateFlatFeeOptions } from "../compensation/estimateFlatFee.js";
import { parseFeeOptions, type ParsedFeeOptions } from "../compensation/options.js";
import { audienceContext, feeTrust } from "../compensation/qualityContext.js";
import { scoreEngagementParsed } from "../engagement/scoreEngagement.js";
import { InfluencerInputError, type InputIssue } from "../schemas/InfluencerInputError.js";
import { describeValue, formatPath } from "../schemas/issueText.js";
import { ensureProfile, type ParsedProfile, type RowError } from "../schemas/parseProfile.js";
import { classifyTier, type ClassifyTierOptions } from "../tiers/classifyTier.js";
import { evaluateTrustParsed } from "../trust/scoreTrust.js";
import { formatAmount, listIds } from "./format.js";
import { MAX_CANDIDATE_COST, MAX_CANDIDATE_VALUE, type ParsedCandidate } from "./parseSelection.js";
import { buildCandidates, thinTrustRange, uniqueLabels, type CandidateSource, type SelectionCostBasis, type SelectionValueBasis } from "./profileCandidates.js";
import { optionField } from "./optionField.js";
import { collectIssues, prepareModelOptions, type ModelOptionsInput } from "../report/modelOptions.js";
import type { ScoreEngagementOptions } from "../engagement/scoreEngagement.js";
import type { ScoreTrustOptions } from "../trust/scoreTrust.js";
import { TRUST_THRESHOLDS } from "../trust/trustThresholds.js";

/**
 * A number measured on one validated profile: its cost or its value as a
 * candidate. `index` is the profile's position in the list.
 *
 * @example
 * const followersAsValue: ProfileMeasure = (profile) => profile.followers / 1_000;
 * followersAsValue(parseProfile({ platform: "tiktok", followers: 12_000 }), 0);
 * // => 12
 * @category Selection
 */
export type ProfileMeasure = (profile: ParsedProfile, index: number) => number;

/**
 * The options that turn influencer profiles into candidates, for the
 * profile form of {@link selectInfluencers} and {@link compareStrategies}.
 *
 * @category Selection
 */
export interface ProfileCandidateOptions {
  /**
   * Cost of booking each creator, in currency units; must return a finite
   * number > 0. Defaults to the expected (median) fair flat fee for one post
   * from {@link estimateFlatFee} with the `compensation` options, rounded to the cent.
   */
  readonly costOfProfile?: ProfileMeasure | undefined;
  /**
   * Value of booking each creator; must return a finite number ≥ 0. Defaults
   * to expected conversions of one post when every priced profile has a
   * conversion estimate, otherwise trusted reach (expected impressions ×
   * trust score ÷ 100); see docs/methodology/selection.md.
   */
  readonly valueOfProfile?: ProfileMeasure | undefined;
  /** Options of the flat-fee estimate behind the default cost, value and reach (format, deal terms, rate card, currency). */
  readonly compensation?: EstimateFlatFeeOptions | undefined;
  /** Tier scheme for each candidate's `tier`, which `maxPerTier` counts: as `scoreInfluencer`'s `tierScheme`. Defaults to `"standard"`. */
  readonly tierScheme?: ClassifyTierOptions["scheme"] | undefined;
  /** Options of the engagement model, which the trust score and the fee read: as `scoreInfluencer`'s `engagement`. */
  readonly engagement?: ScoreEngagementOptions | undefined;
  /**
   * Options of the trust model behind each candidate's `trust` (and `trustRange`, below the
   * `minBandConfidence` they set) and the fee's trust adjustment: as `scoreInfluencer`'s `trust`.
   */
  readonly trust?: ScoreTrustOptions | undefined;
  /** The present instant for the trust model and for parsing raw profiles: as `scoreInfluencer`'s `now`. */
  readonly now?: string | Date | number | undefined;
  /**
   * People in the target audience, a finite number > 0: each creator's `reach` is its
   * expected impressions divided by it, capped at 1. Defaults to the sum of
   * every candidate's expected impressions.
   */
  readonly audienceSize?: number | undefined;
}

/**
 * Profiles turned into validated candidates, with what cost and value
 * measure, the currency of the costs and the notes for the result's reasons.
 *
 * @internal
 */
export interface ProfileCandidates {
  readonly candidates: ParsedCandidate[];
  readonly costBasis: SelectionCostBasis;
  readonly valueBasis: SelectionValueBasis;
  /** Currency of the default costs (the fee's), or `undefined` with `costOfProfile`. */
  readonly currency: string | undefined;
  readonly notes: string[];
  /** The profiles left out, by id, with the reason (`no fair flat fee: …`): a `require` naming one is told why. */
  readonly skipped: ReadonlyMap<string, string>;
  /** One entry per profile that failed validation, in input order, with its issues as `scoreInfluencers` reports them. */
  readonly errors: RowError[];
  /**
   * The ids that the profiles which failed validation would have had, with each one's position:
   * a `require` or `overlap` naming one is told that its profile failed validation.
   */
  readonly failed: ReadonlyMap<string, number>;
  /** Positions of the profiles that failed validation without a readable `id` or `handle`: an unknown id may be one of them. */
  readonly unreadable: readonly number[];
}

const PROFILE_OPTION_KEYS = ["costOfProfile", "valueOfProfile", "compensation", "audienceSize", "tierScheme", "engagement", "trust", "now"] as const;

/**
 * Whether a call uses the profile form: an option that only profiles take
 * (`costOfProfile`, `valueOfProfile`, `compensation`, `audienceSize`, `tierScheme`,
 * `engagement`, `trust`, `now`) is set, or the first element that is an
 * object has a `followers` property (every valid profile has one). Elements
 * before it that are no object (`null`, a hole) are bad profiles or bad
 * candidates alike and decide nothing. Only the first object decides: a
 * candidate may carry extra keys, and a `followers` kept as metadata on a later
 * candidate must not turn a candidate list into profiles that all fail
 * validation. O(position of the first object).
 *
 * @internal
 */
export function isProfileForm(list: unknown, options: unknown): boolean {
  if (PROFILE_OPTION_KEYS.some((key) => optionField(options, key) !== undefined)) return true;
  if (!Array.isArray(list)) return false;
  for (const element of list as readonly unknown[]) {
    if (typeof element === "object" && element !== null) return "followers" in element;
  }
  return false;
}

function issueAt(path: readonly (string | number)[], code: InputIssue["code"], expected: string, received: unknown): InputIssue {
  return { path, code, message: `${path.length === 0 ? "" : `${formatPath(path)}: `}${expected}, received ${describeValue(received)}` };
}

/**
 * The code for a number that failed a range check, by the library's rule: a
 * non-number, `NaN` or `±Infinity` is `invalid_type` (as zod codes them), a
 * finite number out of range `too_small`.
 */
function rangeCode(value: unknown): InputIssue["code"] {
  return typeof value === "number" && Number.isFinite(value) ? "too_small" : "invalid_type";
}

function measureOption(options: unknown, key: "costOfProfile" | "valueOfProfile", issues: InputIssue[]): ProfileMeasure | undefined {
  const value = optionField(options, key);
  if (value === undefined) return undefined;
  if (typeof value === "function") return value as ProfileMeasure;
  issues.push(issueAt([key], "invalid_type", "expected a function of (profile, index) returning a number", value));
  return undefined;
}

/**
 * A number from `costOfProfile` (finite, above 0) or `valueOfProfile`
 * (finite, 0 or more), at most `max`; else `undefined` and an issue at `path`.
 */
function checkedMeasure(result: unknown, path: readonly [number, "cost" | "value"], max: number, issues: InputIssue[]): number | undefined {
  const isCost = path[1] === "cost";
  const from = isCost ? "costOfProfile" : "valueOfProfile";
  if (typeof result === "number" && Number.isFinite(result) && (isCost ? result > 0 : result >= 0)) {
    if (result <= max) return result;
    issues.push(issueAt(path, "too_big", `expected a number of at most ${max} from ${from}`, result));
    return undefined;
  }
  issues.push(issueAt(path, rangeCode(result), `expected a finite ${isCost ? "positive" : "non-negative"} number from ${from}`, result));
  return undefined;
}

/** Whether `value` reads as an `id` or `handle` of a valid profile: a non-empty string of at most 200 characters. */
function isLabel(value: unknown): value is string {
  return typeof value === "string" && value.length > 0 && value.length <= 200;
}

/**
 * The label a profile that failed validation would have had (its `id`, else
 * its `handle`, else `[index]`), read as the profile schema reads the two
 * fields; `undefined` when the field that would name it is itself invalid.
 */
function labelOfInvalid(row: unknown, index: number): string | undefined {
  const id = optionField(row, "id");
  if (id !== undefined) return isLabel(id) ? id : undefined;
  const handle = optionField(row, "handle");
  if (handle !== undefined) return isLabel(handle) ? handle : undefined;
  return `[${index}]`;
}

/** "[1], [3]": positions for a reason, the first ten then a count of the rest. */
function listPositions(positions: readonly number[]): string {
  return listIds(positions.map((position) => `[${position}]`), (position) => position);
}

const VALUE_NOTES: Readonly<Record<SelectionValueBasis, string>> = {
  given: "value: as given",
  valueOfProfile: "value: from valueOfProfile",
  "expected-conversions": "value: expected conversions of one post (impressions × click-through rate × conversion rate, estimateFlatFee outcomes)",
  "trusted-reach": "value: trusted reach, expected impressions of one post × trust score ÷ 100 (not every profile has a conversion estimate)",
};

/**
 * Validates the profile options and the profiles (each once; a profile from
 * `parseProfile` is not validated again), estimates each valid creator's flat
 * fee, trust score and tier, and builds the candidates with
 * `buildCandidates`. A profile that fails validation is no candidate: it
 * becomes an entry of `errors` (`{ index, issues }`, issue paths inside the
 * profile, as `scoreInfluencers` gives them), and keeps its place in the
 * numbering of ids, so that a good profile's id (`[3]`, `@ana#2`) is the one
 * it has when every profile is valid. Option issues are thrown at the
 * option's name (`compensation.usageRightsDays`, `[3].cost` for a bad number
 * from `costOfProfile`). O(n · the cost of one fee estimate).
 *
 * @param profiles - The caller's profiles.
 * @param options - The caller's options (only the profile options are read here).
 * @returns The candidates, their provenance and the profiles that failed validation.
 * @throws {@link InfluencerInputError} listing every problem of the options, or of
 *   `costOfProfile`'s and `valueOfProfile`'s numbers, at once (never for a bad profile).
 * @internal
 */
export function candidatesFromProfiles(profiles: unknown, options: unknown): ProfileCandidates {
  const issues: InputIssue[] = [];
  const costOfProfile = measureOption(options, "costOfProfile", issues);
  const valueOfProfile = measureOption(options, "valueOfProfile", issues);
  const model = prepareModelOptions(
    { tierScheme: optionField(options, "tierScheme"), engagement: optionField(options, "engagement"), trust: optionField(options, "trust"), now: optionField(options, "now") } as ModelOptionsInput,
    issues,
  );
  const feeOptions: ParsedFeeOptions | undefined = collectIssues("compensation", () => parseFeeOptions(optionField(options, "compensation")), issues);
  const audienceSize = optionField(options, "audienceSize");
  if (audienceSize !== undefined && !(typeof audienceSize === "number" && Number.isFinite(audienceSize) && audienceSize > 0)) {
    issues.push(issueAt(["audienceSize"], rangeCode(audienceSize), "expected a finite positive number of people", audienceSize));
  }
  if (!Array.isArray(profiles)) {
    issues.unshift(issueAt([], "invalid_type", "expected an array of profiles", profiles));
    throw new InfluencerInputError(issues);
  }
  // The options are the caller's: they throw. The profiles are data: a bad one is reported in `errors` (R3).
  if (issues.length > 0 || feeOptions === undefined || model === undefined) throw new InfluencerInputError(issues);
  const minBandConfidence = model.trust.thresholds?.minBandConfidence ?? TRUST_THRESHOLDS.minBandConfidence.value;

  const valid: { readonly profile: ParsedProfile; readonly index: number }[] = [];
  const errors: RowError[] = [];
  // Every row's label, a bad row's too when it can be read, so that dropping a bad row moves no good row's id.
  const labels: { readonly label: string; readonly index: number; readonly isValid: boolean }[] = [];
  const unreadable: number[] = [];
  // An index loop, not forEach, which skips the holes of a sparse array: a hole is a missing profile, reported at its index.
  const list = profiles as readonly unknown[];
  for (let index = 0; index < list.length; index++) {
    const row = list[index];
    try {
      const profile = ensureProfile(row, model.parse);
      valid.push({ profile, index });
      labels.push({ label: profile.id ?? profile.handle ?? `[${index}]`, index, isValid: true });
    } catch (error) {
      if (!(error instanceof InfluencerInputError)) throw error;
      errors.push({ index, issues: error.issues });
      const label = labelOfInvalid(row, index);
      if (label === undefined) unreadable.push(index);
      else labels.push({ label, index, isValid: false });
    }
  }
  const ids = uniqueLabels(labels.map((entry) => entry.label));
  const idAt = new Map<number, string>();
  const failed = new Map<string, number>();
  labels.forEach((entry, position) => {
    const id = ids[position] ?? entry.label;
    if (entry.isValid) idAt.set(entry.index, id);
    else failed.set(id, entry.index);
  });

  const sources: CandidateSource[] = [];
  for (const { profile, index } of valid) {
    // The candidate's tier, trust and fee are the report's (scoreInfluencer with the same model
    // options): the trust score with its range when it rests on too little evidence for a band
    // (minTrust then reads the range); the fee reads its follower-free variant, as estimateFlatFee does.
    const engagement = scoreEngagementParsed(profile, model.engagement);
    const evaluation = evaluateTrustParsed(profile, model.trust, engagement);
    const trust = evaluation.trust;
    const context = { engagement, trust: feeTrust(profile, engagement, model.trust, evaluation), audience: audienceContext(profile, evaluation) };
    const tierOptions = model.tier.scheme === undefined ? { platform: profile.platform } : { scheme: model.tier.scheme, platform: profile.platform };
    const source: { -readonly [Key in keyof CandidateSource]: CandidateSource[Key] } = {
      // Already unique among every row's label: buildCandidates leaves it as it is.
      label: idAt.get(index) ?? `[${index}]`,
      platform: profile.platform,
      tier: classifyTier(profile.followers, tierOptions).tier,
      trust: trust.score,
      trustRange: thinTrustRange(trust, minBandConfidence),
      flatFee: estimateFlatFeeParsed(profile, feeOptions, context),
    };
    // `index` is the profile's position in the caller's list, bad rows counted.
    if (costOfProfile !== undefined) {
      const cost = checkedMeasure(costOfProfile(profile, index), [index, "cost"], MAX_CANDIDATE_COST, issues);
      if (cost !== undefined) source.cost = cost;
    }
    if (valueOfProfile !== undefined) {
      const value = checkedMeasure(valueOfProfile(profile, index), [index, "value"], MAX_CANDIDATE_VALUE, issues);
      if (value !== undefined) source.value = value;
    }
    sources.push(source);
  }
  if (issues.length > 0) throw new InfluencerInputError(issues);

  const built = buildCandidates(sources, costOfProfile !== undefined, valueOfProfile !== undefined, typeof audienceSize === "number" ? audienceSize : undefined);
  const notes = [
    built.costBasis === "costOfProfile" ? "cost: from costOfProfile" : `cost: expected fair flat fee for one post in ${feeOptions.currency}, rounded to the cent (estimateFlatFee)`,
    VALUE_NOTES[built.valueBasis],
    // The default audience is the candidates' sum: without a candidate there is none, not an audience of 0 people.
    `reach: ${audienceSize === undefined && built.candidates.length === 0 ? "no candidate, so no audience" : `expected impressions ÷ an audience of ${formatAmount(built.audienceSize)}`}${audienceSize === undefined ? " (the sum of every candidate's expected impressions)" : ""}`,
  ];
  if (errors.length > 0) notes.push(`left out, failed validation (see errors): ${listPositions(errors.map((error) => error.index))}`);
  for (const reason of new Set(built.skipped.map((entry) => entry.reason))) {
    notes.push(`left out, ${reason}: ${listIds(built.skipped.filter((entry) => entry.reason === reason).map((entry) => entry.id))}`);
  }
  return {
    candidates: built.candidates,
    costBasis: built.costBasis,
    valueBasis: built.valueBasis,
    currency: built.costBasis === "costOfProfile" ? undefined : feeOptions.currency,
    notes,
    skipped: new Map(built.skipped.map((entry) => [entry.id, entry.reason])),
    errors,
    failed,
    unreadable,
  };
}
