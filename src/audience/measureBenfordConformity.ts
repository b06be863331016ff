import { measureBenfordConformityOptionsSchema, benfordValuesSchema } from "./audienceSchemas.js";
import { parseInput } from "../schemas/parseInput.js";
import { groupedCountOf } from "../text/countOf.js";
import { groupDigits, groupWholePart } from "../text/groupDigits.js";
import { tellApart } from "../text/tellApart.js";

/**
 * Thresholds of {@link measureBenfordConformity}, as a replaceable table with its source.
 *
 * - `minimumSampleSize`: fewest positive values tested; below it the result is `null`.
 * - `expectedMadFactor`: a sample does not conform when its MAD exceeds this multiple
 *   of the MAD expected under exact Benford at its size (and `nonconformityMad`).
 * - `nonconformityMad`: Nigrini's fixed nonconformity bound for first digits.
 *
 * @example
 * const table: BenfordConformityTable = { ...BENFORD_CONFORMITY, values: { ...BENFORD_CONFORMITY.values, minimumSampleSize: 100 } };
 * table.values.minimumSampleSize;
 * // => 100
 * @category Audience
 */
export interface BenfordConformityTable {
  /** Where the numbers come from: publisher or author, title, year. */
  readonly source: string;
  /** Address of the source, if any. */
  readonly url?: string | undefined;
  /** The thresholds. */
  readonly values: {
    /** Fewest positive values the test runs on (a positive integer). */
    readonly minimumSampleSize: number;
    /** Multiple of the expected MAD above which a sample does not conform (positive). */
    readonly expectedMadFactor: number;
    /** MAD at or below which a sample always conforms, whatever its size (positive). */
    readonly nonconformityMad: number;
  };
}

/**
 * Default thresholds of {@link measureBenfordConformity}.
 *
 * - `minimumSampleSize` 50: at 50 values the test below flags a uniform
 *   first-digit sample 92% of the time while flagging exact-Benford samples
 *   about 4.6% of the time; at 30 values it catches a uniform sample only 74%
 *   of the time (Monte Carlo, 20,000 samples per size; derived for this library).
 * - `expectedMadFactor` 1.5: the 95th percentile of the MAD of exact-Benford
 *   samples is 1.48–1.49 × its expected value at every size from 30 to 5,000
 *   (same Monte Carlo; it agrees with the percentiles n = 90: 0.0364,
 *   n = 200: 0.0248, n = 1,000: 0.0109 of an independent simulation).
 * - `nonconformityMad` 0.015: Nigrini's first-digit bands (close < 0.006,
 *   acceptable 0.006–0.012, marginal 0.012–0.015, nonconformity > 0.015),
 *   M. J. Nigrini, *Benford's Law: Applications for Forensic Accounting, Auditing,
 *   and Fraud Detection*, Wiley, 2012. These fixed bands flag genuine data as
 *   nonconforming below about 500 values, so they serve only as a floor that
 *   keeps very large samples from failing on trivial deviations.
 *
 * @example
 * BENFORD_CONFORMITY.values.nonconformityMad;
 * // => 0.015
 * @category Audience
 */
export const BENFORD_CONFORMITY: BenfordConformityTable = {
  source:
    "M. J. Nigrini, Benford's Law: Applications for Forensic Accounting, Auditing, and Fraud Detection, Wiley, 2012 (nonconformity bound); sample-size terms derived by Monte Carlo for influencer-scoring",
  values: { minimumSampleSize: 50, expectedMadFactor: 1.5, nonconformityMad: 0.015 },
};

/** Options for {@link measureBenfordConformity}. */
export interface MeasureBenfordConformityOptions {
  /** Thresholds to use. Defaults to {@link BENFORD_CONFORMITY}. */
  readonly conformity?: BenfordConformityTable | undefined;
}

/**
 * Result of {@link measureBenfordConformity}. When fewer positive values than the minimum
 * sample size are given, every statistic is `null` and `reason` says why;
 * otherwise `reason` explains the verdict.
 *
 * @example
 * const result: BenfordConformityResult = measureBenfordConformity([]);
 * result.conforms;
 * // => null
 * @category Audience
 */
export type BenfordConformityResult = BenfordConformityMeasured | BenfordConformityUnavailable;

/**
 * A {@link BenfordConformityResult} with enough values to test.
 *
 * @example
 * const result = measureBenfordConformity(Array.from({ length: 60 }, () => 5));
 * result.conforms;
 * // => false
 * @category Audience
 */
