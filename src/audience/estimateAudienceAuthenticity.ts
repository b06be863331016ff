import type { AudienceSample } from "../schemas/profile.js";
import { audienceSampleSchema } from "../schemas/profile.js";
import { InfluencerInputError, type InputIssue } from "../schemas/InfluencerInputError.js";
import { parseInput } from "../schemas/parseInput.js";
import { formatPath } from "../schemas/issueText.js";
import { estimateAudienceAuthenticityOptionsSchema } from "./audienceSchemas.js";
import { measureBenfordConformityParsed, type BenfordConformityResult } from "./measureBenfordConformity.js";
import type { FakeAccountModel, FakeAccountOperatingPoint } from "./fakeAccountFeatures.js";
import { FAKE_ACCOUNT_MODEL } from "./fakeAccountModel.js";
import { fakeAccountLogit, logistic, provenanceOf, type FakeAccountProvenance } from "./estimateFakeAccountProbability.js";
import { normalQuantile } from "../stats/normalQuantile.js";
import { roganGladen } from "./roganGladen.js";
import { wilsonInterval } from "./wilsonInterval.js";
import { groupedCountOf, verbFor } from "../text/countOf.js";
import { groupDigits } from "../text/groupDigits.js";
import { showShare as show } from "../text/showShare.js";
import { showApart } from "../text/showApart.js";

/** Options for {@link estimateAudienceAuthenticity}. */
export interface EstimateAudienceAuthenticityOptions {
  /**
   * Probability at or above which an account counts as fake. Defaults to the
   * model's threshold (0.35 for {@link FAKE_ACCOUNT_MODEL}). Without both
   * `sensitivity` and `specificity`, it must lie within the model's
   * cross-validated thresholds (0.01–0.99); values between two tabulated
   * thresholds use linearly interpolated sensitivity and specificity.
   */
  readonly threshold?: number | undefined;
  /** Classifier sensitivity at `threshold`, in [0, 1], e.g. measured on your own labelled followers. Defaults to the model's cross-validated value. */
  readonly sensitivity?: number | undefined;
  /** Classifier specificity at `threshold`, in [0, 1]. Defaults to the model's cross-validated value. `sensitivity + specificity` must exceed 1. */
  readonly specificity?: number | undefined;
  /** Coverage of `interval`, strictly between 0 and 1. Defaults to 0.9. */
  readonly confidenceLevel?: number | undefined;
  /** Distance between `threshold` and the neighbouring thresholds of `thresholdBand`, in [0, 0.5]. Defaults to 0.05. */
  readonly thresholdBandWidth?: number | undefined;
  /** The model to apply. Defaults to {@link FAKE_ACCOUNT_MODEL}. */
  readonly model?: FakeAccountModel | undefined;
}

/**
 * The corrected fake share at one threshold of a {@link ThresholdBand}.
 *
 * @example
 * const point: ThresholdBandEstimate = { threshold: 0.3, observedFakeRate: 0.25, sensitivity: 0.7, specificity: 0.96, fakeShare: 0.3182 };
 * point.fakeShare > point.observedFakeRate;
 * // => true
 * @category Audience
 */
export interface ThresholdBandEstimate {
  /** The threshold. */
  readonly threshold: number;
  /** Share of sampled accounts with probability ≥ threshold. */
  readonly observedFakeRate: number;
  /** Cross-validated sensitivity at the threshold. */
  readonly sensitivity: number;
  /** Cross-validated specificity at the threshold. */
  readonly specificity: number;
  /** Rogan–Gladen corrected fake share, in [0, 1]. */
  readonly fakeShare: number;
}

/**
 * Corrected fake shares over thresholds around the chosen one, as the SRF
 * study reported its result (a range from cut-offs 0.25–0.35): how much the
 * estimate depends on where the line is drawn.
 *
 * @example
 * const band: ThresholdBand = { low: 0.21, high: 0.26, estimates: [] };
 * band.high - band.low < 0.1;
 * // => true
 * @category Audience
 */
