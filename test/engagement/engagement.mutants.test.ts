// Tests written for mutants that survived Stryker (docs/quality.md, "Mutation
// testing"): the words of a score's explanation (R9: a reason must state the
// same numbers as the result), the provenance of a benchmark cell with its own
// source, the default basis of a summary, and a custom table validated once.
import { describe, expect, it } from "vitest";
import { engagementRate, scoreEngagement, type EngagementBenchmarkTable, type PostMetricsInput } from "../../src/index.js";

/** Posts with the given likes and no comments. */
function posts(likes: readonly number[]): PostMetricsInput[] {
  return likes.map((count) => ({ likes: count, comments: 0 }));
}

describe("scoreEngagement explains itself with its own numbers", () => {
  it("words the three-post score of the worked example", () => {
    // Worked in scoreEngagement.test.ts ("works the estimate … of a three-post profile by hand"): rates 0.016, 0.02, 0.014
    // → median 0.016 = 1.6 per 100; Modash Instagram 10k–50k, undated, median 0.00965609 = 0.966 per 100 (3 digits);
    // shrinkage B = 0.2668604 → moves 1 − B = 0.7331396 ≈ 0.73 of the way; estimate 0.0139988 = 1.4 per 100 (1.40 to 3 digits);
    // percentile 70.27676 ≈ 70.3, band above-average (0.0111 ≤ 0.0139988 < 0.0261).
    const result = scoreEngagement({ platform: "instagram", followers: 20_000, posts: posts([320, 400, 280]) });
    expect(result.reasons).toEqual([
      "Median of 3 posts: 1.6 per 100 followers.",
      "Compared with creators on Instagram with 10k-50k followers (Modash, Instagram Engagement Rate Calculator, undated): median 0.966 per 100 followers.",
      "With 3 posts the estimate moves 0.73 of the way (on a log scale) from the benchmark median to the profile's own rate: 1.4 per 100 followers, at percentile 70.3 (above-average).",
    ]);
    // Factors: the median sits at percentile 50.00003 ≈ 50; the typical rate exp(median ln((I + 0.5) / 20,000)) = 320.5 / 20,000
    // = 0.016025 = 1.6 per 100 (1.60 to 3 digits) adds 70.27676 − 50.00003 = 20.27673 ≈ 20.3 points.
    expect(result.factors.map((factor) => [factor.key, factor.reason])).toEqual([
      ["benchmark", "The peers' median sits at percentile 50; with few posts the estimate stays near it."],
      ["observed", "The profile's own typical rate (1.6 per 100 followers) moves the score by 20.3 points."],
    ]);
    expect(result.benchmark?.audience).toBe("creators");
  });

  it("says post, not posts, for a single post", () => {
    // From scoreEngagement.test.ts ("keeps one post at 20% near the benchmark"): 20,000 / 100,000 = 0.2 = 20 per 100; Modash 100k–500k
    // median 0.00995892 = 0.996 per 100; B = 0.6037775 → 1 − B = 0.3962225 ≈ 0.4; estimate 0.0326906 = 3.27 per 100.
    // Percentile: above the 60th cut-off 0.0114, z = 0.2533471 + (ln 0.0326906 − ln 0.0114) × (1.2815516 − 0.2533471) / ln(0.0263 / 0.0114)
    // = 0.2533471 + 1.0534728 × 1.0282045 / 0.8359556 = 1.5490923 → 100·Φ(z) = 93.93202 ≈ 93.9; 0.0327 ≥ 0.0263 → high.
    // (Python: statistics.NormalDist().cdf(1.5490923) = 0.9393202)
    const result = scoreEngagement({ platform: "instagram", followers: 100_000, posts: [{ likes: 19_000, comments: 1_000 }] });
    expect(result.reasons).toEqual([
      "Median of 1 post: 20 per 100 followers.",
      "Compared with creators on Instagram with 100k-500k followers (Modash, Instagram Engagement Rate Calculator, undated): median 0.996 per 100 followers.",
      "With 1 post the estimate moves 0.4 of the way (on a log scale) from the benchmark median to the profile's own rate: 3.27 per 100 followers, at percentile 93.9 (high).",
    ]);
  });

  it("counts one dead post as one dead post", () => {
    // 30 posts with 900, 910, …, 1,190 likes, post 3 set to 0: modified z −65.29 (scoreEngagement.test.ts, "lists a post with no engagement as dead")
    const likes = Array.from({ length: 30 }, (_, index) => (index === 3 ? 0 : 900 + 10 * index));
    const result = scoreEngagement({ platform: "instagram", followers: 50_000, posts: posts(likes) });
    expect(result.reasons).toContain("0 viral and 1 dead post (modified z-score beyond ±3.5): the median is not moved by them.");
  });
});

