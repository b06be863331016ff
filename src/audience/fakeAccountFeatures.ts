import type { AudienceAccount } from "../schemas/profile.js";

/**
 * Names of the bounded features the fake-account model can use.
 *
 * - `logPosts`: `ln(1 + posts)`.
 * - `logFollowers`: `ln(1 + followers)`.
 * - `logFollowingPerFollower`: `ln((1 + following) / (1 + followers))`.
 * - `logFollowingPerPost`: `ln((1 + following) / (1 + posts))`.
 * - `noProfilePicture`: 1 when the account has no profile picture, else 0.
 * - `usernameDigitShare`: ASCII digits ÷ characters in the username, in [0, 1]:
 *   characters as a reader sees them (Unicode NFC, a combining mark counted
 *   with the character before it), so "é12" is 3 characters however "é" was typed.
 * - `usernameEndsWithDigit`: 1 when the username's last character is an ASCII digit, else 0.
 * - `isPrivate`: 1 when the account is private, else 0.
 *
 * Every value is clamped to the range seen in the training data before it is
 * used, so an account far outside that range (10 million followers) cannot push
 * the logit further than the most extreme training account did.
 *
 * @example
 * const key: FakeAccountFeatureKey = "logFollowingPerPost";
 * key.startsWith("log");
 * // => true
 * @category Audience
 */
export type FakeAccountFeatureKey =
  | "logPosts"
  | "logFollowers"
  | "logFollowingPerFollower"
  | "logFollowingPerPost"
  | "noProfilePicture"
  | "usernameDigitShare"
  | "usernameEndsWithDigit"
  | "isPrivate";

/** Every {@link FakeAccountFeatureKey}, in a fixed order. @internal */
export const FAKE_ACCOUNT_FEATURE_KEYS: readonly [FakeAccountFeatureKey, ...FakeAccountFeatureKey[]] = [
  "logPosts",
  "logFollowers",
  "logFollowingPerFollower",
  "logFollowingPerPost",
  "noProfilePicture",
  "usernameDigitShare",
  "usernameEndsWithDigit",
  "isPrivate",
];

/**
 * One feature of a fitted {@link FakeAccountModel}. The model's logit is
 * `intercept + Σ coefficient · (clamp(x, min, max) − mean)`: centring on the
 * training mean makes a missing optional input (which takes the value `mean`)
 * contribute exactly 0.
 *
 * @example
 * const feature: FakeAccountModelFeature = { key: "noProfilePicture", coefficient: 1.2, mean: 0.0123, min: 0, max: 1 };
 * feature.coefficient * (1 - feature.mean);
 * // => 1.18524
 * @category Audience
 */
export interface FakeAccountModelFeature {
  /** Which feature. */
  readonly key: FakeAccountFeatureKey;
  /**
   * Change in the log-odds of "fake" per unit of the feature. `|coefficient| × (max − min)`
   * must be at most 1000 (and `max − min` finite), so no account can push the logit to ±Infinity.
   */
  readonly coefficient: number;
  /** Mean of the feature in the training data; used when the input is missing. */
  readonly mean: number;
  /** Smallest value seen in training; lower values are raised to it. */
  readonly min: number;
  /** Largest value seen in training; higher values are lowered to it. */
  readonly max: number;
}

/**
 * Cross-validated accuracy of a {@link FakeAccountModel} when an account is
 * called fake at `probability ≥ threshold`.
 *
 * @example
 * const point: FakeAccountOperatingPoint = { threshold: 0.3, sensitivity: 0.8, specificity: 0.95 };
 * point.sensitivity + point.specificity - 1;
 * // => 0.75
 * @category Audience
 */
export interface FakeAccountOperatingPoint {
  /** Probability cut-off in (0, 1). */
  readonly threshold: number;
  /** Share of fake accounts called fake (true-positive rate), in [0, 1]. */
  readonly sensitivity: number;
  /** Share of real accounts called real (true-negative rate), in [0, 1]. */
  readonly specificity: number;
}

/**
 * A fitted fake-account model: logistic-regression coefficients on bounded
 * features, the default threshold, cross-validated operating points and the
 * provenance of the data it was fitted on. The library ships
 * {@link FAKE_ACCOUNT_MODEL}; the script `scripts/fit-fake-account-model.ts`
 * fits one on your own labelled accounts (`--json` writes it as a file you can
 * pass as the `model` option).
 *
 * @example
 * const model: FakeAccountModel = FAKE_ACCOUNT_MODEL;
 * model.features.length > 0;
 * // => true
 * @category Audience
 */