export interface ThresholdBand {
  /** Smallest corrected fake share over the thresholds. */
  readonly low: number;
  /** Largest corrected fake share over the thresholds. */
  readonly high: number;
  /** One estimate per threshold, in increasing threshold order. */
  readonly estimates: readonly ThresholdBandEstimate[];
}

/**
 * A confidence interval for a share, with its coverage.
 *
 * @example
 * const interval: ShareInterval = { low: 0.1, high: 0.2, level: 0.9 };
 * interval.level;
 * // => 0.9
 * @category Audience
 */
export interface ShareInterval {
  /** Lower limit, in [0, 1]. */
  readonly low: number;
  /** Upper limit, in [0, 1]. */
  readonly high: number;
  /** Nominal coverage, e.g. 0.9. */
  readonly level: number;
}

/**
 * Where an audience-authenticity estimate comes from.
 *
 * @example
 * const provenance: AudienceAuthenticityProvenance = estimateAudienceAuthenticity([{ followers: 1, following: 1, posts: 1 }]).provenance;
 * provenance.accuracy;
 * // => "cross-validated"
 * @category Audience
 */
export interface AudienceAuthenticityProvenance extends FakeAccountProvenance {
  /** `"cross-validated"` when sensitivity and specificity come from the model, `"supplied"` when either came from the options. */
  readonly accuracy: "cross-validated" | "supplied";
}

/**
 * Result of {@link estimateAudienceAuthenticity}.
 *
 * @example
 * const result: AudienceAuthenticityEstimate = estimateAudienceAuthenticity([{ followers: 300, following: 280, posts: 45 }]);
 * result.fakeShare + result.authenticShare;
 * // => 1
 * @category Audience
 */
export interface AudienceAuthenticityEstimate {
  /** Estimated share of fake accounts in the audience, in [0, 1] (Rogan–Gladen corrected). */
  readonly fakeShare: number;
  /** `1 − fakeShare`. */
  readonly authenticShare: number;
  /** Confidence interval for `fakeShare` (for `authenticShare` use `1 − high` to `1 − low`). */
  readonly interval: ShareInterval;
  /** Share of sampled accounts whose probability reaches `threshold`, before correction. */
  readonly observedFakeRate: number;
  /** Number of sampled accounts whose probability reaches `threshold`. */
  readonly flaggedCount: number;
  /** Number of sampled accounts. */
  readonly sampleSize: number;
  /** Threshold used. */
  readonly threshold: number;
  /** Sensitivity used in the correction. */
  readonly sensitivity: number;
  /** Specificity used in the correction. */
  readonly specificity: number;
  /** Estimation method. */
  readonly method: "rogan-gladen-wilson";
  /** Benford test on the follower counts of the sampled accounts. */
  readonly benford: BenfordConformityResult;
  /** Estimates over neighbouring thresholds, or `null` when sensitivity or specificity were supplied (they hold for one threshold only). */
  readonly thresholdBand: ThresholdBand | null;
  /** The estimate in words, step by step. */
  readonly reasons: readonly string[];
  /** The model and where its accuracy figures come from. */
  readonly provenance: AudienceAuthenticityProvenance;
}

const DEFAULT_CONFIDENCE_LEVEL = 0.9;
const DEFAULT_BAND_WIDTH = 0.05;

/** Rounds away binary noise from threshold arithmetic (0.35 − 0.05 = 0.29999999999999993). */
const cleanThreshold = (value: number): number => Number(value.toFixed(10));

/**
 * The standard normal quantile of a two-sided `level`, `Φ⁻¹((1 + level) / 2)`, computed from the
 * tail as `−Φ⁻¹((1 − level) / 2)`: for a level of at least 0.5, `1 − level` is exact (Sterbenz)
 * and so is halving it, so every level below 1 gives a finite z (8.29 at 1 − 2⁻⁵³), where
 * `(1 + level) / 2` rounded to 1 at 1 − 2⁻⁵³ and made the interval NaN.
 */
