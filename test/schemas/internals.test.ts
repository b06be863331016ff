// The @internal helpers of src/schemas that other areas build on. They are not
// exported from the package, so this file imports their modules directly.
import { assert, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { days, flag, fraction, nonNegativeInt, nonNegativeNumber, oneOf, positiveNumber, text } from "../../src/schemas/fields.js";
import { parseInput, toInputIssues } from "../../src/schemas/parseInput.js";
import { describeArrayLength, describeValue, formatPath } from "../../src/schemas/issueText.js";
import { ensureProfile, parseProfile } from "../../src/schemas/parseProfile.js";
import { InfluencerInputError } from "../../src/index.js";
import { issuesOf } from "../arbitraries/laws.js";

describe("field builders", () => {
  it("positiveNumber rejects 0 and accepts a small positive number", () => {
    expect(issuesOf(() => parseInput(positiveNumber(), 0))).toEqual([
      { path: [], code: "too_small", message: "expected a finite positive number, received 0" },
    ]);
    expect(parseInput(positiveNumber(), 0.01)).toBe(0.01);
  });

  it("positiveNumber rejects Infinity as a type error", () => {
    expect(issuesOf(() => parseInput(positiveNumber(), Number.POSITIVE_INFINITY)).map((issue) => issue.code)).toEqual(["invalid_type"]);
  });

  it("days accepts whole days and rejects fractional or negative ones", () => {
    expect(parseInput(days(), 30)).toBe(30);
    expect(issuesOf(() => parseInput(days(), 1.5))).toEqual([
      { path: [], code: "invalid_type", message: "expected a whole number of days ≥ 0, received 1.5" },
    ]);
    expect(issuesOf(() => parseInput(days(), -1)).map((issue) => issue.code)).toEqual(["too_small"]);
  });

  it("nonNegativeInt, fraction and nonNegativeNumber accept their bounds", () => {
    expect([parseInput(nonNegativeInt(), 0), parseInput(fraction(), 1), parseInput(nonNegativeNumber(), 0)]).toEqual([0, 1, 0]);
  });

  it("turns -0 into 0 in every non-negative builder", () => {
    for (const schema of [nonNegativeInt(), fraction(), nonNegativeNumber(), days()]) {
      expect(Object.is(parseInput(schema, -0), 0)).toBe(true);
    }
  });

  it("text honours a custom maximum", () => {
    expect(issuesOf(() => parseInput(text(3), "abcd"))).toEqual([
      { path: [], code: "too_big", message: 'expected a non-empty string of at most 3 characters, received "abcd"' },
    ]);
  });

  it("flag and oneOf say what they expect", () => {
    expect(issuesOf(() => parseInput(flag(), 1))[0]?.message).toBe("expected true or false, received 1");
    expect(issuesOf(() => parseInput(oneOf(["a", "b"]), "c"))[0]?.message).toBe('expected one of "a", "b", received "c"');
  });
});

describe("parseInput", () => {
  const schema = z.object({ price: positiveNumber() }, { error: "expected an object with price" });

  it("returns the parsed value", () => {
    expect(parseInput(schema, { price: 2, extra: 1 })).toEqual({ price: 2 });
  });

  it("puts the prefix in front of every path and message", () => {
    expect(issuesOf(() => parseInput(schema, { price: -2 }, ["options", "pricing"]))).toEqual([
      { path: ["options", "pricing", "price"], code: "too_small", message: "options.pricing.price: expected a finite positive number, received -2" },
    ]);
  });

  it("gives one issue per field even when zod reports two", () => {
    // zod's string length check also runs on a function (it has a .length), after the type check failed
    expect(issuesOf(() => parseInput(text(), () => 1)).map((issue) => issue.code)).toEqual(["invalid_type"]);
  });
});

describe("formatPath", () => {
  it("writes keys with dots and indices in brackets", () => {
    expect(formatPath(["posts", 3, "likes"])).toBe("posts[3].likes");
  });

  it("starts with a bracket when the path starts with an index", () => {
    expect(formatPath([0, "followers"])).toBe("[0].followers");
  });

  it("is empty for the root", () => {
    expect(formatPath([])).toBe("");
  });
});

describe("describeValue", () => {
  it.each([
    [undefined, "nothing"],
    [null, "null"],
    [-5, "-5"],
    [Number.NaN, "NaN"],
    [Number.NEGATIVE_INFINITY, "-Infinity"],
    ["abc", '"abc"'],
    ["x".repeat(41), `"${"x".repeat(40)}…"`],
    [false, "false"],
    [12n, "12n"],
    [[1, 2], "an array"],
    [new Date(0), "a Date"],
    [new Date(Number.NaN), "an invalid Date"],
    [{ a: 1 }, "an object"],
    [new Map(), "an object"],
    [Symbol("s"), "a symbol"],
    [() => 1, "a function"],
  ])("renders %s as %s", (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });
});

describe("describeArrayLength", () => {
  it("names the length of a list whose length is what is wrong", () => {
    expect([[], [1], [1, 2, 3]].map(describeArrayLength)).toEqual(["an empty array", "an array of 1 item", "an array of 3 items"]);
  });

  it("says only 'an array' when a Proxy's length cannot be read as a count, instead of throwing", () => {
    const read = (target: number[], key: string | symbol): unknown => Reflect.get(target, key) as unknown;
    const throwing = new Proxy([1], { get: (target, key) => (key === "length" ? assert.fail("length read") : read(target, key)) });
    const wordy = new Proxy([1], { get: (target, key) => (key === "length" ? "many" : read(target, key)) });
    expect([describeArrayLength(throwing), describeArrayLength(wordy)]).toEqual(["an array", "an array"]);
  });

  it("is used only where the length is wrong: a list over its limit names its length, an array of the wrong type does not", () => {
    const limited = z.array(z.number()).check(z.maxLength(2, { error: "expected at most 2 numbers" }));
    expect(toInputIssues(limited.safeParse([1, 2, 3]).error?.issues ?? [], [1, 2, 3]).map((issue) => issue.message)).toEqual([
      "expected at most 2 numbers, received an array of 3 items",
    ]);
    expect(toInputIssues(z.number({ error: "expected a number" }).safeParse([1]).error?.issues ?? [], [1]).map((issue) => issue.message)).toEqual([
      "expected a number, received an array",
    ]);
  });
});

describe("toInputIssues", () => {
  it("says 'received nothing' when the path does not lead into an object", () => {
    // the refinement points below `a`, but `a` is a number
    const schema = z.object({ a: z.number() }).check(z.refine(() => false, { error: "expected something", path: ["a", "b"] }));
    expect(issuesOf(() => parseInput(schema, { a: 5 }))).toEqual([
      { path: ["a", "b"], code: "invalid_value", message: "a.b: expected something, received nothing" },
    ]);
  });

  it("turns symbol keys into strings", () => {
    const key = Symbol("k");
    const schema = z.unknown().check(z.refine(() => false, { error: "expected something", path: [key] }));
    const result = schema.safeParse({ [key]: 1 });
    expect(result.success ? [] : toInputIssues(result.error.issues, { [key]: 1 })).toEqual([
      { path: ["Symbol(k)"], code: "invalid_value", message: "Symbol(k): expected something, received 1" },
    ]);
  });
});

describe("ensureProfile", () => {
  it("returns a profile from parseProfile as is, without validating again", () => {
    const profile = parseProfile({ platform: "x", followers: 1 });
    expect(ensureProfile(profile)).toBe(profile);
  });

  it("parses anything else", () => {
    const input = { platform: "x", followers: 1 };
    const profile = ensureProfile(input);
    expect(profile).not.toBe(input);
    expect(profile.followers).toBe(1);
  });

  it("throws InfluencerInputError for invalid input, including a look-alike of a parsed profile", () => {
    const lookAlike = { ...parseProfile({ platform: "x", followers: 1 }), followers: -1 };
    expect(() => ensureProfile(lookAlike)).toThrow(InfluencerInputError);
    expect(() => ensureProfile(null)).toThrow(InfluencerInputError);
  });
});
