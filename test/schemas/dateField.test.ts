// The zod issues of a date field (a profile's accountCreatedAt, a post's
// publishedAt, a snapshot's date), as the exported schemas report them: zod's own
// issue data, which a caller of FollowerSnapshotSchema or InfluencerProfileSchema
// reads as it is. parseProfile reduces each to one InputIssue
// (fieldMessages.test.ts).
//
// Keep the union test FIRST: the branches' messages are fixed when the schema is
// built, once, and Stryker credits building it to the first test of a file that
// does (see fieldMessages.test.ts).
import { describe, expect, it } from "vitest";
import { FollowerSnapshotSchema, parseProfile } from "../../src/index.js";

describe("the date fields' zod issues", () => {
  const DATE = "expected an ISO 8601 date string, a valid Date or epoch milliseconds";

  it("words a date of the wrong type with the library's message in zod's union issue and in each of its branches (R4)", () => {
    // The branches: a Date, a string, a number; true is none of them
    const result = FollowerSnapshotSchema.safeParse({ date: true, followers: 1 });
    const messages = result.success
      ? []
      : result.error.issues.flatMap((issue) => [issue.message, ...(issue.code === "invalid_union" ? issue.errors.flat().map((branch) => branch.message) : [])]);
    expect(messages).toStrictEqual([DATE, DATE, DATE, DATE]);
  });

  it("reports a date string that names no day as a custom issue at the date, with the library's message", () => {
    // 2026 has no 30 February
    const result = FollowerSnapshotSchema.safeParse({ date: "2026-02-30", followers: 1 });
    expect(result.success ? [] : result.error.issues.map(({ code, path, message }) => ({ code, path, message }))).toStrictEqual([
      { code: "custom", path: ["date"], message: DATE },
    ]);
  });

  it("tells a number that is no instant which numbers are: epoch seconds read only 'epoch milliseconds', and 7 is some", () => {
    // 1,772,323,200 is 2026-03-01 in epoch seconds; as milliseconds 21 January 1970, before 10^11 (3 March 1973)
    const numberMessage = "expected an ISO 8601 date string, a valid Date or whole epoch milliseconds from 100000000000 (3 March 1973) to 8640000000000000";
    for (const date of [1_772_323_200, 7, 8.64e15 + 1, 1_772_323_200_000.5]) {
      const result = FollowerSnapshotSchema.safeParse({ date, followers: 1 });
      expect(result.success ? [] : result.error.issues.map(({ code, path, message }) => ({ code, path, message }))).toStrictEqual([
        { code: "custom", path: ["date"], message: numberMessage },
      ]);
    }
    expect(() => parseProfile({ platform: "x", followers: 1, accountCreatedAt: 1_772_323_200 })).toThrow(`accountCreatedAt: ${numberMessage}, received 1772323200`);
  });
});
