import * as z from "zod/mini";
import { days, flag, fraction, nonNegativeInt, nonNegativeNumber, oneOf, optionsObject, text } from "../schemas/fields.js";
import { InfluencerInputError, type InputIssue } from "../schemas/InfluencerInputError.js";
import { parseInput } from "../schemas/parseInput.js";
import { describeValue, formatPath } from "../schemas/issueText.js";
import { PLATFORMS, POST_FORMATS, type PostFormat } from "../schemas/platform.js";
import { TIER_IDS } from "../tiers/tierSchemes.js";
import { normalQuantile } from "../stats/normalQuantile.js";
import type { RangeScores } from "./lognormal.js";
import { RATE_CARD, type RateCard } from "./rateCard.js";

// Option schemas of the compensation estimators, built on first use (R6).

/** Widest published band a rate-card entry may span (high ÷ low), so quantiles stay finite. */
const MAX_BAND_RATIO = 1_000;

/** Smallest and largest amounts of money an option may hold, so products of amounts neither underflow nor overflow. */
const MIN_AMOUNT = 1e-6;
const MAX_AMOUNT = 1e12;

/** Largest reach rate or CPM in a rate card. */
const MAX_CARD_VALUE = 1e6;

/**
 * Smallest rate or CPM in a rate card: one impression, click or conversion in
 * a billion is none in effect, and above it ratios and products of card values
 * stay finite (a reach rate of 5e-324 made a summary's ratio Infinity).
 */
const MIN_CARD_VALUE = 1e-9;

/** Smallest and largest multipliers (demand, a format premium): a thousandfold either way. */
const MIN_MULTIPLIER = 0.001;
const MAX_MULTIPLIER = 1_000;

/** Largest premium, as a share of the fee (100 = +10,000%); published ones are below 2. */
const MAX_PREMIUM = 100;

/**
 * Smallest real share of a typical audience: the real-share factor divides by
 * it, so below 0.01 it could pass 100 (5e-324 made it Infinity).
 */
const MIN_TYPICAL_SHARE = 0.01;

/** Largest relative risk aversion (estimates in the literature are single digits). */
const MAX_RISK_AVERSION = 100;

/** An amount of money from a millionth to a trillion currency units. */
function amount(): z.ZodMiniType<number> {
  const error = "expected an amount between 0.000001 and 1000000000000";
  return z.number({ error }).check(z.gte(MIN_AMOUNT, { error }), z.lte(MAX_AMOUNT, { error }));
}

/** The options every estimator shares, after validation. @internal */
export interface ParsedCommonOptions {
  readonly currency: string;
  readonly format: PostFormat | undefined;
  readonly scores: RangeScores;
  readonly quantiles: { readonly low: number; readonly high: number };
  readonly clickThroughRate: number | undefined;
  readonly conversionRate: number | undefined;
  readonly rateCard: RateCard;
}

/** Flat-fee options after validation. @internal */
export interface ParsedFeeOptions extends ParsedCommonOptions {
  readonly demand: number | undefined;
  readonly bookingRate: number | undefined;
  readonly usageRightsDays: number;
  readonly whitelistingDays: number;
  readonly exclusivityDays: number;
}

/** Pay-per-click options after validation. @internal */
export interface ParsedClickOptions extends ParsedCommonOptions {
  readonly costPerClick: number;
  readonly cap: number | undefined;
}

/** Referral options after validation. @internal */
export interface ParsedReferralOptions extends ParsedCommonOptions {
  readonly averageOrderValue: number;
  readonly commissionRate: number | undefined;
  readonly bountyPerConversion: number | undefined;
}

/** compareCompensation options after validation. @internal */
export interface ParsedCompareOptions extends ParsedFeeOptions, ParsedClickOptions, ParsedReferralOptions {
  readonly margin: number | undefined;
  readonly riskAversion: number;
  readonly flatFee: number | undefined;
  readonly hybrid: boolean;
}

