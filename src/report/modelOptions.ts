import { parseEngagementOptions, type ScoreEngagementOptions } from "../engagement/scoreEngagement.js";
import { checkOptionsObject } from "../schemas/checkArguments.js";
import { describeValue } from "../schemas/issueText.js";
import { InfluencerInputError, type InputIssue } from "../schemas/InfluencerInputError.js";
import { PLATFORMS } from "../schemas/platform.js";
import { nowIssue } from "../schemas/referenceDate.js";
import { classifyTier, type ClassifyTierOptions } from "../tiers/classifyTier.js";
import { parseScoreTrustOptions, prefixIssues } from "../trust/parseTrustOptions.js";
import type { ScoreTrustOptions } from "../trust/scoreTrust.js";

/**
 * The options every model of a report reads, as the caller gives them: to
 * {@link scoreInfluencer} and to the profile form of {@link selectInfluencers}
 * and {@link compareStrategies}.
 *
 * @internal
 */
export interface ModelOptionsInput {
  readonly tierScheme?: ClassifyTierOptions["scheme"] | undefined;
  readonly engagement?: ScoreEngagementOptions | undefined;
  readonly trust?: ScoreTrustOptions | undefined;
  readonly now?: string | Date | number | undefined;
}

/**
 * {@link ModelOptionsInput} validated: the tier options, the engagement
 * options, the trust options (carrying the engagement options and `now`), and
 * how raw profiles are parsed.
 *
 * @internal
 */
export interface PreparedModelOptions {
  readonly tier: ClassifyTierOptions;
  readonly engagement: ScoreEngagementOptions;
  readonly trust: ScoreTrustOptions;
  /** How raw profiles are parsed (`now`), or `undefined`. */
  readonly parse: { readonly now: string | Date | number } | undefined;
}

/**
 * Runs one parser (of an option, or of one profile of a list), collecting its
 * issues moved under `prefix` (`"trust"`, or a position `[2]`) instead of throwing.
 *
 * @internal
 */
export function collectIssues<T>(prefix: string | readonly (string | number)[], parse: () => T, issues: InputIssue[]): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof InfluencerInputError)) throw error;
    issues.push(...prefixIssues(error.issues, typeof prefix === "string" ? [prefix] : prefix));
    return undefined;
  }
}

/**
 * Checks the tier scheme once, for every platform (a scheme per platform
 * resolves differently for each), with classifyTier on 0 followers (always a
 * valid count). classifyTier reports the scheme as `["scheme", …]`; here the
 * option is called `tierScheme`. A problem shared by several platforms is
 * reported once.
 */
function checkTierScheme(scheme: ClassifyTierOptions["scheme"], issues: InputIssue[]): void {
  const seen = new Set<string>();
  for (const platform of PLATFORMS) {
    try {
      classifyTier(0, { scheme, platform });
    } catch (error) {
      if (!(error instanceof InfluencerInputError)) throw error;
      for (const issue of prefixIssues(error.issues.map((found) => ({ ...found, path: found.path.slice(1), message: found.message.replace(/^scheme(?:\.|: )/, "") })), ["tierScheme"])) {
        if (seen.has(issue.message)) continue;
        seen.add(issue.message);
        issues.push(issue);
      }
    }
  }
}

/**
 * Validates the model options once, adding every problem to `issues` (paths
 * start with the option's name: `now`, `tierScheme`, `engagement`, `trust`):
 * the trust model reads the engagement score the engagement options give, so
 * `trust.engagement` is refused rather than ignored, and `now` reaches the
 * trust model unless `trust.now` is given (and parses raw profiles when it is
 * valid). `undefined` when the engagement or trust options are invalid.
 *
 * @param options - The caller's options (only the four model options are read).
 * @param issues - Where the problems go.
 * @returns The validated options, or `undefined`.
 * @internal
 */
export function prepareModelOptions(options: ModelOptionsInput | undefined, issues: InputIssue[]): PreparedModelOptions | undefined {
  const nowProblem = nowIssue(options?.now, ["now"]);
  if (nowProblem !== null) issues.push(nowProblem);
  if (options?.tierScheme !== undefined) checkTierScheme(options.tierScheme, issues);
  const engagement = collectIssues("engagement", () => parseEngagementOptions(options?.engagement), issues);
  // The trust model reads the engagement score, so its own engagement option is refused rather than
  // ignored (after checking that trust's options are an object: spreading "object" or 5 would hide the mistake).
  const trust = collectIssues(
    "trust",
    () => {
      checkOptionsObject(options?.trust);
      return parseScoreTrustOptions(options?.trust === undefined ? undefined : Object.assign({}, options.trust, { engagement: undefined }));
    },
    issues,
  );
  const trustEngagement: unknown = options?.trust?.engagement;
  if (trustEngagement !== undefined) {
    const expected = "expected no engagement option here (the engagement option beside it applies to every model)";
    issues.push({ path: ["trust", "engagement"], code: "invalid_type", message: `trust.engagement: ${expected}, received ${describeValue(trustEngagement)}` });
  }
  if (engagement === undefined || trust === undefined) return undefined;
  // A bad now is reported once, above: parsing each profile with it would report it again at every profile
  // (`[0].now`, `[1].now`, …) and hide the profiles' own problems.
  const parse = options?.now === undefined || nowProblem !== null ? undefined : { now: options.now };
  return {
    tier: options?.tierScheme === undefined ? {} : { scheme: options.tierScheme },
    engagement,
    // The trust model receives the engagement score; its options carry the same engagement options for consistency.
    // Object.assign, not spread: spread is slow on Node 20.
    trust: parse !== undefined && trust.now === undefined ? Object.assign({}, trust, { engagement, now: parse.now }) : Object.assign({}, trust, { engagement }),
    parse,
  };
}
