import { describe, expect, it } from "vitest";
import { InfluencerInputError, parseProfile, safeParseProfile } from "../../src/index.js";

const minimal = { platform: "instagram", followers: 1_000 } as const;

describe("safeParseProfile", () => {
  it("matches the documented example", () => {
    const result = safeParseProfile({ platform: "myspace", followers: 10 });
    expect(result.success ? "ok" : result.error.issues[0]?.path).toEqual(["platform"]);
  });

  it("returns { success: true, data, warnings } for a valid profile, with warnings taken from data", () => {
    // 1,500 likes > 1,000 followers gives one warning
    const result = safeParseProfile({ ...minimal, posts: [{ likes: 1_500, comments: 0 }] });
    expect(Object.keys(result).sort()).toEqual(["data", "success", "warnings"]);
    if (!result.success) throw new Error("expected success");
    expect(result.data.followers).toBe(1_000);
    expect(result.warnings).toBe(result.data.warnings);
    expect(result.warnings.map((warning) => warning.code)).toEqual(["engagements_exceed_followers"]);
  });

  it("succeeds on a profile it already parsed, with dates, returning it as it is", () => {
    const once = parseProfile({ ...minimal, accountCreatedAt: "2021-06-01" });
    const result = safeParseProfile(once);
    expect(result.success && result.data).toBe(once);
  });

  it("returns { success: false, error } with an InfluencerInputError instead of throwing", () => {
    const result = safeParseProfile({ ...minimal, followers: -1 });
    expect(Object.keys(result).sort()).toEqual(["error", "success"]);
    if (result.success) throw new Error("expected failure");
    expect(result.error).toBeInstanceOf(InfluencerInputError);
    expect(result.error.issues).toEqual([
      { path: ["followers"], code: "too_small", message: "followers: expected a non-negative integer, received -1" },
    ]);
  });

  it.each([null, undefined, "profile", 42, [], {}, Symbol("x")])("returns an InfluencerInputError, never another error, for %s", (input) => {
    const result = safeParseProfile(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error).toBeInstanceOf(InfluencerInputError);
  });

  it("returns an invalid now as a failure at path [\"now\"]", () => {
    const result = safeParseProfile(minimal, { now: "soon" });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path)).toEqual([["now"]]);
  });

  it("passes now through to the future-post warning", () => {
    const result = safeParseProfile({ ...minimal, posts: [{ likes: 1, comments: 0, publishedAt: "2030-01-01" }] }, { now: "2026-01-01" });
    expect(result.success ? result.warnings.map((warning) => warning.code) : []).toEqual(["post_in_future"]);
  });

  it("rethrows an error it did not raise itself, such as one from the caller's getter", () => {
    const input = {
      platform: "instagram",
      get followers(): number {
        throw new RangeError("getter failed");
      },
    };
    expect(() => safeParseProfile(input)).toThrow(RangeError);
  });
});
