// Hostile input: values no schema may accept, and a way to plant one at any
// path of a valid input so a property can check that the error names that path.
import { fc } from "@fast-check/vitest";

/** A property path, as in `InputIssue.path`. */
export type Path = readonly (string | number)[];

/** Planted at a path: deletes the key (a required field goes missing). */
export const MISSING: unique symbol = Symbol("missing");

/** Planted at an array index: leaves a hole there (a sparse array). */
export const HOLE: unique symbol = Symbol("hole");

/** A string of a million characters, far over every length limit. */
export const ENORMOUS_STRING: string = "x".repeat(1_000_000);

/** An array nested 1,000 levels deep, and an object nested as deep. */
export const DEEP_ARRAY: unknown = JSON.parse(`${"[".repeat(1_000)}1${"]".repeat(1_000)}`);
export const DEEP_OBJECT: unknown = JSON.parse(`${'{"a":'.repeat(1_000)}1${"}".repeat(1_000)}`);

/** An array of length 3 with nothing at index 1. */
// eslint-disable-next-line no-sparse-arrays -- a sparse array is the point
export const SPARSE_ARRAY: unknown = [1, , 3];

/** An own `__proto__` key, as `JSON.parse` creates it. */
export const PROTO_OBJECT: unknown = JSON.parse('{"__proto__": {"polluted": "yes"}, "a": 1}');

/** Calendar dates that do not exist, or are not ISO 8601, or not a date at all. */
export const IMPOSSIBLE_DATES: readonly unknown[] = [
  "2026-02-30",
  "2025-02-29", // 2025 is not a leap year
  "2026-13-01",
  "2026-00-10",
  "2026-04-31",
  "2026-01-00",
  "2026-01-01T24:00:00Z",
  "2026-01-01T12:60:00Z",
  "2026-01-01T12:00:61Z",
  "2026-01-01T12:00:00+25:00",
  "0999-12-31",
  "2026-1-1",
  "01/03/2026",
  "yesterday",
  "",
  " 2026-03-01",
  new Date(Number.NaN),
  1_772_323_200, // 2026-03-01 in epoch seconds: a profile takes epoch milliseconds from 10^11 (1973) on
  -1,
];

/** Values that are not numbers at all, or not finite: wrong for every numeric field. */
const NOT_NUMBERS: readonly unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  "12",
  "",
  "NaN",
  null,
  true,
  false,
  [],
  [5],
  {},
  10n,
  Symbol("junk"),
  () => 1,
  new Date(0),
  DEEP_ARRAY,
  DEEP_OBJECT,
  SPARSE_ARRAY,
  PROTO_OBJECT,
  ENORMOUS_STRING,
];

/** Values that are not strings. */
const NOT_STRINGS: readonly unknown[] = [0, 1, -1, Number.NaN, null, true, [], ["a"], {}, 10n, Symbol("junk"), () => "a", new Date(0), DEEP_ARRAY, DEEP_OBJECT];

/** Not a non-negative safe integer: negative, fractional, beyond 2^53, or not a number. */
export const badCount: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...NOT_NUMBERS, -1, -0.5, 0.5, 1.5, 2 ** 53, 2 ** 53 + 2, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON),
  fc.integer({ min: Number.MIN_SAFE_INTEGER, max: -1 }),
  fc.double({ min: 1e-6, max: 1e12, noNaN: true }).filter((value) => !Number.isInteger(value)),
  fc.string({ maxLength: 5 }),
);

/** Not a positive integer (a summary's postCount): as {@link badCount}, plus 0. */
export const badPositiveInt: fc.Arbitrary<unknown> = fc.oneof(badCount, fc.constant(0));

/** Not a finite non-negative number (fractions are fine for these). */
export const badNonNegativeNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...NOT_NUMBERS, -1, -1e-9, -1e308, -Number.MIN_VALUE),
  fc.double({ min: -1e12, max: -1e-9, noNaN: true }),
);

/** Not a number in [0, 1]. */
export const badFraction: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...NOT_NUMBERS, -1e-9, -1, 1.000_000_1, 2, 100, 1e308),
  fc.double({ min: 1.000_001, max: 1e6, noNaN: true }),
  fc.double({ min: -1e6, max: -1e-9, noNaN: true }),
);

/** Not a non-empty string (of any length). */
export const badNonEmptyString: fc.Arbitrary<unknown> = fc.constantFrom(...NOT_STRINGS, "");

/** Not a non-empty string of at most 1,000 characters. */
export const badLongText: fc.Arbitrary<unknown> = fc.constantFrom(...NOT_STRINGS, "", ENORMOUS_STRING);

/** Not a non-empty string of at most 200 characters. */
export const badText: fc.Arbitrary<unknown> = fc.constantFrom(...NOT_STRINGS, "", "y".repeat(201), ENORMOUS_STRING);

/** Not one of the platforms. */
export const badPlatform: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...NOT_STRINGS, "", "myspace", "Instagram", " tiktok", "youtube ", "twitter", "__proto__", "constructor", ENORMOUS_STRING),
  fc.string({ minLength: 1, maxLength: 8 }).filter((text) => !["instagram", "tiktok", "youtube", "x", "facebook", "linkedin", "twitch"].includes(text)),
);

/** Not one of a fixed list of strings. */
export function badChoice(allowed: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(...NOT_STRINGS, "", "__proto__", "toString", ENORMOUS_STRING),
    fc.string({ minLength: 1, maxLength: 8 }).filter((text) => !allowed.includes(text)),
  );
}

