// Worked examples of the report's one-line summaries (`reasons`, written by src/report/describeReport.ts):
// each profile is built by hand and each expected line is the whole sentence, worked out in the comment
// beside it. Every report is computed inside its test: mutation testing does not see work done while a
// `describe` block is collected (docs/mutation/trust.md, finding 2).
import { describe, expect, it } from "vitest";
import { scoreInfluencer } from "../../src/index.js";

/** Trust weights with every signal but the audience audit at 0. */
const AUDIENCE_ONLY = {
  engagementRate: 0,
  followerGrowth: 0,
  followRatio: 0,
  commentShare: 0,
  engagementPattern: 0,
  sponsoredShare: 0,
  sponsoredEngagement: 0,
  brandMentions: 0,
  topicConcentration: 0,
  conversationDepth: 0,
  postingRegularity: 0,
  accountAge: 0,
} as const;

describe("describeReport (the report's reasons)", () => {
  describe("tier", () => {
    it("groups a distance to the next tier of a million or more by thousands", () => {
      // iab-uk: Top runs from 1,000,000 to 5,000,000, then VIP; 5,000,000 − 3,800,000 = 1,200,000 short of VIP
      const report = scoreInfluencer({ platform: "instagram", followers: 3_800_000 }, { tierScheme: "iab-uk" });
      expect(report.reasons[0]).toBe("Tier: Top (mega) under the iab-uk scheme, 1,200,000 followers short of VIP.");
    });
  });

  describe("engagement", () => {
    it("gives the shrunk typical rate per 100 followers, to three significant digits, from measured posts", () => {
      // 10 posts of 400 likes + 20 comments on 20,000 followers: each 420 / 20,000 = 2.1 per 100. The estimate is the
      // documented shrinkage (scoreEngagement, step 2), toward the Modash 10k–50k cell (median 0.00965609, cut-offs
      // 0.0039, 0.0084, 0.0111, 0.0261 at percentiles 10, 40, 60, 90; post spread 0.5, 4 prior posts). The posts are
      // equal, so their own spread is 0: V = (13/11)·(π/2)·0.5²/10, τ = the least-squares slope of the log cut-offs on
      // the z of their percentiles = 0.734457, B = V / (V + τ²) = 0.0792, y = ln(420.05 / 20,000):
      //   python3 -c "import math; from statistics import NormalDist as N; c=[0.0039,0.0084,0.0111,0.0261]; L=[math.log(x) for x in c];
      //     Z=[N().inv_cdf(p/100) for p in (10,40,60,90)]; mz=sum(Z)/4; ml=sum(L)/4;
      //     t=sum((z-mz)*(l-ml) for z,l in zip(Z,L))/sum((z-mz)**2 for z in Z); V=13/11*math.pi/2*0.25/10; B=V/(V+t*t);
      //     m=math.log(0.00965609); e=m+(1-B)*(math.log(420.05/20000)-m); print(100*math.exp(e), 100*N().cdf(Z[2]+(e-L[2])*(Z[3]-Z[2])/(L[3]-L[2])))"
      //   → 1.9748617375481055 82.79783788482959: "1.97" per 100 followers, percentile 82.8; between the 0.0111 and 0.0261
      //   cut-offs, so above-average
      const posts = Array.from({ length: 10 }, () => ({ likes: 400, comments: 20 }));
      const report = scoreInfluencer({ platform: "instagram", followers: 20_000, posts });
      expect(report.reasons[1]).toBe(
        "Engagement: above-average, percentile 82.8 among peers (estimated typical rate 1.97 interactions per 100 followers, from 10 posts).",
      );
    });

    it("gives the shrunk typical rate per 100 followers from a summary's averages", () => {
      // 40 posts averaging 200 likes + 10 comments on 5,000 followers. A summary's log rate is that of the mean less half
      // the post spread squared: y = ln((40 · 210 + 0.5) / (40 · 5,000)) − 0.5² / 2; with no spread of its own
      // V = (4/2) · 0.5² / 40 = 0.0125. Modash 5k–10k cell: median 0.0142302, cut-offs 0.0062, 0.0125, 0.0162, 0.0354,
      // so τ = 0.673390, 1 − B = 0.973173 (the python of the test above with these numbers)
      //   → 3.612720843555681 per 100 followers, percentile 90.46139333983967: "3.61", 90.5, above the 0.0354 cut-off: high
      const report = scoreInfluencer({ platform: "instagram", followers: 5_000, summary: { postCount: 40, avgLikes: 200, avgComments: 10 } });
      expect(report.reasons[1]).toBe(
        "Engagement: high, percentile 90.5 among peers (estimated typical rate 3.61 interactions per 100 followers, from averages over 40 posts).",
      );
    });
  });

  describe("trust", () => {
    it("names an info flag as worth a look, apart from the warning flags", () => {
      // The account is 30 days old on 2026-01-31 (< 60: account-new, severity info). Signals with data: the audit's
      // authentic share 0.9 (full credit, weight 20) and the account age (30 / 365 of the credit, weight 4):
      // (20 · 100 + 4 · 100 · 30/365) / 24 = 2,032.877 / 24 = 84.7; 24 of the weight 100 = 0.24, too little for a band;
      // range 2,032.877 / 100 = 20.3 to (2,032.877 + 76 · 100) / 100 = 96.3
      const report = scoreInfluencer(
        { platform: "instagram", followers: 10_000, accountCreatedAt: "2026-01-01", audience: { authenticShare: 0.9 } },
        { now: "2026-01-31" },
      );
      expect(report.trust.flags.map((flag) => [flag.code, flag.severity])).toEqual([["account-new", "info"]]);
      expect(report.reasons[2]).toBe(
        // "no warning flags" alone read like nothing flagged; an info flag is "worth a look" (docs/flags.md)
        "Trust: 84.7 of 100 (too little evidence for a band) from 2 of 13 signals (0.24 of the weight; 20.3 to 96.3 with the others at 0 or 100), no warning flags; worth a look: account-new.",
      );
    });

    it("lists the critical and warning flags, in the trust model's order, then the info flag as worth a look", () => {
      // As above with an audit of 0.4 (< 0.5: audience-fake-heavy, critical, credit 0) and following 9,999 of 9,999
      // followers (ratio 10,000 / 10,000 = 1 ≥ 0.8 with ≥ 1,500 following: follow-for-follow, warning; credit halfway
      // down the log ramp from 0.5 to 2 = 0.5, weight 5):
      // (20 · 0 + 5 · 50 + 4 · 100 · 30/365) / 29 = 282.877 / 29 = 9.75 → 9.8 (low), below the cap 59.9, so not capped;
      // 29 of the weight = 0.29; range 282.877 / 100 = 2.8 to (282.877 + 71 · 100) / 100 = 73.8, capped at 59.9
      const report = scoreInfluencer(
        { platform: "instagram", followers: 9_999, following: 9_999, accountCreatedAt: "2026-01-01", audience: { authenticShare: 0.4 } },
        { now: "2026-01-31" },
      );
      expect(report.trust.flags.map((flag) => flag.severity)).toEqual(["critical", "warning", "info"]);
      expect(report.reasons[2]).toBe(
        "Trust: 9.8 of 100 (low) from 3 of 13 signals (0.29 of the weight; 2.8 to 59.9 with the others at 0 or 100), flags: audience-fake-heavy, follow-for-follow; worth a look: account-new.",
      );
    });

    it("gives no range when the signals without data carry no weight", () => {
      // Every weight but the audience audit's set to 0: the audit 0.8 is 3/4 of the way from 0.5 to 0.9, 75 points;
      // the 12 signals without data carry 0 of the weight, so the score could not move: 75 to 75, not written
      const report = scoreInfluencer({ platform: "instagram", followers: 10_000, audience: { authenticShare: 0.8 } }, { trust: { weights: AUDIENCE_ONLY } });
      expect(report.trust.range).toEqual({ lower: 75, upper: 75 });
      // "all of the weight", not "1 of the weight", which read like one unit of it
      expect(report.reasons[2]).toBe("Trust: 75 of 100 (good) from 1 of 13 signals (all of the weight), no warning flags.");
    });

    it("never writes a share of the weight below 1 as 1", () => {
      // The audit weighted 9,999 and the account age, without data, 1: 9,999 / 10,000 = 0.9999 of the weight,
      // which three significant digits read "1"; the range (74.9925 to 75.0025) rounds to 75 to 75, not written
      const weights = { ...AUDIENCE_ONLY, audienceAuthenticity: 9_999, accountAge: 1 };
      const report = scoreInfluencer({ platform: "instagram", followers: 10_000, audience: { authenticShare: 0.8 } }, { trust: { weights } });
      expect(report.trust.confidence).toBe(0.9999);
      expect(report.reasons[2]).toBe("Trust: 75 of 100 (good) from 1 of 13 signals (0.9999 of the weight), no warning flags.");
    });

    it("says why there is no score without repeating the model's 'score unavailable' prefix", () => {
      // The only signal with data (the audit) has weight 0: the model's reason is
      // "score unavailable: every signal with data has weight 0"
      const report = scoreInfluencer({ platform: "instagram", followers: 10_000, audience: { authenticShare: 0.9 } }, { trust: { weights: { audienceAuthenticity: 0 } } });
      expect(report.trust.reasons).toEqual(["score unavailable: every signal with data has weight 0"]);
      expect(report.reasons[2]).toBe("Trust: no score (every signal with data has weight 0).");
    });
  });

  describe("edge cases", () => {
    // Trust numbers are written as the trust model's reasons write them (its `show`: at most three decimals, three
    // significant digits for a tiny number, never an exponent; CONTRIBUTING rule 15). A cap the caller sets
    // (trust.thresholds.criticalFlagCap, any number in [0, 100]) is the only way to a score with more decimals.
    it("writes a tiny capped score without an exponent", () => {
      // follow ratio (30,000 + 1) / (12,000 + 1) ≈ 2.5 ≥ 2: credit 0, critical; audit 0.95: credit 1. Uncapped
      // (20 · 100 + 5 · 0) / 25 = 80, capped at the given 0.0000001 (String() writes it "1e-7"); the range 20 to 95 is
      // capped to 0.0000001 at both ends, so it is not written
      const report = scoreInfluencer(
        { platform: "instagram", followers: 12_000, following: 30_000, audience: { authenticShare: 0.95 } },
        { trust: { thresholds: { criticalFlagCap: 0.0000001 } } },
      );
      expect(report.trust.reasons[0]).toBe("score 0.0000001 (low) from 2 of 13 signals, carrying 0.25 of the total weight");
      expect(report.reasons[2]).toBe("Trust: 0.0000001 of 100 (low, capped from 80 by a critical flag) from 2 of 13 signals (0.25 of the weight), flags: follow-for-follow.");
    });

    it("writes a range capped to a tiny number without an exponent", () => {
      // Only the follow ratio has data (credit 0, critical): the score is 0, not capped (0 is below the cap); the range
      // runs from 0 to (5 · 0 + 95 · 100) / 100 = 95, capped at the given 0.0000001; 5 of the weight 100 = 0.05
      const report = scoreInfluencer({ platform: "instagram", followers: 12_000, following: 30_000 }, { trust: { thresholds: { criticalFlagCap: 0.0000001 } } });
      expect(report.trust.range).toEqual({ lower: 0, upper: 0.0000001 });
      expect(report.reasons[2]).toBe("Trust: 0 of 100 (low) from 1 of 13 signals (0.05 of the weight; 0 to 0.0000001 with the others at 0 or 100), flags: follow-for-follow.");
    });

    it("writes a capped score with the trust model's three decimals", () => {
      // As the first case, capped at the given 12.3456789: the trust model's reasons say "score 12.346" and so does the summary
      const report = scoreInfluencer(
        { platform: "instagram", followers: 12_000, following: 30_000, audience: { authenticShare: 0.95 } },
        { trust: { thresholds: { criticalFlagCap: 12.3456789 } } },
      );
      expect(report.trust.reasons[1]).toBe("capped at 12.346 by critical flag follow-for-follow (uncapped 80)");
      expect(report.reasons[2]).toBe("Trust: 12.346 of 100 (low, capped from 80 by a critical flag) from 2 of 13 signals (0.25 of the weight), flags: follow-for-follow.");
    });
  });

  describe("fair flat fee", () => {
    // 10,000 Instagram followers, no posts: 3,772 impressions × √75 ÷ 1,000 = 32.66647823074903 USD (the median), with
    // sigma ln 3 / √2 / z(0.9) = 0.6061685 (a ×3 band from the 10th to the 90th percentile); the ends sit at
    // median × e^(sigma · z(quantile)):
    //   python3 -c "import math; from statistics import NormalDist as N; f=3772*math.sqrt(75)/1000; s=math.log(3)/math.sqrt(2)/N().inv_cdf(0.9);
    //     print(f, [f*math.exp(s*N().inv_cdf(q)) for q in (0.4999999, 0.5000001)])"
    //   → 32.66647823074903 [32.66647326727691, 32.6664831942219]
    it("tells apart the ends of a range that four digits would write alike", () => {
      // Median to 0.5000001: 32.66647823 to 32.66648319, both "32.67" at four digits (was "(32.67 USD to 32.67 USD)");
      // eight digits tell them apart (32.666478, 32.666483), and the median is written with as many
      const report = scoreInfluencer({ platform: "instagram", followers: 10_000 }, { compensation: { quantiles: { low: 0.5, high: 0.5000001 } } });
      expect(report.reasons[3]).toBe("Fair flat fee: about 32.666478 USD per post (32.666478 USD to 32.666483 USD).");
    });

    it("tells the median apart from both ends when all three are close", () => {
      // 0.4999999 to 0.5000001: 32.666473, 32.666478, 32.666483 at eight digits (all three were "32.67 USD")
      const report = scoreInfluencer({ platform: "instagram", followers: 10_000 }, { compensation: { quantiles: { low: 0.4999999, high: 0.5000001 } } });
      expect(report.reasons[3]).toBe("Fair flat fee: about 32.666478 USD per post (32.666473 USD to 32.666483 USD).");
    });

    it("writes one amount when the range has no width", () => {
      // Both quantiles 0.5: low = median = high = 32.66647823074903 (was "(32.67 USD to 32.67 USD)")
      const report = scoreInfluencer({ platform: "instagram", followers: 10_000 }, { compensation: { quantiles: { low: 0.5, high: 0.5 } } });
      expect(report.flatFee.cost).toEqual({ low: 32.66647823074903, expected: 32.66647823074903, high: 32.66647823074903 });
      expect(report.reasons[3]).toBe("Fair flat fee: about 32.67 USD per post.");
    });

    it("keeps four digits when they tell the ends apart", () => {
      // Default quantiles 0.1 and 0.9: 32.666 ÷ 3^(1/√2) = 15.02 and × 3^(1/√2) = 71.04
      const report = scoreInfluencer({ platform: "instagram", followers: 10_000 });
      expect(report.reasons[3]).toBe("Fair flat fee: about 32.67 USD per post (15.02 USD to 71.04 USD).");
    });
  });

  describe("recommended deal", () => {
    it("keeps the comparison's why without its leading model name", () => {
      // 1,000,000 Instagram followers, no posts: the fee is 228,850 impressions × √75 USD per 1,000 (the fee test in
      // scoreInfluencer.test.ts). With a click-through rate of 0.01 and a conversion rate of 0.02 given, those impressions
      // bring 228,850 × 0.01 × 0.02 = 45.77 conversions, so the flat fee costs √75 / (1,000 × 0.01 × 0.02) = 43.30127
      // USD per conversion ("43.3 USD", four significant digits). The comparison's first reason reads
      // "flat-fee: the lowest expected cost per conversion, 43.3 USD, among the deals the creator accepts"
      const report = scoreInfluencer(
        { platform: "instagram", followers: 1_000_000 },
        { compensation: { costPerClick: 0.5, averageOrderValue: 40, clickThroughRate: 0.01, conversionRate: 0.02 } },
      );
      expect(report.compensation?.recommendation.reasons[0]).toBe("flat-fee: the lowest expected cost per conversion, 43.3 USD, among the deals the creator accepts");
      expect(report.reasons[4]).toBe("Recommended deal: flat-fee (the lowest expected cost per conversion, 43.3 USD, among the deals the creator accepts).");
    });

    it("quotes the caller's flat fee exactly", () => {
      // A conversion rate of 0: no conversions, so the deals are ranked by expected cost, the flat fee's being the
      // caller's 1,234.56 (R15: an amount the caller gave is written exactly; it read "1,235 USD")
      const report = scoreInfluencer(
        { platform: "instagram", followers: 10_000 },
        { compensation: { costPerClick: 0.5, averageOrderValue: 50, flatFee: 1234.56, conversionRate: 0 } },
      );
      expect(report.reasons[4]).toBe("Recommended deal: flat-fee (the lowest expected cost (no conversions are expected), 1,234.56 USD, among the deals the creator accepts).");
    });
  });
});
