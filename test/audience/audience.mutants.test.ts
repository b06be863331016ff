// Tests written to kill mutants that survived Stryker (docs/quality.md): the
// option schemas of a custom fake-account model and Benford table had their
// messages unchecked. Every field, broken in turn, must give an issue in the
// library's format (never zod's "Invalid input", never an empty message).
import { describe, expect, it } from "vitest";
import {
  InfluencerInputError,
  BENFORD_CONFORMITY,
  measureBenfordConformity,
  estimateAudienceAuthenticity,
  FAKE_ACCOUNT_MODEL,
  estimateFakeAccountProbability,
  type FakeAccountModel,
} from "../../src/index.js";
import { handModel } from "./handModel.js";

/** Every path in a JSON-like value, containers included (the root excepted). */
function pathsOf(value: unknown, prefix: readonly (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

/** A deep copy of `value` with `replacement` at `path`. */
function withValueAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  const copy: unknown = structuredClone(value);
  let node = copy as Record<string | number, unknown>;
  path.slice(0, -1).forEach((key) => {
    node = node[key] as Record<string | number, unknown>;
  });
  const last = path[path.length - 1];
  if (last !== undefined) node[last] = replacement;
  return copy;
}

function messagesOf(call: () => unknown): string[] {
  try {
    call();
  } catch (error) {
    if (error instanceof InfluencerInputError) return error.issues.map((issue) => issue.message);
    throw error;
  }
  return [];
}

const account = { followers: 300, following: 280, posts: 45 };
// 20 values with leading digits 1–9, enough for the test to run (no expected result: only the options are checked).
const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];

describe("custom model and table messages", () => {
  it.each(pathsOf(FAKE_ACCOUNT_MODEL).map((path) => [path.join("."), path] as const))("names the problem when model.%s is a string", (_name, path) => {
    const model = withValueAt(FAKE_ACCOUNT_MODEL, path, "bad");
    const messages = messagesOf(() => estimateFakeAccountProbability(account, { model } as never));
    // "bad" is never a valid value; a `name`-like text field may accept it, then no issue is expected.
    for (const message of messages) {
      expect(message).toMatch(/expected .+, received .+/u);
      expect(message).not.toContain("Invalid input");
    }
  });

  it.each(pathsOf(BENFORD_CONFORMITY).map((path) => [path.join("."), path] as const))("names the problem when conformity.%s is -1", (_name, path) => {
    const conformity = withValueAt(BENFORD_CONFORMITY, path, -1);
    const messages = messagesOf(() => measureBenfordConformity(values, { conformity } as never));
    for (const message of messages) {
      expect(message).toMatch(/expected .+, received .+/u);
      expect(message).not.toContain("Invalid input");
    }
  });

  it("rejects options objects that are not objects with the library's message", () => {
    for (const message of [...messagesOf(() => estimateFakeAccountProbability(account, 5 as never)), ...messagesOf(() => measureBenfordConformity(values, 5 as never))]) {
      expect(message).toMatch(/^expected .+, received 5$/u);
    }
  });
});

describe("boundaries", () => {
  // One feature an account without `isPrivate` does not have (it takes the mean: contribution 0), so logit = intercept.
  const flat = (intercept: number): FakeAccountModel => ({
    ...handModel,
    intercept,
    features: [{ key: "isPrivate", coefficient: 1, mean: 0.25, min: 0, max: 1 }],
    threshold: 0.5,
    operatingPoints: [
      { threshold: 0.2, sensitivity: 0.9, specificity: 0.7 },
      { threshold: 0.5, sensitivity: 0.8, specificity: 0.9 },
      { threshold: 0.8, sensitivity: 0.1, specificity: 0.85 },
    ],
  });
  const bare = { followers: 0, following: 0, posts: 0 };

  it("counts an account exactly at the threshold as likely fake", () => {
    // logit 0 → probability 1 / (1 + e⁰) = 0.5, exactly the threshold 0.5: "reaches the threshold"
    const single = estimateFakeAccountProbability(bare, { model: flat(0) });
    expect([single.probability, single.isLikelyFake]).toEqual([0.5, true]);
    // The sample's one account is flagged: observed rate 1 / 1 = 1
    expect(estimateAudienceAuthenticity([bare], { model: flat(0) }).observedFakeRate).toBe(1);
  });

  it("gives probability 1, not NaN, for a logit far above what e^x can hold", () => {
    // logit 800: e^800 overflows to Infinity, so Infinity / (1 + Infinity) would be NaN; 1 / (1 + e^−800) = 1
    expect(estimateFakeAccountProbability(bare, { model: flat(800) }).probability).toBe(1);
  });

  it("refuses a sensitivity and specificity that add up to exactly 1", () => {
    // 0.5 + 0.5 = 1: Rogan–Gladen divides by sensitivity + specificity − 1 = 0
    expect(() => estimateAudienceAuthenticity([bare], { sensitivity: 0.5, specificity: 0.5 })).toThrow(
      "specificity: expected sensitivity + specificity above 1 (sensitivity is 0.5), received 0.5",
    );
  });
});

describe("the interval around an all-flagged or none-flagged sample", () => {
  // Found by the property suite (test/reliability/audience.test-prop.ts, seed −244360089): the Wilson bound that should touch
  // the observed rate came out as 0.9999999999999996 instead of 1, so the corrected interval missed the fake share.
  const bare = { followers: 0, following: 0, posts: 0 };
  const six = [bare, bare, bare, bare, bare, bare];

  it("reaches 1 when every account is flagged", () => {
    // Threshold 5e-324: all 6 accounts flagged, observed 6 / 6 = 1; Rogan–Gladen (1 + 0.51 − 1) / (1 + 0.51 − 1) = 1.
    // Wilson at p̂ = 1: (1 + z²/2n + z²/2n) / (1 + z²/n) = 1 exactly, so the corrected upper bound is 1 too.
    const result = estimateAudienceAuthenticity(six, { threshold: 5e-324, sensitivity: 1, specificity: 0.51 });
    expect([result.fakeShare, result.interval.high]).toEqual([1, 1]);
  });

  it("starts at 0 when no account is flagged", () => {
    // Threshold 1 − 2⁻⁵³ is above every probability here: observed 0 / 6; with specificity 1 the correction is 0 / 0.9 = 0,
    // and Wilson at p̂ = 0 gives (z²/2n − z²/2n) / (1 + z²/n) = 0 exactly.
    const result = estimateAudienceAuthenticity(six, { threshold: 1 - 2 ** -53, sensitivity: 0.9, specificity: 1 });
    expect([result.fakeShare, result.interval.low]).toEqual([0, 0]);
  });
});
