import type { PostFormat } from "../schemas/platform.js";
import type { TierId } from "../tiers/tierSchemes.js";
import type { RateCard } from "./rateCard.js";

/**
 * Options every compensation estimator accepts.
 *
 * @category Compensation
 */
export interface CompensationOptions {
  /**
   * ISO 4217 code of every amount you pass and get back; defaults to the
   * rate card's `currency` (`"USD"` for the shipped `RATE_CARD`). The
   * flat fee prices impressions with the rate card's CPM, so for it the code
   * must equal the rate card's `currency` (pass a `rateCard` in yours).
   */
  readonly currency?: string | undefined;
  /**
   * The deliverable's format. Defaults to the platform's usual post: `image`
   * on Instagram and Facebook, `video` on TikTok and YouTube, `text` on X and
   * LinkedIn, `live` on Twitch. Only posts of this format are compared (posts
   * without a format count as the default format).
   */
  readonly format?: PostFormat | undefined;
  /**
   * The quantiles reported as `low` (in [0.001, 0.5], default 0.1) and `high`
   * (in [0.5, 0.999], default 0.9). `expected` is always the median.
   */
  readonly quantiles?: { readonly low?: number | undefined; readonly high?: number | undefined } | undefined;
  /** Link clicks per impression, in [0, 1]; replaces the measured or benchmark median. */
  readonly clickThroughRate?: number | undefined;
  /** Orders per click, in [0, 1]; replaces the benchmark median for the tier. */
  readonly conversionRate?: number | undefined;
  /** The defaults to use; start from a copy of {@link RATE_CARD}. */
  readonly rateCard?: RateCard | undefined;
}

/**
 * An uncertain amount or count: `low` and `high` are the 10th and 90th
 * percentiles by default (see the `quantiles` option), `expected` is always
 * the median (50th percentile). Medians of products multiply, so identities
 * such as cost = clicks × cost per click hold at `expected` and at every
 * quantile. `low ≤ expected ≤ high`.
 *
 * @example
 * const fee: Range = { low: 60, expected: 100, high: 170 };
 * fee.low <= fee.expected && fee.expected <= fee.high;
 * // => true
 * @category Compensation
 */
export interface Range {
  /** Lower quantile (10th percentile by default). */
  readonly low: number;
  /** The median. */
  readonly expected: number;
  /** Upper quantile (90th percentile by default). */
  readonly high: number;
}

/**
 * How the brand pays the creator.
 *
 * - `flat-fee`: a set amount per deliverable.
 * - `pay-per-click`: a price per link click, optionally capped.
 * - `referral`: a commission on each attributed order, or a bounty per order.
 * - `hybrid`: a base fee plus a bonus per order.
 *
 * @example
 * const model: CompensationModel = "referral";
 * model;
 * // => "referral"
 * @category Compensation
 */
export type CompensationModel = "flat-fee" | "pay-per-click" | "referral" | "hybrid";

/**
 * Expected results of one deliverable, each a {@link Range}, or `null` when
 * it cannot be estimated (the result's `reasons` say why).
 *
 * @example
 * const outcomes: CompensationOutcomes = { impressions: null, engagements: null, clicks: null, conversions: null };
 * outcomes.clicks;
 * // => null
 * @category Compensation
 */
export interface CompensationOutcomes {
  /** Times the post is shown (or viewed). */
  readonly impressions: Range | null;
  /** Likes, comments, shares and saves. */
  readonly engagements: Range | null;
  /** Link clicks: impressions × click-through rate. */
  readonly clicks: Range | null;
  /** Orders: clicks × conversion rate. */
  readonly conversions: Range | null;
}

/**
 * What the brand pays per unit of outcome, at the expected (median) cost and
 * outcomes: `cpm` per 1,000 impressions, `cpe` per engagement, `cpc` per
 * click, `cpa` per conversion. `null` where the outcome is unknown or zero.
 *
 * @example
 * const unitCosts: UnitCosts = { cpm: 8.66, cpe: 0.25, cpc: 1, cpa: 44.02 };
 * unitCosts.cpc;
 * // => 1
 * @category Compensation
 */
export interface UnitCosts {
  /** Cost per 1,000 impressions. */
  readonly cpm: number | null;
  /** Cost per engagement. */
  readonly cpe: number | null;
  /** Cost per click. */
  readonly cpc: number | null;
  /** Cost per conversion (acquisition). */
  readonly cpa: number | null;
}