export interface BenfordConformityMeasured {
  /** Positive values tested. */
  readonly n: number;
  /** Zeros skipped (0 has no first significant digit). */
  readonly skippedZeros: number;
  /** Observed shares of first digits 1 to 9 (nine fractions summing to 1). */
  readonly digitShares: readonly number[];
  /** Mean absolute deviation `(1/9)·Σ|o_d − P(d)|` from Benford's proportions. */
  readonly mad: number;
  /** MAD expected under exact Benford at this `n`: `(1/9)·Σ√(2P(d)(1 − P(d))/(πn))`. */
  readonly expectedMad: number;
  /** Largest MAD that conforms: `max(expectedMadFactor · expectedMad, nonconformityMad)`. */
  readonly madThreshold: number;
  /** Pearson χ² statistic `n·Σ(o_d − P(d))²/P(d)`, 8 degrees of freedom. */
  readonly chiSquare: number;
  /** P(χ²₈ ≥ chiSquare); approximate when some expected count is below 5 (n < 110). */
  readonly pValue: number;
  /** Whether `mad ≤ madThreshold`. */
  readonly conforms: boolean;
  /** The verdict in words. */
  readonly reason: string;
}

/**
 * A {@link BenfordConformityResult} with too few values: statistics are `null`.
 *
 * @example
 * measureBenfordConformity([1, 2, 3]).reason;
 * // => "only 3 positive values; the Benford test needs at least 50"
 * @category Audience
 */
export interface BenfordConformityUnavailable {
  /** Positive values given. */
  readonly n: number;
  /** Zeros skipped. */
  readonly skippedZeros: number;
  /** Always `null`: too few values. */
  readonly digitShares: null;
  /** Always `null`: too few values. */
  readonly mad: null;
  /** Always `null`: too few values. */
  readonly expectedMad: null;
  /** Always `null`: too few values. */
  readonly madThreshold: null;
  /** Always `null`: too few values. */
  readonly chiSquare: null;
  /** Always `null`: too few values. */
  readonly pValue: null;
  /** Always `null`: too few values. */
  readonly conforms: null;
  /** Why no test was run. */
  readonly reason: string;
}

/** Benford's first-digit probabilities log10(1 + 1/d), d = 1…9. */
const BENFORD_PROBABILITIES = [
  0.3010299956639812, 0.17609125905568124, 0.12493873660829992, 0.09691001300805642, 0.07918124604762482,
  0.06694678963061322, 0.05799194697768673, 0.05115252244738129, 0.04575749056067514,
];

/**
 * P(χ² ≥ x) with 8 degrees of freedom. For even degrees of freedom 2k the
 * survival function has the closed form `e^(−x/2)·Σ_{i<k} (x/2)^i / i!`
 * (the regularised upper incomplete gamma Q(k, x/2) for integer k).
 */
function chiSquareSurvival8(statistic: number): number {
  const half = statistic / 2;
  return Math.exp(-half) * (1 + half + (half * half) / 2 + (half * half * half) / 6);
}

/**
 * A MAD or threshold for the reason: at most 4 decimals (0.0596, 0.0371), or `digits` significant
 * digits, but a value that is not 0 and would read 0 at 4 decimals keeps 3 significant digits:
 * 0.000000224, not 0, for the MAD of a million values with Benford's exact proportions. Written
 * out and grouped (groupWholePart), never as an exponent nor "almost 0", however large or small a
 * bound a custom table gives (1e300 × E(n) is a 300-digit number).
 */
function showMad(value: number, digits?: number): string {
  const kept = digits !== undefined ? value.toPrecision(digits) : value !== 0 && Math.abs(value) < 0.00005 ? value.toPrecision(3) : value.toFixed(4);
  return groupWholePart(String(Number(kept)));
}

/**
 * The MAD and its bound for the reason (CONTRIBUTING R15): each as showMad writes it, or with as many significant
 * digits as it takes to tell them apart, so the sign between them reads true: "MAD 0.01503 > 0.015", not
 * "MAD 0.015 > 0.015". A bound that is the table's nonconformityMad, an option the caller may give, is written
 * exactly: 0.0123456, not 0.0123; 1e-300 as its 300 decimals, not "almost 0". The MAD keeps the digits that tell it
 * from the bound as the bound is written, and reads on its own side of it ("MAD 0.00004999 ≤ 0.00005", not
 * "MAD 0.00005 ≤ 0.00005"); equal to it, it reads the same. @internal
 */
export function showMadApart(mad: number, bound: number, isGiven: boolean): [string, string] {
  const [shownMad, shownBound] = tellApart(mad, bound, showMad, showMad, 4);
  if (!isGiven) return [shownMad, shownBound];
  // Told apart from the bound's rounded text, the MAD can still read as the exact one, or past it (a MAD of
  // 0.0000499892 rounds to "0.00005", the bound 0.00005 to "0.0001"): add digits until it reads on its own side,
  // or, equal to the bound, as the bound (17 digits read any double back).
  let text = shownMad;
  for (let digits = 4; Math.sign(Number(text) - bound) !== Math.sign(mad - bound); digits++) text = showMad(mad, digits);
  return [text, groupWholePart(String(bound))];
}

/**
 * {@link measureBenfordConformity} on already-validated values.
 *
 * @internal
 */
