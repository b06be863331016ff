import { describe, expect, it } from "vitest";
import { escapeControls, escapeMessage, formatMoney, formatMoneyApart, formatMoneyGiven, renderTable } from "../../src/cli/formatText.js";

describe("escapeControls", () => {
  it("writes a line feed, carriage return and tab as \\n, \\r and \\t", () => {
    expect(escapeControls("a\nb\rc\td")).toBe("a\\nb\\rc\\td");
  });

  it("writes any other C0, DEL or C1 control character as a \\u escape", () => {
    // U+0000 NUL, U+001B ESC, U+007F DEL, U+0085 NEL (C1), U+009F: all category Cc
    expect(escapeControls("\u0000\u001b[31m\u007f\u0085\u009f")).toBe("\\u0000\\u001b[31m\\u007f\\u0085\\u009f");
  });

  it("writes bidirectional controls and the line and paragraph separators as \\u escapes, so they cannot reorder the line", () => {
    // U+202E RIGHT-TO-LEFT OVERRIDE would draw "@evil" + "gpj.exe" as "@evilexe.jpg"
    expect(escapeControls("@evil\u202egpj.exe")).toBe("@evil\\u202egpj.exe");
    expect(escapeControls("\u061c\u200e\u200f\u202a\u202d\u2066\u2069\u2028\u2029")).toBe(
      "\\u061c\\u200e\\u200f\\u202a\\u202d\\u2066\\u2069\\u2028\\u2029",
    );
  });

  it("keeps the joiners and variation selectors emoji are made of", () => {
    expect(escapeControls("👩\u200d💻 ❤\ufe0f a\u200cb")).toBe("👩\u200d💻 ❤\ufe0f a\u200cb");
  });

  it("writes a backslash as \\\\, so a literal backslash-n never reads like an escaped line break", () => {
    // The label a\nb (a backslash, then n) is shown as a\\nb; a\nb with a line feed is shown as a\nb: the two stay apart.
    expect(escapeControls("@a\\nb")).toBe("@a\\\\nb");
    expect(escapeControls("@a\nb")).toBe("@a\\nb");
    expect(escapeControls("\\u001b")).toBe("\\\\u001b");
  });

  it("leaves other text as it is, emoji and CJK characters included", () => {
    expect(escapeControls("@a ✨ 東京 \u00a0")).toBe("@a ✨ 東京 \u00a0");
  });
});

describe("escapeMessage", () => {
  it("matches the documented example", () => {
    expect(escapeMessage('received "x\u009b31m\u202eevil\\"q"')).toBe('received "x\\u009b31m\\u202eevil\\"q"');
  });

  it("writes DEL, C1 controls, bidirectional controls and the line separators as \\u escapes", () => {
    // U+009B (CSI) starts a terminal escape sequence; U+202E reverses the rest of the line on screen
    expect(escapeMessage("x\u009b31m\u202eevil\u007f\u0085\u2028\u2066")).toBe("x\\u009b31m\\u202eevil\\u007f\\u0085\\u2028\\u2066");
  });

  it("writes a line feed, carriage return and tab as \\n, \\r and \\t, so one message stays one line", () => {
    expect(escapeMessage("a\nline 9: b\rc\td\u001b")).toBe("a\\nline 9: b\\rc\\td\\u001b");
  });

  it("leaves backslashes as they are, so a JSON-quoted value keeps its JSON escapes", () => {
    // JSON.stringify('a\\"b') is "a\\\"b"; with each backslash doubled it would be "a\\\\\\"b", where the quote after the backslashes ends the value
    expect(escapeMessage(`received ${JSON.stringify('a\\"b')}`)).toBe('received "a\\\\\\"b"');
  });

  it("keeps a JSON-quoted value valid JSON for the same text, unsafe characters included", () => {
    const value = 'x\u009b31m\u202eevil \\u009b "q" \u007f\u2028\u001b\n';
    const shown = escapeMessage(JSON.stringify(value));
    expect(shown).not.toMatch(/[\u007f-\u009f\u2028\u202e]/u);
    expect(JSON.parse(shown)).toBe(value);
  });

  it("leaves other text as it is, emoji and CJK characters included", () => {
    expect(escapeMessage("@a ✨ 東京 👩\u200d💻 \u00a0")).toBe("@a ✨ 東京 👩\u200d💻 \u00a0");
  });
});

