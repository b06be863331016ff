// The writer behind a value and the line a trust or audience sentence compares it with: the two read
// differently whenever they differ, and the value never reads as a critical line the sentence does not write.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { showApart } from "../../src/text/showApart.js";

const decimals = (value: number): string => String(Number(value.toFixed(3)));

describe("showApart", () => {
  test("matches the documented example", () => {
    expect(showApart(0.79999, 0.5, decimals, 0.8)).toEqual(["0.79999", "0.5"]);
  });

  test("keeps the usual text when it already tells the two apart", () => {
    expect(showApart(0.7, 0.75, decimals)).toEqual(["0.7", "0.75"]);
    expect(showApart(0.75, 0.75, decimals)).toEqual(["0.75", "0.75"]);
  });

  test("adds digits until the value reads apart from its line", () => {
    // Three decimals write both "0.75"; four significant digits: 0.7499 and 0.75.
    expect(showApart(0.7499, 0.75, decimals)).toEqual(["0.7499", "0.75"]);
    // 59.9999988 days against 60: "60" at 3 decimals and at 4 to 7 significant digits, apart at 8.
    expect(showApart(59.99999884259259, 60, decimals)).toEqual(["59.999999", "60"]);
  });

  test("never writes the value as an unwritten line it differs from", () => {
    // 0.50001 against the written 0.75 reads "0.5", as the unwritten 0.5 does: the value keeps its digits.
    expect(showApart(0.50001, 0.75, decimals, 0.5)).toEqual(["0.50001", "0.75"]);
    // On the unwritten line itself, the usual text.
    expect(showApart(0.8, 0.5, decimals, 0.8)).toEqual(["0.8", "0.5"]);
  });

  // Below about 1e-98 showSignificant writes "almost 0" (CONTRIBUTING R15): left out here.
  const number = fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((value) => value === 0 || Math.abs(value) > 1e-90);

  test.prop([number, number, number])("the value reads as the line, or as the unwritten line, only when it equals it", (value, line, unwritten) => {
    const [valueText, lineText] = showApart(value, line, decimals, unwritten);
    expect(valueText === lineText).toBe(value === line);
    if (value !== unwritten) expect(Number(valueText.replaceAll(",", ""))).not.toBe(unwritten);
  });
});
