import { describe, expect, it } from "vitest";
import { bandOf, benchmarkDistribution, findBenchmark, percentileOf } from "../../src/engagement/benchmarkPosition.js";
import { ensureBenchmarkTable } from "../../src/engagement/engagementSchemas.js";
import { ENGAGEMENT_BENCHMARKS, PLATFORMS, SIZE_BUCKETS, type EngagementBenchmarkCell, type EngagementBenchmarkSet } from "../../src/index.js";

const table = ENGAGEMENT_BENCHMARKS;
const percentiles = table.bandPercentiles;

/** Every (set, platform, basis, bucket, cell) of a benchmark set. */
function cellsOf(set: EngagementBenchmarkSet): [string, EngagementBenchmarkCell][] {
  const rows: [string, EngagementBenchmarkCell][] = [];
  for (const [platform, bases] of Object.entries(set)) {
    for (const [basis, series] of Object.entries(bases ?? {})) {
      for (const [bucket, cell] of Object.entries(series?.cells ?? {})) if (cell) rows.push([`${platform}/${basis}/${bucket}`, cell]);
    }
  }
  return rows;
}

// Published cut-offs (percent), read from the sources' tables (low | below | average | above | high):
// Modash Instagram 10k–50k: <0.39 | 0.39–0.84 | 0.84–1.11 | 1.11–2.61 | >2.61
// Modash TikTok (Nov 2025) 1k–5k: <9.49 | 9.49–12.06 | 12.06–14.04 | 14.04–18.51 | >18.51
// Modash YouTube >1M: <0.02 | 0.02–0.13 | 0.13–0.18 | 0.18–0.59 | >0.59
const PUBLISHED = [
  { cell: table.creators.instagram?.followers?.cells["10k-50k"], cuts: [0.0039, 0.0084, 0.0111, 0.0261] },
  { cell: table.creators.tiktok?.views?.cells["1k-5k"], cuts: [0.0949, 0.1206, 0.1404, 0.1851] },
  { cell: table.creators.youtube?.followers?.cells["over-1m"], cuts: [0.0002, 0.0013, 0.0018, 0.0059] },
] as const;

