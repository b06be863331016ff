// Tests written to kill mutants that survived Stryker (docs/quality.md): each
// pins a behaviour the other tests left open.
import { describe, expect, it } from "vitest";
import { InfluencerInputError, classifyTier, defineTierScheme, type TierBandInput } from "../../src/index.js";

function issuesOf(call: () => unknown): readonly { path: readonly (string | number)[]; code: string; message: string }[] {
  try {
    call();
  } catch (error) {
    if (error instanceof InfluencerInputError) return error.issues;
    throw error;
  }
  return expect.fail("expected an InfluencerInputError");
}

describe("defineTierScheme edge cases", () => {
  it("reports a bad label once per band, not again as a repeated label", () => {
    // Two bands with the same invalid label: one invalid_type issue each, and no "label already used" issue.
    for (const label of ["", 5]) {
      const bands = [
        { tier: "nano", min: 0, label },
        { tier: "micro", min: 10, label },
      ] as unknown as TierBandInput[];
      expect(issuesOf(() => defineTierScheme(bands)).map((issue) => [issue.path.join("."), issue.code])).toStrictEqual([
        ["bands.0.label", "invalid_type"],
        ["bands.1.label", "invalid_type"],
      ]);
    }
  });

  it("does not count the missing label of a band with a bad tier as a repeated label", () => {
    const bands = [
      { tier: "nano", min: 0 },
      { tier: "giant", min: 10 },
      { tier: "giant", min: 20 },
    ] as unknown as TierBandInput[];
    // One issue per bad tier, nothing else.
    expect(issuesOf(() => defineTierScheme(bands)).map((issue) => issue.path.join("."))).toStrictEqual(["bands.1.tier", "bands.2.tier"]);
  });

  it("calls a max of null on a band that is not the last an invalid value", () => {
    const bands: TierBandInput[] = [
      { tier: "nano", min: 0, max: null },
      { tier: "micro", min: 10 },
    ];
    expect(issuesOf(() => defineTierScheme(bands))).toStrictEqual([
      { path: ["bands", 0, "max"], code: "invalid_value", message: "bands[0].max: expected 10 (the next band's min: bands are half-open and contiguous), received null" },
    ]);
  });

  it("checks a max against a next band that is null without crashing", () => {
    const bands = [{ tier: "nano", min: 0, max: 10 }, null] as unknown as TierBandInput[];
    expect(issuesOf(() => defineTierScheme(bands)).map((issue) => issue.path.join("."))).toStrictEqual(["bands.1"]);
  });

  it("never throws a TypeError for a list with holes", () => {
    // eslint-disable-next-line no-sparse-arrays -- a sparse list is the input under test
    const withHole = [{ tier: "nano", min: 0, max: 10 }, , { tier: "micro", min: 10 }] as unknown as TierBandInput[];
    expect(() => defineTierScheme(withHole)).not.toThrow(TypeError);
    // eslint-disable-next-line no-sparse-arrays -- only holes: no band at all
    expect(() => defineTierScheme([, ,] as unknown as TierBandInput[])).toThrow(InfluencerInputError);
  });
});

describe("tier messages", () => {
  it("quotes a 40-character value whole and cuts a 41-character one at 40", () => {
    const forty = "s".repeat(40);
    expect(issuesOf(() => classifyTier(5, { scheme: forty as never }))[0]?.message).toMatch(new RegExp(`received "${forty}"$`, "u"));
    expect(issuesOf(() => classifyTier(5, { scheme: `${forty}s` as never }))[0]?.message).toMatch(new RegExp(`received "${forty}…"$`, "u"));
  });

  it("writes a boolean as true or false", () => {
    expect(issuesOf(() => classifyTier(true as never))[0]?.message).toBe("followers: expected a non-negative integer, received true");
  });
});
