// Property specs of the input area: parseProfile, safeParseProfile, parseProfiles, InfluencerInputError.
import { fc } from "@fast-check/vitest";
import { expect } from "vitest";
import {
  InfluencerInputError,
  parseProfile,
  parseProfiles,
  safeParseProfile,
  type InputIssue,
  type ParseProfileOptions,
} from "../../../src/index.js";
import {
  badNow,
  dateInput,
  hostileProfile,
  hostileVariant,
  instantMs,
  optional,
  optionalLeaf,
  profile,
  type Shape,
} from "../../arbitraries/index.js";
import { defineSpec, mixedRows, type Spec } from "../harness.js";
import { badRow, badRows } from "./common.js";

/** `now` as every accepted spelling: ISO text, a Date, epoch milliseconds. */
const parseOptions: fc.Arbitrary<ParseProfileOptions | undefined> = optional(fc.record({ now: fc.oneof(dateInput, instantMs) }, { requiredKeys: [] }));

/** The options broken: the object itself (`5`, `null`, `[]`) or its `now`. */
const parseOptionsShape: Shape = { kind: "object", fields: { now: optionalLeaf(badNow) } };

const badParseCall = fc.oneof(
  fc.tuple(hostileProfile, parseOptions).map(([bad, options]) => ({ args: [bad.value, options], path: bad.path })),
  fc.tuple(profile, hostileVariant(fc.constant({}), parseOptionsShape)).map(([input, bad]) => ({ args: [input, bad.value], path: bad.path })),
);

function strictlyIncreasing(values: readonly number[]): boolean {
  return values.every((value, index) => index === 0 || (values[index - 1] ?? Number.NEGATIVE_INFINITY) < value);
}

/** Issues for InfluencerInputError's constructor: 1 to 6, with valid codes. */
const issues: fc.Arbitrary<InputIssue[]> = fc.array(
  fc.record({
    path: fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.nat(20)), { maxLength: 3 }),
    code: fc.constantFrom("invalid_type", "too_small", "too_big", "invalid_value"),
    message: fc.string({ minLength: 1, maxLength: 30 }).map((text) => `field: expected ${text}, received 1`),
  }, { noNullPrototype: true }),
  { minLength: 1, maxLength: 6 },
);

export const schemaSpecs: Readonly<Record<string, Spec>> = {
  parseProfile: defineSpec({
    area: "schemas",
    fn: parseProfile,
    call: (input: unknown, options?: ParseProfileOptions) => parseProfile(input, options),
    valid: fc.tuple(profile, parseOptions),
    check: (result, [input]) => {
      const given = input as { posts?: readonly unknown[] };
      // Posts keep their number and order; the history is sorted with one point per instant.
      expect(result.posts.length).toBe(given.posts?.length ?? 0);
      expect(strictlyIncreasing(result.followerHistory.map((point) => point.date))).toBe(true);
      expect(typeof result.isBrandAccount).toBe("boolean");
    },
    hostile: badParseCall,
  }),

  safeParseProfile: defineSpec({
    area: "schemas",
    fn: safeParseProfile,
    call: (input: unknown, options?: ParseProfileOptions) => {
      const result = safeParseProfile(input, options);
      // The error is an Error instance, not JSON: expose what a program reads from it.
      return result.success ? result : { success: false as const, error: result.error, issues: result.error.issues };
    },
    valid: fc.tuple(profile, parseOptions),
    check: (result, [input, options]) => {
      expect(result.success).toBe(true);
      if (result.success) expect(result.data).toStrictEqual(parseProfile(input, options));
    },
    hostile: badParseCall,
    returnsError: (result) => (result.success ? undefined : result.error),
  }),

  parseProfiles: defineSpec({
    area: "schemas",
    fn: parseProfiles,
    call: (inputs: readonly unknown[], options?: ParseProfileOptions) => parseProfiles(inputs, options),
    valid: fc.tuple(fc.array(profile, { maxLength: 4 }), parseOptions),
    check: (result, [inputs]) => {
      expect(result.errors).toStrictEqual([]);
      expect(result.indices).toStrictEqual(inputs.map((_, index) => index));
    },
    // Bad options or a non-iterable list are thrown once, before any row is read.
    hostile: fc.oneof(
      fc.tuple(fc.array(profile, { maxLength: 2 }), hostileVariant(fc.constant({}), parseOptionsShape)).map(([inputs, bad]) => ({ args: [inputs, bad.value], path: bad.path })),
      badRows.map((bad) => ({ args: [bad, undefined], path: [] })),
    ),
    batch: {
      rows: mixedRows(profile, badRow).map(({ rows, bad }) => ({ args: [rows, undefined] as const, bad })),
      errors: (result) => result.errors,
      good: (result) => result.indices,
    },
  }),

  InfluencerInputError: defineSpec({
    area: "schemas",
    fn: InfluencerInputError,
    call: (list: readonly InputIssue[]) => {
      const error = new InfluencerInputError(list);
      return { name: error.name, message: error.message, issues: error.issues, isError: error instanceof Error, stack: typeof error.stack };
    },
    valid: fc.tuple(issues),
    check: (result, [list]) => {
      // The message lists the first three messages, then counts the rest.
      const listed = list.slice(0, 3).map((issue) => issue.message).join("; ");
      expect(result.message).toBe(list.length > 3 ? `${listed}; and ${list.length - 3} more` : listed);
      expect(result.name).toBe("InfluencerInputError");
      expect(result.isError).toBe(true);
      expect(result.issues).toStrictEqual(list);
    },
    // An empty or missing issue list would make an error that names nothing.
    hostile: fc.constantFrom([], null, undefined, 5, "issues", {}).map((bad) => ({ args: [bad], path: ["issues"] })),
  }),
};
