import { describe, expect, it } from "vitest";
import { parseProfiles } from "../../src/index.js";

const good = (followers: number): Record<string, unknown> => ({ platform: "tiktok", followers });

describe("parseProfiles", () => {
  it("matches the documented example", () => {
    const { valid, errors } = parseProfiles([
      { platform: "tiktok", followers: 10 },
      { platform: "tiktok", followers: -1 },
    ]);
    expect([valid.length, errors.map((error) => error.index)]).toEqual([1, [1]]);
  });

  describe("ten rows, three bad", () => {
    const rows: unknown[] = [
      good(0),
      good(1),
      { platform: "myspace", followers: 2 }, // bad: index 2
      good(3),
      good(4),
      null, // bad: index 5
      good(6),
      good(7),
      good(8),
      { platform: "tiktok", followers: 9, posts: [{ likes: 1.5, comments: 0 }] }, // bad: index 9
    ];

    it("returns the 7 good profiles in input order", () => {
      const { valid } = parseProfiles(rows);
      // 10 rows − 3 bad = 7; followers were set to each row's index
      expect(valid.map((profile) => profile.followers)).toEqual([0, 1, 3, 4, 6, 7, 8]);
    });

    it("returns indices aligned with valid", () => {
      const { valid, indices } = parseProfiles(rows);
      expect(indices).toEqual([0, 1, 3, 4, 6, 7, 8]);
      expect(indices).toHaveLength(valid.length);
    });

    it("returns one error per bad row, with its index and issues", () => {
      const { errors } = parseProfiles(rows);
      expect(errors.map((error) => [error.index, error.issues.map((issue) => [issue.path, issue.code])])).toEqual([
        [2, [[["platform"], "invalid_value"]]],
        [5, [[[], "invalid_type"]]],
        [9, [[["posts", 0, "likes"], "invalid_type"]]],
      ]);
    });
  });

  it("works with a generator (any Iterable), counting positions as it goes", () => {
    function* rows(): Generator<Record<string, unknown> | string> {
      yield good(1);
      yield "not a profile";
      yield good(3);
    }
    const result = parseProfiles(rows());
    expect([result.valid.length, result.indices, result.errors.map((error) => error.index)]).toEqual([2, [0, 2], [1]]);
  });

  it("works with a Set", () => {
    expect(parseProfiles(new Set([good(5)])).valid.map((profile) => profile.followers)).toEqual([5]);
  });

  it("returns empty lists for no rows", () => {
    expect(parseProfiles([])).toEqual({ valid: [], indices: [], errors: [] });
  });

  it("applies the options to every row", () => {
    const row = { platform: "tiktok", followers: 10, posts: [{ likes: 1, comments: 0, publishedAt: "2030-01-01" }] };
    const { valid } = parseProfiles([row, row], { now: "2026-01-01" });
    expect(valid.map((profile) => profile.warnings.map((warning) => warning.code))).toEqual([["post_in_future"], ["post_in_future"]]);
  });

  it("reports an invalid now once per row instead of throwing", () => {
    const { valid, errors } = parseProfiles([good(1), good(2)], { now: "never" });
    expect([valid.length, errors.map((error) => [error.index, error.issues[0]?.path])]).toEqual([0, [[0, ["now"]], [1, ["now"]]]]);
  });
});
