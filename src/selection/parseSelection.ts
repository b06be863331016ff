import * as z from "zod/mini";
import { InfluencerInputError, type InputIssue, type InputIssueCode } from "../schemas/InfluencerInputError.js";
import { boundedNonNegativeNumber, boundedPositiveNumber, fraction, nonNegativeInt, oneOf, text } from "../schemas/fields.js";
import { toInputIssues } from "../schemas/parseInput.js";
import { describeValue, formatPath } from "../schemas/issueText.js";
import { formatAmountApart, listIds } from "./format.js";
import type { IndexedOverlap } from "./reachModel.js";
import { PLATFORM_IDS, TIER_IDS, type Platform, type TierId } from "./types.js";
import { candidateAt, reachOf } from "./arrays.js";
import type { ProfileCandidates } from "./fromProfiles.js";
import type { SelectionCostBasis, SelectionValueBasis } from "./profileCandidates.js";
import { optionField } from "./optionField.js";
import type { TrustScoreRange } from "../trust/trustScoreRange.js";
import type { RowError } from "../schemas/parseProfile.js";

/**
 * A validated candidate.
 *
 * @internal
 */
export interface ParsedCandidate {
  readonly id: string;
  readonly cost: number;
  readonly value: number;
  readonly reach?: number | undefined;
  readonly tier?: TierId | undefined;
  readonly platform?: Platform | undefined;
  readonly trust?: number | undefined;
  readonly trustRange?: TrustScoreRange | undefined;
  readonly group?: string | undefined;
}

/**
 * Validated selection options, with defaults applied and overlaps resolved
 * to candidate indices.
 *
 * @internal
 */
export interface ParsedSelection {
  readonly candidates: readonly ParsedCandidate[];
  readonly budget: number;
  readonly objective: "value" | "reach";
  readonly maxCount: number | undefined;
  readonly minTrust: number | undefined;
  readonly maxPerTier: number | Readonly<Partial<Record<TierId, number>>> | undefined;
  readonly maxPerGroup: number | Readonly<Record<string, number>> | undefined;
  /** Required candidate indices, without repeats, in input order. */
  readonly required: readonly number[];
  /** Excluded candidate indices (unknown ids are ignored). */
  readonly excluded: ReadonlySet<number>;
  readonly overlaps: readonly IndexedOverlap[];
  readonly currency: string | undefined;
  readonly maxSearchNodes: number;
  /** Where the candidates' costs came from. */
  readonly costBasis: SelectionCostBasis;
  /** Where the candidates' values came from. */
  readonly valueBasis: SelectionValueBasis;
  /** How candidates were built from profiles, and overlaps left out with a profile that failed validation (empty for the candidate form). */
  readonly sourceNotes: readonly string[];
  /** The profiles that failed validation (empty for the candidate form). */
  readonly errors: readonly RowError[];
  /** Why a required id names no candidate when it names (or may name) a profile that failed validation: infeasibility reasons. */
  readonly unavailable: readonly string[];
}

/** Default node limit of the branch-and-bound search. */
const DEFAULT_MAX_SEARCH_NODES = 1_000_000;

/**
 * The largest value a candidate may have: 10²⁰, above any count of
 * impressions or conversions a profile can give (followers are safe integers,
 * below 10¹⁶), so that the sums of values a result reports stay finite
 * (values near 10³⁰⁸ added up to Infinity). @internal
 */
export const MAX_CANDIDATE_VALUE = 1e20;

/**
 * The largest cost or budget: 10²⁰, so that a cost in millionth ticks stays
 * finite (a cost and a budget of 10³⁰⁸ made the search run for ever). @internal
 */
export const MAX_CANDIDATE_COST = 1e20;

interface RawOverlap {
  readonly a: string;
  readonly b: string;
  readonly shared: number;
}

interface RawOptions {
  readonly budget: number;
  readonly objective?: "value" | "reach" | undefined;
  readonly maxCount?: number | undefined;
  readonly minTrust?: number | undefined;
  readonly maxPerTier?: unknown;
  readonly maxPerGroup?: unknown;
  readonly require?: readonly string[] | undefined;
  readonly exclude?: readonly string[] | undefined;
  readonly overlap?: readonly RawOverlap[] | undefined;
  readonly currency?: string | undefined;
  readonly maxSearchNodes?: number | undefined;
}

