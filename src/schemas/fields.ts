import * as z from "zod/mini";
import { expectedKeyText } from "./checkArguments.js";

// Reusable field schemas with the library's own messages (zod/mini has no
// default locale, and the library never calls z.config()). Each call builds a
// new schema; call them inside lazily built schemas, never at module scope.

const NON_NEGATIVE_INTEGER = "expected a non-negative integer";
const FRACTION = "expected a number between 0 and 1";
const NON_NEGATIVE_NUMBER = "expected a finite non-negative number";
const POSITIVE_NUMBER = "expected a finite positive number";

// -0 passes `gte(0)` but JSON writes it as 0, so a result holding it would not
// deep-equal its JSON round trip (STYLE R7): store it as 0.
function positiveZero(value: number): number {
  return value === 0 ? 0 : value;
}

/** A count: a finite, non-negative, safe integer. @internal */
export function nonNegativeInt(): z.ZodMiniType<number> {
  // Past Number.MAX_SAFE_INTEGER the limit is named: 2^53 is a non-negative integer, so the plain message did not say what was wrong.
  return z
    .int({ error: (issue) => (issue.code === "too_big" ? `${NON_NEGATIVE_INTEGER} of at most ${Number.MAX_SAFE_INTEGER}` : NON_NEGATIVE_INTEGER) })
    .check(z.gte(0, { error: NON_NEGATIVE_INTEGER }), z.overwrite(positiveZero));
}

/** A share or rate: a finite number in [0, 1]. @internal */
export function fraction(): z.ZodMiniType<number> {
  return z.number({ error: FRACTION }).check(z.gte(0, { error: FRACTION }), z.lte(1, { error: FRACTION }), z.overwrite(positiveZero));
}

/** A finite number ≥ 0 (money, averages). @internal */
export function nonNegativeNumber(): z.ZodMiniType<number> {
  return z.number({ error: NON_NEGATIVE_NUMBER }).check(z.gte(0, { error: NON_NEGATIVE_NUMBER }), z.overwrite(positiveZero));
}

/** A finite number from 0 to `max` (a candidate's value, whose sums must stay finite). @internal */
export function boundedNonNegativeNumber(max: number): z.ZodMiniType<number> {
  return z
    .number({ error: NON_NEGATIVE_NUMBER })
    .check(z.gte(0, { error: NON_NEGATIVE_NUMBER }), z.lte(max, { error: `expected a number of at most ${max}` }), z.overwrite(positiveZero));
}

/** A finite number above 0 and at most `max` (a candidate's cost, a budget: their ticks must stay finite). @internal */
export function boundedPositiveNumber(max: number): z.ZodMiniType<number> {
  return z.number({ error: POSITIVE_NUMBER }).check(z.gt(0, { error: POSITIVE_NUMBER }), z.lte(max, { error: `expected a number of at most ${max}` }));
}

/** A finite number > 0 (prices, budgets). @internal */
export function positiveNumber(): z.ZodMiniType<number> {
  return z.number({ error: POSITIVE_NUMBER }).check(z.gt(0, { error: POSITIVE_NUMBER }));
}

/** A whole number of days ≥ 0. @internal */
export function days(): z.ZodMiniType<number> {
  return z
    .int({ error: "expected a whole number of days ≥ 0" })
    .check(z.gte(0, { error: "expected a whole number of days ≥ 0" }), z.overwrite(positiveZero));
}

/** A non-empty string of at most `max` characters. @internal */
export function text(max = 1_000): z.ZodMiniType<string> {
  const message = `expected a non-empty string of at most ${max} characters`;
  return z.string({ error: message }).check(z.minLength(1, { error: message }), z.maxLength(max, { error: message }));
}

/** A boolean. @internal */
export function flag(): z.ZodMiniType<boolean> {
  return z.boolean({ error: "expected true or false" });
}

/** One of a fixed list of string literals. @internal */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T): z.ZodMiniType<T[number]> {
  return z.enum(values, { error: `expected one of ${values.map((value) => `"${value}"`).join(", ")}` });
}

/**
 * An options object of `shape`: any other string key is an issue at its own
 * path (a misspelt option would otherwise be dropped without a word), worded
 * `keyText` (by default {@link expectedKeyText}, which lists the keys); symbol
 * keys are ignored. `expected` is the message for a value that is not an object.
 *
 * @internal
 */
export function optionsObject<Shape extends z.core.$ZodLooseShape>(
  shape: Shape,
  expected = "expected an options object",
  keyText = expectedKeyText(Object.keys(shape)),
): z.ZodMiniObject<z.core.util.Writeable<Shape>, z.core.$strict> {
  return z.strictObject(shape, { error: (issue) => (issue.code === "unrecognized_keys" ? keyText : expected) });
}
