// Property specs of the report area: scoreInfluencer, scoreInfluencers, scoreInfluencersStream.
import { fc } from "@fast-check/vitest";
import { expect } from "vitest";
import {
  classifyTier,
  scoreInfluencer,
  scoreInfluencers,
  scoreInfluencersStream,
  type InfluencerProfileInput,
  type InfluencerReport,
  type InputWarning,
  type ScoreInfluencerOptions,
} from "../../../src/index.js";
import { hostileVariant, optional, optionalLeaf, profile, reportOptions, type Shape } from "../../arbitraries/index.js";
import { collect, defineSpec, mixedRows, type Spec } from "../harness.js";
import { badRow, badRows, profileAndOptionsHostile, rawAndParsed, reorderedProfile } from "./common.js";
import { compareShape } from "./compensation.js";
import { alignEngagement, engagementShape } from "./engagement.js";
import { expectTrustRange, trustFields } from "./trust.js";

const options: fc.Arbitrary<ScoreInfluencerOptions | undefined> = optional(reportOptions);

/** The report's options broken: the object itself, or one field (paths start with the model's name). */
const reportShape: Shape = {
  kind: "object",
  fields: {
    tierScheme: optionalLeaf(fc.constantFrom("", "Standard", "toString", 5, true)),
    engagement: engagementShape,
    // The report replaces trust's engagement options with its own; the rest is checked.
    trust: { kind: "object", fields: Object.fromEntries(Object.entries(trustFields).filter(([key]) => key !== "engagement")) },
    compensation: compareShape,
  },
};

/** Good rows with bad options, or rows that are not a list: the batch functions check them once and throw. */
const badBatchOptions = fc.oneof(
  fc
    .tuple(fc.array(profile, { maxLength: 2 }), hostileVariant(options.map((settings) => settings ?? {}), reportShape))
    .map(([inputs, bad]) => ({ args: [inputs, bad.value], path: bad.path })),
  badRows.map((bad) => ({ args: [bad, undefined], path: [] })),
);

/** Rows and options for the batch functions: valid options, rows good and bad. */
const batchRows = mixedRows(profile, badRow, 4).map(({ rows, bad }) => ({ args: [rows, undefined] as const, bad }));

/** A report read back in the original post order: engagement outliers and post warnings point at posts. */
function alignReport(report: InfluencerReport, order: readonly number[]): InfluencerReport {
  const warnings = report.warnings
    .map((warning) => {
      const at = warning.path[1];
      if (warning.path[0] !== "posts" || typeof at !== "number") return warning;
      const original = order[at] ?? -1;
      // Every position the message names (duplicate_post names two) is mapped back.
      const message = warning.message.replace(/posts\[(\d+)\]/gu, (_text, index: string) => `posts[${order[Number(index)] ?? -1}]`);
      return { ...warning, path: ["posts", original, ...warning.path.slice(2)], message };
    })
    .sort((left, right) => Number(left.path[1] ?? 0) - Number(right.path[1] ?? 0));
  return { ...report, engagement: alignEngagement(report.engagement, order), warnings };
}

/**
 * `duplicate_post` warnings as input order would give them: which copy of a
 * repeated post comes first depends on the order, so each group of copies is
 * rewritten as its lowest position repeated by the others.
 */
function canonicalDuplicates(warnings: readonly InputWarning[]): InputWarning[] {
  const groups = new Map<number, Set<number>>();
  for (const warning of warnings) {
    if (warning.code !== "duplicate_post") continue;
    const first = Number(/repeats posts\[(\d+)\]$/u.exec(warning.message)?.[1]);
    groups.set(first, (groups.get(first) ?? new Set([first])).add(Number(warning.path[1])));
  }
  const rewritten = [...groups.values()].flatMap((members) => {
    const [lowest, ...others] = [...members].sort((left, right) => left - right);
    return others.map((index): InputWarning => ({ path: ["posts", index], code: "duplicate_post", message: `posts[${index}]: repeats posts[${lowest}]` }));
  });
  const position = (warning: InputWarning): number => (warning.path[0] === "posts" ? Number(warning.path[1]) : Number.MAX_SAFE_INTEGER);
  // A post's duplicate_post comes before its other warnings, as parseProfile lists them.
  return [...rewritten, ...warnings.filter((warning) => warning.code !== "duplicate_post")].sort((left, right) => position(left) - position(right));
}

