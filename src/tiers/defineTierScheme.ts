import { InfluencerInputError, type InputIssue } from "../schemas/InfluencerInputError.js";
import { TIER_BANDS } from "./tierBands.js";
import { checkOptionKeys } from "../schemas/checkArguments.js";
import { describeArrayLength } from "../schemas/issueText.js";
import { countIssue, expectedOneOf, inputIssue } from "./tierIssues.js";
import { TIER_IDS, type TierBand, type TierId, type TierScheme } from "./tierSchemes.js";

/**
 * One band as you write it for {@link defineTierScheme}: the tier it counts
 * as and the follower count where it starts. The band ends where the next
 * one starts. Every {@link TierBand} is a valid `TierBandInput`, so the bands
 * of a shipped scheme can be copied and edited.
 *
 * @example
 * const band: TierBandInput = { tier: "micro", min: 10_000, label: "Micro" };
 * band.min;
 * // => 10000
 * @category Tiers
 */
export interface TierBandInput {
  /** Which of the five tiers the band counts as; never smaller than the band before's. */
  readonly tier: TierId;
  /** Smallest follower count in the band: a non-negative integer, 0 for the first band. */
  readonly min: number;
  /** Your name for the band, with a visible character (not only spaces); defaults to the tier's (`"Nano"`, `"Micro"`, `"Mid-tier"`, `"Macro"`, `"Mega"`). */
  readonly label?: string | undefined;
  /**
   * Optional check for tables copied from a source that lists both ends:
   * must equal the next band's `min` (bands are contiguous and half-open, so
   * write `50_000`, not `49_999`), and `null` for the last, open-ended band.
   */
  readonly max?: number | null | undefined;
}

/**
 * Name and source of a custom scheme, for {@link defineTierScheme}.
 *
 * @example
 * const meta: TierSchemeMeta = { name: "agency-2026", source: "Our agency, rate card, 2026", year: 2026 };
 * defineTierScheme([{ tier: "nano", min: 0 }], meta).name;
 * // => "agency-2026"
 * @category Tiers
 */
export interface TierSchemeMeta {
  /** Reported as `scheme` in each {@link TierResult}; defaults to `"custom"`. Must not be a shipped scheme's name. */
  readonly name?: string | undefined;
  /** Where the cut-offs come from: `"<publisher>, <title>, <year>"`. */
  readonly source?: string | undefined;
  /** Year the cut-offs were published: a four-digit integer. */
  readonly year?: number | undefined;
  /** Address of the source. */
  readonly url?: string | undefined;
}

/** The keys of {@link TierBandInput} and {@link TierSchemeMeta}: any other is an issue. */
const BAND_KEYS: readonly (keyof TierBandInput)[] = ["tier", "min", "label", "max"];
const META_KEYS: readonly (keyof TierSchemeMeta)[] = ["name", "source", "year", "url"];

/**
 * Text no reader can see: white space (`space` is White_Space: spaces, tabs,
 * newlines, U+00A0, U+3000), control characters and default-ignorable ones
 * (`DI` is Default_Ignorable_Code_Point: zero-width space, joiners, U+FEFF,
 * variation selectors, Hangul fillers). The short names keep the bundle small.
 */
const INVISIBLE = /^[\p{space}\p{Cc}\p{DI}]*$/u;

/**
 * The issue of a label, name, source or url that must be a string with a
 * visible character, or `undefined`: "" and non-strings are `invalid_type`,
 * as before; a string of only white space or invisible characters is as
 * empty to a reader, `invalid_value`.
 *
 * @internal
 */
function textIssue(value: unknown, path: readonly (string | number)[]): InputIssue | undefined {
  if (typeof value !== "string" || value === "") return inputIssue(path, "invalid_type", "expected a non-empty string", value);
  return INVISIBLE.test(value) ? inputIssue(path, "invalid_value", "expected a string with a visible character", value) : undefined;
}

/** Default band labels, by tier. */
const DEFAULT_LABELS: Readonly<Record<TierId, string>> = {
  nano: "Nano",
  micro: "Micro",
  mid: "Mid-tier",
  macro: "Macro",
  mega: "Mega",
};

