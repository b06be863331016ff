// The reference date `now` that parseProfile, scoreTrust and scoreInfluencer
// accept: one reading and one message for all three.
import type { InputIssue } from "./InfluencerInputError.js";
import { dateExpected, isDate, toEpochMs } from "./parseDate.js";
import { describeValue, formatPath } from "./issueText.js";

/**
 * `now` as epoch milliseconds, read as a profile's dates are: an ISO 8601
 * string or a `Date` converted, or whole epoch milliseconds from 10¹¹
 * (3 March 1973; a smaller number is almost surely epoch seconds) as is;
 * `null` for anything else.
 *
 * @internal
 */
export function nowToMs(now: unknown): number | null {
  return typeof now === "number" || typeof now === "string" || isDate(now) ? toEpochMs(now) : null;
}

/**
 * The issue with a reference date `now` at `path`, or `null` when it is
 * absent or valid (an ISO 8601 string, a valid `Date` or whole epoch
 * milliseconds from 10¹¹): `invalid_value` for a string, `Date` or finite number that
 * is not a valid instant, `invalid_type` otherwise (NaN and ±Infinity
 * included, as zod reports them for a number). Shared by parseProfile, the trust options and the report's
 * options. O(1).
 *
 * @internal
 */
export function nowIssue(now: unknown, path: readonly (string | number)[]): InputIssue | null {
  if (now === undefined || nowToMs(now) !== null) return null;
  const isInstantType = (typeof now === "number" && Number.isFinite(now)) || typeof now === "string" || isDate(now);
  return {
    path: [...path],
    code: isInstantType ? "invalid_value" : "invalid_type",
    message: `${formatPath(path)}: ${dateExpected(now)}, received ${describeValue(now)}`,
  };
}
