import { describe, expect, it } from "vitest";
import { displayWidth } from "../../src/cli/displayWidth.js";

describe("displayWidth", () => {
  it("counts printable ASCII one column per character", () => {
    // "@plain": 6 characters, 6 columns
    expect(displayWidth("@plain")).toBe(6);
  });

  it("counts a CJK or katakana character two columns", () => {
    // 東 京 グ ル メ: East Asian Wide, 2 columns each = 10
    expect(displayWidth("東京グルメ")).toBe(10);
  });

  it("counts an emoji with emoji presentation two columns", () => {
    // ✨ (U+2728) and 🍜 (U+1F35C) are Emoji_Presentation: 2 + 2 = 4
    expect(displayWidth("✨🍜")).toBe(4);
  });

  it("counts a combining mark zero columns", () => {
    // "cafe" + U+0301 (combining acute accent, drawn on the e) = 4 columns
    expect(displayWidth("cafe\u0301")).toBe(4);
  });

  it("counts a narrow character followed by U+FE0F two columns, as terminals draw the emoji", () => {
    // ❤ (U+2764) and ☺ (U+263A) are narrow alone; U+FE0F asks for the emoji picture, 2 columns each
    expect(displayWidth("❤\uFE0F")).toBe(2);
    expect(displayWidth("☺\uFE0F")).toBe(2);
    // "@i" (2) + ❤️ (2) + "u" (1) = 5
    expect(displayWidth("@i❤\uFE0Fu")).toBe(5);
  });

  describe("edge cases", () => {
    it("keeps a narrow character without U+FE0F one column", () => {
      // ❤ (U+2764) alone has text presentation by default: 1 column
      expect(displayWidth("❤")).toBe(1);
    });

    it("does not widen a character that is already two columns when U+FE0F follows it", () => {
      // ✨ (U+2728) is 2 columns with or without the selector
      expect(displayWidth("✨\uFE0F")).toBe(2);
    });

    it("counts a U+FE0F with no character before it zero columns", () => {
      expect(displayWidth("\uFE0F")).toBe(0);
    });

    it("widens the character once when U+FE0F is repeated", () => {
      // ❤ + U+FE0F = 2; the second selector has no narrow character before it: 0
      expect(displayWidth("❤\uFE0F\uFE0F")).toBe(2);
    });

    it("keeps a letter with no emoji form one column when U+FE0F follows it", () => {
      // "a" is not an emoji character, so the selector does not apply: 1 + 0 = 1
      expect(displayWidth("a\uFE0F")).toBe(1);
    });
  });
});
