// The hand-written argument checks of src/schemas/checkArguments.ts, called
// directly: they are @internal, and the one caller that accepts an async
// iterable (scoreInfluencersStream) is in the report area, whose tests a run of
// this area's tests does not include.
import { describe, expect, it } from "vitest";
import { checkOptionKeys, checkRows } from "../../src/schemas/checkArguments.js";
import type { InputIssue } from "../../src/index.js";
import { issuesOf } from "../arbitraries/laws.js";

function* generatedRows(): Generator<number> {
  yield 1;
}

/** An async iterable and nothing else (no Symbol.iterator), as a stream or a database cursor is. */
function streamedRows(): AsyncIterable<number> {
  return { [Symbol.asyncIterator]: () => ({ next: () => Promise.resolve({ done: true, value: undefined }) }) };
}

describe("checkRows", () => {
  it.each([
    ["an array", [1]],
    ["a generator", generatedRows()],
  ])("accepts %s, with or without async iterables allowed", (_label, rows) => {
    expect(() => {
      checkRows(rows);
      checkRows(rows, true);
    }).not.toThrow();
  });

  it("accepts an async iterable when async iterables are allowed", () => {
    expect(() => {
      checkRows(streamedRows(), true);
    }).not.toThrow();
  });

  it.each([
    ["an async iterable", streamedRows(), "an object"],
    ["an object", { 0: "row" }, "an object"],
    ["a string, whose iteration would give characters", "rows", '"rows"'],
  ])("refuses %s when async iterables are not allowed", (_label, rows, received) => {
    expect(
      issuesOf(() => {
        checkRows(rows);
      }),
    ).toStrictEqual([
      { path: [], code: "invalid_type", message: `expected an array or iterable of rows, received ${received}` },
    ]);
  });

  it.each([
    ["an object", { 0: "row" }, "an object"],
    ["null", null, "null"],
    ["a number", 5, "5"],
  ])("refuses %s when async iterables are allowed, and says they are", (_label, rows, received) => {
    expect(
      issuesOf(() => {
        checkRows(rows, true);
      }),
    ).toStrictEqual([
      { path: [], code: "invalid_type", message: `expected an array, iterable or async iterable of rows, received ${received}` },
    ]);
  });
});

describe("checkOptionKeys", () => {
  it("adds an issue at the key's own path for a key it does not know", () => {
    const issues: InputIssue[] = [];
    checkOptionKeys({ now: 1, nwo: 2 }, ["now"], issues, ["options"]);
    expect(issues).toStrictEqual([{ path: ["options", "nwo"], code: "invalid_value", message: 'options.nwo: expected a key that is one of "now", received "nwo"' }]);
  });

  it.each([
    ["an array", ["now"]],
    ["a string", "now"],
    ["null", null],
    ["a number", 5],
  ])("adds nothing for %s, whose type is checked elsewhere", (_label, options) => {
    // An array's or a string's indices would otherwise read as unknown keys "0", "1", …
    const issues: InputIssue[] = [];
    checkOptionKeys(options, ["now"], issues);
    expect(issues).toStrictEqual([]);
  });
});