/**
 * Every option key of {@link selectInfluencers} and {@link compareStrategies},
 * the profile form's included: any other key is an issue at its own path.
 *
 * @internal
 */
export const SELECTION_OPTION_KEYS = [
  "budget",
  "objective",
  "maxCount",
  "minTrust",
  "maxPerTier",
  "maxPerGroup",
  "require",
  "exclude",
  "overlap",
  "currency",
  "maxSearchNodes",
  "costOfProfile",
  "valueOfProfile",
  "compensation",
  "audienceSize",
  "tierScheme",
  "engagement",
  "trust",
  "now",
] as const;

let candidatesSchema: z.ZodMiniType<ParsedCandidate[]> | undefined;
let optionsSchema: z.ZodMiniType<RawOptions> | undefined;
let idSchema: z.ZodMiniType<string> | undefined;
let trustSchema: z.ZodMiniType<number> | undefined;
let trustRangeSchema: z.ZodMiniType<TrustScoreRange> | undefined;
let objectiveSchema: z.ZodMiniType<"value" | "reach"> | undefined;
let idListSchema: z.ZodMiniType<string[]> | undefined;
let overlapsSchema: z.ZodMiniType<RawOverlap[]> | undefined;
let limitSchema: z.ZodMiniType<number> | undefined;
let tierLimitsSchema: z.ZodMiniType<Partial<Record<TierId, number>>> | undefined;
let groupLimitsSchema: z.ZodMiniType<Record<string, number>> | undefined;

/**
 * Parses a `maxPerTier` or `maxPerGroup` value: one non-negative integer, or
 * an object of them validated by `limitsSchema`. Paths start at `key`;
 * issues go to `issues`.
 */
function parseLimits<T>(
  value: unknown,
  key: string,
  limitsSchema: z.ZodMiniType<T>,
  issues: InputIssue[],
  allowedKeys?: readonly string[] | undefined,
): number | T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "number") {
    limitSchema ??= nonNegativeInt();
    return parseInto(limitSchema, value, [key], issues);
  }
  if (allowedKeys !== undefined && typeof value === "object" && value !== null && !Array.isArray(value)) {
    // Name the unknown key itself (zod's record check reports only "received an object" at `key`).
    const unknown = Object.keys(value).filter((name) => !allowedKeys.includes(name));
    if (unknown.length > 0) {
      const expected = `expected a key that is one of ${allowedKeys.map((name) => `"${name}"`).join(", ")}`;
      for (const name of unknown) issues.push(issue([key, name], "invalid_value", expected, name));
      return undefined;
    }
  }
  const limits = parseInto(limitsSchema, withoutSymbolKeys(value), [key], issues);
  // zod's record skips an own "__proto__" key (from JSON.parse), so a group named "__proto__" would lose its cap
  // unchecked: check it here and put it back as a plain key.
  if (typeof value === "object" && value !== null && Object.hasOwn(value, "__proto__")) {
    limitSchema ??= nonNegativeInt();
    const limit = parseInto(limitSchema, (value as Record<string, unknown>)["__proto__"], [key, "__proto__"], issues);
    if (typeof limits === "object" && limits !== null && limit !== undefined) {
      Object.defineProperty(limits, "__proto__", { value: limit, enumerable: true, writable: true, configurable: true });
    }
  }
  return limits;
}

/**
 * `value` without its own symbol keys. Tier and group names are strings, so a
 * symbol key names no tier or group: it is ignored, as `JSON.stringify` and
 * `Object.keys` ignore it (and as the selection ignores symbol keys on
 * candidates and options), rather than reported under a path that could only
 * read `Symbol(…)`. The copy keeps the prototype, so the schema still refuses
 * what it refused before (a `Map`, a class instance); values are read once.
 * No copy without a symbol key.
 */