/**
 * Where a quantity came from.
 *
 * - `measured`: the caller's posts.
 * - `summary`: the caller's profile averages.
 * - `option`: a number the caller passed as an option.
 * - `benchmark`: the rate card (its `source` is named).
 * - `unavailable`: nothing to estimate it from.
 *
 * @example
 * const basis: ProvenanceBasis = "measured";
 * basis;
 * // => "measured"
 * @category Compensation
 */
export type ProvenanceBasis = "measured" | "summary" | "option" | "benchmark" | "unavailable";

/**
 * The origin of one quantity: its basis, what exactly was used, and the
 * rate card's source when a benchmark filled it in.
 *
 * @example
 * const origin: QuantityProvenance = { basis: "measured", detail: "median impressions of 4 reel posts", source: null };
 * origin.basis;
 * // => "measured"
 * @category Compensation
 */
export interface QuantityProvenance {
  /** Where the quantity came from. */
  readonly basis: ProvenanceBasis;
  /** What was used, in plain English. */
  readonly detail: string;
  /** The benchmark's source for `benchmark`, otherwise `null`. */
  readonly source: string | null;
}

/**
 * Provenance of the four inputs every estimate rests on.
 *
 * @example
 * const provenance: CompensationProvenance = {
 *   impressions: { basis: "benchmark", detail: "10,000 followers × reach rate 37.72%", source: "minter.io, 2019" },
 *   engagements: { basis: "unavailable", detail: "no posts, summary or engagement estimate", source: null },
 *   clickThroughRate: { basis: "option", detail: "clickThroughRate option 1%", source: null },
 *   conversionRate: { basis: "option", detail: "conversionRate option 2%", source: null },
 * };
 * provenance.impressions.basis;
 * // => "benchmark"
 * @category Compensation
 */
export interface CompensationProvenance {
  /** Impressions of one post. */
  readonly impressions: QuantityProvenance;
  /** Engagements of one post. */
  readonly engagements: QuantityProvenance;
  /** Clicks per impression. */
  readonly clickThroughRate: QuantityProvenance;
  /** Conversions per click. */
  readonly conversionRate: QuantityProvenance;
}

/**
 * The result every estimator shares. Money is in `currency`, unrounded.
 * Quantities are `null` when they cannot be estimated, and `reasons` says why.
 *
 * @example
 * const result: CompensationResult = {
 *   model: "pay-per-click", currency: "USD", cost: null, creatorEarnings: null,
 *   outcomes: { impressions: null, engagements: null, clicks: null, conversions: null },
 *   unitCosts: { cpm: null, cpe: null, cpc: null, cpa: null },
 *   provenance: {
 *     impressions: { basis: "unavailable", detail: "no reach benchmark for Twitch live", source: null },
 *     engagements: { basis: "unavailable", detail: "no data", source: null },
 *     clickThroughRate: { basis: "option", detail: "clickThroughRate option 1%", source: null },
 *     conversionRate: { basis: "option", detail: "conversionRate option 2%", source: null },
 *   },
 *   assumptions: [], reasons: ["no reach benchmark for Twitch live"],
 * };
 * result.cost;
 * // => null
 * @category Compensation
 */
export interface CompensationResult<Model extends CompensationModel = CompensationModel> {
  /** Which payment model this is. */
  readonly model: Model;
  /** ISO 4217 code of every amount. */
  readonly currency: string;
  /** What the brand pays. */
  readonly cost: Range | null;
  /** What the creator receives (the same as `cost`: platform fees are not modelled). */
  readonly creatorEarnings: Range | null;
  /** Expected results of the deliverable. */
  readonly outcomes: CompensationOutcomes;
  /** Cost per unit of outcome at the expected values. */
  readonly unitCosts: UnitCosts;
  /** Where impressions, engagements, click-through and conversion rates came from. */
  readonly provenance: CompensationProvenance;
  /** Modelling assumptions this result relies on. */
  readonly assumptions: readonly string[];
  /** Why the numbers are what they are, and why any is `null`. */
  readonly reasons: readonly string[];
}

/**
 * Which flat-fee adjustment a {@link FeeAdjustment} is.
 *
 * @example
 * const key: FeeAdjustmentKey = "usage-rights";
 * key;
 * // => "usage-rights"
 * @category Compensation
 */
export type FeeAdjustmentKey =
  | "engagement"
  | "trust"
  | "demand"
  | "booking-rate"
  | "format"
  | "usage-rights"
  | "whitelisting"
  | "exclusivity";

