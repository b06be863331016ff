import { describe, expect, it } from "vitest";
import {
  compareCompensation,
  estimateFlatFee,
  estimatePayPerClick,
  estimateReferral,
  RATE_CARD,
  type InputIssue,
} from "../../src/index.js";
import { issuesOf } from "../arbitraries/laws.js";

const profile = { platform: "instagram", followers: 10_000 } as const;

describe("invalid options", () => {
  const cases: readonly [string, () => unknown, InputIssue][] = [
    ["a negative price", () => estimatePayPerClick(profile, { costPerClick: -1 }), { path: ["costPerClick"], code: "too_small", message: "costPerClick: expected an amount between 0.000001 and 1000000000000, received -1" }],
    ["a missing price", () => estimatePayPerClick(profile, {} as never), { path: ["costPerClick"], code: "invalid_type", message: "costPerClick: expected an amount between 0.000001 and 1000000000000, received nothing" }],
    ["no options where a price is required", () => estimatePayPerClick(profile, null as never), { path: [], code: "invalid_type", message: "expected an options object with costPerClick, received null" }],
    ["a rate above 1", () => estimatePayPerClick(profile, { costPerClick: 1, clickThroughRate: 1.5 }), { path: ["clickThroughRate"], code: "too_big", message: "clickThroughRate: expected a number between 0 and 1, received 1.5" }],
    ["a negative cap", () => estimatePayPerClick(profile, { costPerClick: 1, cap: -5 }), { path: ["cap"], code: "too_small", message: "cap: expected an amount between 0.000001 and 1000000000000, received -5" }],
    ["a referral without an order value", () => estimateReferral(profile, { commissionRate: 0.1 } as never), { path: ["averageOrderValue"], code: "invalid_type", message: "averageOrderValue: expected an amount between 0.000001 and 1000000000000, received nothing" }],
    ["a negative commission", () => estimateReferral(profile, { averageOrderValue: 10, commissionRate: -0.1 }), { path: ["commissionRate"], code: "too_small", message: "commissionRate: expected a number between 0 and 1, received -0.1" }],
    ["a bounty that is not a number", () => estimateReferral(profile, { averageOrderValue: 10, bountyPerConversion: Number.NaN }), { path: ["bountyPerConversion"], code: "invalid_type", message: "bountyPerConversion: expected an amount between 0.000001 and 1000000000000, received NaN" }],
    ["an unknown currency format", () => estimateFlatFee(profile, { currency: "usd" }), { path: ["currency"], code: "invalid_value", message: 'currency: expected an ISO 4217 currency code of three capital letters, such as "USD", received "usd"' }],
    ["a currency other than the rate card's", () => estimateFlatFee(profile, { currency: "EUR" }), { path: ["currency"], code: "invalid_value", message: 'currency: expected "USD", the rate card\'s currency (pass a rateCard priced in EUR to use it), received "EUR"' }],
    ["fractional days", () => estimateFlatFee(profile, { usageRightsDays: 1.5 }), { path: ["usageRightsDays"], code: "invalid_type", message: "usageRightsDays: expected a whole number of days ≥ 0, received 1.5" }],
    ["negative days", () => estimateFlatFee(profile, { exclusivityDays: -1 }), { path: ["exclusivityDays"], code: "too_small", message: "exclusivityDays: expected a whole number of days ≥ 0, received -1" }],
    ["an unknown format", () => estimateFlatFee(profile, { format: "podcast" as never }), { path: ["format"], code: "invalid_value", message: 'format: expected one of "image", "carousel", "reel", "story", "video", "short", "live", "text", received "podcast"' }],
    ["a zero demand multiplier", () => estimateFlatFee(profile, { demand: 0 }), { path: ["demand"], code: "too_small", message: "demand: expected a multiplier between 0.001 and 1000, received 0" }],
    ["a low quantile above the median", () => estimateFlatFee(profile, { quantiles: { low: 0.6 } }), { path: ["quantiles", "low"], code: "too_big", message: "quantiles.low: expected a probability between 0.001 and 0.5, received 0.6" }],
    ["a high quantile of 1", () => estimateFlatFee(profile, { quantiles: { high: 1 } }), { path: ["quantiles", "high"], code: "too_big", message: "quantiles.high: expected a probability between 0.5 and 0.999, received 1" }],
    ["a hybrid without a margin", () => compareCompensation(profile, { costPerClick: 1, averageOrderValue: 10, hybrid: true }), { path: ["margin"], code: "invalid_type", message: "margin: expected a number between 0 and 1 when hybrid is true, received nothing" }],
    ["a negative risk aversion", () => compareCompensation(profile, { costPerClick: 1, averageOrderValue: 10, riskAversion: -1 }), { path: ["riskAversion"], code: "too_small", message: "riskAversion: expected a number between 0 and 100, received -1" }],
    ["an absurd risk aversion", () => compareCompensation(profile, { costPerClick: 1, averageOrderValue: 10, riskAversion: 101 }), { path: ["riskAversion"], code: "too_big", message: "riskAversion: expected a number between 0 and 100, received 101" }],
    ["a price above a trillion", () => estimatePayPerClick(profile, { costPerClick: 1e13 }), { path: ["costPerClick"], code: "too_big", message: "costPerClick: expected an amount between 0.000001 and 1000000000000, received 10000000000000" }],
    ["a demand multiplier above 1,000", () => estimateFlatFee(profile, { demand: 5_000 }), { path: ["demand"], code: "too_big", message: "demand: expected a multiplier between 0.001 and 1000, received 5000" }],
    ["a rate card CPM above a million", () => estimateFlatFee(profile, { rateCard: { ...RATE_CARD, cpm: { ...RATE_CARD.cpm, default: { expected: 2e6, source: "mine" } } } }), { path: ["rateCard", "cpm", "default", "expected"], code: "too_big", message: "rateCard.cpm.default.expected: expected a number between 0.000000001 and 1000000, received 2000000" }],
    ["a zero flat fee", () => compareCompensation(profile, { costPerClick: 1, averageOrderValue: 10, flatFee: 0 }), { path: ["flatFee"], code: "too_small", message: "flatFee: expected an amount between 0.000001 and 1000000000000, received 0" }],
    ["a compare currency other than the rate card's", () => compareCompensation(profile, { costPerClick: 1, averageOrderValue: 10, currency: "GBP" }), { path: ["currency"], code: "invalid_value", message: 'currency: expected "USD", the rate card\'s currency (pass a rateCard priced in GBP to use it), received "GBP"' }],
    ["a rate card band upside down", () => estimateFlatFee(profile, { rateCard: { ...RATE_CARD, cpm: { ...RATE_CARD.cpm, instagram: { low: 15, high: 5, source: "mine" } } } }), { path: ["rateCard", "cpm", "instagram", "high"], code: "invalid_value", message: "rateCard.cpm.instagram.high: expected at least low and at most 1000 × low, received 5" }],
    ["a rate card entry without a value", () => estimateFlatFee(profile, { rateCard: { ...RATE_CARD, cpm: { ...RATE_CARD.cpm, instagram: { source: "mine" } as never } } }), { path: ["rateCard", "cpm", "instagram", "expected"], code: "invalid_value", message: "rateCard.cpm.instagram.expected: expected a value: give expected, or both low and high, received nothing" }],
    ["a rate card median outside its band", () => estimateFlatFee(profile, { rateCard: { ...RATE_CARD, cpm: { ...RATE_CARD.cpm, instagram: { expected: 20, low: 5, high: 15, source: "mine" } } } }), { path: ["rateCard", "cpm", "instagram", "expected"], code: "invalid_value", message: "rateCard.cpm.instagram.expected: expected a median between low and high, received 20" }],
    ["a rate card rate above 1", () => estimateFlatFee(profile, { rateCard: { ...RATE_CARD, clickThroughRate: { default: { expected: 2, source: "mine" } } } }), { path: ["rateCard", "clickThroughRate", "default", "expected"], code: "too_big", message: "rateCard.clickThroughRate.default.expected: expected a number between 0.000000001 and 1, received 2" }],
    ["reach bands not starting at 0", () => estimateFlatFee(profile, { rateCard: { ...RATE_CARD, reachRate: { instagram: { default: [{ minFollowers: 5, expected: 0.1, source: "mine" }] } } } }), { path: ["rateCard", "reachRate", "instagram", "default"], code: "invalid_value", message: "rateCard.reachRate.instagram.default: expected bands starting at 0 followers with strictly rising minFollowers, received an array" }],
    ["usage-rights points out of order", () => estimateFlatFee(profile, { rateCard: { ...RATE_CARD, usageRights: { ...RATE_CARD.usageRights, points: [{ days: 30, premium: 0.5 }, { days: 10, premium: 0.1 }] } } }), { path: ["rateCard", "usageRights", "points"], code: "invalid_value", message: "rateCard.usageRights.points: expected points with rising days and non-decreasing premiums, received an array" }],
    ["a market band upside down", () => estimateFlatFee(profile, { rateCard: { ...RATE_CARD, marketRates: { default: { ...RATE_CARD.marketRates.default, nano: { low: 50, high: 10, source: "mine" } } } } }), { path: ["rateCard", "marketRates", "default", "nano", "high"], code: "invalid_value", message: "rateCard.marketRates.default.nano.high: expected at least low, received 10" }],
    ["a rate card that is not an object", () => estimateFlatFee(profile, { rateCard: null as never }), { path: ["rateCard"], code: "invalid_type", message: "rateCard: expected a rate card object (start from a copy of RATE_CARD), received null" }],
  ];

  for (const [what, run, issue] of cases) {
    it(`rejects ${what} with the option's path`, () => {
      expect(issuesOf(run)).toEqual([issue]);
    });
  }

  it("gives finite results for a rate card at the edges of every bound", () => {
    // Each value at the end of its range that makes results largest: before the bounds, a format premium of
    // 1e308, a usage, whitelisting or exclusivity premium of 1e308, a typical real share of 5e-324 (the real-share
    // factor) or a default-format reach rate of 5e-324 (a summary's ratio for another format) gave Infinity.
    const tiny = { expected: 1e-9, source: "edge" };
    const edge = {
      ...RATE_CARD,
      reachRate: { instagram: { default: [{ minFollowers: 0, expected: 1e-9, source: "edge" }] as const, story: [{ minFollowers: 0, expected: 1e6, source: "edge" }] as const } },
      cpm: { default: { expected: 1e6, source: "edge" } },
      typicalAuthenticShare: { ...RATE_CARD.typicalAuthenticShare, value: 0.01 },
      formatPremium: { instagram: { story: { multiplier: 1_000, source: "edge" } } },
      usageRights: { ...RATE_CARD.usageRights, points: [{ days: 1, premium: 100 }] as const },
      whitelisting: { ...RATE_CARD.whitelisting, premiumPer30Days: 100 },
      exclusivity: { ...RATE_CARD.exclusivity, premiumPer30Days: 100 },
      conversionRate: { nano: tiny, micro: tiny, mid: tiny, macro: tiny, mega: tiny },
    };
    const big = { platform: "instagram", followers: 1e9, audience: { authenticShare: 1 }, summary: { avgLikes: 1e9, avgComments: 1e9, avgReach: 1e12, postCount: 10 } } as const;
    const days = { usageRightsDays: 36_500, whitelistingDays: 36_500, exclusivityDays: 36_500 };
    const results = [
      estimateFlatFee(big, { format: "story", rateCard: edge, demand: 1_000, ...days }),
      estimateFlatFee({ ...big, summary: undefined }, { format: "story", rateCard: edge, demand: 1_000, ...days }),
      compareCompensation(big, { format: "story", rateCard: edge, costPerClick: 1e12, averageOrderValue: 1e12, riskAversion: 100, ...days }),
    ];
    const nonFinite: string[] = [];
    JSON.stringify(results, (key, value: unknown) => {
      if (typeof value === "number" && !Number.isFinite(value)) nonFinite.push(key);
      return value;
    });
    expect(nonFinite).toEqual([]);
  });

  it("rejects an invalid profile before the options", () => {
    expect(issuesOf(() => estimateFlatFee({ platform: "instagram", followers: -1 }, { demand: 0 }))).toEqual([
      { path: ["followers"], code: "too_small", message: "followers: expected a non-negative integer, received -1" },
    ]);
  });

  it("never says only 'Invalid input'", () => {
    const runs = [
      () => estimateFlatFee(null as never),
      () => estimateFlatFee(profile, "fast" as never),
      () => estimatePayPerClick(profile, { costPerClick: "1" as never }),
      () => estimateReferral(profile, { averageOrderValue: 10, commissionRate: "10%" as never }),
      () => compareCompensation(profile, { costPerClick: 1, averageOrderValue: 10, hybrid: "yes" as never, quantiles: [] as never }),
      () => estimateFlatFee(profile, { rateCard: { ...RATE_CARD, quality: null as never, conversionRate: {} as never } }),
    ];
    for (const run of runs) {
      for (const issue of issuesOf(run)) expect(issue.message).not.toContain("Invalid input");
    }
  });

  it("accepts a rate card it has validated before without checking it again", () => {
    const card = { ...RATE_CARD, compiledAt: "2027-01-01" };
    const first = estimateFlatFee(profile, { rateCard: card });
    expect(estimateFlatFee(profile, { rateCard: card })).toEqual(first);
  });
});

