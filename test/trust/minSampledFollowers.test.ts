// audience-fake-heavy from a follower sample is critical only with at least
// minSampledFollowers (20) sampled accounts: a handful of accounts is a warning,
// not proof. One fake of one sampled account used to be critical, because the
// Wilson interval of a single account (real share 0 to 0.645) lies below the 0.75
// warning line.
import { describe, expect, it } from "vitest";
import { FAKE_ACCOUNT_MODEL, scoreTrust, TRUST_THRESHOLDS, type AudienceAccount, type TrustScore } from "../../src/index.js";

/** The shipped model gives it 0.990: flagged at 0.35. */
const fake: AudienceAccount = { followers: 2, following: 7_500, posts: 0, hasProfilePicture: false };
/** The shipped model gives it 0.00155: not flagged. */
const real: AudienceAccount = { followers: 900, following: 300, posts: 120, hasProfilePicture: true };

const sampleOf = (fakes: number, reals: number): AudienceAccount[] => [...Array.from({ length: fakes }, () => fake), ...Array.from({ length: reals }, () => real)];
const audienceFlag = (result: TrustScore): TrustScore["flags"][number] | undefined => result.flags.find((flag) => flag.code === "audience-fake-heavy");
const scored = (sample: readonly AudienceAccount[], minSampledFollowers?: number): TrustScore =>
  scoreTrust({ platform: "instagram", followers: 12_000, audience: { sample } }, minSampledFollowers === undefined ? undefined : { thresholds: { minSampledFollowers } });

describe("minSampledFollowers", () => {
  it("defaults to 20, with its derivation as the source", () => {
    expect(TRUST_THRESHOLDS.minSampledFollowers.value).toBe(20);
    expect(TRUST_THRESHOLDS.minSampledFollowers.source).toMatch(/^judgement, derived for influencer-scoring: /u);
  });

  it("calls 1 fake of 1 sampled follower a warning, and says why", () => {
    // 1 of 1 flagged: real share 0; Wilson 90% lower end of the flagged rate 1 / (1 + 1.6449²) = 0.2699, corrected
    // (0.2699 + 0.9692 − 1) / 0.6733 = 0.3551, so the real share's interval reaches 0.645 < 0.75: it was critical.
    const result = scored(sampleOf(1, 0));
    expect(audienceFlag(result)?.severity).toBe("warning");
    expect(audienceFlag(result)?.message).toBe(
      "none of the followers look real (sample estimate), below the 0.75 threshold; too small a sample to be sure (1 sampled follower, fewer than the 20 a critical flag needs), so not critical",
    );
    expect(result.cap).toBeNull();
  });

  it.each([2, 3, 4, 5, 10, 19])("calls %i fakes of as many sampled followers a warning", (count) => {
    // all flagged: real share 0 and an interval wholly below 0.75 at every size; only the count stops it
    expect(audienceFlag(scored(sampleOf(count, 0)))?.severity).toBe("warning");
  });

  it("calls 20 fakes of 20 critical", () => {
    expect(audienceFlag(scored(sampleOf(20, 0)))?.severity).toBe("critical");
  });

  it("calls 8 fakes of 20 critical and 7 a warning, by the share and its interval", () => {
    // 8 / 20 = 0.4: (0.4 − 0.0308) / 0.6733 = 0.548 fake, 0.452 real < 0.5, interval up to 0.686 < 0.75 → critical.
    // 7 / 20 = 0.35: 0.474 fake, 0.526 real ≥ 0.5 → warning, with no doubt to state.
    expect(audienceFlag(scored(sampleOf(8, 12)))?.severity).toBe("critical");
    expect(audienceFlag(scored(sampleOf(7, 13)))?.message).toBe("only 0.526 of followers look real (sample estimate), below the 0.75 threshold");
  });

  it("judges by the interval alone when set to 0", () => {
    expect(audienceFlag(scored(sampleOf(1, 0), 0))?.severity).toBe("critical");
  });

  it("never holds back a vendor audit", () => {
    const result = scoreTrust({ platform: "instagram", followers: 12_000, audience: { authenticShare: 0.45, sample: sampleOf(1, 0) } });
    expect(audienceFlag(result)?.severity).toBe("critical");
  });

  it("is the smallest size from which an audience at the warning line is called critical at most 5% of the time", () => {
    // The derivation of the default, recomputed through the flag itself with the minimum switched off: an audience
    // with real share 0.75 is flagged account by account with probability q = 0.25 · Se + 0.75 · (1 − Sp) at the
    // shipped model's threshold; P(critical) at size n is the binomial tail above the fewest flagged that is critical.
    const point = FAKE_ACCOUNT_MODEL.operatingPoints.find((candidate) => candidate.threshold === FAKE_ACCOUNT_MODEL.threshold);
    const q = 0.25 * (point?.sensitivity ?? Number.NaN) + 0.75 * (1 - (point?.specificity ?? Number.NaN));
    const isCritical = (flagged: number, size: number): boolean => audienceFlag(scored(sampleOf(flagged, size - flagged), 0))?.severity === "critical";
    const binomial = (size: number, flagged: number): number => {
      let coefficient = 1;
      for (let index = 0; index < flagged; index += 1) coefficient = (coefficient * (size - index)) / (index + 1);
      return coefficient * q ** flagged * (1 - q) ** (size - flagged);
    };
    const falseCritical = (size: number): number => {
      // critical is monotone in the flagged count (the share falls, the interval moves down): search for the fewest
      let low = 0;
      let high = size + 1;
      while (low < high) {
        const middle = Math.floor((low + high) / 2);
        if (isCritical(middle, size)) high = middle;
        else low = middle + 1;
      }
      let total = 0;
      for (let flagged = low; flagged <= size; flagged += 1) total += binomial(size, flagged);
      return total;
    };
    const rates = Array.from({ length: 60 }, (_, index) => falseCritical(index + 1));
    // python (exact binomial sums over the same rule): n = 1: 0.1991, 3: 0.1032, 19: 0.0663; max over 20–60: 0.0421 (n = 21)
    expect(rates[0]).toBeCloseTo(0.1991, 4);
    expect(rates[2]).toBeCloseTo(0.1032, 4);
    expect(rates[18]).toBeCloseTo(0.0663, 4);
    expect(Math.max(...rates.slice(19))).toBeCloseTo(0.0421, 4);
    // 20 is the smallest n from which every size stays within the 90% interval's one-sided 5%
    const smallest = rates.findIndex((_, index) => rates.slice(index).every((rate) => rate <= 0.05)) + 1;
    expect(smallest).toBe(TRUST_THRESHOLDS.minSampledFollowers.value);
  });
});
