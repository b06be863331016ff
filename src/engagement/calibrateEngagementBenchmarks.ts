import * as z from "zod/mini";
import { checkRows } from "../schemas/checkArguments.js";
import { nonNegativeInt, optionsObject, text } from "../schemas/fields.js";
import { InfluencerInputError } from "../schemas/InfluencerInputError.js";
import { parseInput } from "../schemas/parseInput.js";
import { ensureProfile, type RowError } from "../schemas/parseProfile.js";
import { PLATFORMS, type Platform } from "../schemas/platform.js";
import { quantileSorted } from "../stats/quantileSorted.js";
import { groupDigits, groupWholePart } from "../text/groupDigits.js";
import { SIZE_BUCKETS, classifySizeBucket, type SizeBucket } from "../tiers/classifySizeBucket.js";
import {
  ENGAGEMENT_BENCHMARKS,
  type EngagementBenchmarkCell,
  type EngagementBenchmarkSeries,
  type EngagementBenchmarkSet,
  type EngagementBenchmarkTable,
} from "./engagementBenchmarks.js";
import { actionMask, ENGAGEMENT_BASES, profileBasis, type EngagementAction, type EngagementBasis } from "./measureEngagementRate.js";
import {
  engagementOptionFields,
  ensureBenchmarkTable,
  isIncreasing,
  MAX_BENCHMARK_RATE,
  MAX_POST_SPREAD,
  MAX_VERSION_LENGTH,
  trustBenchmarkTable,
} from "./engagementSchemas.js";
import { significant } from "../text/significant.js";
import { measureEngagementSample } from "./measureEngagementSample.js";

/**
 * Options for {@link calibrateEngagementBenchmarks}.
 *
 * @category Engagement
 */
export interface CalibrateEngagementBenchmarksOptions {
  /** Denominator for every profile. Defaults to each profile's default basis, as in {@link scoreEngagement}. */
  readonly basis?: EngagementBasis | undefined;
  /** Interactions to count; at least one. Defaults to every count present. */
  readonly actions?: readonly EngagementAction[] | undefined;
  /** Table whose cells are kept where your population is too thin, and whose band percentiles are used. Defaults to {@link ENGAGEMENT_BENCHMARKS}. */
  readonly fallback?: EngagementBenchmarkTable | undefined;
  /** Fewest profiles a cell needs to be calibrated (at least 5). Defaults to 50. */
  readonly minProfilesPerCell?: number | undefined;
  /** `source` written on calibrated cells. Defaults to `"Calibrated from your profiles"`. */
  readonly source?: string | undefined;
  /** `year` written on calibrated cells. Defaults to `null`. */
  readonly year?: number | undefined;
  /**
   * `version` of the new table. Defaults to the fallback's version plus
   * `"+calibrated"`, or, when the fallback was calibrated this way, with the
   * count raised (`"2026.11+calibrated.2"`), so recalibrating does not grow it.
   */
  readonly version?: string | undefined;
  /** `date` of the new table (ISO 8601). Defaults to `null`. */
  readonly date?: string | undefined;
}

/**
 * How one platform × basis × size-bucket cell was filled by {@link calibrateEngagementBenchmarks}.
 *
 * @example
 * const cell: CalibratedCell = { audience: "creators", platform: "instagram", basis: "followers", bucket: "10k-50k", profiles: 12, isCalibrated: false };
 * cell.isCalibrated;
 * // => false
 * @category Engagement
 */
export interface CalibratedCell {
  /** `creators` or `brands`. */
  readonly audience: "creators" | "brands";
  /** Platform of the profiles. */
  readonly platform: Platform;
  /** Basis their rates were computed on. */
  readonly basis: EngagementBasis;
  /** Their size bucket. */
  readonly bucket: SizeBucket;
  /** Profiles with a rate in the cell. */
  readonly profiles: number;
  /** `true` when the cell now holds your population's figures; `false` when the fallback's cell (if any) was kept. */
  readonly isCalibrated: boolean;
}

/**
 * Result of {@link calibrateEngagementBenchmarks}.
 *
 * @category Engagement
 */
export interface CalibrateEngagementBenchmarksResult {
  /** The new table: calibrated cells where there were enough profiles, the fallback's elsewhere. */
  readonly table: EngagementBenchmarkTable;
  /** Every cell your profiles fell in, in platform, basis and size order. */
  readonly cells: readonly CalibratedCell[];
  /** Profiles skipped because no rate could be computed (no posts and no summary, 0 followers…). */
  readonly skipped: number;
  /**
   * Valid profiles left out because their typical rate is above 1,000, the most
   * a benchmark table holds (thousands of interactions per follower or view are
   * counting errors), by position in the input, with the rate and why.
   */
  readonly excluded: readonly { readonly index: number; readonly rate: number; readonly reason: string }[];
  /** Invalid rows, by position in the input; the other rows are still used. */
  readonly errors: readonly RowError[];
}

interface ParsedCalibrateOptions {
  readonly basis?: EngagementBasis | undefined;
  readonly actions?: readonly EngagementAction[] | undefined;
  readonly fallback?: unknown;
  readonly minProfilesPerCell?: number | undefined;
  readonly source?: string | undefined;
  readonly year?: number | undefined;
  readonly version?: string | undefined;
  readonly date?: string | undefined;
}

