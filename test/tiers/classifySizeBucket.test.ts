import { describe, expect, it } from "vitest";
import { InfluencerInputError, SIZE_BUCKETS, classifySizeBucket, type SizeBucket, type SizeBucketRange, type SizeBucketTable } from "../../src/index.js";

describe("classifySizeBucket", () => {
  describe("documented examples", () => {
    it("matches the documented example (4,999 is still 1k-5k)", () => {
      expect(classifySizeBucket(4_999)).toBe("1k-5k");
    });

    it("matches the documented example (5,000 starts 5k-10k)", () => {
      expect(classifySizeBucket(5_000)).toBe("5k-10k");
    });

    it("matches the documented example (1,000,000 is over-1m)", () => {
      expect(classifySizeBucket(1_000_000)).toBe("over-1m");
    });

    it("matches the documented example of SizeBucket", () => {
      const bucket: SizeBucket = "10k-50k";
      expect(SIZE_BUCKETS.buckets.find((range) => range.bucket === bucket)?.min).toBe(10_000);
    });

    it("matches the documented example of SizeBucketRange", () => {
      const range: SizeBucketRange = { bucket: "over-1m", min: 1_000_000, max: null };
      expect(range.max === null).toBe(true);
    });

    it("matches the documented example of SizeBucketTable", () => {
      // under-1k plus the seven published buckets.
      const table: SizeBucketTable = SIZE_BUCKETS;
      expect(table.buckets.length).toBe(8);
    });

    it("matches the documented example of SIZE_BUCKETS", () => {
      expect(SIZE_BUCKETS.buckets.map((range) => range.bucket).join(" ")).toBe("under-1k 1k-5k 5k-10k 10k-50k 50k-100k 100k-500k 500k-1m over-1m");
    });
  });

  describe("edges", () => {
    // Edges as Modash publishes its buckets: 1k–5k, 5k–10k, 10k–50k, 50k–100k, 100k–500k, 500k–1M, >1M;
    // under-1k is the library's own bucket below the first published edge.
    const edges: readonly (readonly [SizeBucket, number, SizeBucket])[] = [
      ["under-1k", 1_000, "1k-5k"],
      ["1k-5k", 5_000, "5k-10k"],
      ["5k-10k", 10_000, "10k-50k"],
      ["10k-50k", 50_000, "50k-100k"],
      ["50k-100k", 100_000, "100k-500k"],
      ["100k-500k", 500_000, "500k-1m"],
      ["500k-1m", 1_000_000, "over-1m"],
    ];
    const cases = edges.map(([below, edge, above]) => ({ below, edge, above }));

    it("ships exactly the published edges", () => {
      expect(SIZE_BUCKETS.buckets.map((range) => [range.min, range.max])).toEqual([
        [0, 1_000],
        ...edges.map(([, edge], index) => [edge, edges[index + 1]?.[1] ?? null]),
      ]);
    });

    it.each(cases)("$edge − 1 is $below", ({ below, edge }) => {
      expect(classifySizeBucket(edge - 1)).toBe(below);
    });

    it.each(cases)("$edge is $above (buckets are half-open)", ({ above, edge }) => {
      expect(classifySizeBucket(edge)).toBe(above);
    });

    it.each(cases)("$edge + 1 is $above", ({ above, edge }) => {
      expect(classifySizeBucket(edge + 1)).toBe(above);
    });

    it("puts 0 and Number.MAX_SAFE_INTEGER in the end buckets", () => {
      expect([classifySizeBucket(0), classifySizeBucket(Number.MAX_SAFE_INTEGER)]).toEqual(["under-1k", "over-1m"]);
    });

    it("names its source", () => {
      expect([SIZE_BUCKETS.source, SIZE_BUCKETS.url]).toEqual([
        "Modash, Instagram Engagement Rate Calculator (benchmark buckets), undated",
        "https://www.modash.io/engagement-rate-calculator",
      ]);
    });
  });

  describe("invalid input", () => {
    it.each([
      [-1, "too_small", "-1"],
      [0.5, "invalid_type", "0.5"],
      [Number.NaN, "invalid_type", "NaN"],
      [Number.POSITIVE_INFINITY, "invalid_type", "Infinity"],
      [2 ** 53, "too_big", "9007199254740992"],
    ] as const)("rejects %s with %s", (followers, code, rendered) => {
      let caught: unknown;
      try {
        classifySizeBucket(followers);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InfluencerInputError);
      expect((caught as InfluencerInputError).issues).toEqual([
        // Above Number.MAX_SAFE_INTEGER the limit is named: "expected a non-negative integer" alone did not say what was wrong with 2^53.
        { path: ["followers"], code, message: `followers: expected a non-negative integer${code === "too_big" ? " of at most 9007199254740991" : ""}, received ${rendered}` },
      ]);
    });
  });
});
