// The reference date `now` that parseProfile, scoreTrust and scoreInfluencer
// accept: one reading and one message for all three.
import type { InputIssue } from "./InfluencerInputError.js";
import { MAX_EPOCH_MS, toEpochMs } from "./parseDate.js";
import { describeValue, formatPath } from "./issueText.js";


/**
 * `now` as epoch milliseconds: a finite number a `Date` can hold as is, an ISO 8601 string or a
 * `Date` converted; `null` for anything else.
 *
 * @internal
 */
export function nowToMs(now: unknown): number | null {
  if (typeof now === "number") return Number.isFinite(now) && Math.abs(now) <= MAX_EPOCH_MS ? now : null;
  if (typeof now === "string" || now instanceof Date) return toEpochMs(now);
  return null;
}

/**
 * The issue with a reference date `now` at `path`, or `null` when it is
 * absent or valid (an ISO 8601 string, a valid `Date` or finite epoch
 * milliseconds): `invalid_value` for a string, `Date` or finite number that
 * is not a valid instant, `invalid_type` otherwise (NaN and ±Infinity
 * included, as zod reports them for a number). Shared by parseProfile, the trust options and the report's
 * options. O(1).
 *
 * @internal
 */
export function nowIssue(now: unknown, path: readonly (string | number)[]): InputIssue | null {
  if (now === undefined || nowToMs(now) !== null) return null;
  const isInstantType = (typeof now === "number" && Number.isFinite(now)) || typeof now === "string" || now instanceof Date;
  return {
    path: [...path],
    code: isInstantType ? "invalid_value" : "invalid_type",
    message: `${formatPath(path)}: expected an ISO 8601 date string, a valid Date or epoch milliseconds, received ${describeValue(now)}`,
  };
}
