// fast-check arbitraries and helpers shared by the audience property tests.
import { fc } from "@fast-check/vitest";
import type { AudienceAccount } from "../../src/index.js";

/** Counts: small most of the time, up to 10^12 otherwise (adding up to 10^6 stays a safe integer). */
const count = fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 1e12 }));

/** Any valid follower account, each optional field present or absent. */
export const accountArbitrary: fc.Arbitrary<AudienceAccount> = fc.record(
  {
    followers: count,
    following: count,
    posts: count,
    hasProfilePicture: fc.boolean(),
    isPrivate: fc.boolean(),
    username: fc.stringMatching(/^[a-z0-9._]{1,30}$/u),
    biographyLength: fc.integer({ min: 0, max: 150 }),
  },
  { requiredKeys: ["followers", "following", "posts"] },
);

/** Freezes a value and everything inside it, so a mutation throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
