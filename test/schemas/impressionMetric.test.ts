import { describe, expect, it } from "vitest";
import { impressionMetric, zeroSeenCount } from "../../src/schemas/impressionMetric.js";

describe("impressionMetric", () => {
  it("takes impressions, else views, else reach, and names the one it took (the TSDoc example included)", () => {
    expect(impressionMetric({ likes: 5, comments: 0, impressions: 1_000, views: 900, reach: 700 })).toEqual([1_000, "impressions"]);
    expect(impressionMetric({ likes: 5, comments: 0, views: 900, reach: 700 })).toEqual([900, "views"]);
    expect(impressionMetric({ likes: 5, comments: 0, reach: 700 })).toEqual([700, "reach"]);
  });

  it("reads a 0 on a post someone acted on as not counted, and takes the next count (the TSDoc example included)", () => {
    expect(impressionMetric({ likes: 5, comments: 0, impressions: 0, views: 900 })).toEqual([900, "views"]);
    expect(impressionMetric({ likes: 0, comments: 0, clicks: 2, impressions: 0, views: 0, reach: 0 })).toBeNull();
    expect(impressionMetric({ likes: 0, comments: 0, saves: 1, views: 0, reach: 40 })).toEqual([40, "reach"]);
    expect(zeroSeenCount({ likes: 5, comments: 0, impressions: 0, views: 900 })).toBe("impressions");
    expect(zeroSeenCount({ likes: 0, comments: 0, shares: 1, impressions: 30, views: 0 })).toBe("views");
  });

  it("keeps a 0 on a post no one acted on: a post can reach no one", () => {
    expect(impressionMetric({ likes: 0, comments: 0, impressions: 0, views: 900 })).toEqual([0, "impressions"]);
    expect(impressionMetric({ likes: 0, comments: 0, clicks: 0, reach: 0 })).toEqual([0, "reach"]);
    expect(zeroSeenCount({ likes: 0, comments: 0, impressions: 0 })).toBeNull();
    expect(zeroSeenCount({ likes: 5, comments: 1, impressions: 10, views: 9 })).toBeNull();
  });

  it("is null when the post counts none of them", () => {
    expect(impressionMetric({ likes: 5, comments: 0 })).toBeNull();
  });
});
