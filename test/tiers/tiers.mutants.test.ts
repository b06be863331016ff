// Tests written to kill mutants that survived Stryker (docs/quality.md): each
// pins a behaviour the other tests left open.
import { describe, expect, it } from "vitest";
import { InfluencerInputError, classifyTier, defineTierScheme, type TierBandInput } from "../../src/index.js";
import { issuesOf } from "../arbitraries/laws.js";


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

describe("scheme objects built by hand", () => {
  it("accepts a scheme object with a name and bands of tier, label and min", () => {
    const scheme = { name: "by-hand", bands: [{ tier: "nano", label: "Small", min: 0 }, { tier: "micro", label: "Big", min: 100 }] } as never;
    // 150 ≥ 100: the second band, open-ended
    expect(classifyTier(150, { scheme })).toMatchObject({ scheme: "by-hand", label: "Big", max: null });
  });

  it("rejects one without a name, or with a band missing its tier, label or min", () => {
    const good = { tier: "nano", label: "Small", min: 0 };
    for (const scheme of [
      { bands: [good] },
      { name: "x", bands: [{ label: "Small", min: 0 }] },
      { name: "x", bands: [{ tier: "nano", min: 0 }] },
      { name: "x", bands: [{ tier: "nano", label: "Small" }] },
      { name: "x", bands: [null] },
    ]) {
      expect(issuesOf(() => classifyTier(5, { scheme } as never)).map((issue) => [issue.path.join("."), issue.code])).toStrictEqual([["scheme", "invalid_type"]]);
    }
  });
});

describe("defineTierScheme years", () => {
  it("accepts the four-digit years 1000 and 9999 and rejects 999 and 10000", () => {
    const bands: TierBandInput[] = [{ tier: "nano", min: 0 }];
    expect(defineTierScheme(bands, { year: 1000 }).year).toBe(1000);
    expect(defineTierScheme(bands, { year: 9999 }).year).toBe(9999);
    expect(issuesOf(() => defineTierScheme(bands, { year: 999 })).map((issue) => issue.code)).toStrictEqual(["too_small"]);
    expect(issuesOf(() => defineTierScheme(bands, { year: 10_000 })).map((issue) => issue.code)).toStrictEqual(["too_big"]);
  });
});