/**
 * Checks your own tier bands and returns a frozen {@link TierScheme} to pass
 * as `scheme` to {@link classifyTier}.
 *
 * A valid scheme has at least one band; the first starts at 0; each `min` is
 * a non-negative integer above the previous band's `min` (so bands are
 * contiguous and half-open: a band ends where the next begins); tiers never
 * decrease from one band to the next (several bands may share a tier, as
 * IAB UK's "Top" and "VIP" both count as mega); labels, the name, the source
 * and the url have a visible character (not only spaces); labels are unique;
 * and the last band is open-ended. Every problem is reported, each with the
 * path of the offending band. O(number of bands).
 *
 * @param bands - The bands, smallest first.
 * @param meta - Name, source, year and address of the scheme.
 * @returns A deep-frozen scheme with every label filled in.
 * @throws {@link InfluencerInputError} naming each offending band, e.g.
 *   path `["bands", 2, "min"]` when a band does not start above the one before.
 * @example
 * const scheme = defineTierScheme(
 *   [{ tier: "nano", min: 0 }, { tier: "micro", min: 5_000 }, { tier: "mid", min: 25_000 }, { tier: "macro", min: 250_000 }, { tier: "mega", min: 1_000_000 }],
 *   { name: "agency-2026", source: "Our agency, rate card, 2026", year: 2026 },
 * );
 * classifyTier(30_000, { scheme }).tier;
 * // => "mid"
 * @example
 * try {
 *   defineTierScheme([{ tier: "nano", min: 0 }, { tier: "micro", min: 10_000 }, { tier: "mid", min: 10_000 }]);
 * } catch (error) {
 *   (error as InfluencerInputError).issues[0]?.message;
 * }
 * // => "bands[2].min: expected more than 10000 (the previous band's min), received 10000"
 * @category Tiers
 */
export function defineTierScheme(bands: readonly TierBandInput[], meta?: TierSchemeMeta | undefined): TierScheme {
  const issues: InputIssue[] = [];
  const checked: TierBand[] = [];
  if (!Array.isArray(bands)) {
    issues.push(inputIssue(["bands"], "invalid_type", "expected a non-empty array of bands", bands));
  } else if (bands.length === 0) {
    // Named as an empty list, as parseInput names a list whose length is wrong.
    issues.push({ path: ["bands"], code: "too_small", message: `bands: expected a non-empty array of bands, received ${describeArrayLength(bands)}` });
  } else {
    checkBands(bands as readonly unknown[], issues, checked);
  }
  const details: unknown = meta;
  if (details !== undefined && (typeof details !== "object" || details === null || Array.isArray(details))) {
    issues.push(inputIssue([], "invalid_type", "expected an object with name, source, year or url", details));
  }
  checkOptionKeys(details, META_KEYS, issues);
  const name = meta?.name ?? "custom";
  const nameIssue = textIssue(name, ["name"]) ?? (Object.hasOwn(TIER_BANDS, name) ? inputIssue(["name"], "invalid_value", "expected a name no shipped scheme uses", name) : undefined);
  if (nameIssue) issues.push(nameIssue);
  for (const key of ["source", "url"] as const) {
    const issue = meta?.[key] === undefined ? undefined : textIssue(meta[key], [key]);
    if (issue) issues.push(issue);
  }
  const year = meta?.year;
  const yearCode =
    year === undefined ? undefined : typeof year !== "number" || !Number.isInteger(year) ? "invalid_type" : year < 1000 ? "too_small" : year > 9999 ? "too_big" : undefined;
  if (yearCode) issues.push(inputIssue(["year"], yearCode, "expected a four-digit year", year));
  const [first, ...rest] = checked.map((band) => Object.freeze(band));
  if (issues.length > 0 || first === undefined) throw new InfluencerInputError(issues);
  const scheme: { -readonly [Key in keyof TierScheme]: TierScheme[Key] } = { name, bands: Object.freeze([first, ...rest] as const) };
  if (meta?.source !== undefined) scheme.source = meta.source;
  if (meta?.year !== undefined) scheme.year = meta.year;
  if (meta?.url !== undefined) scheme.url = meta.url;
  return Object.freeze(scheme);
}

