import { ensureProfile, type ParsedProfile } from "../schemas/parseProfile.js";
import { withWarningReason } from "../schemas/describeWarnings.js";
import type { InfluencerProfileInput } from "../schemas/profile.js";
import { cappedCostPerConversion } from "./cappedCostPerConversion.js";
import { buildFlatFee, type EstimateFlatFeeOptions } from "./estimateFlatFee.js";
import { buildPayPerClick, type EstimatePayPerClickOptions } from "./estimatePayPerClick.js";
import { buildReferral, payoutPerConversion, type EstimateReferralOptions } from "./estimateReferral.js";
import { certaintyEquivalent, finiteOrNull, mapRange, scale, toRange, type Lognormal, type RangeScores } from "./lognormal.js";
import { parseCompareOptions, type ParsedCompareOptions } from "./options.js";
import { computeOutcomes, unitCosts, type OutcomeModel, type QualityContext } from "./outcomes.js";
import { qualityContext } from "./qualityContext.js";
import type {
  BreakEven,
  Compared,
  CompensationComparison,
  CompensationModel,
  HybridResult,
  ModelComparison,
  PayPerClickResult,
  Range,
  RiskCarrier,
} from "./types.js";
import { groupWholePart } from "../text/groupDigits.js";
import { showAmount, showMoney, showMoneyApart } from "../text/showMoney.js";
import { tellApart } from "../text/tellApart.js";
import { show } from "./show.js";

/**
 * Options for {@link compareCompensation}: the union of the three
 * estimators' options, plus the brand's margin, the creator's risk aversion,
 * the flat fee on the table and the hybrid deal.
 *
 * @category Compensation
 */
export interface CompareCompensationOptions extends EstimateFlatFeeOptions, EstimatePayPerClickOptions, EstimateReferralOptions {
  /** The brand's gross margin on an order, in [0, 1]; enables `roi` and the hybrid deal. */
  readonly margin?: number | undefined;
  /**
   * The creator's relative risk aversion ρ ≥ 0 (0 = risk neutral). Default 1
   * (logarithmic utility), which values a lognormal payout at its median.
   */
  readonly riskAversion?: number | undefined;
  /** The flat fee on the table, in `currency`; positive. Defaults to the expected fair fee. */
  readonly flatFee?: number | undefined;
  /** Add a hybrid deal (base fee + bonus per order, Holmström–Milgrom share); requires `margin`. Default `false`. */
  readonly hybrid?: boolean | undefined;
}

/** Tolerance for "the certainty equivalent reaches the flat fee" (floating-point rounding). */
const RELATIVE_TOLERANCE = 1e-9;

/** The order recommendations prefer on ties: simpler contracts first. */
const PREFERENCE: readonly CompensationModel[] = ["flat-fee", "hybrid", "pay-per-click", "referral"];

/** `range` when all three quantiles are finite, else `null`. */
function finiteRange(range: Range): Range | null {
  return Number.isFinite(range.low) && Number.isFinite(range.high) ? range : null;
}

function spread(range: Range | null): number | null {
  if (range === null || range.expected === 0) return null;
  return (range.high - range.low) / range.expected;
}

function riskCarrier(brand: Range | null, creator: Range | null): RiskCarrier | null {
  const brandSpread = spread(brand);
  const creatorSpread = spread(creator);
  if (brandSpread === null || creatorSpread === null || (brandSpread === 0 && creatorSpread === 0)) return null;
  if (creatorSpread === 0) return "brand";
  if (brandSpread === 0) return "creator";
  return "shared";
}

function isAcceptable(certainty: number | null, agreed: number | null): boolean | null {
  if (certainty === null || agreed === null) return null;
  return certainty >= agreed * (1 - RELATIVE_TOLERANCE);
}

interface Shared {
  readonly model: OutcomeModel;
  readonly scores: RangeScores;
  readonly agreed: number | null;
  /** Whether `agreed` is the caller's flat fee, written exactly (R15), rather than the fair fee. */
  readonly isAgreedGiven: boolean;
  /** Brand's value per order (order value × margin), or `null` without a margin. */
  readonly value: number | null;
  readonly currency: string;
}

