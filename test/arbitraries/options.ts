// Valid options for every public function, each field present or absent,
// with the documented edges (budget barely above 0, shares of 0 and 1, …).
import { fc } from "@fast-check/vitest";
import {
  ENGAGEMENT_ACTIONS,
  ENGAGEMENT_BASES,
  ENGAGEMENT_BENCHMARKS,
  PLATFORMS,
  POST_FORMATS,
  TIER_IDS,
  TIER_SCHEMES,
  TRUST_BANDS,
  TRUST_SIGNAL_KEYS,
  BENFORD_CONFORMITY,
  defineTierScheme,
  FAKE_ACCOUNT_MODEL,
  type CompareCompensationOptions,
  type EngagementAction,
  type EstimateAudienceAuthenticityOptions,
  type ScoreEngagementOptions,
  type ScoreTrustOptions,
  type SelectInfluencersOptions,
  type SelectionCandidate,
  type TierSchemeName,
} from "../../src/index.js";
import { dateInput, instantMs, optional, share, withoutUndefined } from "./primitives.js";

/** The names of the shipped tier schemes. */
export const tierSchemeName: fc.Arbitrary<TierSchemeName> = fc.constantFrom(...(Object.keys(TIER_SCHEMES) as TierSchemeName[]));

/** A custom scheme built once with defineTierScheme (its result is what classifyTier accepts). */
let customScheme: ReturnType<typeof defineTierScheme> | undefined;
function custom(): ReturnType<typeof defineTierScheme> {
  customScheme ??= defineTierScheme(
    [
      { tier: "nano", min: 0 },
      { tier: "micro", min: 5_000 },
      { tier: "mid", min: 25_000 },
      { tier: "macro", min: 250_000 },
      { tier: "mega", min: 1_000_000 },
    ],
    { name: "agency-2026", source: "Test agency, rate card, 2026", year: 2026 },
  );
  return customScheme;
}

/** A tier scheme option: a name, a custom scheme, or one per platform. */
export const tierScheme = fc.oneof(
  tierSchemeName,
  fc.constant(null).map(() => custom()),
  fc.record({ instagram: tierSchemeName, youtube: tierSchemeName, default: tierSchemeName }, { requiredKeys: [] }),
);

/** A non-empty list of engagement actions. */
export const actions: fc.Arbitrary<EngagementAction[]> = fc.uniqueArray(fc.constantFrom(...ENGAGEMENT_ACTIONS), { minLength: 1, maxLength: 4 });

/** Options of scoreEngagement (and the engagement part of the other models). */
export const engagementOptions: fc.Arbitrary<ScoreEngagementOptions> = fc
  .record({
    basis: optional(fc.constantFrom(...ENGAGEMENT_BASES)),
    actions: optional(actions),
    benchmarks: optional(fc.constant(ENGAGEMENT_BENCHMARKS)),
  })
  .map(withoutUndefined);

/** Options of estimateAudienceAuthenticity: a threshold in the model's range, or own accuracy figures. */
export const audienceOptions: fc.Arbitrary<EstimateAudienceAuthenticityOptions> = fc.oneof(
  fc
    .record({
      // 0.01–0.99 are the model's cross-validated thresholds; at 0.99 its sensitivity is 0, so sensitivity + specificity = 1 (rejected).
      threshold: optional(fc.double({ min: 0.01, max: 0.98, noNaN: true })),
      confidenceLevel: optional(fc.double({ min: 0.01, max: 0.99, noNaN: true })),
      thresholdBandWidth: optional(fc.oneof(fc.constantFrom(0, 0.5), fc.double({ min: 0, max: 0.5, noNaN: true }))),
      model: optional(fc.constant(FAKE_ACCOUNT_MODEL)),
    })
    .map(withoutUndefined),
  fc
    .record({
      threshold: share,
      sensitivity: fc.double({ min: 0.51, max: 1, noNaN: true }),
      specificity: fc.double({ min: 0.51, max: 1, noNaN: true }),
    })
    .map(withoutUndefined),
);

/** Options of scoreTrust: weight overrides (at least one stays positive), bands, the present instant, sub-model options. */
export const trustOptions: fc.Arbitrary<ScoreTrustOptions> = fc
  .record({
    weights: optional(fc.dictionary(fc.constantFrom(...TRUST_SIGNAL_KEYS), fc.oneof(fc.constant(0), fc.double({ min: 0, max: 10, noNaN: true })), { maxKeys: 4 })),
    bands: optional(fc.constant(TRUST_BANDS)),
    now: optional(fc.oneof(dateInput, instantMs)),
    audience: optional(audienceOptions),
    engagement: optional(engagementOptions),
  })
  .map(withoutUndefined);

/** An amount of money the compensation options accept (a millionth to a trillion). */
export const amount: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: 0.01, max: 10_000, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(1e-6, 1e12) },
  { weight: 1, arbitrary: fc.double({ min: 1e-6, max: 1e12, noNaN: true }) },
);

const days = fc.oneof(fc.integer({ min: 0, max: 730 }), fc.constant(Number.MAX_SAFE_INTEGER));

/**
 * Options of compareCompensation; the single-model estimators take subsets.
 * The currency is left out or USD, the rate card's (the flat fee requires
 * them to match).
 */
