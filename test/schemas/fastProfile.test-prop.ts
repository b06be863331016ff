// The fast path in front of the profile schema (src/schemas/fastProfile.ts)
// may only ever accept what the zod schema accepts, and must then build the
// very same object: same values, same keys, same key order.
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { PLATFORMS, POST_FORMATS } from "../../src/index.js";
import { fastParseProfile } from "../../src/schemas/fastProfile.js";
import { parseIsoDate } from "../../src/schemas/parseDate.js";
import { influencerProfileSchema } from "../../src/schemas/profile.js";
import { FIELDS, fullProfile, withValueAt } from "./fixtures.js";

// The mutation setup (test/reliability/stryker.setup.ts) sets a global numRuns; an explicit one here would override it.
const RUNS = { numRuns: fc.readConfigureGlobal().numRuns ?? 1000 };

/** Keys of every object inside `value`, in order, depth first: tells key order apart, which toStrictEqual does not. */
function keyOrder(value: unknown): string[] {
  if (typeof value !== "object" || value === null) return [];
  const keys: string[] = [];
  for (const [key, item] of Object.entries(value)) keys.push(key, ...keyOrder(item));
  return keys;
}

function agreesWithZod(input: unknown): void {
  const fast = fastParseProfile(input);
  const zod = influencerProfileSchema().safeParse(input);
  if (fast === undefined) return; // gave up: zod decides
  expect(zod.success).toBe(true);
  if (!zod.success) return;
  expect(fast).toStrictEqual(zod.data);
  expect(keyOrder(fast)).toEqual(keyOrder(zod.data));
}

const instant = fc.date({ min: new Date("0900-01-01T00:00:00.000Z"), max: new Date("9999-12-31T23:59:59.999Z") });
const date = fc.oneof(
  instant,
  instant.map((value) => (Number.isNaN(value.getTime()) ? "not a date" : value.toISOString())),
  instant.map((value) => (Number.isNaN(value.getTime()) ? "2026-02-30" : value.toISOString().slice(0, 10))),
  fc.constantFrom("2026-02-29", "2024-02-29", "2026-01-01T24:00Z", "2026-01-01T10:00+05:30", "2026-01-01 10:00:00.5", ""),
  // Epoch milliseconds, and the numbers either side of the range a profile takes (10^11 to 8.64e15).
  instant.map((value) => value.getTime()),
  fc.constantFrom(1e11, 1e11 - 1, 1_772_323_200, 8.64e15, 8.64e15 + 1, -1, 0, 1e11 + 0.5),
);
/** Numbers around every boundary the schema draws: sign, zero, one, integer, safe range, finiteness. */
const number = fc.oneof(
  fc.nat(),
  fc.maxSafeNat(),
  fc.double(),
  fc.constantFrom(-0, 0, 1, -1, 0.5, 1.5, 2 ** 53, Number.MAX_SAFE_INTEGER, Number.NaN, Number.POSITIVE_INFINITY),
);
const text = fc.oneof(fc.string({ maxLength: 3 }), fc.string({ minLength: 199, maxLength: 201 }));
/** Anything at all, including the wrong type for the field. */
const wild = fc.oneof(fc.constantFrom<unknown>(undefined, null, true, "", [], {}, new Date(Number.NaN)), fc.anything({ withDate: true, withSparseArray: true }));
const maybe = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof({ weight: 40, arbitrary }, { weight: 1, arbitrary: wild });

const post = fc.record(
  {
    id: maybe(text),
    publishedAt: maybe(date),
    format: maybe(fc.constantFrom(...POST_FORMATS, "gif")),
    likes: maybe(number),
    comments: maybe(number),
    shares: maybe(number),
    saves: maybe(number),
    views: maybe(number),
    reach: maybe(number),
    impressions: maybe(number),
    clicks: maybe(number),
    sponsored: maybe(fc.boolean()),
    brandMentions: maybe(number),
    topics: maybe(fc.array(text, { maxLength: 3 })),
  },
  { requiredKeys: [] },
);
const profile = fc.record(
  {
    id: maybe(text),
    handle: maybe(text),
    platform: maybe(fc.constantFrom(...PLATFORMS, "myspace")),
    followers: maybe(number),
    following: maybe(number),
    accountCreatedAt: maybe(date),
    posts: maybe(fc.array(maybe(post), { maxLength: 3 })),
    summary: maybe(
      fc.record(
        { postCount: maybe(number), avgLikes: maybe(number), avgComments: maybe(number), avgShares: maybe(number), avgSaves: maybe(number), avgViews: maybe(number), avgReach: maybe(number), sponsoredShare: maybe(number) },
        { requiredKeys: [] },
      ),
    ),
    followerHistory: maybe(fc.array(maybe(fc.record({ date: maybe(date), followers: maybe(number) }, { requiredKeys: [] })), { maxLength: 3 })),
    audience: maybe(
      fc.record(
        {
          authenticShare: maybe(number),
          sample: maybe(
            fc.array(
              fc.record(
                { followers: maybe(number), following: maybe(number), posts: maybe(number), hasProfilePicture: maybe(fc.boolean()), isPrivate: maybe(fc.boolean()), username: maybe(text), biographyLength: maybe(number) },
                { requiredKeys: [] },
              ),
              { maxLength: 2 },
            ),
          ),
        },
        { requiredKeys: [] },
      ),
    ),
    isBrandAccount: maybe(fc.boolean()),
  },
  { requiredKeys: [] },
);

test.prop([profile], RUNS)("accepts only what the schema accepts, and builds the same object", (input) => {
  agreesWithZod(input);
});

test.prop([fc.constantFrom(...FIELDS), fc.oneof(wild, number, text, date)], RUNS)("agrees with the schema when one field of a full profile is replaced", (field, value) => {
  agreesWithZod(withValueAt(fullProfile(), field.path, value));
});

test.prop([fc.anything({ withDate: true, withNullPrototype: true, withSparseArray: true, withBoxedValues: true })], RUNS)("agrees with the schema on any value", (input) => {
  agreesWithZod(input);
});

const calendarInstant = fc.date({ min: new Date("1000-01-01T00:00:00.000Z"), max: new Date("9999-12-31T23:59:59.999Z"), noInvalidDate: true });

test.prop([calendarInstant], RUNS)("reads the two common date shapes as Date.parse does", (value) => {
  // The hand-written reader of "YYYY-MM-DD" and toISOString() output, checked against the engine's own ISO parser.
  const iso = value.toISOString();
  expect(parseIsoDate(iso)).toBe(Date.parse(iso));
  expect(parseIsoDate(iso.slice(0, 10))).toBe(Date.parse(iso.slice(0, 10)));
});
