// Tests written from the surviving mutants of src/selection/fromProfiles.ts
// (Stryker, unit tests only; see docs/mutation/selection.md). Results are
// computed inside each `it`, so that Stryker credits every test it runs.
import { describe, expect, it } from "vitest";
import { issuesOf } from "../arbitraries/laws.js";
import { selectInfluencers, type InfluencerProfileInput } from "../../src/index.js";

describe("profile form (mutants)", () => {
  it("reports a list of profiles that is not an array as one invalid_type issue at the root", () => {
    const call = (): unknown => selectInfluencers("rows" as unknown as InfluencerProfileInput[], { budget: 1, audienceSize: 10 });
    expect(issuesOf(call)).toEqual([{ path: [], code: "invalid_type", message: 'expected an array of profiles, received "rows"' }]);
  });

  it("lets an error thrown while reading a profile pass through unchanged", () => {
    const failing = {
      platform: "instagram",
      get followers(): number {
        throw new RangeError("followers are not loaded yet");
      },
    } as InfluencerProfileInput;
    // Not an input problem the library can describe: the caller's own error, not a TypeError from the library
    expect(() => selectInfluencers([failing], { budget: 100 })).toThrow(new RangeError("followers are not loaded yet"));
  });
});