interface CellData {
  readonly audience: "creators" | "brands";
  readonly platform: Platform;
  readonly basis: EngagementBasis;
  readonly bucket: SizeBucket;
  readonly typicalRates: number[];
  /** (k − 1)·s² per profile with two or more posts. */
  readonly spreadSquares: number[];
  spreadDegrees: number;
}

/**
 * √(Σ(k − 1)s² / Σ(k − 1)), capped at {@link MAX_POST_SPREAD}; 0 when nothing was measured.
 * Sums in ascending order so that the result does not depend on the order of the profiles.
 */
/**
 * The default version of a calibrated table: `version` plus `+calibrated`,
 * or, when `version` already ends with `+calibrated` or `+calibrated.<n>`,
 * the same base with the count raised by one (`+calibrated.2`).
 */
function calibratedVersion(version: string): string {
  const match = /^(.*)\+calibrated(?:\.(\d{1,9}))?$/s.exec(version);
  if (match === null) return `${version}+calibrated`;
  return `${match[1] ?? ""}+calibrated.${Number(match[2] ?? 1) + 1}`;
}

function pooledSpread(squares: readonly number[], degrees: number): number {
  if (degrees === 0) return 0;
  let total = 0;
  for (const value of Float64Array.from(squares).sort()) total += value;
  return Math.min(Math.sqrt(total / degrees), MAX_POST_SPREAD);
}

let calibrateSchema: z.ZodMiniType<ParsedCalibrateOptions> | undefined;

function newCell(data: CellData, fallback: EngagementBenchmarkTable, options: ParsedCalibrateOptions): EngagementBenchmarkCell | null {
  const sorted = Float64Array.from(data.typicalRates).sort();
  const [p0, p1, p2, p3] = fallback.bandPercentiles;
  const bands = [
    quantileSorted(sorted, p0 / 100),
    quantileSorted(sorted, p1 / 100),
    quantileSorted(sorted, p2 / 100),
    quantileSorted(sorted, p3 / 100),
  ] as const;
  // Ties (many identical rates, or rates so close their logs tie) leave no room for five bands: keep the fallback's cell.
  if (!(bands[0] > 0 && isIncreasing(bands))) return null;
  const count = sorted.length;
  const spread = pooledSpread(data.spreadSquares, data.spreadDegrees);
  return {
    median: quantileSorted(sorted, 0.5),
    bands,
    ...(spread > 0 ? { postSpread: spread } : {}),
    source: options.source ?? "Calibrated from your profiles",
    year: options.year ?? null,
    definition: `Typical engagement rate (median per-post rate, basis ${data.basis}) of ${groupDigits(count)} of your profiles; cut-offs are their empirical ${p0}th, ${p1}th, ${p2}th and ${p3}th percentiles.`,
    isLowConfidence: false,
  };
}

function withCell(
  set: EngagementBenchmarkSet,
  data: CellData,
  cell: EngagementBenchmarkCell,
  options: ParsedCalibrateOptions,
): EngagementBenchmarkSet {
  const platformSeries = set[data.platform];
  const previous = platformSeries?.[data.basis];
  const series: EngagementBenchmarkSeries = previous ?? {
    source: options.source ?? "Calibrated from your profiles",
    year: options.year ?? null,
    definition: "Calibrated cells only; sizes without a calibrated cell have no benchmark.",
    isLowConfidence: false,
    cells: {},
  };
  return {
    ...set,
    [data.platform]: { ...platformSeries, [data.basis]: { ...series, cells: { ...series.cells, [data.bucket]: cell } } },
  };
}

/**
 * Fits the engagement benchmark table to your own population, so scores say
 * where a profile stands in your market rather than in a vendor's database.
 * For each platform × basis × size bucket (creators and brands apart), the
 * cell's `median` and band cut-offs become the empirical median and
 * percentiles (at the fallback's `bandPercentiles`, type-7 quantiles) of the
 * profiles' typical rates, and its `postSpread` the pooled robust
 * post-to-post spread. A cell needs at least `minProfilesPerCell` profiles
 * (default 50: with 50 profiles the 10th-percentile cut-off is known to about
 * ±18%, see `docs/methodology/engagement.md`); thinner cells keep the
 * fallback's figures. Invalid rows are reported in `errors`, not thrown; a
 * profile whose typical rate is above 1,000 (the most a benchmark table
 * holds) is left out and listed in `excluded`, so the table always passes the
 * check a table you pass as an option gets, after JSON too.
 * O(N·n log n) for N profiles of n posts.
 *
 * @param profiles - Profiles, raw or from {@link parseProfile}.
 * @param options - See {@link CalibrateEngagementBenchmarksOptions}.
 * @returns The new table, what happened to each cell, and the rows skipped, excluded or invalid.
 * @throws {@link InfluencerInputError} if `profiles` is not iterable or an option (not a profile) is invalid.
 * @example
 * const profiles = Array.from({ length: 60 }, (_, index) => ({
 *   platform: "instagram" as const,
 *   followers: 20_000,
 *   posts: [{ likes: 100 + 10 * index, comments: 0 }],
 * }));
 * const { table, cells } = calibrateEngagementBenchmarks(profiles);
 * cells[0]?.isCalibrated;
 * // => true
 * table.creators.instagram?.followers?.cells["10k-50k"]?.bands[0];
 * // => 0.007975
 * @category Engagement
 */