function roiOf(shared: Shared, cost: number | null): number | null {
  const conversions = shared.model.conversions;
  if (shared.value === null || cost === null || cost === 0 || conversions === null) return null;
  return finiteOrNull((conversions.median * shared.value - cost) / cost);
}

function comparison(
  shared: Shared,
  parts: {
    readonly cost: number | null;
    readonly perConversion: Range | null;
    readonly earnings: Range | null;
    readonly certainty: number | null;
    readonly reasons: string[];
  },
): ModelComparison {
  const acceptable = isAcceptable(parts.certainty, shared.agreed);
  const reasons = parts.reasons;
  if (acceptable === false && parts.certainty !== null && shared.agreed !== null) {
    const [certainty, agreed] = showMoneyApart(parts.certainty, shared.agreed, shared.currency, false, shared.isAgreedGiven);
    reasons.push(`the creator would refuse: certainty equivalent ${certainty} is below the flat fee ${agreed}`);
  }
  return {
    brandExpectedCost: parts.cost,
    brandCostPerConversion: parts.perConversion,
    roi: roiOf(shared, parts.cost),
    creatorEarnings: parts.earnings,
    creatorCertaintyEquivalent: parts.certainty,
    isAcceptableToCreator: acceptable,
    riskCarrier: riskCarrier(parts.perConversion, parts.earnings),
    reasons,
  };
}

/**
 * The brand's cost per conversion under pay-per-click: `costPerClick / conversion rate`
 * without a cap (the conversion rate's spread), and `min(costPerClick, cap / clicks) / conversion rate`
 * with one (the clicks' spread too, where the cap binds); exact at every quantile.
 */
function clickCostPerConversion(model: OutcomeModel, payPerClick: PayPerClickResult, options: ParsedCompareOptions): Range | null {
  const cpa = payPerClick.unitCosts.cpa;
  if (cpa === null) return null;
  if (options.cap === undefined || model.clicks === null) return finiteRange(toRange({ median: cpa, sigma: model.conversionRate.sigma }, options.scores));
  return cappedCostPerConversion(model.clicks, model.conversionRate, options.costPerClick, options.cap, options.scores);
}

/** Cost per conversion of a payment `base + perOrder · conversions` (exact at every quantile). */
function costPerConversion(shared: Shared, base: number, perOrder: number): Range | null {
  const conversions = shared.model.conversions;
  if (conversions === null) return null;
  const inverse = finiteOrNull(1 / conversions.median);
  if (inverse === null) return null;
  return finiteRange(mapRange(toRange({ median: inverse, sigma: conversions.sigma }, shared.scores), (perUnit) => base * perUnit + perOrder));
}