export const compensationOptions: fc.Arbitrary<CompareCompensationOptions> = fc
  .record({
    costPerClick: amount,
    averageOrderValue: amount,
    currency: optional(fc.constant("USD")),
    format: optional(fc.constantFrom(...POST_FORMATS)),
    quantiles: optional(
      fc.record({ low: fc.double({ min: 0.001, max: 0.5, noNaN: true }), high: fc.double({ min: 0.5, max: 0.999, noNaN: true }) }, { requiredKeys: [] }),
    ),
    clickThroughRate: optional(share),
    conversionRate: optional(share),
    commissionRate: optional(share),
    bountyPerConversion: optional(amount),
    cap: optional(amount),
    demand: optional(fc.double({ min: 0.001, max: 1_000, noNaN: true })),
    bookingRate: optional(share),
    usageRightsDays: optional(days),
    whitelistingDays: optional(days),
    exclusivityDays: optional(days),
    margin: optional(share),
    riskAversion: optional(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 100, noNaN: true }))),
    flatFee: optional(amount),
    hybrid: fc.boolean(),
  })
  .map(({ hybrid, ...rest }) => withoutUndefined({ ...rest, ...(hybrid && rest.margin !== undefined ? { hybrid } : {}) }));

/** Options of the one-call report: each model's options, sometimes absent. */
export const reportOptions = fc
  .record({
    tierScheme: optional(tierScheme),
    engagement: optional(engagementOptions),
    // The report passes its own engagement options to trust.
    trust: optional(trustOptions.map((options) => withoutUndefined({ ...options, engagement: undefined }))),
    compensation: optional(compensationOptions),
  })
  .map(withoutUndefined);

/** A conformity table for measureBenfordConformity: the defaults or a stricter copy. */
export const benfordOptions = fc.oneof(
  fc.constant({}),
  fc.constant({ conformity: BENFORD_CONFORMITY }),
  fc.record({ minimumSampleSize: fc.integer({ min: 1, max: 60 }), expectedMadFactor: fc.double({ min: 0.5, max: 3, noNaN: true }) }).map(({ minimumSampleSize, expectedMadFactor }) => ({
    conformity: { ...BENFORD_CONFORMITY, values: { ...BENFORD_CONFORMITY.values, minimumSampleSize, expectedMadFactor } },
  })),
);

/** Candidates for selection: unique ids, positive costs, every optional field present or absent; reach on all when `withReach`. */
export function candidates(withReach: boolean, maxLength = 10): fc.Arbitrary<SelectionCandidate[]> {
  return fc
    .uniqueArray(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 6 }),
        cost: fc.oneof(fc.integer({ min: 1, max: 10_000 }), fc.double({ min: 0.01, max: 1e6, noNaN: true })),
        value: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10_000 }), fc.double({ min: 0, max: 1e6, noNaN: true })),
        reach: withReach ? share : optional(share),
        tier: optional(fc.constantFrom(...TIER_IDS)),
        platform: optional(fc.constantFrom(...PLATFORMS)),
        trust: optional(fc.double({ min: 0, max: 100, noNaN: true })),
        // A trust score on thin evidence: how far the missing signals could move it down and up.
        trustSpread: optional(fc.tuple(fc.double({ min: 0, max: 60, noNaN: true }), fc.double({ min: 0, max: 60, noNaN: true }))),
        group: optional(fc.constantFrom("a", "b", "c")),
      }),
      { maxLength, selector: (candidate) => candidate.id },
    )
    .map((items) =>
      items.map(({ trustSpread, ...item }) => {
        const trustRange =
          trustSpread === undefined || item.trust === undefined
            ? undefined
            : { lower: Math.max(0, item.trust - trustSpread[0]), upper: Math.min(100, item.trust + trustSpread[1]) };
        return withoutUndefined({ ...item, trustRange });
      }),
    );
}

/** Constraint options shared by selectInfluencers and compareStrategies (no budget, no required ids). */
export const selectionConstraints = fc
  .record({
    maxCount: optional(fc.integer({ min: 0, max: 6 })),
    minTrust: optional(fc.double({ min: 0, max: 100, noNaN: true })),
    maxPerTier: optional(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.record({ nano: fc.nat(3), mega: fc.nat(3) }, { requiredKeys: [] }))),
    maxPerGroup: optional(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.record({ a: fc.nat(3) }, { requiredKeys: [] }))),
  })
  .map(withoutUndefined);

/** A selection problem: candidates with options that refer to their ids (required ones never excluded). */
export const selectionProblem: fc.Arbitrary<[SelectionCandidate[], SelectInfluencersOptions]> = fc
  .constantFrom<"value" | "reach">("value", "reach")
  .chain((objective) =>
    fc.tuple(
      fc.constant(objective),
      candidates(objective === "reach"),
      selectionConstraints,
      fc.oneof(fc.double({ min: 0.01, max: 1e6, noNaN: true }), fc.integer({ min: 1, max: 20_000 })),
      fc.infiniteStream(fc.nat(9)),
      fc.boolean(),
    ),
  )
  .map(([objective, items, constraints, budget, picks, withCurrency]) => {
    const [first, second, third] = [...picks.take(3)];
    const ids = items.map((item) => item.id);
    const required = ids.length > 0 && first !== undefined && first < 2 ? [ids[first % ids.length] ?? ""] : [];
    const excluded = ids.filter((id, index) => !required.includes(id) && index === second);
    return [
      items,
      withoutUndefined({
        budget,
        objective: third === 0 ? undefined : objective,
        ...constraints,
        require: required.length > 0 ? required : undefined,
        exclude: excluded.length > 0 ? excluded : undefined,
        currency: withCurrency ? "EUR" : undefined,
      }),
    ];
  });
