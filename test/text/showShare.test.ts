// How sentences write a share: three decimals, never 0 for a share that is not 0 and never 1 for a
// share that is not 1 (the mirror of showDecimals near 0, as showPercentile never writes 100).
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { shareOf, showShare } from "../../src/text/showShare.js";

/** A number in exponent notation: a digit, then e and a signed power. */
const EXPONENT = /\de[+-]\d/u;

describe("showShare", () => {
  it("matches the documented example", () => {
    expect([showShare(0.9995518824689009), showShare(0.000448), showShare(0.75), showShare(1), showShare(99.99999999, 100)]).toEqual([
      "0.999552",
      "0.000448",
      "0.75",
      "1",
      "99.99999999",
    ]);
  });

  it.each([
    [0, "0"],
    [1, "1"],
    [0.5, "0.5"],
    [0.9994, "0.999"],
    // three decimals would write 1: three significant digits of the distance from 1
    [0.9995, "0.9995"],
    [0.9999, "0.9999"],
    [0.9999776904617774, "0.9999777"],
    [0.99999999, "0.99999999"],
    // the largest double below 1: 1 − 2⁻⁵³
    [1 - 2 ** -53, "0.9999999999999999"],
    // near 0, showDecimals' three significant digits
    [0.0000223, "0.0000223"],
    [0.0004, "0.0004"],
  ])("writes %f as %s", (value, text) => {
    expect(showShare(value)).toBe(text);
  });

  it.each([
    [90, "90"],
    [99.9, "99.9"],
    [100, "100"],
    // 100 × (1 − 2⁻⁵²) = 99.99999999999997, 2.8e-14 from 100: 16 decimals
    [(1 - 2 ** -52) * 100, "99.99999999999997"],
    [99.9996, "99.9996"],
  ])("writes the percent %f as %s", (value, text) => {
    expect(showShare(value, 100)).toBe(text);
  });

  test.prop([fc.double({ min: 0, max: 1, noNaN: true })])("reads 0 only for 0 and 1 only for 1, never with an exponent", (value) => {
    const text = showShare(value);
    expect(text === "0").toBe(value === 0);
    expect(text === "1").toBe(value === 1);
    expect(text).not.toMatch(EXPONENT);
  });

  test.prop([fc.double({ min: 0, max: 100, noNaN: true })])("reads a percent 100 only for 100", (value) => {
    expect(showShare(value, 100) === "100").toBe(value === 100);
  });

  test.prop([fc.double({ min: 0.9995, max: 1, noNaN: true, maxExcluded: true })])("writes a share that would read 1 with three significant digits of its distance from 1", (value) => {
    // Three significant digits: off by at most half a unit of the third, 0.5% of a distance from 1.00 to 9.99 × 10^k.
    const shown = Number(showShare(value));
    expect(shown).toBeLessThan(1);
    expect(Math.abs(1 - shown - (1 - value))).toBeLessThanOrEqual((1 - value) * 0.0051);
  });
});

describe("shareOf", () => {
  it("matches the documented example", () => {
    expect([shareOf(1, "current followers"), shareOf(0, "posts"), shareOf(0.25, "followers")]).toEqual(["all of the current followers", "none of the posts", "0.25 of followers"]);
  });

  it("writes a share that is neither 0 nor 1 with showShare, or with the text given", () => {
    expect(shareOf(0.9999, "followers")).toBe("0.9999 of followers");
    expect(shareOf(0.0004, "posts")).toBe("0.0004 of posts");
    expect(shareOf(0.7499, "followers", "0.7499")).toBe("0.7499 of followers");
  });
});
