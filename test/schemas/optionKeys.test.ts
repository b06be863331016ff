// Unknown option keys: a misspelt option (`benchmark` for `benchmarks`) is an
// issue at its own path, never ignored. Each function's list of known keys is
// written here as a record typed from its options type, so a key added to a
// type without being accepted at run time (or the reverse) fails this file.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPath, issuesOf, issuesOrNone } from "../arbitraries/laws.js";
import {
  calibrateEngagementBenchmarks,
  classifyTier,
  compareCompensation,
  compareStrategies,
  defineTierScheme,
  ENGAGEMENT_BENCHMARKS,
  estimateAudienceAuthenticity,
  estimateFakeAccountProbability,
  estimateFlatFee,
  estimatePayPerClick,
  estimateReferral,
  measureBenfordConformity,
  measureEngagementRate,
  parseProfile,
  parseProfiles,
  safeParseProfile,
  scoreEngagement,
  scoreInfluencer,
  scoreInfluencers,
  scoreTrust,
  selectInfluencers,
  type CalibrateEngagementBenchmarksOptions,
  type ClassifyTierOptions,
  type CompareCompensationOptions,
  type CompareProfilesOptions,
  type EstimateAudienceAuthenticityOptions,
  type EstimateFakeAccountProbabilityOptions,
  type InputIssue,
  type MeasureBenfordConformityOptions,
  type MeasureEngagementRateOptions,
  type ParseProfileOptions,
  type ScoreEngagementOptions,
  type ScoreInfluencerOptions,
  type ScoreTrustOptions,
  type SelectProfilesOptions,
  type TierBandInput,
  type TierSchemeMeta,
} from "../../src/index.js";

/** Every key of `T`, as a record the compiler checks for completeness. */
type EveryKey<T> = { readonly [Key in keyof Required<T>]: true };

function keysOf<T>(record: EveryKey<T>): string[] {
  return Object.keys(record);
}

const profile = { platform: "instagram", followers: 20_000, posts: [{ likes: 400, comments: 12 }] } as const;
const account = { followers: 300, following: 280, posts: 45 };
const candidates = [
  { id: "a", cost: 100, value: 10 },
  { id: "b", cost: 50, value: 6 },
];
const dealTerms = { costPerClick: 0.5, averageOrderValue: 40 };

const parseKeys = keysOf<ParseProfileOptions>({ now: true });
const reportKeys = keysOf<ScoreInfluencerOptions>({ tierScheme: true, engagement: true, trust: true, compensation: true, now: true });
const compensationKeys = keysOf<CompareCompensationOptions>({
  currency: true,
  format: true,
  quantiles: true,
  clickThroughRate: true,
  conversionRate: true,
  rateCard: true,
  demand: true,
  bookingRate: true,
  usageRightsDays: true,
  whitelistingDays: true,
  exclusivityDays: true,
  costPerClick: true,
  cap: true,
  averageOrderValue: true,
  commissionRate: true,
  bountyPerConversion: true,
  margin: true,
  riskAversion: true,
  flatFee: true,
  hybrid: true,
});

const selectionKeys = keysOf<SelectProfilesOptions & CompareProfilesOptions>({
  budget: true,
  objective: true,
  maxCount: true,
  minTrust: true,
  maxPerTier: true,
  maxPerGroup: true,
  require: true,
  exclude: true,
  overlap: true,
  currency: true,
  maxSearchNodes: true,
  costOfProfile: true,
  valueOfProfile: true,
  compensation: true,
  audienceSize: true,
  tierScheme: true,
  engagement: true,
  trust: true,
  now: true,
});

interface Case {
  readonly name: string;
  /** Calls the function with `options` (the required ones already in `base`). */
  readonly call: (options: Record<string, unknown>) => unknown;
  /** The options every call needs. */
  readonly base: Record<string, unknown>;
  /** The keys the function takes, checked against its options type. */
  readonly known: readonly string[];
}

