// Argument builders shared by the specs of functions that take a profile.
import { fc } from "@fast-check/vitest";
import { parseProfile, type InfluencerProfileInput } from "../../../src/index.js";
import {
  badObject,
  hostileProfile,
  hostileVariant,
  permutation,
  permute,
  profile,
  profileForReordering,
  type HostileInput,
  type Shape,
} from "../../arbitraries/index.js";
import type { HostileCall, Reordered } from "../harness.js";

/** Bad arguments for `fn(profile, options)`: a bad profile with good options, or good profile with bad options. */
export function profileAndOptionsHostile<Options>(options: fc.Arbitrary<Options>, optionsShape: Shape | null): fc.Arbitrary<HostileCall> {
  const badProfile = fc.tuple(hostileProfile, options).map(([bad, good]): HostileCall => ({ args: [bad.value, good], path: bad.path }));
  if (optionsShape === null) return badProfile;
  const badOptions = fc.tuple(profile, hostileVariant(options, optionsShape)).map(([good, bad]): HostileCall => ({ args: [good, bad.value], path: bad.path }));
  return fc.oneof(badProfile, badOptions);
}

/** An options object in which no field is broken, only the object itself: for options without a documented shape here. */
export function optionsObjectShape(fields: Readonly<Record<string, Shape>> = {}): Shape {
  return { kind: "object", fields };
}

/** A profile whose posts (and follower history, whose dates are distinct) are shuffled, with `options` alongside. */
export function reorderedProfile<Options>(options: fc.Arbitrary<Options>): fc.Arbitrary<Reordered<readonly [InfluencerProfileInput, Options]>> {
  return fc
    .tuple(profileForReordering, options, fc.array(fc.nat(), { minLength: 12, maxLength: 12 }), fc.array(fc.nat(), { minLength: 12, maxLength: 12 }))
    .map(([input, settings, postRandoms, historyRandoms]) => {
      const posts = input.posts ?? [];
      const history = input.followerHistory ?? [];
      const order = permutation(posts.length, postRandoms);
      const reordered = { ...input, posts: permute(posts, order), followerHistory: permute(history, permutation(history.length, historyRandoms)) };
      return { original: [input, settings] as const, reordered: [reordered, settings] as const, order };
    });
}

/** The same profile raw and from parseProfile (which the models accept without validating again). */
export function rawAndParsed<Options>(options: fc.Arbitrary<Options>): fc.Arbitrary<readonly [readonly [InfluencerProfileInput, Options], readonly [InfluencerProfileInput, Options]]> {
  // The models take `InfluencerProfileInput | ParsedProfile`; the cast only widens the parsed profile to the first.
  return fc.tuple(profile, options).map(([input, settings]) => [[input, settings], [parseProfile(input) as unknown as InfluencerProfileInput, settings]] as const);
}

/** Bad rows for batch functions: a broken profile, or something that is not a profile at all. */
export const badRow: fc.Arbitrary<HostileInput> = fc.oneof(hostileProfile, badObject.map((value) => ({ value, path: [] as const })));

/** Not a list of rows: a batch function must throw InfluencerInputError at path `[]`, not a TypeError. */
export const badRows: fc.Arbitrary<unknown> = fc.constantFrom(null, undefined, 5, true, "rows", {}, { length: 2 }, 10n);
