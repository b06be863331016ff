import { describe, expect, it } from "vitest";
import { FAKE_ACCOUNT_MODEL, estimateAudienceAuthenticity, estimateFakeAccountProbability, type AudienceAccount } from "../../src/index.js";
import { bareAccount, boughtAccount, handModel, ordinaryAccount, suspiciousAccount } from "./handModel.js";
import { issuesOf } from "../arbitraries/laws.js";

describe("estimateFakeAccountProbability", () => {
  it("matches the documented example", () => {
    // Shipped model: logit = −4.08425 + 0.40646·(ln(4101/13) − 0.635461) + 0.928309·(ln 4101 − 2.71951)
    //   = −4.08425 + 0.40646·5.118576 + 0.928309·5.599476 = −4.08425 + 2.080496 + 5.198044 = 3.194290
    // probability = 1 / (1 + e^−3.194290) = 0.96062 > 0.9
    expect(estimateFakeAccountProbability({ followers: 12, following: 4100, posts: 0 }).probability > 0.9).toBe(true);
    // logit = −4.08425 + 0.40646·(ln(281/301) − 0.635461) + 0.928309·(ln(281/46) − 2.71951) + 3.76134·(0 − 0.0508688)
    //   = −4.08425 − 0.286236 − 0.844572 − 0.191335 = −5.406393; probability = 0.00447 < 0.05
    expect(estimateFakeAccountProbability({ followers: 300, following: 280, posts: 45, username: "anna.meier" }).probability < 0.05).toBe(true);
  });

  it("matches the documented example of FakeAccountFactor", () => {
    // The shipped model lists logFollowingPerFollower first (src/audience/fakeAccountModel.ts).
    expect(estimateFakeAccountProbability({ followers: 10, following: 10, posts: 10 }).factors[0]?.key).toBe("logFollowingPerFollower");
  });

  it("matches the documented example of FakeAccountProbabilityResult", () => {
    // logit = −4.08425 + 0.40646·(ln(281/301) − 0.635461) + 0.928309·(ln(281/46) − 2.71951)
    //   = −4.08425 − 0.286236 − 0.844572 = −5.215058 < logit(0.35) = −0.619
    expect(estimateFakeAccountProbability({ followers: 300, following: 280, posts: 45 }).isLikelyFake).toBe(false);
  });

  it("matches the documented example of FakeAccountProvenance", () => {
    // The SRF Data repository's README states CC BY-SA 4.0.
    expect(estimateFakeAccountProbability({ followers: 1, following: 1, posts: 1 }).provenance.license).toBe("CC BY-SA 4.0");
  });

  it("adds each factor's contribution to the intercept (hand-made model, all features)", () => {
    const result = estimateFakeAccountProbability(suspiciousAccount, { model: handModel });
    // Hand arithmetic in test/audience/handModel.ts: logit 1.025, probability 1 / (1 + e^−1.025)
    expect(result.logit).toBeCloseTo(1.025, 12);
    expect(result.probability).toBeCloseTo(0.7359453939271484, 12);
    expect(result.factors.map((factor) => [factor.key, factor.value, factor.weight])).toEqual([
      ["logPosts", 0, -0.5],
      ["logFollowers", 0, -0.25],
      ["logFollowingPerFollower", 0, 0.5],
      ["logFollowingPerPost", 0, 1],
      ["noProfilePicture", 1, 1.5],
      ["usernameDigitShare", 0.5, 2], // "ab12": 2 digits of 4 characters
      ["usernameEndsWithDigit", 1, 0.5],
      ["isPrivate", 1, -0.5],
    ]);
    // weight · (value − mean), as listed in handModel.ts
    const contributions = result.factors.map((factor) => factor.contribution);
    [1, 1, 0, -2, 1.2, 0.8, 0.4, -0.375].forEach((expected, index) => {
      expect(contributions[index]).toBeCloseTo(expected, 12);
    });
  });

  it("says in each reason which way the feature pushes", () => {
    const reasons = estimateFakeAccountProbability(suspiciousAccount, { model: handModel }).factors.map((factor) => factor.reason);
    expect(reasons[0]).toBe("ln(1 + posts) = 0, below the training mean 2: raises the fake probability");
    expect(reasons[2]).toBe("ln((1 + following) / (1 + followers)) = 0, at the training mean 0: is neutral");
    expect(reasons[3]).toBe("ln((1 + following) / (1 + posts)) = 0, below the training mean 2: lowers the fake probability");
    expect(reasons[4]).toBe("no profile picture (1 = none) = 1, above the training mean 0.2: raises the fake probability");
    expect(reasons[7]).toBe("private account (1 = yes) = 1, above the training mean 0.25: lowers the fake probability");
  });

  it("writes a small feature value with 3 significant digits, not as 0", () => {
    // ln((1 + 10000) / (1 + 10001)) = ln(10001/10002) = −0.0000999850 (python3: math.log(10001/10002) = -9.9985e-05),
    // 3 significant digits −0.0001; below the hand model's mean 0, and 0.5·(−0.0000999850 − 0) < 0 lowers the logit.
    // With toFixed(3) it read "= 0, below the training mean 0".
    const result = estimateFakeAccountProbability({ followers: 10_001, following: 10_000, posts: 0 }, { model: handModel });
    expect(result.factors[2]?.reason).toBe("ln((1 + following) / (1 + followers)) = -0.0001, below the training mean 0: lowers the fake probability");
  });

  it("reads a profile picture and a public account as 0", () => {
    const result = estimateFakeAccountProbability({ ...bareAccount, hasProfilePicture: true, isPrivate: false, username: "anna" }, { model: handModel });
    // noProfilePicture 0, usernameDigitShare 0/4 = 0, usernameEndsWithDigit 0, isPrivate 0
    expect(result.factors.slice(4).map((factor) => factor.value)).toEqual([0, 0, 0, 0]);
  });

  describe("username characters", () => {
    const account = { followers: 100, following: 100, posts: 10 } as const;
    const featuresOf = (username: string): (number | null)[] =>
      estimateFakeAccountProbability({ ...account, username }, { model: handModel }).factors.slice(5, 7).map((factor) => factor.value);

    it("gives the same probability to a username typed precomposed (NFC) or decomposed (NFD)", () => {
      const precomposed = "\u00e912"; // é as U+00E9
      const decomposed = "e\u030112"; // é as e + U+0301 COMBINING ACUTE ACCENT
      expect(precomposed.normalize("NFC")).toBe(decomposed.normalize("NFC"));
      // Shipped model, 3 characters of which 2 are digits: share 2/3 = 0.666667 (it read 2/4 = 0.5 decomposed).
      // logit = −4.08425 + 0.40646·(ln(101/101) − 0.635461) + 0.928309·(ln(101/11) − 2.71951) + 3.76134·(2/3 − 0.0508688)
      //   = −4.08425 − 0.258289 − 0.466275 + 2.316225 = −2.492590 (python3: -2.4925897897697897)
      // probability = 1 / (1 + e^2.4925898) = 0.0763793 (python3: 0.07637929878002302); decomposed it was 0.0423108
      const nfc = estimateFakeAccountProbability({ ...account, username: precomposed });
      const nfd = estimateFakeAccountProbability({ ...account, username: decomposed });
      expect(nfd).toEqual(nfc);
      expect(nfc.probability).toBeCloseTo(0.07637929878002302, 12);
      expect(nfd.factors.find((factor) => factor.key === "usernameDigitShare")?.value).toBe(2 / 3);
    });

    it("counts a Hangul syllable as one character, written as a syllable or as its jamo", () => {
      // 한 is U+D55C, or U+1112 U+1161 U+11AB in NFD (three letters, no marks): "한1" is 2 characters, 1 digit.
      // Hand model: share 1/2 = 0.5, ends with a digit 1.
      expect(featuresOf("\ud55c1")).toEqual([0.5, 1]);
      expect(featuresOf("\u1112\u1161\u11ab1")).toEqual([0.5, 1]);
    });

    it("counts a combining mark that has no precomposed form with the character before it", () => {
      // g̃ (g + U+0303) and रा (र + the vowel sign U+093E) are one character each to a reader:
      // "g̃1" and "रा1" are 2 characters with 1 digit, share 1/2 (it read 1/3).
      expect(featuresOf("g\u03031")).toEqual([0.5, 1]);
      expect(featuresOf("\u0930\u093e1")).toEqual([0.5, 1]);
    });

    it("gives the same fake share to a sample whatever form its usernames are in", () => {
      // Shipped model, followers 100, following 100, posts 0, without the username:
      // L = −4.08425 + 0.40646·(0 − 0.635461) + 0.928309·(ln 101 − 2.71951) = −4.08425 − 0.258289 + 1.759622 = −2.582917.
      // "é12" as 3 characters: L + 3.76134·(2/3 − 0.0508688) = −0.266692 ≥ logit(0.35) = −0.619039: called fake.
      // As 4 code points it read L + 3.76134·(0.5 − 0.0508688) = −0.893580 < −0.619039: called real.
      const sample = (username: string): AudienceAccount[] => [
        { followers: 100, following: 100, posts: 0, username },
        { followers: 300, following: 280, posts: 45, username: "anna.meier" },
      ];
      const nfc = estimateAudienceAuthenticity(sample("\u00e912"));
      expect(estimateAudienceAuthenticity(sample("e\u030112"))).toEqual(nfc);
      expect(nfc.observedFakeRate).toBe(0.5);
    });
  });

  describe("edge cases", () => {
    it("treats missing optional inputs as the training mean, contributing exactly 0", () => {
      const result = estimateFakeAccountProbability(bareAccount, { model: handModel });
      // By hand: logit = −1 + 1 + 1 + 0 − 2 + 0 + 0 + 0 + 0 = −1; probability = 1 / (1 + e) = 0.2689414213699951
      expect(result.logit).toBeCloseTo(-1, 12);
      expect(result.probability).toBeCloseTo(0.2689414213699951, 12);
      const missing = result.factors.slice(4);
      expect(missing.map((factor) => [factor.value, factor.contribution])).toEqual([
        [null, 0],
        [null, 0],
        [null, 0],
        [null, 0],
      ]);
      expect(missing[0]?.reason).toBe("hasProfilePicture not given: the training mean 0.2 is used, so this feature is neutral");
      expect(missing[1]?.reason).toBe("username not given: the training mean 0.1 is used, so this feature is neutral");
    });

    it("clamps feature values to the training range and says so", () => {
      const result = estimateFakeAccountProbability({ followers: 0, following: 100_000, posts: 0 }, { model: handModel });
      // ln(100001) = 11.512935 for both ratios, clamped to max 5:
      // following/followers 0.5·(5 − 0) = 2.5; following/posts 1·(5 − 2) = 3
      expect(result.factors[2]?.value).toBe(5);
      expect(result.factors[3]?.contribution).toBe(3);
      expect(result.factors[3]?.reason).toBe(
        "ln((1 + following) / (1 + posts)) = 5 (clamped from 11.513 to the training range), above the training mean 2: raises the fake probability",
      );
    });

    it("gives a probability above one half for a positive logit and below for a negative one", () => {
      // Shipped model; hand arithmetic in the documented-example test above.
      expect(estimateFakeAccountProbability(boughtAccount).isLikelyFake).toBe(true);
      expect(estimateFakeAccountProbability(ordinaryAccount).isLikelyFake).toBe(false);
    });

    it("ignores biographyLength, which the 2017 training data do not have", () => {
      const without = estimateFakeAccountProbability(ordinaryAccount);
      const withBio = estimateFakeAccountProbability({ ...ordinaryAccount, biographyLength: 120 });
      expect(withBio).toEqual(without);
    });

    it("omits the licence from the provenance when the model has none", () => {
      expect(estimateFakeAccountProbability(bareAccount, { model: handModel }).provenance).toEqual({
        model: "hand-made test model",
        source: "influencer-scoring tests, 2026",
        fittedOn: "2026-01-01",
      });
    });

    it("uses the shipped model when options are undefined", () => {
      expect(estimateFakeAccountProbability(boughtAccount, undefined)).toEqual(estimateFakeAccountProbability(boughtAccount, { model: FAKE_ACCOUNT_MODEL }));
    });
  });

  describe("input errors", () => {
    it("names the field, the expectation and the received value", () => {
      expect(issuesOf(() => estimateFakeAccountProbability({ followers: -1, following: 0, posts: 0 }))).toEqual([
        { path: ["followers"], code: "too_small", message: "followers: expected a non-negative integer, received -1" },
      ]);
    });

    it("rejects null and wrongly typed fields without zod's default message", () => {
      expect(issuesOf(() => estimateFakeAccountProbability(null as never))).toEqual([
        { path: [], code: "invalid_type", message: "expected an account object with followers, following and posts, received null" },
      ]);
      const issues = issuesOf(() => estimateFakeAccountProbability({ followers: 1.5, following: "3", posts: 0, username: 5 } as never));
      expect(issues).toEqual([
        { path: ["followers"], code: "invalid_type", message: "followers: expected a non-negative integer, received 1.5" },
        { path: ["following"], code: "invalid_type", message: 'following: expected a non-negative integer, received "3"' },
        { path: ["username"], code: "invalid_type", message: "username: expected a non-empty string of at most 200 characters, received 5" },
      ]);
      expect(JSON.stringify(issues)).not.toContain("Invalid input");
    });

    it("rejects options that are not an object", () => {
      expect(issuesOf(() => estimateFakeAccountProbability(bareAccount, "x" as never))).toEqual([
        { path: [], code: "invalid_type", message: 'expected an options object, received "x"' },
      ]);
    });

    it("validates a supplied model field by field", () => {
      expect(issuesOf(() => estimateFakeAccountProbability(bareAccount, { model: { ...handModel, threshold: 1 } }))).toEqual([
        { path: ["model", "threshold"], code: "too_big", message: "model.threshold: expected a number strictly between 0 and 1, received 1" },
      ]);
      expect(issuesOf(() => estimateFakeAccountProbability(bareAccount, { model: { ...handModel, intercept: Number.NaN } }))).toEqual([
        { path: ["model", "intercept"], code: "invalid_type", message: "model.intercept: expected a finite number, received NaN" },
      ]);
    });

    it("rejects a model whose feature mean lies outside its range", () => {
      const features = [{ key: "logPosts" as const, coefficient: 1, mean: 100, min: 0, max: 10 }];
      expect(issuesOf(() => estimateFakeAccountProbability(bareAccount, { model: { ...handModel, features } }))).toEqual([
        { path: ["model", "features", 0, "mean"], code: "invalid_value", message: "model.features[0].mean: expected a mean between min and max, received 100" },
      ]);
    });

    it("rejects coefficients that could push the logit to ±Infinity", () => {
      // Accepted before: ln(101) · 1e308 = Infinity and −Infinity, so the logit and the probability were NaN.
      const features = [
        { key: "logPosts" as const, coefficient: 1e308, mean: 0, min: 0, max: 20 },
        { key: "logFollowers" as const, coefficient: -1e308, mean: 0, min: 0, max: 20 },
      ];
      const account = { followers: 100, following: 1, posts: 100 };
      expect(issuesOf(() => estimateFakeAccountProbability(account, { model: { ...FAKE_ACCOUNT_MODEL, features } }))).toEqual([
        {
          path: ["model", "features", 0, "coefficient"],
          code: "invalid_value",
          message: "model.features[0].coefficient: expected |coefficient| × (max − min) of at most 1000, received 1e+308",
        },
        {
          path: ["model", "features", 1, "coefficient"],
          code: "invalid_value",
          message: "model.features[1].coefficient: expected |coefficient| × (max − min) of at most 1000, received -1e+308",
        },
      ]);
    });

    it("rejects an intercept that could make the logit infinite", () => {
      // Accepted before: 1e308 + 1e308 · ln(101) = Infinity
      const features = [{ key: "logPosts" as const, coefficient: 1, mean: 0, min: 0, max: 20 }];
      expect(issuesOf(() => estimateFakeAccountProbability(bareAccount, { model: { ...handModel, intercept: 1e308, features } }))).toEqual([
        { path: ["model", "intercept"], code: "too_big", message: "model.intercept: expected a number between -1000 and 1000, received 1e+308" },
      ]);
    });

    it("rejects a feature range whose width max − min is not a finite number", () => {
      // 1e308 − (−1e308) = Infinity: no bound on the coefficient's product with it could hold, even for coefficient 0 (0 × Infinity = NaN)
      const features = [{ key: "logPosts" as const, coefficient: 0, mean: 0, min: -1e308, max: 1e308 }];
      expect(issuesOf(() => estimateFakeAccountProbability(bareAccount, { model: { ...handModel, features } }))).toEqual([
        { path: ["model", "features", 0, "max"], code: "invalid_value", message: "model.features[0].max: expected max − min to be a finite number, received 1e+308" },
      ]);
    });

    it("rejects a model that lists a feature twice", () => {
      const feature = { key: "logPosts" as const, coefficient: 1, mean: 1, min: 0, max: 10 };
      expect(issuesOf(() => estimateFakeAccountProbability(bareAccount, { model: { ...handModel, features: [feature, feature] } }))).toEqual([
        { path: ["model", "features"], code: "invalid_value", message: "model.features: expected each feature key at most once, received an array" },
      ]);
    });

    it("rejects a model without features or operating points", () => {
      expect(issuesOf(() => estimateFakeAccountProbability(bareAccount, { model: { ...handModel, features: [], operatingPoints: [] } }))).toEqual([
        { path: ["model", "features"], code: "too_small", message: "model.features: expected at least one feature, received an empty array" },
        { path: ["model", "operatingPoints"], code: "too_small", message: "model.operatingPoints: expected at least one operating point, received an empty array" },
      ]);
    });

    it("rejects operating points out of threshold order", () => {
      const operatingPoints = [...handModel.operatingPoints].reverse();
      expect(issuesOf(() => estimateFakeAccountProbability(bareAccount, { model: { ...handModel, operatingPoints } }))).toEqual([
        {
          path: ["model", "operatingPoints"],
          code: "invalid_value",
          message: "model.operatingPoints: expected operating points in strictly increasing threshold order, received an array",
        },
      ]);
    });

    it("rejects more fake training accounts than training accounts", () => {
      expect(issuesOf(() => estimateFakeAccountProbability(bareAccount, { model: { ...handModel, trainingFakeCount: 101 } }))).toEqual([
        { path: ["model", "trainingFakeCount"], code: "invalid_value", message: "model.trainingFakeCount: expected at most trainingSize, received 101" },
      ]);
    });
  });
});
