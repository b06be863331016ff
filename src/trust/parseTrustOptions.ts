import * as z from "zod/mini";
import { estimateAudienceAuthenticityOptionsSchema } from "../audience/audienceSchemas.js";
import { resolveAccuracy } from "../audience/estimateAudienceAuthenticity.js";
import { FAKE_ACCOUNT_MODEL } from "../audience/fakeAccountModel.js";
import { parseEngagementOptions } from "../engagement/scoreEngagement.js";
import { InfluencerInputError, type InputIssue } from "../schemas/InfluencerInputError.js";
import { fraction, nonNegativeNumber, optionsObject, text } from "../schemas/fields.js";
import { nowIssue } from "../schemas/referenceDate.js";
import { toInputIssues } from "../schemas/parseInput.js";
import { formatPath } from "../schemas/issueText.js";
import type { ScoreEngagementOptions } from "../engagement/scoreEngagement.js";
import type { ScoreTrustOptions } from "./scoreTrust.js";
import type { TrustBandTable } from "./trustBands.js";
import { TRUST_THRESHOLDS, type TrustThresholdKey } from "./trustThresholds.js";
import { TRUST_SIGNAL_KEYS, TRUST_WEIGHTS } from "./trustWeights.js";

/** Thresholds that are shares or percentiles, so must lie in [0, 1]. */
const FRACTION_THRESHOLDS: ReadonlySet<string> = new Set<TrustThresholdKey>([
  "authenticShareZero",
  "authenticShareFull",
  "authenticShareWarning",
  "authenticShareCritical",
  "engagementPercentileZero",
  "engagementPercentileFull",
  "engagementLowPercentile",
  "anomalousGrowthShareZero",
  "podPercentile",
  "sponsoredShareFull",
  "sponsoredShareZero",
  "sponsoredSaturationShare",
  "topicConcentrationFull",
  "minBandConfidence",
]);

/** Thresholds that are trust scores, so must lie in [0, 100]. */
const SCORE_THRESHOLDS: ReadonlySet<string> = new Set<TrustThresholdKey>(["criticalFlagCap"]);

let optionsSchema: z.ZodMiniType<ScoreTrustOptions | undefined> | undefined;

/** A finite number in [0, 100], a trust score or a band cut-off. */
function scoreNumber(): z.ZodMiniType<number> {
  const error = "expected a number between 0 and 100";
  return z.number({ error }).check(z.gte(0, { error }), z.lte(100, { error }));
}

/**
 * Thresholds with a floor above 0, and why: below it the signal has nothing
 * to compute (a mean gap needs two dates, a topic share one post with topics)
 * or a z-score threshold flags nothing (0 divides the Poisson floor by 0).
 */
const THRESHOLD_FLOORS: Partial<Record<TrustThresholdKey, { readonly floor: number; readonly isStrict: boolean; readonly why: string }>> = {
  minDatedPosts: { floor: 2, isStrict: false, why: "the gaps between posts need two dates" },
  minTopicPosts: { floor: 1, isStrict: false, why: "a topic share needs a post with topics" },
  spikeZ: { floor: 0, isStrict: true, why: "a z-score threshold of 0 leaves no room for noise" },
};

function thresholdSchema(key: string): z.ZodMiniType<number> {
  if (FRACTION_THRESHOLDS.has(key)) return fraction();
  if (SCORE_THRESHOLDS.has(key)) return scoreNumber();
  const bound = THRESHOLD_FLOORS[key as TrustThresholdKey];
  if (bound === undefined) return nonNegativeNumber();
  const error = `expected a finite number ${bound.isStrict ? "above" : "of at least"} ${bound.floor} (${bound.why})`;
  return z.number({ error }).check(bound.isStrict ? z.gt(bound.floor, { error }) : z.gte(bound.floor, { error }));
}

function bandTableSchema(): z.ZodMiniType<TrustBandTable> {
  const cutoff = scoreNumber; // the band cut-offs are scores too
  return z.object(
    {
      source: text(1_000),
      url: z.optional(text(1_000)),
      cutoffs: z
        .object(
          { questionable: cutoff(), fair: cutoff(), good: cutoff(), excellent: cutoff() },
          { error: "expected an object with questionable, fair, good and excellent" },
        )
        .check(
          z.refine((cuts) => cuts.questionable <= cuts.fair && cuts.fair <= cuts.good && cuts.good <= cuts.excellent, {
            error: "expected cut-offs in increasing order (questionable ≤ fair ≤ good ≤ excellent)",
          }),
        ),
    },
    { error: "expected a band table with source and cutoffs" },
  );
}

