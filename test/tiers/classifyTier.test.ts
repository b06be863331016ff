import { describe, expect, it } from "vitest";
import {
  classifyTier,
  defineTierScheme,
  TIER_SCHEMES,
  type ClassifyTierInput,
  type ClassifyTierOptions,
  type TierResult,
  type TierSchemeName,
  type TierSchemesByPlatform,
} from "../../src/index.js";
import { issuesOf } from "../arbitraries/laws.js";

describe("classifyTier", () => {
  describe("documented examples", () => {
    it("matches the documented example (50,000 followers, standard scheme)", () => {
      // Band [50,000, 500,000) is mid ("Mid-tier"); position = log10(50,001/50,001) / … = 0;
      // 500,000 − 50,000 = 450,000 followers to macro.
      expect(classifyTier(50_000)).toEqual({
        tier: "mid",
        label: "Mid-tier",
        min: 50000,
        max: 500000,
        scheme: "standard",
        position: 0,
        nextTier: "macro",
        nextLabel: "Macro",
        followersToNextTier: 450000,
      });
    });

    it("matches the documented example (Later × Fohr puts 50,000 in micro)", () => {
      // Later × Fohr 2021: micro is 10K–100K.
      expect(classifyTier({ followers: 50_000, platform: "instagram" }, { scheme: "later-fohr" }).tier).toBe("micro");
    });

    it("matches the documented example (IAB UK's VIP band)", () => {
      // IAB UK creator tiers: VIP is 5m+.
      expect(classifyTier(10_000_000, { scheme: "iab-uk" }).label).toBe("VIP");
    });

    it("matches the documented example of ClassifyTierInput", () => {
      // 12,000 is in standard micro [10,000, 50,000).
      const account: ClassifyTierInput = { followers: 12_000, platform: "youtube" };
      expect(classifyTier(account).tier).toBe("micro");
    });

    it("matches the documented example of ClassifyTierOptions", () => {
      // Upfluence micro is under 20k (from 10k, where its nano ends).
      const options: ClassifyTierOptions = { scheme: "upfluence" };
      expect(classifyTier(15_000, options).label).toBe("Micro");
    });

    it("matches the documented example of TierResult", () => {
      // 2,000,000 ≥ 1,000,000: the open-ended mega band.
      const result: TierResult = classifyTier(2_000_000);
      expect([result.tier, result.max, result.nextTier]).toEqual(["mega", null, null]);
    });

    it("matches the documented example of TierSchemesByPlatform", () => {
      // YouTube uses Later × Fohr, where micro runs to 100K, so 60,000 is micro (standard would say mid).
      const schemes: TierSchemesByPlatform = { youtube: "later-fohr", default: "standard" };
      expect(classifyTier({ followers: 60_000, platform: "youtube" }, { scheme: schemes }).tier).toBe("micro");
    });
  });

  describe("boundaries of every shipped scheme", () => {
    // Each cut-off as its source publishes it (label of the band below, cut-off, label of the band from it up):
    // standard: Mediakix STIM nano 1k–10k, micro 10k–50k, mid 50k–500k, macro 500k–1M, mega 1M+.
    // later-fohr: Later × Fohr 2021 nano 0–10K, micro 10K–100K, mid 100K–500K, macro 500K–1M, Mega Macro 1M+.
    // hypeauditor-legacy: HypeAuditor 1K–5K, 5K–20K, 20K–100K, 100K–1M, >1M (below 1K: not an influencer).
    // iab-uk: IAB UK nano (1k+), micro (10k+), mid (50k+), macro (500k+), top (1m+), VIP (5m+).
    // upfluence: Upfluence nano under 10k, micro under 20k, mid-size 20k–400k, macro 400k+, celebrity above 1M.
    const published: Readonly<Record<TierSchemeName, readonly (readonly [string, number, string])[]>> = {
      standard: [
        ["Nano", 10_000, "Micro"],
        ["Micro", 50_000, "Mid-tier"],
        ["Mid-tier", 500_000, "Macro"],
        ["Macro", 1_000_000, "Mega"],
      ],
      "later-fohr": [
        ["Nano", 10_000, "Micro"],
        ["Micro", 100_000, "Mid"],
        ["Mid", 500_000, "Macro"],
        ["Macro", 1_000_000, "Mega Macro"],
      ],
      "hypeauditor-legacy": [
        ["Under 1K", 1_000, "Nano"],
        ["Nano", 5_000, "Micro"],
        ["Micro", 20_000, "Mid"],
        ["Mid", 100_000, "Macro"],
        ["Macro", 1_000_000, "Mega"],
      ],
      "iab-uk": [
        ["Nano", 10_000, "Micro"],
        ["Micro", 50_000, "Mid"],
        ["Mid", 500_000, "Macro"],
        ["Macro", 1_000_000, "Top"],
        ["Top", 5_000_000, "VIP"],
      ],
      upfluence: [
        ["Nano", 10_000, "Micro"],
        ["Micro", 20_000, "Mid-size"],
        ["Mid-size", 400_000, "Macro"],
        ["Macro", 1_000_000, "Celebrity"],
      ],
    };
    const cases = Object.entries(published).flatMap(([scheme, cuts]) =>
      cuts.map(([below, cut, above]) => ({ scheme: scheme as TierSchemeName, below, cut, above })),
    );

    it("ships exactly the published cut-offs", () => {
      for (const [scheme, cuts] of Object.entries(published)) {
        const mins = TIER_SCHEMES[scheme as TierSchemeName].bands.map((band) => band.min);
        expect(mins).toEqual([0, ...cuts.map(([, cut]) => cut)]);
      }
    });

    it.each(cases)("$scheme: $cut − 1 is $below", ({ scheme, below, cut }) => {
      expect(classifyTier(cut - 1, { scheme }).label).toBe(below);
    });

    it.each(cases)("$scheme: $cut is $above (bands are half-open)", ({ scheme, above, cut }) => {
      expect(classifyTier(cut, { scheme }).label).toBe(above);
    });

    it.each(cases)("$scheme: $cut + 1 is $above", ({ scheme, above, cut }) => {
      expect(classifyTier(cut + 1, { scheme }).label).toBe(above);
    });
  });

  describe("tier ids", () => {
    it("maps IAB UK's Top and VIP bands both to mega", () => {
      // IAB UK: top (1m+) and VIP (5m+) are both above the 1M mega cut-off.
      expect([classifyTier(1_000_000, { scheme: "iab-uk" }).tier, classifyTier(5_000_000, { scheme: "iab-uk" }).tier]).toEqual(["mega", "mega"]);
    });

    it("maps HypeAuditor's accounts under 1,000 to nano, with the next band also nano", () => {
      // 999 < 1,000: the "Under 1K" band; next band is "Nano" (1K–5K), 1,000 − 999 = 1 follower away.
      const result = classifyTier(999, { scheme: "hypeauditor-legacy" });
      expect([result.tier, result.label, result.nextTier, result.nextLabel, result.followersToNextTier]).toEqual(["nano", "Under 1K", "nano", "Nano", 1]);
    });
  });

  describe("position and distance to the next tier", () => {
    it("is halfway through standard nano (on a log scale) at 99 followers", () => {
      // log10(1 + 99) / log10(1 + 10,000) = 2 / 4.0000434 = 0.49999457…
      // node -e "console.log(Math.log10(100) / Math.log10(10001))" → 0.4999945716493268
      expect(classifyTier(99).position).toBeCloseTo(0.4999945716493268, 12);
    });

    it("is just under 1 at the last count of a band", () => {
      // log10(10,000) / log10(10,001) = 4 / 4.0000434 = 0.99998914…
      // node -e "console.log(Math.log10(10000) / Math.log10(10001))" → 0.9999891432986536
      expect(classifyTier(9_999).position).toBeCloseTo(0.9999891432986536, 12);
    });

    it("measures position from the band's own min", () => {
      // log10(12,346 / 10,001) / log10(50,001 / 10,001) = 0.0914… / 0.6989… = 0.13088886…
      // node -e "console.log(Math.log10(12346/10001) / Math.log10(50001/10001))" → 0.13088886798990867
      expect(classifyTier(12_345).position).toBeCloseTo(0.13088886798990867, 12);
    });

    it("is 0.5 in the top band at ten times its min", () => {
      // (1 + 10,000,009) / (1 + 1,000,000) = 10 exactly, so d = 1 decade and d / (1 + d) = 0.5.
      expect(classifyTier(10_000_009).position).toBe(0.5);
    });

    it("counts the followers still needed to reach the next band's min", () => {
      // Standard micro ends at 50,000: 50,000 − 12,345 = 37,655.
      expect(classifyTier(12_345).followersToNextTier).toBe(37_655);
    });

    it("has no next tier, distance or max in the top band", () => {
      const result = classifyTier(2_000_000);
      expect([result.max, result.nextTier, result.nextLabel, result.followersToNextTier]).toEqual([null, null, null, null]);
    });
  });

  describe("edge cases", () => {
    it("never lowers the position in an open band by a last bit, near the largest safe count", () => {
      // Found by the property "position never decreases within a band" (seed 481862803): with
      // d = log10(1 + count), d / (1 + d) gave 0.9410189209202711 for the smaller count and
      // 0.941018920920271 for the larger; 1 − 1 / (1 + d) rounds one way as d grows.
      const scheme = defineTierScheme([{ tier: "nano", min: 0 }]);
      const smaller = classifyTier(9_007_199_254_740_781, { scheme }).position;
      const larger = classifyTier(9_007_199_254_740_816, { scheme }).position;
      expect(smaller).toBeLessThanOrEqual(larger);
    });

    it("keeps the position below 1 at the top of a band whose upper end is beyond 10^15", () => {
      // Band [0, 10^15): for 999,999,999,999,999 followers log10(10^15) and log10(10^15 + 1) round to
      // the same double (15), so the ratio read exactly 1, though the count is below the band's max.
      const scheme = defineTierScheme([{ tier: "nano", min: 0 }, { tier: "micro", min: 1e15 }], { name: "wide" });
      const result = classifyTier(1e15 - 1, { scheme });
      expect([result.tier, result.followersToNextTier]).toEqual(["nano", 1]);
      expect(result.position).toBeLessThan(1);
      // Two counts apart near the largest safe count: the upper one read 1 too.
      const narrow = defineTierScheme([{ tier: "nano", min: 0 }, { tier: "micro", min: 9_007_199_254_740_989 }, { tier: "mid", min: 9_007_199_254_740_991 }], { name: "narrow" });
      expect(classifyTier(9_007_199_254_740_990, { scheme: narrow }).position).toBeLessThan(1);
    });

    it("classifies 0 followers as nano at position 0", () => {
      // log10(1 + 0) / log10(10,001) = 0 / 4.00004 = 0; 10,000 − 0 = 10,000 to micro.
      const result = classifyTier(0);
      expect([result.tier, result.position, result.followersToNextTier]).toEqual(["nano", 0, 10_000]);
    });

    it("classifies Number.MAX_SAFE_INTEGER as mega", () => {
      // d = log10(2^53 / 1,000,001) = 15.95458977 − 6.00000043 = 9.95458934; d / (1 + d) = 0.90871405…
      // node -e "const d = Math.log10(2**53 / 1000001); console.log(d / (1 + d))" → 0.9087140586162247
      const result = classifyTier(Number.MAX_SAFE_INTEGER);
      expect(result.tier).toBe("mega");
      expect(result.position).toBeCloseTo(0.9087140586162247, 12);
    });

    it("reads the followers of a whole profile", () => {
      // 24,000 is in standard micro [10,000, 50,000).
      const profile = { handle: "@trailmix", platform: "instagram", followers: 24_000, posts: [] } as const;
      expect(classifyTier(profile).tier).toBe("micro");
    });

    it("does not modify a frozen input", () => {
      const input = Object.freeze({ followers: 24_000, platform: "tiktok" as const });
      const options = Object.freeze({ scheme: Object.freeze({ tiktok: "upfluence" as const }) });
      // Upfluence: mid-size 20k–400k.
      expect(classifyTier(input, options).label).toBe("Mid-size");
      expect(input).toEqual({ followers: 24_000, platform: "tiktok" });
    });

    it("accepts a scheme object from TIER_SCHEMES or defineTierScheme", () => {
      const custom = defineTierScheme([{ tier: "nano", min: 0 }, { tier: "micro", min: 5_000 }], { name: "tiny" });
      // Upfluence micro is [10k, 20k); the custom micro starts at 5,000.
      expect([classifyTier(15_000, { scheme: TIER_SCHEMES.upfluence }).label, classifyTier(6_000, { scheme: custom }).scheme]).toEqual(["Micro", "tiny"]);
    });
  });

  describe("per-platform schemes", () => {
    const schemes: TierSchemesByPlatform = { youtube: "later-fohr", tiktok: TIER_SCHEMES.upfluence, default: "iab-uk" };

    it("uses the platform's entry", () => {
      // Later × Fohr micro is 10K–100K.
      expect(classifyTier({ followers: 60_000, platform: "youtube" }, { scheme: schemes }).scheme).toBe("later-fohr");
    });

    it("accepts a scheme object as an entry", () => {
      expect(classifyTier({ followers: 60_000, platform: "tiktok" }, { scheme: schemes }).scheme).toBe("upfluence");
    });

    it("lets options.platform override the input's platform", () => {
      expect(classifyTier({ followers: 60_000, platform: "instagram" }, { scheme: schemes, platform: "youtube" }).scheme).toBe("later-fohr");
    });

    it("takes the platform from options for a bare count", () => {
      expect(classifyTier(60_000, { scheme: schemes, platform: "tiktok" }).scheme).toBe("upfluence");
    });

    it("falls back to default for a platform without an entry", () => {
      expect(classifyTier({ followers: 60_000, platform: "x" }, { scheme: schemes }).scheme).toBe("iab-uk");
    });

    it("falls back to default without a platform", () => {
      expect(classifyTier(60_000, { scheme: schemes }).scheme).toBe("iab-uk");
    });

    it("treats an entry set to undefined as no entry", () => {
      expect(classifyTier({ followers: 1, platform: "x" }, { scheme: { x: undefined, default: "upfluence" } }).scheme).toBe("upfluence");
    });

    it("falls back to standard when the map has no default", () => {
      expect(classifyTier({ followers: 60_000, platform: "x" }, { scheme: { youtube: "later-fohr" } }).scheme).toBe("standard");
    });
  });

  describe("invalid input", () => {
    it.each([
      // [value, code, rendered value]
      [-1, "too_small", "-1"],
      [1.5, "invalid_type", "1.5"],
      [Number.NaN, "invalid_type", "NaN"],
      [Number.POSITIVE_INFINITY, "invalid_type", "Infinity"],
      [Number.NEGATIVE_INFINITY, "invalid_type", "-Infinity"],
      [-0.5, "invalid_type", "-0.5"],
      // 2^53 is an integer but not a safe one.
      [2 ** 53, "too_big", "9007199254740992"],
    ] as const)("rejects %s followers with %s", (followers, code, rendered) => {
      // Past Number.MAX_SAFE_INTEGER the limit is named (2^53 is a non-negative integer, just not a safe one).
      const limit = code === "too_big" ? " of at most 9007199254740991" : "";
      const expected = [{ path: ["followers"], code, message: `followers: expected a non-negative integer${limit}, received ${rendered}` }];
      expect(issuesOf(() => classifyTier(followers))).toEqual(expected);
      expect(issuesOf(() => classifyTier({ followers }))).toEqual(expected);
    });

    it("rejects a count that is not a number, naming what arrived", () => {
      expect(issuesOf(() => classifyTier("12000" as unknown as number))).toEqual([
        { path: ["followers"], code: "invalid_type", message: 'followers: expected a non-negative integer, received "12000"' },
      ]);
    });

    it("rejects null, an object without followers and an array", () => {
      const messages = [null, {}, [5]].map((input) => issuesOf(() => classifyTier(input as unknown as number))[0]?.message);
      expect(messages).toEqual([
        "followers: expected a non-negative integer, received null",
        "followers: expected a non-negative integer, received nothing",
        "followers: expected a non-negative integer, received nothing",
      ]);
    });

    it("describes values as parseProfile does: containers and functions by kind, bigints and dates by what they are, long strings cut short", () => {
      // A Date look-alike (instanceof Date, but every Date method throws) is an object, not a TypeError.
      const messages = [[1], { count: 1 }, () => 1, 5n, new Date(0), new Date(Number.NaN), Object.create(Date.prototype) as unknown, "x".repeat(50)].map(
        (followers) => issuesOf(() => classifyTier({ followers } as unknown as ClassifyTierInput))[0]?.message,
      );
      expect(messages).toEqual([
        "followers: expected a non-negative integer, received an array",
        "followers: expected a non-negative integer, received an object",
        "followers: expected a non-negative integer, received a function",
        // Same words as parseProfile's messages (test/schemas/parseProfile.test.ts: "received 10n").
        "followers: expected a non-negative integer, received 5n",
        "followers: expected a non-negative integer, received a Date",
        "followers: expected a non-negative integer, received an invalid Date",
        "followers: expected a non-negative integer, received an object",
        `followers: expected a non-negative integer, received "${"x".repeat(40)}…"`,
      ]);
    });

    it("rejects an unknown platform", () => {
      expect(issuesOf(() => classifyTier({ followers: 10, platform: "myspace" } as unknown as ClassifyTierInput))).toEqual([
        {
          path: ["platform"],
          code: "invalid_value",
          message: 'platform: expected one of "instagram", "tiktok", "youtube", "x", "facebook", "linkedin", "twitch", received "myspace"',
        },
      ]);
    });

    it("rejects an unknown scheme name", () => {
      expect(issuesOf(() => classifyTier(10, { scheme: "mediakix" as TierSchemeName }))).toEqual([
        {
          path: ["scheme"],
          code: "invalid_value",
          message: 'scheme: expected one of "standard", "later-fohr", "hypeauditor-legacy", "iab-uk", "upfluence", received "mediakix"',
        },
      ]);
    });

    it("rejects an unknown scheme name inside a per-platform map, with the platform in the path", () => {
      const issues = issuesOf(() => classifyTier({ followers: 10, platform: "youtube" }, { scheme: { youtube: "fohr" as TierSchemeName } }));
      expect(issues.map((issue) => [issue.path, issue.code])).toEqual([[["scheme", "youtube"], "invalid_value"]]);
    });

    it("does not mistake an inherited key for a platform entry", () => {
      const issues = issuesOf(() => classifyTier({ followers: 10, platform: "constructor" } as unknown as ClassifyTierInput, { scheme: {} }));
      expect(issues.map((issue) => issue.path)).toEqual([["platform"]]);
    });

    it("reports every problem at once, in input order", () => {
      const issues = issuesOf(() =>
        classifyTier({ followers: -3, platform: "orkut" } as unknown as ClassifyTierInput, { scheme: "huge" as TierSchemeName }),
      );
      expect(issues.map((issue) => issue.path)).toEqual([["followers"], ["platform"], ["scheme"]]);
    });

    it("rejects options that are not an object, instead of ignoring them", () => {
      for (const options of [5, null, [], "standard"]) {
        expect(issuesOf(() => classifyTier(10, options as unknown as ClassifyTierOptions))).toEqual([
          { path: [], code: "invalid_type", message: `expected an options object, received ${options === null ? "null" : Array.isArray(options) ? "an array" : JSON.stringify(options)}` },
        ]);
      }
    });

    it("rejects a null scheme or platform in the options, instead of reading them as absent", () => {
      expect(issuesOf(() => classifyTier(10, { scheme: null } as unknown as ClassifyTierOptions))).toEqual([
        { path: ["scheme"], code: "invalid_type", message: "scheme: expected a scheme name or a scheme from defineTierScheme, received null" },
      ]);
      expect(issuesOf(() => classifyTier(10, { platform: null } as unknown as ClassifyTierOptions)).map((issue) => [issue.path, issue.code])).toEqual([
        [["platform"], "invalid_value"],
      ]);
    });

    it("rejects a scheme object without a list of bands with an InfluencerInputError, not a TypeError", () => {
      for (const scheme of [{ bands: 5 }, { name: "x", bands: [] }, { name: "x", bands: [5] }, { name: "x", bands: [{ tier: "nano", label: "N" }] }]) {
        expect(issuesOf(() => classifyTier(10, { scheme } as unknown as ClassifyTierOptions))).toEqual([
          { path: ["scheme"], code: "invalid_type", message: "scheme: expected a scheme name or a scheme from defineTierScheme, received an object" },
        ]);
      }
    });

    it("rejects a hand-built scheme whose bands leave counts without a band, repeat a start or name an unknown tier", () => {
      // Accepted before: 5 followers under a first band starting at 100 had position −Infinity (null in JSON).
      const bands = [
        [{ tier: "micro", label: "Micro", min: 100 }],
        [{ tier: "nano", label: "Nano", min: 0 }, { tier: "micro", label: "Micro", min: 0 }],
        [{ tier: "nano", label: "Nano", min: 0 }, { tier: "micro", label: "Micro", min: 10_000 }, { tier: "mid", label: "Mid", min: 5_000 }],
        [{ tier: "banana", label: "Banana", min: 0 }],
      ];
      for (const list of bands) {
        expect(issuesOf(() => classifyTier(5, { scheme: { name: "hand-built", bands: list } } as unknown as ClassifyTierOptions))).toEqual([
          { path: ["scheme"], code: "invalid_type", message: "scheme: expected a scheme name or a scheme from defineTierScheme, received an object" },
        ]);
      }
      const valid = { name: "hand-built", bands: [{ tier: "nano", label: "Nano", min: 0 }, { tier: "micro", label: "Micro", min: 10 }] };
      expect(classifyTier(5, { scheme: valid } as unknown as ClassifyTierOptions)).toMatchObject({ tier: "nano", nextTier: "micro", followersToNextTier: 5 });
    });

    it("rejects a per-platform map key that is neither a platform nor default, rather than falling back to the default", () => {
      const scheme = { YouTube: "later-fohr" } as unknown as TierSchemesByPlatform;
      expect(issuesOf(() => classifyTier({ followers: 60_000, platform: "youtube" }, { scheme }))).toEqual([
        { path: ["scheme", "YouTube"], code: "invalid_value", message: 'scheme.YouTube: expected a platform or "default" as the key, received "YouTube"' },
      ]);
    });

    it("rejects a null entry in a per-platform map", () => {
      expect(issuesOf(() => classifyTier(10, { scheme: { default: null } } as unknown as ClassifyTierOptions)).map((issue) => issue.path)).toEqual([["scheme", "default"]]);
    });

    it("never says 'Invalid input'", () => {
      const calls = [
        () => classifyTier(null as unknown as number),
        () => classifyTier({ followers: "many" } as unknown as ClassifyTierInput),
        () => classifyTier(1, { scheme: 5 as unknown as TierSchemeName }),
      ];
      for (const call of calls) {
        for (const issue of issuesOf(call)) expect(issue.message).not.toContain("Invalid input");
      }
    });
  });
});