export interface FakeAccountModel {
  /** Short name of the model, shown in results' provenance. */
  readonly name: string;
  /** Data the model was fitted on: publisher, title, year. */
  readonly source: string;
  /** Address of that data. */
  readonly url?: string | undefined;
  /** Licence of that data. */
  readonly license?: string | undefined;
  /** Day the model was fitted, ISO 8601 (`YYYY-MM-DD`). */
  readonly fittedOn: string;
  /** Script that fitted it. */
  readonly script: string;
  /** Accounts in the training data. */
  readonly trainingSize: number;
  /** Accounts labelled fake in the training data. */
  readonly trainingFakeCount: number;
  /** Log-odds of "fake" for an account whose every feature equals its training mean, from −1000 to 1000. */
  readonly intercept: number;
  /** The features, with coefficients and training statistics. */
  readonly features: readonly FakeAccountModelFeature[];
  /** Default threshold: an account is called fake when its probability is at least this. */
  readonly threshold: number;
  /** Cross-validated area under the ROC curve of the out-of-fold probabilities. */
  readonly crossValidatedAuc: number;
  /** Number of cross-validation folds. */
  readonly folds: number;
  /** Cross-validated sensitivity and specificity at thresholds in increasing order. */
  readonly operatingPoints: readonly FakeAccountOperatingPoint[];
}

/**
 * The feature inputs of one account, as the model sees them: counts plus
 * username-derived numbers. The library derives the username fields from
 * `AudienceAccount.username`; the fitting script reads them from its CSV.
 *
 * @internal
 */
export interface FeatureInputs {
  readonly followers: number;
  readonly following: number;
  readonly posts: number;
  readonly hasProfilePicture?: boolean | undefined;
  readonly isPrivate?: boolean | undefined;
  readonly usernameLength?: number | undefined;
  readonly usernameDigitCount?: number | undefined;
  readonly usernameEndsWithDigit?: boolean | undefined;
}

const DIGIT = /[0-9]/u;

/** A combining mark (accent, vowel sign): drawn on the character before it. */
const MARK = /\p{M}/u;

/**
 * Derives the model's inputs from an account. The username's characters are
 * counted as a reader sees them: in Unicode normalization form C, so "é" typed
 * as U+00E9 or as "e" + U+0301 (and a Hangul syllable typed as its jamo) is one
 * character either way, and a combining mark left over (one without a
 * precomposed form, as in "g̃" or the Devanagari "रा") counts with the
 * character before it. Digits are ASCII 0–9; a username ends with a digit when
 * its last character is one (marks on it aside). The username itself is not kept.
 *
 * @internal
 */
export function featureInputsOf(account: AudienceAccount): FeatureInputs {
  const { followers, following, posts, hasProfilePicture, isPrivate, username } = account;
  const inputs: FeatureInputs = { followers, following, posts, hasProfilePicture, isPrivate };
  if (username === undefined) return inputs;
  // ASCII, the usual username, is its own NFC form and has no marks: one character a code unit, read without
  // normalizing (which copies the string) or a Unicode regex a character. Any other username is read in full.
  let isAscii = true;
  let length = username.length;
  let digits = 0;
  let last = username.slice(-1);
  for (let index = 0; isAscii && index < length; index++) {
    const code = username.charCodeAt(index);
    isAscii = code < 128;
    if (code >= 48 && code <= 57) digits += 1;
  }
  if (!isAscii) {
    length = 0;
    digits = 0;
    last = "";
    for (const character of username.normalize("NFC")) {
      if (MARK.test(character)) continue;
      length += 1;
      if (DIGIT.test(character)) digits += 1;
      last = character;
    }
  }
  return { ...inputs, usernameLength: length, usernameDigitCount: digits, usernameEndsWithDigit: DIGIT.test(last) };
}

function indicator(value: boolean | undefined): number | null {
  return value === undefined ? null : value ? 1 : 0;
}

/**
 * The unclamped value of one feature, or `null` when its input is missing.
 *
 * @internal
 */
export function rawFeatureValue(key: FakeAccountFeatureKey, inputs: FeatureInputs): number | null {
  switch (key) {
    case "logPosts":
      return Math.log1p(inputs.posts);
    case "logFollowers":
      return Math.log1p(inputs.followers);
    case "logFollowingPerFollower":
      return Math.log1p(inputs.following) - Math.log1p(inputs.followers);
    case "logFollowingPerPost":
      return Math.log1p(inputs.following) - Math.log1p(inputs.posts);
    case "noProfilePicture":
      return inputs.hasProfilePicture === undefined ? null : inputs.hasProfilePicture ? 0 : 1;
    case "usernameDigitShare":
      return inputs.usernameLength === undefined || inputs.usernameDigitCount === undefined || inputs.usernameLength === 0
        ? null
        : inputs.usernameDigitCount / inputs.usernameLength;
    case "usernameEndsWithDigit":
      return indicator(inputs.usernameEndsWithDigit);
    case "isPrivate":
      return indicator(inputs.isPrivate);
  }
}
