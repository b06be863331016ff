import { compareCompensationParsed, type CompareCompensationOptions } from "../compensation/compareCompensation.js";
import { estimateFlatFeeParsed } from "../compensation/estimateFlatFee.js";
import { audienceContext, feeTrust } from "../compensation/qualityContext.js";
import { parseCompareOptions, parseFeeOptions, type ParsedCompareOptions, type ParsedFeeOptions } from "../compensation/options.js";
import type { CompensationComparison, FlatFeeResult } from "../compensation/types.js";
import { scoreEngagementParsed, type EngagementScore, type ScoreEngagementOptions } from "../engagement/scoreEngagement.js";
import { checkOptionKeys, checkOptionsObject } from "../schemas/checkArguments.js";
import { InfluencerInputError, type InputIssue } from "../schemas/InfluencerInputError.js";
import { ensureProfile, type InputWarning, type ParsedProfile } from "../schemas/parseProfile.js";
import type { Platform } from "../schemas/platform.js";
import type { InfluencerProfileInput } from "../schemas/profile.js";
import { classifyTier, type ClassifyTierOptions, type TierResult } from "../tiers/classifyTier.js";
import { evaluateTrustParsed, type ScoreTrustOptions, type TrustScore } from "../trust/scoreTrust.js";
import { describeReport } from "./describeReport.js";
import { collectIssues, prepareModelOptions } from "./modelOptions.js";
import { VERSION } from "../version.js";

/**
 * Options for {@link scoreInfluencer}, {@link scoreInfluencers} and
 * {@link scoreInfluencersStream}: each model's own options, passed through.
 *
 * @example
 * const options: ScoreInfluencerOptions = {
 *   tierScheme: "later-fohr",
 *   compensation: { costPerClick: 0.8, averageOrderValue: 60, commissionRate: 0.15 },
 * };
 * options.tierScheme;
 * // => "later-fohr"
 * @category Report
 */
export interface ScoreInfluencerOptions {
  /** Tier scheme for `tier`: a name, a scheme or a scheme per platform (see {@link classifyTier}). Defaults to `"standard"`. */
  readonly tierScheme?: ClassifyTierOptions["scheme"] | undefined;
  /** Options of the engagement model (basis, actions, benchmarks); see {@link scoreEngagement}. The trust and compensation models use the same engagement score. */
  readonly engagement?: ScoreEngagementOptions | undefined;
  /**
   * Options of the trust model (weights, thresholds, bands, audience estimate); see {@link scoreTrust}.
   * They also shape the flat fee's trust premium, which reads the report's trust score. Its
   * `engagement` option is refused: the report's `engagement` applies to every model.
   */
  readonly trust?: ScoreTrustOptions | undefined;
  /**
   * Options of the compensation models (deal terms, currency, format, rate
   * card, …); see {@link compareCompensation}. The flat fee is always
   * estimated; the side-by-side comparison with pay-per-click and referral
   * deals needs the brand's `costPerClick` and `averageOrderValue`, which have
   * no defensible default: without them `compensation` is `null` (the other
   * deal terms given are still checked).
   */
  readonly compensation?: Partial<CompareCompensationOptions> | undefined;
  /**
   * The present instant (ISO 8601 string, `Date` or epoch milliseconds): the
   * reference date for the trust model's account age and for the
   * `post_in_future` warning when a raw profile is parsed (a profile from
   * {@link parseProfile} keeps the warnings it was parsed with). Without it,
   * the account age is measured to the latest date in the profile and no post
   * is "in the future". `trust.now`, when given, wins for the trust model.
   */
  readonly now?: string | Date | number | undefined;
}

/**
 * Everything the library can say about one influencer: the result of every
 * model, the profile's warnings and a short summary. Plain JSON:
 * `JSON.parse(JSON.stringify(report))` deep-equals it.
 *
 * @category Report
 */
