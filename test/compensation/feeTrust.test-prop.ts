// The fee's trust score reuses the report's trust signals and evaluates only
// the three that read follower-dependent engagement evidence again. It must
// equal running the whole trust model on the stripped evidence.
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { feeTrust } from "../../src/compensation/qualityContext.js";
import { scoreEngagementParsed } from "../../src/engagement/scoreEngagement.js";
import { parseProfile } from "../../src/index.js";
import { evaluateTrustParsed, scoreTrustParsed } from "../../src/trust/scoreTrust.js";
import { fullProfile } from "./arbitraries.js";

test.prop([fullProfile], { numRuns: fc.readConfigureGlobal().numRuns ?? 1_000 })("the reused-signal fee trust equals the trust model on follower-free evidence", (input) => {
  const profile = parseProfile(input);
  const engagement = scoreEngagementParsed(profile);
  const fromScratch = scoreTrustParsed(profile, undefined, { ...engagement, percentile: null, consistency: null }).score;
  // With the report's evaluation (the fast path) and without it (qualityContext's path).
  expect(feeTrust(profile, engagement, undefined, evaluateTrustParsed(profile, undefined, engagement)).score).toBe(fromScratch);
  expect(feeTrust(profile, engagement, undefined).score).toBe(fromScratch);
});

test.prop([fullProfile, fc.double({ min: 0, max: 1, noNaN: true })], { numRuns: fc.readConfigureGlobal().numRuns ?? 300 })("holds with overridden thresholds too", (input, podPercentile) => {
  const profile = parseProfile(input);
  const engagement = scoreEngagementParsed(profile);
  const options = { thresholds: { podPercentile } };
  const fromScratch = scoreTrustParsed(profile, options, { ...engagement, percentile: null, consistency: null }).score;
  expect(feeTrust(profile, engagement, options, evaluateTrustParsed(profile, options, engagement)).score).toBe(fromScratch);
});