function buildHybrid(
  shared: Shared,
  options: ParsedCompareOptions,
  outcomes: HybridResult["outcomes"],
  notes: string[],
): Compared<HybridResult> | null {
  const { model, agreed, value } = shared;
  const conversions = model.conversions;
  if (value === null) return null;
  if (agreed === null || conversions === null || outcomes.conversions === null) {
    notes.push("no hybrid deal: it needs a flat fee and expected conversions");
    return null;
  }
  const riskAversion = options.riskAversion;
  // A risk-neutral creator takes the whole value (β* = v); guard 0 × ∞ when e^{σ²} overflows.
  const share = riskAversion === 0 ? 1 : 1 / (1 + riskAversion * Math.expm1(conversions.sigma * conversions.sigma));
  const perUnitCertainty = certaintyEquivalent({ median: conversions.median, sigma: conversions.sigma }, riskAversion, null);
  if (perUnitCertainty === null) {
    notes.push("no hybrid deal: the conversions are too uncertain to value");
    return null;
  }
  const reasons: string[] = [];
  let bonus = share * value;
  let base = agreed - bonus * perUnitCertainty;
  reasons.push(
    `Holmström–Milgrom share 1 / (1 + ${groupWholePart(String(riskAversion))} × (e^${show(conversions.sigma)}² − 1)) = ${show(share)} of the brand's ${showMoney(value, shared.currency)} per order`,
  );
  if (base < 0) {
    // base < 0 means bonus × CE > F > 0, so the certainty equivalent is positive.
    bonus = agreed / perUnitCertainty;
    base = 0;
    reasons.push("the bonus alone already matches the flat fee for the creator: it is lowered to that level and the base is 0 (no negative base)");
  } else {
    const [baseText, agreedText] = showMoneyApart(base, agreed, shared.currency, false, shared.isAgreedGiven);
    reasons.push(`base ${baseText} = flat fee ${agreedText} − bonus × certainty equivalent of the orders, so the creator values the deal like the flat fee`);
  }
  const cost = mapRange(outcomes.conversions, (count) => base + bonus * count);
  const result: HybridResult = {
    model: "hybrid",
    currency: shared.currency,
    cost,
    creatorEarnings: cost,
    outcomes,
    unitCosts: unitCosts(cost, outcomes),
    provenance: model.provenance,
    assumptions: [
      ...model.assumptions,
      "the creator values the bonus at its certainty equivalent and adds the sure base (exact under constant absolute risk aversion, an approximation under relative risk aversion)",
      "the bonus does not change the creator's effort, so outcomes are those of the flat fee (no incentive effect is modelled)",
      "the Holmström–Milgrom rule β = v / (1 + r·k·σ²) is calibrated so that r·k·σ² = ρ · (e^{σ²} − 1), the squared coefficient of variation of the orders",
      ...(options.flatFee === undefined
        ? ["the base is set from the estimated flat fee, so the flat fee's own assumptions (its CPM and adjustments, listed in flatFee.assumptions) apply too"]
        : []),
    ],
    reasons: [...reasons, ...model.reasons],
    baseFee: base,
    bonusPerConversion: bonus,
    performanceShare: share,
    valuePerConversion: value,
  };
  const certainty = base + bonus * perUnitCertainty;
  return {
    ...result,
    comparison: comparison(shared, {
      cost: cost.expected,
      perConversion: costPerConversion(shared, base, bonus),
      earnings: cost,
      certainty,
      reasons: [
        bonus === 0
          ? "with no bonus the brand carries all of the risk, as with a flat fee"
          : base > 0
            ? "the brand and the creator share the risk: a sure base plus a bonus per order"
            : "with no base the creator carries all of the risk, as in a referral deal",
      ],
    }),
  };
}

function breakEvenOf(shared: Shared, options: ParsedCompareOptions): BreakEven {
  const { model, agreed } = shared;
  const reasons: string[] = [];
  let clickThroughRate: number | null = null;
  let conversionRate: number | null = null;
  if (agreed === null || model.impressions === null || model.clicks === null) {
    reasons.push("no break-even rates: they need a flat fee and expected impressions");
    return { clickThroughRate, conversionRate, reasons };
  }
  if (agreed === 0) {
    reasons.push("no break-even rates: the flat fee is 0");
    return { clickThroughRate, conversionRate, reasons };
  }
  const impressions = model.impressions.median;
  if (impressions === 0) {
    reasons.push("no break-even click-through rate: no impressions are expected");
  } else if (options.cap !== undefined && options.cap < agreed) {
    const [cap, fee] = showMoneyApart(options.cap, agreed, options.currency, true, shared.isAgreedGiven);
    reasons.push(`no break-even click-through rate: the cap ${cap} is below the flat fee ${fee}, so pay-per-click always costs less`);
  } else {
    const rate = agreed / (impressions * options.costPerClick);
    if (rate > 1) {
      reasons.push(`no break-even click-through rate: pay-per-click would need ${showRatio(rate)} clicks per impression to cost the flat fee`);
    } else {
      clickThroughRate = rate;
      reasons.push(
        `pay-per-click costs the flat fee at a click-through rate of ${show(rate)} (expected: ${show(model.clickThroughRate.median)}); below it, it costs the brand less and pays the creator less`,
      );
    }
  }
  const perOrder = payoutPerConversion(options);
  const clicks = model.clicks.median;
  if (clicks === 0 || perOrder === 0) {
    reasons.push(`no break-even conversion rate: ${clicks === 0 ? "no clicks are expected" : "the referral deal pays nothing per order"}`);
  } else {
    const rate = agreed / (clicks * perOrder);
    if (rate > 1) {
      reasons.push(`no break-even conversion rate: the referral deal would need ${showRatio(rate)} orders per click to cost the flat fee`);
    } else {
      conversionRate = rate;
      reasons.push(
        `the referral deal costs the flat fee at a conversion rate of ${show(rate)} (expected: ${show(model.conversionRate.median)}), at the expected click-through rate`,
      );
    }
  }
  return { clickThroughRate, conversionRate, reasons };
}