export interface InfluencerReport {
  /** The profile's `id`, when it has one. */
  readonly id?: string;
  /** The profile's `handle`, when it has one. */
  readonly handle?: string;
  /** The platform the counts are from. */
  readonly platform: Platform;
  /** Followers (subscribers on YouTube). */
  readonly followers: number;
  /** Tier under the chosen scheme ({@link classifyTier}). */
  readonly tier: TierResult;
  /** Engagement score against peers ({@link scoreEngagement}). */
  readonly engagement: EngagementScore;
  /** Trust score, facets and flags ({@link scoreTrust}). */
  readonly trust: TrustScore;
  /**
   * The fair flat fee for one post ({@link estimateFlatFee}); always estimated (its `cost` is `null`,
   * with a reason, when impressions cannot be). Its trust premium reads the report's trust score, so
   * the `trust` options (weights, thresholds, audience) can move it, which `estimateFlatFee` alone,
   * scoring trust with the defaults, does not show.
   */
  readonly flatFee: FlatFeeResult;
  /**
   * Fees under each payment model side by side and the recommended one
   * ({@link compareCompensation}), or `null` when `compensation.costPerClick`
   * and `compensation.averageOrderValue` were not given (`reasons` says so).
   */
  readonly compensation: CompensationComparison | null;
  /** Implausible-but-valid input found while parsing the profile. */
  readonly warnings: readonly InputWarning[];
  /** The report in a few plain-English sentences: tier, engagement, trust, fee and recommended deal. */
  readonly reasons: readonly string[];
  /**
   * The version of influencer-scoring that made the report ({@link VERSION}).
   * Defaults, weights and thresholds change between releases: check it
   * before comparing stored reports.
   */
  readonly libraryVersion: string;
}

/**
 * A report scorer with its options validated once: what {@link scoreInfluencer}
 * does per profile, and what the batch and stream forms reuse for every row.
 *
 * @internal
 */
export interface ReportScorer {
  /** Validates (once) and scores one input, throwing {@link InfluencerInputError} for a bad profile. */
  readonly score: (input: unknown) => InfluencerReport;
}

/** Validated options, ready for the models. */
interface PreparedOptions {
  readonly tier: ClassifyTierOptions;
  readonly engagement: ScoreEngagementOptions;
  readonly trust: ScoreTrustOptions;
  /** Options of the flat fee. */
  readonly fee: ParsedFeeOptions;
  /** Options of the comparison, or `null` without deal terms. */
  readonly compare: ParsedCompareOptions | null;
  /** How raw profiles are parsed (`now`), or `undefined`. */
  readonly parse: { readonly now: string | Date | number } | undefined;
}

/** The keys of {@link ScoreInfluencerOptions}, in its order. */
const REPORT_OPTION_KEYS: readonly (keyof ScoreInfluencerOptions)[] = ["tierScheme", "engagement", "trust", "compensation", "now"];

/** Validates every option once, collecting all issues before throwing. */
function prepareOptions(options: ScoreInfluencerOptions | undefined): PreparedOptions {
  checkOptionsObject(options);
  const issues: InputIssue[] = [];
  checkOptionKeys(options, REPORT_OPTION_KEYS, issues);
  const model = prepareModelOptions(options, issues);
  const terms = options?.compensation;
  // Deal terms turn the comparison on; without either, only the flat fee is estimated.
  const hasTerms = terms?.costPerClick !== undefined || terms?.averageOrderValue !== undefined;
  const compare = hasTerms ? collectIssues("compensation", () => parseCompareOptions(terms), issues) : null;
  // The comparison's options hold the fee's: parsing them again after a failed comparison repeated each bad fee term.
  const fee = compare === null ? collectIssues("compensation", () => parseFeeOptions(terms), issues) : compare;
  if (issues.length > 0 || model === undefined || fee === undefined || compare === undefined) {
    throw new InfluencerInputError(issues);
  }
  return { tier: model.tier, engagement: model.engagement, trust: model.trust, fee, compare, parse: model.parse };
}

/** The comparison's flat fee without its `comparison` view: the same numbers {@link estimateFlatFee} gives. */
function withoutComparison(fee: CompensationComparison["flatFee"]): FlatFeeResult {
  // Copies the keys in order and skips `comparison`: spread-then-delete was slow (~1 µs) on Node 20.
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(fee)) if (key !== "comparison") copy[key] = fee[key as keyof typeof fee];
  return copy as unknown as FlatFeeResult;
}

