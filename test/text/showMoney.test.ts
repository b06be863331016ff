// How sentences write an amount of money: four significant digits, grouped, written out, then the currency.
import { describe, expect, it } from "vitest";
import { groupDigits, groupDigitText, groupWholePart } from "../../src/text/groupDigits.js";
import { showAmount, showAmountApart, showAmountBeside, showMoney, showMoneyApart, showMoneyRange } from "../../src/text/showMoney.js";

describe("showMoney", () => {
  it("matches the documented example", () => {
    // 12345.6 to four significant digits is 12,350 (the fifth digit, 5, rounds up)
    expect(showMoney(12345.6, "USD")).toBe("12,350 USD");
  });

  it.each([
    // By hand, four significant digits each; halves round away from 0
    [0, "0"],
    [0.5, "0.5"],
    [32.666, "32.67"],
    [100, "100"],
    [1_000, "1,000"],
    // 999.95 is stored as 999.95000000000004547…, above the half: it rounds up to the next decade
    [999.95, "1,000"],
    [999.949, "999.9"],
    [1_234_567.8, "1,235,000"],
    [21_250_000_000_000, "21,250,000,000,000"],
    // 0.1 + 0.2 is 0.30000000000000004: no binary noise
    [0.1 + 0.2, "0.3"],
  ])("writes %f as %s", (value, text) => {
    expect(showMoney(value, "USD")).toBe(`${text} USD`);
  });

  it("ends with the currency it is given", () => {
    expect(showMoney(1_250.5, "EUR")).toBe("1,251 EUR");
  });

  describe("edge cases", () => {
    it("writes -0 as 0, not -0", () => {
      expect(showMoney(-0, "USD")).toBe("0 USD");
    });

    it("writes a tiny amount out, never as an exponent or as 0", () => {
      // 2.94e-7 to four digits is 2.940e-7: six zeros after the point, then 294
      expect(showMoney(2.94e-7, "USD")).toBe("0.000000294 USD");
    });

    it("writes the smallest double out in full", () => {
      // Number.MIN_VALUE = 4.9406564584124654e-324: 323 zeros after the point, then 4941
      expect(showAmount(Number.MIN_VALUE)).toBe(`0.${"0".repeat(323)}4941`);
    });

    it("writes an amount beyond 1e21 out with grouped digits, where String() writes an exponent", () => {
      // String(1.146e21) is "1.146e+21"; 22 digits, grouped from the right
      expect(showAmount(1.146e21)).toBe("1,146,000,000,000,000,000,000");
    });

    it("writes the largest double out: 1798 and 305 zeros, grouped", () => {
      // Number.MAX_VALUE = 1.7976931348623157e308 to four digits is 1.798e308, a 309-digit whole number
      const text = showAmount(Number.MAX_VALUE);
      expect(text.replace(/,/g, "")).toBe(`1798${"0".repeat(305)}`);
      expect(text).toMatch(/^\d{3}(,\d{3})*$/);
    });

    it("keeps the sign of a negative amount, rounding halves away from 0", () => {
      // -1234.5 is exactly a half between -1,234 and -1,235
      expect(showMoney(-1_234.5, "USD")).toBe("-1,235 USD");
      expect(showMoney(-1e-7, "USD")).toBe("-0.0000001 USD");
    });

    it("writes a value that is not finite as String() does", () => {
      expect([showAmount(Number.POSITIVE_INFINITY), showAmount(Number.NaN)]).toEqual(["Infinity", "NaN"]);
    });
  });
});

describe("showAmount", () => {
  it("matches the documented example", () => {
    // 1,234,567.8 to four significant digits: 1,235 thousand
    expect(showAmount(1_234_567.8)).toBe("1,235,000");
  });
});

describe("showAmountBeside", () => {
  it("matches the documented example", () => {
    // 32.66647823074903 is below the given 32.6699, but "32.67" (four digits) reads above it: five digits, 32.666
    expect(showAmountBeside(32.66647823074903, 32.6699)).toBe("32.666");
  });

  it("keeps four digits when they read on the amount's side of the given one", () => {
    // 32.666478 is above a given 32.666: "32.67" reads above it too
    expect(showAmountBeside(32.66647823074903, 32.666)).toBe("32.67");
  });

  it("writes an amount equal to the given one as the given one is written", () => {
    // A cost at a cap of 1,234.5678: "1,235" at four digits, "1,234.5678" at eight
    expect(showAmountBeside(1234.5678, 1234.5678)).toBe("1,234.5678");
  });

  it("writes an amount equal to a given subnormal one as the given one is written", () => {
    // The property test's counterexample: String(5e-324) is "5e-324", written out as 323 zeros and a 5; four
    // significant digits of the double's exact value (4.940656…e-324) end in "4941".
    expect(showAmountBeside(5e-324, 5e-324)).toBe(groupWholePart(String(5e-324)));
  });

  it("writes -0 beside a given 0 as 0, the same amount", () => {
    // The property test's counterexample [-0, 0]: String(-0) is "0", and -0 === 0
    expect(showAmountBeside(-0, 0)).toBe("0");
  });
});

describe("showMoneyApart with an amount the caller gave", () => {
  it("matches the documented example", () => {
    // The caller's 1,234.56 exactly (R15); the certainty equivalent 16.333 at four digits, below it
    expect(showMoneyApart(16.333, 1234.56, "USD", false, true)).toEqual(["16.33 USD", "1,234.56 USD"]);
  });
});

