// The field builders of src/schemas/fields.ts, which every area's schemas are
// made of: for each check of each builder, one value that fails it and the
// whole issue it gives. Each call of a builder makes a new schema, so every
// test here runs the builder itself (a profile's schema, in contrast, is built
// once and then reused). The builders are @internal, so their module is
// imported directly, as in internals.test.ts.
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import {
  boundedNonNegativeNumber,
  boundedPositiveNumber,
  days,
  flag,
  fraction,
  nonNegativeInt,
  nonNegativeNumber,
  oneOf,
  optionsObject,
  positiveNumber,
  text,
} from "../../src/schemas/fields.js";
import { parseInput } from "../../src/schemas/parseInput.js";
import type { InputIssue } from "../../src/index.js";
import { issuesOf } from "../arbitraries/laws.js";

describe("field builders: the whole issue for a value that fails each check", () => {
  const cases: readonly [string, () => z.ZodMiniType, unknown, InputIssue][] = [
    ["nonNegativeInt, a string", nonNegativeInt, "7", { path: [], code: "invalid_type", message: 'expected a non-negative integer, received "7"' }],
    ["nonNegativeInt, a fraction", nonNegativeInt, 1.5, { path: [], code: "invalid_type", message: "expected a non-negative integer, received 1.5" }],
    ["nonNegativeInt, a negative integer", nonNegativeInt, -1, { path: [], code: "too_small", message: "expected a non-negative integer, received -1" }],
    ["fraction, a string", fraction, "0.5", { path: [], code: "invalid_type", message: 'expected a number between 0 and 1, received "0.5"' }],
    ["fraction, below 0", fraction, -0.1, { path: [], code: "too_small", message: "expected a number between 0 and 1, received -0.1" }],
    ["fraction, above 1", fraction, 1.5, { path: [], code: "too_big", message: "expected a number between 0 and 1, received 1.5" }],
    ["nonNegativeNumber, a string", nonNegativeNumber, "1", { path: [], code: "invalid_type", message: 'expected a finite non-negative number, received "1"' }],
    ["nonNegativeNumber, Infinity", nonNegativeNumber, Number.POSITIVE_INFINITY, { path: [], code: "invalid_type", message: "expected a finite non-negative number, received Infinity" }],
    ["nonNegativeNumber, below 0", nonNegativeNumber, -0.5, { path: [], code: "too_small", message: "expected a finite non-negative number, received -0.5" }],
    // A maximum of 1,000 stands for the selection area's 1e20 (MAX_CANDIDATE_VALUE, MAX_CANDIDATE_COST).
    [
      "boundedNonNegativeNumber(1000), a string",
      () => boundedNonNegativeNumber(1_000),
      "1",
      { path: [], code: "invalid_type", message: 'expected a finite non-negative number, received "1"' },
    ],
    ["boundedNonNegativeNumber(1000), below 0", () => boundedNonNegativeNumber(1_000), -1, { path: [], code: "too_small", message: "expected a finite non-negative number, received -1" }],
    ["boundedNonNegativeNumber(1000), above 1,000", () => boundedNonNegativeNumber(1_000), 1_001, { path: [], code: "too_big", message: "expected a number of at most 1000, received 1001" }],
    ["boundedPositiveNumber(1000), a string", () => boundedPositiveNumber(1_000), "1", { path: [], code: "invalid_type", message: 'expected a finite positive number, received "1"' }],
    ["boundedPositiveNumber(1000), 0", () => boundedPositiveNumber(1_000), 0, { path: [], code: "too_small", message: "expected a finite positive number, received 0" }],
    ["boundedPositiveNumber(1000), above 1,000", () => boundedPositiveNumber(1_000), 1_000.5, { path: [], code: "too_big", message: "expected a number of at most 1000, received 1000.5" }],
    ["positiveNumber, a string", positiveNumber, "2", { path: [], code: "invalid_type", message: 'expected a finite positive number, received "2"' }],
    ["positiveNumber, 0", positiveNumber, 0, { path: [], code: "too_small", message: "expected a finite positive number, received 0" }],
    ["days, a string", days, "30", { path: [], code: "invalid_type", message: 'expected a whole number of days ≥ 0, received "30"' }],
    ["days, a fraction", days, 1.5, { path: [], code: "invalid_type", message: "expected a whole number of days ≥ 0, received 1.5" }],
    ["days, below 0", days, -1, { path: [], code: "too_small", message: "expected a whole number of days ≥ 0, received -1" }],
    ["text, a number", text, 5, { path: [], code: "invalid_type", message: "expected a non-empty string of at most 1000 characters, received 5" }],
    ["text, an empty string", text, "", { path: [], code: "too_small", message: 'expected a non-empty string of at most 1000 characters, received ""' }],
    // 1,001 characters: the message shows the first 40 and an ellipsis
    ["text, 1,001 characters", text, "a".repeat(1_001), { path: [], code: "too_big", message: `expected a non-empty string of at most 1000 characters, received "${"a".repeat(40)}…"` }],
    ["flag, a string", flag, "yes", { path: [], code: "invalid_type", message: 'expected true or false, received "yes"' }],
    ['oneOf(["a", "b"]), another string', () => oneOf(["a", "b"]), "c", { path: [], code: "invalid_value", message: 'expected one of "a", "b", received "c"' }],
    ['oneOf(["a", "b"]), a number', () => oneOf(["a", "b"]), 1, { path: [], code: "invalid_type", message: 'expected one of "a", "b", received 1' }],
  ];

  it.each(cases)("%s", (_label, build, value, issue) => {
    expect(issuesOf(() => parseInput(build(), value))).toStrictEqual([issue]);
  });

  it("boundedNonNegativeNumber and boundedPositiveNumber accept their maximum", () => {
    expect([parseInput(boundedNonNegativeNumber(1_000), 1_000), parseInput(boundedPositiveNumber(1_000), 1_000)]).toEqual([1_000, 1_000]);
  });
});

describe("optionsObject", () => {
  const shape = { isStrict: z.optional(flag()), label: z.optional(text()) };

  it("says it expected an options object when given something else", () => {
    expect(issuesOf(() => parseInput(optionsObject(shape), 5))).toStrictEqual([
      { path: [], code: "invalid_type", message: "expected an options object, received 5" },
    ]);
  });

  it("names an unknown key at its own path and lists the keys it takes", () => {
    expect(issuesOf(() => parseInput(optionsObject(shape), { isStrict: true, lable: "x" }))).toStrictEqual([
      { path: ["lable"], code: "invalid_value", message: 'lable: expected a key that is one of "isStrict", "label", received "lable"' },
    ]);
  });

  it("uses the caller's wording for a value that is not an object and for an unknown key", () => {
    const schema = optionsObject(shape, "expected an object of label options", "expected isStrict or label");
    expect(issuesOf(() => parseInput(schema, null))).toStrictEqual([
      { path: [], code: "invalid_type", message: "expected an object of label options, received null" },
    ]);
    expect(issuesOf(() => parseInput(schema, { colour: "red" }))).toStrictEqual([
      { path: ["colour"], code: "invalid_value", message: 'colour: expected isStrict or label, received "colour"' },
    ]);
  });

  it("checks the fields of its shape", () => {
    expect(issuesOf(() => parseInput(optionsObject(shape), { isStrict: "yes" }))).toStrictEqual([
      { path: ["isStrict"], code: "invalid_type", message: 'isStrict: expected true or false, received "yes"' },
    ]);
  });
});
