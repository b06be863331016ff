// A small hand-made fake-account model for tests: round coefficients so every
// expected probability can be worked out by hand, and all eight feature kinds so
// every feature path is exercised. Not fitted on any data.
import type { FakeAccountModel } from "../../src/index.js";

export const handModel: FakeAccountModel = {
  name: "hand-made test model",
  source: "influencer-scoring tests, 2026",
  fittedOn: "2026-01-01",
  script: "test/audience/handModel.ts",
  trainingSize: 100,
  trainingFakeCount: 20,
  intercept: -1,
  features: [
    { key: "logPosts", coefficient: -0.5, mean: 2, min: 0, max: 10 },
    { key: "logFollowers", coefficient: -0.25, mean: 4, min: 0, max: 12 },
    { key: "logFollowingPerFollower", coefficient: 0.5, mean: 0, min: -5, max: 5 },
    { key: "logFollowingPerPost", coefficient: 1, mean: 2, min: -5, max: 5 },
    { key: "noProfilePicture", coefficient: 1.5, mean: 0.2, min: 0, max: 1 },
    { key: "usernameDigitShare", coefficient: 2, mean: 0.1, min: 0, max: 1 },
    { key: "usernameEndsWithDigit", coefficient: 0.5, mean: 0.2, min: 0, max: 1 },
    { key: "isPrivate", coefficient: -0.5, mean: 0.25, min: 0, max: 1 },
  ],
  threshold: 0.4,
  crossValidatedAuc: 0.9,
  folds: 10,
  operatingPoints: [
    { threshold: 0.2, sensitivity: 0.9, specificity: 0.7 },
    { threshold: 0.4, sensitivity: 0.8, specificity: 0.9 },
    { threshold: 0.6, sensitivity: 0.5, specificity: 0.95 },
    { threshold: 0.8, sensitivity: 0.1, specificity: 0.85 },
  ],
};

/**
 * Every feature away from its mean. Under handModel, by hand:
 * logPosts ln(1) = 0 → −0.5·(0 − 2) = +1; logFollowers 0 → −0.25·(0 − 4) = +1;
 * following/followers ln(1/1) = 0 → 0.5·(0 − 0) = 0; following/posts 0 → 1·(0 − 2) = −2;
 * no picture 1 → 1.5·(1 − 0.2) = +1.2; digit share 2/4 = 0.5 → 2·(0.5 − 0.1) = +0.8;
 * ends with digit 1 → 0.5·(1 − 0.2) = +0.4; private 1 → −0.5·(1 − 0.25) = −0.375.
 * logit = −1 + 1 + 1 + 0 − 2 + 1.2 + 0.8 + 0.4 − 0.375 = 1.025;
 * probability = 1 / (1 + e^−1.025) = 0.7359453939271484 (python3: 1/(1+math.exp(-1.025))).
 */
export const suspiciousAccount = {
  followers: 0,
  following: 0,
  posts: 0,
  hasProfilePicture: false,
  isPrivate: true,
  username: "ab12",
} as const;

/**
 * Only the required counts. Under handModel: +1 + 1 + 0 − 2 and 0 for the four
 * missing optional features: logit = −1 + 0 = −1; probability = 1 / (1 + e) = 0.2689414213699951.
 */
export const bareAccount = { followers: 0, following: 0, posts: 0 } as const;

/** Looks bought under the shipped model (probability ≈ 0.96, see estimateFakeAccountProbability.test.ts). */
export const boughtAccount = { followers: 12, following: 4100, posts: 0 } as const;

/** Looks ordinary under the shipped model (probability ≈ 0.004). */
export const ordinaryAccount = { followers: 300, following: 280, posts: 45, username: "anna.meier" } as const;
