import { describe, expect, it } from "vitest";
import { impressionMetric } from "../../src/schemas/impressionMetric.js";

describe("impressionMetric", () => {
  it("takes impressions, else views, else reach, and names the one it took (the TSDoc example included)", () => {
    expect(impressionMetric({ likes: 5, comments: 0, impressions: 1_000, views: 900, reach: 700 })).toEqual([1_000, "impressions"]);
    expect(impressionMetric({ likes: 5, comments: 0, views: 900, reach: 700 })).toEqual([900, "views"]);
    expect(impressionMetric({ likes: 5, comments: 0, reach: 700 })).toEqual([700, "reach"]);
    // 0 is a count, not a missing one
    expect(impressionMetric({ likes: 5, comments: 0, impressions: 0, views: 900 })).toEqual([0, "impressions"]);
  });

  it("is null when the post counts none of them", () => {
    expect(impressionMetric({ likes: 5, comments: 0 })).toBeNull();
  });
});
