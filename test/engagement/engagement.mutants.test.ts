// Tests written for mutants that survived Stryker (docs/quality.md, "Mutation
// testing"): the words of a score's explanation (R9: a reason must state the
// same numbers as the result), the provenance of a benchmark cell with its own
// source, the default basis of a summary, a custom table validated once, and
// boundaries of the measurement and the calibration no test reached.
import { describe, expect, it } from "vitest";
import {
  calibrateEngagementBenchmarks,
  measureEngagementRate,
  scoreEngagement,
  type EngagementBenchmarkTable,
  type InfluencerProfileInput,
  type PostMetricsInput,
} from "../../src/index.js";

/** Posts with the given likes and no comments. */
function posts(likes: readonly number[]): PostMetricsInput[] {
  return likes.map((count) => ({ likes: count, comments: 0 }));
}

describe("scoreEngagement explains itself with its own numbers", () => {
  it("words the three-post score of the worked example", () => {
    // Worked in scoreEngagement.test.ts ("works the estimate … of a three-post profile by hand"): rates 0.016, 0.02, 0.014
    // → median 0.016 = 1.6 per 100; Modash Instagram 10k–50k, undated, median 0.00965609 = 0.966 per 100 (3 digits);
    // shrinkage B = 0.2668604 → moves 1 − B = 0.7331396 ≈ 0.73 of the way; estimate 0.0139881 = 1.4 per 100 (1.40 to 3 digits);
    // percentile 70.24498 ≈ 70.2, band above-average (0.0111 ≤ 0.0139881 < 0.0261).
    const result = scoreEngagement({ platform: "instagram", followers: 20_000, posts: posts([320, 400, 280]) });
    expect(result.reasons).toEqual([
      "Median of 3 posts: 1.6 per 100 followers.",
      "Compared with creators on Instagram with 10k-50k followers (Modash, Instagram Engagement Rate Calculator, undated): median 0.966 per 100 followers.",
      "With 3 posts the estimate moves 0.73 of the way (on a log scale) from the benchmark median to the profile's own rate: 1.4 per 100 followers, at percentile 70.2 (above-average).",
    ]);
    // Factors: the median sits at percentile 50.00003 ≈ 50; the typical rate exp(median ln((I + 0.5 / 3) / 20,000)) = 320.1667 / 20,000
    // = 0.0160083 = 1.6 per 100 (1.60 to 3 digits) adds 70.24498 − 50.00003 = 20.24495 ≈ 20.2 points.
    expect(result.factors.map((factor) => [factor.key, factor.reason])).toEqual([
      ["benchmark", "The peers' median sits at percentile 50; with few posts the estimate stays near it."],
      ["observed", "The profile's own typical rate (1.6 per 100 followers) moves the score by 20.2 points."],
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

describe("scoreEngagement without a benchmark", () => {
  it("still gives the interval of the profile's own rate", () => {
    // Twitch has no benchmark. y = ln((I + 0.5 / 3) / 5,000) for 100, 150, 120: −3.9103577, −3.5054474, −3.7283135; median −3.7283135 (0.0240333)
    // |y − median| = 0.1820442, 0.2228661, 0 → MAD 0.1820442; s = 1.4826022 × 0.1820442 = 0.2698991
    // Pooled with the table's spread 0.5 (4 posts' worth): df = 6, s² = (4 × 0.25 + 2 × 0.0728455) / 6 = 0.1909485
    // V_own = (6 / 4) × π/2 × 0.1909485 / 3 = 0.1499706; half-width 1.2815516 × √0.1499706 = 0.4962942
    // interval = 0.0240333 × exp(∓0.4962942) = [0.0146311, 0.0394777]
    const result = scoreEngagement({ platform: "twitch", followers: 5_000, posts: posts([100, 150, 120]) });
    expect(result.interval?.lower).toBeCloseTo(0.014631073529505864, 12);
    expect(result.interval?.upper).toBeCloseTo(0.03947769860812245, 12);
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
    // The models read the checked copy: the second call reads nothing from the caller's object, and validates nothing.
    expect(first).toBeGreaterThan(0);
    expect(second).toBe(0);
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
    expect(measureEngagementRate({ likes: 50, comments: 10, views: 1_000 }, { platform: "youtube", followers: 100 })).toBeCloseTo(0.06, 15);
  });
});

describe("measuring the posts", () => {
  const DAY = 86_400_000;
  const start = Date.UTC(2026, 0, 1);

  it("finds a viral post among only three and counts it in the viral share", () => {
    // ln(1 + I) for 100, 110, 100,000 likes: 4.6151205, 4.7095302, 11.5129355; centre 4.7095302
    // |deviations| 0.0944097, 0, 6.8034052 → MAD 0.0944097; scale 1.4826022 × 0.0944097 = 0.1399720
    // z = 6.8034052 / 0.1399720 = 48.60547 (viral); (4.6151205 − 4.7095302) / 0.1399720 = −0.6744898 (not an outlier)
    const result = scoreEngagement({ platform: "instagram", followers: 1_000_000, posts: posts([100, 110, 100_000]) });
    expect(result.outliers).toEqual([{ index: 2, kind: "viral", modifiedZ: expect.closeTo(48.605470322692874, 9) as number }]);
    // 1 viral post in 3
    expect(result.viralShare).toBeCloseTo(1 / 3, 15);
  });

  it("fits the trend over the dated posts only, leaving undated ones out", () => {
    // The dated posts of scoreEngagement.test.ts ("measures the trend per 30 days"): 1,000, 2,000, 4,000 likes at days 0, 30, 60 on
    // 10,000 followers, over 3 posts; the fourth post has no date but has a rate, so it shares the offset: 0.5 / 4 per post
    // → slope (ln 4,000.125 − ln 1,000.125) / 60 = 0.0231033 per day → trend exp(30 × 0.0231033) − 1 = 0.9999063.
    const dated = [1_000, 2_000, 4_000].map((likes, index) => ({ likes, comments: 0, publishedAt: new Date(start + 30 * index * DAY) }));
    const result = scoreEngagement({ platform: "instagram", followers: 10_000, posts: [...dated, { likes: 3_000, comments: 0 }] });
    expect(result.trend).toBeCloseTo(0.9999062595204651, 12);
    // 1 + 0.9999063 rounded to 3 decimals = 2
    expect(result.reasons).toContain("Engagement changes by a factor of 2 every 30 days (regression over 3 dated posts).");
  });

  it("weighs a two-post profile's own spread with the table's", () => {
    // Offset 0.5 / 2 per post: y = ln(320.25 / 20,000) = −4.1343856, ln(400.25 / 20,000) = −3.9113982; median −4.0228919, MAD 0.1114937;
    // s = 1.4826022 × 0.1114937 = 0.1653008
    // df = 4 + 1 = 5; pooled s² = (4 × 0.25 + 0.0273244) / 5 = 0.2054649; inflation (5 / 3) × π/2 = 2.6179939; V_own = 2.6179939 × 0.2054649 / 2 = 0.2689529
    // Modash 10k–50k τ² = 0.5394268: confidence = 0.5394268 / (0.5394268 + 0.2689529) = 0.6672939
    // (without the profile's spread it would be 0.5394268 / (0.5394268 + π × 0.25 / 2) = 0.5787060)
    const result = scoreEngagement({ platform: "instagram", followers: 20_000, posts: posts([320, 400]) });
    expect(result.confidence).toBeCloseTo(0.6672939, 6);
  });

  it("divides a summary by its average reach when asked, even when it has average views", () => {
    // (90 + 10) / 2,000 = 0.05 (by views it would be 100 / 1,000 = 0.1)
    const summary = { postCount: 5, avgLikes: 90, avgComments: 10, avgViews: 1_000, avgReach: 2_000 };
    expect(scoreEngagement({ platform: "instagram", followers: 3_000, summary }, { basis: "reach" }).rate).toBeCloseTo(0.05, 15);
  });

  it("has no impressions rate from a summary, even one with average reach", () => {
    // A summary has no average impressions; its average reach must not stand in for them
    const summary = { postCount: 5, avgLikes: 90, avgComments: 10, avgReach: 2_000 };
    expect(scoreEngagement({ platform: "instagram", followers: 3_000, summary }, { basis: "impressions" }).reasons[0]).toBe(
      "No engagement rate: a summary has no average impressions.",
    );
  });

  it("accepts an average of exactly 1 view", () => {
    // (1 + 0) / 1 = 1: the documented minimum is "at least 1"
    const result = scoreEngagement({ platform: "tiktok", followers: 3_000, summary: { postCount: 5, avgLikes: 1, avgComments: 0, avgViews: 1 } });
    expect([result.basis, result.rate]).toEqual(["views", 1]);
  });

  it("accepts four averages of Number.MAX_SAFE_INTEGER, the largest counts there can be", () => {
    // 4 × 9,007,199,254,740,991 = 36,028,797,018,963,964, exactly the limit; per follower on 1 follower the rate is that number
    const most = Number.MAX_SAFE_INTEGER;
    const summary = { postCount: 1, avgLikes: most, avgComments: most, avgShares: most, avgSaves: most };
    const result = scoreEngagement({ platform: "instagram", followers: 1, summary });
    expect([result.provenance, result.rate]).toEqual(["summary", 36_028_797_018_963_964]);
  });
});

describe("the benchmark distribution", () => {
  it("recovers the spread of lognormal cut-offs at uneven percentiles", () => {
    // Cut-offs 0.02 × exp(0.5 z) at the 10th, 25th, 50th and 75th percentiles (z = −1.2815516, −0.6744898, 0, 0.6744898, mean −0.3202654):
    // ln(cut) is exactly linear in z, so the least-squares slope is τ = 0.5 whatever the mean of the z.
    // One post: df = 4, inflation 2 × π/2 = π, V_own = π × 0.5² / 1; confidence = τ² / (τ² + V_own) = 0.25 / (0.25 + 0.25π) = 1 / (1 + π) = 0.2414530
    const bands = [-1.2815516, -0.6744898, 0, 0.6744898].map((z) => 0.02 * Math.exp(0.5 * z)) as [number, number, number, number];
    const table: EngagementBenchmarkTable = {
      version: "lognormal",
      date: null,
      bandPercentiles: [10, 25, 50, 75],
      postSpread: 0.5,
      creators: { instagram: { followers: { source: "Made up", year: null, definition: "lognormal", isLowConfidence: false, cells: { all: { median: 0.02, bands } } } } },
      brands: {},
    };
    const result = scoreEngagement({ platform: "instagram", followers: 1_000, posts: posts([20]) }, { benchmarks: table });
    // z rounded to 7 decimals moves τ by about 1e-7: 6 decimals of the confidence
    expect(result.confidence).toBeCloseTo(1 / (1 + Math.PI), 6);
  });
});

describe("calibration", () => {
  /** One-post Instagram profiles on 1,000 followers: typical rate (likes + 0.5) / 1,000. */
  const profiles = (likes: readonly number[]): InfluencerProfileInput[] =>
    likes.map((count) => ({ platform: "instagram" as const, followers: 1_000, posts: [{ likes: count, comments: 0 }] }));
  const isCalibrated = (likes: readonly number[]): boolean | undefined =>
    calibrateEngagementBenchmarks(profiles(likes), { minProfilesPerCell: 5 }).cells[0]?.isCalibrated;

  it("keeps the fallback's cell when any two cut-offs tie", () => {
    // Ten profiles, type-7 quantiles at h = 9p: 10th h = 0.9, 40th h = 3.6, 60th h = 5.4, 90th h = 8.1 (x₀ … x₉ sorted likes).
    // 10th = 40th: x₀…x₄ = 10 → both 10; 60th = 20 + 0.4 × 10 = 24; 90th = 50 + 0.1 × 10 = 51
    expect(isCalibrated([10, 10, 10, 10, 10, 20, 30, 40, 50, 60])).toBe(false);
    // 40th = 60th: x₃…x₆ = 40 → both 40; 10th = 10 + 0.9 × 10 = 19; 90th = 60 + 0.1 × 10 = 61
    expect(isCalibrated([10, 20, 30, 40, 40, 40, 40, 50, 60, 70])).toBe(false);
    // 60th = 90th: x₅…x₉ = 60 → both 60; 10th = 19; 40th = 40 + 0.6 × 10 = 46
    expect(isCalibrated([10, 20, 30, 40, 50, 60, 60, 60, 60, 60])).toBe(false);
    // Control: 10, 20, …, 100 give 19 < 46 < 64 < 91
    expect(isCalibrated([10, 20, 30, 40, 50, 60, 70, 80, 90, 100])).toBe(true);
  });

  it("says what a new series holds", () => {
    const twitch = profiles([10, 20, 30, 40, 50]).map((profile) => ({ ...profile, platform: "twitch" as const }));
    const { table } = calibrateEngagementBenchmarks(twitch, { minProfilesPerCell: 5 });
    expect(table.creators.twitch?.followers?.definition).toBe("Calibrated cells only; sizes without a calibrated cell have no benchmark.");
  });

  it("pools the post spread of profiles with posts, not of summaries", () => {
    // Five profiles with 9 and 19 likes on 1,000 followers, offset 0.5 / 2 per post: |ln(19.25 / 9.25)| / 2 = 0.3664438 = MAD;
    // s = 1.4826022 × 0.3664438 = 0.5432903, one degree of freedom each → pooled s = 0.5432903. Five summaries (12 posts each) have no spread of their own and add nothing.
    const twoPosts = Array.from({ length: 5 }, () => ({ platform: "instagram" as const, followers: 1_000, posts: posts([9, 19]) }));
    const summaries = Array.from({ length: 5 }, () => ({ platform: "instagram" as const, followers: 1_000, summary: { postCount: 12, avgLikes: 14, avgComments: 0 } }));
    const { table } = calibrateEngagementBenchmarks([...twoPosts, ...summaries]);
    expect(table.postSpread).toBeCloseTo(1.4826022185056018 * (Math.log(19.25 / 9.25) / 2), 12);
    expect(table.postSpread).toBeCloseTo(0.5432903, 6);
  });
});