interface RawCommon {
  readonly currency?: string | undefined;
  readonly format?: PostFormat | undefined;
  readonly quantiles?: { readonly low?: number | undefined; readonly high?: number | undefined } | undefined;
  readonly clickThroughRate?: number | undefined;
  readonly conversionRate?: number | undefined;
  readonly rateCard?: unknown;
}

interface RawFee {
  readonly demand?: number | undefined;
  readonly bookingRate?: number | undefined;
  readonly usageRightsDays?: number | undefined;
  readonly whitelistingDays?: number | undefined;
  readonly exclusivityDays?: number | undefined;
}

interface RawClick {
  readonly costPerClick: number;
  readonly cap?: number | undefined;
}

interface RawReferral {
  readonly averageOrderValue: number;
  readonly commissionRate?: number | undefined;
  readonly bountyPerConversion?: number | undefined;
}

interface RawCompare extends RawCommon, RawFee, RawClick, RawReferral {
  readonly margin?: number | undefined;
  readonly riskAversion?: number | undefined;
  readonly flatFee?: number | undefined;
  readonly hybrid?: boolean | undefined;
}

let feeSchema: z.ZodMiniType<RawCommon & RawFee> | undefined;
let clickSchema: z.ZodMiniType<RawCommon & RawClick> | undefined;
let referralSchema: z.ZodMiniType<RawCommon & RawReferral> | undefined;
let compareSchema: z.ZodMiniType<RawCompare> | undefined;
let cardSchema: z.ZodMiniType | undefined;
let validatedCards: WeakSet<object> | undefined;

function currencyCode(): z.ZodMiniType<string> {
  const error = 'expected an ISO 4217 currency code of three capital letters, such as "USD"';
  return z.string({ error }).check(z.regex(/^[A-Z]{3}$/, { error }));
}

function quantilesSchema(): z.ZodMiniType<{ low?: number | undefined; high?: number | undefined }> {
  const lowError = "expected a probability between 0.001 and 0.5";
  const highError = "expected a probability between 0.5 and 0.999";
  return optionsObject(
    {
      low: z.optional(z.number({ error: lowError }).check(z.gte(0.001, { error: lowError }), z.lte(0.5, { error: lowError }))),
      high: z.optional(z.number({ error: highError }).check(z.gte(0.5, { error: highError }), z.lte(0.999, { error: highError }))),
    },
    "expected an object with low and high probabilities",
  );
}

function commonShape() {
  return {
    currency: z.optional(currencyCode()),
    format: z.optional(oneOf(POST_FORMATS)),
    quantiles: z.optional(quantilesSchema()),
    clickThroughRate: z.optional(fraction()),
    conversionRate: z.optional(fraction()),
    rateCard: z.optional(z.unknown()),
  };
}

function feeShape() {
  return {
    demand: z.optional(multiplier()),
    bookingRate: z.optional(fraction()),
    usageRightsDays: z.optional(days()),
    whitelistingDays: z.optional(days()),
    exclusivityDays: z.optional(days()),
  };
}

function clickShape() {
  return { costPerClick: amount(), cap: z.optional(amount()) };
}

function referralShape() {
  return {
    averageOrderValue: amount(),
    commissionRate: z.optional(fraction()),
    bountyPerConversion: z.optional(amount()),
  };
}

/** A multiplier from a thousandth to a thousand. */
function multiplier(): z.ZodMiniType<number> {
  const error = `expected a multiplier between ${MIN_MULTIPLIER} and ${MAX_MULTIPLIER}`;
  return z.number({ error }).check(z.gte(MIN_MULTIPLIER, { error }), z.lte(MAX_MULTIPLIER, { error }));
}

/** A premium as a share of the fee, from 0 to {@link MAX_PREMIUM}. */
function premium(): z.ZodMiniType<number> {
  const error = `expected a premium between 0 and ${MAX_PREMIUM}`;
  return z.number({ error }).check(z.gte(0, { error }), z.lte(MAX_PREMIUM, { error }));
}