function withoutSymbolKeys(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value) || Object.getOwnPropertySymbols(value).length === 0) return value;
  const copy = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  for (const name of Object.keys(value)) {
    // defineProperty, not assignment: an own "__proto__" key (from JSON.parse) stays a plain key
    Object.defineProperty(copy, name, { value: (value as Record<string, unknown>)[name], enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

function getTierLimitsSchema(): z.ZodMiniType<Partial<Record<TierId, number>>> {
  tierLimitsSchema ??= z.partialRecord(oneOf(TIER_IDS), nonNegativeInt(), {
    error: "expected a non-negative integer or an object of limits per tier (nano, micro, mid, macro, mega)",
  });
  return tierLimitsSchema;
}

function getGroupLimitsSchema(): z.ZodMiniType<Record<string, number>> {
  groupLimitsSchema ??= z.record(z.string({ error: "expected a group name" }), nonNegativeInt(), {
    error: "expected a non-negative integer or an object of limits per group",
  });
  return groupLimitsSchema;
}

function trustScore(): z.ZodMiniType<number> {
  const error = "expected a number between 0 and 100";
  return z.number({ error }).check(z.gte(0, { error }), z.lte(100, { error }));
}

function getTrustRangeSchema(): z.ZodMiniType<TrustScoreRange> {
  trustRangeSchema ??= z.object({ lower: trustScore(), upper: trustScore() }, { error: "expected a trust range object with lower and upper" });
  return trustRangeSchema;
}

function getIdListSchema(): z.ZodMiniType<string[]> {
  idListSchema ??= z.array(text(), { error: "expected an array of candidate ids" });
  return idListSchema;
}

function getOverlapsSchema(): z.ZodMiniType<RawOverlap[]> {
  overlapsSchema ??= z.array(
    z.object(
      { a: text(), b: text(), shared: fraction() },
      { error: "expected an overlap object with a, b and shared" },
    ),
    { error: "expected an array of overlaps" },
  );
  return overlapsSchema;
}

function getCandidatesSchema(): z.ZodMiniType<ParsedCandidate[]> {
  candidatesSchema ??= z.array(
    z.object(
      {
        id: text(),
        cost: boundedPositiveNumber(MAX_CANDIDATE_COST),
        value: boundedNonNegativeNumber(MAX_CANDIDATE_VALUE),
        reach: z.optional(fraction()),
        tier: z.optional(oneOf(TIER_IDS)),
        platform: z.optional(oneOf(PLATFORM_IDS)),
        trust: z.optional(trustScore()),
        trustRange: z.optional(getTrustRangeSchema()),
        group: z.optional(text()),
      },
      { error: "expected a candidate object with id, cost and value" },
    ),
    { error: "expected an array of candidates" },
  );
  return candidatesSchema;
}

function getOptionsSchema(): z.ZodMiniType<RawOptions> {
  optionsSchema ??= z.object(
    {
      budget: boundedPositiveNumber(MAX_CANDIDATE_COST),
      objective: z.optional(oneOf(["value", "reach"])),
      maxCount: z.optional(nonNegativeInt()),
      minTrust: z.optional(trustScore()),
      maxPerTier: z.optional(z.unknown()),
      maxPerGroup: z.optional(z.unknown()),
      require: z.optional(getIdListSchema()),
      exclude: z.optional(getIdListSchema()),
      overlap: z.optional(getOverlapsSchema()),
      currency: z.optional(
        z.string({ error: "expected an ISO 4217 currency code" }).check(
          z.regex(/^[A-Z]{3}$/, { error: "expected an ISO 4217 currency code" }),
        ),
      ),
      maxSearchNodes: z.optional(
        z.int({ error: "expected a positive integer" }).check(z.gte(1, { error: "expected a positive integer" })),
      ),
    },
    { error: "expected an options object with a budget" },
  );
  return optionsSchema;
}

function issue(path: readonly (string | number)[], code: InputIssueCode, expected: string, received: unknown): InputIssue {
  return { path, code, message: `${formatPath(path)}: ${expected}, received ${describeValue(received)}` };
}

/** Parses `value` with `schema`, adding any issues (paths under `prefix`) to `issues` instead of throwing. */
function parseInto<T>(schema: z.ZodMiniType<T>, value: unknown, prefix: readonly (string | number)[], issues: InputIssue[]): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  issues.push(...toInputIssues(result.error.issues, value, prefix));
  return undefined;
}

/** The part `key` of `value` when `schema` accepts it on its own, else `undefined`; its issues are not kept. */
function validPart<T>(schema: z.ZodMiniType<T>, value: unknown, key: string): T | undefined {
  const result = schema.safeParse(optionField(value, key));
  return result.success ? result.data : undefined;
}

/**
 * Each candidate's id when the id itself is valid, else `undefined`: for the
 * id checks when another field of the candidates is invalid. Read as the
 * schema reads it (`candidate.id`).
 */
function validIds(candidates: unknown): (string | undefined)[] {
  if (!Array.isArray(candidates)) return [];
  idSchema ??= text();
  const schema = idSchema;
  return Array.from(candidates as readonly unknown[], (candidate) => validPart(schema, candidate, "id"));
}

/**
 * Checks what the candidate schema cannot see of a `trustRange`: it comes
 * with a `trust` score, and holds it (`lower ≤ trust ≤ upper`). Issues at
 * `candidates[i].trust` and `candidates[i].trustRange`. Reads each
 * candidate's two fields when they are valid on their own (the schema
 * reports them otherwise), so these issues come with those of other fields
 * and candidates, in one throw.
 */
function checkTrustRanges(candidates: unknown, issues: InputIssue[]): void {
  if (!Array.isArray(candidates)) return;
  const rangeSchema = getTrustRangeSchema();
  trustSchema ??= trustScore();
  const scoreSchema = trustSchema;
  (candidates as readonly unknown[]).forEach((candidate, index) => {
    const trustRange = validPart(rangeSchema, candidate, "trustRange");
    if (trustRange === undefined) return;
    if (optionField(candidate, "trust") === undefined) {
      issues.push(issue(["candidates", index, "trust"], "invalid_type", "expected a number between 0 and 100 when trustRange is given", undefined));
      return;
    }
    const trust = validPart(scoreSchema, candidate, "trust");
    if (trust !== undefined && !(trustRange.lower <= trust && trust <= trustRange.upper)) {
      issues.push(issue(["candidates", index, "trustRange"], "invalid_value", `expected lower ≤ trust (${trust}) ≤ upper`, trustRange));
    }
  });
}

/** Relative slack for the overlap range checks. */
const OVERLAP_TOLERANCE = 1e-12;

/**
 * Absolute slack of the lower overlap bound, in units of `Number.EPSILON ×
 * max(1, r_a + r_b)`: the bound `r_a + r_b − 1` is computed, and rounding the
 * sum moves it by up to half a unit (the `− 1` is exact), far more than a
 * relative 1e-12 of a small bound (1 + 0.00001 − 1 = 0.000010000000000065512);
 * a caller's own computation of it (`r_a − (1 − r_b)`,
 * `1 − ((1 − r_a) + (1 − r_b))`) is off by up to one unit more.
 */
const OVERLAP_SUM_ROUNDING = 2;

/**
 * Absolute slack of the upper overlap bound, in units of `Number.EPSILON`
 * (reaches are at most 1, so a unit is 2^-52 itself): the bound `min(r_a, r_b)`
 * is exact, but a caller's own computation of a reach is not, and its rounding
 * near 1 moves it by up to half a unit, far more than a relative 1e-12 of a
 * small reach (one creator's combined reach, 1 − (1 − 0.000001), is
 * 0.0000010000000000287557, 2.9e-11 of 0.000001 above it); the second unit
 * covers a caller who computes it another way.
 */
const OVERLAP_REACH_ROUNDING = 2;

/**
 * Why `id` names no candidate when it names, or may name, a profile that
 * failed validation ("the profile at [2] failed validation"): the id that
 * profile would have had, or any id when some profile failed without a
 * readable `id` or `handle`. `undefined` when it cannot (then the id is an
 * input error).
 */
function failedProfileOf(id: string, fromProfiles: ProfileCandidates | undefined): string | undefined {
  // A profile left out (no fee) is valid: its id is known, so it is not one of the unreadable ones.
  if (fromProfiles === undefined || fromProfiles.skipped.has(id)) return undefined;
  const index = fromProfiles.failed.get(id);
  if (index !== undefined) return `the profile at [${index}] failed validation`;
  const { unreadable } = fromProfiles;
  if (unreadable.length === 0) return undefined;
  const where = unreadable.length === 1 ? "the profile at" : "one of the profiles at";
  return `it may be ${where} ${listIds(unreadable.map(String), (position) => `[${position}]`)}, which failed validation without a readable id`;
}

/**
 * The notes on overlaps left out, each overlap given as its position and
 * why each id it names is no candidate (`"@ana" is no candidate: …`, one text
 * per id). An overlap joins the first note that already gives one of its
 * reasons, adding those no note gives yet, or else starts a note: so each
 * reason is given once and each overlap listed once ("overlap[0], overlap[2]
 * left out: …"), and an overlap that shares no failed id with an earlier one
 * has a note of its own, worded as when each overlap had one. O(k²) for k
 * overlaps left out.
 */
function leftOutNotes(leftOut: readonly { readonly position: number; readonly whys: readonly string[] }[]): string[] {
  const notes: { readonly names: string[]; readonly whys: string[] }[] = [];
  for (const { position, whys } of leftOut) {
    // The first note that gives one of its reasons, else a new one; with the reasons no note gives yet.
    let note = notes.find((earlier) => whys.some((why) => earlier.whys.includes(why)));
    const fresh = whys.filter((why) => !notes.some((earlier) => earlier.whys.includes(why)));
    if (note === undefined) notes.push((note = { names: [], whys: [] }));
    note.names.push(`overlap[${position}]`);
    note.whys.push(...new Set(fresh));
  }
  return notes.map((note) => `${listIds(note.names, String)} left out: ${note.whys.join("; ")} (see errors)`);
}

function checkOverlaps(
  overlap: readonly RawOverlap[],
  candidates: readonly ParsedCandidate[] | undefined,
  indexById: ReadonlyMap<string, number>,
  issues: InputIssue[],
  reachReported: Set<number>,
  fromProfiles: ProfileCandidates | undefined,
  notes: string[],
): IndexedOverlap[] {
  const resolved: IndexedOverlap[] = [];
  const seenPairs = new Map<string, number>();
  const leftOut: { position: number; whys: string[] }[] = [];
  overlap.forEach((entry, position) => {
    const first = indexById.get(entry.a);
    const second = indexById.get(entry.b);
    // An id of a profile that failed validation names no candidate, but is no mistake of the caller's: the pair
    // is left out with a note, and the bad profile is in `errors` (a bad row never throws).
    const failed = (["a", "b"] as const).flatMap((key) => {
      if (indexById.has(entry[key])) return [];
      const why = failedProfileOf(entry[key], fromProfiles);
      if (why === undefined) issues.push(issue(["overlap", position, key], "invalid_value", "expected the id of a candidate", entry[key]));
      return [why === undefined ? undefined : `${JSON.stringify(entry[key])} is no candidate: ${why}`];
    });
    if (first === undefined || second === undefined) {
      // Noted once every overlap is read (leftOutNotes): a reason is given once, however many overlaps name its id.
      if (failed.every((why) => why !== undefined)) leftOut.push({ position, whys: failed });
      return;
    }
    if (first === second) {
      issues.push(issue(["overlap", position, "b"], "invalid_value", "expected an id different from a", entry.b));
      return;
    }
    const key = first < second ? `${first}:${second}` : `${second}:${first}`;
    const earlier = seenPairs.get(key);
    if (earlier !== undefined) {
      issues.push(issue(["overlap", position, "b"], "invalid_value", `expected a pair not already given in overlap[${earlier}]`, entry.b));
      return;
    }
    seenPairs.set(key, position);
    if (candidates === undefined) return; // an invalid candidate: its reach is checked once the candidates are valid
    let hasReaches = true;
    for (const index of [first, second]) {
      if (candidateAt(candidates, index).reach !== undefined) continue;
      hasReaches = false;
      if (reachReported.has(index)) continue;
      reachReported.add(index);
      issues.push(issue(["candidates", index, "reach"], "invalid_type", "expected a number between 0 and 1 for a candidate in overlap", undefined));
    }
    if (!hasReaches) return;
    const firstReach = reachOf(candidateAt(candidates, first));
    const secondReach = reachOf(candidateAt(candidates, second));
    const most = Math.min(firstReach, secondReach);
    const sum = firstReach + secondReach;
    const least = Math.max(0, sum - 1);
    // The bound is written with as many digits as it takes to read differently from the value refused, which is
    // written exactly: at 6 decimals, a bound of 0.5000001 read "expected at least 0.5, received 0.5".
    const bound = (limit: number): string => formatAmountApart(limit, entry.shared, 6)[0];
    // The relative slack as before, or the absolute one when larger (a small reach): never less than either.
    if (entry.shared > Math.max(most * (1 + OVERLAP_TOLERANCE), most + OVERLAP_REACH_ROUNDING * Number.EPSILON)) {
      issues.push(issue(["overlap", position, "shared"], "too_big", `expected at most ${bound(most)} (the smaller reach of the pair)`, entry.shared));
    } else if (entry.shared < least - Math.max(least * OVERLAP_TOLERANCE, OVERLAP_SUM_ROUNDING * Number.EPSILON * Math.max(1, sum))) {
      issues.push(issue(["overlap", position, "shared"], "too_small", `expected at least ${bound(least)} (the sum of the pair's reaches minus 1)`, entry.shared));
    } else {
      resolved.push({ first, second, shared: Math.min(most, Math.max(least, entry.shared)) });
    }
  });
  notes.push(...leftOutNotes(leftOut));
  return resolved;
}

/**
 * Validates candidates and selection options once, at the public boundary.
 * Field errors come from the schemas; this also checks what a schema cannot
 * see: unique ids, a `trustRange` with a `trust` inside it, required ids that exist and are not excluded, reach on
 * every candidate for the reach objective, and overlaps between known
 * candidates within the range their reaches allow. The id checks run even
 * when other fields are invalid (with the valid ids and id options), so
 * they are reported with the field errors; the reach checks need every
 * candidate valid. O(n + ids + overlaps).
 *
 * @param candidates - Candidates as given by the caller.
 * @param options - Options as given by the caller.
 * @param fromProfiles - Candidates already built from profiles, used instead of `candidates`.
 * @param optionIssues - Problems with the options that the caller found itself (an option its
 *   function does not take), reported after the other option fields' problems.
 * @returns The parsed problem.
 * @throws {@link InfluencerInputError} listing every problem, candidates first.
 * @internal
 */
export function parseSelection(
  candidates: unknown,
  options: unknown,
  fromProfiles?: ProfileCandidates | undefined,
  optionIssues: readonly InputIssue[] = [],
): ParsedSelection {
  const issues: InputIssue[] = [];
  const parsedCandidates = fromProfiles === undefined ? parseInto(getCandidatesSchema(), candidates, ["candidates"], issues) : fromProfiles.candidates;
  if (fromProfiles === undefined) checkTrustRanges(candidates, issues);
  // The id checks need only the ids (and below, the id options), so they run even when another field of the
  // candidates or options is invalid: every problem of the call is reported in one throw, candidates first.
  const indexById = new Map<string, number>();
  (parsedCandidates?.map((candidate) => candidate.id) ?? validIds(candidates)).forEach((id, index) => {
    if (id === undefined) return;
    const earlier = indexById.get(id);
    if (earlier === undefined) indexById.set(id, index);
    else issues.push(issue(["candidates", index, "id"], "invalid_value", `expected an id not already used by candidates[${earlier}]`, id));
  });
  const parsedOptions = parseInto(getOptionsSchema(), options, [], issues);
  issues.push(...optionIssues);
  const feeCurrency = fromProfiles?.currency;
  if (feeCurrency !== undefined && parsedOptions?.currency !== undefined && parsedOptions.currency !== feeCurrency) {
    issues.push(issue(["currency"], "invalid_value", `expected ${feeCurrency}, the currency of the estimated fees`, parsedOptions.currency));
  }
  // The limits are checked even when another option is invalid, so every issue is reported at once.
  const maxPerTier = parseLimits(optionField(options, "maxPerTier"), "maxPerTier", getTierLimitsSchema(), issues, TIER_IDS);
  const maxPerGroup = parseLimits(optionField(options, "maxPerGroup"), "maxPerGroup", getGroupLimitsSchema(), issues);

  // The id options valid on their own when another option is not; the reach checks need valid candidates.
  const idOptions = parsedOptions ?? {
    require: validPart(getIdListSchema(), options, "require"),
    exclude: validPart(getIdListSchema(), options, "exclude"),
    overlap: validPart(getOverlapsSchema(), options, "overlap"),
  };
  objectiveSchema ??= oneOf(["value", "reach"]);
  const objective = parsedOptions?.objective ?? validPart(objectiveSchema, options, "objective") ?? "value";
  const reachReported = new Set<number>();
  if (objective === "reach") {
    // Also when another candidate or option is invalid, so every problem is reported in one throw: a candidate
    // object without a reach (one that is not an object, or whose reach is invalid, is reported by the schema).
    const list: readonly unknown[] = parsedCandidates ?? (Array.isArray(candidates) ? candidates : []);
    list.forEach((candidate, index) => {
      if (typeof candidate !== "object" || candidate === null || Array.isArray(candidate) || optionField(candidate, "reach") !== undefined) return;
      reachReported.add(index);
      issues.push(issue(["candidates", index, "reach"], "invalid_type", 'expected a number between 0 and 1 when objective is "reach"', undefined));
    });
  }

  const required: number[] = [];
  const requiredIds = new Set<string>();
  const unavailable: string[] = [];
  (idOptions.require ?? []).forEach((id, position) => {
    const index = indexById.get(id);
    if (index !== undefined) {
      if (!requiredIds.has(id)) required.push(index);
      requiredIds.add(id);
      return;
    }
    if (requiredIds.has(id)) return; // a repeated id of a profile that failed validation: said once
    const failed = failedProfileOf(id, fromProfiles);
    if (failed !== undefined) {
      // Not an input error (a bad row never throws), but never ignored: the selection is infeasible, and says why.
      requiredIds.add(id);
      unavailable.push(`required ${JSON.stringify(id)} is no candidate: ${failed} (see errors)`);
      return;
    }
    const skipped = fromProfiles?.skipped.get(id);
    const expected = skipped === undefined ? "expected the id of a candidate" : `expected the id of a candidate, not of a profile left out (${skipped})`;
    issues.push(issue(["require", position], "invalid_value", expected, id));
  });

  const excluded = new Set<number>();
  (idOptions.exclude ?? []).forEach((id, position) => {
    if (requiredIds.has(id)) {
      issues.push(issue(["exclude", position], "invalid_value", "expected an id that is not also in require", id));
      return;
    }
    const index = indexById.get(id);
    if (index !== undefined) excluded.add(index);
  });

  const overlapNotes: string[] = [];
  const overlaps = checkOverlaps(idOptions.overlap ?? [], parsedCandidates, indexById, issues, reachReported, fromProfiles, overlapNotes);
  if (parsedCandidates === undefined || parsedOptions === undefined || issues.length > 0) throw new InfluencerInputError(issues);

  return {
    candidates: parsedCandidates,
    budget: parsedOptions.budget,
    objective,
    maxCount: parsedOptions.maxCount,
    minTrust: parsedOptions.minTrust,
    maxPerTier,
    maxPerGroup,
    required: required.sort((left, right) => left - right),
    excluded,
    overlaps,
    currency: parsedOptions.currency ?? feeCurrency,
    maxSearchNodes: parsedOptions.maxSearchNodes ?? DEFAULT_MAX_SEARCH_NODES,
    costBasis: fromProfiles?.costBasis ?? "given",
    valueBasis: fromProfiles?.valueBasis ?? "given",
    sourceNotes: [...(fromProfiles?.notes ?? []), ...overlapNotes],
    errors: fromProfiles?.errors ?? [],
    unavailable,
  };
}
