// Property specs of the compensation area: estimateFlatFee, estimatePayPerClick, estimateReferral, compareCompensation.
import { fc } from "@fast-check/vitest";
import { expect } from "vitest";
import {
  POST_FORMATS,
  compareCompensation,
  estimateFlatFee,
  estimatePayPerClick,
  estimateReferral,
  type CompareCompensationOptions,
  type CompensationResult,
  type EstimateFlatFeeOptions,
  type EstimatePayPerClickOptions,
  type EstimateReferralOptions,
  type InfluencerProfileInput,
} from "../../../src/index.js";
import {
  badChoice,
  badCount,
  badFlag,
  badFraction,
  badNonNegativeNumber,
  compensationOptions,
  optionalLeaf,
  profile,
  required,
  withoutUndefined,
  type Shape,
} from "../../arbitraries/index.js";
import { defineSpec, type Spec } from "../harness.js";
import { profileAndOptionsHostile, rawAndParsed, reorderedProfile } from "./common.js";

/** Not an ISO 4217 code (three capital letters). */
export const badCurrencyCode = fc.constantFrom("usd", "US", "", "EURO", "U$D", 5, null, true, {});
/** Not an amount between a millionth and a trillion. */
export const badAmount = fc.oneof(badNonNegativeNumber, fc.constantFrom(0, 1e-7, 1e12 * 1.000_001, 1e300));
/** Not a whole number of days. */
const badDays = badCount;
/** Not a table the options accept. */
const badRateCard = fc.constantFrom(5, "RATE_CARD", null, [], true);

const commonFields: Readonly<Record<string, Shape>> = {
  format: optionalLeaf(badChoice(POST_FORMATS)),
  quantiles: {
    kind: "object",
    fields: { low: optionalLeaf(fc.constantFrom(0, 0.000_9, 0.6, 1, Number.NaN, "0.1")), high: optionalLeaf(fc.constantFrom(0.4, 1, 0.999_1, Number.NaN, "0.9")) },
  },
  clickThroughRate: optionalLeaf(badFraction),
  conversionRate: optionalLeaf(badFraction),
  rateCard: optionalLeaf(badRateCard),
};

const feeFields: Readonly<Record<string, Shape>> = {
  // The flat fee prices impressions with the rate card's CPM: another currency than the card's is an error.
  currency: optionalLeaf(fc.oneof(badCurrencyCode, fc.constant("EUR"))),
  demand: optionalLeaf(fc.oneof(badNonNegativeNumber, fc.constantFrom(0, 0.000_9, 1_000.1, 1e9))),
  bookingRate: optionalLeaf(badFraction),
  usageRightsDays: optionalLeaf(badDays),
  whitelistingDays: optionalLeaf(badDays),
  exclusivityDays: optionalLeaf(badDays),
};

const clickFields: Readonly<Record<string, Shape>> = { currency: optionalLeaf(badCurrencyCode), costPerClick: required(badAmount), cap: optionalLeaf(badAmount) };
const referralFields: Readonly<Record<string, Shape>> = {
  currency: optionalLeaf(badCurrencyCode),
  averageOrderValue: required(badAmount),
  commissionRate: optionalLeaf(badFraction),
  bountyPerConversion: optionalLeaf(badAmount),
};

const feeShape: Shape = { kind: "object", fields: { ...commonFields, ...feeFields } };
const clickShape: Shape = { kind: "object", fields: { ...commonFields, ...clickFields } };
const referralShape: Shape = { kind: "object", fields: { ...commonFields, ...referralFields } };
export const compareShape: Shape = {
  kind: "object",
  fields: {
    ...commonFields,
    ...clickFields,
    ...referralFields,
    ...feeFields,
    margin: optionalLeaf(badFraction),
    riskAversion: optionalLeaf(fc.oneof(badNonNegativeNumber, fc.constantFrom(100.1, 1e6))),
    flatFee: optionalLeaf(badAmount),
    hybrid: optionalLeaf(badFlag),
  },
};