describe("scoreEngagement with a table of your own", () => {
  // A cell with its own source, year and note, inside a low-confidence series with a URL and another year.
  const table: EngagementBenchmarkTable = {
    version: "mine",
    date: null,
    bandPercentiles: [20, 40, 60, 80],
    postSpread: 0.5,
    creators: {
      instagram: {
        followers: {
          source: "Series survey",
          year: 2020,
          url: "https://example.com/series",
          definition: "median likes / followers",
          isLowConfidence: true,
          cells: { all: { median: 0.02, bands: [0.01, 0.018, 0.022, 0.04], source: "Cell survey", year: 2024, note: "Cell note" } },
        },
      },
    },
    brands: {},
  };
  const profile = { platform: "instagram" as const, followers: 20_000, posts: posts([400, 400, 400]) };

  it("reports the cell's own source and year, with no URL (the series' URL is for the series' source)", () => {
    const result = scoreEngagement(profile, { benchmarks: table });
    expect(result.benchmark).toMatchObject({ source: "Cell survey", year: 2024, url: null, isLowConfidence: true, bucket: "all" });
    // Bucket "all": no size in the peers; median 0.02 = 2 per 100; the cell's note explains the low confidence.
    expect(result.reasons.slice(1, 3)).toEqual([
      "Compared with creators on Instagram (Cell survey, 2024): median 2 per 100 followers.",
      "This benchmark is low confidence: Cell note",
    ]);
  });

  it("says brand accounts when comparing a brand", () => {
    const brands = { ...table, creators: {}, brands: table.creators };
    const result = scoreEngagement({ ...profile, isBrandAccount: true }, { benchmarks: brands });
    expect(result.benchmark?.audience).toBe("brands");
    expect(result.reasons[1]).toBe("Compared with brand accounts on Instagram (Cell survey, 2024): median 2 per 100 followers.");
  });

  it("validates a table once per object, not on every call", () => {
    // Validation reads every field; scoring reads `bandPercentiles` once or twice. Count the reads through a getter.
    let reads = 0;
    const counted = Object.defineProperty({ ...table }, "bandPercentiles", {
      enumerable: true,
      get(): readonly [number, number, number, number] {
        reads++;
        return table.bandPercentiles;
      },
    });
    scoreEngagement(profile, { benchmarks: counted });
    const first = reads;
    scoreEngagement(profile, { benchmarks: counted });
    const second = reads - first;
    expect(second).toBeGreaterThan(0);
    expect(second).toBeLessThan(first);
  });
});

describe("the default basis", () => {
  it("takes a summary's views on TikTok and YouTube only", () => {
    const summary = { postCount: 12, avgLikes: 300, avgComments: 10, avgViews: 10_000 };
    expect(scoreEngagement({ platform: "youtube", followers: 20_000, summary }).basis).toBe("views");
    expect(scoreEngagement({ platform: "tiktok", followers: 20_000, summary }).basis).toBe("views");
    expect(scoreEngagement({ platform: "instagram", followers: 20_000, summary }).basis).toBe("followers");
  });

  it("follows the posts, not the summary, when a profile has both", () => {
    // TikTok posts without views: followers, even though the summary has average views.
    const profile = { platform: "tiktok" as const, followers: 20_000, posts: posts([300, 400, 350]), summary: { postCount: 12, avgLikes: 300, avgComments: 10, avgViews: 10_000 } };
    expect(scoreEngagement(profile).basis).toBe("followers");
  });

  it("divides a YouTube post with views by its views", () => {
    // (50 + 10) / 1,000 views = 0.06 (by followers it would be 60 / 100 = 0.6)
    expect(engagementRate({ likes: 50, comments: 10, views: 1_000 }, { platform: "youtube", followers: 100 })).toBeCloseTo(0.06, 15);
  });
});
