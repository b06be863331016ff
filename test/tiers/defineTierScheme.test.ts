import { describe, expect, it } from "vitest";
import type {
  InfluencerInputError} from "../../src/index.js";
import {
  classifyTier,
  defineTierScheme,
  TIER_SCHEMES,
  type TierBandInput,
  type TierSchemeMeta,
} from "../../src/index.js";
import { issuesOf } from "../arbitraries/laws.js";

const agency: readonly TierBandInput[] = [
  { tier: "nano", min: 0 },
  { tier: "micro", min: 5_000 },
  { tier: "mid", min: 25_000 },
  { tier: "macro", min: 250_000 },
  { tier: "mega", min: 1_000_000 },
];

describe("defineTierScheme", () => {
  describe("documented examples", () => {
    it("matches the documented example (a custom scheme)", () => {
      const scheme = defineTierScheme(agency, { name: "agency-2026", source: "Our agency, rate card, 2026", year: 2026 });
      // 30,000 is in the custom mid band [25,000, 250,000).
      expect(classifyTier(30_000, { scheme }).tier).toBe("mid");
    });

    it("matches the documented example (a band that does not start above the previous one)", () => {
      let message: string | undefined;
      try {
        defineTierScheme([{ tier: "nano", min: 0 }, { tier: "micro", min: 10_000 }, { tier: "mid", min: 10_000 }]);
      } catch (error) {
        message = (error as InfluencerInputError).issues[0]?.message;
      }
      expect(message).toBe("bands[2].min: expected more than 10000 (the previous band's min), received 10000");
    });

    it("matches the documented example of TierSchemeMeta", () => {
      const meta: TierSchemeMeta = { name: "agency-2026", source: "Our agency, rate card, 2026", year: 2026 };
      expect(defineTierScheme([{ tier: "nano", min: 0 }], meta).name).toBe("agency-2026");
    });

    it("matches the documented example of TierBandInput", () => {
      const band: TierBandInput = { tier: "micro", min: 10_000, label: "Micro" };
      expect(band.min).toBe(10_000);
    });
  });

  describe("docs/methodology/tiers.md examples", () => {
    it("classifies with the agency scheme of section 6", () => {
      const scheme = defineTierScheme(
        [
          { tier: "nano", min: 0 },
          { tier: "micro", min: 5_000 },
          { tier: "mid", min: 25_000, label: "Mid-size" },
          { tier: "macro", min: 250_000 },
          { tier: "mega", min: 1_000_000 },
        ],
        { name: "agency-2026", source: "Our agency, rate card, 2026", year: 2026, url: "https://example.com/tiers" },
      );
      // 30,000 is in [25,000, 250,000).
      const result = classifyTier(30_000, { scheme });
      expect([result.tier, result.label, result.scheme]).toEqual(["mid", "Mid-size", "agency-2026"]);
    });

    it("copies and edits a shipped scheme", () => {
      const [nano, ...rest] = TIER_SCHEMES.standard.bands;
      const scheme = defineTierScheme([nano, { tier: "nano", min: 1_000, label: "Nano 1K+" }, ...rest], { name: "standard-1k" });
      // 999 < 1,000 stays in the first band; 1,000 starts "Nano 1K+".
      expect([classifyTier(999, { scheme }).label, classifyTier(1_000, { scheme }).label]).toEqual(["Nano", "Nano 1K+"]);
    });

    it("rejects inclusive-style ends with the message quoted in section 6", () => {
      const call = (): unknown => defineTierScheme([{ tier: "nano", min: 0 }, { tier: "micro", min: 10_000, max: 49_999 }, { tier: "mid", min: 50_000 }]);
      expect(call).toThrow("bands[1].max: expected 50000 (the next band's min: bands are half-open and contiguous), received 49999");
    });
  });

  describe("the scheme it returns", () => {
    it("fills in default labels and the meta given, and omits meta not given", () => {
      const scheme = defineTierScheme(agency.slice(0, 2), { source: "Our agency, rate card, 2026" });
      expect(scheme).toEqual({
        name: "custom",
        source: "Our agency, rate card, 2026",
        bands: [
          { tier: "nano", label: "Nano", min: 0 },
          { tier: "micro", label: "Micro", min: 5_000 },
        ],
      });
      expect(Object.keys(scheme)).toEqual(["name", "bands", "source"]);
    });

    it("uses the default label of every tier", () => {
      const labels = defineTierScheme(agency).bands.map((band) => band.label);
      expect(labels).toEqual(["Nano", "Micro", "Mid-tier", "Macro", "Mega"]);
    });

    it("keeps year and url", () => {
      const scheme = defineTierScheme(agency, { name: "a", year: 2026, url: "https://example.com/tiers" });
      expect([scheme.year, scheme.url]).toEqual([2026, "https://example.com/tiers"]);
    });

    it("is deeply frozen", () => {
      const scheme = defineTierScheme(agency);
      expect([Object.isFrozen(scheme), Object.isFrozen(scheme.bands), scheme.bands.every((band) => Object.isFrozen(band))]).toEqual([true, true, true]);
    });

    it("does not modify or keep the bands passed in", () => {
      const bands = agency.map((band) => Object.freeze({ ...band }));
      const scheme = defineTierScheme(Object.freeze(bands));
      expect(scheme.bands[0]).not.toBe(bands[0]);
      expect(bands[0]).toEqual({ tier: "nano", min: 0 });
    });

    it("accepts a single open-ended band", () => {
      // Every count is in [0, ∞): position = d / (1 + d) with d = log10(1 + 9) = 1, so 0.5.
      const result = classifyTier(9, { scheme: defineTierScheme([{ tier: "mid", min: 0, label: "Everyone" }]) });
      expect([result.label, result.position, result.nextTier]).toEqual(["Everyone", 0.5, null]);
    });

    it("accepts the bands of a shipped scheme, so they can be copied and edited", () => {
      const copy = defineTierScheme(TIER_SCHEMES["iab-uk"].bands, { name: "iab-copy" });
      expect(copy.bands).toEqual(TIER_SCHEMES["iab-uk"].bands);
    });

    it("accepts bands with a max that matches the next band's min, and null on the last", () => {
      const bands: readonly TierBandInput[] = [
        { tier: "nano", min: 0, max: 10_000 },
        { tier: "micro", min: 10_000, max: null },
      ];
      expect(defineTierScheme(bands).bands.map((band) => band.min)).toEqual([0, 10_000]);
    });
  });

  describe("invalid schemes", () => {
    it("rejects a list that is not an array, or is empty", () => {
      expect([
        issuesOf(() => defineTierScheme("nano" as unknown as TierBandInput[])),
        issuesOf(() => defineTierScheme([])),
      ]).toEqual([
        [{ path: ["bands"], code: "invalid_type", message: 'bands: expected a non-empty array of bands, received "nano"' }],
        // an empty list is named as one, as the schema-validated lists name theirs
        [{ path: ["bands"], code: "too_small", message: "bands: expected a non-empty array of bands, received an empty array" }],
      ]);
    });

    it("rejects a band that is not an object", () => {
      expect(issuesOf(() => defineTierScheme([{ tier: "nano", min: 0 }, null as unknown as TierBandInput]))).toEqual([
        { path: ["bands", 1], code: "invalid_type", message: "bands[1]: expected a band object with tier and min, received null" },
      ]);
    });

    it("rejects a hole in a sparse list of bands instead of skipping it", () => {
      // eslint-disable-next-line no-sparse-arrays -- the hole is the point of the test
      const sparse = [{ tier: "nano", min: 0 }, , { tier: "micro", min: 5_000 }] as unknown as readonly TierBandInput[];
      expect(issuesOf(() => defineTierScheme(sparse))).toEqual([
        { path: ["bands", 1], code: "invalid_type", message: "bands[1]: expected a band object with tier and min, received nothing" },
      ]);
    });

    it("rejects a first band that does not start at 0", () => {
      expect(issuesOf(() => defineTierScheme([{ tier: "nano", min: 1_000 }]))).toEqual([
        { path: ["bands", 0, "min"], code: "invalid_value", message: "bands[0].min: expected 0 (the first band starts at 0), received 1000" },
      ]);
    });

    it("rejects bounds that do not strictly increase, naming the band", () => {
      const bands: readonly TierBandInput[] = [
        { tier: "nano", min: 0 },
        { tier: "micro", min: 50_000 },
        { tier: "mid", min: 20_000 },
      ];
      expect(issuesOf(() => defineTierScheme(bands))).toEqual([
        { path: ["bands", 2, "min"], code: "too_small", message: "bands[2].min: expected more than 50000 (the previous band's min), received 20000" },
      ]);
    });

    it.each([
      [-5, "too_small", "-5"],
      [2.5, "invalid_type", "2.5"],
      [Number.NaN, "invalid_type", "NaN"],
      [Number.POSITIVE_INFINITY, "invalid_type", "Infinity"],
      [2 ** 53, "too_big", "9007199254740992"],
    ] as const)("rejects a min of %s with %s", (min, code, rendered) => {
      expect(issuesOf(() => defineTierScheme([{ tier: "nano", min: 0 }, { tier: "micro", min }]))).toEqual([
        { path: ["bands", 1, "min"], code, message: `bands[1].min: expected a non-negative integer${code === "too_big" ? " of at most 9007199254740991" : ""}, received ${rendered}` },
      ]);
    });

    it("skips the increasing check after a band whose min is invalid", () => {
      const bands = [{ tier: "nano", min: 0 }, { tier: "micro", min: "ten" }, { tier: "mid", min: 5 }] as unknown as TierBandInput[];
      expect(issuesOf(() => defineTierScheme(bands)).map((issue) => issue.path)).toEqual([["bands", 1, "min"]]);
    });

    it("rejects an unknown tier id", () => {
      expect(issuesOf(() => defineTierScheme([{ tier: "giga", min: 0 } as unknown as TierBandInput]))).toEqual([
        {
          path: ["bands", 0, "tier"],
          code: "invalid_value",
          message: 'bands[0].tier: expected one of "nano", "micro", "mid", "macro", "mega", received "giga"',
        },
      ]);
    });

    it("rejects a tier smaller than the band before's", () => {
      const bands: readonly TierBandInput[] = [
        { tier: "nano", min: 0 },
        { tier: "macro", min: 10_000 },
        { tier: "micro", min: 50_000 },
      ];
      expect(issuesOf(() => defineTierScheme(bands))).toEqual([
        { path: ["bands", 2, "tier"], code: "invalid_value", message: 'bands[2].tier: expected "macro" or a larger tier (tiers never decrease), received "micro"' },
      ]);
    });

    it("rejects duplicate labels, including default ones", () => {
      const bands: readonly TierBandInput[] = [
        { tier: "nano", min: 0, label: "Small" },
        { tier: "micro", min: 1_000, label: "Small" },
        { tier: "mega", min: 1_000_000 },
        { tier: "mega", min: 5_000_000 },
      ];
      expect(issuesOf(() => defineTierScheme(bands))).toEqual([
        { path: ["bands", 1, "label"], code: "invalid_value", message: 'bands[1].label: expected a label no earlier band uses, received "Small"' },
        // The user gave no label here: the message names the default that clashes, and the input as nothing.
        {
          path: ["bands", 3, "label"],
          code: "invalid_value",
          message: `bands[3].label: expected a label of its own, since an earlier band uses this tier's default label "Mega", received nothing`,
        },
      ]);
    });

    it("does not ask a max to equal a next min that is itself invalid", () => {
      // It asked for "expected -1 (the next band's min…)", a value the next line refuses.
      const bands = [{ tier: "nano", min: 0, max: 5 }, { tier: "micro", min: -1 }] as unknown as TierBandInput[];
      expect(issuesOf(() => defineTierScheme(bands)).map((issue) => issue.message)).toEqual(["bands[1].min: expected a non-negative integer, received -1"]);
    });

    it("stores a min of -0 as 0, so results equal their JSON round trip", () => {
      const scheme = defineTierScheme([{ tier: "nano", min: -0 }, { tier: "micro", min: 10 }]);
      expect(Object.is(scheme.bands[0].min, 0)).toBe(true);
      expect(Object.is(classifyTier(3, { scheme }).min, 0)).toBe(true);
    });

    it("rejects an empty or non-string label", () => {
      const bands = [{ tier: "nano", min: 0, label: "" }, { tier: "micro", min: 10, label: 7 }] as unknown as TierBandInput[];
      expect(issuesOf(() => defineTierScheme(bands)).map((issue) => issue.message)).toEqual([
        'bands[0].label: expected a non-empty string, received ""',
        "bands[1].label: expected a non-empty string, received 7",
      ]);
    });

    it("rejects a label of spaces or other white space, as it rejects an empty one", () => {
      // Tab and newline, no-break space U+00A0, ideographic space U+3000: all as empty to a reader as "".
      const bands: readonly TierBandInput[] = [
        { tier: "nano", min: 0, label: "  " },
        { tier: "micro", min: 10, label: "\t\n" },
        { tier: "mid", min: 20, label: "\u00a0" },
        { tier: "macro", min: 30, label: "\u3000" },
      ];
      expect(issuesOf(() => defineTierScheme(bands))).toEqual([
        { path: ["bands", 0, "label"], code: "invalid_value", message: 'bands[0].label: expected a string with a visible character, received "  "' },
        { path: ["bands", 1, "label"], code: "invalid_value", message: 'bands[1].label: expected a string with a visible character, received "\\t\\n"' },
        { path: ["bands", 2, "label"], code: "invalid_value", message: 'bands[2].label: expected a string with a visible character, received "\u00a0"' },
        { path: ["bands", 3, "label"], code: "invalid_value", message: 'bands[3].label: expected a string with a visible character, received "\u3000"' },
      ]);
    });

    it("rejects a label of invisible characters (zero-width space, word joiner, byte order mark, a control character)", () => {
      const bands: readonly TierBandInput[] = [
        { tier: "nano", min: 0, label: "\u200b" },
        { tier: "micro", min: 10, label: " \u2060\ufeff " },
        { tier: "mid", min: 20, label: "\u0007" },
      ];
      expect(issuesOf(() => defineTierScheme(bands)).map((issue) => [issue.path, issue.code])).toEqual([
        [["bands", 0, "label"], "invalid_value"],
        [["bands", 1, "label"], "invalid_value"],
        [["bands", 2, "label"], "invalid_value"],
      ]);
    });

    it("reports two blank labels once each, not also as a duplicate", () => {
      const bands: readonly TierBandInput[] = [
        { tier: "nano", min: 0, label: " " },
        { tier: "micro", min: 10, label: " " },
      ];
      expect(issuesOf(() => defineTierScheme(bands)).map((issue) => issue.message)).toEqual([
        'bands[0].label: expected a string with a visible character, received " "',
        'bands[1].label: expected a string with a visible character, received " "',
      ]);
    });

    it("keeps a label that has a visible character among spaces as given", () => {
      const scheme = defineTierScheme([{ tier: "nano", min: 0, label: " Nano 1K " }, { tier: "micro", min: 10, label: "\u00e9" }]);
      expect(scheme.bands.map((band) => band.label)).toEqual([" Nano 1K ", "\u00e9"]);
    });

    it("rejects a max that leaves a gap before the next band (inclusive-style bounds)", () => {
      const bands: readonly TierBandInput[] = [
        { tier: "nano", min: 0, max: 9_999 },
        { tier: "micro", min: 10_000 },
      ];
      expect(issuesOf(() => defineTierScheme(bands))).toEqual([
        {
          path: ["bands", 0, "max"],
          code: "invalid_value",
          message: "bands[0].max: expected 10000 (the next band's min: bands are half-open and contiguous), received 9999",
        },
      ]);
    });

    it("rejects a max on the last band", () => {
      expect(issuesOf(() => defineTierScheme([{ tier: "nano", min: 0, max: 1_000_000 }]))).toEqual([
        { path: ["bands", 0, "max"], code: "invalid_value", message: "bands[0].max: expected null (the last band is open-ended), received 1000000" },
      ]);
    });

    it("calls a max of the wrong type invalid_type", () => {
      const bands = [{ tier: "nano", min: 0, max: "10k" }, { tier: "micro", min: 10_000, max: "none" }] as unknown as TierBandInput[];
      expect(issuesOf(() => defineTierScheme(bands)).map((issue) => [issue.path, issue.code])).toEqual([
        [["bands", 0, "max"], "invalid_type"],
        [["bands", 1, "max"], "invalid_type"],
      ]);
    });

    it("does not compare a max with a next band that is not an object", () => {
      const bands = [{ tier: "nano", min: 0, max: 10 }, 5] as unknown as TierBandInput[];
      expect(issuesOf(() => defineTierScheme(bands)).map((issue) => issue.path)).toEqual([["bands", 1]]);
    });

    it("rejects bad meta", () => {
      const meta = { name: "", source: 5, url: "", year: 26 } as unknown as TierSchemeMeta;
      expect(issuesOf(() => defineTierScheme(agency, meta))).toEqual([
        { path: ["name"], code: "invalid_type", message: 'name: expected a non-empty string, received ""' },
        { path: ["source"], code: "invalid_type", message: "source: expected a non-empty string, received 5" },
        { path: ["url"], code: "invalid_type", message: 'url: expected a non-empty string, received ""' },
        { path: ["year"], code: "too_small", message: "year: expected a four-digit year, received 26" },
      ]);
    });

    it("rejects a name, source or url of white space or invisible characters", () => {
      const meta: TierSchemeMeta = { name: " ", source: "\t", url: "\u200b" };
      expect(issuesOf(() => defineTierScheme(agency, meta))).toEqual([
        { path: ["name"], code: "invalid_value", message: 'name: expected a string with a visible character, received " "' },
        { path: ["source"], code: "invalid_value", message: 'source: expected a string with a visible character, received "\\t"' },
        { path: ["url"], code: "invalid_value", message: 'url: expected a string with a visible character, received "\u200b"' },
      ]);
    });

    it("rejects meta that is not an object instead of ignoring it", () => {
      for (const [meta, received] of [[5, "5"], [null, "null"], ["agency", '"agency"'], [[], "an array"]] as const) {
        expect(issuesOf(() => defineTierScheme(agency, meta as unknown as TierSchemeMeta))).toEqual([
          { path: [], code: "invalid_type", message: `expected an object with name, source, year or url, received ${received}` },
        ]);
      }
    });

    it("rejects a year that is too big or not an integer", () => {
      const years = [20_260, 2026.5].map((year) => issuesOf(() => defineTierScheme(agency, { year }))[0]?.code);
      expect(years).toEqual(["too_big", "invalid_type"]);
    });

    it("rejects the name of a shipped scheme, so results never misattribute a scheme", () => {
      expect(issuesOf(() => defineTierScheme(agency, { name: "standard" }))).toEqual([
        { path: ["name"], code: "invalid_value", message: 'name: expected a name no shipped scheme uses, received "standard"' },
      ]);
    });

    it("reports every problem at once, in input order", () => {
      const bands = [{ tier: "nano", min: 3 }, { tier: "mini", min: -1 }] as unknown as TierBandInput[];
      expect(issuesOf(() => defineTierScheme(bands, { name: "upfluence" })).map((issue) => issue.path)).toEqual([
        ["bands", 0, "min"],
        ["bands", 1, "tier"],
        ["bands", 1, "min"],
        ["name"],
      ]);
    });
  });
});
