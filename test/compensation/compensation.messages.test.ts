// The whole issue (path, code, message) for every field of the compensation
// options and of a caller's rate card. Every expected message is the schema's
// own text in src/compensation/options.ts (or the field builder's in
// src/schemas/fields.ts) followed by ", received <value>" as parseInput
// renders it: JSON for primitives, "an array", "an object" or "nothing".
//
// Why one test checks them all: the schemas are built on first use and cached,
// so Stryker's per-test coverage credits a mutant in a schema builder (an
// `{ error: … }` emptied, a message string blanked) only to the first test of a
// file that builds the schema. This file's first test builds all five
// (flat fee, pay-per-click, referral, comparison, rate card) and compares every
// message, so those mutants are run against the assertions that catch them.
import { describe, expect, it } from "vitest";
import {
  compareCompensation,
  estimateFlatFee,
  estimatePayPerClick,
  estimateReferral,
  type InputIssue,
} from "../../src/index.js";
import { issuesOf } from "../arbitraries/laws.js";
import { cardWith } from "./fixtures.js";

const profile = { platform: "instagram", followers: 10_000 } as const;
const click = { costPerClick: 1 } as const;
const referral = { averageOrderValue: 10 } as const;
const compare = { costPerClick: 1, averageOrderValue: 10 } as const;

/** The issues of a flat fee priced with a card broken at `path`. */
function cardIssues(path: readonly (string | number)[], value: unknown): readonly InputIssue[] {
  return issuesOf(() => estimateFlatFee(profile, { rateCard: cardWith(path, value) }));
}

const AMOUNT = "expected an amount between 0.000001 and 1000000000000";
const FRACTION = "expected a number between 0 and 1";
const DAYS = "expected a whole number of days ≥ 0";
const DEMAND = "expected a multiplier between 0.001 and 1000";
const LOW_QUANTILE = "expected a probability between 0.001 and 0.5";
const HIGH_QUANTILE = "expected a probability between 0.5 and 0.999";
const RISK_AVERSION = "expected a number between 0 and 100";
const CURRENCY = 'expected an ISO 4217 currency code of three capital letters, such as "USD"';
const FORMATS = 'expected one of "image", "carousel", "reel", "story", "video", "short", "live", "text"';
const ESTIMATE = "expected an estimate object with expected or low and high, and a source";
const CARD_VALUE = "expected a number between 0.000000001 and 1000000";
const RATE = "expected a number between 0.000000001 and 1";
const PREMIUM = "expected a premium between 0 and 100";
const SOURCE = "expected a non-empty string of at most 1000 characters";
const SOURCED = "expected an object with a source";
const EFFECT = "expected a number of at least 0 and below 1";
const TIERS = "expected an object with nano, micro, mid, macro and mega";

type Case = readonly [what: string, issues: () => readonly InputIssue[], expected: readonly InputIssue[]];

/** One issue, its message built from the path as formatPath writes it. */
function issue(path: readonly (string | number)[], code: InputIssue["code"], expected: string, received: string): InputIssue {
  const where = path.map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? key : `.${key}`)).join("");
  return { path, code, message: `${where === "" ? "" : `${where}: `}${expected}, received ${received}` };
}