describe("groupDigits", () => {
  it("matches the documented example", () => {
    expect(groupDigits(26_000)).toBe("26,000");
  });

  it("rounds to a whole number first", () => {
    expect(groupDigits(-2_600.4)).toBe("-2,600");
  });
});

describe("groupDigitText", () => {
  it("matches the documented example", () => {
    // 23 digits: 2 in front, then seven groups of three
    expect(groupDigitText("21250000000000000000000")).toBe("21,250,000,000,000,000,000,000");
  });

  it("leaves three digits or fewer as they are", () => {
    expect([groupDigitText("7"), groupDigitText("999")]).toEqual(["7", "999"]);
  });
});

describe("showMoneyApart", () => {
  it("keeps four significant digits for amounts they tell apart", () => {
    expect(showMoneyApart(32.66, 40, "USD")).toEqual(["32.66 USD", "40 USD"]);
  });

  it("adds the fewest digits that tell two close amounts apart", () => {
    // 32.6651 and 32.6664 both read 32.67 at four digits; at five, 32.665 and 32.666
    expect(showMoneyApart(32.6651, 32.6664, "USD")).toEqual(["32.665 USD", "32.666 USD"]);
    // 1 and the next double apart need all 17 digits
    expect(showMoneyApart(1, 1 + 2 ** -52, "EUR")).toEqual(["1 EUR", "1.0000000000000002 EUR"]);
  });

  it("writes equal amounts alike, with four digits", () => {
    expect(showMoneyApart(1_234.5, 1_234.5, "USD")).toEqual(["1,235 USD", "1,235 USD"]);
  });
});

describe("showAmountApart", () => {
  it("matches the documented example", () => {
    // 200.81 and 200.84 both read 200.8 at four digits; at five, 200.81 and 200.84
    expect(showAmountApart(200.81, 200.84)).toEqual(["200.81", "200.84"]);
  });

  it("is showMoneyApart without the currency", () => {
    // 32.6651 and 32.6664: 32.665 and 32.666 at five digits, as showMoneyApart writes them
    expect(showAmountApart(32.6651, 32.6664)).toEqual(["32.665", "32.666"]);
    expect(showAmountApart(1_234.5, 4_000)).toEqual(["1,235", "4,000"]);
  });
});

describe("showMoneyRange", () => {
  it("matches the documented example", () => {
    // Three amounts 0.000005 apart, all "32.67" at four digits; at seven, 32.66647 and 32.66648 twice; at eight, all apart
    expect(showMoneyRange(32.666473, 32.666478, 32.666483, "USD")).toEqual(["32.666473 USD", "32.666478 USD", "32.666483 USD"]);
  });

  it("keeps four significant digits for amounts they tell apart", () => {
    // 15.021961, 32.666478 and 71.035917 to four digits (the default 10th–90th percentile fee range for 10,000 followers)
    expect(showMoneyRange(15.021961379440837, 32.66647823074903, 71.03591688502402, "USD")).toEqual(["15.02 USD", "32.67 USD", "71.04 USD"]);
  });

  it("writes the three amounts with one digit count, so the middle never reads outside the range", () => {
    // 32.66647823 and 32.66648319 need eight digits; the middle, equal to the low end, gets eight too (not "32.67")
    expect(showMoneyRange(32.66647823074903, 32.66647823074903, 32.6664831942219, "USD")).toEqual(["32.666478 USD", "32.666478 USD", "32.666483 USD"]);
  });

  it("tells the middle apart from an end that four digits already tell from the other", () => {
    // 100 and 100.001 read "100" at four and five digits, "100" and "100.001" at six; 200 is apart from both at four
    expect(showMoneyRange(100, 100.001, 200, "EUR")).toEqual(["100 EUR", "100.001 EUR", "200 EUR"]);
  });

  describe("edge cases", () => {
    it("writes equal amounts alike, with four digits", () => {
      expect(showMoneyRange(1_234.5, 1_234.5, 1_234.5, "USD")).toEqual(["1,235 USD", "1,235 USD", "1,235 USD"]);
    });

    it("needs all 17 digits for neighbouring doubles", () => {
      // 1 and the next double, 1 + 2^-52 = 1.0000000000000002
      expect(showMoneyRange(1, 1, 1 + 2 ** -52, "USD")).toEqual(["1 USD", "1 USD", "1.0000000000000002 USD"]);
    });
  });
});

describe("groupWholePart", () => {
  it("groups the whole part and keeps the decimals as written", () => {
    expect(groupWholePart(String(1000.1234567))).toBe("1,000.1234567");
    expect(groupWholePart("-9000")).toBe("-9,000");
    expect(groupWholePart("999.5")).toBe("999.5");
  });

  it("writes a number String() wrote with an exponent out, with the same digits", () => {
    // "1.5e+21": 15 then 20 zeros, grouped (was left as "1.5e+21"); "-1.2e-7": six zeros after the point, then 12
    expect(groupWholePart(String(1.5e21))).toBe("1,500,000,000,000,000,000,000");
    expect(groupWholePart(String(-1.2e-7))).toBe("-0.00000012");
    expect(groupWholePart(String(5e-324))).toBe(`0.${"0".repeat(323)}5`);
  });
});

describe("groupDigits", () => {
  it("leaves a count past 1e21 (never a safe integer) as String() writes it, rather than grouping its mantissa", () => {
    // String(1.2345e21) is "1.2345e+21"; grouping its run "2345" wrote "1.2,345e+21"
    expect(groupDigits(1.2345e21)).toBe("1.2345e+21");
    expect(groupDigitText("Infinity")).toBe("Infinity");
  });
});