/** Scores an already-validated profile with already-validated options. */
function reportParsed(profile: ParsedProfile, options: PreparedOptions): InfluencerReport {
  const tier = classifyTier(profile.followers, options.tier.scheme === undefined ? { platform: profile.platform } : { scheme: options.tier.scheme, platform: profile.platform });
  const engagement = scoreEngagementParsed(profile, options.engagement);
  const evaluation = evaluateTrustParsed(profile, options.trust, engagement);
  const trust = evaluation.trust;
  // The fee reads a trust score without the follower-dependent engagement evidence (so more followers never lower it).
  const context = { engagement, trust: feeTrust(profile, engagement, options.trust, evaluation), audience: audienceContext(profile, evaluation) };
  const compensation = options.compare === null ? null : compareCompensationParsed(profile, options.compare, context);
  const flatFee = compensation === null ? estimateFlatFeeParsed(profile, options.fee, context) : withoutComparison(compensation.flatFee);
  // Built key by key, not by spreading: same keys in the same order, without the cost of spread on Node 20.
  const report: { -readonly [Key in keyof InfluencerReport]: InfluencerReport[Key] } = {} as InfluencerReport;
  if (profile.id !== undefined) report.id = profile.id;
  if (profile.handle !== undefined) report.handle = profile.handle;
  report.platform = profile.platform;
  report.followers = profile.followers;
  report.tier = tier;
  report.engagement = engagement;
  report.trust = trust;
  report.flatFee = flatFee;
  report.compensation = compensation;
  report.warnings = profile.warnings;
  report.reasons = describeReport(report);
  report.libraryVersion = VERSION;
  return report;
}

/**
 * Validates the options once and returns a scorer that validates each
 * profile once (a profile from {@link parseProfile} is not validated again).
 *
 * @throws {@link InfluencerInputError} if an option is invalid; issue paths
 *   start with the option's name (`compensation.costPerClick`).
 * @internal
 */
export function prepareReportScorer(options?: ScoreInfluencerOptions | undefined): ReportScorer {
  const prepared = prepareOptions(options);
  return { score: (input: unknown): InfluencerReport => reportParsed(ensureProfile(input, prepared.parse), prepared) };
}

/**
 * Scores one influencer with every model and returns the whole picture:
 * tier, engagement against peers, trust score and flags, fair fees under
 * flat-fee, pay-per-click and referral deals, and the recommended deal.
 *
 * The profile is validated once (not at all when it comes from
 * {@link parseProfile}) and the engagement score is computed once and shared
 * with the trust and compensation models, so the report costs about as much
 * as the three models' own work. Costs: O(n log n) in posts and follower
 * snapshots.
 *
 * @param profile - An {@link InfluencerProfileInput}, or a profile from {@link parseProfile}.
 * @param options - Each model's options; see {@link ScoreInfluencerOptions}.
 * @returns The {@link InfluencerReport}: plain JSON, with `reasons` summarising it.
 * @throws {@link InfluencerInputError} if the profile or an option is invalid
 *   (a `now` that is not a date at path `["now"]`).
 * @example
 * const report = scoreInfluencer(
 *   { handle: "@trailmix", platform: "instagram", followers: 24_000, posts: [{ likes: 900, comments: 30 }] },
 *   { compensation: { costPerClick: 0.8, averageOrderValue: 60 } },
 * );
 * // one post: (900 + 30) / 24,000 = 0.03875
 * [report.handle, report.tier.tier, report.engagement.rate, report.compensation?.recommendation.model];
 * // => ["@trailmix", "micro", 0.03875, "flat-fee"]
 * @example
 * // Without the brand's cost per click and order value, deals are not compared; the flat fee still is.
 * const report = scoreInfluencer({ platform: "tiktok", followers: 5_000 });
 * [report.compensation, report.flatFee.model];
 * // => [null, "flat-fee"]
 * @category Report
 */
export function scoreInfluencer(profile: InfluencerProfileInput | ParsedProfile, options?: ScoreInfluencerOptions | undefined): InfluencerReport {
  return prepareReportScorer(options).score(profile);
}
