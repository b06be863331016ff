// Date handling of the input model (src/schemas/parseDate.ts), tested through parseProfile as a user sees it.
import { describe, expect, it } from "vitest";
import { InfluencerInputError, parseProfile, parseProfiles } from "../../src/index.js";
import { HOUR_MS, JAN_1_2026_MS, MAR_1_2026_MS } from "./fixtures.js";

const minimal = { platform: "instagram", followers: 1_000 } as const;
const MINUTE_MS = 60_000;

function accountCreatedAt(value: unknown): number | undefined {
  return parseProfile({ ...minimal, accountCreatedAt: value }).accountCreatedAt;
}

function dateIssues(value: unknown): unknown {
  try {
    parseProfile({ ...minimal, accountCreatedAt: value });
  } catch (error) {
    if (error instanceof InfluencerInputError) return error.issues;
    throw error;
  }
  throw new Error(`accepted ${String(value)}`);
}

describe("date normalization", () => {
  it.each([
    // MAR_1_2026_MS = 1,772,323,200,000 (see fixtures.ts for the day count)
    ["an ISO date is midnight UTC", "2026-03-01", MAR_1_2026_MS],
    ["a date-time with Z", "2026-03-01T12:00:00Z", MAR_1_2026_MS + 12 * HOUR_MS],
    ["a date-time with minutes only", "2026-03-01T12:30Z", MAR_1_2026_MS + 12 * HOUR_MS + 30 * MINUTE_MS],
    // 12:00 at +02:00 is 10:00 UTC
    ["a +02:00 offset", "2026-03-01T12:00:00+02:00", MAR_1_2026_MS + 10 * HOUR_MS],
    // 12:00 at −05:30 is 17:30 UTC
    ["a -0530 offset (no colon)", "2026-03-01T12:00:00-0530", MAR_1_2026_MS + 17 * HOUR_MS + 30 * MINUTE_MS],
    // 00:30 at +01:00 is 23:30 UTC the day before
    ["an offset that crosses midnight", "2026-03-01T00:30:00+01:00", MAR_1_2026_MS - 30 * MINUTE_MS],
    ["+00:00 and -00:00 mean UTC", "2026-03-01T12:00:00-00:00", MAR_1_2026_MS + 12 * HOUR_MS],
    ["no offset means UTC, whatever the machine's time zone", "2026-03-01T12:00:00", MAR_1_2026_MS + 12 * HOUR_MS],
    ["a space instead of T", "2026-03-01 12:00:00Z", MAR_1_2026_MS + 12 * HOUR_MS],
    ["fractional seconds .5 are 500 ms", "2026-03-01T12:00:00.5Z", MAR_1_2026_MS + 12 * HOUR_MS + 500],
    ["fractional seconds .123 are 123 ms", "2026-03-01T12:00:00.123Z", MAR_1_2026_MS + 12 * HOUR_MS + 123],
    ["sub-millisecond digits are truncated, not rounded", "2026-03-01T12:00:00.123999999Z", MAR_1_2026_MS + 12 * HOUR_MS + 123],
    ["the last millisecond of a day", "2026-02-28T23:59:59.999Z", MAR_1_2026_MS - 1],
    // 2024 is a leap year: JAN_1_2026_MS − (366 + 365 − 59) days; 366 + 365 = 731 days before 2026-01-01 is 2024-01-01, + 59 days = Feb 29
    ["Feb 29 in a leap year", "2024-02-29", JAN_1_2026_MS - (731 - 59) * 86_400_000],
    // 2000 is divisible by 400, so a leap year: Date.UTC(2000, 1, 29) = 951,782,400,000 (node -p 'Date.UTC(2000,1,29)')
    ["Feb 29 in 2000", "2000-02-29", 951_782_400_000],
    ["the epoch itself", "1970-01-01T00:00:00Z", 0],
  ])("reads %s", (_label, text, expected) => {
    expect(accountCreatedAt(text)).toBe(expected);
  });

  it("reads a Date object as its epoch milliseconds", () => {
    expect(accountCreatedAt(new Date(MAR_1_2026_MS + 1))).toBe(MAR_1_2026_MS + 1);
  });

  it("reads a Date at the edge of the representable range", () => {
    // ECMAScript's maximum time value: 8.64e15 ms = 100,000,000 days after the epoch
    expect(accountCreatedAt(new Date(8.64e15))).toBe(8_640_000_000_000_000);
  });

  it.each([
    ["epoch milliseconds as they are", MAR_1_2026_MS + 1, MAR_1_2026_MS + 1],
    // 10^11 ms is 1973-03-03T09:46:40Z (node -p 'new Date(1e11).toISOString()'): the first number taken.
    ["10^11, the first instant a number may stand for", 1e11, 100_000_000_000],
    ["the last instant a Date can hold", 8.64e15, 8_640_000_000_000_000],
  ])("reads %s", (_label, value, expected) => {
    expect(accountCreatedAt(value)).toBe(expected);
  });

  it("reads back the numeric dates of a parsed profile that went through JSON, to the same profile", () => {
    const once = parseProfile({
      ...minimal,
      accountCreatedAt: "2021-06-01",
      posts: [{ likes: 1, comments: 0, publishedAt: "2026-03-01T12:00:00+02:00" }],
      followerHistory: [{ date: "2026-01-01", followers: 10 }, { date: "2026-01-02", followers: 11 }],
    });
    const again = parseProfile(JSON.parse(JSON.stringify(once)));
    expect(again).not.toBe(once);
    expect(again).toStrictEqual(once);
  });

  it("does not repeat a warning about the first input's form: its parsed history is sorted", () => {
    const once = parseProfile({ ...minimal, followerHistory: [{ date: "2026-01-02", followers: 11 }, { date: "2026-01-01", followers: 10 }] });
    const again = parseProfile(JSON.parse(JSON.stringify(once)));
    expect([once.warnings.map((warning) => warning.code), again.warnings]).toEqual([["history_unsorted"], []]);
    expect({ ...again, warnings: once.warnings }).toStrictEqual(once);
  });

  it("normalizes publishedAt and followerHistory dates too", () => {
    const profile = parseProfile({
      ...minimal,
      posts: [{ likes: 1, comments: 0, publishedAt: new Date(JAN_1_2026_MS) }],
      followerHistory: [{ date: "2026-01-01T01:00:00+01:00", followers: 10 }],
    });
    expect([profile.posts[0]?.publishedAt, profile.followerHistory[0]?.date]).toEqual([JAN_1_2026_MS, JAN_1_2026_MS]);
  });
});

