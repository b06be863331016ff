// The writer behind every "a vs b" in a sentence: two different numbers never read alike.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { tellApart } from "../../src/text/tellApart.js";

/** `value` with `digits` significant digits, no trailing zeros. */
const fixed = (value: number, digits: number): string => String(Number(value.toPrecision(digits)));
const twoDigits = (value: number): string => fixed(value, 2);

describe("tellApart", () => {
  test("keeps the usual text when it already tells the two apart", () => {
    expect(tellApart(0.0123, 0.0456, twoDigits, fixed, 3)).toEqual(["0.012", "0.046"]);
  });

  test("adds digits, from fromDigits, until the two read differently", () => {
    // 2 digits: 0.015 and 0.015; 3 digits: 0.0150 and 0.0150 (both "0.015"); 4 digits: 0.01503 and 0.01500.
    expect(tellApart(0.01503, 0.015, twoDigits, fixed, 3)).toEqual(["0.01503", "0.015"]);
    // From 5, never at 3 or 4: "0.01503" is written with 5 digits, the same text.
    expect(tellApart(0.01503, 0.015, twoDigits, fixed, 5)).toEqual(["0.01503", "0.015"]);
    expect(tellApart(1.000002, 1, twoDigits, fixed, 3)).toEqual(["1.000002", "1"]);
  });

  test("leaves equal numbers as the usual text, however many digits were asked for", () => {
    expect(tellApart(0.012345, 0.012345, twoDigits, fixed, 3)).toEqual(["0.012", "0.012"]);
  });

  test("tells the two closest doubles apart at 17 digits", () => {
    expect(tellApart(1, 1 + 2 ** -52, twoDigits, fixed, 3)).toEqual(["1", "1.0000000000000002"]);
  });

  test("stops at 17 digits with a writer that never tells them apart", () => {
    const calls: number[] = [];
    const never = (_value: number, digits: number): string => {
      calls.push(digits);
      return "same";
    };
    expect(tellApart(1, 2, () => "same", never, 4)).toEqual(["same", "same"]);
    // Two calls (one per number) for each of 4, 5, …, 17.
    expect(calls).toEqual(Array.from({ length: 14 }, (_, index) => [4 + index, 4 + index]).flat());
  });

  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true })])(
    "any two doubles read alike exactly when they are equal (17 significant digits read any double back)",
    (first, second) => {
      const [one, two] = tellApart(first, second, twoDigits, fixed, 3);
      expect(one === two).toBe(first === second);
    },
  );
});
