import { describe, expect, it } from "vitest";
import { show } from "../../src/compensation/show.js";

describe("show", () => {
  it("matches the documented example", () => {
    // 0.017323 to four significant digits: 0.01732 (the fifth digit, 3, rounds down)
    expect(show(0.017323)).toBe("0.01732");
  });

  it("groups the whole part by thousands and keeps the four significant digits", () => {
    // Counts of the compensation formulas, as their amounts of money are grouped (was "50950", "1360", "-2600", "1000")
    expect(show(50_950)).toBe("50,950");
    expect(show(1_360.3)).toBe("1,360");
    expect(show(-2_600.4)).toBe("-2,600");
    expect(show(999.95)).toBe("1,000");
    expect(show(123_456_789.5)).toBe("123,500,000");
    // Below 1,000 nothing changes
    expect(show(999.9)).toBe("999.9");
    expect(show(0.04824)).toBe("0.04824");
  });

  it("writes a number from 1e21 up out in full, grouped, never as an exponent", () => {
    // String() writes "1.235e+21" and "1e+21" (was the text here)
    expect(show(1.2346e21)).toBe("1,235,000,000,000,000,000,000");
    expect(show(-1e21)).toBe("-1,000,000,000,000,000,000,000");
    // Just below 1e21 String() writes every digit already; four digits of 999,950,000,000,000,000,000 round to 1e21
    expect(show(9.9995e20)).toBe("1,000,000,000,000,000,000,000");
  });

  it("writes a number below 1e-6 out in full, never as an exponent", () => {
    // String() writes "3.772e-17" and "-2.1e-19" (was the text here): 16 and 18 zeros after the point, then the digits
    expect(show(3.772e-17)).toBe("0.00000000000000003772");
    expect(show(-2.1e-19)).toBe("-0.00000000000000000021");
    // Four significant digits, as above 1e-6: 1.23456e-7 → 0.0000001235
    expect(show(1.23456e-7)).toBe("0.0000001235");
  });

  it("writes a number below 1e-98 as almost 0, as showDecimals and showSignificant do", () => {
    // 2.651e-303 was written with 302 zeros after the point; a reader learns nothing more from them than "almost 0"
    expect(show(2.651e-303)).toBe("almost 0");
    expect(show(-1e-300)).toBe("almost 0");
    expect(show(Number.MIN_VALUE)).toBe("almost 0");
    expect(show(9.99e-99)).toBe("almost 0");
    // From 1e-98 on every digit is written out still (97 zeros after the point), as showSignificant writes 1e-98
    expect(show(1e-98)).toBe(`0.${"0".repeat(97)}1`);
    // 9.9996e-99 rounds to 1.000e-98 at four digits: written out
    expect(show(9.9996e-99)).toBe(`0.${"0".repeat(97)}1`);
  });

  it("writes what is not a finite number as String() does", () => {
    expect(show(Number.POSITIVE_INFINITY)).toBe("Infinity");
    expect(show(Number.NEGATIVE_INFINITY)).toBe("-Infinity");
    expect(show(Number.NaN)).toBe("NaN");
  });
});