function zOf(level: number): number {
  return -normalQuantile((1 - level) / 2);
}

/**
 * Whether the Rogan–Gladen correction clipped an estimate: its observed rate lies below the
 * false-positive rate `1 − Sp` (fake share 0) or above `Se` (fake share 1). An interval with no
 * width (`low === high`) comes from that clipping when it holds (both ends past the same bound);
 * when it does not, the map is increasing and only a level so low that z is about 0 (exactly 0 at
 * 5e-324) leaves the interval no width. O(1).
 *
 * @internal
 */
export function isClippedEstimate(estimate: Pick<AudienceAuthenticityEstimate, "observedFakeRate" | "sensitivity" | "specificity">): boolean {
  return estimate.observedFakeRate < 1 - estimate.specificity || estimate.observedFakeRate > estimate.sensitivity;
}

/** Sensitivity and specificity at `threshold`, interpolated linearly between tabulated thresholds; null outside the table. */
function accuracyAt(points: readonly FakeAccountOperatingPoint[], threshold: number): FakeAccountOperatingPoint | null {
  let previous: FakeAccountOperatingPoint | undefined;
  for (const point of points) {
    if (point.threshold === threshold) return point;
    if (point.threshold > threshold) {
      if (previous === undefined) return null;
      const weight = (threshold - previous.threshold) / (point.threshold - previous.threshold);
      return {
        threshold,
        sensitivity: previous.sensitivity + weight * (point.sensitivity - previous.sensitivity),
        specificity: previous.specificity + weight * (point.specificity - previous.specificity),
      };
    }
    previous = point;
  }
  return null;
}

function inputError(path: readonly (string | number)[], code: InputIssue["code"], expected: string, received: number): InfluencerInputError {
  return new InfluencerInputError([{ path, code, message: `${formatPath(path)}: ${expected}, received ${received}` }]);
}

/**
 * Resolves threshold, sensitivity and specificity, or throws when no valid
 * correction exists (paths relative to the options). Also called when the
 * trust model validates its `audience` option, so a mistake there is reported
 * once, under `audience`, whether or not a profile has a sample.
 *
 * @internal
 */
export function resolveAccuracy(model: FakeAccountModel, options: EstimateAudienceAuthenticityOptions | undefined): FakeAccountOperatingPoint {
  const threshold = options?.threshold ?? model.threshold;
  const thresholdPath = options?.threshold === undefined ? ["model", "threshold"] : ["threshold"];
  const supplied = { sensitivity: options?.sensitivity, specificity: options?.specificity };
  let sensitivity: number;
  let specificity: number;
  if (supplied.sensitivity !== undefined && supplied.specificity !== undefined) {
    sensitivity = supplied.sensitivity;
    specificity = supplied.specificity;
  } else {
    const table = accuracyAt(model.operatingPoints, threshold);
    if (table === null) {
      let first = Number.POSITIVE_INFINITY;
      let last = Number.NEGATIVE_INFINITY;
      for (const point of model.operatingPoints) {
        first = Math.min(first, point.threshold);
        last = Math.max(last, point.threshold);
      }
      throw inputError(
        thresholdPath,
        threshold < first ? "too_small" : "too_big",
        `expected a number between ${first} and ${last} (the thresholds the model was cross-validated at)`,
        threshold,
      );
    }
    sensitivity = supplied.sensitivity ?? table.sensitivity;
    specificity = supplied.specificity ?? table.specificity;
  }
  if (sensitivity + specificity <= 1) {
    if (supplied.specificity !== undefined) {
      throw inputError(["specificity"], "invalid_value", `expected sensitivity + specificity above 1 (sensitivity is ${show(sensitivity)})`, specificity);
    }
    if (supplied.sensitivity !== undefined) {
      throw inputError(["sensitivity"], "invalid_value", `expected sensitivity + specificity above 1 (specificity is ${show(specificity)})`, sensitivity);
    }
    throw inputError(thresholdPath, "invalid_value", "expected a threshold at which the model's sensitivity + specificity is above 1", threshold);
  }
  return { threshold, sensitivity, specificity };
}

