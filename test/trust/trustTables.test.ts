import { describe, expect, it } from "vitest";
import {
  scoreTrust,
  TRUST_BANDS,
  TRUST_FLAG_CODES,
  TRUST_SIGNAL_FACETS,
  TRUST_SIGNAL_KEYS,
  TRUST_THRESHOLDS,
  TRUST_WEIGHTS,
  type TrustBand,
  type TrustBandTable,
  type TrustFacet,
  type TrustFacets,
  type TrustFactor,
  type TrustFlag,
  type TrustFlagCode,
  type TrustFlagEvidence,
  type TrustFlagSeverity,
  type TrustProvenance,
  type TrustSignalKey,
  type TrustThreshold,
  type TrustThresholdKey,
  type TrustThresholdOverrides,
  type TrustWeightOverrides,
  type TrustWeightTable,
} from "../../src/index.js";

// One "matches the documented example" test per @example in src/trust (STYLE R2),
// plus checks that the default tables are complete and consistent.

describe("TrustFacet", () => {
  it("matches the documented example", () => {
    const facet: TrustFacet = "credibility";
    expect(TRUST_SIGNAL_KEYS.filter((key) => TRUST_SIGNAL_FACETS[key] === facet)).toEqual(["sponsoredShare", "sponsoredEngagement", "brandMentions"]);
  });
});

describe("TrustSignalKey", () => {
  it("matches the documented example", () => {
    const key: TrustSignalKey = "followerGrowth";
    expect(TRUST_SIGNAL_FACETS[key]).toBe("authenticity");
  });
});

describe("TRUST_SIGNAL_KEYS", () => {
  it("matches the documented example", () => {
    expect(TRUST_SIGNAL_KEYS.length).toBe(13);
  });

  it("lists every signal of TRUST_SIGNAL_FACETS and TRUST_WEIGHTS once", () => {
    expect(new Set(TRUST_SIGNAL_KEYS).size).toBe(13);
    expect(Object.keys(TRUST_SIGNAL_FACETS).sort()).toEqual([...TRUST_SIGNAL_KEYS].sort());
    expect(Object.keys(TRUST_WEIGHTS.values).sort()).toEqual([...TRUST_SIGNAL_KEYS].sort());
  });
});

describe("TRUST_SIGNAL_FACETS", () => {
  it("matches the documented example", () => {
    expect(TRUST_SIGNAL_FACETS.topicConcentration).toBe("authority");
  });
});

describe("TrustWeightTable", () => {
  it("matches the documented example", () => {
    const table: TrustWeightTable = { source: "my team, 2026", values: { ...TRUST_WEIGHTS.values, sponsoredShare: 20 } };
    expect(table.values.sponsoredShare).toBe(20);
  });
});

describe("TRUST_WEIGHTS", () => {
  it("matches the documented example", () => {
    // 20 + 10 + 10 + 5 + 5 + 5 + 10 + 10 + 5 + 6 + 6 + 4 + 4 = 100
    expect(Object.values(TRUST_WEIGHTS.values).reduce((sum, weight) => sum + weight, 0)).toBe(100);
  });

  it("gives authenticity 55, credibility 25 and authority 20", () => {
    const byFacet: Record<TrustFacet, number> = { authenticity: 0, credibility: 0, authority: 0 };
    for (const key of TRUST_SIGNAL_KEYS) byFacet[TRUST_SIGNAL_FACETS[key]] += TRUST_WEIGHTS.values[key];
    expect(byFacet).toEqual({ authenticity: 55, credibility: 25, authority: 20 });
  });
});

describe("TrustThresholdKey", () => {
  it("matches the documented example", () => {
    const key: TrustThresholdKey = "spikeZ";
    expect(TRUST_THRESHOLDS[key].value).toBe(3.5);
  });
});

describe("TrustThreshold", () => {
  it("matches the documented example", () => {
    const threshold: TrustThreshold = { value: 0.75, source: "my team's vetting policy, 2026" };
    expect(threshold.value).toBe(0.75);
  });
});

describe("TRUST_THRESHOLDS", () => {
  it("matches the documented example", () => {
    expect(TRUST_THRESHOLDS.authenticShareWarning).toEqual({
      value: 0.75,
      source: "Modash, Instagram audience details (help centre), undated: below 75% audience credibility is often a sign of fraud",
      url: "https://help.modash.io/en/articles/3274068-instagram-audience-details",
    });
  });

  it("gives every threshold a finite non-negative value and a source", () => {
    for (const threshold of Object.values(TRUST_THRESHOLDS)) {
      expect(Number.isFinite(threshold.value) && threshold.value >= 0).toBe(true);
      expect(threshold.source.length).toBeGreaterThan(10);
    }
  });

  it("orders every ramp's ends the way the signals read them", () => {
    const t = (key: TrustThresholdKey): number => TRUST_THRESHOLDS[key].value;
    expect(t("authenticShareZero")).toBeLessThan(t("authenticShareFull"));
    expect(t("authenticShareCritical")).toBeLessThanOrEqual(t("authenticShareWarning"));
    expect(t("engagementPercentileZero")).toBeLessThan(t("engagementPercentileFull"));
    expect(t("followRatioFull")).toBeLessThan(t("followRatioZero"));
    expect(t("commentsPerLikeZero")).toBeLessThan(t("commentsPerLikeLow"));
    expect(t("commentsPerLikeLow")).toBeLessThan(t("commentsPerLikeHigh"));
    expect(t("sponsoredShareFull")).toBeLessThan(t("sponsoredShareZero"));
    expect(t("brandMentionsFull")).toBeLessThan(t("brandMentionsZero"));
  });
});

