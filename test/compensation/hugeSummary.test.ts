// A summary's averages are accepted up to Number.MAX_VALUE, but an average of counts cannot exceed
// the largest exact integer (the engagement model refuses such a summary for that reason). The
// compensation models used them as they were: an avgViews of 1e308 priced the post at Infinity
// ("= Infinity USD" in the reasons, null in JSON), and avgLikes + avgComments of 1e308 each gave
// Infinity engagements (and a cost per engagement of 0).
import { describe, expect, it } from "vitest";
import { compareCompensation, estimateFlatFee } from "../../src/index.js";

const base = { platform: "instagram", followers: 10_000 } as const;

function allFinite(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allFinite);
  if (value !== null && typeof value === "object") return Object.values(value).every(allFinite);
  return true;
}

describe("summary averages larger than any count", () => {
  it("does not price a post at Infinity from an avgViews or avgReach near Number.MAX_VALUE", () => {
    for (const summary of [
      { postCount: 1, avgLikes: 5, avgComments: 1, avgViews: 1e308 },
      { postCount: 1, avgLikes: 5, avgComments: 1, avgReach: Number.MAX_VALUE },
    ]) {
      const fee = estimateFlatFee({ ...base, summary });
      expect(allFinite(fee)).toBe(true);
      // The summary is not used: the benchmark reach stands in, as without a summary.
      expect(fee.provenance.impressions.basis).toBe("benchmark");
      expect(fee.outcomes.impressions?.expected).toBeCloseTo(3_772, 6);
      expect(fee.reasons.join(" ")).not.toMatch(/Infinity/);
      expect(fee.reasons.join(" ")).toMatch(/larger than any count/);
      const comparison = compareCompensation({ ...base, summary }, { costPerClick: 1, averageOrderValue: 10, margin: 0.4, hybrid: true });
      expect(allFinite(comparison)).toBe(true);
      expect(comparison).toEqual(JSON.parse(JSON.stringify(comparison)));
    }
  });

  it("does not count Infinity engagements from avgLikes and avgComments near Number.MAX_VALUE", () => {
    const fee = estimateFlatFee({ ...base, summary: { postCount: 1, avgLikes: 1e308, avgComments: 1e308, avgViews: 1_000 } });
    expect(allFinite(fee)).toBe(true);
    // As the engagement model refuses the summary, its peer median stands in, as without a summary.
    expect(fee.provenance.engagements.basis).toBe("benchmark");
    expect(fee.unitCosts.cpe).not.toBe(0);
  });

  it("still uses a summary up to the largest count", () => {
    const avgViews = Number.MAX_SAFE_INTEGER;
    const fee = estimateFlatFee({ ...base, summary: { postCount: 1, avgLikes: 5, avgComments: 1, avgViews } });
    expect(fee.provenance.impressions.basis).toBe("summary");
    expect(fee.outcomes.impressions?.expected).toBe(avgViews);
  });
});
