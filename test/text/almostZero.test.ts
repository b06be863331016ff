// The one size below which every sentence writer reads a number that is not 0 as "almost 0" (src/text/almostZero.ts):
// the compensation models' show (four digits, written out like an amount) and showSignificant (three digits by
// default, as showDecimals and the engagement model's rate per 100 write them) cut off at the same place.
import { describe, expect, it } from "vitest";
import { show } from "../../src/compensation/show.js";
import { ALMOST_ZERO, ALMOST_ZERO_BELOW } from "../../src/text/almostZero.js";
import { showSignificant } from "../../src/text/showDecimals.js";

describe("ALMOST_ZERO_BELOW", () => {
  it("is 1e-98, where toFixed's 100 decimals run out for three significant digits", () => {
    expect([ALMOST_ZERO_BELOW, ALMOST_ZERO]).toEqual([1e-98, "almost 0"]);
  });

  it("is written out at the boundary and reads almost 0 just below it, by both writers", () => {
    // 1e-98 itself: 0. then 97 zeros then 1 (three and four significant digits, trailing zeros dropped)
    const written = `0.${"0".repeat(97)}1`;
    expect([showSignificant(ALMOST_ZERO_BELOW), show(ALMOST_ZERO_BELOW)]).toEqual([written, written]);
    expect([showSignificant(-ALMOST_ZERO_BELOW), show(-ALMOST_ZERO_BELOW)]).toEqual([`-${written}`, `-${written}`]);
    // 9.99e-99, the largest three-digit number below it, and 9.999e-99 at four digits
    expect([showSignificant(9.99e-99), show(9.999e-99)]).toEqual([ALMOST_ZERO, ALMOST_ZERO]);
    expect([showSignificant(-9.99e-99), show(-9.999e-99)]).toEqual([ALMOST_ZERO, ALMOST_ZERO]);
    // 0 is 0, never "almost 0"
    expect([showSignificant(0), show(0)]).toEqual(["0", "0"]);
  });
});