/** Number of probabilities ≥ threshold. O(n). */
function countAtOrAbove(probabilities: readonly number[], threshold: number): number {
  let count = 0;
  for (const probability of probabilities) if (probability >= threshold) count += 1;
  return count;
}

/** A band neighbour cleaned of binary noise, or as computed when cleaning moves it off its side. */
function sideOf(value: number, isOnSide: (value: number) => boolean): number {
  const cleaned = cleanThreshold(value);
  return isOnSide(cleaned) ? cleaned : value;
}

function thresholdBandOf(
  model: FakeAccountModel,
  probabilities: readonly number[],
  threshold: number,
  width: number,
): ThresholdBand {
  // Each neighbour is cleaned of binary noise unless cleaning moves it onto or past the threshold (a
  // width below 5e-11, or a threshold with more than 10 decimals); then it is kept as computed, and
  // left out only when the width is lost even there, so thresholds stay distinct and increasing.
  const lower = width === 0 ? threshold : sideOf(threshold - width, (value) => value < threshold);
  const upper = width === 0 ? threshold : sideOf(threshold + width, (value) => value > threshold);
  const candidates = [...(lower < threshold ? [lower] : []), threshold, ...(upper > threshold ? [upper] : [])];
  const estimates: ThresholdBandEstimate[] = [];
  for (const candidate of candidates) {
    const accuracy = accuracyAt(model.operatingPoints, candidate);
    if (accuracy === null || accuracy.sensitivity + accuracy.specificity <= 1) continue;
    const observedFakeRate = countAtOrAbove(probabilities, candidate) / probabilities.length;
    estimates.push({
      threshold: candidate,
      observedFakeRate,
      sensitivity: accuracy.sensitivity,
      specificity: accuracy.specificity,
      fakeShare: roganGladen(observedFakeRate, accuracy.sensitivity, accuracy.specificity),
    });
  }
  const shares = estimates.map((estimate) => estimate.fakeShare);
  return { low: Math.min(...shares), high: Math.max(...shares), estimates };
}

/**
 * {@link estimateAudienceAuthenticity} on an already-validated sample and
 * options. Still throws {@link InfluencerInputError} when the threshold lies
 * outside the model's table or `sensitivity + specificity ≤ 1`, since those
 * depend on the model, not on the shape of the input.
 *
 * @internal
 */
