import type { Platform } from "../schemas/platform.js";
import type { SizeBucket } from "../tiers/classifySizeBucket.js";
import { normalCdf } from "../stats/normalCdf.js";
import { normalQuantile } from "../stats/normalQuantile.js";
import type {
  EngagementBand,
  EngagementBenchmarkBucket,
  EngagementBenchmarkCell,
  EngagementBenchmarkSeries,
  EngagementBenchmarkTable,
} from "./engagementBenchmarks.js";
import type { EngagementBasis } from "./measureEngagementRate.js";

/** A benchmark cell found for a profile, with the series it belongs to. @internal */
export interface FoundBenchmark {
  readonly series: EngagementBenchmarkSeries;
  readonly cell: EngagementBenchmarkCell;
  /** The key of the cell used: the size bucket, or `"all"`. */
  readonly bucket: EngagementBenchmarkBucket;
}

/**
 * Looks up the cell for a platform, basis and size bucket: the bucket's own
 * cell, else the series' `all` cell, else `null`. O(1).
 *
 * @internal
 */
export function findBenchmark(
  table: EngagementBenchmarkTable,
  isBrand: boolean,
  platform: Platform,
  basis: EngagementBasis,
  bucket: SizeBucket,
): FoundBenchmark | null {
  const series = (isBrand ? table.brands : table.creators)[platform]?.[basis];
  if (series === undefined) return null;
  const own = series.cells[bucket];
  if (own !== undefined) return { series, cell: own, bucket };
  const all = series.cells.all;
  return all === undefined ? null : { series, cell: all, bucket: "all" };
}

/**
 * A benchmark cell turned into a distribution on the log scale: the knots
 * (log cut-off, normal z of its percentile) of a piecewise-lognormal fit, the
 * prior centre `mu = ln(median)` and the prior spread `tau` (least-squares
 * slope of log cut-off on z: the lognormal σ that best fits the four cut-offs).
 *
 * @internal
 */
export interface BenchmarkDistribution {
  readonly logCuts: readonly [number, number, number, number];
  readonly zKnots: readonly [number, number, number, number];
  readonly mu: number;
  readonly tau: number;
}

/** Builds the {@link BenchmarkDistribution} of a cell. O(1). @internal */
export function benchmarkDistribution(
  cell: EngagementBenchmarkCell,
  bandPercentiles: readonly [number, number, number, number],
): BenchmarkDistribution {
  const [c0, c1, c2, c3] = cell.bands;
  const [p0, p1, p2, p3] = bandPercentiles;
  const logCuts = [Math.log(c0), Math.log(c1), Math.log(c2), Math.log(c3)] as const;
  const zKnots = [normalQuantile(p0 / 100), normalQuantile(p1 / 100), normalQuantile(p2 / 100), normalQuantile(p3 / 100)] as const;
  const meanZ = (zKnots[0] + zKnots[1] + zKnots[2] + zKnots[3]) / 4;
  const meanLog = (logCuts[0] + logCuts[1] + logCuts[2] + logCuts[3]) / 4;
  let cross = 0;
  let squares = 0;
  for (let index = 0; index < 4; index++) {
    const dz = Number(zKnots[index]) - meanZ;
    cross += dz * (Number(logCuts[index]) - meanLog);
    squares += dz * dz;
  }
  return { logCuts, zKnots, mu: Math.log(cell.median), tau: cross / squares };
}

/**
 * Percentile (0–100) of a log rate within a benchmark distribution: z is
 * linear in the log rate between neighbouring knots and continues with the
 * outer segments' slopes beyond the first and last cut-off, then
 * `percentile = 100·Φ(z)`. Exactly the band percentiles at the cut-offs,
 * continuous and strictly increasing. O(1).
 *
 * @internal
 */
export function percentileOf(logRate: number, distribution: BenchmarkDistribution): number {
  const { logCuts, zKnots } = distribution;
  // Segment 0 also serves the lower tail, segment 2 the upper tail.
  const segment = logRate < logCuts[1] ? 0 : logRate < logCuts[2] ? 1 : 2;
  const fromLog = logCuts[segment];
  const fromZ = zKnots[segment];
  const slope = (Number(zKnots[segment + 1]) - fromZ) / (Number(logCuts[segment + 1]) - fromLog);
  return 100 * normalCdf(fromZ + (logRate - fromLog) * slope);
}

/** The band of a rate (or of a log rate against the log cut-offs): each band runs from its lower cut-off (included) to the next. O(1). @internal */
export function bandOf(rate: number, cuts: readonly [number, number, number, number]): EngagementBand {
  const [low, below, average, above] = cuts;
  return rate < low ? "low" : rate < below ? "below-average" : rate < average ? "average" : rate < above ? "above-average" : "high";
}