const optionCases: readonly Case[] = [
  // estimateFlatFee
  ["fee options that are not an object", () => issuesOf(() => estimateFlatFee(profile, "fast" as never)), [issue([], "invalid_type", "expected an options object", '"fast"')]],
  ["a currency that is not text", () => issuesOf(() => estimateFlatFee(profile, { currency: 5 as never })), [issue(["currency"], "invalid_type", CURRENCY, "5")]],
  ["a currency in lower case", () => issuesOf(() => estimateFlatFee(profile, { currency: "usd" })), [issue(["currency"], "invalid_value", CURRENCY, '"usd"')]],
  ["a currency with a fourth letter after the code", () => issuesOf(() => estimatePayPerClick(profile, { ...click, currency: "USDX" })), [issue(["currency"], "invalid_value", CURRENCY, '"USDX"')]],
  ["a currency with a fourth letter before the code", () => issuesOf(() => estimatePayPerClick(profile, { ...click, currency: "XUSD" })), [issue(["currency"], "invalid_value", CURRENCY, '"XUSD"')]],
  ["a format that is not text", () => issuesOf(() => estimateFlatFee(profile, { format: 5 as never })), [issue(["format"], "invalid_type", FORMATS, "5")]],
  ["quantiles that are not an object", () => issuesOf(() => estimateFlatFee(profile, { quantiles: 5 as never })), [issue(["quantiles"], "invalid_type", "expected an object with low and high probabilities", "5")]],
  ["a low quantile that is not a number", () => issuesOf(() => estimateFlatFee(profile, { quantiles: { low: "a" as never } })), [issue(["quantiles", "low"], "invalid_type", LOW_QUANTILE, '"a"')]],
  ["a low quantile below 0.001", () => issuesOf(() => estimateFlatFee(profile, { quantiles: { low: 0.0005 } })), [issue(["quantiles", "low"], "too_small", LOW_QUANTILE, "0.0005")]],
  ["a low quantile above 0.5", () => issuesOf(() => estimateFlatFee(profile, { quantiles: { low: 0.6 } })), [issue(["quantiles", "low"], "too_big", LOW_QUANTILE, "0.6")]],
  ["a high quantile that is not a number", () => issuesOf(() => estimateFlatFee(profile, { quantiles: { high: "a" as never } })), [issue(["quantiles", "high"], "invalid_type", HIGH_QUANTILE, '"a"')]],
  ["a high quantile below 0.5", () => issuesOf(() => estimateFlatFee(profile, { quantiles: { high: 0.4 } })), [issue(["quantiles", "high"], "too_small", HIGH_QUANTILE, "0.4")]],
  ["a high quantile above 0.999", () => issuesOf(() => estimateFlatFee(profile, { quantiles: { high: 0.9995 } })), [issue(["quantiles", "high"], "too_big", HIGH_QUANTILE, "0.9995")]],
  ["a click-through rate above 1", () => issuesOf(() => estimateFlatFee(profile, { clickThroughRate: 2 })), [issue(["clickThroughRate"], "too_big", FRACTION, "2")]],
  ["a negative conversion rate", () => issuesOf(() => estimateFlatFee(profile, { conversionRate: -1 })), [issue(["conversionRate"], "too_small", FRACTION, "-1")]],
  ["a demand that is not a number", () => issuesOf(() => estimateFlatFee(profile, { demand: "a" as never })), [issue(["demand"], "invalid_type", DEMAND, '"a"')]],
  ["a demand below 0.001", () => issuesOf(() => estimateFlatFee(profile, { demand: 0.0005 })), [issue(["demand"], "too_small", DEMAND, "0.0005")]],
  ["a demand above 1,000", () => issuesOf(() => estimateFlatFee(profile, { demand: 1_001 })), [issue(["demand"], "too_big", DEMAND, "1001")]],
  ["a booking rate above 1", () => issuesOf(() => estimateFlatFee(profile, { bookingRate: 2 })), [issue(["bookingRate"], "too_big", FRACTION, "2")]],
  ["negative usage-rights days", () => issuesOf(() => estimateFlatFee(profile, { usageRightsDays: -1 })), [issue(["usageRightsDays"], "too_small", DAYS, "-1")]],
  ["fractional whitelisting days", () => issuesOf(() => estimateFlatFee(profile, { whitelistingDays: 1.5 })), [issue(["whitelistingDays"], "invalid_type", DAYS, "1.5")]],
  ["exclusivity days that are not a number", () => issuesOf(() => estimateFlatFee(profile, { exclusivityDays: "a" as never })), [issue(["exclusivityDays"], "invalid_type", DAYS, '"a"')]],
  // estimatePayPerClick
  ["click options that are not an object", () => issuesOf(() => estimatePayPerClick(profile, 5 as never)), [issue([], "invalid_type", "expected an options object with costPerClick", "5")]],
  ["a cost per click that is not a number", () => issuesOf(() => estimatePayPerClick(profile, { costPerClick: "1" as never })), [issue(["costPerClick"], "invalid_type", AMOUNT, '"1"')]],
  ["a cost per click of 0", () => issuesOf(() => estimatePayPerClick(profile, { costPerClick: 0 })), [issue(["costPerClick"], "too_small", AMOUNT, "0")]],
  ["a cost per click above a trillion", () => issuesOf(() => estimatePayPerClick(profile, { costPerClick: 2e12 })), [issue(["costPerClick"], "too_big", AMOUNT, "2000000000000")]],
  ["a cap of 0", () => issuesOf(() => estimatePayPerClick(profile, { ...click, cap: 0 })), [issue(["cap"], "too_small", AMOUNT, "0")]],
  ["a click currency in lower case", () => issuesOf(() => estimatePayPerClick(profile, { ...click, currency: "eur" })), [issue(["currency"], "invalid_value", CURRENCY, '"eur"')]],
  ["a click quantile above 0.5", () => issuesOf(() => estimatePayPerClick(profile, { ...click, quantiles: { low: 0.7 } })), [issue(["quantiles", "low"], "too_big", LOW_QUANTILE, "0.7")]],
  // estimateReferral
  ["referral options that are null", () => issuesOf(() => estimateReferral(profile, null as never)), [issue([], "invalid_type", "expected an options object with averageOrderValue", "null")]],
  ["a missing order value", () => issuesOf(() => estimateReferral(profile, {} as never)), [issue(["averageOrderValue"], "invalid_type", AMOUNT, "nothing")]],
  ["a commission above 1", () => issuesOf(() => estimateReferral(profile, { ...referral, commissionRate: 1.5 })), [issue(["commissionRate"], "too_big", FRACTION, "1.5")]],
  ["a bounty of 0", () => issuesOf(() => estimateReferral(profile, { ...referral, bountyPerConversion: 0 })), [issue(["bountyPerConversion"], "too_small", AMOUNT, "0")]],
  ["a referral format that is unknown", () => issuesOf(() => estimateReferral(profile, { ...referral, format: "podcast" as never })), [issue(["format"], "invalid_value", FORMATS, '"podcast"')]],
  // compareCompensation
  ["comparison options that are an array", () => issuesOf(() => compareCompensation(profile, [] as never)), [issue([], "invalid_type", "expected an options object with costPerClick and averageOrderValue", "an array")]],
  ["a margin above 1", () => issuesOf(() => compareCompensation(profile, { ...compare, margin: 2 })), [issue(["margin"], "too_big", FRACTION, "2")]],
  ["a risk aversion that is not a number", () => issuesOf(() => compareCompensation(profile, { ...compare, riskAversion: "a" as never })), [issue(["riskAversion"], "invalid_type", RISK_AVERSION, '"a"')]],
  ["a negative risk aversion", () => issuesOf(() => compareCompensation(profile, { ...compare, riskAversion: -1 })), [issue(["riskAversion"], "too_small", RISK_AVERSION, "-1")]],
  ["a risk aversion above 100", () => issuesOf(() => compareCompensation(profile, { ...compare, riskAversion: 101 })), [issue(["riskAversion"], "too_big", RISK_AVERSION, "101")]],
  ["a flat fee of 0", () => issuesOf(() => compareCompensation(profile, { ...compare, flatFee: 0 })), [issue(["flatFee"], "too_small", AMOUNT, "0")]],
  ["a hybrid flag that is not a boolean", () => issuesOf(() => compareCompensation(profile, { ...compare, hybrid: "yes" as never })), [issue(["hybrid"], "invalid_type", "expected true or false", '"yes"')]],
  ["a comparison without a cost per click", () => issuesOf(() => compareCompensation(profile, { averageOrderValue: 10 } as never)), [issue(["costPerClick"], "invalid_type", AMOUNT, "nothing")]],
  ["a comparison demand of 0", () => issuesOf(() => compareCompensation(profile, { ...compare, demand: 0 })), [issue(["demand"], "too_small", DEMAND, "0")]],
  ["a comparison bounty above a trillion", () => issuesOf(() => compareCompensation(profile, { ...compare, bountyPerConversion: 2e12 })), [issue(["bountyPerConversion"], "too_big", AMOUNT, "2000000000000")]],
];

