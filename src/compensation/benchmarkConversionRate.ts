import { STANDARD_BANDS } from "../tiers/tierBands.js";
import type { TierId } from "../tiers/tierSchemes.js";
import { fromEstimate } from "./lognormal.js";
import type { RateEstimate } from "./rateCard.js";

// The two judgement calls that place the anchors of the benchmark conversion rate; the rest
// comes from the standard tier scheme's cut-offs (docs/methodology/compensation.md §2).
/** The first band's lower end for its centre: nano is usually counted from 1,000 followers, not 0. @internal */
export const FIRST_BAND_FLOOR: number = 1_000;
/** The open top band's span for its centre: a decade above its floor (mega: 1M to 10M). @internal */
export const OPEN_BAND_SPAN: number = 10;

/**
 * Anchor of a published conversion rate: the geometric centre
 * `√(lower · upper)` of band `index` of the standard scheme (nano 3,162,
 * micro 22,361, mid 158,114, macro 707,107, mega 3,162,278 followers).
 *
 * @internal
 */
export function conversionAnchor(index: number): number {
  const band = STANDARD_BANDS[index] ?? STANDARD_BANDS[0];
  const lower = Math.max(band.min, FIRST_BAND_FLOOR);
  return Math.sqrt(lower * (STANDARD_BANDS[index + 1]?.min ?? lower * OPEN_BAND_SPAN));
}

/** The conversion rate at a follower count, and the anchors it lies between. @internal */
export interface BenchmarkConversionRate {
  /** Median purchases per click. */
  readonly median: number;
  /** The tier whose figure it is, or the lower anchor's tier when interpolated. */
  readonly tier: TierId;
  /** The upper anchor's tier when interpolated (strictly between two anchors), else `null`. */
  readonly nextTier: TierId | null;
  /** Lower anchor, in followers. */
  readonly at: number;
  /** Upper anchor, in followers (0 when not interpolated). */
  readonly nextAt: number;
}

/**
 * The benchmark conversion rate as a continuous function of followers:
 * piecewise linear in `(ln followers, ln rate)` between the anchors
 * ({@link conversionAnchor}), each carrying its tier's published median, so
 * `rate = r_i · (r_{i+1} / r_i)^t` with `t = ln(f / a_i) / ln(a_{i+1} / a_i)`;
 * flat (the end tier's figure) below the first anchor and beyond the last.
 * O(number of tiers); the anchors are computed, never kept in a table.
 *
 * @internal
 */
export function benchmarkConversionRate(followers: number, rates: Readonly<Record<TierId, RateEstimate>>): BenchmarkConversionRate {
  let index = 0;
  while (index + 1 < STANDARD_BANDS.length && conversionAnchor(index + 1) <= followers) index++;
  const band = STANDARD_BANDS[index] ?? STANDARD_BANDS[0];
  const next = STANDARD_BANDS[index + 1];
  const at = conversionAnchor(index);
  const median = fromEstimate(rates[band.tier], 1).median;
  if (next === undefined || followers <= at) return { median, tier: band.tier, nextTier: null, at, nextAt: 0 };
  const nextAt = conversionAnchor(index + 1);
  const t = Math.log(followers / at) / Math.log(nextAt / at);
  return { median: median * (fromEstimate(rates[next.tier], 1).median / median) ** t, tier: band.tier, nextTier: next.tier, at, nextAt };
}
