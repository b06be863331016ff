import { describe, expect, it } from "vitest";
import { readDateText } from "../../src/cli/readDateText.js";

describe("readDateText", () => {
  it("matches the documented example", () => {
    // 1767225600000 = 2026-01-01T00:00:00Z (new Date(1767225600000).toISOString())
    expect(readDateText("1767225600000")).toBe(1_767_225_600_000);
    expect(readDateText("2026-01-01")).toBe("2026-01-01");
  });

  it("reads leading zeros as digits", () => {
    expect(readDateText("0001767225600000")).toBe(1_767_225_600_000);
    expect(readDateText("0")).toBe(0);
  });

  it("keeps text that is not all digits as typed, for validation to quote", () => {
    expect(readDateText("123abc")).toBe("123abc");
    expect(readDateText(" 1767225600000")).toBe(" 1767225600000");
    expect(readDateText("-1767225600000")).toBe("-1767225600000");
    expect(readDateText("1767225600000.5")).toBe("1767225600000.5");
    expect(readDateText("1e12")).toBe("1e12");
  });

  describe("edge cases", () => {
    it("keeps an empty string as an empty string, not 0", () => {
      expect(readDateText("")).toBe("");
    });

    it("reads digits up to the largest safe integer as a number", () => {
      // Number.MAX_SAFE_INTEGER = 2^53 - 1 = 9007199254740991: every number up to it is exact
      expect(readDateText("9007199254740991")).toBe(Number.MAX_SAFE_INTEGER);
    });

    it("keeps digits beyond the largest safe integer as text, not as a rounded number or Infinity", () => {
      // Number("9007199254740993") is 9007199254740992 (2^53 + 1 has no double); 30 ones read 1.111111111111111e+29;
      // 400 nines read Infinity. Kept as text, the error quotes what was typed.
      expect(readDateText("9007199254740993")).toBe("9007199254740993");
      expect(readDateText("1".repeat(30))).toBe("1".repeat(30));
      expect(readDateText("9".repeat(400))).toBe("9".repeat(400));
    });

    it("does not read non-ASCII digits", () => {
      // U+0661 … U+0663, Arabic-Indic digits one, two, three: \d without the u flag is [0-9]
      expect(readDateText("\u0661\u0662\u0663")).toBe("\u0661\u0662\u0663");
    });
  });
});
