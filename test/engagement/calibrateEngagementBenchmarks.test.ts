import { describe, expect, it } from "vitest";
import {
  calibrateEngagementBenchmarks,
  ENGAGEMENT_BENCHMARKS,
  InfluencerInputError,
  scoreEngagement,
  type InfluencerProfileInput,
} from "../../src/index.js";

/** A one-post Instagram profile with `likes` likes on `followers` followers. */
function onePost(likes: number, followers = 1_000, extra: Partial<InfluencerProfileInput> = {}): InfluencerProfileInput {
  return { platform: "instagram", followers, posts: [{ likes, comments: 0 }], ...extra };
}

// Five profiles on 1,000 followers with 9, 19, 29, 39, 49 likes: typical rates (I + 0.5) / 1,000 = 0.0095, 0.0195, 0.0295, 0.0395, 0.0495.
// Type-7 quantiles (h = 4p): 10th h = 0.4 → 0.0095 + 0.4 × 0.01 = 0.0135; 40th h = 1.6 → 0.0255; 60th h = 2.4 → 0.0335;
// 90th h = 3.6 → 0.0455; median h = 2 → 0.0295.
const five = [9, 19, 29, 39, 49].map((likes) => onePost(likes));

describe("calibrateEngagementBenchmarks", () => {
  it("matches the documented example", () => {
    // 60 profiles with 100, 110, …, 690 likes on 20,000 followers: rates (I + 0.5) / 20,000.
    // 10th percentile: h = 59 × 0.1 = 5.9 → I = 150 + 0.9 × 10 = 159 → 159.5 / 20,000 = 0.007975
    const profiles = Array.from({ length: 60 }, (_, index) => ({
      platform: "instagram" as const,
      followers: 20_000,
      posts: [{ likes: 100 + 10 * index, comments: 0 }],
    }));
    const { table, cells } = calibrateEngagementBenchmarks(profiles);
    expect(cells[0]?.isCalibrated).toBe(true);
    expect(table.creators.instagram?.followers?.cells["10k-50k"]?.bands[0]).toBeCloseTo(0.007975, 12);
  });

  it("sets the cell's median and cut-offs to the population's quantiles", () => {
    const { table, cells, errors, skipped } = calibrateEngagementBenchmarks(five, { minProfilesPerCell: 5 });
    const cell = table.creators.instagram?.followers?.cells["1k-5k"];
    expect(cell?.median).toBeCloseTo(0.0295, 15);
    const bands = cell?.bands ?? [];
    [0.0135, 0.0255, 0.0335, 0.0455].forEach((expected, index) => {
      expect(bands[index]).toBeCloseTo(expected, 15);
    });
    expect(cell).toMatchObject({ source: "Calibrated from your profiles", year: null, isLowConfidence: false });
    expect(cell?.definition).toContain("5 of your profiles");
    expect(cells).toEqual([{ audience: "creators", platform: "instagram", basis: "followers", bucket: "1k-5k", profiles: 5, isCalibrated: true }]);
    expect([errors, skipped]).toEqual([[], 0]);
    // The other cells of the series keep the shipped figures and source
    expect(table.creators.instagram?.followers?.cells["10k-50k"]).toBe(ENGAGEMENT_BENCHMARKS.creators.instagram?.followers?.cells["10k-50k"]);
    expect(table.creators.instagram?.followers?.source).toBe(ENGAGEMENT_BENCHMARKS.creators.instagram?.followers?.source);
  });

  it("keeps the fallback's cell when a cell has fewer profiles than the minimum (default 50)", () => {
    const { table, cells } = calibrateEngagementBenchmarks(five);
    expect(cells[0]).toMatchObject({ profiles: 5, isCalibrated: false });
    expect(table.creators).toBe(ENGAGEMENT_BENCHMARKS.creators);
    expect(table.version).toBe("2026.11+calibrated");
  });

  it("counts recalibrations in the version instead of growing it", () => {
    const first = calibrateEngagementBenchmarks(five).table;
    const second = calibrateEngagementBenchmarks(five, { fallback: first }).table;
    const third = calibrateEngagementBenchmarks(five, { fallback: second }).table;
    expect([first.version, second.version, third.version]).toEqual(["2026.11+calibrated", "2026.11+calibrated.2", "2026.11+calibrated.3"]);
    const tenth = calibrateEngagementBenchmarks(five, { fallback: { ...third, version: "v1+calibrated.9" } }).table;
    expect(tenth.version).toBe("v1+calibrated.10");
    // Only a trailing +calibrated counts: one in the middle is part of the base.
    expect(calibrateEngagementBenchmarks(five, { fallback: { ...third, version: "a+calibrated-b" } }).table.version).toBe("a+calibrated-b+calibrated");
    expect(calibrateEngagementBenchmarks(five, { fallback: third, version: "mine" }).table.version).toBe("mine");
  });

  it("asks for a version when the fallback's is too long to extend, so the table can be passed back", () => {
    const long = { ...ENGAGEMENT_BENCHMARKS, version: "v".repeat(995) };
    expect(() => calibrateEngagementBenchmarks(five, { fallback: long })).toThrow(
      "version: expected a version for the new table: the fallback's, extended, would be longer than 1000 characters, received nothing",
    );
    const table = calibrateEngagementBenchmarks(five, { fallback: long, version: "v2" }).table;
    expect(table.version).toBe("v2");
    expect(() => scoreEngagement(onePost(20), { benchmarks: JSON.parse(JSON.stringify(table)) as typeof table })).not.toThrow();
  });

  it("keeps the fallback's cell when ties leave no room for five bands", () => {
    const same = Array.from({ length: 6 }, () => onePost(20));
    expect(calibrateEngagementBenchmarks(same, { minProfilesPerCell: 5 }).cells[0]?.isCalibrated).toBe(false);
  });

  it("pools the post-to-post spread of profiles with several posts", () => {
    // Profile A: 99, 199, 399 likes → ln(I + 0.5 / 3) deviations from the median 0, 0.6952, 0.6973 → MAD 0.6952370 → s = 1.4826022 × 0.6952370 = 1.0307600
    // Profile B: 10, 20, 30, 40, 50 likes → ln(I + 0.5 / 5) deviations 0, 0.2869, 0.4038, 0.5095, 1.0920 → MAD 0.4038054 → s = 0.5986827
    // Pooled: √((2 × 1.0307600² + 4 × 0.5986827²) / 6) = √(0.5931027) = 0.7701316
    const a = { platform: "instagram" as const, followers: 1_000, posts: [99, 199, 399].map((likes) => ({ likes, comments: 0 })) };
    const b = { platform: "instagram" as const, followers: 1_000, posts: [10, 20, 30, 40, 50].map((likes) => ({ likes, comments: 0 })) };
    const { table } = calibrateEngagementBenchmarks([a, b, ...five], { minProfilesPerCell: 5 });
    expect(table.postSpread).toBeCloseTo(0.7701316211422956, 12);
    expect(table.creators.instagram?.followers?.cells["1k-5k"]?.postSpread).toBeCloseTo(0.7701316211422956, 12);
    // One-post profiles only: no spread measured, the fallback's 0.5 stays and the cell has none of its own
    const single = calibrateEngagementBenchmarks(five, { minProfilesPerCell: 5 }).table;
    expect(single.postSpread).toBe(0.5);
    expect(single.creators.instagram?.followers?.cells["1k-5k"]?.postSpread).toBeUndefined();
  });

  it("calibrates brands apart from creators, and platforms without a shipped series", () => {
    const brands = [9, 19, 29, 39, 49].map((likes) => onePost(likes, 1_000, { isBrandAccount: true }));
    const twitch = [9, 19, 29, 39, 49].map((likes) => ({ platform: "twitch" as const, followers: 1_000, posts: [{ likes, comments: 0 }] }));
    const { table, cells } = calibrateEngagementBenchmarks([...twitch, ...brands], { minProfilesPerCell: 5, source: "Agency roster", year: 2026 });
    expect(cells.map((cell) => `${cell.audience} ${cell.platform}`)).toEqual(["creators twitch", "brands instagram"]);
    expect(table.brands.instagram?.followers?.cells["1k-5k"]?.median).toBeCloseTo(0.0295, 15);
    expect(table.brands.instagram?.followers?.cells.all).toBe(ENGAGEMENT_BENCHMARKS.brands.instagram?.followers?.cells.all);
    expect(table.creators.twitch?.followers).toMatchObject({ source: "Agency roster", year: 2026, isLowConfidence: false });
    // The new table scores a Twitch profile, which the shipped table cannot
    const scored = scoreEngagement({ platform: "twitch", followers: 1_000, posts: [{ likes: 29, comments: 0 }] }, { benchmarks: table });
    expect(scored.score).not.toBeNull();
    expect(scored.benchmark).toMatchObject({ source: "Agency roster", year: 2026 });
  });

  it("names your population as the source of a new series by default", () => {
    const twitch = [9, 19, 29, 39, 49].map((likes) => ({ platform: "twitch" as const, followers: 1_000, posts: [{ likes, comments: 0 }] }));
    const { table } = calibrateEngagementBenchmarks(twitch, { minProfilesPerCell: 5 });
    expect(table.creators.twitch?.followers).toMatchObject({ source: "Calibrated from your profiles", year: null });
  });

  it("reports invalid rows by index and skips profiles without a rate", () => {
    const rows: unknown[] = [five[0], { platform: "instagram", followers: -1 }, { platform: "instagram", followers: 500 }, five[1]];
    const { errors, skipped, cells } = calibrateEngagementBenchmarks(rows, { minProfilesPerCell: 5 });
    expect(errors.map((error) => error.index)).toEqual([1]);
    expect(errors[0]?.issues[0]?.message).toBe("followers: expected a non-negative integer, received -1");
    expect(skipped).toBe(1);
    expect(cells[0]?.profiles).toBe(2);
  });

  it("uses the basis, actions, fallback, version and date options", () => {
    const profiles = [10, 20, 30, 40, 50].map((likes) => ({
      platform: "tiktok" as const,
      followers: 2_000,
      posts: [{ likes, comments: 10, views: 1_000 }],
    }));
    const { table, cells } = calibrateEngagementBenchmarks(profiles, {
      basis: "followers",
      actions: ["likes"],
      fallback: ENGAGEMENT_BENCHMARKS,
      minProfilesPerCell: 5,
      version: "roster-2026",
      date: "2026-11-27",
    });
    expect(cells[0]).toMatchObject({ platform: "tiktok", basis: "followers" });
    // Likes only, per follower: median (30 + 0.5) / 2,000 = 0.01525
    expect(table.creators.tiktok?.followers?.cells["1k-5k"]?.median).toBeCloseTo(0.01525, 15);
    expect([table.version, table.date]).toEqual(["roster-2026", "2026-11-27"]);
  });

  it("puts summaries in the cell of the basis scoreEngagement scores them on (views on TikTok with avgViews)", () => {
    // TikTok averages with avgViews: scoreEngagement uses the views basis, so calibration must fill the views cell
    const profiles = [300, 350, 400, 450, 500].map((avgLikes) => ({
      platform: "tiktok" as const,
      followers: 20_000,
      summary: { postCount: 10, avgLikes, avgComments: 10, avgViews: 5_000 },
    }));
    expect(new Set(profiles.map((profile) => scoreEngagement(profile).basis))).toEqual(new Set(["views"]));
    const { cells } = calibrateEngagementBenchmarks(profiles, { minProfilesPerCell: 5 });
    expect(cells.map((cell) => [cell.platform, cell.basis, cell.bucket, cell.profiles])).toEqual([["tiktok", "views", "10k-50k", 5]]);
  });

  describe("a table valid under the benchmark schema", () => {
    // Five accounts on 1 follower with 2,000 to 6,000 likes: typical rates (I + 0.5) / 1 = 2,000.5 … 6,000.5,
    // every one above the schema's cap of 1,000 on a benchmark rate; with `five` beside them in another cell.
    const oneFollower = [2_000, 3_000, 4_000, 5_000, 6_000].map((likes) => onePost(likes, 1));

    it("scores with a calibrated table after a JSON round trip, as with the table itself", () => {
      const { table } = calibrateEngagementBenchmarks([...oneFollower, ...five], { minProfilesPerCell: 5 });
      const copy = JSON.parse(JSON.stringify(table)) as typeof table;
      const profile = onePost(29);
      expect(scoreEngagement(profile, { benchmarks: copy })).toStrictEqual(scoreEngagement(profile, { benchmarks: table }));
    });

    it("leaves out a profile whose typical rate is above 1,000, the cap on a benchmark rate, and says why", () => {
      // 1,500,000 likes on 1,000 followers: (1,500,000 + 0.5) / 1,000 = 1,500.0005 > 1,000. It shares the 1k-5k cell
      // with `five`, whose figures are unchanged (median 0.0295, as above), and is counted nowhere else.
      const { table, cells, excluded, skipped } = calibrateEngagementBenchmarks([...five, onePost(1_500_000)], { minProfilesPerCell: 5 });
      expect(excluded).toEqual([
        { index: 5, rate: expect.closeTo(1_500.0005, 9) as number, reason: "typical rate 1,500 is above 1,000, the cap on a benchmark rate; check the counts" },
      ]);
      expect(cells).toEqual([{ audience: "creators", platform: "instagram", basis: "followers", bucket: "1k-5k", profiles: 5, isCalibrated: true }]);
      expect(table.creators.instagram?.followers?.cells["1k-5k"]?.median).toBeCloseTo(0.0295, 15);
      expect(skipped).toBe(0);
    });

    it("leaves out every profile of a cell above the cap, so the cell keeps the fallback's figures", () => {
      const { table, cells, excluded } = calibrateEngagementBenchmarks(oneFollower, { minProfilesPerCell: 5 });
      expect(excluded.map((row) => row.index)).toEqual([0, 1, 2, 3, 4]);
      expect(cells).toEqual([]);
      expect(table.creators).toBe(ENGAGEMENT_BENCHMARKS.creators);
    });

    it("keeps the fallback's cell when neighbouring cut-offs share a logarithm", () => {
      // Five accounts of 2⁵³ − 1 − 100k followers (k = 0…4) with no interactions: rates 0.5 / followers ≈ 5.55e-17, whose
      // logs (≈ −37.43) are doubles 7.1e-15 apart. Cut-offs at the 10th to 13th percentiles interpolate between the two
      // lowest rates (type 7: h = 4p = 0.40 … 0.52), so they are four distinct rates with equal logarithms, which the
      // schema refuses (a log-scale band of zero width).
      const profiles = [0, 1, 2, 3, 4].map((k) => onePost(0, Number.MAX_SAFE_INTEGER - 100 * k));
      const fallback = { ...ENGAGEMENT_BENCHMARKS, bandPercentiles: [10, 11, 12, 13] as const };
      const { table, cells } = calibrateEngagementBenchmarks(profiles, { minProfilesPerCell: 5, fallback });
      expect(cells[0]).toMatchObject({ bucket: "over-1m", profiles: 5, isCalibrated: false });
      const copy = JSON.parse(JSON.stringify(table)) as typeof table;
      expect(() => scoreEngagement(onePost(29), { benchmarks: copy })).not.toThrow();
    });

    it("keeps a profile just under the cap", () => {
      // 999,999 likes on 1,000 followers: (999,999 + 0.5) / 1,000 = 999.9995 ≤ 1,000
      const { excluded, cells } = calibrateEngagementBenchmarks([onePost(999_999)], { minProfilesPerCell: 5 });
      expect([excluded, cells[0]?.profiles]).toEqual([[], 1]);
    });
  });

  describe("edge cases", () => {
    it("returns the fallback's figures for no profiles", () => {
      const { table, cells, errors } = calibrateEngagementBenchmarks([]);
      expect([cells, errors, table.creators, table.brands, table.postSpread]).toEqual([[], [], ENGAGEMENT_BENCHMARKS.creators, ENGAGEMENT_BENCHMARKS.brands, 0.5]);
    });

    it("rejects bad options with the library's messages", () => {
      expect(() => calibrateEngagementBenchmarks(five, { minProfilesPerCell: 2 })).toThrow(
        "minProfilesPerCell: expected an integer of at least 5, received 2",
      );
      expect(() => calibrateEngagementBenchmarks(five, { fallback: { version: "x" } as never })).toThrow(InfluencerInputError);
      expect(() => calibrateEngagementBenchmarks(five, null as never)).toThrow("expected an options object, received null");
    });

    it("throws InfluencerInputError, not a TypeError, for profiles that are not iterable", () => {
      const call = (): unknown => calibrateEngagementBenchmarks(5 as unknown as Iterable<unknown>);
      expect(call).toThrow(InfluencerInputError);
      expect(call).toThrow("expected an array or iterable of rows, received 5");
    });

    it("rethrows errors that are not input errors", () => {
      const failing: Iterable<unknown> = {
        *[Symbol.iterator]() {
          yield five[0];
          throw new RangeError("source failed");
        },
      };
      expect(() => calibrateEngagementBenchmarks(failing)).toThrow(RangeError);
      const hostile = { platform: "instagram", followers: 10, get posts(): never { throw new TypeError("boom"); } };
      expect(() => calibrateEngagementBenchmarks([hostile])).toThrow(TypeError);
    });
  });
});