/** A rate-card entry: `expected`, or `low` and `high`, each from a billionth to `max`. */
function estimateSchema(max: number): z.ZodMiniType {
  const error = `expected a number between ${MIN_CARD_VALUE.toFixed(9)} and ${max}`;
  const value = (): z.ZodMiniType<number> => z.number({ error }).check(z.gte(MIN_CARD_VALUE, { error }), z.lte(max, { error }));
  return z
    .object(
      { expected: z.optional(value()), low: z.optional(value()), high: z.optional(value()), source: text(), url: z.optional(text()) },
      { error: "expected an estimate object with expected or low and high, and a source" },
    )
    .check(
      z.refine((entry) => entry.expected !== undefined || (entry.low !== undefined && entry.high !== undefined), {
        error: "expected a value: give expected, or both low and high",
        path: ["expected"],
      }),
      z.refine((entry) => entry.low === undefined || entry.high === undefined || (entry.low <= entry.high && entry.high <= entry.low * MAX_BAND_RATIO), {
        error: `expected at least low and at most ${MAX_BAND_RATIO} × low`,
        path: ["high"],
      }),
      z.refine(
        (entry) =>
          entry.expected === undefined ||
          ((entry.low === undefined || entry.low <= entry.expected) && (entry.high === undefined || entry.expected <= entry.high)),
        { error: "expected a median between low and high", path: ["expected"] },
      ),
    );
}

function byPlatform(value: () => z.ZodMiniType, required: readonly string[] = []): z.ZodMiniType {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const key of required) shape[key] = value();
  for (const platform of PLATFORMS) shape[platform] = z.optional(value());
  return z.object(shape, { error: "expected an object keyed by platform" });
}

function byFormat(value: () => z.ZodMiniType, withDefault: boolean): z.ZodMiniType {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const format of POST_FORMATS) shape[format] = z.optional(value());
  if (withDefault) shape["default"] = z.optional(value());
  return z.object(shape, { error: "expected an object keyed by post format" });
}

function byTier(value: () => z.ZodMiniType): z.ZodMiniType {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const tier of TIER_IDS) shape[tier] = value();
  return z.object(shape, { error: "expected an object with nano, micro, mid, macro and mega" });
}

function reachBandsSchema(): z.ZodMiniType {
  const band = z.object(
    { minFollowers: nonNegativeInt() },
    { error: "expected a reach band" },
  );
  const entry = z.intersection(band, estimateSchema(MAX_CARD_VALUE));
  return z.array(entry, { error: "expected an array of reach bands" }).check(
    z.minLength(1, { error: "expected at least one reach band" }),
    z.refine(
      (bands) => {
        let previous = -1;
        for (const item of bands as readonly { minFollowers: number }[]) {
          if (item.minFollowers <= previous || (previous === -1 && item.minFollowers !== 0)) return false;
          previous = item.minFollowers;
        }
        return true;
      },
      { error: "expected bands starting at 0 followers with strictly rising minFollowers" },
    ),
  );
}

function sourced<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.object({ ...shape, source: text(), url: z.optional(text()) }, { error: "expected an object with a source" });
}

/** A typical audience's real share, from {@link MIN_TYPICAL_SHARE} to 1: it divides. */
function typicalShare(): z.ZodMiniType<number> {
  const error = `expected a number between ${MIN_TYPICAL_SHARE} and 1`;
  return z.number({ error }).check(z.gte(MIN_TYPICAL_SHARE, { error }), z.lte(1, { error }));
}

function boundedEffect(): z.ZodMiniType {
  const error = "expected a number of at least 0 and below 1";
  return sourced({ maxEffect: z.number({ error }).check(z.gte(0, { error }), z.lt(1, { error })) });
}