describe("renderTable", () => {
  it("keeps a cell holding a line break on its row, escaped and padded to its escaped width", () => {
    // "a\nb" is shown as the 4 columns "a\nb", so the heading "id" is padded to 4
    expect(renderTable([{ heading: "id" }, { heading: "n", align: "right" }], [["a\nb", "1"]])).toBe("id    n\n----  -\na\\nb  1\n");
  });

  it("pads a cell holding a backslash to its escaped width", () => {
    // The 3 characters a\b are shown as the 4 columns a\\b (the backslash doubled), so the heading "id" is padded to 4
    expect(renderTable([{ heading: "id" }, { heading: "n", align: "right" }], [["a\\b", "1"]])).toBe("id    n\n----  -\na\\\\b  1\n");
  });
});

describe("formatMoney", () => {
  it("writes whole units from 1 up, and two significant digits below, so a fee of cents never reads $0", () => {
    expect(formatMoney(1_234.5, "USD")).toBe("$1,235");
    expect(formatMoney(17.4, "USD")).toBe("$17");
    expect(formatMoney(0.1633, "USD")).toBe("$0.16");
    expect(formatMoney(0.000000294, "USD")).toBe("$0.00000029");
    expect(formatMoney(0, "USD")).toBe("$0");
    expect(formatMoney(null, "USD")).toBe("—");
  });

  it("writes the code after the amount when Intl has no currency format for it, every time", () => {
    // "XY" is not a well-formed code: Intl refuses it as a currency. The second call takes the cached format and still names the code.
    expect(formatMoney(1_234.5, "XY")).toBe("1,235 XY");
    expect(formatMoney(1_234.5, "XY")).toBe("1,235 XY");
    expect(formatMoney(0.5, "XY")).toBe("0.5 XY");
  });
});

describe("formatMoneyApart", () => {
  it("writes whole units when they read apart, without cents", () => {
    expect(formatMoneyApart([9_082.31, 19_866.04, 20_000], "USD")).toEqual(["$9,082", "$19,866", "$20,000"]);
  });

  it("writes every amount with cents when whole units write two different ones alike", () => {
    // 4,959.73 and 4,960.38 both round to $4,960
    expect(formatMoneyApart([4_959.73, 4_960.38, 5_000], "USD")).toEqual(["$4,959.73", "$4,960.38", "$5,000.00"]);
  });

  it("adds decimals beyond the cents until two different amounts read apart", () => {
    // 65.333 and 65.334 read $65.33 both with cents
    expect(formatMoneyApart([65.333, 65.334], "USD")).toEqual(["$65.333", "$65.334"]);
  });

  it("writes equal amounts alike, in whole units", () => {
    expect(formatMoneyApart([65.33, 65.33], "USD")).toEqual(["$65", "$65"]);
  });

  it("never rounds an amount the caller gave: every amount gets at least its decimals", () => {
    // a budget of 65.33, spent to the cent: both read $65.33, not $65
    expect(formatMoneyApart([65.33, 65.33], "USD", [65.33])).toEqual(["$65.33", "$65.33"]);
    expect(formatMoneyApart([65.33, 65.4], "USD", [65.4])).toEqual(["$65.33", "$65.40"]);
    expect(formatMoneyApart([65.33, 70], "USD", [70])).toEqual(["$65", "$70"]);
  });

  it("adds no decimals to the other amounts for the sake of the caller's: they read apart from it in whole units", () => {
    // 19,893.63 → $19,894 and 19,999.999 → $20,000 differ: the total stays whole, the budget keeps its 3 decimals
    expect(formatMoneyApart([19_893.63, 19_999.999], "USD", [19_999.999])).toEqual(["$19,894", "$19,999.999"]);
    // a set that spends the budget of 4,966.26 exactly reads as the budget; the single creator's 4,959.73 stays whole
    expect(formatMoneyApart([4_959.73, 4_966.26, 4_966.26], "USD", [4_966.26])).toEqual(["$4,960", "$4,966.26", "$4,966.26"]);
  });
});

describe("formatMoneyGiven", () => {
  it("writes an amount the caller gave exactly: whole units when whole, else every decimal it has, at least cents", () => {
    expect(formatMoneyGiven(20_000, "USD")).toBe("$20,000");
    expect(formatMoneyGiven(4_966.26, "USD")).toBe("$4,966.26");
    expect(formatMoneyGiven(65.4, "USD")).toBe("$65.40");
    expect(formatMoneyGiven(1_000.125, "USD")).toBe("$1,000.125");
    // 1e-7 (String() writes it with an exponent) has 7 decimals
    expect(formatMoneyGiven(1e-7, "USD")).toBe("$0.0000001");
    expect(formatMoneyGiven(1_234.5, "XY")).toBe("1,234.50 XY");
  });

  it("writes out the digits with the code after them when the amount has more decimals than a format holds", () => {
    // 1.5e-25: 26 decimals
    expect(formatMoneyGiven(1.5e-25, "USD")).toBe("0.00000000000000000000000015 USD");
  });
});
