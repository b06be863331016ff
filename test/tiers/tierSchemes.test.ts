import { describe, expect, it } from "vitest";
import { TIER_IDS, TIER_SCHEMES, type TierBand, type TierId, type TierScheme, type TierSchemeName } from "../../src/index.js";

describe("TIER_SCHEMES", () => {
  describe("documented examples", () => {
    it("matches the documented example of TierId", () => {
      const tier: TierId = "micro";
      expect(TIER_IDS.indexOf(tier)).toBe(1);
    });

    it("matches the documented example of TIER_IDS", () => {
      expect(TIER_IDS.join(" < ")).toBe("nano < micro < mid < macro < mega");
    });

    it("matches the documented example of TierBand", () => {
      const band: TierBand = TIER_SCHEMES["later-fohr"].bands[0];
      expect([band.tier, band.label, band.min]).toEqual(["nano", "Nano", 0]);
    });

    it("matches the documented example of TierScheme", () => {
      const scheme: TierScheme = TIER_SCHEMES["later-fohr"];
      expect(scheme.bands.map((band) => band.min)).toEqual([0, 10000, 100000, 500000, 1000000]);
    });

    it("matches the documented example of TierSchemeName", () => {
      // IAB UK: nano, micro, mid, macro, top, VIP.
      const name: TierSchemeName = "iab-uk";
      expect(TIER_SCHEMES[name].bands.length).toBe(6);
    });

    it("matches the documented example of TIER_SCHEMES (the standard split)", () => {
      // Mediakix STIM: nano 1k–10k (from 0 here), micro 10k–50k, mid 50k–500k, macro 500k–1M, mega 1M+.
      expect(TIER_SCHEMES.standard.bands.map((band) => `${band.tier} from ${band.min}`)).toEqual([
        "nano from 0",
        "micro from 10000",
        "mid from 50000",
        "macro from 500000",
        "mega from 1000000",
      ]);
    });

    it("matches the documented example of TIER_SCHEMES (an undated source has no year)", () => {
      expect(TIER_SCHEMES.upfluence.year).toBeUndefined();
    });
  });

  describe("sources", () => {
    // Publisher and year as benchmarks research records them (§1): Mediakix STIM ~2019, Later × Fohr 2021,
    // HypeAuditor's older tiers (2021 report), IAB UK and Upfluence undated.
    it.each([
      ["standard", "Mediakix", 2019, "https://mediakix.com/"],
      ["later-fohr", "Later × Fohr", 2021, "https://www.scribd.com/"],
      ["hypeauditor-legacy", "HypeAuditor", 2021, "https://hypeauditor.com/"],
      ["iab-uk", "IAB UK", undefined, "https://www.iabuk.com/"],
      ["upfluence", "Upfluence", undefined, "https://www.upfluence.com/"],
    ] as const)("%s cites %s, its year and its address", (name, publisher, year, site) => {
      const scheme = TIER_SCHEMES[name];
      expect([scheme.name, scheme.source?.startsWith(`${publisher}, `), scheme.year, scheme.url?.startsWith(site)]).toEqual([name, true, year, true]);
    });
  });

  describe("shape", () => {
    it("starts every scheme at 0 with strictly increasing mins and never-decreasing tiers", () => {
      for (const scheme of Object.values(TIER_SCHEMES)) {
        const mins = scheme.bands.map((band) => band.min);
        const ranks = scheme.bands.map((band) => TIER_IDS.indexOf(band.tier));
        expect(mins[0]).toBe(0);
        expect(mins.every((min, index) => index === 0 || min > (mins[index - 1] ?? min))).toBe(true);
        expect(ranks.every((rank, index) => rank >= (ranks[index - 1] ?? 0))).toBe(true);
      }
    });

    it("gives every band of a scheme its own label", () => {
      for (const scheme of Object.values(TIER_SCHEMES)) {
        const labels = scheme.bands.map((band) => band.label);
        expect(new Set(labels).size).toBe(labels.length);
      }
    });

    it("uses every tier id in every scheme", () => {
      for (const scheme of Object.values(TIER_SCHEMES)) {
        expect(new Set(scheme.bands.map((band) => band.tier))).toEqual(new Set(TIER_IDS));
      }
    });
  });
});
