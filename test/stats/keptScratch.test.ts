import { describe, expect, it } from "vitest";
import { keptScratch, type KeptScratch } from "../../src/stats/keptScratch.js";

describe("keptScratch", () => {
  it("matches the documented example", () => {
    const kept: KeptScratch = { buffer: undefined };
    expect(keptScratch(kept, 10).length).toBe(10);
  });

  it("reuses the kept buffer, growing it from at least 1,024 doubles", () => {
    const kept: KeptScratch = { buffer: undefined };
    const first = keptScratch(kept, 10);
    expect(kept.buffer?.length).toBe(1_024);
    expect(keptScratch(kept, 500).buffer).toBe(first.buffer);
    // 2,000 > 1,024: a new, exactly sized buffer is kept
    expect(keptScratch(kept, 2_000).buffer).not.toBe(first.buffer);
    expect(kept.buffer?.length).toBe(2_000);
  });

  it("allocates lengths above 65,536 without keeping them", () => {
    const kept: KeptScratch = { buffer: undefined };
    expect(keptScratch(kept, 65_537).length).toBe(65_537);
    expect(kept.buffer).toBeUndefined();
    expect(keptScratch(kept, 65_536).length).toBe(65_536);
    expect(kept.buffer?.length).toBe(65_536);
  });
});