export function measureBenfordConformityParsed(values: readonly number[], options?: MeasureBenfordConformityOptions | undefined): BenfordConformityResult {
  const { minimumSampleSize, expectedMadFactor, nonconformityMad } = (options?.conformity ?? BENFORD_CONFORMITY).values;
  const counts = new Map<number, number>();
  let skippedZeros = 0;
  for (const value of values) {
    if (value === 0) {
      skippedZeros += 1;
      continue;
    }
    // toExponential gives "d.ddde±x": its first character is the first significant digit.
    const digit = value.toExponential().charCodeAt(0) - 48;
    counts.set(digit, (counts.get(digit) ?? 0) + 1);
  }
  const n = values.length - skippedZeros;
  if (n < minimumSampleSize) {
    return {
      n,
      skippedZeros,
      digitShares: null,
      mad: null,
      expectedMad: null,
      madThreshold: null,
      chiSquare: null,
      pValue: null,
      conforms: null,
      reason: `only ${groupedCountOf(n, "positive value")}; the Benford test needs at least ${groupDigits(minimumSampleSize)}`,
    };
  }
  let absoluteDeviation = 0;
  let chiSquare = 0;
  let expectedDeviation = 0;
  const digitShares = BENFORD_PROBABILITIES.map((benford, index) => {
    const share = (counts.get(index + 1) ?? 0) / n;
    absoluteDeviation += Math.abs(share - benford);
    chiSquare += (n * (share - benford) ** 2) / benford;
    expectedDeviation += Math.sqrt((2 * benford * (1 - benford)) / (Math.PI * n));
    return share;
  });
  const mad = absoluteDeviation / 9;
  const expectedMad = expectedDeviation / 9;
  const madThreshold = Math.max(expectedMadFactor * expectedMad, nonconformityMad);
  const conforms = mad <= madThreshold;
  const verdict = conforms ? "consistent with Benford's law" : "first digits deviate from Benford's law more than chance explains";
  const [shownMad, bound] = showMadApart(mad, madThreshold, madThreshold === nonconformityMad);
  return {
    n,
    skippedZeros,
    digitShares,
    mad,
    expectedMad,
    madThreshold,
    chiSquare,
    pValue: chiSquareSurvival8(chiSquare),
    conforms,
    reason: `MAD ${shownMad} ${conforms ? "≤" : ">"} ${bound} allowed at n = ${groupDigits(n)}: ${verdict}`,
  };
}

/**
 * Benford's-law test on the first significant digits of a set of counts, such
 * as the follower counts of an influencer's followers (Golbeck, "Benford's Law
 * Applies to Online Social Networks", PLOS ONE 10(8):e0135169, 2015,
 * https://doi.org/10.1371/journal.pone.0135169: genuine audiences conform,
 * bought batches of accounts often do not).
 *
 * Zeros are skipped (they have no first significant digit) and counted in
 * `skippedZeros`. With `o_d` the observed share of first digit d and
 * `P(d) = log10(1 + 1/d)`: `MAD = (1/9)·Σ|o_d − P(d)|`. Small samples deviate
 * by chance, so the verdict compares MAD with what exact Benford samples of
 * the same size show: the expected MAD `E(n) = (1/9)·Σ√(2P(d)(1 − P(d))/(πn))`
 * (mean absolute deviation of a binomial share, normal approximation) times
 * 1.5 (≈ its 95th percentile), but never below Nigrini's fixed bound 0.015.
 * Nigrini's fixed bands alone call genuine data nonconforming below ~500 values.
 * The χ² statistic and its p-value (8 degrees of freedom, closed form) are
 * reported but not used for the verdict: with thousands of values χ² rejects
 * real data for trivial deviations. O(n).
 *
 * @param values - Non-negative finite numbers (counts); zeros are skipped.
 * @param options - Thresholds; see {@link MeasureBenfordConformityOptions}.
 * @returns The statistics and the verdict, or `null` statistics with a reason
 *   when fewer than `minimumSampleSize` (default 50) positive values are given.
 * @throws {@link InfluencerInputError} if `values` is not an array of finite
 *   non-negative numbers, or an option is invalid.
 * @example
 * // 90 values whose first digits follow Benford's proportions exactly (rounded counts)
 * const counts = [27, 16, 11, 9, 7, 6, 5, 5, 4];
 * const values = counts.flatMap((count, index) => Array.from({ length: count }, () => (index + 1) * 100));
 * measureBenfordConformity(values).conforms;
 * // => true
 * @example
 * // 1,000 values with uniform first digits
 * measureBenfordConformity(Array.from({ length: 1000 }, (_, index) => (index % 9) + 1)).conforms;
 * // => false
 * @category Audience
 */
export function measureBenfordConformity(values: readonly number[], options?: MeasureBenfordConformityOptions | undefined): BenfordConformityResult {
  const parsedValues = parseInput(benfordValuesSchema(), values);
  const parsedOptions = parseInput(measureBenfordConformityOptionsSchema(), options);
  return measureBenfordConformityParsed(parsedValues, parsedOptions);
}
