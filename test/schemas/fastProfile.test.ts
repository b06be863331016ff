// The fast path in front of the profile schema: what it accepts and where it gives up.
import { describe, expect, it } from "vitest";
import { fastParseProfile } from "../../src/schemas/fastProfile.js";
import { parseIsoDate } from "../../src/schemas/parseDate.js";
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

describe("parseIsoDate on the two common shapes (read without the regular expression)", () => {
  it("reads a date and a toISOString() date-time as Date.parse does", () => {
    // Date.parse is the engine's own ISO 8601 reader: an independent oracle for these shapes.
    for (const text of ["2024-02-29", "1000-01-01", "9999-12-31", "2024-02-29T23:59:59.999Z", "1970-01-01T00:00:00.000Z", "2026-03-01T12:34:56.285Z"]) {
      expect(parseIsoDate(text), text).toBe(Date.parse(text));
    }
  });

  it("rejects impossible calendar instants in those shapes", () => {
    for (const text of ["2026-02-29", "0999-12-31", "2026-13-01", "2026-00-10", "2026-04-31", "2026-01-01T24:00:00.000Z", "2026-01-01T23:60:00.000Z", "2026-01-01T23:59:60.000Z"]) {
      expect(parseIsoDate(text), text).toBeNull();
    }
  });

  it("leaves other text of the same lengths to the regular expression", () => {
    // a non-digit in each field, and each separator replaced: none is a valid instant
    for (const text of ["20a6-01-01", "2026-0a-01", "2026-01-0a", "2026/01/01", "2026-01/01", "2026-01-01T1a:00:00.000Z", "2026-01-01T10:0a:00.000Z", "2026-01-01T10:00:0a.000Z", "2026-01-01T10:00:00.00aZ", "2026-01-01T10-00:00.000Z", "2026-01-01T10:00-00.000Z", "2026-01-01T10:00:00,000Z", "2026-01-01T10:00:00.000+"]) {
      expect(parseIsoDate(text), text).toBeNull();
    }
    // a space for the "T" is valid ISO 8601 text the general path reads: Date.UTC(2026, 0, 1, 10)
    expect(parseIsoDate("2026-01-01 10:00:00.000Z")).toBe(Date.UTC(2026, 0, 1, 10));
    // 24 characters with an offset instead of milliseconds: the general path reads it
    // 2026-01-01T10:00:00+05:30 is 25 characters; 2026-01-01T10:00:00+0530 is 24: 10:00 at +05:30 = 04:30Z
    expect(parseIsoDate("2026-01-01T10:00:00+0530")).toBe(Date.parse("2026-01-01T04:30:00Z"));
  });
});