describe("ENGAGEMENT_BENCHMARKS", () => {
  it("matches the documented examples", () => {
    expect(table.creators.instagram?.followers?.cells["10k-50k"]?.bands).toEqual([0.0039, 0.0084, 0.0111, 0.0261]);
    // Rival IQ 2023 report: Instagram brand median 0.47% = 0.0047
    expect(table.brands.instagram?.followers?.cells.all?.median).toBe(0.0047);
    expect([table.version, table.bandPercentiles]).toEqual(["2026.11", [10, 40, 60, 90]]);
    expect(table.creators.instagram?.followers?.year).toBeNull();
  });

  it("holds the published cut-offs unchanged, as fractions", () => {
    for (const { cell, cuts } of PUBLISHED) expect(cell?.bands).toEqual(cuts);
  });

  it("puts the published cut-offs at the 10th, 40th, 60th and 90th percentiles", () => {
    for (const { cell, cuts } of PUBLISHED) {
      if (cell === undefined) throw new Error("cell missing");
      const distribution = benchmarkDistribution(cell, percentiles);
      // By construction z at a cut-off is Φ⁻¹(p), so 100·Φ(z) returns p (to the accuracy of Φ and Φ⁻¹, ~1e-13)
      cuts.forEach((cut, index) => {
        expect(percentileOf(Math.log(cut), distribution)).toBeCloseTo(Number(percentiles[index]), 9);
      });
    }
  });

  it("assigns the published bands on either side of each cut-off", () => {
    for (const { cell, cuts } of PUBLISHED) {
      const bands = cell?.bands ?? [1, 2, 3, 4];
      // Just under each cut-off is the band below it; at the cut-off, the band above.
      expect(cuts.map((cut) => bandOf(cut * 0.999, bands))).toEqual(["low", "below-average", "average", "above-average"]);
      expect(cuts.map((cut) => bandOf(cut, bands))).toEqual(["below-average", "average", "above-average", "high"]);
    }
  });

  it("sets each published cell's median to the geometric mean of its average band", () => {
    // Instagram 10k–50k: √(0.0084 × 0.0111) = √0.00009324 = 0.00965609 (6 significant digits)
    expect(table.creators.instagram?.followers?.cells["10k-50k"]?.median).toBe(0.00965609);
    for (const series of [table.creators.instagram?.followers, table.creators.tiktok?.views, table.creators.tiktok?.followers, table.creators.youtube?.followers]) {
      for (const cell of Object.values(series?.cells ?? {})) {
        if (cell === undefined) continue;
        expect(cell.median).toBeCloseTo(Math.sqrt(cell.bands[1] * cell.bands[2]), 6);
        expect(Math.abs(cell.median / Math.sqrt(cell.bands[1] * cell.bands[2]) - 1)).toBeLessThan(1e-5);
      }
    }
  });

  it("derives bands from a single published value as median × exp(spread × z)", () => {
    // z at the 10th, 40th, 60th, 90th percentiles: ∓1.2815515655446004, ∓0.2533471031357997
    const z = [-1.2815515655446004, -0.2533471031357997, 0.2533471031357997, 1.2815515655446004];
    const derived = [
      // Rival IQ brand Instagram median 0.47%, followers spread 0.67: 0.0047 × exp(0.67 × −1.2815516) = 0.0047 × 0.4237382 = 0.00199157
      { cell: table.brands.instagram?.followers?.cells.all, median: 0.0047, spread: 0.67 },
      // SociaVault X mega 0.35%, followers spread 0.67
      { cell: table.creators.x?.followers?.cells["over-1m"], median: 0.0035, spread: 0.67 },
      // SociaVault LinkedIn: between nano 5.62% and mega 1.12%, √(5.62 × 1.12) = √6.2944 = 2.50886%
      { cell: table.creators.linkedin?.followers?.cells["50k-100k"], median: 0.0250886, spread: 0.67 },
      // SociaVault YouTube views nano 5.23%, views spread 0.24
      { cell: table.creators.youtube?.views?.cells["1k-5k"], median: 0.0523, spread: 0.24 },
      // Buzzoole Instagram reach, micro (10k–100k) 12.3%
      { cell: table.creators.instagram?.reach?.cells["50k-100k"], median: 0.123, spread: 0.24 },
    ];
    expect(table.brands.instagram?.followers?.cells.all?.bands[0]).toBeCloseTo(0.00199157, 8);
    for (const { cell, median, spread } of derived) {
      expect(cell?.median).toBeCloseTo(median, 7);
      cell?.bands.forEach((cut, index) => {
        expect(cut / (median * Math.exp(spread * Number(z[index]))) - 1).toBeCloseTo(0, 5);
      });
    }
  });

  it("has strictly increasing positive cut-offs, a source, a definition and a year or null in every series", () => {
    const rows = [...cellsOf(table.creators), ...cellsOf(table.brands)];
    expect(rows.length).toBeGreaterThan(60);
    for (const [, cell] of rows) {
      const [a, b, c, d] = cell.bands;
      expect(0 < a && a < b && b < c && c < d).toBe(true);
      expect(cell.median > b && cell.median < c).toBe(true);
    }
    for (const set of [table.creators, table.brands]) {
      for (const bases of Object.values(set)) {
        for (const series of Object.values(bases ?? {})) {
          expect(series?.source).toMatch(/\S/);
          expect(series?.definition).toMatch(/\S/);
          expect(series?.year === null || Number.isInteger(series?.year)).toBe(true);
        }
      }
    }
  });

  it("covers Instagram, TikTok and YouTube for every size bucket, and no benchmark exists for Twitch", () => {
    for (const series of [table.creators.instagram?.followers, table.creators.tiktok?.views, table.creators.youtube?.followers]) {
      for (const { bucket } of SIZE_BUCKETS.buckets) expect(series?.cells[bucket]).toBeDefined();
    }
    expect(table.creators.twitch).toBeUndefined();
    expect(PLATFORMS).toContain("twitch");
  });

  it("flags everything except Modash Instagram and TikTok-by-views (1k and up) as low confidence", () => {
    expect(table.creators.instagram?.followers?.isLowConfidence).toBe(false);
    expect(table.creators.tiktok?.views?.isLowConfidence).toBe(false);
    expect(table.creators.instagram?.followers?.cells["under-1k"]?.isLowConfidence).toBe(true);
    for (const series of [table.creators.youtube?.followers, table.creators.x?.followers, table.brands.instagram?.followers]) {
      expect(series?.isLowConfidence).toBe(true);
    }
  });

  it("passes its own validation", () => {
    const copy = structuredClone(table);
    // The checked copy, equal to the table (a new object, so later changes to the table cannot reach it).
    const checked = ensureBenchmarkTable(copy, ["benchmarks"]);
    expect(checked).toEqual(copy);
    expect(checked).not.toBe(copy);
  });
});

