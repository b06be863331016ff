// The fast path in front of the profile schema: what it accepts and where it gives up.
import { describe, expect, it } from "vitest";
import { fastParseProfile } from "../../src/schemas/fastProfile.js";
import { influencerProfileSchema } from "../../src/schemas/profile.js";
import { FIELDS, fullProfile, withValueAt } from "./fixtures.js";

describe("fastParseProfile", () => {
  it("builds the schema's output for a profile using every field", () => {
    const input = fullProfile();
    const expected = influencerProfileSchema().parse(input);
    const fast = fastParseProfile(input);
    expect(fast).toStrictEqual(expected);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(expected));
  });

  it("reads Date objects as the schema does", () => {
    // Date.UTC(2026, 0, 2) = JAN_1_2026_MS + 86,400,000 = 1,767,312,000,000
    const input = { platform: "x", followers: 0, accountCreatedAt: new Date(Date.UTC(2026, 0, 2)), isBrandAccount: true };
    expect(fastParseProfile(input)).toStrictEqual(influencerProfileSchema().parse(input));
    expect(fastParseProfile(input)?.accountCreatedAt).toBe(1_767_312_000_000);
  });

  it("gives up on a wrong value in any field", () => {
    for (const field of FIELDS) {
      const value = field.kind === "flag" ? "yes" : field.kind === "array" || field.kind === "object" ? 7 : null;
      expect(fastParseProfile(withValueAt(fullProfile(), field.path, value)), field.path.join(".")).toBeUndefined();
    }
  });

  it("gives up on the limits the schema draws", () => {
    const profile = fullProfile();
    expect(fastParseProfile(withValueAt(profile, ["posts", 0, "reach"], 30_000))).toBeUndefined(); // reach 30,000 > impressions 26,000
    expect(fastParseProfile(withValueAt(profile, ["posts", 0, "topics"], Array.from({ length: 101 }, () => "a")))).toBeUndefined(); // 101 topics > 100
    expect(fastParseProfile(withValueAt(profile, ["audience", "sample"], []))).toBeUndefined(); // an empty sample
    expect(fastParseProfile(withValueAt(profile, ["summary", "postCount"], 0))).toBeUndefined(); // postCount below 1
    expect(fastParseProfile(withValueAt(profile, ["posts", 0, "topics", 0], ""))).toBeUndefined(); // an empty topic
    expect(fastParseProfile(withValueAt(profile, ["handle"], "h".repeat(201)))).toBeUndefined(); // 201 characters > 200
    expect(fastParseProfile(withValueAt(profile, ["accountCreatedAt"], new Date(Number.NaN)))).toBeUndefined();
    expect(fastParseProfile({ platform: "x", followers: 1, posts: { length: 100_001 } })).toBeUndefined();
  });

  it("stores -0 counts and shares as 0", () => {
    const parsed = fastParseProfile({ platform: "x", followers: -0, audience: { authenticShare: -0 } });
    expect(Object.is(parsed?.followers, 0)).toBe(true);
    expect(Object.is(parsed?.audience?.authenticShare, 0)).toBe(true);
  });

  it("lets an error thrown by a getter through, as the schema does", () => {
    const input = {
      platform: "x",
      get followers(): number {
        throw new RangeError("boom");
      },
    };
    expect(() => fastParseProfile(input)).toThrow(RangeError);
  });
});
