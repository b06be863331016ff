import { describe, expect, it } from "vitest";
import {
  ENGAGEMENT_BENCHMARKS,
  InfluencerInputError,
  parseProfile,
  scoreEngagement,
  type EngagementBenchmarkTable,
  type EngagementScore,
  type InfluencerProfileInput,
  type PostMetricsInput,
} from "../../src/index.js";

const DAY = 86_400_000;

/** `count` posts with the given likes and no comments. */
function posts(likes: readonly number[]): PostMetricsInput[] {
  return likes.map((count) => ({ likes: count, comments: 0 }));
}

// Expected numbers below were worked by hand and cross-checked with an independent Python 3 re-implementation
// of the formulas in docs/methodology/engagement.md (statistics.median, statistics.NormalDist for Φ and Φ⁻¹).
// Benchmark used in most tests: Modash Instagram 10k–50k, cut-offs 0.39 | 0.84 | 1.11 | 2.61 %, median √(0.0084 × 0.0111) = 0.00965609.

describe("scoreEngagement", () => {
  it("matches the documented example", () => {
    // Rates: 320/20,000 = 0.016, 400/20,000 = 0.02, 280/20,000 = 0.014 → median 0.016.
    // Estimate 0.0139988 (worked below) lies in [0.0111, 0.0261) → above-average.
    const result = scoreEngagement({
      platform: "instagram",
      followers: 20_000,
      posts: [
        { likes: 300, comments: 20 },
        { likes: 380, comments: 20 },
        { likes: 260, comments: 20 },
      ],
    });
    expect([result.rate, result.band, result.benchmark?.bucket]).toEqual([0.016, "above-average", "10k-50k"]);
  });

  it("matches the documented example for zero followers", () => {
    expect(scoreEngagement({ platform: "instagram", followers: 0, posts: [{ likes: 5, comments: 1 }] }).score).toBeNull();
  });

  it("matches the documented example of the benchmark used", () => {
    const used = scoreEngagement({ platform: "instagram", followers: 20_000, summary: { postCount: 12, avgLikes: 300, avgComments: 10 } }).benchmark;
    expect([used?.bucket, used?.median]).toEqual(["10k-50k", 0.00965609]);
  });

  it("takes the median of the per-post rates of a small profile", () => {
    // 10,000 followers; interactions 200, 300, 500, 1,000 → rates 0.02, 0.03, 0.05, 0.1 → median (0.03 + 0.05) / 2 = 0.04
    const result = scoreEngagement({ platform: "instagram", followers: 10_000, posts: posts([1_000, 200, 500, 300]) });
    expect(result.rate).toBeCloseTo(0.04, 15);
    expect(result.postsUsed).toBe(4);
    expect(result.provenance).toBe("measured");
  });

  it("works the estimate, interval, percentile and confidence of a three-post profile by hand", () => {
    // The offset is half an interaction over the 3 posts, 1/6 each: y = ln((I + 1/6) / 20,000) for I = 320, 400, 280:
    // −4.1346459, −3.9116064, −4.2681029; median y = −4.1346459
    // |y − median| = 0, 0.2230394, 0.1334570 → MAD 0.1334570; spread s = 1.4826022 × 0.1334570 = 0.1978637
    // Pooled with the table's spread 0.5 (worth 4 posts): df = 4 + 2 = 6; s² = (4 × 0.25 + 2 × 0.0391500) / 6 = 0.1797167
    // Inflation (6 / 4) × π/2 = 2.3561945; V_prior = 2.3561945 × 0.25 / 3 = 0.1963495; V_own = 2.3561945 × 0.1797167 / 3 = 0.1411492
    // Prior: μ = ln 0.00965609 = −4.6401665; τ = 0.7344568 (least squares of ln cut-off on z); τ² = 0.5394268
    // B = 0.1963495 / (0.1963495 + 0.5394268) = 0.2668604; ln estimate = −4.6401665 + 0.7331396 × 0.5055206 = −4.2695493 → 0.0139881
    // Reliability τ² / (τ² + V_own) = 0.5394268 / 0.6805760 = 0.7926034 = confidence
    // Interval: ± 1.2815516 × √(0.1411492 × 0.7926034) = ± 0.4286504 → [0.0091117, 0.0214743]
    const result = scoreEngagement({ platform: "instagram", followers: 20_000, posts: posts([320, 400, 280]) });
    expect(result.estimate).toBeCloseTo(0.013988086438841921, 12);
    expect(result.confidence).toBeCloseTo(0.7926033711822053, 12);
    expect(result.interval?.lower).toBeCloseTo(0.009111666764391624, 12);
    expect(result.interval?.upper).toBeCloseTo(0.021474288654319287, 12);
    expect(result.interval?.level).toBe(0.8);
    // Percentile: ln 0.0139881 lies between ln 0.0111 and ln 0.0261, z = 0.2533471 + (−4.2695493 − ln 0.0111) × (1.2815516 − 0.2533471) / ln(0.0261 / 0.0111)
    // = 0.2533471 + 0.2312609 × 1.2025921 = 0.5314596 → 100·Φ(z) = 70.24498; score = percentile
    expect(result.percentile).toBeCloseTo(70.24498424466216, 9);
    expect(result.score).toBe(result.percentile);
  });

  it("splits the score into the benchmark's percentile and the points the posts add", () => {
    const result = scoreEngagement({ platform: "instagram", followers: 20_000, posts: posts([320, 400, 280]) });
    const [benchmark, observed] = result.factors;
    // Benchmark median 0.00965609 sits at percentile 50.00003 (the median is rounded to 6 digits; √(0.0084 × 0.0111) exactly gives 50)
    expect(benchmark?.contribution).toBeCloseTo(50, 3);
    expect((benchmark?.contribution ?? 0) + (observed?.contribution ?? 0)).toBeCloseTo(result.score ?? 0, 12);
    // Weights: B = 0.2668604 and 1 − B
    expect(benchmark?.weight).toBeCloseTo(0.26686037550278824, 12);
    expect((benchmark?.weight ?? 0) + (observed?.weight ?? 0)).toBeCloseTo(1, 15);
    expect(observed?.value).toBeCloseTo((320 + 0.5 / 3) / 20_000, 15);
  });

  describe("shrinkage toward the benchmark", () => {
    // 100,000 followers → Modash Instagram 100k–500k: median 0.00995892, cut-offs 0.41 | 0.87 | 1.14 | 2.63 %, τ = 0.7179200.
    // Each post: 19,000 likes + 1,000 comments = 20,000 → 20% of followers.
    const post = { likes: 19_000, comments: 1_000 };
    // Scored inside each test (not once here, at collection time), so that Stryker's per-test coverage sees these tests run the code.
    const scoreOne = (): EngagementScore => scoreEngagement({ platform: "instagram", followers: 100_000, posts: [post] });
    const scoreThirty = (): EngagementScore => scoreEngagement({ platform: "instagram", followers: 100_000, posts: Array.from({ length: 30 }, () => post) });

    it("keeps one post at 20% near the benchmark", () => {
      const one = scoreOne();
      // One post: df = 4, inflation 2 × π/2 = π; V = π × 0.25 = 0.7853982; B = 0.7853982 / (0.7853982 + 0.5154090) = 0.6037775
      // ln estimate = ln 0.00995892 + 0.3962225 × (ln 0.200005 − ln 0.00995892) = −4.6092866 + 0.3962225 × 2.9998737 = −3.4206694 → 0.0326906
      expect(one.estimate).toBeCloseTo(0.032690552269783214, 12);
      expect(one.rate).toBeCloseTo(0.2, 15);
    });

    it("gives 30 consistent posts a higher estimate, score and confidence than one", () => {
      const one = scoreOne();
      const thirty = scoreThirty();
      expect(thirty.estimate ?? 0).toBeGreaterThan(one.estimate ?? 0);
      expect(thirty.score ?? 0).toBeGreaterThan(one.score ?? 0);
      expect(thirty.confidence).toBeGreaterThan(one.confidence);
      // Confidence: one post 0.3962225 (= 1 − B, no dispersion data); thirty posts 0.9967336
      expect(one.confidence).toBeCloseTo(0.3962225040307099, 12);
      expect(thirty.confidence).toBeCloseTo(0.9967336407627164, 12);
    });

    it("keeps 30 consistent posts within 10% of the observed median", () => {
      const thirty = scoreThirty();
      // 30 posts: df = 33, inflation (33/31) × π/2 = 1.6721380; V_prior = 1.6721380 × 0.25 / 30 = 0.0139345; B = 0.0263241
      // Each post's offset is 0.5 / 30: ln estimate = −4.6092866 + 0.9736759 × (ln 0.2000002 − ln 0.00995892) = −4.6092866 + 0.9736759 × 2.9998496
      // = −1.6884054 → 0.1848140, 7.6% below 0.2
      expect(thirty.estimate).toBeCloseTo(0.18481400087340766, 12);
      expect(Math.abs((thirty.estimate ?? 0) / (thirty.rate ?? 1) - 1)).toBeLessThan(0.1);
    });

    it("narrows the interval with more posts", () => {
      const one = scoreOne();
      const thirty = scoreThirty();
      const width = (result: typeof one): number => (result.interval?.upper ?? 0) / (result.interval?.lower ?? 1);
      expect(width(thirty)).toBeLessThan(width(one));
    });
  });

  describe("outliers", () => {
    // 30 posts with 900, 910, …, 1,190 likes on 50,000 followers: median rate (1,040 + 1,050) / 2 / 50,000 = 0.0209
    const base = Array.from({ length: 30 }, (_, index) => 900 + 10 * index);
    const viral = base.map((likes, index) => (index === 7 ? likes * 100 : likes));

    it("lets a post with 100× the engagement move the rate by less than 10% and lists it as viral", () => {
      const before = scoreEngagement({ platform: "instagram", followers: 50_000, posts: posts(base) });
      const after = scoreEngagement({ platform: "instagram", followers: 50_000, posts: posts(viral) });
      expect(before.rate).toBeCloseTo(0.0209, 15);
      // Post 7 goes from 970 to 97,000 likes: the median moves one rank up, (1,050 + 1,060) / 2 / 50,000 = 0.0211 (+0.96%)
      expect(after.rate).toBeCloseTo(0.0211, 15);
      expect(Math.abs((after.rate ?? 0) / (before.rate ?? 1) - 1)).toBeLessThan(0.1);
      // Modified z of post 7 on ln(1 + likes): (ln 97,001 − median) / (1.4826 × MAD) = 42.8557
      expect(after.outliers).toEqual([{ index: 7, kind: "viral", modifiedZ: expect.closeTo(42.85565030967386, 9) as number }]);
      expect(before.outliers).toEqual([]);
      // 1 viral post in 30
      expect(after.viralShare).toBeCloseTo(1 / 30, 15);
    });

    it("lists a post with no engagement as dead", () => {
      const dead = base.map((likes, index) => (index === 3 ? 0 : likes));
      const result = scoreEngagement({ platform: "instagram", followers: 50_000, posts: posts(dead) });
      // (ln 1 − median of ln(1 + likes)) / (1.4826 × MAD) = −65.2912
      expect(result.outliers).toEqual([{ index: 3, kind: "dead", modifiedZ: expect.closeTo(-65.29116570743409, 9) as number }]);
      expect(result.viralShare).toBe(0);
    });

    it("falls back to the mean absolute deviation when most posts are identical", () => {
      // 29 posts with 1,000 likes, one with 100,000: MAD = 0. Mean |x − median| = d / 30 with d = ln 100,001 − ln 1,001;
      // modified z = d / (1.2533141 × d / 30) = 30 / 1.2533141 = 23.936541
      const likes = Array.from({ length: 30 }, (_, index) => (index === 12 ? 100_000 : 1_000));
      const result = scoreEngagement({ platform: "instagram", followers: 50_000, posts: posts(likes) });
      expect(result.outliers).toEqual([{ index: 12, kind: "viral", modifiedZ: expect.closeTo(30 / 1.2533141373155001, 9) as number }]);
    });

    it("finds none when every post is identical, and none with fewer than three posts", () => {
      expect(scoreEngagement({ platform: "instagram", followers: 50_000, posts: posts([500, 500, 500, 500]) }).outliers).toEqual([]);
      const two = scoreEngagement({ platform: "instagram", followers: 50_000, posts: posts([10, 100_000]) });
      expect([two.outliers, two.viralShare]).toEqual([[], null]);
    });
  });

  describe("diagnostics", () => {
    it("measures consistency as the robust coefficient of variation", () => {
      // Rates 0.01, 0.02, 0.03 (100, 200, 300 likes on 10,000): median 0.02, MAD 0.01 → 1.4826022 × 0.01 / 0.02 = 0.7413011
      const result = scoreEngagement({ platform: "instagram", followers: 10_000, posts: posts([100, 200, 300]) });
      expect(result.consistency).toBeCloseTo(0.741301109252801, 12);
      // Fewer than three posts, or a median rate of 0: null
      expect(scoreEngagement({ platform: "instagram", followers: 10_000, posts: posts([100, 200]) }).consistency).toBeNull();
      expect(scoreEngagement({ platform: "instagram", followers: 10_000, posts: posts([0, 0, 5]) }).consistency).toBeNull();
    });

    it("takes the median comment share and the h-index of the posts", () => {
      // Shares c / (l + c): 2/10 = 0.2, 1/5 = 0.2, 0/4 = 0, 3/3 = 1; the post with no likes or comments is left out → median (0.2 + 0.2) / 2 = 0.2
      // Interactions 10, 5, 4, 3, 0 → h = 3 (three posts with ≥ 3; not four with ≥ 4)
      const result = scoreEngagement({
        platform: "instagram",
        followers: 1_000,
        posts: [
          { likes: 8, comments: 2 },
          { likes: 4, comments: 1 },
          { likes: 4, comments: 0 },
          { likes: 0, comments: 3 },
          { likes: 0, comments: 0 },
        ],
      });
      expect(result.commentShare).toBeCloseTo(0.2, 15);
      expect(result.hIndex).toBe(3);
    });

    it("gives no comment share when no post has likes or comments", () => {
      const result = scoreEngagement({ platform: "tiktok", followers: 1_000, posts: [{ likes: 0, comments: 0, shares: 4, views: 100 }] });
      expect(result.commentShare).toBeNull();
      // 4 shares / 100 views = 0.04 on the views basis
      expect(result.rate).toBeCloseTo(0.04, 15);
    });

    it("measures the trend per 30 days over dated posts", () => {
      // 1,000, 2,000, 4,000 likes on 10,000 followers at days 0, 30, 60, with the offset 0.5 / 3 per post:
      // y = ln(1,000.1667 / 10,000), ln(2,000.1667 / 10,000), ln(4,000.1667 / 10,000)
      // slope = Σ(t − 30)(y − ȳ) / Σ(t − 30)² = 30 × (ln 4,000.1667 − ln 1,000.1667) / 1,800 = 1.3861694 / 60 = 0.0231028 per day
      // trend = exp(30 × 0.0231028) − 1 = 0.9998750 (the offset keeps it just under a doubling)
      const start = Date.UTC(2026, 0, 1);
      const dated = [1_000, 2_000, 4_000].map((likes, index) => ({ likes, comments: 0, publishedAt: new Date(start + 30 * index * DAY) }));
      const result = scoreEngagement({ platform: "instagram", followers: 10_000, posts: dated.reverse() });
      expect(result.trend).toBeCloseTo(0.9998750169246691, 12);
      // 1 + 0.9998750 rounded to 3 decimals = 2
      expect(result.reasons).toContain("Engagement changes by a factor of 2 every 30 days (regression over 3 dated posts).");
    });

    it("has no trend without three dated posts spanning a week", () => {
      const start = Date.UTC(2026, 0, 1);
      const at = (days: number): string => new Date(start + days * DAY).toISOString();
      const trendOf = (dates: readonly (string | undefined)[]): number | null =>
        scoreEngagement({
          platform: "instagram",
          followers: 10_000,
          posts: dates.map((publishedAt, index) => ({ likes: 100 * (index + 1), comments: 0, ...(publishedAt === undefined ? {} : { publishedAt }) })),
        }).trend;
      expect(trendOf([at(0), at(30), undefined])).toBeNull();
      expect(trendOf([at(0), at(1), at(6)])).toBeNull();
      expect(trendOf([at(0), at(0), at(0)])).toBeNull();
      expect(trendOf([at(0), at(3), at(7)])).not.toBeNull();
    });

    it("reports no trend rather than Infinity when the slope overflows", () => {
      // Two tight clusters of posts half a day apart with engagement 0 vs 10^15, plus one post a week later:
      // the least-squares slope is far above 709 / 30 per day, so exp(30·slope) overflows.
      const start = Date.UTC(2026, 0, 1);
      const cluster = (likes: number, offset: number): PostMetricsInput[] =>
        Array.from({ length: 1_000 }, () => ({ likes, comments: 0, publishedAt: new Date(start + offset) }));
      const result = scoreEngagement({
        platform: "instagram",
        followers: 1,
        posts: [...cluster(0, 0), ...cluster(1e15, DAY / 2), { likes: 0, comments: 0, publishedAt: new Date(start + 7 * DAY) }],
      });
      expect(result.trend).toBeNull();
      expect(result.score).not.toBeNull();
    });
  });

  describe("basis and actions", () => {
    it("uses views on TikTok when most posts have views, followers otherwise", () => {
      const withViews = [
        { likes: 90, comments: 10, views: 1_000 },
        { likes: 90, comments: 10, views: 2_000 },
        { likes: 90, comments: 10 },
      ];
      const result = scoreEngagement({ platform: "tiktok", followers: 5_000, posts: withViews });
      // Views basis: rates 100/1,000 = 0.1 and 100/2,000 = 0.05 (the post without views is left out) → median 0.075
      expect([result.basis, result.postsUsed]).toEqual(["views", 2]);
      expect(result.rate).toBeCloseTo(0.075, 15);
      expect(result.benchmark?.source).toContain("November 2025");
      const fewViews = scoreEngagement({ platform: "tiktok", followers: 5_000, posts: withViews.slice(1) });
      // One of two posts has views (not more than half) → followers: 100 / 5,000 = 0.02
      expect([fewViews.basis, fewViews.rate]).toEqual(["followers", 0.02]);
    });

    it("scores a TikTok account with 0 followers on views", () => {
      const result = scoreEngagement({ platform: "tiktok", followers: 0, posts: [{ likes: 50, comments: 0, views: 1_000 }] });
      expect(result.basis).toBe("views");
      expect(result.score).not.toBeNull();
      expect(result.benchmark?.bucket).toBe("under-1k");
    });

    it("follows the basis and actions options", () => {
      const post = { likes: 80, comments: 10, shares: 5, saves: 5, reach: 1_000 };
      const result = scoreEngagement({ platform: "instagram", followers: 10_000, posts: [post] }, { basis: "reach", actions: ["likes", "saves"] });
      // (80 + 5) / 1,000 = 0.085
      expect([result.basis, result.actions, result.rate]).toEqual(["reach", ["likes", "saves"], 0.085]);
      expect(result.benchmark?.source).toContain("Buzzoole");
      // Default: all four actions, followers: 100 / 10,000 = 0.01
      const defaults = scoreEngagement({ platform: "instagram", followers: 10_000, posts: [post] });
      expect([defaults.actions, defaults.rate]).toEqual([["likes", "comments", "shares", "saves"], 0.01]);
    });
  });

  describe("benchmarks", () => {
    it("uses the brand benchmarks for brand accounts", () => {
      const result = scoreEngagement({ platform: "instagram", followers: 50_000, isBrandAccount: true, posts: posts([300, 200, 250]) });
      expect(result.benchmark?.audience).toBe("brands");
      expect(result.benchmark?.source).toContain("Rival IQ");
      expect(result.benchmark?.bucket).toBe("all");
      // 250 / 50,000 = 0.5% is above the brand median 0.47% but below the creator median for 50k–100k (0.87%)
      const creator = scoreEngagement({ platform: "instagram", followers: 50_000, posts: posts([300, 200, 250]) });
      expect(result.score ?? 0).toBeGreaterThan(creator.score ?? 100);
    });

    it("halves confidence when the benchmark is low confidence", () => {
      const profile: InfluencerProfileInput = { platform: "youtube", followers: 20_000, posts: posts([300, 400, 350]) };
      const series = ENGAGEMENT_BENCHMARKS.creators.youtube?.followers;
      if (series === undefined) throw new Error("series missing");
      const trusted: EngagementBenchmarkTable = {
        ...ENGAGEMENT_BENCHMARKS,
        creators: { ...ENGAGEMENT_BENCHMARKS.creators, youtube: { followers: { ...series, isLowConfidence: false } } },
      };
      const low = scoreEngagement(profile);
      const high = scoreEngagement(profile, { benchmarks: trusted });
      expect(low.benchmark?.isLowConfidence).toBe(true);
      expect(low.confidence / high.confidence).toBeCloseTo(0.5, 15);
      expect(low.reasons.some((reason) => reason.startsWith("This benchmark is low confidence"))).toBe(true);
    });

    it("uses the 1k–5k figures, flagged, for accounts under 1,000 followers", () => {
      const result = scoreEngagement({ platform: "instagram", followers: 800, posts: posts([40, 30, 35]) });
      expect(result.benchmark?.bucket).toBe("under-1k");
      expect(result.benchmark?.bands).toEqual([0.0172, 0.0338, 0.0442, 0.0797]);
      expect(result.benchmark?.isLowConfidence).toBe(true);
    });

    it("gives url null when the source has none", () => {
      const result = scoreEngagement({ platform: "facebook", followers: 2_000, posts: posts([5, 6, 7]) });
      expect(result.benchmark?.bucket).toBe("all");
      expect(result.benchmark?.url).toBeNull();
      expect(scoreEngagement({ platform: "instagram", followers: 2_000 }).benchmark?.url).toBe("https://www.modash.io/engagement-rate-calculator");
    });

    it("puts an estimate that lands on a cut-off in the band that starts there, as its percentile says", () => {
      // One post of 6 likes on 1,000 followers: (6 + 0.5) / 1,000 = 0.0065 = the median and the second cut-off, so the
      // estimate is ln 0.0065 exactly, percentile 40; exp(ln 0.0065) = 0.006499999999999998 put it in below-average.
      const cell = { median: 0.0065, bands: [0.004, 0.0065, 0.009, 0.012] as [number, number, number, number], postSpread: 0.2 };
      const series = { source: "test", year: 2026, definition: "likes / followers", isLowConfidence: false, cells: { all: cell } };
      const table: EngagementBenchmarkTable = { version: "t", date: null, bandPercentiles: [20, 40, 60, 80], postSpread: 0.3, creators: { instagram: { followers: series } }, brands: {} };
      const result = scoreEngagement({ platform: "instagram", followers: 1_000, posts: posts([6]) }, { benchmarks: table });
      expect(result.percentile).toBeCloseTo(40, 9);
      expect(result.band).toBe("average");
    });

    it("accepts a table of your own and validates it", () => {
      const table: EngagementBenchmarkTable = {
        version: "mine",
        date: null,
        bandPercentiles: [20, 40, 60, 80],
        postSpread: 0.3,
        creators: {
          instagram: {
            followers: {
              source: "Our agency, 2026 roster",
              year: 2026,
              definition: "median likes / followers",
              isLowConfidence: false,
              cells: { all: { median: 0.02, bands: [0.01, 0.018, 0.022, 0.04], postSpread: 0.2 } },
            },
          },
        },
        brands: {},
      };
      const profile = { platform: "instagram" as const, followers: 20_000, posts: posts([400, 400, 400]) };
      const result = scoreEngagement(profile, { benchmarks: table });
      // A low-confidence series without notes explains itself with its definition
      const series = table.creators.instagram?.followers;
      if (series === undefined) throw new Error("series missing");
      const weak = scoreEngagement(profile, { benchmarks: { ...table, creators: { instagram: { followers: { ...series, isLowConfidence: true } } } } });
      expect(weak.reasons).toContain("This benchmark is low confidence: median likes / followers");
      expect(result.benchmark).toMatchObject({ source: "Our agency, 2026 roster", year: 2026, version: "mine", bandPercentiles: [20, 40, 60, 80] });
      // 400 / 20,000 = 0.02 = the median; ln((400 + 0.5 / 3) / 20,000) and the shrunk estimate sit just above it, and 0.02 is
      // just above the 50th percentile of these cut-offs (z = 0 at √(0.018 × 0.022) = 0.0198997): average band, percentile in (50, 52)
      expect(result.band).toBe("average");
      expect(result.percentile ?? 0).toBeGreaterThan(50);
      expect(result.percentile ?? 100).toBeLessThan(52);
      // Same object again: accepted (validated once)
      expect(scoreEngagement(profile, { benchmarks: table }).score).toBe(result.score);
      // Changed after its first use, the same object is still read as it was checked: a cell broken in place gave NaN scores.
      const edited = structuredClone(table);
      const first = scoreEngagement(profile, { benchmarks: edited });
      const cell = edited.creators.instagram?.followers?.cells.all as { median: number; bands: number[] } | undefined;
      if (cell === undefined) throw new Error("cell missing");
      cell.median = -1;
      cell.bands = [0.05, 0.04, 0.03, 0.02];
      expect(scoreEngagement(profile, { benchmarks: edited })).toEqual(first);
      // A new object with the same change is checked, and refused.
      expect(() => scoreEngagement(profile, { benchmarks: structuredClone(edited) })).toThrow(InfluencerInputError);
      const broken = { ...table, bandPercentiles: [20, 60, 40, 80] };
      expect(() => scoreEngagement(profile, { benchmarks: broken as unknown as EngagementBenchmarkTable })).toThrow(
        "benchmarks.bandPercentiles: expected four strictly increasing numbers, received an array",
      );
      const cellWith = (cell: object): EngagementBenchmarkTable =>
        ({ ...table, creators: { instagram: { followers: { ...table.creators.instagram?.followers, cells: { all: cell } } } } }) as EngagementBenchmarkTable;
      expect(() => scoreEngagement(profile, { benchmarks: cellWith({ median: 2_000, bands: [1, 2, 3, 4] }) })).toThrow(
        "benchmarks.creators.instagram.followers.cells.all.median: expected a positive rate of at most 1000, received 2000",
      );
      // 500 and the next double up share a natural logarithm, so they cannot bound a band
      const next = 500 + 2 ** -44;
      expect(Math.log(next)).toBe(Math.log(500));
      expect(() => scoreEngagement(profile, { benchmarks: cellWith({ median: 1, bands: [0.1, 500, next, 900] }) })).toThrow(
        "benchmarks.creators.instagram.followers.cells.all.bands: expected four strictly increasing numbers, received an array",
      );
      expect(() => scoreEngagement(profile, { benchmarks: { ...table, postSpread: 11 } })).toThrow(
        "benchmarks.postSpread: expected a positive spread of at most 10, received 11",
      );
    });
  });

  describe("summary data", () => {
    it("scores averages with provenance 'summary', a lognormal correction and lower confidence", () => {
      // rate = (300 + 10) / 20,000 = 0.0155; location = ln((12 × 310 + 0.5) / (12 × 20,000)) − 0.5² / 2 = −4.1667809 − 0.125 = −4.2917809
      // df = 4 (no dispersion seen): V = 2 × 0.25 / 12 = 0.0416667; B = 0.0416667 / (0.0416667 + 0.5394268) = 0.0717039
      // ln estimate = −4.6401665 + 0.9282961 × 0.3483856 = −4.3167626 → 0.0133430; confidence = 0.9282961 × 0.75 = 0.6962221
      const result = scoreEngagement({ platform: "instagram", followers: 20_000, summary: { postCount: 12, avgLikes: 300, avgComments: 10 } });
      expect(result.provenance).toBe("summary");
      expect(result.rate).toBeCloseTo(0.0155, 15);
      expect(result.estimate).toBeCloseTo(0.013343025515353116, 12);
      expect(result.confidence).toBeCloseTo(0.9282960974815293 * 0.75, 12);
      expect(result.interval?.lower).toBeCloseTo(0.010370355933548837, 12);
      expect(result.interval?.upper).toBeCloseTo(0.01716781285465855, 12);
      // comments / (likes + comments) of the averages: 10 / 310
      expect(result.commentShare).toBeCloseTo(10 / 310, 15);
      expect([result.outliers, result.viralShare, result.consistency, result.trend, result.hIndex]).toEqual([[], null, null, null, null]);
      expect(result.reasons[0]).toContain("From averages over 12 posts");
    });

    it("says 'over 1 post' for averages of a single post", () => {
      // postCount 1: (300 + 20) / 20,000 = 1.6 per 100 followers, from one post
      const result = scoreEngagement({ platform: "instagram", followers: 20_000, summary: { postCount: 1, avgLikes: 300, avgComments: 20 } });
      expect(result.reasons[0]).toMatch(/^From averages over 1 post: 1\.6 per 100 followers\. /);
    });

    it("gives a wider interval than the same number of consistent posts", () => {
      const summary = scoreEngagement({ platform: "instagram", followers: 20_000, summary: { postCount: 12, avgLikes: 310, avgComments: 0 } });
      const measured = scoreEngagement({ platform: "instagram", followers: 20_000, posts: posts(Array.from({ length: 12 }, () => 310)) });
      const width = (result: typeof summary): number => (result.interval?.upper ?? 0) / (result.interval?.lower ?? 1);
      expect(width(summary)).toBeGreaterThan(width(measured));
    });

    it("has no comment share when the averages have no likes or comments", () => {
      const result = scoreEngagement({ platform: "instagram", followers: 3_000, summary: { postCount: 5, avgLikes: 0, avgComments: 0, avgShares: 30 } });
      // 30 shares / 3,000 followers = 0.01
      expect([result.commentShare, result.rate]).toEqual([null, 0.01]);
    });

    it("uses average views on TikTok and average reach when asked", () => {
      const tiktok = scoreEngagement({ platform: "tiktok", followers: 3_000, summary: { postCount: 5, avgLikes: 90, avgComments: 10, avgViews: 1_000 } });
      // (90 + 10) / 1,000 = 0.1
      expect([tiktok.basis, tiktok.rate]).toEqual(["views", 0.1]);
      const reach = scoreEngagement(
        { platform: "instagram", followers: 3_000, summary: { postCount: 5, avgLikes: 90, avgComments: 10, avgShares: 5, avgSaves: 5, avgReach: 2_000 } },
        { basis: "reach" },
      );
      // (90 + 10 + 5 + 5) / 2,000 = 0.055
      expect(reach.rate).toBeCloseTo(0.055, 15);
      const noViews = scoreEngagement({ platform: "youtube", followers: 3_000, summary: { postCount: 5, avgLikes: 90, avgComments: 0 } });
      expect(noViews.basis).toBe("followers");
    });

    it("returns null with a reason when the summary lacks the denominator", () => {
      const summary = { postCount: 5, avgLikes: 90, avgComments: 0 };
      expect(scoreEngagement({ platform: "instagram", followers: 3_000, summary }, { basis: "views" }).reasons[0]).toBe(
        "No engagement rate: the summary has no average views of at least 1.",
      );
      expect(scoreEngagement({ platform: "instagram", followers: 3_000, summary }, { basis: "reach" }).reasons[0]).toBe(
        "No engagement rate: the summary has no average reach of at least 1.",
      );
      expect(scoreEngagement({ platform: "instagram", followers: 3_000, summary }, { basis: "impressions" }).reasons[0]).toBe(
        "No engagement rate: a summary has no average impressions.",
      );
      expect(scoreEngagement({ platform: "instagram", followers: 0, summary }).reasons[0]).toBe(
        "No engagement rate: followers is 0, so there is no rate per follower.",
      );
      // An average below one view per post: nothing to divide by (a denormal 5e-324 would otherwise overflow to Infinity)
      expect(scoreEngagement({ platform: "tiktok", followers: 0, summary: { ...summary, avgViews: 5e-324 } }, { basis: "views" }).reasons[0]).toBe(
        "No engagement rate: the summary has no average views of at least 1.",
      );
    });

    it("takes views as the default basis of a TikTok or YouTube summary only from an average of 1 view, the least it can divide by", () => {
      // 0.5 views chose the views basis and then had no score; 0 views fell back to followers. Both now score on followers.
      const summary = { postCount: 5, avgLikes: 90, avgComments: 10 };
      for (const avgViews of [0, 0.5, 0.999]) {
        expect(scoreEngagement({ platform: "tiktok", followers: 3_000, summary: { ...summary, avgViews } }).basis).toBe("followers");
      }
      expect(scoreEngagement({ platform: "youtube", followers: 3_000, summary: { ...summary, avgViews: 1 } }).basis).toBe("views");
    });

    it("refuses averages larger than any count can be", () => {
      // 1e308 + 1e308 overflows; even 1e17 + 1e17 exceeds four times Number.MAX_SAFE_INTEGER (3.6e16)
      const result = scoreEngagement({ platform: "instagram", followers: 10, summary: { postCount: 1, avgLikes: 1e17, avgComments: 1e17 } });
      expect(result.reasons[0]).toBe("No engagement rate: the summary's averages are larger than any count of posts can be.");
    });
  });

  describe("edge cases", () => {
    it("reads posts with no engagement on a small account as low, as their summary does", () => {
      // 12 posts with no likes or comments on 100 Facebook followers. The offset is half an interaction over the 12 posts:
      // y = ln((0 + 0.5 / 12) / 100) = ln(0.5 / 1,200) = −7.7832240. Facebook "all": median 0.0025 (μ = −5.9914645), τ = 0.6699982.
      // Spread 0 within the profile; B from the table's spread 0.5: d = 4 + 11 = 15, c = (15 / 13) × π/2 = 1.8124573,
      // V₀ = 1.8124573 × 0.25 / 12 = 0.0377595, B = 0.0377595 / (0.0377595 + 0.4488976) = 0.0775896
      // ln estimate = −5.9914645 + 0.9224104 × (−1.7917595) = −7.6442021 → 0.000478812, below the first cut-off 0.00105935: low.
      // (With half an interaction per post, y = ln(0.5 / 100) was above the median: "above-average", percentile 83.)
      const zeros = Array.from({ length: 12 }, () => ({ likes: 0, comments: 0 }));
      const result = scoreEngagement({ platform: "facebook", followers: 100, posts: zeros });
      expect(result.estimate).toBeCloseTo(0.0004788121819951452, 12);
      expect(result.band).toBe("low");
      expect(result.percentile ?? 100).toBeLessThan(1);
      const summary = scoreEngagement({ platform: "facebook", followers: 100, summary: { postCount: 12, avgLikes: 0, avgComments: 0 } });
      expect(summary.band).toBe("low");
      // A thirteenth such post lowers the estimate further
      const more = scoreEngagement({ platform: "facebook", followers: 100, posts: [...zeros, { likes: 0, comments: 0 }] });
      expect(more.estimate ?? 1).toBeLessThan(result.estimate ?? 0);
    });

    it("counts a post with no interactions at the peers' median, not above it, on a tiny account", () => {
      // X, 5 followers, one post with nothing: the offset gives y = ln(0.5 / 5) = ln 0.1, above μ = ln 0.0218 (X under 1k).
      // Capped at μ, the estimate is μ + (1 − B)(μ − μ) = μ whatever B is: the median itself, at the median's percentile.
      // (Before, 0.1 pulled the estimate to 3.79 per 100 followers, percentile 79.6, "above-average".)
      const one = scoreEngagement({ platform: "x", followers: 5, posts: [{ likes: 0, comments: 0 }] });
      const median = one.benchmark?.median ?? 0;
      expect(median).toBe(0.0218);
      expect(one.estimate).toBeCloseTo(0.0218, 15);
      expect(one.band).toBe("average");
      expect(one.percentile).toBeCloseTo(50, 3);
      expect(one.reasons[0]).toBe("Median of 1 post: 0 per 100 followers.");
      expect(one.reasons).toContain(
        "1 post with no interactions counts at the peers' median, not above it: on so small an audience the half interaction that keeps a logarithm finite would read as a rate above the median, and having none is no evidence of one.",
      );
      expect(one.factors[1]?.reason).toBe(
        "The profile's own typical rate (2.18 per 100 followers: no interactions, counted at the peers' median) moves the score by 0 points.",
      );
      // Two posts with none and one with a like: the median post is a capped one (μ), the liked one reads 1.17 / 5.
      const three = scoreEngagement({ platform: "x", followers: 5, posts: [{ likes: 0, comments: 0 }, { likes: 1, comments: 0 }, { likes: 0, comments: 0 }] });
      expect(three.estimate).toBeCloseTo(0.0218, 15);
      expect(three.reasons).toContain(
        "2 posts with no interactions count at the peers' median, not above it: on so small an audience the half interaction that keeps a logarithm finite would read as a rate above the median, and having none is no evidence of one.",
      );
      // The same from averages: ln(0.5 / (3 × 5)) − 0.5²/2 = −3.526 is above μ = −3.826, so it is capped too.
      const summary = scoreEngagement({ platform: "x", followers: 5, summary: { postCount: 3, avgLikes: 0, avgComments: 0 } });
      expect(summary.estimate).toBeCloseTo(0.0218, 15);
      expect(summary.reasons).toContain(
        "The averages show no interactions, so they count at the peers' median, not above it: on so small an audience the half interaction that keeps a logarithm finite would read as a rate above the median, and having none is no evidence of one.",
      );
      // On an account large enough, posts with none read below the median and no sentence is added.
      const twelve = scoreEngagement({ platform: "facebook", followers: 100, posts: Array.from({ length: 12 }, () => ({ likes: 0, comments: 0 })) });
      expect(twelve.reasons.some((reason) => reason.includes("no interactions"))).toBe(false);
    });

    it("names the actions counted when posts with none of them count at the median", () => {
      // Three likes but no comments, counting comments only: the post has no counted interaction, not no interactions.
      const result = scoreEngagement({ platform: "x", followers: 5, posts: [{ likes: 3, comments: 0 }] }, { actions: ["comments"] });
      expect(result.reasons).toContain(
        "1 post with no comments counts at the peers' median, not above it: on so small an audience the half interaction that keeps a logarithm finite would read as a rate above the median, and having none is no evidence of one.",
      );
      expect(result.factors[1]?.reason).toMatch(/\(2\.18 per 100 followers: no comments, counted at the peers' median\)/u);
      const summary = scoreEngagement({ platform: "x", followers: 5, summary: { postCount: 3, avgLikes: 4, avgComments: 0, avgShares: 0 } }, { actions: ["comments", "shares"] });
      expect(summary.reasons.some((reason) => reason.startsWith("The averages show no comments or shares, so they count at the peers' median"))).toBe(true);
    });

    it("writes a score moved down with a true minus sign", () => {
      // The 12 dead Facebook posts above: typical rate 0.5 / 1,200 = 0.0417 per 100 followers, percentile 0.68 against the median's 50.
      const result = scoreEngagement({ platform: "facebook", followers: 100, posts: Array.from({ length: 12 }, () => ({ likes: 0, comments: 0 })) });
      expect(result.factors[1]?.reason).toBe(
        "The profile's own typical rate (0.0417 per 100 followers: the median on the log scale, with half an interaction spread over the posts) moves the score by \u221249.3 points.",
      );
    });

    it("says why the typical rate the estimate starts from differs from the median rate it reports", () => {
      // Three posts with 1 like on 100 followers: median rate 1 per 100, but y = ln((1 + 0.5/3) / 100) reads 1.17 per 100.
      const offset = scoreEngagement({ platform: "instagram", followers: 100, posts: [1, 1, 1].map((likes) => ({ likes, comments: 0 })) });
      expect(offset.reasons[0]).toBe("Median of 3 posts: 1 per 100 followers.");
      expect(offset.factors[1]?.reason).toMatch(
        /^The profile's own typical rate \(1\.17 per 100 followers: the median on the log scale, with half an interaction spread over the posts\) moves/u,
      );
      // Averages of 50 likes on 1,000 followers: 5 per 100, less σ²/2 = 0.125 on the log scale (and the offset): 4.42 per 100.
      const summary = scoreEngagement({ platform: "instagram", followers: 1_000, summary: { postCount: 10, avgLikes: 50, avgComments: 0 } });
      expect(summary.factors[1]?.reason).toMatch(/^The profile's own typical rate \(4\.42 per 100 followers: the median the averages imply\) moves/u);
      // The worked example's posts (1.6 per 100 either way) keep the plain wording.
      const plain = scoreEngagement({ platform: "instagram", followers: 20_000, posts: [320, 400, 280].map((likes) => ({ likes, comments: 0 })) });
      expect(plain.factors[1]?.reason).toBe("The profile's own typical rate (1.6 per 100 followers) moves the score by 20.2 points.");
    });

    it("writes a rate below 1e-98 per 100 as almost 0, not a hundred zeros", () => {
      const result = scoreEngagement({ platform: "instagram", followers: 1_000, summary: { postCount: 1, avgLikes: 1e-300, avgComments: 0 } });
      expect(result.reasons[0]).toBe("From averages over 1 post: almost 0 per 100 followers. Without per-post counts the spread between posts is assumed, not measured.");
      // 1e-98 per 100 itself is still written out.
      const edge = scoreEngagement({ platform: "instagram", followers: 1_000, summary: { postCount: 1, avgLikes: 1e-97, avgComments: 0 } });
      expect(edge.reasons[0]).toMatch(/^From averages over 1 post: 0\.0{97}1 per 100 followers\./u);
    });

    it("returns score null, band unknown and confidence 0 for a profile with no posts and no summary", () => {
      const result = scoreEngagement({ platform: "instagram", followers: 12_000 });
      expect(result).toMatchObject({ score: null, band: "unknown", confidence: 0, provenance: "none", rate: null, estimate: null, interval: null, percentile: null, factors: [] });
      expect(result.reasons).toEqual(["No engagement rate: the profile has no posts and no summary."]);
      expect(result.benchmark?.bucket).toBe("10k-50k");
    });

    it("returns null for 0 followers on the followers basis but keeps the post diagnostics", () => {
      const result = scoreEngagement({ platform: "instagram", followers: 0, posts: posts([5, 6, 7]) });
      expect(result).toMatchObject({ score: null, band: "unknown", confidence: 0, provenance: "none", hIndex: 3 });
      expect(result.reasons[0]).toBe("No engagement rate: followers is 0, so there is no rate per follower.");
    });

    it("returns null when no post has the chosen denominator", () => {
      const result = scoreEngagement({ platform: "instagram", followers: 100, posts: posts([5, 6]) }, { basis: "impressions" });
      expect(result.reasons[0]).toBe("No engagement rate: no post has a positive impressions count.");
    });

    it("gives a rate and interval but no score on a platform without a benchmark", () => {
      const result = scoreEngagement({ platform: "twitch", followers: 5_000, posts: posts([100, 150, 120]) });
      // Median rate 120 / 5,000 = 0.024; estimate = exp(median ln((I + 0.5 / 3) / 5,000)) = 120.1667 / 5,000 = 0.0240333
      expect(result).toMatchObject({ score: null, band: "unknown", percentile: null, confidence: 0, benchmark: null, factors: [] });
      expect(result.rate).toBeCloseTo(0.024, 15);
      expect(result.estimate).toBeCloseTo((120 + 0.5 / 3) / 5_000, 15);
      expect(result.interval?.lower ?? 1).toBeLessThan(0.024);
      expect(result.reasons).toContain("No creator benchmark for Twitch on the followers basis, so there is no score.");
    });

    it("says the size has no cell when the platform's series exists but covers other sizes", () => {
      // A table whose Instagram series has a 10k-50k cell only: a 200,000-follower account (bucket 100k-500k) finds no cell
      const instagram = ENGAGEMENT_BENCHMARKS.creators.instagram?.followers;
      const cell = instagram?.cells["10k-50k"];
      if (instagram === undefined || cell === undefined) throw new Error("the shipped table has an Instagram 10k-50k cell");
      const benchmarks: EngagementBenchmarkTable = { ...ENGAGEMENT_BENCHMARKS, creators: { instagram: { followers: { ...instagram, cells: { "10k-50k": cell } } } } };
      const result = scoreEngagement({ platform: "instagram", followers: 200_000, posts: posts([3_000, 3_200, 2_900]) }, { benchmarks });
      expect(result.score).toBeNull();
      expect(result.reasons[1]).toBe("No creator benchmark for Instagram accounts with 100k-500k followers on the followers basis (the series has no cell for that size), so there is no score.");
    });

    it("has no brand benchmark for YouTube by subscribers", () => {
      const result = scoreEngagement({ platform: "youtube", followers: 5_000, isBrandAccount: true, posts: posts([100, 1_000, 10_000]) });
      expect(result.score).toBeNull();
      expect(result.reasons).toContain("No brand benchmark for YouTube on the followers basis, so there is no score.");
      expect(result.outliers).toEqual([]);
    });

    it("explains outliers and trend even without a benchmark", () => {
      const likes = Array.from({ length: 10 }, (_, index) => (index === 0 ? 100_000 : 100 + index));
      const result = scoreEngagement({ platform: "twitch", followers: 5_000, posts: posts(likes) });
      expect(result.reasons).toContain("1 viral and 0 dead posts (modified z-score beyond ±3.5): the median is not moved by them.");
    });

    it("scores profiles of every size with the same answers (buffers are reused or allocated as needed)", () => {
      // 10,000 posts need 90,000 doubles, above the 65,536 kept between calls; 200 posts grow the kept buffer past 1,024.
      // Rates alternate 100 and 300 likes on 10,000 followers: median (100 + 300) / 2 / 10,000 = 0.02 for an even count
      const alternating = (count: number): PostMetricsInput[] => posts(Array.from({ length: count }, (_, index) => (index % 2 === 0 ? 100 : 300)));
      // h-index: 4 posts → 4 (all have ≥ 4); 200 → 100 (all 200 have ≥ 100, only 100 have ≥ 101); 10,000 → 300 (5,000 have 300)
      for (const [count, h] of [[4, 4], [200, 100], [10_000, 300], [4, 4]] as const) {
        const result = scoreEngagement({ platform: "instagram", followers: 10_000, posts: alternating(count) });
        expect(result.rate).toBeCloseTo(0.02, 15);
        expect([result.postsUsed, result.hIndex]).toEqual([count, h]);
      }
    });

    it("accepts a profile from parseProfile and rejects an invalid one", () => {
      const parsed = parseProfile({ platform: "instagram", followers: 20_000, posts: posts([320, 400, 280]) });
      expect(scoreEngagement(parsed).rate).toBe(0.016);
      const call = (): unknown => scoreEngagement({ platform: "instagram", followers: -1 });
      expect(call).toThrow(InfluencerInputError);
      expect(call).toThrow("followers: expected a non-negative integer, received -1");
    });

    it("names the option for bad options, and never says 'Invalid input'", () => {
      const profile = { platform: "instagram" as const, followers: 100 };
      expect(() => scoreEngagement(profile, { basis: "likes" as never })).toThrow(
        'basis: expected one of "followers", "reach", "impressions", "views", received "likes"',
      );
      expect(() => scoreEngagement(profile, { actions: ["views" as never] })).toThrow(
        'actions[0]: expected one of "likes", "comments", "shares", "saves", received "views"',
      );
      const messages: string[] = [];
      for (const call of [
        () => scoreEngagement(null as never),
        () => scoreEngagement({ platform: "instagram", followers: "10" } as never),
        () => scoreEngagement(profile, null as never),
        () => scoreEngagement(profile, { benchmarks: { version: 1 } as never }),
        () => scoreEngagement(profile, { benchmarks: { ...ENGAGEMENT_BENCHMARKS, creators: { myspace: {} } } as never }),
      ]) {
        try {
          call();
        } catch (error) {
          messages.push((error as InfluencerInputError).message);
        }
      }
      expect(messages).toHaveLength(5);
      for (const message of messages) expect(message).not.toContain("Invalid input");
    });
  });
});