function rateCardSchema(): z.ZodMiniType {
  cardSchema ??= z.object(
    {
      compiledAt: text(40),
      currency: currencyCode(),
      rangeSpread: z.object(
        {
          ratio: z.number({ error: "expected a number of at least 1" }).check(z.gte(1, { error: "expected a number of at least 1" }), z.lte(MAX_BAND_RATIO, { error: `expected at most ${MAX_BAND_RATIO}` })),
          source: text(),
        },
        { error: "expected an object with ratio and source" },
      ),
      reachRate: byPlatform(() => byFormat(reachBandsSchema, true)),
      cpm: byPlatform(() => estimateSchema(MAX_CARD_VALUE), ["default"]),
      clickThroughRate: z.intersection(
        z.object({ default: estimateSchema(1) }, { error: "expected an object with a default" }),
        byPlatform(() => byFormat(() => estimateSchema(1), true)),
      ),
      conversionRate: byTier(() => estimateSchema(1)),
      commissionRate: sourced({ value: fraction() }),
      typicalAuthenticShare: sourced({ value: typicalShare() }),
      formatPremium: byPlatform(() => byFormat(() => sourced({ multiplier: multiplier() }), false)),
      usageRights: sourced({
        points: z
          .array(z.object({ days: days(), premium: premium() }, { error: "expected an object with days and premium" }), {
            error: "expected an array of usage-rights points",
          })
          .check(
            z.minLength(1, { error: "expected at least one usage-rights point" }),
            z.refine(
              (points) => points.every((point, index) => index === 0 || (point.days > (points[index - 1]?.days ?? 0) && point.premium >= (points[index - 1]?.premium ?? 0))),
              { error: "expected points with rising days and non-decreasing premiums" },
            ),
          ),
      }),
      whitelisting: sourced({ premiumPer30Days: premium() }),
      exclusivity: sourced({ premiumPer30Days: premium() }),
      engagementPerImpression: byPlatform(() => estimateSchema(MAX_CARD_VALUE)),
      quality: z.object({ engagement: boundedEffect(), trust: boundedEffect() }, { error: "expected an object with engagement and trust" }),
      bookingRate: boundedEffect(),
      marketRates: byPlatform(
        () =>
          byTier(() =>
            sourced({ low: nonNegativeNumber(), high: z.nullable(nonNegativeNumber()) }).check(
              z.refine((rate) => rate.high === null || rate.low <= rate.high, { error: "expected at least low", path: ["high"] }),
            ),
          ),
        ["default"],
      ),
    },
    { error: "expected a rate card object (start from a copy of RATE_CARD)" },
  );
  return cardSchema;
}

/** Validates a caller's rate card once per object; `RATE_CARD` itself is trusted. */
function checkRateCard(card: unknown): RateCard {
  if (card === undefined || card === RATE_CARD) return RATE_CARD;
  if (typeof card === "object" && card !== null && validatedCards?.has(card) === true) return card as RateCard;
  parseInput(rateCardSchema(), card, ["rateCard"]);
  // Validated: the caller's object (unknown keys are ignored by every reader).
  (validatedCards ??= new WeakSet()).add(card as object);
  return card as RateCard;
}

function inputError(path: readonly (string | number)[], code: InputIssue["code"], expected: string, received: unknown): InfluencerInputError {
  return new InfluencerInputError([{ path, code, message: `${formatPath(path)}: ${expected}, received ${describeValue(received)}` }]);
}

function common(raw: RawCommon): ParsedCommonOptions {
  const low = raw.quantiles?.low ?? 0.1;
  const high = raw.quantiles?.high ?? 0.9;
  const rateCard = checkRateCard(raw.rateCard);
  return {
    // A card priced in another currency says which one its caller works in.
    currency: raw.currency ?? rateCard.currency,
    format: raw.format,
    scores: { low: normalQuantile(low), high: normalQuantile(high) },
    quantiles: { low, high },
    clickThroughRate: raw.clickThroughRate,
    conversionRate: raw.conversionRate,
    rateCard,
  };
}

function fee(raw: RawFee): Omit<ParsedFeeOptions, keyof ParsedCommonOptions> {
  return {
    demand: raw.demand,
    bookingRate: raw.bookingRate,
    usageRightsDays: raw.usageRightsDays ?? 0,
    whitelistingDays: raw.whitelistingDays ?? 0,
    exclusivityDays: raw.exclusivityDays ?? 0,
  };
}

/** The flat fee prices impressions with the card's CPM, so the currencies must match. */
function checkFeeCurrency(parsed: ParsedCommonOptions): void {
  if (parsed.currency !== parsed.rateCard.currency) {
    throw inputError(
      ["currency"],
      "invalid_value",
      `expected "${parsed.rateCard.currency}", the rate card's currency (pass a rateCard priced in ${parsed.currency} to use it)`,
      parsed.currency,
    );
  }
}