/**
 * One multiplier applied to the base fee (impressions × CPM), with where it
 * comes from. `isAssumption` is `true` when no published figure backs it, or
 * when the rate card reads a published figure in a way the source does not
 * state (its `source` starts with `"assumption: "`, as the default
 * exclusivity premium read per 30 days); such an adjustment is also listed in
 * the result's `assumptions`.
 *
 * @example
 * const adjustment: FeeAdjustment = {
 *   key: "whitelisting", multiplier: 1.25, isAssumption: false,
 *   reason: "30 days of whitelisting: +25% per 30 days", source: "topgrowthmarketing, undated",
 * };
 * adjustment.multiplier;
 * // => 1.25
 * @category Compensation
 */
export interface FeeAdjustment {
  /** Which adjustment. */
  readonly key: FeeAdjustmentKey;
  /** Multiplier on the fee; 1 when it does not apply. */
  readonly multiplier: number;
  /** Why, in plain English. */
  readonly reason: string;
  /** The published source, or `null` for the caller's own number. */
  readonly source: string | null;
  /** Whether the multiplier rests on an assumption rather than a published figure or the caller's data. */
  readonly isAssumption: boolean;
}

/**
 * The published per-post price band for the account's tier, as a sanity
 * check next to the model's fee.
 *
 * @example
 * const market: MarketRange = { tier: "micro", low: 100, high: 500, currency: "USD", source: "IMH, 2021", url: null, position: "within" };
 * market.position;
 * // => "within"
 * @category Compensation
 */
export interface MarketRange {
  /** The account's tier under the standard scheme. */
  readonly tier: TierId;
  /** Low end of the band. */
  readonly low: number;
  /** High end, or `null` for an open-ended band. */
  readonly high: number | null;
  /** Currency of the band (the rate card's). */
  readonly currency: string;
  /** `"<publisher>, <title>, <year>"`. */
  readonly source: string;
  /** Address of the source, or `null`. */
  readonly url: string | null;
  /** Where the expected fee falls: `below`, `within` or `above` the band; `null` without a fee. */
  readonly position: "below" | "within" | "above" | null;
}

/**
 * Result of {@link estimateFlatFee}.
 *
 * @category Compensation
 */
export interface FlatFeeResult extends CompensationResult<"flat-fee"> {
  /** Impressions × CPM ÷ 1,000, before adjustments. */
  readonly baseFee: Range | null;
  /** Product of every adjustment's multiplier. */
  readonly adjustmentMultiplier: number;
  /** Each multiplier applied to the base fee, in a fixed order. */
  readonly adjustments: readonly FeeAdjustment[];
  /** The published price band for the account's platform and tier. */
  readonly marketRange: MarketRange;
}

/**
 * Result of {@link estimatePayPerClick}.
 *
 * @category Compensation
 */
export interface PayPerClickResult extends CompensationResult<"pay-per-click"> {
  /** The price per click. */
  readonly costPerClick: number;
  /** The most the brand pays, or `null` without a cap. */
  readonly cap: number | null;
  /** Probability that clicks × cost per click reaches the cap; `null` without a cap or clicks. */
  readonly capProbability: number | null;
}

/**
 * Result of {@link estimateReferral}.
 *
 * @category Compensation
 */
export interface ReferralResult extends CompensationResult<"referral"> {
  /** What the creator earns per order: commission × order value, plus any bounty. */
  readonly payoutPerConversion: number;
  /** The commission rate applied, or `null` for a bounty-only deal. */
  readonly commissionRate: number | null;
  /** The bounty per order, or `null`. */
  readonly bountyPerConversion: number | null;
  /** The average order value. */
  readonly averageOrderValue: number;
  /** The brand's sales: conversions × average order value. */
  readonly revenue: Range | null;
}

/**
 * The hybrid deal of {@link compareCompensation}: a base fee plus a bonus per
 * order, with the bonus from the Holmström–Milgrom rule.
 *
 * @category Compensation
 */
export interface HybridResult extends CompensationResult<"hybrid"> {
  /** The fixed part, paid whatever happens. */
  readonly baseFee: number;
  /** The bonus per order. */
  readonly bonusPerConversion: number;
  /** Holmström–Milgrom share of the brand's value per order, `1 / (1 + riskAversion · (e^{σ²} − 1))`. */
  readonly performanceShare: number;
  /** The brand's value per order: average order value × margin. */
  readonly valuePerConversion: number;
}