function pick<T extends object>(value: T, keys: readonly string[]): Partial<T> {
  return withoutUndefined(Object.fromEntries(keys.map((key) => [key, (value as Record<string, unknown>)[key]]))) as Partial<T>;
}

const COMMON_KEYS = ["currency", "format", "quantiles", "clickThroughRate", "conversionRate"];
const feeOptions: fc.Arbitrary<EstimateFlatFeeOptions> = compensationOptions.map((options) =>
  pick(options, [...COMMON_KEYS, "demand", "bookingRate", "usageRightsDays", "whitelistingDays", "exclusivityDays"]),
);
const clickOptions: fc.Arbitrary<EstimatePayPerClickOptions> = compensationOptions.map(
  (options) => ({ ...pick(options, [...COMMON_KEYS, "cap"]), costPerClick: options.costPerClick }),
);
const referralOptions: fc.Arbitrary<EstimateReferralOptions> = compensationOptions.map(
  (options) => ({ ...pick(options, [...COMMON_KEYS, "commissionRate", "bountyPerConversion"]), averageOrderValue: options.averageOrderValue }),
);

/** Cost and earnings are ranges of non-negative amounts; a null cost comes with a reason. */
function checkResult(result: CompensationResult): void {
  if (result.cost === null) expect(result.reasons.length).toBeGreaterThan(0);
  else expect(result.cost.low >= 0).toBe(true);
}

/** The profile-order and raw-versus-parsed laws for a compensation estimator. */
function profileLaws<Options>(options: fc.Arbitrary<Options>) {
  return {
    reorder: { what: "the posts and the follower history", inputs: reorderedProfile(options) },
    sameAs: { what: "for a profile from parseProfile as for the raw profile", inputs: rawAndParsed(options) },
  };
}

export const compensationSpecs: Readonly<Record<string, Spec>> = {
  estimateFlatFee: defineSpec({
    area: "compensation",
    fn: estimateFlatFee,
    call: (input: InfluencerProfileInput, options?: EstimateFlatFeeOptions) => estimateFlatFee(input, options),
    valid: fc.tuple(profile, feeOptions),
    check: (result) => { checkResult(result); },
    hostile: profileAndOptionsHostile(feeOptions, feeShape),
    ...profileLaws(feeOptions),
  }),

  estimatePayPerClick: defineSpec({
    area: "compensation",
    fn: estimatePayPerClick,
    call: (input: InfluencerProfileInput, options: EstimatePayPerClickOptions) => estimatePayPerClick(input, options),
    valid: fc.tuple(profile, clickOptions),
    check: (result, [, options]) => {
      checkResult(result);
      // Never more than the cap.
      if (result.cost !== null && options.cap !== undefined) expect(result.cost.high <= options.cap * (1 + 1e-12)).toBe(true);
    },
    hostile: profileAndOptionsHostile(clickOptions, clickShape),
    ...profileLaws(clickOptions),
  }),

  estimateReferral: defineSpec({
    area: "compensation",
    fn: estimateReferral,
    call: (input: InfluencerProfileInput, options: EstimateReferralOptions) => estimateReferral(input, options),
    valid: fc.tuple(profile, referralOptions),
    check: (result) => { checkResult(result); },
    hostile: profileAndOptionsHostile(referralOptions, referralShape),
    ...profileLaws(referralOptions),
  }),

  compareCompensation: defineSpec({
    area: "compensation",
    fn: compareCompensation,
    call: (input: InfluencerProfileInput, options: CompareCompensationOptions) => compareCompensation(input, options),
    valid: fc.tuple(profile, compensationOptions),
    check: (result) => {
      for (const model of [result.flatFee, result.payPerClick, result.referral]) checkResult(model);
    },
    hostile: profileAndOptionsHostile(compensationOptions, compareShape),
    ...profileLaws(compensationOptions),
  }),
};
