import { normalCdf } from "../stats/normalCdf.js";
import { normalDensity } from "../stats/normalDensity.js";
import type { RateEstimate } from "./rateCard.js";
import type { Range } from "./types.js";

/** z of the 90th percentile: published ranges are read as the 10th to 90th percentile. @internal */
export const Z90 = 1.2815515655446004;

/**
 * A lognormal quantity by its median and log-scale standard deviation
 * (`ln X ~ N(ln median, sigma²)`); a median of 0 is a point mass at 0.
 * Products of independent lognormals multiply medians and add sigmas in
 * quadrature.
 *
 * @internal
 */
export interface Lognormal {
  readonly median: number;
  readonly sigma: number;
}

/** z-scores of the low and high quantiles of a {@link Range}. @internal */
export interface RangeScores {
  readonly low: number;
  readonly high: number;
}

/** Product of two independent lognormals. @internal */
export function multiply(left: Lognormal, right: Lognormal): Lognormal {
  return { median: left.median * right.median, sigma: Math.hypot(left.sigma, right.sigma) };
}

/** A lognormal times a constant. @internal */
export function scale(value: Lognormal, factor: number): Lognormal {
  return { median: value.median * factor, sigma: value.sigma };
}

/** The quantile with normal score `z`. @internal */
export function quantileAt(value: Lognormal, z: number): number {
  return value.median === 0 ? 0 : value.median * Math.exp(value.sigma * z);
}

/** The {@link Range} of a lognormal. @internal */
export function toRange(value: Lognormal, scores: RangeScores): Range {
  return { low: quantileAt(value, scores.low), expected: value.median, high: quantileAt(value, scores.high) };
}

/** Applies a non-decreasing function to every quantile of a range (exact for monotone maps). @internal */
export function mapRange(range: Range, map: (value: number) => number): Range {
  return { low: map(range.low), expected: map(range.expected), high: map(range.high) };
}

/**
 * Log-scale sigma of a published 10th–90th percentile band `[low, high]`:
 * `ln(high / low) / (2 · z₀.₉)`. @internal
 */
export function sigmaOfRatio(ratio: number): number {
  return Math.log(ratio) / (2 * Z90);
}

/**
 * A rate-card entry as a lognormal: the published median (or `√(low·high)`),
 * and the sigma of its published band, or of the card's assumed spread for a
 * single figure.
 *
 * @internal
 */
export function fromEstimate(estimate: RateEstimate, spreadRatio: number): Lognormal {
  const { low, high } = estimate;
  if (low !== undefined && high !== undefined) {
    return { median: estimate.expected ?? Math.sqrt(low * high), sigma: sigmaOfRatio(high / low) };
  }
  // The schema guarantees `expected` when `low` or `high` is missing.
  return { median: estimate.expected ?? 0, sigma: sigmaOfRatio(spreadRatio) };
}

/**
 * Whether {@link fromEstimate} gives an entry the card's assumed spread: a
 * single figure, or a median with only one end of its band.
 *
 * @internal
 */
export function usesAssumedSpread(estimate: RateEstimate): boolean {
  return estimate.low === undefined || estimate.high === undefined;
}

/** `value` when finite, else `null` (a ratio of tiny or huge amounts can overflow). @internal */
export function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** ln(e^a + e^b), safe for large or infinite arguments. */
function logAddExp(a: number, b: number): number {
  const top = Math.max(a, b);
  if (top === Number.NEGATIVE_INFINITY) return top;
  return top + Math.log(Math.exp(a - top) + Math.exp(b - top));
}

/** Below this |1 − ρ| the certainty equivalent with a cap uses its cumulant expansion (see {@link certaintyEquivalent}). */
const SMALL_K = 1e-5;

/**
 * Certainty equivalent of a lognormal payment `X` (capped at `cap` when
 * given) for a creator with constant relative risk aversion `ρ`:
 * `CE = (E[min(X, cap)^k])^(1/k)` with `k = 1 − ρ`, and
 * `CE = exp(E[ln min(X, cap)])` for `ρ = 1`. Without a cap this is
 * `median · exp((1 − ρ)·σ²/2) = mean · exp(−ρσ²/2)`. With a cap, with
 * `β = (ln cap − μ)/σ`: `E[min(X, cap)^k] = e^{kμ + k²σ²/2}·Φ(β − kσ) + cap^k·(1 − Φ(β))`
 * and `E[min(ln X, ln cap)] = μΦ(β) − σφ(β) + ln cap·(1 − Φ(β))`. Computed in
 * log space; returns `null` when the result overflows.
 *
 * @internal
 */
export function certaintyEquivalent(payment: Lognormal, riskAversion: number, cap: number | null): number | null {
  const { median, sigma } = payment;
  if (median === 0) return 0;
  if (sigma === 0) return cap === null ? median : Math.min(median, cap);
  const k = 1 - riskAversion;
  const mu = Math.log(median);
  let logCe: number;
  if (cap === null) {
    logCe = mu + (k * sigma * sigma) / 2;
  } else {
    const logCap = Math.log(cap);
    const beta = (logCap - mu) / sigma;
    // Near ρ = 1 the power form divides rounding noise by k (relative error ~1e-16 / |k|: 5e-9 at
    // ρ = 1 + 2e-8, enough to flip a recommendation). There, use the cumulant expansion
    // ln CE = E[L] + k·Var(L)/2 + O(k²) of L = ln min(X, cap) = μ + σ·min(Z, β), off by ~1e-10 at |k| = 1e-5.
    if (Math.abs(k) < SMALL_K) {
      const meanLog = mu * normalCdf(beta) - sigma * normalDensity(beta) + logCap * normalCdf(-beta);
      const truncatedMean = beta * normalCdf(-beta) - normalDensity(beta); // E[min(Z, β)]
      const truncatedSquare = normalCdf(beta) - beta * normalDensity(beta) + beta * beta * normalCdf(-beta); // E[min(Z, β)²]
      const variance = sigma * sigma * Math.max(0, truncatedSquare - truncatedMean * truncatedMean);
      logCe = meanLog + (k * variance) / 2;
    } else {
      const below = k * mu + (k * k * sigma * sigma) / 2 + Math.log(normalCdf(beta - k * sigma));
      const above = k * logCap + Math.log(normalCdf(-beta));
      logCe = logAddExp(below, above) / k;
    }
  }
  // Exact bounds that rounding must not cross: a capped payment is never worth more than the cap, and for
  // ρ ≥ 1 never more than its median min(median, cap) (the power mean of order k ≤ 0 is at most the
  // geometric mean, exp(E[min(ln X, ln cap)]) ≤ exp(min(μ, ln cap))): the flat fee's rule at ρ ≥ 1 rests on it.
  const ce = Math.exp(logCe);
  const bound = riskAversion >= 1 ? Math.min(median, cap ?? Number.POSITIVE_INFINITY) : (cap ?? Number.POSITIVE_INFINITY);
  return finiteOrNull(Math.min(ce, bound));
}
