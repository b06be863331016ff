import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import {
  estimateFakeAccountProbability,
  InfluencerInputError,
  type AudienceAccount,
  type FakeAccountModelFeature,
} from "../../src/index.js";
import { FAKE_ACCOUNT_FEATURE_KEYS } from "../../src/audience/fakeAccountFeatures.js";
import { accountArbitrary, deepFreeze } from "./arbitraries.js";
import { handModel } from "./handModel.js";

test.prop([accountArbitrary])("gives a probability in [0, 1] and a finite logit", (account) => {
  const { probability, logit } = estimateFakeAccountProbability(account);
  expect(probability >= 0 && probability <= 1).toBe(true);
  expect(Number.isFinite(logit)).toBe(true);
});

test.prop([accountArbitrary])("returns plain JSON data (R7)", (account) => {
  const result = estimateFakeAccountProbability(account, { model: handModel });
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
});

test.prop([accountArbitrary])("is deterministic and leaves a frozen input untouched", (account) => {
  const frozen = deepFreeze({ ...account });
  expect(estimateFakeAccountProbability(frozen)).toEqual(estimateFakeAccountProbability(account));
});

test.prop([accountArbitrary])("sums the factors' contributions and the intercept to the logit", (account) => {
  const result = estimateFakeAccountProbability(account, { model: handModel });
  const total = result.factors.reduce((sum, factor) => sum + factor.contribution, handModel.intercept);
  expect(result.logit).toBeCloseTo(total, 9);
});

test.prop([accountArbitrary, fc.integer({ min: 1, max: 1_000_000 })])(
  "never lowers the probability when the account follows more accounts (both following ratios have positive weights)",
  (account, more) => {
    const before = estimateFakeAccountProbability(account).probability;
    const after = estimateFakeAccountProbability({ ...account, following: account.following + more }).probability;
    expect(after).toBeGreaterThanOrEqual(before);
  },
);

test.prop([accountArbitrary, fc.integer({ min: 1, max: 1_000_000 })])(
  "never raises the probability when the account has more posts or more followers",
  (account, more) => {
    const before = estimateFakeAccountProbability(account).probability;
    expect(estimateFakeAccountProbability({ ...account, posts: account.posts + more }).probability).toBeLessThanOrEqual(before);
    expect(estimateFakeAccountProbability({ ...account, followers: account.followers + more }).probability).toBeLessThanOrEqual(before);
  },
);

test.prop([accountArbitrary])("gives a missing username exactly zero contribution", (account) => {
  const withoutUsername: AudienceAccount = { followers: account.followers, following: account.following, posts: account.posts };
  const factor = estimateFakeAccountProbability(withoutUsername).factors.find((candidate) => candidate.key === "usernameDigitShare");
  expect(factor?.contribution).toBe(0);
  expect(factor?.value).toBeNull();
});

/** Mostly ordinary sizes (|x| ≤ 10, so many models pass validation), otherwise any finite double, often one near ±1.8e308. */
const anyNumber = fc.oneof(
  { arbitrary: fc.double({ min: -10, max: 10, noNaN: true }), weight: 4 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 1 },
  { arbitrary: fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE), weight: 1 },
);
const featureArbitrary: fc.Arbitrary<FakeAccountModelFeature> = fc
  .tuple(fc.constantFrom(...FAKE_ACCOUNT_FEATURE_KEYS), anyNumber, anyNumber, anyNumber, anyNumber)
  .map(([key, coefficient, a, b, c]) => {
    const [min, mean, max] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
    return { key, coefficient, mean, min, max };
  });

test.prop([accountArbitrary, anyNumber, fc.uniqueArray(featureArbitrary, { minLength: 1, maxLength: 8, selector: (feature) => feature.key })])(
  "gives a finite logit and a probability in [0, 1] for every model it accepts",
  (account, intercept, features) => {
    let result;
    try {
      result = estimateFakeAccountProbability(account, { model: { ...handModel, intercept, features } });
    } catch (error) {
      if (error instanceof InfluencerInputError) return; // refused at the boundary: nothing to compute
      throw error;
    }
    expect(Number.isFinite(result.logit)).toBe(true);
    expect(result.probability >= 0 && result.probability <= 1).toBe(true);
    for (const factor of result.factors) expect(Number.isFinite(factor.contribution)).toBe(true);
  },
);

/** Usernames with precomposed letters, combining marks, Hangul syllables and jamo, digits, and any text. */
const typedUsername = fc.oneof(
  fc
    .array(fc.constantFrom("e", "\u0301", "\u00e9", "\u0327", "\u00c7", "\u212b", "\u0303", "\u0930", "\u093e", "\ud55c", "\u1112", "\u1161", "\u11ab", "_", "1", "7"), { maxLength: 20 })
    .map((characters) => characters.join("")),
  fc.string({ unit: "grapheme", maxLength: 20 }),
);

test.prop([accountArbitrary, typedUsername])(
  "gives canonically equivalent usernames (NFC, NFD) the same result",
  (account, typed) => {
    const forms = [typed.normalize("NFC"), typed.normalize("NFD")].filter((username) => username.length > 0 && username.length <= 200);
    const [first, ...others] = forms.map((username) => estimateFakeAccountProbability({ ...account, username }, { model: handModel }));
    for (const other of others) expect(other).toEqual(first);
  },
);