export function estimateAudienceAuthenticityParsed(
  sample: AudienceSample,
  options?: EstimateAudienceAuthenticityOptions | undefined,
): AudienceAuthenticityEstimate {
  const model = options?.model ?? FAKE_ACCOUNT_MODEL;
  const { threshold, sensitivity, specificity } = resolveAccuracy(model, options);
  const level = options?.confidenceLevel ?? DEFAULT_CONFIDENCE_LEVEL;
  const isSupplied = options?.sensitivity !== undefined || options?.specificity !== undefined;

  const probabilities: number[] = [];
  const followerCounts: number[] = [];
  for (const account of sample) {
    probabilities.push(logistic(fakeAccountLogit(model, account)));
    followerCounts.push(account.followers);
  }
  const sampleSize = sample.length;
  const flaggedCount = countAtOrAbove(probabilities, threshold);
  const observedFakeRate = flaggedCount / sampleSize;
  const fakeShare = roganGladen(observedFakeRate, sensitivity, specificity);
  const observed = wilsonInterval(flaggedCount, sampleSize, zOf(level));
  const interval: ShareInterval = {
    low: roganGladen(observed.low, sensitivity, specificity),
    high: roganGladen(observed.high, sensitivity, specificity),
    level,
  };
  const benford = measureBenfordConformityParsed(followerCounts);
  const thresholdBand = isSupplied ? null : thresholdBandOf(model, probabilities, threshold, options?.thresholdBandWidth ?? DEFAULT_BAND_WIDTH);

  const crossValidated = `cross-validated on ${model.source}`;
  const suppliedSensitivity = options?.sensitivity !== undefined;
  const suppliedSpecificity = options?.specificity !== undefined;
  // Say where each figure came from when only one was supplied.
  const accuracy =
    suppliedSensitivity === suppliedSpecificity
      ? `sensitivity ${show(sensitivity)} and specificity ${show(specificity)} (${isSupplied ? "supplied in the options" : crossValidated})`
      : `sensitivity ${show(sensitivity)} (${suppliedSensitivity ? "supplied in the options" : crossValidated}) and specificity ${show(specificity)} (${suppliedSpecificity ? "supplied in the options" : crossValidated})`;
  const reasons = [
    // "0 of 1 sampled account has", "1 of 10 sampled accounts has", "0 of 2 sampled accounts have".
    `${groupDigits(flaggedCount)} of ${groupedCountOf(sampleSize, "sampled account")} ${verbFor(sampleSize === 1 ? 1 : flaggedCount, "has", "have")} a fake probability of at least ${show(threshold)} (observed rate ${show(observedFakeRate)})`,
    `Rogan–Gladen correction with ${accuracy}: fake share ${show(fakeShare)}`,
  ];
  // The observed rate written apart from the line it passes: 0.0998 and a false-positive rate of 0.0999 both read "0.1".
  if (observedFakeRate < 1 - specificity) {
    reasons.push(`the observed rate ${showApart(observedFakeRate, 1 - specificity, show).join(" is below the false-positive rate ")}, so the corrected share is clipped to 0`);
  } else if (observedFakeRate > sensitivity) {
    reasons.push(`the observed rate ${showApart(observedFakeRate, sensitivity, show).join(" is above the sensitivity ")}, so the corrected share is clipped to 1`);
  }
  // No width is not certainty: say why, clipping (both ends past the same bound) or a level so low that z is about 0.
  // Ends that differ read apart (showApart), so the caveat is there exactly when the ends read alike.
  const collapsed =
    interval.low !== interval.high
      ? ""
      : isClippedEstimate({ observedFakeRate, sensitivity, specificity })
        ? ` (clipped to ${show(interval.low)} at both ends by the correction, not a certainty)`
        : " (zero width only because the level is so low, not a certainty)";
  // The level as a percent, a share of 100 (showShare): at most 3 decimals ("90", "99.9"), but a level so close to 1
  // that it would read "100" keeps 3 significant digits of its distance from 100% (0.9999999999 → "99.99999999"), and
  // a small level keeps 3 significant digits below 0.0005, written out (1e-10 → "0.00000001") down to about 1e-98%,
  // "almost 0" below that (for 5e-324). Never 0 or 100 for a level that is not, never an exponent.
  reasons.push(
    `${show(level * 100, 100)}% Wilson interval on the observed rate [${showApart(observed.low, observed.high, show).join(", ")}], corrected the same way: [${showApart(interval.low, interval.high, show).join(", ")}]${collapsed}; it assumes a random sample of followers and ignores the uncertainty of sensitivity and specificity`,
  );
  if (thresholdBand === null) {
    const supplied = suppliedSensitivity === suppliedSpecificity ? "sensitivity and specificity hold" : suppliedSensitivity ? "sensitivity holds" : "specificity holds";
    reasons.push(`no threshold band: the supplied ${supplied} for one threshold only`);
  } else {
    const thresholds = thresholdBand.estimates.map((estimate) => estimate.threshold);
    const first = Math.min(...thresholds);
    const last = Math.max(...thresholds);
    reasons.push(`over thresholds ${show(first)}–${show(last)} the corrected fake share ranges from ${show(thresholdBand.low)} to ${show(thresholdBand.high)}`);
  }
  reasons.push(`Benford test on the sampled accounts' follower counts: ${benford.reason}`);

  return {
    fakeShare,
    authenticShare: 1 - fakeShare,
    interval,
    observedFakeRate,
    flaggedCount,
    sampleSize,
    threshold,
    sensitivity,
    specificity,
    method: "rogan-gladen-wilson",
    benford,
    thresholdBand,
    reasons,
    provenance: { ...provenanceOf(model), accuracy: isSupplied ? "supplied" : "cross-validated" },
  };
}