/**
 * Checks each band against the rules of {@link defineTierScheme}, pushing
 * issues in band order and the well-formed bands (labels filled in) to `checked`.
 *
 * @internal
 */
function checkBands(bands: readonly unknown[], issues: InputIssue[], checked: TierBand[]): void {
  const labels = new Set<string>();
  let previousTier: TierId = "nano";
  let previousMin: number | undefined = undefined;
  // An index loop, not forEach, which skips the holes of a sparse array.
  for (let index = 0; index < bands.length; index++) {
    const value = bands[index];
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      issues.push(inputIssue(["bands", index], "invalid_type", "expected a band object with tier and min", value));
      previousMin = undefined;
      continue;
    }
    const band = value as Partial<Record<keyof TierBandInput, unknown>>;
    checkOptionKeys(band, BAND_KEYS, issues, ["bands", index]);
    const tier = TIER_IDS.find((id) => id === band.tier);
    if (tier === undefined) {
      issues.push(inputIssue(["bands", index, "tier"], "invalid_value", expectedOneOf(TIER_IDS), band.tier));
    } else if (TIER_IDS.indexOf(tier) < TIER_IDS.indexOf(previousTier)) {
      const expected = `expected "${previousTier}" or a larger tier (tiers never decrease)`;
      issues.push(inputIssue(["bands", index, "tier"], "invalid_value", expected, band.tier));
    } else {
      previousTier = tier;
    }
    const minIssue = countIssue(band.min, ["bands", index, "min"]);
    // -0 is a valid 0, stored as 0: a result keeps no -0, which JSON would write as 0.
    const min = minIssue ? undefined : (band.min as number) === 0 ? 0 : (band.min as number);
    if (minIssue) {
      issues.push(minIssue);
    } else if (index === 0 && min !== 0) {
      issues.push(inputIssue(["bands", 0, "min"], "invalid_value", "expected 0 (the first band starts at 0)", min));
    } else if (previousMin !== undefined && min !== undefined && min <= previousMin) {
      issues.push(inputIssue(["bands", index, "min"], "too_small", `expected more than ${previousMin} (the previous band's min)`, min));
    }
    const isDefaultLabel = band.label === undefined;
    const label: unknown = isDefaultLabel ? tier && DEFAULT_LABELS[tier] : band.label;
    const labelIssue = isDefaultLabel ? undefined : textIssue(label, ["bands", index, "label"]);
    if (labelIssue) {
      issues.push(labelIssue);
    } else if (typeof label === "string") {
      if (labels.has(label)) {
        // A default label was not given: say which one clashes rather than report it as the input.
        const expected = isDefaultLabel ? `expected a label of its own, since an earlier band uses this tier's default label "${label}"` : "expected a label no earlier band uses";
        issues.push(inputIssue(["bands", index, "label"], "invalid_value", expected, band.label));
      }
      labels.add(label);
    }
    checkMax(band.max, bands[index + 1], index, index === bands.length - 1, issues);
    if (tier !== undefined && min !== undefined && typeof label === "string") {
      checked.push({ tier, label, min });
    }
    previousMin = min;
  }
}

/**
 * Checks a band's optional `max`: `null` for the last band, the next band's
 * `min` for the others.
 *
 * @internal
 */
function checkMax(max: unknown, next: unknown, index: number, isLast: boolean, issues: InputIssue[]): void {
  if (max === undefined) return;
  const path = ["bands", index, "max"];
  const code = typeof max === "number" || max === null ? "invalid_value" : "invalid_type";
  if (isLast) {
    if (max !== null) issues.push(inputIssue(path, code, "expected null (the last band is open-ended)", max));
    return;
  }
  const nextMin: unknown = typeof next === "object" && next !== null ? (next as { readonly min?: unknown }).min : undefined;
  // Only against a valid next min: an invalid one (-1) is reported on its own, and asking for it here would ask for -1.
  if (typeof nextMin === "number" && countIssue(nextMin, []) === undefined && max !== nextMin) {
    issues.push(inputIssue(path, code, `expected ${nextMin} (the next band's min: bands are half-open and contiguous)`, max));
  }
}
