// The profile form of selectInfluencers and compareStrategies takes the report's model options
// (tierScheme, engagement, trust, now), so its candidates are the ones scoreInfluencer's reports
// give with the same options (docs/methodology/selection.md §1.1).
import { describe, expect, it } from "vitest";
import { compareStrategies, parseProfile, scoreInfluencer, selectInfluencers, type InfluencerProfileInput, type ParsedProfile, type ScoreInfluencerOptions, type SelectionCandidate } from "../../src/index.js";
import { issuesOf } from "../arbitraries/laws.js";

/** 94 from 2 of 13 signals (0.25 of the weight), band unknown under the default minBandConfidence 0.5. */
const thin = { id: "thin", platform: "instagram", followers: 12_000, following: 300, audience: { authenticShare: 0.87 } } as const;

const DAY = 86_400_000;
/** An account created 200 days before its last post: the account age signal reads the age to `now`, or to that post. */
const dated: InfluencerProfileInput = {
  id: "dated",
  platform: "tiktok",
  followers: 60_000,
  accountCreatedAt: "2026-01-01T00:00:00Z",
  posts: Array.from({ length: 12 }, (_, index) => ({
    likes: 2_000 + 37 * index,
    comments: 40 + index,
    publishedAt: new Date(Date.parse("2026-07-20T00:00:00Z") - index * 7 * DAY).toISOString(),
  })),
};

/** The candidate the profile form should build from a report (docs/methodology/selection.md §1.1). */
function candidateOf(profile: InfluencerProfileInput | ParsedProfile, options: ScoreInfluencerOptions): SelectionCandidate {
  const report = scoreInfluencer(profile, options);
  const trust = report.trust;
  const cost = Math.round((report.flatFee.cost?.expected ?? 0) * 100) / 100;
  return {
    id: profile.id ?? "",
    cost,
    value: report.flatFee.outcomes.conversions?.expected ?? 0,
    tier: report.tier.tier,
    ...(trust.score === null ? {} : { trust: trust.score }),
  };
}