/** Not a valid `now` option: as {@link badDate}, but epoch milliseconds are fine there (NaN and ±Infinity are not). */
export const badNow: fc.Arbitrary<unknown> = fc.constantFrom(
  ...IMPOSSIBLE_DATES.filter((value) => typeof value !== "number"),
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  true,
  null,
  {},
  [],
);

/** Not a valid date input. */
export const badDate: fc.Arbitrary<unknown> = fc.constantFrom(...IMPOSSIBLE_DATES, null, true, [], {}, DEEP_OBJECT);

/** Not a boolean. */
export const badFlag: fc.Arbitrary<unknown> = fc.constantFrom("true", "false", 0, 1, null, "yes", [], {}, Number.NaN);

/** Not an array (where a list belongs). */
export const badArray: fc.Arbitrary<unknown> = fc.constantFrom("posts", "", 5, true, null, {}, { length: 2, 0: 1, 1: 2 }, DEEP_OBJECT, PROTO_OBJECT, ENORMOUS_STRING, new Date(0));

/** Not an object (where a record belongs). */
export const badObject: fc.Arbitrary<unknown> = fc.constantFrom("object", "", 0, 5, true, null, [], [{}], DEEP_ARRAY, SPARSE_ARRAY, 10n, () => ({}));

/** How a value is built, so {@link hostileVariant} knows what to break and where. */
export type Shape =
  | { readonly kind: "leaf"; readonly bad: fc.Arbitrary<unknown>; readonly required?: boolean }
  | {
      readonly kind: "object";
      readonly fields: Readonly<Record<string, Shape>>;
      readonly required?: boolean;
      /** Leave the object itself alone and break only its fields (for a known gap: the function accepts any value there). */
      readonly fieldsOnly?: boolean;
      /** Cross-field rules to break: a key and the value that breaks the rule given the rest of the object. */
      readonly crossField?: (value: Readonly<Record<string, unknown>>) => readonly { readonly key: string; readonly bad: unknown }[];
    }
  | { readonly kind: "array"; readonly item: Shape; readonly required?: boolean; readonly minLength?: number };

/** A required leaf. */
export function required(bad: fc.Arbitrary<unknown>): Shape {
  return { kind: "leaf", bad, required: true };
}

/** An optional leaf. */
export function optionalLeaf(bad: fc.Arbitrary<unknown>): Shape {
  return { kind: "leaf", bad };
}

interface Target {
  readonly path: Path;
  readonly bad: fc.Arbitrary<unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every place in `value` where a bad value can be planted, with what to plant (`present`: the key exists, so it can go missing). */
function targets(value: unknown, shape: Shape, path: Path, out: Target[], present = true): void {
  const own: fc.Arbitrary<unknown>[] = [];
  if (!(shape.kind === "object" && shape.fieldsOnly === true)) own.push(shape.kind === "leaf" ? shape.bad : shape.kind === "object" ? badObject : badArray);
  if (shape.required === true && path.length > 0 && present) own.push(fc.constant(MISSING));
  if (shape.kind === "array" && (shape.minLength ?? 0) > 0) own.push(fc.constant([]));
  if (own.length > 0) out.push({ path, bad: fc.oneof(...own) });
  if (shape.kind === "object" && isRecord(value)) {
    for (const [key, field] of Object.entries(shape.fields)) {
      const present = Object.hasOwn(value, key);
      // An absent optional leaf can be given a bad value; an absent container has nothing inside to break.
      if (present || field.kind === "leaf") targets(present ? value[key] : undefined, field, [...path, key], out, present);
      else if (!(field.kind === "object" && field.fieldsOnly === true)) out.push({ path: [...path, key], bad: field.kind === "object" ? badObject : badArray });
    }
    for (const { key, bad } of shape.crossField?.(value) ?? []) out.push({ path: [...path, key], bad: fc.constant(bad) });
  }
  if (shape.kind === "array" && Array.isArray(value)) {
    value.forEach((item, index) => {
      targets(item, shape.item, [...path, index], out);
      out.push({ path: [...path, index], bad: fc.constant(HOLE) });
    });
    // One bad item appended after the good ones.
    out.push({ path: [...path, value.length], bad: shape.item.kind === "object" ? badObject : shape.item.kind === "array" ? badArray : shape.item.bad });
  }
}

/** A copy of `value` with `bad` planted at `path` (copies only along the path; the rest is shared). */
export function plant(value: unknown, path: Path, bad: unknown): unknown {
  if (path.length === 0) return bad;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const container = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as Record<string, unknown>) }) as Record<string | number, unknown>;
  if (rest.length === 0 && (bad === MISSING || bad === HOLE)) {
    // `delete` on an array leaves a hole; on an object it removes the key.
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the path is data
    delete container[key];
  } else {
    container[key] = plant(container[key], rest, bad);
  }
  return container;
}

/** A hostile input: a valid one with one bad value planted, and where it was planted. */
export interface HostileInput {
  readonly value: unknown;
  readonly path: Path;
}

/**
 * Breaks one field of a valid input: picks a place (a leaf, an object, an
 * array item, a missing required key, a hole in an array, a cross-field rule)
 * and plants a value no schema may accept there.
 */
export function hostileVariant(valid: fc.Arbitrary<unknown>, shape: Shape): fc.Arbitrary<HostileInput> {
  return valid.chain((value) => {
    const places: Target[] = [];
    targets(value, shape, [], places);
    return fc.constantFrom(...places).chain((place) => place.bad.map((bad) => ({ value: plant(value, place.path, bad), path: place.path })));
  });
}
