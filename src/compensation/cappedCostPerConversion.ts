import { normalCdf } from "../stats/normalCdf.js";
import { normalDensity } from "../stats/normalDensity.js";
import { normalQuantile } from "../stats/normalQuantile.js";
import type { Lognormal, RangeScores } from "./lognormal.js";
import type { Range } from "./types.js";

/** Beyond ±7.5 standard deviations the normal density is below 1e-12 and the tail holds 3e-14: the integrals stop there. */
const TAIL = 7.5;
/** Width of one Gauss–Legendre panel, in standard deviations of the integration variable. */
const PANEL = 1;
/** Root-finding stops when a step on ln(cost per conversion) is this small (a relative 1e-9). */
const LOG_TOLERANCE = 1e-9;
const MAX_STEPS = 100;

// Five-point Gauss–Legendre rule on [−1, 1] (Abramowitz & Stegun 25.4.29), written as literals so
// the module does no work when it loads: the nodes are 0, ±√(5 − 2√(10/7)) / 3 and ±√(5 + 2√(10/7)) / 3,
// the weights 128/225, (322 + 13√70) / 900 and (322 − 13√70) / 900 (the tests check each).
/** @internal */
export const GAUSS_LEGENDRE_NODES: readonly number[] = [-0.906179845938664, -0.5384693101056831, 0, 0.5384693101056831, 0.906179845938664];
/** @internal */
export const GAUSS_LEGENDRE_WEIGHTS: readonly number[] = [0.23692688505618908, 0.47862867049936647, 0.5688888888888889, 0.47862867049936647, 0.23692688505618908];
/** 1 / √(2π). */
const DENSITY_SCALE = 0.3989422804014327;

/** `L = min(limit, A) + B` for independent normals `A ~ N(meanA, sdA²)` and `B ~ N(meanB, sdB²)`, both spreads positive. */
interface CappedSum {
  readonly limit: number;
  readonly meanA: number;
  readonly sdA: number;
  readonly meanB: number;
  readonly sdB: number;
}

/** One evaluation of L's distribution function and density, written in place (no allocation per step). */
interface Evaluation {
  cdf: number;
  density: number;
}

/**
 * Adds `∫ φ(u) · Φ(z(u)) du` to `out.cdf` and `∫ φ(u) · φ(z(u)) du / spread`
 * to `out.density`, with `z(u) = (shift − slope · u) / spread`, over `[from, to]`
 * clipped to ±{@link TAIL}, by composite five-point Gauss–Legendre. The caller
 * keeps `slope ≤ spread`, so the integrand changes on a scale of a panel or more.
 */
function addIntegral(out: Evaluation, from: number, to: number, shift: number, slope: number, spread: number): void {
  const lo = Math.max(from, -TAIL);
  const hi = Math.min(to, TAIL);
  if (!(hi > lo)) return;
  const panels = Math.ceil((hi - lo) / PANEL);
  const half = (hi - lo) / panels / 2;
  let cdf = 0;
  let density = 0;
  for (let panel = 0; panel < panels; panel++) {
    const centre = lo + (2 * panel + 1) * half;
    for (let node = 0; node < 5; node++) {
      const u = centre + half * (GAUSS_LEGENDRE_NODES[node] ?? 0);
      const z = (shift - slope * u) / spread;
      const weight = (GAUSS_LEGENDRE_WEIGHTS[node] ?? 0) * Math.exp((-u * u) / 2);
      cdf += weight * normalCdf(z);
      density += weight * Math.exp((-z * z) / 2);
    }
  }
  out.cdf += cdf * half * DENSITY_SCALE;
  out.density += (density * half * DENSITY_SCALE * DENSITY_SCALE) / spread;
}

/**
 * `P(L ≤ x)` and L's density at `x`, into `out`. It integrates over the
 * variable with the smaller spread, so the inner normal CDF is never steeper
 * than the outer density.
 */
function evaluate(sum: CappedSum, x: number, out: Evaluation): void {
  const { limit, meanA, sdA, meanB, sdB } = sum;
  if (sdA <= sdB) {
    // Over A: where A ≥ limit, L = limit + B; below it, L = A + B.
    const beta = (limit - meanA) / sdA;
    const capped = normalCdf(-beta);
    const z = (x - limit - meanB) / sdB;
    out.cdf = capped * normalCdf(z);
    out.density = (capped * normalDensity(z)) / sdB;
    addIntegral(out, Number.NEGATIVE_INFINITY, beta, x - meanA - meanB, sdA, sdB);
    return;
  }
  // Over B: min(limit, A) ≤ x − B holds for sure when x − B ≥ limit, i.e. when B's score is at most w0.
  const w0 = (x - meanB - limit) / sdB;
  out.cdf = normalCdf(w0);
  out.density = (normalDensity(w0) * normalCdf((meanA - limit) / sdA)) / sdB;
  addIntegral(out, w0, Number.POSITIVE_INFINITY, x - meanB - meanA, sdB, sdA);
}

