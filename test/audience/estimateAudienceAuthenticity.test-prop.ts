import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { estimateAudienceAuthenticity, estimateFakeAccountProbability, type AudienceAccount } from "../../src/index.js";
import { accountArbitrary, deepFreeze } from "./arbitraries.js";
import { boughtAccount, ordinaryAccount } from "./handModel.js";

const sampleArbitrary = fc.array(accountArbitrary, { minLength: 1, maxLength: 60 });

test.prop([sampleArbitrary])("gives shares in [0, 1] that add up to 1, inside their interval", (sample) => {
  const { fakeShare, authenticShare, interval, thresholdBand } = estimateAudienceAuthenticity(sample);
  expect(fakeShare >= 0 && fakeShare <= 1).toBe(true);
  expect(fakeShare + authenticShare).toBeCloseTo(1, 12);
  expect(interval.low <= fakeShare && fakeShare <= interval.high).toBe(true);
  expect(interval.low >= 0 && interval.high <= 1).toBe(true);
  expect(thresholdBand !== null && thresholdBand.low <= fakeShare && fakeShare <= thresholdBand.high).toBe(true);
});

test.prop([sampleArbitrary])("returns plain JSON data (R7)", (sample) => {
  const result = estimateAudienceAuthenticity(sample);
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
});

test.prop([sampleArbitrary])("does not depend on the order of the sample, and leaves a frozen sample untouched", (sample) => {
  const frozen = deepFreeze(sample.map((account) => ({ ...account })));
  expect(estimateAudienceAuthenticity([...frozen].reverse())).toEqual(estimateAudienceAuthenticity(sample));
});

/** Any accepted confidence level, with the extremes: the smallest double and the largest double below 1. */
const levelArbitrary = fc.oneof(fc.double({ min: Number.MIN_VALUE, max: 1 - 2 ** -53, noNaN: true }), fc.constantFrom(Number.MIN_VALUE, 1 - 2 ** -53, 1 - 2 ** -52));

test.prop([sampleArbitrary, levelArbitrary])("gives a finite interval around the estimate at every confidence level strictly between 0 and 1", (sample, confidenceLevel) => {
  const { fakeShare, interval } = estimateAudienceAuthenticity(sample, { confidenceLevel });
  expect(interval.low >= 0 && interval.low <= fakeShare && fakeShare <= interval.high && interval.high <= 1).toBe(true);
});

test.prop([levelArbitrary])("writes every confidence level in the reasons as a plain decimal or 'almost 0', never 0 or 100", (confidenceLevel) => {
  // Before, a level under about 1e-100 read as an exponent ("4.94e-322% Wilson interval" at the smallest double).
  const { reasons } = estimateAudienceAuthenticity([boughtAccount], { confidenceLevel });
  const percent = reasons.find((reason) => reason.includes("% Wilson interval "))?.split("% Wilson interval ")[0];
  expect(percent).toMatch(/^(?:almost 0|\d+(?:\.\d+)?)$/u);
  expect(["0", "100"]).not.toContain(percent);
});

test.prop([sampleArbitrary, fc.double({ min: 0.5, max: 0.99, noNaN: true })])(
  "counts exactly the accounts whose probability reaches the threshold",
  (sample, threshold) => {
    const expected = sample.filter((account) => estimateFakeAccountProbability(account).probability >= threshold).length;
    expect(estimateAudienceAuthenticity(sample, { threshold, sensitivity: 0.8, specificity: 0.9 }).flaggedCount).toBe(expected);
  },
);

/** mulberry32: a small seeded PRNG (Tommy Ettinger's public-domain generator). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Scenario {
  readonly trueFakeShare: number;
  readonly sensitivity: number;
  readonly specificity: number;
  readonly sampleSize: number;
  readonly seed: number;
}

/**
 * Draws 1,000 samples of followers with a known fake share and a classifier
 * with known sensitivity and specificity: each follower is fake with
 * probability `trueFakeShare`, then flagged with probability `sensitivity`
 * (fake) or `1 − specificity` (real). A flagged follower is represented by an
 * account the shipped model scores 0.96, an unflagged one by an account it
 * scores 0.004, so at the default threshold 0.35 the library sees exactly
 * the simulated classifications.
 */
function simulate(scenario: Scenario): { covered: number; meanEstimate: number } {
  const random = mulberry32(scenario.seed);
  let covered = 0;
  let estimateSum = 0;
  for (let run = 0; run < 1000; run += 1) {
    const sample: AudienceAccount[] = [];
    for (let index = 0; index < scenario.sampleSize; index += 1) {
      const isFake = random() < scenario.trueFakeShare;
      const isFlagged = random() < (isFake ? scenario.sensitivity : 1 - scenario.specificity);
      sample.push(isFlagged ? boughtAccount : ordinaryAccount);
    }
    const { fakeShare, interval } = estimateAudienceAuthenticity(sample, {
      sensitivity: scenario.sensitivity,
      specificity: scenario.specificity,
    });
    if (interval.low <= scenario.trueFakeShare && scenario.trueFakeShare <= interval.high) covered += 1;
    estimateSum += fakeShare;
  }
  return { covered, meanEstimate: estimateSum / 1000 };
}

describe("Rogan–Gladen interval coverage (simulation, fixed seeds)", () => {
  it("covers a true fake share of 0.2 in at least 85% of 1,000 samples of 200 (acceptance criterion)", () => {
    const { covered, meanEstimate } = simulate({ trueFakeShare: 0.2, sensitivity: 0.8, specificity: 0.9, sampleSize: 200, seed: 7 });
    // Nominal 90%: the Wilson interval for p = 0.2·0.8 + 0.8·0.1 = 0.24 maps one-to-one onto π
    expect(covered).toBeGreaterThanOrEqual(850);
    // Unbiased away from the clipping bounds: SD of one estimate ≈ √(0.24·0.76/200)/0.7 = 0.043; of the mean ≈ 0.0014
    expect(Math.abs(meanEstimate - 0.2)).toBeLessThan(0.01);
  });

  it("covers a small fake share with the shipped model's accuracy in at least 85% of 1,000 samples of 100", () => {
    // Se 0.7041 and Sp 0.9692: the shipped model's cross-validated accuracy at 0.35
    const { covered } = simulate({ trueFakeShare: 0.05, sensitivity: 0.7041, specificity: 0.9692, sampleSize: 100, seed: 11 });
    expect(covered).toBeGreaterThanOrEqual(850);
  });
});
