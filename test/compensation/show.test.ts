import { describe, expect, it } from "vitest";
import { show } from "../../src/compensation/show.js";

describe("show", () => {
  it("matches the documented example", () => {
    // 0.017323 to four significant digits: 0.01732 (the fifth digit, 3, rounds down)
    expect(show(0.017323)).toBe("0.01732");
  });
});