/**
 * The quantile of L with normal score `score` (level `p = Φ(score)`), by
 * Newton's method kept inside a bracket that provably holds it.
 */
function quantile(sum: CappedSum, score: number, out: Evaluation): number {
  const { limit, meanA, sdA, meanB, sdB } = sum;
  const p = normalCdf(score);
  const spread = Math.hypot(sdA, sdB);
  // L ≤ limit + B, so P(L ≤ x) ≥ P(limit + B ≤ x): the quantile is at most limit + B's own.
  let hi = limit + meanB + sdB * score;
  // P(L ≤ x) ≤ P(limit + B ≤ x) + P(A + B ≤ x), so at the smaller of their p/2 quantiles P(L ≤ x) ≤ p.
  const half = normalQuantile(p / 2);
  let lo = Math.min(limit + meanB + sdB * half, meanA + meanB + spread * half);
  // Start from the smaller of the two p quantiles: exact when one of the two terms always wins.
  let x = Math.min(hi, meanA + meanB + spread * score);
  for (let step = 0; step < MAX_STEPS; step++) {
    evaluate(sum, x, out);
    const gap = out.cdf - p;
    if (gap === 0) return x;
    if (gap < 0) lo = x;
    else hi = x;
    const newton = gap / out.density;
    // Converged: checked before the bracket, since a last tiny step may land on an end of it.
    if (Math.abs(newton) < LOG_TOLERANCE) return x - newton;
    let next = x - newton;
    // Bisect when Newton leaves the bracket (or the density underflows).
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (hi - lo < LOG_TOLERANCE) return next;
    x = next;
  }
  return x;
}

/**
 * The brand's cost per conversion under pay-per-click with a cap, at the
 * range's quantiles: `min(clicks × costPerClick, cap) / (clicks × conversion rate)`,
 * which is `min(costPerClick, cap / clicks) / conversion rate`, for
 * independent lognormal clicks and conversion rate. Where the cap binds the
 * number of clicks matters too (more clicks, cheaper each), so the range is
 * wider than the conversion rate's alone. Exact up to the quadrature and
 * root-finding tolerance (a relative 1e-9); `null` when a quantile overflows.
 *
 * @internal
 */
export function cappedCostPerConversion(clicks: Lognormal, conversionRate: Lognormal, costPerClick: number, cap: number, scores: RangeScores): Range | null {
  if (clicks.median === 0 || conversionRate.median === 0) return null;
  // ln(cost per conversion) = min(ln costPerClick, A) + B, A = ln cap − ln clicks, B = −ln conversion rate.
  const limit = Math.log(costPerClick);
  const meanA = Math.log(cap) - Math.log(clicks.median);
  const meanB = -Math.log(conversionRate.median);
  const sdA = clicks.sigma;
  const sdB = conversionRate.sigma;
  const sum: CappedSum = { limit, meanA, sdA, meanB, sdB };
  const out: Evaluation = { cdf: 0, density: 0 };
  const at = (score: number): number => {
    // Certain clicks: ln X = min(limit, meanA) + B, and B = −ln rate is normal with the rate's spread.
    if (sdA === 0) return Math.exp(Math.min(limit, meanA) + meanB + sdB * score);
    // A certain rate: ln X = min(limit, A) + meanB rises with A, so it takes A's quantile.
    if (sdB === 0) return Math.exp(Math.min(limit, meanA + sdA * score) + meanB);
    return Math.exp(quantile(sum, score, out));
  };
  const expected = at(0);
  // Each quantile is found on its own, to a relative 1e-9: at levels next to the median (a low of
  // 0.4999999999999995) that error could put low above expected, so the order is kept explicitly.
  const range = { low: Math.min(at(scores.low), expected), expected, high: Math.max(at(scores.high), expected) };
  return Number.isFinite(range.low) && Number.isFinite(range.expected) && Number.isFinite(range.high) ? range : null;
}