const OPTIONS_ERROR = "expected an options object";

/**
 * Every deal term any compensation function reads, each optional: every
 * function takes the whole set, so one object of deal terms serves them all
 * (terms another deal uses are checked and ignored), and any other key is an
 * issue at its own path.
 */
function everyTermShape() {
  return {
    ...commonShape(),
    ...feeShape(),
    costPerClick: z.optional(amount()),
    cap: z.optional(amount()),
    averageOrderValue: z.optional(amount()),
    commissionRate: z.optional(fraction()),
    bountyPerConversion: z.optional(amount()),
    ...comparisonShape(),
  };
}

/** Validates {@link estimateFlatFee} options. @internal */
export function parseFeeOptions(options: unknown): ParsedFeeOptions {
  feeSchema ??= optionsObject(everyTermShape(), OPTIONS_ERROR);
  return feeOptionsOf(parseInput(feeSchema, options === undefined ? {} : options));
}

/** The flat fee's options from validated raw options, with the card's currency checked. */
function feeOptionsOf(raw: RawCommon & RawFee): ParsedFeeOptions {
  const parsed = Object.assign(common(raw), fee(raw)); // not spread: slow on Node 20; same keys, same order
  checkFeeCurrency(parsed);
  return parsed;
}

/** Validates {@link estimatePayPerClick} options. @internal */
export function parseClickOptions(options: unknown): ParsedClickOptions {
  clickSchema ??= optionsObject({ ...everyTermShape(), ...clickShape() }, `${OPTIONS_ERROR} with costPerClick`);
  const raw = parseInput(clickSchema, options);
  return { ...common(raw), costPerClick: raw.costPerClick, cap: raw.cap };
}

/** Validates {@link estimateReferral} options. @internal */
export function parseReferralOptions(options: unknown): ParsedReferralOptions {
  referralSchema ??= optionsObject({ ...everyTermShape(), ...referralShape() }, `${OPTIONS_ERROR} with averageOrderValue`);
  const raw = parseInput(referralSchema, options);
  return {
    ...common(raw),
    averageOrderValue: raw.averageOrderValue,
    commissionRate: raw.commissionRate,
    bountyPerConversion: raw.bountyPerConversion,
  };
}

/** The terms only the comparison reads. */
function comparisonShape() {
  const riskError = `expected a number between 0 and ${MAX_RISK_AVERSION}`;
  return {
    margin: z.optional(fraction()),
    riskAversion: z.optional(z.number({ error: riskError }).check(z.gte(0, { error: riskError }), z.lte(MAX_RISK_AVERSION, { error: riskError }))),
    flatFee: z.optional(amount()),
    hybrid: z.optional(flag()),
  };
}

/** Validates {@link compareCompensation} options. @internal */
export function parseCompareOptions(options: unknown): ParsedCompareOptions {
  compareSchema ??= optionsObject({ ...everyTermShape(), ...clickShape(), ...referralShape() }, `${OPTIONS_ERROR} with costPerClick and averageOrderValue`);
  const raw = parseInput(compareSchema, options);
  const hybrid = raw.hybrid ?? false;
  if (hybrid && raw.margin === undefined) {
    throw inputError(["margin"], "invalid_type", "expected a number between 0 and 1 when hybrid is true", raw.margin);
  }
  // Object.assign onto the fresh common options, not spread (slow on Node 20): same keys, same order.
  const parsed: ParsedCompareOptions = Object.assign(common(raw), fee(raw), {
    costPerClick: raw.costPerClick,
    cap: raw.cap,
    averageOrderValue: raw.averageOrderValue,
    commissionRate: raw.commissionRate,
    bountyPerConversion: raw.bountyPerConversion,
    margin: raw.margin,
    riskAversion: raw.riskAversion ?? 1,
    flatFee: raw.flatFee,
    hybrid,
  });
  checkFeeCurrency(parsed);
  return parsed;
}