interface Entry {
  readonly model: CompensationModel;
  readonly comparison: ModelComparison;
}

/**
 * Why the flat fee always wins at risk aversion 1 or more: the creator's
 * certainty equivalent is then at most the median payment, which is the
 * brand's expected (median) cost, so accepting a deal (CE ≥ flat fee) means
 * paying at least the flat fee, and per conversion too when conversions can be
 * estimated (every deal brings the same conversions).
 */
const FLAT_FEE_AT_RISK_AVERSION =
  "why: at risk aversion 1 (the default) or more the creator values a performance deal at no more than its median payment, which is what it costs the brand at the median, so any deal the creator accepts costs the brand at least the flat fee (and so at least as much per conversion, the conversions being the same); a fixed fee is the efficient contract when the brand can carry the risk and the creator cannot. Performance pay comes out ahead only for a less risk-averse creator (riskAversion below 1) or through effects this model leaves out (more effort, screening out creators who cannot sell)";

function recommend(
  agreed: number | null,
  isAgreedGiven: boolean,
  flat: Entry,
  others: readonly Entry[],
  currency: string,
  riskAversion: number,
  notes: readonly string[],
  conversionsKnown: boolean,
): CompensationComparison["recommendation"] {
  if (agreed === null) {
    return { model: null, reasons: ["nothing to compare: the flat fee cannot be estimated because impressions are unknown", ...notes] };
  }
  const candidates = [flat, ...others]
    .filter((entry) => entry.comparison.isAcceptableToCreator === true && entry.comparison.brandExpectedCost !== null)
    .sort((left, right) => PREFERENCE.indexOf(left.model) - PREFERENCE.indexOf(right.model));
  const byConversion = candidates.every((entry) => entry.comparison.brandCostPerConversion !== null);
  const keyOf = (entry: Entry): number =>
    (byConversion ? entry.comparison.brandCostPerConversion?.expected : entry.comparison.brandExpectedCost) ?? Number.POSITIVE_INFINITY;
  // The flat fee is always acceptable; a deal replaces it only when clearly cheaper.
  let best = flat;
  for (const entry of candidates) {
    if (keyOf(entry) < keyOf(best) * (1 - RELATIVE_TOLERANCE)) best = entry;
  }
  const measure = byConversion
    ? "expected cost per conversion"
    : `expected cost (${conversionsKnown ? "no conversions are expected" : "conversions cannot be estimated"})`;
  // Ranked by expected cost, the flat fee's is the fee itself: the caller's, written exactly (R15).
  const lowest = best === flat && !byConversion && isAgreedGiven ? `${groupWholePart(String(agreed))} ${currency}` : showMoney(keyOf(best), currency);
  const reasons = [`${best.model}: the lowest ${measure}, ${lowest}, among the deals the creator accepts`];
  if (best === flat && riskAversion >= 1) reasons.push(FLAT_FEE_AT_RISK_AVERSION);
  const bestPerConversion = best.comparison.brandCostPerConversion?.expected ?? null;
  for (const entry of others) {
    if (entry.comparison.isAcceptableToCreator !== false) continue;
    const perConversion = entry.comparison.brandCostPerConversion?.expected ?? null;
    const isCheaper = perConversion !== null && bestPerConversion !== null && perConversion < bestPerConversion;
    const [certainty, fee] = showMoneyApart(entry.comparison.creatorCertaintyEquivalent ?? 0, agreed, currency, false, isAgreedGiven);
    reasons.push(`${entry.model} is out: its certainty equivalent ${certainty} is below the flat fee ${fee}${isCheaper ? " (it would cost the brand less per conversion)" : ""}`);
  }
  return { model: best.model, reasons: [...reasons, ...notes] };
}

/**
 * {@link compareCompensation} on a parsed profile with validated options
 * (from the internal `parseCompareOptions`) and precomputed engagement and
 * trust results, so the report computes each model once.
 *
 * @internal
 */