export function calibrateEngagementBenchmarks(
  profiles: Iterable<unknown>,
  options?: CalibrateEngagementBenchmarksOptions | undefined,
): CalibrateEngagementBenchmarksResult {
  calibrateSchema ??= optionsObject({
    ...engagementOptionFields(),
    fallback: z.optional(z.unknown()),
    minProfilesPerCell: z.optional(nonNegativeInt().check(z.gte(5, { error: "expected an integer of at least 5" }))),
    source: z.optional(text()),
    year: z.optional(z.int({ error: "expected a year" })),
    version: z.optional(text()),
    date: z.optional(text()),
  });
  checkRows(profiles);
  const settings = parseInput(calibrateSchema, options === undefined ? {} : options);
  const fallback = settings.fallback === undefined ? ENGAGEMENT_BENCHMARKS : ensureBenchmarkTable(settings.fallback, ["fallback"]);
  const version = settings.version ?? calibratedVersion(fallback.version);
  if (version.length > MAX_VERSION_LENGTH) {
    // The table would be refused when passed back as an option (its version is a text of at most MAX_VERSION_LENGTH characters).
    const expected = `expected a version for the new table: the fallback's, extended, would be longer than ${MAX_VERSION_LENGTH} characters`;
    throw new InfluencerInputError([{ path: ["version"], code: "invalid_type", message: `version: ${expected}, received nothing` }]);
  }
  const minimum = settings.minProfilesPerCell ?? 50;
  const mask = actionMask(settings.actions);
  const groups = new Map<string, CellData>();
  const errors: RowError[] = [];
  const excluded: { index: number; rate: number; reason: string }[] = [];
  let skipped = 0;
  let index = 0;
  for (const input of profiles) {
    try {
      const profile = ensureProfile(input);
      const basis = settings.basis ?? profileBasis(profile);
      // No ceiling for posts without interactions: the peers' median is what is being measured.
      const sample = measureEngagementSample(profile, basis, mask, fallback.postSpread, Infinity);
      if (sample.provenance === "none") {
        skipped++;
      } else if (Math.exp(sample.location) > MAX_BENCHMARK_RATE) {
        // A table cannot hold it: a cut-off or median above the cap would fail the schema when the table is passed back.
        const rate = Math.exp(sample.location);
        excluded.push({ index, rate, reason: `typical rate ${groupWholePart(String(significant(rate)))} is above ${groupDigits(MAX_BENCHMARK_RATE)}, the cap on a benchmark rate; check the counts` });
      } else {
        const audience = profile.isBrandAccount ? "brands" : "creators";
        const bucket = classifySizeBucket(profile.followers);
        const key = `${audience} ${profile.platform} ${basis} ${bucket}`;
        let group = groups.get(key);
        if (group === undefined) {
          group = { audience, platform: profile.platform, basis, bucket, typicalRates: [], spreadSquares: [], spreadDegrees: 0 };
          groups.set(key, group);
        }
        group.typicalRates.push(Math.exp(sample.location));
        if (sample.spread !== null) {
          group.spreadSquares.push((sample.postsUsed - 1) * sample.spread * sample.spread);
          group.spreadDegrees += sample.postsUsed - 1;
        }
      }
    } catch (error) {
      if (!(error instanceof InfluencerInputError)) throw error;
      errors.push({ index, issues: error.issues });
    }
    index++;
  }

  let creators = fallback.creators;
  let brands = fallback.brands;
  const spreadSquares: number[] = [];
  let spreadDegrees = 0;
  const cells: CalibratedCell[] = [];
  for (const audience of ["creators", "brands"] as const) {
    for (const platform of PLATFORMS) {
      for (const basis of ENGAGEMENT_BASES) {
        for (const { bucket } of SIZE_BUCKETS.buckets) {
          const data = groups.get(`${audience} ${platform} ${basis} ${bucket}`);
          if (data === undefined) continue;
          for (const value of data.spreadSquares) spreadSquares.push(value);
          spreadDegrees += data.spreadDegrees;
          const cell = data.typicalRates.length >= minimum ? newCell(data, fallback, settings) : null;
          cells.push({ audience, platform, basis, bucket, profiles: data.typicalRates.length, isCalibrated: cell !== null });
          if (cell === null) continue;
          if (audience === "creators") creators = withCell(creators, data, cell, settings);
          else brands = withCell(brands, data, cell, settings);
        }
      }
    }
  }
  const spread = pooledSpread(spreadSquares, spreadDegrees);
  const table = trustBenchmarkTable({
    version,
    date: settings.date ?? null,
    bandPercentiles: fallback.bandPercentiles,
    postSpread: spread > 0 ? spread : fallback.postSpread,
    creators,
    brands,
  });
  return { table, cells, skipped, excluded, errors };
}
