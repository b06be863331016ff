import { describe, expect, it } from "vitest";
import { InfluencerInputError, parseProfile, parseProfiles, type ParseProfileOptions } from "../../src/index.js";

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

  it("takes profiles it already parsed as they are, beside raw rows", () => {
    // A parsed profile's dates are epoch milliseconds, which only a parsed profile may carry.
    const once = parseProfile({ platform: "tiktok", followers: 10, accountCreatedAt: "2024-05-01" });
    const { valid, indices, errors } = parseProfiles([once, { platform: "tiktok", followers: 20 }]);
    expect([valid[0], indices, errors]).toEqual([once, [0, 1], []]);
    expect(valid[0]).toBe(once);
  });

  it("returns empty lists for no rows", () => {
    expect(parseProfiles([])).toEqual({ valid: [], indices: [], errors: [] });
  });

  it("applies the options to every row", () => {
    const row = { platform: "tiktok", followers: 10, posts: [{ likes: 1, comments: 0, publishedAt: "2030-01-01" }] };
    const { valid } = parseProfiles([row, row], { now: "2026-01-01" });
    expect(valid.map((profile) => profile.warnings.map((warning) => warning.code))).toEqual([["post_in_future"], ["post_in_future"]]);
  });

  it("throws an invalid now once, even with no rows, instead of failing every row", () => {
    for (const rows of [[good(1), good(2)], []]) {
      const call = (): unknown => parseProfiles(rows, { now: "2026-02-30" });
      expect(call).toThrow(InfluencerInputError);
      expect(call).toThrow('now: expected an ISO 8601 date string, a valid Date or epoch milliseconds, received "2026-02-30"');
    }
  });

  it("throws for options that are not an object", () => {
    expect(() => parseProfiles([good(1)], 5 as unknown as ParseProfileOptions)).toThrow("expected an options object, received 5");
  });

  it("throws InfluencerInputError, not a TypeError, for rows that are not iterable", () => {
    for (const [rows, received] of [[null, "null"], [5, "5"], ["rows", '"rows"'], [{}, "an object"]] as const) {
      const call = (): unknown => parseProfiles(rows as unknown as Iterable<unknown>);
      expect(call).toThrow(InfluencerInputError);
      expect(call).toThrow(`expected an array or iterable of rows, received ${received}`);
    }
  });
});