describe("invalid dates", () => {
  const DATE_MESSAGE = "accountCreatedAt: expected an ISO 8601 date string, a valid Date or epoch milliseconds";

  it.each([
    ["Feb 30", "2026-02-30"],
    ["April 31", "2026-04-31"],
    ["month 13", "2026-13-01"],
    ["month 00", "2026-00-10"],
    ["day 00", "2026-01-00"],
    ["Feb 29 in 2100 (not a leap year)", "2100-02-29"],
    ["a word", "yesterday"],
    ["an empty string", ""],
    ["hour 25", "2026-01-01T25:00Z"],
    ["hour 24", "2026-03-01T24:00Z"],
    ["minute 60", "2026-03-01T12:60Z"],
    ["second 60", "2026-03-01T12:00:60Z"],
    ["an hour without minutes", "2026-03-01T12"],
    ["a dot without digits", "2026-03-01T12:00:00.Z"],
    ["ten fractional digits", "2026-03-01T12:00:00.1234567890Z"],
    ["offset +24:00", "2026-01-01T10:00+24:00"],
    ["offset minutes 60", "2026-01-01T10:00+05:60"],
    ["a one-digit offset hour", "2026-01-01T10:00+5:30"],
    ["an offset without minutes", "2026-03-01T12:00:00+00"],
    ["a lower-case t and z", "2026-03-01t12:00z"],
    ["leading whitespace", " 2026-03-01"],
    ["single-digit month and day", "2026-3-1"],
    ["a basic-format date", "20260301"],
    ["an expanded year", "+002026-03-01"],
    ["a year before 1000", "0999-12-31"],
    ["a US-style date", "03/01/2026"],
  ])("rejects %s with path and code", (_label, text) => {
    expect(dateIssues(text)).toEqual([
      { path: ["accountCreatedAt"], code: "invalid_value", message: `${DATE_MESSAGE}, received ${JSON.stringify(text)}` },
    ]);
  });

  // Both pass `instanceof Date`, and every Date method throws a TypeError on them.
  it.each([
    ["an object made from Date.prototype", () => Object.create(Date.prototype) as unknown],
    ["a Proxy around a Date", () => new Proxy(new Date(MAR_1_2026_MS), {}) as unknown],
  ])("rejects %s as no date, with a typed error instead of a TypeError", (_label, make) => {
    const issue = { code: "invalid_type", message: `${DATE_MESSAGE}, received an object` };
    expect(dateIssues(make())).toEqual([{ path: ["accountCreatedAt"], ...issue }]);
    expect(() => parseProfile({ ...minimal, posts: [{ likes: 1, comments: 0, publishedAt: make() }] })).toThrow(
      "posts[0].publishedAt: expected an ISO 8601 date string, a valid Date or epoch milliseconds, received an object",
    );
    expect(() => parseProfile(minimal, { now: make() as Date })).toThrow("now: expected an ISO 8601 date string, a valid Date or epoch milliseconds, received an object");
    const batch = parseProfiles([{ ...minimal, accountCreatedAt: make() }, minimal]);
    expect(batch.errors.map((error) => [error.index, error.issues[0]?.code])).toEqual([[0, "invalid_type"]]);
    expect(batch.indices).toEqual([1]);
  });

  it("rejects an invalid Date object", () => {
    expect(dateIssues(new Date(Number.NaN))).toEqual([
      { path: ["accountCreatedAt"], code: "invalid_value", message: `${DATE_MESSAGE}, received an invalid Date` },
    ]);
  });

  it.each([
    // 1,772,323,200 is 2026-03-01 in epoch seconds; as milliseconds, 21 January 1970.
    ["epoch seconds", 1_772_323_200, "1772323200"],
    // 10^11 ms is 1973-03-03T09:46:40Z, the first instant a number may stand for.
    ["one millisecond before 3 March 1973", 99_999_999_999, "99999999999"],
    ["a negative number", -1, "-1"],
    // Parsed dates are whole milliseconds (a Date holds no less; ISO fractions are truncated).
    ["a fraction of a millisecond", MAR_1_2026_MS + 0.5, "1772323200000.5"],
    // 8.64e15 ms is the last instant a Date can hold; one more is no date.
    ["a number past the last Date", 8.64e15 + 1, "8640000000000001"],
  ])("rejects %s as epoch milliseconds, naming which numbers are instants", (_label, value, received) => {
    const message = "accountCreatedAt: expected an ISO 8601 date string, a valid Date or whole epoch milliseconds from 100000000000 (3 March 1973) to 8640000000000000";
    expect(dateIssues(value)).toEqual([{ path: ["accountCreatedAt"], code: "invalid_value", message: `${message}, received ${received}` }]);
  });

  it.each([
    ["NaN", Number.NaN, "NaN"],
    ["Infinity", Number.POSITIVE_INFINITY, "Infinity"],
    ["null", null, "null"],
    ["a boolean", false, "false"],
    ["an object", { year: 2026 }, "an object"],
  ])("rejects %s, which is neither a string, a Date nor a finite number", (_label, value, received) => {
    // A wrong type, even though zod reports a failed union.
    expect(dateIssues(value)).toEqual([{ path: ["accountCreatedAt"], code: "invalid_type", message: `${DATE_MESSAGE}, received ${received}` }]);
  });

  it("names the path of a bad publishedAt and a bad snapshot date", () => {
    const issues = (() => {
      try {
        parseProfile({
          ...minimal,
          posts: [{ likes: 1, comments: 0 }, { likes: 1, comments: 0, publishedAt: "2026-02-30" }],
          followerHistory: [{ date: "yesterday", followers: 1 }],
        });
      } catch (error) {
        return error instanceof InfluencerInputError ? error.issues : [];
      }
      return [];
    })();
    expect(issues.map((issue) => [issue.path, issue.code, issue.message])).toEqual([
      [["posts", 1, "publishedAt"], "invalid_value", 'posts[1].publishedAt: expected an ISO 8601 date string, a valid Date or epoch milliseconds, received "2026-02-30"'],
      [["followerHistory", 0, "date"], "invalid_value", 'followerHistory[0].date: expected an ISO 8601 date string, a valid Date or epoch milliseconds, received "yesterday"'],
    ]);
  });
});