/**
 * Estimated share of fake accounts in an influencer's audience, from a random
 * sample of its followers, corrected for the classifier's own errors, with a
 * confidence interval and a band over nearby thresholds.
 *
 * 1. Each sampled account gets a probability from {@link estimateFakeAccountProbability}
 *    and counts as fake when it reaches `threshold` (default 0.35): observed
 *    rate `p = flagged / n`.
 * 2. The classifier misses some fakes and flags some real accounts, so `p` is
 *    corrected with the Rogan–Gladen estimator (Rogan & Gladen, American
 *    Journal of Epidemiology 107(1):71–76, 1978):
 *    `fakeShare = (p + Sp − 1) / (Se + Sp − 1)`, clipped to [0, 1], with the
 *    model's cross-validated sensitivity Se and specificity Sp at the threshold
 *    (0.704 and 0.969 at 0.35 for the shipped model) or your own.
 * 3. The interval is the Wilson score interval for `p` (Wilson, JASA
 *    22:209–212, 1927; default 90%) passed through the same correction and
 *    clipping. It is valid for a random sample of followers and does not
 *    include the uncertainty of Se and Sp themselves, nor a shift between the
 *    2017 training data and today's accounts.
 * 4. `thresholdBand` repeats step 2 at `threshold ± 0.05`, as the SRF study
 *    reported its shares over cut-offs 0.25–0.35.
 * 5. `benford` tests the first digits of the sampled accounts' follower
 *    counts with {@link measureBenfordConformity}; it is reported, not folded into the share.
 *
 * O(n) for n sampled accounts.
 *
 * @param sample - A random sample of the influencer's follower accounts (at
 *   least one); each with `followers`, `following`, `posts` and optional
 *   `hasProfilePicture`, `isPrivate`, `username`, `biographyLength`.
 * @param options - Threshold, accuracy overrides, confidence level, band width
 *   and model; see {@link EstimateAudienceAuthenticityOptions}.
 * @returns The corrected fake and authentic shares, the interval, the observed
 *   rate, the accuracy used, the Benford test, the threshold band, reasons and
 *   provenance.
 * @throws {@link InfluencerInputError} if the sample is empty or an account is
 *   invalid (path `[index, field]`), an option is out of range, the threshold
 *   lies outside the model's cross-validated thresholds (unless both
 *   sensitivity and specificity are given), or `sensitivity + specificity ≤ 1`
 *   (code `invalid_value`).
 * @example
 * // 100 followers: 20 look bought (follow thousands, no posts), 80 look ordinary
 * const bought = { followers: 12, following: 4100, posts: 0 };
 * const ordinary = { followers: 300, following: 280, posts: 45 };
 * const sample = [...Array.from({ length: 20 }, () => bought), ...Array.from({ length: 80 }, () => ordinary)];
 * const { fakeShare } = estimateAudienceAuthenticity(sample);
 * // observed 0.2; (0.2 + 0.9692 − 1) / (0.7041 + 0.9692 − 1) = 0.1692 / 0.6733
 * Number(fakeShare.toFixed(4));
 * // => 0.2513
 * @category Audience
 */
export function estimateAudienceAuthenticity(
  sample: AudienceSample,
  options?: EstimateAudienceAuthenticityOptions | undefined,
): AudienceAuthenticityEstimate {
  const parsedSample = parseInput(audienceSampleSchema(), sample);
  const parsedOptions = parseInput(estimateAudienceAuthenticityOptionsSchema(), options);
  return estimateAudienceAuthenticityParsed(parsedSample, parsedOptions);
}