function trustOptionsSchema(): z.ZodMiniType<ScoreTrustOptions | undefined> {
  if (optionsSchema !== undefined) return optionsSchema;
  const weightShape: Record<string, z.ZodMiniOptional<z.ZodMiniType<number>>> = {};
  const weightError = `expected a finite non-negative number at most ${MAX_WEIGHT}`;
  for (const key of TRUST_SIGNAL_KEYS) weightShape[key] = z.optional(nonNegativeNumber().check(z.lte(MAX_WEIGHT, { error: weightError })));
  const thresholdShape: Record<string, z.ZodMiniOptional<z.ZodMiniType<number>>> = {};
  for (const key of Object.keys(TRUST_THRESHOLDS)) thresholdShape[key] = z.optional(thresholdSchema(key));
  const schema = z.optional(
    optionsObject({
      weights: z.optional(optionsObject(weightShape, "expected an object of weights by signal key", "expected a trust signal key (TRUST_SIGNAL_KEYS)")),
      thresholds: z.optional(optionsObject(thresholdShape, "expected an object of thresholds by key", "expected a trust threshold key (TRUST_THRESHOLDS)")),
      bands: z.optional(bandTableSchema()),
      now: z.optional(z.unknown()),
      audience: z.optional(z.unknown()),
      engagement: z.optional(z.unknown()),
    }),
  );
  optionsSchema = schema as z.ZodMiniType<ScoreTrustOptions | undefined>;
  return optionsSchema;
}

/**
 * Validates {@link ScoreTrustOptions}: weights and thresholds are finite and
 * non-negative (shares and percentiles in [0, 1], the score cap
 * `criticalFlagCap` in [0, 100], `minDatedPosts` ≥ 2, `minTopicPosts` ≥ 1,
 * `spikeZ` > 0) with known keys, at least
 * one weight (after merging with the defaults) is positive, band cut-offs increase within [0, 100], `now` is a
 * valid instant and the audience options are valid. Issue paths are relative
 * to the options object, after `prefix`; an unknown key is an issue at its own path.
 *
 * @internal
 */
export function parseScoreTrustOptions(options: unknown, prefix: readonly (string | number)[] = []): ScoreTrustOptions {
  const result = trustOptionsSchema().safeParse(options);
  const issues: InputIssue[] = result.success ? [] : toInputIssues(result.error.issues, options, prefix);
  const raw = typeof options === "object" && options !== null ? (options as Record<string, unknown>) : {};

  const weights = result.success ? result.data?.weights : undefined;
  if (weights !== undefined && TRUST_SIGNAL_KEYS.every((key) => (weights[key] ?? TRUST_WEIGHTS.values[key]) === 0)) {
    const path = [...prefix, "weights"];
    issues.push({ path, code: "invalid_value", message: `${formatPath(path)}: expected at least one positive weight, received only zeros` });
  }

  const nowProblem = nowIssue(raw["now"], [...prefix, "now"]);
  if (nowProblem !== null) issues.push(nowProblem);

  const audienceResult = estimateAudienceAuthenticityOptionsSchema().safeParse(raw["audience"]);
  if (!audienceResult.success) issues.push(...toInputIssues(audienceResult.error.issues, raw["audience"], [...prefix, "audience"]));
  else {
    // What only the model can check (a threshold in its table, sensitivity + specificity above 1),
    // checked here rather than when a profile with a sample is scored.
    try {
      resolveAccuracy(audienceResult.data?.model ?? FAKE_ACCOUNT_MODEL, audienceResult.data);
    } catch (error) {
      if (!(error instanceof InfluencerInputError)) throw error;
      issues.push(...prefixIssues(error.issues, [...prefix, "audience"]));
    }
  }

  let engagement: ScoreEngagementOptions | undefined;
  if (raw["engagement"] !== undefined) {
    try {
      engagement = parseEngagementOptions(raw["engagement"]);
    } catch (error) {
      if (!(error instanceof InfluencerInputError)) throw error;
      issues.push(...prefixIssues(error.issues, [...prefix, "engagement"]));
    }
  }

  if (issues.length > 0 || !result.success) throw new InfluencerInputError(issues);
  const parsed = result.data ?? {};
  return {
    ...(parsed.weights === undefined ? {} : { weights: parsed.weights }),
    ...(parsed.thresholds === undefined ? {} : { thresholds: parsed.thresholds }),
    ...(parsed.bands === undefined ? {} : { bands: parsed.bands }),
    ...(parsed.now === undefined ? {} : { now: parsed.now }),
    ...(audienceResult.data === undefined ? {} : { audience: audienceResult.data }),
    ...(engagement === undefined ? {} : { engagement }),
  };
}

/**
 * Moves issues found in a nested value under `prefix`, rewriting the path at
 * the start of each message to match.
 *
 * @internal
 */
export function prefixIssues(issues: readonly InputIssue[], prefix: readonly (string | number)[]): InputIssue[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    const local = issue.path.length === 0 ? "" : `${formatPath(issue.path)}: `;
    const rest = local !== "" && issue.message.startsWith(local) ? issue.message.slice(local.length) : issue.message;
    return { path, code: issue.code, message: `${formatPath(path)}: ${rest}` };
  });
}

/** Largest weight accepted, so sums of weights stay finite. */
const MAX_WEIGHT = 1_000_000;