export function compareCompensationParsed(profile: ParsedProfile, options: ParsedCompareOptions, context: QualityContext): CompensationComparison {
  const model = computeOutcomes(profile, options, context);
  const flat = buildFlatFee(model, options, context);
  const payPerClick = buildPayPerClick(model, options);
  const referral = buildReferral(model, options);
  const agreed = options.flatFee ?? flat.cost?.expected ?? null;
  const shared: Shared = {
    model,
    scores: options.scores,
    agreed,
    isAgreedGiven: options.flatFee !== undefined,
    value: options.margin === undefined ? null : options.averageOrderValue * options.margin,
    currency: options.currency,
  };
  const { riskAversion } = options;
  const notes: string[] = [];

  const flatReasons = ["the creator is paid the same whatever happens; the brand carries the reach, click and conversion risk"];
  if (options.flatFee !== undefined && flat.cost !== null) {
    const [yours, fair] = showMoneyApart(options.flatFee, flat.cost.expected, options.currency, true);
    flatReasons.push(`your flat fee ${yours} against a fair fee of ${fair} (median)`);
  }
  const flatComparison = comparison(shared, {
    cost: agreed,
    perConversion: agreed === null ? null : costPerConversion(shared, agreed, 0),
    earnings: agreed === null ? null : { low: agreed, expected: agreed, high: agreed },
    certainty: agreed,
    reasons: flatReasons,
  });

  const clicks: Lognormal | null = model.clicks;
  const clickPayment = clicks === null ? null : scale(clicks, options.costPerClick);
  const clickComparison = comparison(shared, {
    cost: payPerClick.cost?.expected ?? null,
    perConversion: clickCostPerConversion(model, payPerClick, options),
    earnings: payPerClick.cost,
    certainty: clickPayment === null ? null : certaintyEquivalent(clickPayment, riskAversion, options.cap ?? null),
    reasons: [
      options.cap === undefined
        ? "the creator carries the reach and click risk; the brand keeps the conversion risk"
        : "the creator carries the reach and click risk up to the cap; the brand keeps the conversion risk, and past the cap the click risk too (it pays the cap however many clicks come, so its cost per conversion varies with the clicks)",
    ],
  });

  const perOrder = referral.payoutPerConversion;
  const referralComparison = comparison(shared, {
    cost: referral.cost?.expected ?? null,
    perConversion: model.conversions === null ? null : { low: perOrder, expected: perOrder, high: perOrder },
    earnings: referral.cost,
    certainty: model.conversions === null ? null : certaintyEquivalent(scale(model.conversions, perOrder), riskAversion, null),
    reasons: ["the creator carries all of the risk; the brand pays a fixed amount per order"],
  });

  const hybrid = options.hybrid ? buildHybrid(shared, options, flat.outcomes, notes) : null;
  const others: Entry[] = [
    { model: "pay-per-click", comparison: clickComparison },
    { model: "referral", comparison: referralComparison },
  ];
  if (hybrid !== null) others.push({ model: "hybrid", comparison: hybrid.comparison });
  // Object.assign, not spread: `{ ...object, key }` measured ~1 µs per copy on Node 20. Same keys, same order.
  const result: { -readonly [Key in keyof CompensationComparison]: CompensationComparison[Key] } = {
    currency: options.currency,
    agreedFlatFee: agreed,
    riskAversion,
    flatFee: Object.assign({}, flat, { comparison: flatComparison }),
    payPerClick: Object.assign({}, payPerClick, { comparison: clickComparison }),
    referral: Object.assign({}, referral, { comparison: referralComparison }),
  } as CompensationComparison;
  if (hybrid !== null) result.hybrid = hybrid;
  result.breakEven = breakEvenOf(shared, options);
  result.recommendation = recommend(agreed, shared.isAgreedGiven, { model: "flat-fee", comparison: flatComparison }, others, options.currency, riskAversion, notes, model.conversions !== null);
  return result;
}