describe("TrustBand", () => {
  it("matches the documented example", () => {
    const band: TrustBand = scoreTrust({ platform: "instagram", followers: 5_000 }).band;
    expect(band).toBe("unknown");
  });
});

describe("TrustBandTable", () => {
  it("matches the documented example", () => {
    const table: TrustBandTable = { source: "my team, 2026", cutoffs: { questionable: 25, fair: 50, good: 70, excellent: 85 } };
    expect(table.cutoffs.good).toBe(70);
  });
});

describe("TRUST_BANDS", () => {
  it("matches the documented example", () => {
    expect(TRUST_BANDS.cutoffs).toEqual({ questionable: 30, fair: 60, good: 75, excellent: 90 });
  });

  it("puts each band's lower cut-off inside the band", () => {
    // Audience 0.5 + k·0.4 gives a sub-score of 100·k; with one signal the score is that sub-score (and, with the other
    // signals weighted 0, the confidence 1, enough for a band).
    const alone = { weights: Object.fromEntries(TRUST_SIGNAL_KEYS.map((key) => [key, key === "audienceAuthenticity" ? 1 : 0])) };
    const bandAt = (share: number): TrustBand => scoreTrust({ platform: "x", followers: 10, audience: { authenticShare: share } }, alone).band;
    expect([bandAt(0.5), bandAt(0.62), bandAt(0.74), bandAt(0.8), bandAt(0.86)]).toEqual(["low", "questionable", "fair", "good", "excellent"]);
    expect([bandAt(0.6195), bandAt(0.7395), bandAt(0.7995), bandAt(0.8595)]).toEqual(["low", "questionable", "fair", "good"]);
  });
});

describe("TrustFlagCode", () => {
  it("matches the documented example", () => {
    const code: TrustFlagCode = "follower-spike";
    expect(TRUST_FLAG_CODES.includes(code)).toBe(true);
  });
});

describe("TRUST_FLAG_CODES", () => {
  it("matches the documented example", () => {
    expect(TRUST_FLAG_CODES.length).toBe(11);
  });

  it("includes the codes the issue requires", () => {
    for (const code of ["engagement-too-low", "follower-spike", "follower-purge", "follow-for-follow", "comment-ratio-low", "engagement-pod-suspected", "sponsored-saturation"]) {
      expect(TRUST_FLAG_CODES).toContain(code);
    }
  });
});

describe("TrustFlagSeverity", () => {
  it("matches the documented example", () => {
    const severity: TrustFlagSeverity = "warning";
    expect(severity).toBe("warning");
  });
});

describe("TrustFlagEvidence", () => {
  it("matches the documented example", () => {
    const evidence: TrustFlagEvidence = { sponsoredShare: 0.6, threshold: 0.5, sponsoredPosts: 12, posts: 20 };
    expect(evidence["sponsoredShare"]).toBe(0.6);
  });
});

describe("TrustFlag", () => {
  it("matches the documented example", () => {
    const flag: TrustFlag = {
      code: "sponsored-saturation",
      severity: "warning",
      message: "12 of 20 posts (0.6) are sponsored, above the 0.5 threshold",
      evidence: { sponsoredShare: 0.6, threshold: 0.5, sponsoredPosts: 12, posts: 20 },
    };
    expect(flag.code).toBe("sponsored-saturation");
  });
});

describe("TrustWeightOverrides", () => {
  it("matches the documented example", () => {
    const weights: TrustWeightOverrides = { sponsoredShare: 0, audienceAuthenticity: 40 };
    expect(weights.sponsoredShare).toBe(0);
  });
});

describe("TrustThresholdOverrides", () => {
  it("matches the documented example", () => {
    const thresholds: TrustThresholdOverrides = { sponsoredSaturationShare: 0.4, windowDays: 14 };
    expect(thresholds.windowDays).toBe(14);
  });
});

describe("TrustFactor", () => {
  it("matches the documented example", () => {
    const factor: TrustFactor = {
      key: "sponsoredShare",
      facet: "credibility",
      value: 0.6,
      weight: 0.1,
      subScore: 33.3,
      contribution: 3.33,
      reason: "12 of 20 posts: 0.6 of posts are sponsored (full credit up to 0.2, none from 0.8)",
    };
    // 0.1 · 33.3 = 3.33
    expect(Number((factor.weight * (factor.subScore ?? 0)).toFixed(2))).toBe(3.33);
  });
});

describe("TrustFacets", () => {
  it("matches the documented example", () => {
    const facets: TrustFacets = { authenticity: 91.2, credibility: null, authority: 64 };
    expect(facets.credibility).toBeNull();
  });
});

describe("TrustProvenance", () => {
  it("matches the documented example", () => {
    const provenance: TrustProvenance = scoreTrust({ platform: "x", followers: 10 }).provenance;
    expect([provenance.audience, provenance.thresholdOverrides]).toEqual(["none", []]);
  });
});