const cases: readonly Case[] = [
  { name: "parseProfile", call: (options) => parseProfile(profile, options), base: {}, known: parseKeys },
  {
    name: "safeParseProfile",
    call: (options) => {
      const result = safeParseProfile(profile, options);
      if (!result.success) throw result.error;
    },
    base: {},
    known: parseKeys,
  },
  { name: "parseProfiles", call: (options) => parseProfiles([profile], options), base: {}, known: parseKeys },
  { name: "classifyTier", call: (options) => classifyTier(20_000, options), base: {}, known: keysOf<ClassifyTierOptions>({ scheme: true, platform: true }) },
  {
    name: "defineTierScheme",
    call: (options) => defineTierScheme([{ tier: "nano", min: 0 }], options),
    base: {},
    known: keysOf<TierSchemeMeta>({ name: true, source: true, year: true, url: true }),
  },
  {
    name: "measureEngagementRate",
    call: (options) => measureEngagementRate({ likes: 10, comments: 1 }, options),
    base: {},
    known: keysOf<MeasureEngagementRateOptions>({ followers: true, basis: true, actions: true, platform: true }),
  },
  { name: "scoreEngagement", call: (options) => scoreEngagement(profile, options), base: {}, known: keysOf<ScoreEngagementOptions>({ basis: true, actions: true, benchmarks: true }) },
  {
    name: "calibrateEngagementBenchmarks",
    call: (options) => calibrateEngagementBenchmarks([profile], options),
    base: {},
    known: keysOf<CalibrateEngagementBenchmarksOptions>({
      basis: true,
      actions: true,
      fallback: true,
      minProfilesPerCell: true,
      source: true,
      year: true,
      version: true,
      date: true,
    }),
  },
  {
    name: "scoreTrust",
    call: (options) => scoreTrust(profile, options),
    base: {},
    known: keysOf<ScoreTrustOptions>({ weights: true, thresholds: true, bands: true, now: true, audience: true, engagement: true }),
  },
  {
    name: "estimateAudienceAuthenticity",
    call: (options) => estimateAudienceAuthenticity([account], options),
    base: {},
    known: keysOf<EstimateAudienceAuthenticityOptions>({
      threshold: true,
      sensitivity: true,
      specificity: true,
      confidenceLevel: true,
      thresholdBandWidth: true,
      model: true,
    }),
  },
  {
    name: "estimateFakeAccountProbability",
    call: (options) => estimateFakeAccountProbability(account, options),
    base: {},
    known: keysOf<EstimateFakeAccountProbabilityOptions>({ model: true }),
  },
  {
    name: "measureBenfordConformity",
    call: (options) => measureBenfordConformity([1, 2, 3], options),
    base: {},
    known: keysOf<MeasureBenfordConformityOptions>({ conformity: true }),
  },
  // Every compensation function takes every deal term, so one object of terms serves them all.
  { name: "estimateFlatFee", call: (options) => estimateFlatFee(profile, options), base: {}, known: compensationKeys },
  { name: "estimatePayPerClick", call: (options) => estimatePayPerClick(profile, options as never), base: { costPerClick: 0.5 }, known: compensationKeys },
  { name: "estimateReferral", call: (options) => estimateReferral(profile, options as never), base: { averageOrderValue: 40 }, known: compensationKeys },
  { name: "compareCompensation", call: (options) => compareCompensation(profile, options as never), base: dealTerms, known: compensationKeys },
  {
    name: "scoreInfluencer",
    call: (options) => scoreInfluencer(profile, options),
    base: {},
    known: reportKeys,
  },
  {
    name: "scoreInfluencers",
    call: (options) => scoreInfluencers([profile], options),
    base: {},
    known: reportKeys,
  },
  { name: "selectInfluencers", call: (options) => selectInfluencers(candidates, options as never), base: { budget: 120 }, known: selectionKeys },
  { name: "selectInfluencers (profiles)", call: (options) => selectInfluencers([profile], options as never), base: { budget: 1e6 }, known: selectionKeys },
  // compareStrategies takes the budget as its second argument and no `require`: both are refused with their own message.
  {
    name: "compareStrategies",
    call: (options) => compareStrategies(candidates, 120, options),
    base: {},
    known: selectionKeys.filter((key) => key !== "budget" && key !== "require"),
  },
];

/** What every check of option keys says of `key` at `path`. */
function unknownKeyIssue(path: readonly (string | number)[], known: readonly string[]): InputIssue {
  const key = String(path[path.length - 1]);
  return {
    path,
    code: "invalid_value",
    message: `${formatPath(path)}: expected a key that is one of ${known.map((name) => `"${name}"`).join(", ")}, received ${JSON.stringify(key)}`,
  };
}