describe("currency", () => {
  // The shipped card priced in euros: same numbers, another code (for the test only).
  const euroCard = { ...RATE_CARD, currency: "EUR" };

  it("defaults to the rate card's currency, so a card in euros needs no currency option", () => {
    // Before, the default stayed "USD": the flat fee threw 'currency: expected "EUR" …, received "USD"',
    // a value the caller never passed, and pay-per-click and referral labelled euro amounts "USD".
    expect(estimateFlatFee(profile, { rateCard: euroCard }).currency).toBe("EUR");
    expect(estimatePayPerClick(profile, { costPerClick: 0.5, rateCard: euroCard }).currency).toBe("EUR");
    expect(estimateReferral(profile, { averageOrderValue: 40, commissionRate: 0.1, rateCard: euroCard }).currency).toBe("EUR");
    expect(compareCompensation(profile, { costPerClick: 0.5, averageOrderValue: 40, rateCard: euroCard }).currency).toBe("EUR");
  });

  it("defaults to USD with the shipped card", () => {
    expect(estimatePayPerClick(profile, { costPerClick: 0.5 }).currency).toBe("USD");
  });

  it("still refuses a currency the card is not priced in, for the flat fee", () => {
    expect(issuesOf(() => estimateFlatFee(profile, { rateCard: euroCard, currency: "USD" }))).toEqual([
      { path: ["currency"], code: "invalid_value", message: 'currency: expected "EUR", the rate card\'s currency (pass a rateCard priced in USD to use it), received "USD"' },
    ]);
  });
});
