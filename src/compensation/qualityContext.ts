import { scoreEngagementParsed } from "../engagement/scoreEngagement.js";
import type { ParsedProfile } from "../schemas/parseProfile.js";
import { scoreTrustParsed } from "../trust/scoreTrust.js";
import type { QualityContext } from "./outcomes.js";

/**
 * The engagement and trust results the flat fee reads, with each model's
 * default options. The report passes its own results instead.
 *
 * @internal
 */
export function qualityContext(profile: ParsedProfile): QualityContext {
  // The trust model reads the engagement score: compute it once (trust would score it with the same defaults).
  const engagement = scoreEngagementParsed(profile);
  return { engagement, trust: scoreTrustParsed(profile, undefined, engagement) };
}

/**
 * The engagement result alone: pay-per-click and referral estimates read the
 * engagements of a post but apply no quality adjustment, so they skip the
 * trust model (and bundles that use only them leave it out).
 *
 * @internal
 */
export function engagementContext(profile: ParsedProfile): QualityContext {
  return { engagement: scoreEngagementParsed(profile), trust: null };
}
