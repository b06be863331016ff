// The audience estimate's options that only the model can check (a threshold
// inside the model's cross-validated table, sensitivity + specificity above 1)
// are options of scoreTrust and of the report: a mistake there is reported at
// the option's own path, once, whether or not a profile has a follower sample.
import { describe, expect, it } from "vitest";
import { InfluencerInputError, scoreInfluencer, scoreInfluencers, scoreTrust, type InputIssue } from "../../src/index.js";

/** Five ordinary sampled followers: enough for the estimate to run. */
const sample = Array.from({ length: 5 }, () => ({ followers: 300, following: 280, posts: 45 }));
const withSample = { platform: "instagram", followers: 10_000, audience: { sample } } as const;
const withoutSample = { platform: "instagram", followers: 10_000, following: 300 } as const;

function issuesOf(run: () => unknown): readonly InputIssue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InfluencerInputError) return error.issues;
    throw error;
  }
  return [];
}

// The shipped model is cross-validated at thresholds 0.01–0.99 (FAKE_ACCOUNT_MODEL.operatingPoints).
const THRESHOLD = "expected a number between 0.01 and 0.99 (the thresholds the model was cross-validated at)";

describe("audience options that depend on the model", () => {
  it("are reported under audience in scoreTrust, with or without a sample", () => {
    const expected = [{ path: ["audience", "threshold"], code: "too_big", message: `audience.threshold: ${THRESHOLD}, received 0.995` }];
    expect(issuesOf(() => scoreTrust(withSample, { audience: { threshold: 0.995 } }))).toEqual(expected);
    expect(issuesOf(() => scoreTrust(withoutSample, { audience: { threshold: 0.995 } }))).toEqual(expected);
    // 0.5 + 0.4 = 0.9 ≤ 1: no correction exists
    expect(issuesOf(() => scoreTrust(withSample, { audience: { sensitivity: 0.5, specificity: 0.4 } }))).toEqual([
      { path: ["audience", "specificity"], code: "invalid_value", message: "audience.specificity: expected sensitivity + specificity above 1 (sensitivity is 0.5), received 0.4" },
    ]);
  });

  it("are reported under trust.audience in the report", () => {
    expect(issuesOf(() => scoreInfluencer(withoutSample, { trust: { audience: { threshold: 0.001 } } }))).toEqual([
      { path: ["trust", "audience", "threshold"], code: "too_small", message: `trust.audience.threshold: ${THRESHOLD}, received 0.001` },
    ]);
  });

  it("make a batch throw as any invalid option does, rather than fail each row with a sample", () => {
    const batch = (): unknown => scoreInfluencers([withSample, withoutSample], { trust: { audience: { threshold: 0.995 } } });
    expect(issuesOf(batch).map((issue) => issue.path)).toEqual([["trust", "audience", "threshold"]]);
  });
});