describe("option keys", () => {
  it.each(cases)("$name accepts every key its options type declares", ({ call, base, known }) => {
    const every = Object.fromEntries(known.map((key) => [key, undefined]));
    expect(issuesOrNone(() => call({ ...every, ...base }))).toBe("no error");
  });

  it.each(cases)("$name refuses a key it does not take, at the key's own path", ({ call, base, known }) => {
    expect(issuesOf(() => call({ ...base, colour: "red" }))).toEqual([unknownKeyIssue(["colour"], known)]);
  });

  it("lists the known keys a misspelt option was meant to be, e.g. benchmark for benchmarks", () => {
    expect(issuesOf(() => scoreEngagement(profile, { benchmark: ENGAGEMENT_BENCHMARKS } as never))).toEqual([
      {
        path: ["benchmark"],
        code: "invalid_value",
        message: 'benchmark: expected a key that is one of "basis", "actions", "benchmarks", received "benchmark"',
      },
    ]);
  });

  it("reports an unknown key with the options' other problems, in one throw", () => {
    expect(issuesOf(() => scoreEngagement(profile, { basis: "likes", benchmark: 1 } as never)).map((issue) => issue.path)).toEqual([["basis"], ["benchmark"]]);
    expect(issuesOf(() => classifyTier(-1, { schema: "standard" } as never)).map((issue) => issue.path)).toEqual([["schema"], ["followers"]]);
  });

  it("ignores symbol keys, as JSON does", () => {
    for (const { call, base } of cases) expect(issuesOrNone(() => call({ ...base, [Symbol("tag")]: 1 }))).toBe("no error");
  });

  it("refuses any string key outside the known ones, whatever its name and value (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue(), ({ call, base, known }, key, value) => {
        fc.pre(!known.includes(key) && !(key in base) && key !== "budget" && key !== "require");
        const options = { ...base };
        Object.defineProperty(options, key, { value, enumerable: true, configurable: true, writable: true });
        const issues = issuesOf(() => call(options));
        expect(issues.filter((issue) => issue.path.length === 1 && issue.path[0] === key)).toEqual([unknownKeyIssue([key], known)]);
      }),
      { numRuns: 200 },
    );
  });

  it("names the path of an unknown key inside a nested options object", () => {
    const engagementKeys = ["basis", "actions", "benchmarks"];
    const quantileKeys = ["low", "high"];
    expect(issuesOf(() => scoreInfluencer(profile, { engagement: { benchmark: 1 } } as never))).toEqual([unknownKeyIssue(["engagement", "benchmark"], engagementKeys)]);
    expect(issuesOf(() => scoreInfluencer(profile, { compensation: { costPerClik: 0.5 } } as never))).toEqual([unknownKeyIssue(["compensation", "costPerClik"], compensationKeys)]);
    expect(issuesOf(() => scoreTrust(profile, { engagement: { benchmark: 1 } } as never))).toEqual([unknownKeyIssue(["engagement", "benchmark"], engagementKeys)]);
    expect(issuesOf(() => scoreTrust(profile, { audience: { treshold: 0.3 } } as never))).toEqual([
      unknownKeyIssue(["audience", "treshold"], ["threshold", "sensitivity", "specificity", "confidenceLevel", "thresholdBandWidth", "model"]),
    ]);
    expect(issuesOf(() => estimateFlatFee(profile, { quantiles: { lo: 0.1 } } as never))).toEqual([unknownKeyIssue(["quantiles", "lo"], quantileKeys)]);
    expect(issuesOf(() => selectInfluencers([profile], { budget: 1e6, compensation: { curency: "USD" } } as never))).toEqual([
      unknownKeyIssue(["compensation", "curency"], compensationKeys),
    ]);
    const bandKeys = keysOf<TierBandInput>({ tier: true, min: true, label: true, max: true });
    expect(issuesOf(() => defineTierScheme([{ tier: "nano", min: 0, lable: "Seed" } as never]))).toEqual([unknownKeyIssue(["bands", 0, "lable"], bandKeys)]);
  });

  it("lets one object of deal terms serve every compensation function, and still checks the terms a function does not use", () => {
    const terms = { ...dealTerms, cap: 200, commissionRate: 0.1, margin: 0.2, usageRightsDays: 30 };
    for (const call of [estimateFlatFee, estimatePayPerClick, estimateReferral, compareCompensation]) expect(issuesOrNone(() => call(profile, terms))).toBe("no error");
    expect(issuesOf(() => estimateFlatFee(profile, { costPerClick: -1 } as never)).map((issue) => issue.path)).toEqual([["costPerClick"]]);
  });

  it("refuses a budget passed to compareStrategies as an option, since the budget is its second argument", () => {
    expect(issuesOf(() => compareStrategies(candidates, 120, { budget: 50 } as never))).toEqual([
      {
        path: ["budget"],
        code: "invalid_type",
        message: "budget: expected no budget option (the budget is compareStrategies' second argument), received 50",
      },
    ]);
  });
});
