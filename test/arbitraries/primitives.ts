// Small building blocks for the shared arbitraries: counts from zero to the
// largest safe integer, instants as every accepted date spelling, short texts.
import { fc } from "@fast-check/vitest";

/** Leaves out the keys whose value is `undefined`, as a JSON payload would (STYLE R7). */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}

/** `undefined` about a third of the time, so optional fields are both present and absent. */
export function optional<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arbitrary, { nil: undefined, freq: 3 });
}

/**
 * A count (followers, likes, views): mostly small, sometimes a real big
 * account, rarely the edges 0, 1 and `Number.MAX_SAFE_INTEGER` (the largest
 * count the schemas accept; sums of several of them are no longer exact
 * integers but must stay finite).
 */
export const count: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 200 }) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 200_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 900_000_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, Number.MAX_SAFE_INTEGER) },
);

/** A follower count: tiny (0 to 100) to huge (a billion), with the tier and bucket edges (9,999 / 10,000 …). */
export const followers: fc.Arbitrary<number> = fc.oneof(
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 100 }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 60_000 }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 1_000_000_000 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(0, 1, 999, 1_000, 4_999, 5_000, 9_999, 10_000, 49_999, 50_000, 99_999, 100_000, 499_999, 500_000, 999_999, 1_000_000),
  },
  { weight: 1, arbitrary: fc.constant(Number.MAX_SAFE_INTEGER) },
);

/** A finite, non-negative average (fractional allowed), from 0 to a million. */
export const average: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 500 }),
  // Tiny fractions (down to 5e-324) included: a ratio with one as divisor must not overflow to Infinity.
  fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(Number.MIN_VALUE, 1e-300, 1e-12),
);

/** A share in [0, 1], with the ends. */
export const share: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.MIN_VALUE, 1e-300, 1e-12) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 0.5) },
);

/** First and last instant the arbitraries date things at: 2012-01-01 and 2026-06-30 UTC. */
const FIRST = Date.UTC(2012, 0, 1);
const LAST = Date.UTC(2026, 5, 30);

/** An instant in epoch milliseconds between 2012 and mid-2026. */
export const instantMs: fc.Arbitrary<number> = fc.integer({ min: FIRST, max: LAST });

/** Writes an instant in one of the accepted spellings: a date, a UTC date-time, a date-time with an offset, a `Date`, or epoch milliseconds. */
function spell(ms: number, style: number): string | Date | number {
  const iso = new Date(ms).toISOString(); // "2026-03-01T12:34:56.789Z"
  switch (style) {
    case 0:
      return iso.slice(0, 10); // "2026-03-01": midnight UTC
    case 1:
      return iso;
    case 2:
      return `${iso.slice(0, 19)}+00:00`;
    case 3:
      return ms;
    default:
      return new Date(ms);
  }
}

/** A valid date input: ISO 8601 text in several spellings, a `Date`, or epoch milliseconds. */
export const dateInput: fc.Arbitrary<string | Date | number> = fc.tuple(instantMs, fc.integer({ min: 0, max: 4 })).map(([ms, style]) => spell(ms, style));

/** A day between 2024-01-01 and 2026-06-30 written `YYYY-MM-DD`, for histories and posts that should share days. */
export const day: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: 911 })
  .map((offset) => new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10));

/** A short non-empty identifier (1 to 200 characters, the schemas' maximum). */
export const identifier: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constant("x".repeat(200)) },
);