/**
 * Which side bears the uncertainty of a deal: the brand (its cost per
 * conversion varies, the creator's pay does not), the creator (the reverse),
 * or both.
 *
 * @example
 * const carrier: RiskCarrier = "creator";
 * carrier;
 * // => "creator"
 * @category Compensation
 */
export type RiskCarrier = "brand" | "creator" | "shared";

/**
 * How one payment model looks to the brand and to the creator.
 *
 * @example
 * const view: ModelComparison = {
 *   brandExpectedCost: 100, brandCostPerConversion: { low: 40, expected: 50, high: 70 }, roi: null,
 *   creatorEarnings: { low: 100, expected: 100, high: 100 }, creatorCertaintyEquivalent: 100,
 *   isAcceptableToCreator: true, riskCarrier: "brand", reasons: [],
 * };
 * view.riskCarrier;
 * // => "brand"
 * @category Compensation
 */
export interface ModelComparison {
  /** What the brand expects to pay (the median cost; the agreed fee for a flat fee). */
  readonly brandExpectedCost: number | null;
  /** The brand's cost per conversion at the range's quantiles (`expected` is its median); its width is the brand's risk. Exact for every model, a pay-per-click cap included. */
  readonly brandCostPerConversion: Range | null;
  /** Return on spend at the expected values, `(conversions × order value × margin − cost) / cost`; `null` without a margin. */
  readonly roi: number | null;
  /** What the creator receives under this deal; its width is the creator's risk. */
  readonly creatorEarnings: Range | null;
  /** The sure amount the creator values the deal at, given the `riskAversion` option. */
  readonly creatorCertaintyEquivalent: number | null;
  /** Whether the certainty equivalent reaches the flat fee. */
  readonly isAcceptableToCreator: boolean | null;
  /** Who bears the uncertainty. */
  readonly riskCarrier: RiskCarrier | null;
  /** Why, in plain English. */
  readonly reasons: readonly string[];
}

/**
 * An estimator's result with its side-by-side view.
 *
 * @example
 * type ComparedFee = Compared<FlatFeeResult>;
 * const key: keyof ComparedFee = "comparison";
 * key;
 * // => "comparison"
 * @category Compensation
 */
export type Compared<Result> = Result & {
  /** How the model looks to the brand and to the creator. */
  readonly comparison: ModelComparison;
};

/**
 * The rates at which a performance deal costs the brand exactly the flat fee
 * (at the expected values). Below them the performance deal is cheaper for
 * the brand and pays the creator less than the flat fee.
 *
 * @example
 * const breakEven: BreakEven = { clickThroughRate: 0.02, conversionRate: null, reasons: ["…"] };
 * breakEven.clickThroughRate;
 * // => 0.02
 * @category Compensation
 */
export interface BreakEven {
  /** Click-through rate at which pay-per-click costs the flat fee, or `null` (unreachable, or no clicks). */
  readonly clickThroughRate: number | null;
  /** Conversion rate (at the expected click-through rate) at which the referral deal costs the flat fee, or `null`. */
  readonly conversionRate: number | null;
  /** What the numbers mean, and why any is `null`. */
  readonly reasons: readonly string[];
}

/**
 * Result of {@link compareCompensation}.
 *
 * @category Compensation
 */
export interface CompensationComparison {
  /** ISO 4217 code of every amount. */
  readonly currency: string;
  /** The flat fee the comparison uses: the `flatFee` option, else the expected fair fee; `null` without one. */
  readonly agreedFlatFee: number | null;
  /** The creator's relative risk aversion used for certainty equivalents. */
  readonly riskAversion: number;
  /** The flat-fee estimate and its comparison. */
  readonly flatFee: Compared<FlatFeeResult>;
  /** The pay-per-click estimate and its comparison. */
  readonly payPerClick: Compared<PayPerClickResult>;
  /** The referral estimate and its comparison. */
  readonly referral: Compared<ReferralResult>;
  /** The hybrid deal, when the `hybrid` option is `true`. */
  readonly hybrid?: Compared<HybridResult>;
  /** Break-even rates of the performance deals against the flat fee. */
  readonly breakEven: BreakEven;
  /** The model with the lowest expected cost per conversion among those the creator accepts. */
  readonly recommendation: {
    /** The recommended model, or `null` when nothing can be estimated. */
    readonly model: CompensationModel | null;
    /** Why. */
    readonly reasons: readonly string[];
  };
}