describe("findBenchmark", () => {
  it("uses the bucket's own cell, else the series' `all` cell, else nothing", () => {
    expect(findBenchmark(table, false, "instagram", "followers", "10k-50k")?.bucket).toBe("10k-50k");
    // Facebook creators: 100k+ buckets have their own cell (0.08%), smaller ones use `all` (0.25%)
    expect(findBenchmark(table, false, "facebook", "followers", "over-1m")?.cell.median).toBe(0.0008);
    expect(findBenchmark(table, false, "facebook", "followers", "1k-5k")?.bucket).toBe("all");
    expect(findBenchmark(table, true, "youtube", "followers", "1k-5k")).toBeNull();
    expect(findBenchmark(table, false, "twitch", "followers", "1k-5k")).toBeNull();
    const noAll = { ...table, creators: { x: { followers: { source: "s", year: null, definition: "d", isLowConfidence: true, cells: {} } } } };
    expect(findBenchmark(noAll, false, "x", "followers", "1k-5k")).toBeNull();
  });
});

describe("benchmarkDistribution and percentileOf", () => {
  const cell = { median: 0.01, bands: [0.005, 0.009, 0.011, 0.02] as const };
  // Built inside each test (not once here, at collection time), so that Stryker's per-test coverage sees these tests run the code.
  const fitted = (): ReturnType<typeof benchmarkDistribution> => benchmarkDistribution(cell, [10, 40, 60, 90]);

  it("centres the prior on the log median and fits its spread to the cut-offs", () => {
    const distribution = fitted();
    expect(distribution.mu).toBeCloseTo(Math.log(0.01), 15);
    // Least squares of ln(cut) on z (z̄ = 0): τ = Σ z·ln(cut) / Σ z²
    // = [1.28155 × (ln 0.02 − ln 0.005) + 0.25335 × (ln 0.011 − ln 0.009)] / (2 × (1.28155² + 0.25335²))
    // = (1.2815516 × 1.3862944 + 0.2533471 × 0.2006707) / (2 × (1.6423745 + 0.0641848)) = (1.7765895 + 0.0508393) / 3.4131186 = 0.5354186
    expect(distribution.tau).toBeCloseTo(0.5354186, 6);
  });

  it("interpolates z linearly on the log scale between cut-offs", () => {
    const distribution = fitted();
    // Halfway (in logs) between 0.009 and 0.011: z = 0 → percentile 50
    expect(percentileOf((Math.log(0.009) + Math.log(0.011)) / 2, distribution)).toBeCloseTo(50, 12);
  });

  it("extends the outer segments into the tails and stays within [0, 100]", () => {
    const distribution = fitted();
    // Below 0.005 the first segment's slope continues: slope = (−0.2533471 + 1.2815516) / ln(0.009 / 0.005) = 1.0282045 / 0.5877867 = 1.7492817;
    // z(0.0025) = −1.2815516 − ln 2 × 1.7492817 = −1.2815516 − 1.2125097 = −2.4940613 → 100·Φ(z) = 0.63145 (Python: NormalDist().cdf)
    expect(percentileOf(Math.log(0.0025), distribution)).toBeCloseTo(0.63145, 4);
    expect(percentileOf(Math.log(1e-12), distribution)).toBeGreaterThanOrEqual(0);
    expect(percentileOf(Math.log(1e6), distribution)).toBeLessThanOrEqual(100);
    expect(percentileOf(Math.log(0.03), distribution)).toBeGreaterThan(90);
  });
});