/**
 * Flat fee, pay-per-click and referral (and, on request, a hybrid) side by
 * side for the brand and for the creator, with the break-even rates between
 * them and a recommendation.
 *
 * All deals share one outcome model (see {@link estimateFlatFee}). For each:
 * the brand's expected (median) cost and cost per conversion — whose spread
 * shows the brand's risk — and the ROI `(conversions × order value × margin −
 * cost) / cost` when `margin` is given; the creator's earnings and their
 * certainty equivalent under constant relative risk aversion ρ
 * (`riskAversion`): for lognormal pay, `CE = median · e^{(1−ρ)σ²/2}` (the
 * mean when ρ = 0, the median when ρ = 1), with the cap handled exactly. A
 * performance deal is acceptable to the creator when its CE reaches the flat
 * fee. The recommendation is the acceptable deal with the lowest expected cost
 * per conversion (ties go to the simpler contract). At the default ρ = 1 (or
 * more) that is always the flat fee: an accepted deal's median cost is at
 * least the flat fee, and the reasons say so; performance pay can win only
 * for ρ < 1, since effort and screening effects are not modelled. `breakEven` gives the
 * click-through rate at which pay-per-click, and the conversion rate at which
 * the referral deal, cost the brand exactly the flat fee at the medians
 * (`flatFee / (impressions × costPerClick)` and `flatFee / (clicks × payout per order)`).
 * The hybrid pays a bonus per order of `β = v / (1 + ρ(e^{σ²} − 1))`
 * (Holmström & Milgrom, "Aggregation and Linearity in the Provision of
 * Intertemporal Incentives", Econometrica 55(2), 1987), v = order value ×
 * margin, plus the base that gives the creator the flat fee's certainty
 * equivalent. Method: `docs/methodology/compensation.md`. O(n log n) in the
 * number of posts.
 *
 * @param profile - An {@link InfluencerProfileInput}, or a profile returned by {@link parseProfile}.
 * @param options - `costPerClick` and `averageOrderValue` (required), deal terms, margin and risk aversion; see {@link CompareCompensationOptions}.
 * @returns The three (or four) results, each with a `comparison`, the
 *   break-even rates and the recommendation; amounts are `null` with reasons
 *   when impressions cannot be estimated.
 * @throws {@link InfluencerInputError} if the profile or an option is invalid
 *   (e.g. `["margin"]` when `hybrid` is `true` without it).
 * @example
 * const comparison = compareCompensation(
 *   { platform: "instagram", followers: 10_000 },
 *   { costPerClick: 0.5, averageOrderValue: 80, commissionRate: 0.1, clickThroughRate: 0.01, conversionRate: 0.02 },
 * );
 * // flat fee 32.67 = 3,772 impressions × 8.66 CPM ÷ 1,000; pay-per-click 37.72 × 0.5 = 18.86; referral 0.7544 × 8 = 6.04
 * [comparison.recommendation.model, comparison.payPerClick.comparison.isAcceptableToCreator];
 * // => ["flat-fee", false]
 * @example
 * // break-even: 32.666 / (3,772 × 0.5) = 0.01732 clicks per impression
 * const { breakEven } = compareCompensation({ platform: "instagram", followers: 10_000 }, { costPerClick: 0.5, averageOrderValue: 80 });
 * Math.round(breakEven.clickThroughRate! * 100_000) / 100_000;
 * // => 0.01732
 * @category Compensation
 */
export function compareCompensation(profile: InfluencerProfileInput | ParsedProfile, options: CompareCompensationOptions): CompensationComparison {
  const parsedProfile = ensureProfile(profile);
  const parsedOptions = parseCompareOptions(options);
  const comparison = compareCompensationParsed(parsedProfile, parsedOptions, qualityContext(parsedProfile));
  // The comparison's verdict names the warnings (its estimates are the parts of one answer).
  if (parsedProfile.warnings.length === 0) return comparison;
  return { ...comparison, recommendation: withWarningReason(comparison.recommendation, parsedProfile.warnings) };
}

/**
 * A ratio above 1 for a sentence, never written "1" (1.00001 would read "would need 1 clicks per
 * impression", as if one were enough); a tiny divisor can make it overflow, which reads as "too many". @internal
 */
function showRatio(ratio: number): string {
  return Number.isFinite(ratio) ? tellApart(ratio, 1, show, showAmount, 5)[0] : "more than can be counted";
}