describe("profile form: the report's model options", () => {
  it("reads the trust options: a lower minBandConfidence gives the thin score a band, so minTrust compares the score", () => {
    const options = { budget: 100, costOfProfile: () => 10, minTrust: 70 };
    expect(selectInfluencers([thin], options).selected).toEqual([]);
    // minBandConfidence 0.25: 2 of 13 signals carry 0.25 of the weight, enough for "excellent" (scoreTrust's recipe)
    const lenient = selectInfluencers([thin], { ...options, trust: { thresholds: { minBandConfidence: 0.25 } } });
    expect(lenient.selected).toEqual(["thin"]);
  });

  it("reads the trust weights into the candidate's trust score, as the report does", () => {
    // Without the audit's weight only the follow ratio has data (300 / 12,000 → 100): the report's trust score is 100.
    const trust = { weights: { audienceAuthenticity: 0 } };
    const report = scoreInfluencer(thin, { trust });
    expect(report.trust.score).toBe(100);
    const result = compareStrategies([thin], 1_000, { trust, minTrust: 99.9 });
    // confidence 5 / 80 < 0.5: the range goes with the score, and its lower end (5 / 80 × 100 = 6.25) is below 99.9
    expect(result.single).toBeNull();
    expect(compareStrategies([thin], 1_000, { trust, minTrust: 0 }).single?.selected).toEqual(["thin"]);
  });

  it("classifies tiers with tierScheme, which maxPerTier counts", () => {
    // 60,000 followers is "mid" in the standard scheme and "micro" in later-fohr
    const profiles = [
      { id: "a", platform: "instagram", followers: 60_000 },
      { id: "b", platform: "instagram", followers: 60_000 },
    ] as const;
    const options = { budget: 100_000, costOfProfile: () => 10, maxPerTier: { micro: 1 } };
    expect(selectInfluencers(profiles, options).selected).toEqual(["a", "b"]);
    expect(selectInfluencers(profiles, { ...options, tierScheme: "later-fohr" }).selected).toHaveLength(1);
  });

  it("builds the candidates the reports give with the same options, now and engagement included", () => {
    const options: ScoreInfluencerOptions = {
      now: "2026-11-29T00:00:00Z",
      engagement: { basis: "followers" },
      trust: { thresholds: { minBandConfidence: 0.3 } },
      tierScheme: "later-fohr",
    };
    const profiles = [dated, thin];
    const byHand = profiles.map((profile) => candidateOf(profile, options));
    // The reference date moves the account age, so the trust score with now differs from the one without
    expect(scoreInfluencer(dated, options).trust.score).not.toBe(scoreInfluencer(dated, { ...options, now: undefined }).trust.score);
    const fromProfiles = selectInfluencers(profiles, { ...options, budget: 1_000_000, minTrust: 0 });
    const fromCandidates = selectInfluencers(byHand, { budget: 1_000_000, minTrust: 0 });
    expect([fromProfiles.selected, fromProfiles.totalCost, fromProfiles.totalValue]).toEqual([
      fromCandidates.selected,
      fromCandidates.totalCost,
      fromCandidates.totalValue,
    ]);
  });

  it("rejects bad model options at their paths, all at once", () => {
    const issues = issuesOf(() =>
      selectInfluencers([thin], {
        budget: 0,
        now: "yesterday",
        trust: { weights: { audienceAuthenticity: -1 }, engagement: { basis: "followers" } },
        engagement: { basis: "views-per-like" } as unknown as ScoreInfluencerOptions["engagement"],
        tierScheme: "no-such-scheme" as unknown as ScoreInfluencerOptions["tierScheme"],
      }),
    );
    // The selection's own options (budget 0) are checked once the profiles and their options are valid (documented)
    expect(issues.map((entry) => entry.path.join("."))).toEqual(["now", "tierScheme", "engagement.basis", "trust.weights.audienceAuthenticity", "trust.engagement"]);
  });

  it("lets trust.now win over now for the trust model, on a profile parsed with yet another now, as the report does", () => {
    const options: ScoreInfluencerOptions = { now: "2028-01-01T00:00:00Z", trust: { now: "2026-08-01T00:00:00Z", thresholds: { minBandConfidence: 0.3 } } };
    const parsed = parseProfile(dated, { now: "2026-07-21T00:00:00Z" });
    // The account is younger on trust.now (83, confidence 0.34: no range) than on now (87.9): minTrust 85 tells them apart
    expect(scoreInfluencer(parsed, options).trust.score).toBe(83);
    expect(scoreInfluencer(parsed, { now: options.now, trust: { thresholds: { minBandConfidence: 0.3 } } }).trust.score).toBe(87.9);
    const fromProfiles = (minTrust: number) => compareStrategies([parsed], 1_000_000, { ...options, minTrust }).single;
    const fromCandidates = (minTrust: number) => compareStrategies([candidateOf(parsed, options)], 1_000_000, { minTrust }).single;
    // Scored on now, "dated" would pass minTrust 85
    expect([fromProfiles(85), fromCandidates(85)]).toEqual([null, null]);
    const outcome = (side: ReturnType<typeof fromProfiles>) => [side?.selected, side?.totalCost, side?.totalValue];
    expect(outcome(fromProfiles(80))).toEqual(outcome(fromCandidates(80)));
    expect(fromProfiles(80)?.selected).toEqual(["dated"]);
  });

  it("reports a bad now once, at now, not again at every profile", () => {
    // scoreInfluencer reports it once; a bad profile is no option problem: it is reported in errors once now is valid
    const rows = [thin, dated, { platform: "instagram" }] as InfluencerProfileInput[];
    const issues = issuesOf(() => selectInfluencers(rows, { budget: 1_000, now: "next tuesday" }));
    expect(issues.map((entry) => entry.path.join("."))).toEqual(["now"]);
    expect(selectInfluencers(rows, { budget: 1_000, now: "2026-11-29T00:00:00Z" }).errors.map((error) => [error.index, error.issues.map((issue) => issue.path.join("."))])).toEqual([[2, ["followers"]]]);
    expect(issuesOf(() => compareStrategies([thin, dated], 1_000, { now: Number.NaN })).map((entry) => entry.path.join("."))).toEqual(["now"]);
  });

  it("takes the profile form when only a model option is set", () => {
    // trust alone marks the call as one on profiles: a candidate-looking list is then checked as profiles
    const { errors } = selectInfluencers([{ id: "a", cost: 1, value: 1 }] as unknown as InfluencerProfileInput[], { budget: 1, trust: {} });
    expect([errors[0]?.index, errors[0]?.issues[0]?.path]).toEqual([0, ["platform"]]);
  });
});