const card = (...path: (string | number)[]): (string | number)[] => ["rateCard", ...path];

const cardCases: readonly Case[] = [
  ["a rate card that is a number", () => issuesOf(() => estimateFlatFee(profile, { rateCard: 5 as never })), [issue(card(), "invalid_type", "expected a rate card object (start from a copy of RATE_CARD)", "5")]],
  ["an empty compilation date", () => cardIssues(["compiledAt"], ""), [issue(card("compiledAt"), "too_small", "expected a non-empty string of at most 40 characters", '""')]],
  ["a card currency in lower case", () => cardIssues(["currency"], "usd"), [issue(card("currency"), "invalid_value", CURRENCY, '"usd"')]],
  ["a range spread that is not an object", () => cardIssues(["rangeSpread"], 5), [issue(card("rangeSpread"), "invalid_type", "expected an object with ratio and source", "5")]],
  ["a spread ratio that is not a number", () => cardIssues(["rangeSpread", "ratio"], "a"), [issue(card("rangeSpread", "ratio"), "invalid_type", "expected a number of at least 1", '"a"')]],
  ["a spread ratio below 1", () => cardIssues(["rangeSpread", "ratio"], 0.5), [issue(card("rangeSpread", "ratio"), "too_small", "expected a number of at least 1", "0.5")]],
  ["a spread ratio above 1,000", () => cardIssues(["rangeSpread", "ratio"], 1_001), [issue(card("rangeSpread", "ratio"), "too_big", "expected at most 1000", "1001")]],
  ["a spread without a source", () => cardIssues(["rangeSpread", "source"], undefined), [issue(card("rangeSpread", "source"), "invalid_type", SOURCE, "nothing")]],
  ["reach rates that are not an object", () => cardIssues(["reachRate"], 5), [issue(card("reachRate"), "invalid_type", "expected an object keyed by platform", "5")]],
  ["a platform's reach rates that are not an object", () => cardIssues(["reachRate", "instagram"], 5), [issue(card("reachRate", "instagram"), "invalid_type", "expected an object keyed by post format", "5")]],
  ["reach bands that are not an array", () => cardIssues(["reachRate", "instagram", "default"], 5), [issue(card("reachRate", "instagram", "default"), "invalid_type", "expected an array of reach bands", "5")]],
  ["no reach band", () => cardIssues(["reachRate", "instagram", "default"], []), [issue(card("reachRate", "instagram", "default"), "too_small", "expected at least one reach band", "an empty array")]],
  ["a reach band that is not an object", () => cardIssues(["reachRate", "instagram", "reel"], [5]), [issue(card("reachRate", "instagram", "reel", 0), "invalid_type", "expected a reach band", "5")]],
  [
    "a reach band without a source",
    () => cardIssues(["reachRate", "instagram", "story"], [{ minFollowers: 0, expected: 0.1 }]),
    [issue(card("reachRate", "instagram", "story", 0, "source"), "invalid_type", SOURCE, "nothing")],
  ],
  [
    "two reach bands with the same minFollowers",
    () => cardIssues(["reachRate", "tiktok", "default"], [{ minFollowers: 0, expected: 0.1, source: "s" }, { minFollowers: 0, expected: 0.2, source: "s" }]),
    [issue(card("reachRate", "tiktok", "default"), "invalid_value", "expected bands starting at 0 followers with strictly rising minFollowers", "an array")],
  ],
  [
    "reach bands out of order",
    () => cardIssues(["reachRate", "tiktok", "default"], [{ minFollowers: 0, expected: 0.1, source: "s" }, { minFollowers: 10, expected: 0.2, source: "s" }, { minFollowers: 5, expected: 0.3, source: "s" }]),
    [issue(card("reachRate", "tiktok", "default"), "invalid_value", "expected bands starting at 0 followers with strictly rising minFollowers", "an array")],
  ],
  ["a CPM that is not an object", () => cardIssues(["cpm", "instagram"], 5), [issue(card("cpm", "instagram"), "invalid_type", ESTIMATE, "5")]],
  ["a CPM of 0", () => cardIssues(["cpm", "instagram"], { expected: 0, source: "s" }), [issue(card("cpm", "instagram", "expected"), "too_small", CARD_VALUE, "0")]],
  ["a CPM low end that is not a number", () => cardIssues(["cpm", "instagram"], { low: "a", high: 5, source: "s" }), [issue(card("cpm", "instagram", "low"), "invalid_type", CARD_VALUE, '"a"')]],
  ["a CPM high end above a million", () => cardIssues(["cpm", "instagram"], { low: 5_000, high: 2e6, source: "s" }), [issue(card("cpm", "instagram", "high"), "too_big", CARD_VALUE, "2000000")]],
  ["a CPM without a source", () => cardIssues(["cpm", "instagram"], { expected: 10 }), [issue(card("cpm", "instagram", "source"), "invalid_type", SOURCE, "nothing")]],
  ["a CPM with a url that is not text", () => cardIssues(["cpm", "instagram"], { expected: 10, source: "s", url: 5 }), [issue(card("cpm", "instagram", "url"), "invalid_type", SOURCE, "5")]],
  ["a CPM with a low end only", () => cardIssues(["cpm", "instagram"], { low: 5, source: "s" }), [issue(card("cpm", "instagram", "expected"), "invalid_value", "expected a value: give expected, or both low and high", "nothing")]],
  ["a CPM with a high end only", () => cardIssues(["cpm", "instagram"], { high: 5, source: "s" }), [issue(card("cpm", "instagram", "expected"), "invalid_value", "expected a value: give expected, or both low and high", "nothing")]],
  ["a CPM band wider than × 1,000", () => cardIssues(["cpm", "instagram"], { low: 1, high: 1_001, source: "s" }), [issue(card("cpm", "instagram", "high"), "invalid_value", "expected at least low and at most 1000 × low", "1001")]],
  ["a CPM median below its low end", () => cardIssues(["cpm", "instagram"], { expected: 4, low: 5, source: "s" }), [issue(card("cpm", "instagram", "expected"), "invalid_value", "expected a median between low and high", "4")]],
  ["a CPM median above its high end", () => cardIssues(["cpm", "instagram"], { expected: 20, high: 15, source: "s" }), [issue(card("cpm", "instagram", "expected"), "invalid_value", "expected a median between low and high", "20")]],
  ["CPMs without a default", () => cardIssues(["cpm", "default"], undefined), [issue(card("cpm", "default"), "invalid_type", ESTIMATE, "nothing")]],
  ["click-through rates that are not an object", () => cardIssues(["clickThroughRate"], 5), [issue(card("clickThroughRate"), "invalid_type", "expected an object with a default", "5")]],
  ["click-through rates without a default", () => cardIssues(["clickThroughRate", "default"], undefined), [issue(card("clickThroughRate", "default"), "invalid_type", ESTIMATE, "nothing")]],
  [
    "a format's click-through rate above 1",
    () => cardIssues(["clickThroughRate", "instagram", "default"], { expected: 2, source: "s" }),
    [issue(card("clickThroughRate", "instagram", "default", "expected"), "too_big", RATE, "2")],
  ],
  ["a platform's click-through rates that are not an object", () => cardIssues(["clickThroughRate", "tiktok"], 5), [issue(card("clickThroughRate", "tiktok"), "invalid_type", "expected an object keyed by post format", "5")]],
  ["conversion rates that are not an object", () => cardIssues(["conversionRate"], 5), [issue(card("conversionRate"), "invalid_type", TIERS, "5")]],
  ["conversion rates without a nano tier", () => cardIssues(["conversionRate", "nano"], undefined), [issue(card("conversionRate", "nano"), "invalid_type", ESTIMATE, "nothing")]],
  ["a conversion rate above 1", () => cardIssues(["conversionRate", "mega"], { expected: 1.5, source: "s" }), [issue(card("conversionRate", "mega", "expected"), "too_big", RATE, "1.5")]],
  ["a commission that is not an object", () => cardIssues(["commissionRate"], 5), [issue(card("commissionRate"), "invalid_type", SOURCED, "5")]],
  ["a commission above 1", () => cardIssues(["commissionRate", "value"], 2), [issue(card("commissionRate", "value"), "too_big", FRACTION, "2")]],
  ["a commission without a source", () => cardIssues(["commissionRate", "source"], ""), [issue(card("commissionRate", "source"), "too_small", SOURCE, '""')]],
  ["format premiums that are not an object", () => cardIssues(["formatPremium"], 5), [issue(card("formatPremium"), "invalid_type", "expected an object keyed by platform", "5")]],
  ["a platform's format premiums that are not an object", () => cardIssues(["formatPremium", "instagram"], 5), [issue(card("formatPremium", "instagram"), "invalid_type", "expected an object keyed by post format", "5")]],
  ["a format premium of 0", () => cardIssues(["formatPremium", "instagram", "reel"], { multiplier: 0, source: "s" }), [issue(card("formatPremium", "instagram", "reel", "multiplier"), "too_small", DEMAND, "0")]],
  // 1e308 times a fee was Infinity; a reach rate of 5e-324 under the default format made a summary's story ratio Infinity
  ["a format premium above 1,000", () => cardIssues(["formatPremium", "instagram", "reel"], { multiplier: 1e308, source: "s" }), [issue(card("formatPremium", "instagram", "reel", "multiplier"), "too_big", DEMAND, "1e+308")]],
  ["a reach rate below a billionth", () => cardIssues(["reachRate", "instagram", "default"], [{ minFollowers: 0, expected: 5e-324, source: "s" }]), [issue(card("reachRate", "instagram", "default", 0, "expected"), "too_small", CARD_VALUE, "5e-324")]],
  ["a conversion rate below a billionth", () => cardIssues(["conversionRate", "mega"], { expected: 1e-10, source: "s" }), [issue(card("conversionRate", "mega", "expected"), "too_small", RATE, "1e-10")]],
  ["a format premium that is not an object", () => cardIssues(["formatPremium", "instagram", "reel"], 5), [issue(card("formatPremium", "instagram", "reel"), "invalid_type", SOURCED, "5")]],
  ["usage rights that are not an object", () => cardIssues(["usageRights"], 5), [issue(card("usageRights"), "invalid_type", SOURCED, "5")]],
  ["usage-rights points that are not an array", () => cardIssues(["usageRights", "points"], 5), [issue(card("usageRights", "points"), "invalid_type", "expected an array of usage-rights points", "5")]],
  ["no usage-rights point", () => cardIssues(["usageRights", "points"], []), [issue(card("usageRights", "points"), "too_small", "expected at least one usage-rights point", "an empty array")]],
  ["a usage-rights point that is not an object", () => cardIssues(["usageRights", "points"], [5]), [issue(card("usageRights", "points", 0), "invalid_type", "expected an object with days and premium", "5")]],
  ["a negative usage-rights premium", () => cardIssues(["usageRights", "points"], [{ days: 0, premium: -1 }]), [issue(card("usageRights", "points", 0, "premium"), "too_small", PREMIUM, "-1")]],
  ["a usage-rights premium above 100", () => cardIssues(["usageRights", "points"], [{ days: 30, premium: 1e308 }]), [issue(card("usageRights", "points", 0, "premium"), "too_big", PREMIUM, "1e+308")]],
  [
    "two usage-rights points on the same day",
    () => cardIssues(["usageRights", "points"], [{ days: 30, premium: 0.5 }, { days: 30, premium: 0.6 }]),
    [issue(card("usageRights", "points"), "invalid_value", "expected points with rising days and non-decreasing premiums", "an array")],
  ],
  [
    "a usage-rights premium that falls",
    () => cardIssues(["usageRights", "points"], [{ days: 30, premium: 0.5 }, { days: 60, premium: 0.4 }]),
    [issue(card("usageRights", "points"), "invalid_value", "expected points with rising days and non-decreasing premiums", "an array")],
  ],
  ["whitelisting that is not an object", () => cardIssues(["whitelisting"], 5), [issue(card("whitelisting"), "invalid_type", SOURCED, "5")]],
  ["a negative whitelisting premium", () => cardIssues(["whitelisting", "premiumPer30Days"], -1), [issue(card("whitelisting", "premiumPer30Days"), "too_small", PREMIUM, "-1")]],
  ["a whitelisting premium above 100", () => cardIssues(["whitelisting", "premiumPer30Days"], 1e308), [issue(card("whitelisting", "premiumPer30Days"), "too_big", PREMIUM, "1e+308")]],
  ["an exclusivity premium that is not a number", () => cardIssues(["exclusivity", "premiumPer30Days"], "a"), [issue(card("exclusivity", "premiumPer30Days"), "invalid_type", PREMIUM, '"a"')]],
  ["engagement yardsticks that are not an object", () => cardIssues(["engagementPerImpression"], 5), [issue(card("engagementPerImpression"), "invalid_type", "expected an object keyed by platform", "5")]],
  ["an engagement yardstick of 0", () => cardIssues(["engagementPerImpression", "instagram"], { expected: 0, source: "s" }), [issue(card("engagementPerImpression", "instagram", "expected"), "too_small", CARD_VALUE, "0")]],
  ["quality effects that are not an object", () => cardIssues(["quality"], 5), [issue(card("quality"), "invalid_type", "expected an object with engagement and trust", "5")]],
  ["an engagement effect of 1", () => cardIssues(["quality", "engagement", "maxEffect"], 1), [issue(card("quality", "engagement", "maxEffect"), "too_big", EFFECT, "1")]],
  ["a negative trust effect", () => cardIssues(["quality", "trust", "maxEffect"], -0.1), [issue(card("quality", "trust", "maxEffect"), "too_small", EFFECT, "-0.1")]],
  ["a trust effect that is not an object", () => cardIssues(["quality", "trust"], 5), [issue(card("quality", "trust"), "invalid_type", SOURCED, "5")]],
  ["a booking-rate effect that is not a number", () => cardIssues(["bookingRate", "maxEffect"], "a"), [issue(card("bookingRate", "maxEffect"), "invalid_type", EFFECT, '"a"')]],
  ["market rates that are not an object", () => cardIssues(["marketRates"], 5), [issue(card("marketRates"), "invalid_type", "expected an object keyed by platform", "5")]],
  ["market rates without a default", () => cardIssues(["marketRates", "default"], undefined), [issue(card("marketRates", "default"), "invalid_type", TIERS, "nothing")]],
  ["a platform's market rates that are not an object", () => cardIssues(["marketRates", "instagram"], 5), [issue(card("marketRates", "instagram"), "invalid_type", TIERS, "5")]],
  ["a market rate that is not an object", () => cardIssues(["marketRates", "default", "nano"], 5), [issue(card("marketRates", "default", "nano"), "invalid_type", SOURCED, "5")]],
  ["a market high end that is not a number", () => cardIssues(["marketRates", "default", "mega", "high"], "a"), [issue(card("marketRates", "default", "mega", "high"), "invalid_type", "expected a finite non-negative number", '"a"')]],
  ["a market high end below its low end", () => cardIssues(["marketRates", "default", "micro"], { low: 50, high: 49, source: "s" }), [issue(card("marketRates", "default", "micro", "high"), "invalid_value", "expected at least low", "49")]],
];

describe("compensation option messages", () => {
  it("names the field, what was expected and what arrived, for every option and rate-card field", () => {
    const cases = [...optionCases, ...cardCases];
    expect(cases.map(([what, issues]) => [what, issues()])).toEqual(cases.map(([what, , expected]) => [what, expected]));
  });
});