/**
 * What may differ by design when posts are reordered: the `history_unsorted`
 * warning, which says whether the history was given in date order (and so
 * its code in the reason that lists the warnings' codes), and which copy of a
 * repeated post is the first (`duplicate_post`). The codes themselves are
 * listed alphabetically, so their order is not normalized.
 */
function normalizeReport(report: InfluencerReport): InfluencerReport {
  const warnings = canonicalDuplicates(report.warnings.filter((warning) => warning.code !== "history_unsorted"));
  const reasons = report.reasons.flatMap((reason) => {
    const listed = /^Input warnings: (.*) \(see warnings\)\.$/u.exec(reason)?.[1];
    if (listed === undefined) return [reason];
    const codes = listed.split(", ").filter((code) => code !== "history_unsorted");
    return codes.length === 0 ? [] : [`Input warnings: ${codes.join(", ")}`];
  });
  return { ...report, warnings, reasons };
}

function checkReport(report: InfluencerReport, input: InfluencerProfileInput, settings: ScoreInfluencerOptions | undefined): void {
  expect([report.platform, report.followers]).toStrictEqual([input.platform, input.followers]);
  expect(report.tier).toStrictEqual(classifyTier(input.followers, settings?.tierScheme === undefined ? undefined : { scheme: settings.tierScheme, platform: input.platform }));
  expect(report.reasons.length).toBeGreaterThan(0);
  // The report carries the trust score as scoreTrust returns it, range included.
  expectTrustRange(report.trust);
}

export const reportSpecs: Readonly<Record<string, Spec>> = {
  scoreInfluencer: defineSpec({
    area: "report",
    fn: scoreInfluencer,
    call: (input: InfluencerProfileInput, settings?: ScoreInfluencerOptions) => scoreInfluencer(input, settings),
    valid: fc.tuple(profile, options),
    check: (report, [input, settings]) => { checkReport(report, input, settings); },
    hostile: profileAndOptionsHostile(options.map((settings) => settings ?? {}), reportShape),
    reorder: { what: "the posts and the follower history", inputs: reorderedProfile(options), align: alignReport, normalize: normalizeReport },
    sameAs: { what: "for a profile from parseProfile as for the raw profile", inputs: rawAndParsed(options) },
  }),

  scoreInfluencers: defineSpec({
    area: "report",
    fn: scoreInfluencers,
    call: (inputs: readonly unknown[], settings?: ScoreInfluencerOptions) => scoreInfluencers(inputs, settings),
    valid: fc.tuple(fc.array(profile, { maxLength: 3 }), options),
    check: (result, [inputs, settings]) => {
      expect(result.errors).toStrictEqual([]);
      expect(result.reports.map((row) => row.index)).toStrictEqual(inputs.map((_, index) => index));
      // A row is scored as on its own (the first row; every row would double the cost of the run).
      const [first] = result.reports;
      if (first) expect(first.report).toStrictEqual(scoreInfluencer(inputs[0] as InfluencerProfileInput, settings));
    },
    hostile: badBatchOptions,
    batch: { rows: batchRows, errors: (result) => result.errors, good: (result) => result.reports.map((row) => row.index) },
  }),

  scoreInfluencersStream: defineSpec({
    area: "report",
    fn: scoreInfluencersStream,
    call: (inputs: readonly unknown[], settings?: ScoreInfluencerOptions) => collect(scoreInfluencersStream(inputs, settings)),
    valid: fc.tuple(fc.array(profile, { maxLength: 3 }), options),
    check: (rows, [inputs]) => {
      expect(rows.map((row) => row.index)).toStrictEqual(inputs.map((_, index) => index));
      expect(rows.every((row) => "report" in row)).toBe(true);
    },
    hostile: badBatchOptions,
    batch: {
      rows: batchRows,
      errors: (rows) => rows.filter((row) => "issues" in row),
      good: (rows) => rows.filter((row) => "report" in row).map((row) => row.index),
    },
  }),
};
