import { afterEach, describe, expect, it, vi } from "vitest";
import { influencerProfileSchema } from "../../src/schemas/profile.js";
import {
  compareCompensation,
  estimateFlatFee,
  parseProfile,
  scoreEngagement,
  scoreInfluencer,
  scoreTrust,
  type ScoreInfluencerOptions,
} from "../../src/index.js";
import { microCreator, TERMS } from "./profiles.js";
import { issuesOf } from "../arbitraries/laws.js";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("scoreInfluencer", () => {
  it("matches the documented example", () => {
    const report = scoreInfluencer(
      { handle: "@trailmix", platform: "instagram", followers: 24_000, posts: [{ likes: 900, comments: 30 }] },
      { compensation: { costPerClick: 0.8, averageOrderValue: 60 } },
    );
    // By hand: one post, (900 + 30) / 24,000 = 0.03875; 24,000 is in the standard micro band [10,000, 50,000)
    expect([report.handle, report.tier.tier, report.engagement.rate, report.compensation?.recommendation.model]).toEqual([
      "@trailmix",
      "micro",
      0.03875,
      "flat-fee",
    ]);
  });

  it("matches the documented example without deal terms", () => {
    const report = scoreInfluencer({ platform: "tiktok", followers: 5_000 });
    expect([report.compensation, report.flatFee.model]).toEqual([null, "flat-fee"]);
  });

  it("matches the documented example of its options", () => {
    const options: ScoreInfluencerOptions = {
      tierScheme: "later-fohr",
      compensation: { costPerClick: 0.8, averageOrderValue: 60, commissionRate: 0.15 },
    };
    expect(options.tierScheme).toBe("later-fohr");
  });

  it("returns each model's own result, as the public model functions compute it", () => {
    const profile = microCreator();
    const report = scoreInfluencer(profile, { compensation: TERMS });
    expect(report.engagement).toStrictEqual(scoreEngagement(profile));
    expect(report.trust).toStrictEqual(scoreTrust(profile));
    expect(report.compensation).toStrictEqual(compareCompensation(profile, TERMS));
    expect(report.flatFee).toStrictEqual(estimateFlatFee(profile));
  });

  it("copies id, handle, platform and followers, and keeps the profile's warnings", () => {
    // 1,500 likes + 20 comments = 1,520 interactions from 1,000 followers → engagements_exceed_followers
    const report = scoreInfluencer({ id: "x-1", handle: "@viral", platform: "instagram", followers: 1_000, posts: [{ likes: 1_500, comments: 20 }] });
    expect([report.id, report.handle, report.platform, report.followers]).toEqual(["x-1", "@viral", "instagram", 1_000]);
    expect(report.warnings.map((warning) => warning.code)).toEqual(["engagements_exceed_followers"]);
    expect(report.reasons.at(-1)).toBe("Input warnings: engagements_exceed_followers (see warnings).");
  });

  it("names each warning code once in its reasons, with how many times it was raised", () => {
    // 3 posts, each with more likes than views → likes_exceed_views three times; 20 views, 10 likes on the fourth → none
    const posts = [
      { likes: 50, comments: 1, views: 40 },
      { likes: 60, comments: 1, views: 30 },
      { likes: 10, comments: 1, views: 20 },
      { likes: 70, comments: 1, views: 50 },
    ];
    const report = scoreInfluencer({ platform: "tiktok", followers: 5_000, posts });
    expect(report.warnings.map((warning) => warning.code)).toEqual(["likes_exceed_views", "likes_exceed_views", "likes_exceed_views"]);
    expect(report.reasons.at(-1)).toBe("Input warnings: likes_exceed_views ×3 (see warnings).");
  });

  it("names a post repeated 30 times in its reasons; the posts are scored as given", () => {
    // 30 copies of one post: 29 duplicate_post warnings. The copies still count as 30 posts (warning only, nothing dropped),
    // so the engagement confidence stays what 30 posts give; the warning is how a reader learns it rests on one post.
    const post = { id: "p1", publishedAt: "2026-03-01", likes: 300, comments: 10 };
    const report = scoreInfluencer({ platform: "instagram", followers: 20_000, posts: Array.from({ length: 30 }, () => post) });
    expect(report.reasons.at(-1)).toBe("Input warnings: duplicate_post ×29 (see warnings).");
    expect(report.engagement.postsUsed).toBe(30);
  });

  it("groups the counts in its reasons by thousands: posts, warnings and a typical rate of 1,000 or more", () => {
    // 1,200 posts of 5,000–6,199 likes on 20 followers: each raises engagements_exceed_followers, and the typical rate
    // is hundreds of interactions per follower (was "27800 interactions per 100 followers, from 1200 posts" and "×1200")
    const posts = Array.from({ length: 1_200 }, (_, index) => ({ likes: 5_000 + index, comments: 10 }));
    const report = scoreInfluencer({ platform: "instagram", followers: 20, posts });
    // The rate's three significant digits are the engagement model's estimate, as before; only the comma is new
    expect(((report.engagement.estimate ?? 0) * 100).toPrecision(3)).toBe("2.78e+4");
    expect(report.reasons[1]).toBe("Engagement: high, percentile 100 among peers (estimated typical rate 27,800 interactions per 100 followers, from 1,200 posts).");
    expect(report.reasons.at(-1)).toBe("Input warnings: engagements_exceed_followers ×1,200 (see warnings).");
  });

  it("omits id and handle when the profile has none, rather than setting them to undefined", () => {
    const report = scoreInfluencer({ platform: "x", followers: 900 });
    expect(Object.hasOwn(report, "id")).toBe(false);
    expect(Object.hasOwn(report, "handle")).toBe(false);
  });

  it("is plain JSON: a JSON round trip gives a strictly equal report", () => {
    const report = scoreInfluencer(microCreator(), { compensation: { ...TERMS, margin: 0.4, hybrid: true } });
    expect(JSON.parse(JSON.stringify(report))).toStrictEqual(report);
  });

  it("summarises every model in its reasons", () => {
    const report = scoreInfluencer(microCreator(), { compensation: TERMS });
    expect(report.reasons).toHaveLength(5);
    // 19,870 followers: 50,000 − 19,870 = 30,130 short of the mid tier
    expect(report.reasons[0]).toBe("Tier: Micro (micro) under the standard scheme, 30,130 followers short of Mid-tier.");
    // microCreator has 12 posts, all counted
    expect(report.reasons[1]).toMatch(/^Engagement: [a-z-]+, percentile \d+(\.\d+)? among peers \(estimated typical rate [\d.]+ interactions per 100 followers, from 12 posts\)\.$/);
    expect(report.reasons[2]).toMatch(new RegExp(`^Trust: ${report.trust.score} of 100 \\(${report.trust.band}\\) from \\d+ of 13 signals \\([\\d.]+ of the weight; [\\d.]+ to [\\d.]+ with the others at 0 or 100\\), no warning flags\\.$`));
    expect(report.reasons[3]).toMatch(/^Fair flat fee: about [\d,.]+ USD per post \([\d,.]+ USD to [\d,.]+ USD\)\.$/);
    expect(report.reasons[4]).toMatch(/^Recommended deal: flat-fee \(.+\)\.$/);
  });

  it("writes the engagement percentile as the engagement model's reasons do, never in exponent notation nor as 0", () => {
    // 10 posts with no likes or comments: the shrunk estimate sits at a percentile of about 5.46e-23, which one
    // decimal would write 0: both the engagement model and the summary read "below 0.001" (they wrote it out with 22
    // zeros before)
    const posts = Array.from({ length: 10 }, (_, index) => ({ publishedAt: `2026-01-${String(1 + index * 3).padStart(2, "0")}T12:00:00Z`, likes: 0, comments: 0 }));
    const report = scoreInfluencer({ platform: "instagram", followers: 20_000, posts });
    expect(report.engagement.score).toBeCloseTo(5.46e-23, 25);
    expect(report.engagement.reasons.join(" ")).toContain("at percentile below 0.001 (low)");
    expect(report.reasons[1]).toMatch(/^Engagement: low, percentile below 0\.001 among peers /);
  });

  it("never writes a small percentile as 0 or a small fee in exponent notation", () => {
    // LinkedIn averages: percentile 0.0168, which one decimal wrote 0
    const linkedin = scoreInfluencer({ platform: "linkedin", followers: 5_000, summary: { postCount: 10, avgLikes: 20, avgComments: 2 } });
    expect(linkedin.engagement.score).toBeCloseTo(0.0168, 4);
    expect(linkedin.reasons[1]).toMatch(/^Engagement: low, percentile 0\.0168 among peers /);
    // 1 follower, 0.0001 of them real: 0.3772 × 0.0001 = 0.00003772 impressions × √75 ÷ 1,000 × 0.9 (trust) = 2.93998e-7 USD,
    // range × 3^(∓1/√2) = ÷ or × 2.17459: 1.35198e-7 to 6.39323e-7; four significant digits, written out
    const tiny = scoreInfluencer({ platform: "instagram", followers: 1, audience: { authenticShare: 0.0001 } });
    expect(tiny.reasons[3]).toBe("Fair flat fee: about 0.000000294 USD per post (0.0000001352 USD to 0.0000006393 USD).");
    // the fee's own reason wrote "2.94e-7 USD"
    expect(tiny.flatFee.reasons[0]).toMatch(/ = 0\.000000294 USD \(median\)$/);
  });

  it("rounds the percentile in the summary to one decimal, like the engagement model's reasons", () => {
    // 40–49 likes + 2 comments on 20,000 followers: about 0.25 per 100 followers, percentile 3.51 among peers (3.5 in the block)
    const posts = Array.from({ length: 10 }, (_, index) => ({ publishedAt: `2026-01-${String(1 + index * 3).padStart(2, "0")}T12:00:00Z`, likes: 40 + index, comments: 2 }));
    const report = scoreInfluencer({ platform: "instagram", followers: 20_000, posts });
    const inBlock = /at percentile ([\d.]+) \(/.exec(report.engagement.reasons.join(" "))?.[1];
    const inSummary = /percentile ([\d.]+) among peers/.exec(report.reasons[1] ?? "")?.[1];
    // the same number, as written by the engagement model (Number(score.toFixed(1)))
    expect(inSummary).toBe(String(Number((report.engagement.score ?? Number.NaN).toFixed(1))));
    expect(inSummary).toBe(inBlock);
  });

  it("does not round a fee below one currency unit to 0", () => {
    // 50 × 0.3772 = 18.86 impressions × √75 / 1,000 = 0.163332 USD; range × 3^(∓1/√2) = 0.0751098 to 0.355180
    //   python3 -c "import math; f=50*0.3772*math.sqrt(75)/1000; s=3**(1/math.sqrt(2)); print(f, f/s, f*s)"
    //   → 0.16333239115374515 0.0751098068972042 0.35517958442512004; four significant digits each
    const report = scoreInfluencer({ platform: "instagram", followers: 50 });
    expect(report.reasons[3]).toBe("Fair flat fee: about 0.1633 USD per post (0.07511 USD to 0.3552 USD).");
  });

  it("writes the fee with grouped digits, as the flat fee's own reason writes it", () => {
    // 1,000,000 × 0.22885 (minter.io, 100k–1M band) = 228,850 impressions × √75 / 1,000 = 1,981.9 USD; range × 3^(∓1/√2)
    //   python3 -c "import math; f=1_000_000*0.22885*math.sqrt(75)/1000; s=3**(1/math.sqrt(2)); print(f, f/s, f*s)"
    //   → 1981.899136560688 911.3933885697339 4309.8010549145665; four significant digits each
    const report = scoreInfluencer({ platform: "instagram", followers: 1_000_000 });
    expect(report.reasons[3]).toBe("Fair flat fee: about 1,982 USD per post (911.4 USD to 4,310 USD).");
    expect(report.flatFee.reasons[0]).toMatch(/ = 1,982 USD \(median\)$/);
  });

  it("says why deals were not compared when the terms are missing", () => {
    const report = scoreInfluencer(microCreator());
    expect(report.compensation).toBeNull();
    expect(report.reasons[4]).toBe(
      "Recommended deal: not compared; pass compensation.costPerClick and compensation.averageOrderValue to compare flat-fee, pay-per-click and referral deals.",
    );
  });

  it("explains a report whose models have nothing to work with", () => {
    // 0 followers, no posts: no engagement rate, no trust signal, no impressions, so no fee
    const report = scoreInfluencer({ handle: "@empty", platform: "instagram", followers: 0 }, { compensation: TERMS });
    expect([report.engagement.score, report.trust.score, report.flatFee.cost, report.compensation?.recommendation.model]).toEqual([null, null, null, null]);
    expect(report.reasons[1]).toBe(`Engagement: no score. ${report.engagement.reasons[0]}`);
    // the models' own prefixes ("score unavailable: ", "fee unknown: ") are not repeated after "no score" and "not estimable"
    expect(report.reasons[2]).toBe("Trust: no score (no signal had data: add posts, follower history, the following count or audience data).");
    expect(report.reasons[3]).toBe("Fair flat fee: not estimable (impressions cannot be estimated).");
    expect(report.reasons[4]).toBe(`Recommended deal: none can be estimated (${report.compensation?.recommendation.reasons[0]}).`);
  });

  it("names warning and critical trust flags in its reasons", () => {
    // following 9,000 of 10,000 followers: ratio 0.9 ≥ followForFollowRatio 0.8 → a follow-back flag
    const report = scoreInfluencer({ platform: "instagram", followers: 10_000, following: 9_000, audience: { authenticShare: 0.4 } });
    const serious = report.trust.flags.filter((flag) => flag.severity !== "info").map((flag) => flag.code);
    expect(serious.length).toBeGreaterThan(0);
    // data for 2 signals: audienceAuthenticity (weight 20) and followRatio (weight 5), 25 of the total weight 100;
    // the range comes from the trust model (its own tests work it by hand)
    const range = report.trust.range;
    expect(report.reasons[2]).toBe(
      `Trust: ${report.trust.score} of 100 (${report.trust.band}) from 2 of 13 signals (0.25 of the weight; ${range?.lower} to ${range?.upper} with the others at 0 or 100), flags: ${serious.join(", ")}.`,
    );
  });

  it("says how many posts the engagement estimate rests on, measured or averaged", () => {
    const one = scoreInfluencer({ platform: "instagram", followers: 5_000, posts: [{ likes: 200, comments: 10 }] });
    expect(one.reasons[1]).toMatch(/, from 1 post\)\.$/);
    const averaged = scoreInfluencer({ platform: "instagram", followers: 5_000, summary: { postCount: 40, avgLikes: 200, avgComments: 10 } });
    expect(averaged.engagement.provenance).toBe("summary");
    expect(averaged.reasons[1]).toMatch(/, from averages over 40 posts\)\.$/);
  });

  it("says how much evidence the trust score rests on", () => {
    // microCreator has no audience data (weight 20) and no topics (weight 6): 11 of 13 signals, 100 − 26 = 74 of the weight 100
    const partial = scoreInfluencer(microCreator());
    // with the missing 26 of the weight at 0 or 100 the score could move down or up by their share of the points
    const range = partial.trust.range;
    expect(partial.reasons[2]).toBe(
      `Trust: ${partial.trust.score} of 100 (${partial.trust.band}) from 11 of 13 signals (0.74 of the weight; ${range?.lower} to ${range?.upper} with the others at 0 or 100), no warning flags.`,
    );
    // with an audit's authentic share and a topic on every post, every signal has data
    const full = microCreator();
    const report = scoreInfluencer({ ...full, audience: { authenticShare: 0.9 }, posts: full.posts?.map((post) => ({ ...post, topics: ["outdoors"] })) });
    expect(report.trust.confidence).toBe(1);
    expect(report.reasons[2]).toBe(`Trust: ${report.trust.score} of 100 (${report.trust.band}) from all 13 signals, no warning flags.`);
  });

  it("says when a critical flag capped the trust score", () => {
    // follow ratio (30,000 + 1) / (12,000 + 1) ≈ 2.5 ≥ 2 → 0 and critical; audience 0.95 → 100:
    // weighted (20 · 100 + 5 · 0) / 25 = 80, capped at 59.9 (criticalFlagCap), band questionable; 2 of the 13 signals
    // have data, carrying 25 of the total weight 100
    const report = scoreInfluencer({ platform: "instagram", followers: 12_000, following: 30_000, audience: { authenticShare: 0.95 } });
    // range: lower (20 · 100 + 5 · 0) / 100 = 20, upper (2,000 + 75 · 100) / 100 = 95, capped at 59.9
    expect(report.reasons[2]).toBe(
      "Trust: 59.9 of 100 (questionable, capped from 80 by a critical flag) from 2 of 13 signals (0.25 of the weight; 20 to 59.9 with the others at 0 or 100), flags: follow-for-follow.",
    );
  });

  it("carries the trust score's range, capped as the score", () => {
    // As above: the 75 of the weight without data at 0 gives 2,000 / 100 = 20; at 100, (2,000 + 7,500) / 100 = 95 → min(95, 59.9) = 59.9
    const report = scoreInfluencer({ platform: "instagram", followers: 12_000, following: 30_000, audience: { authenticShare: 0.95 } });
    expect(report.trust.range).toEqual({ lower: 20, upper: 59.9 });
  });

  it("says 1 follower, not 1 followers, one follower short of the next tier", () => {
    // 9,999 followers: standard nano ends at 10,000, so 10,000 − 9,999 = 1 follower short of micro
    const report = scoreInfluencer({ platform: "instagram", followers: 9_999 });
    expect(report.reasons[0]).toBe("Tier: Nano (nano) under the standard scheme, 1 follower short of Micro.");
  });

  it("says why engagement has no score when the rate is known but no benchmark is", () => {
    // Twitch has no creator benchmark (engagement.md §6): the rate (300 + 20) / 20,000 = 0.016 is measured, the score is not
    const report = scoreInfluencer({ platform: "twitch", followers: 20_000, posts: [{ likes: 300, comments: 20 }] });
    expect([report.engagement.rate, report.engagement.score]).toEqual([0.016, null]);
    // The measured rate is kept in the summary: it was dropped, leaving "no score … so there is no score" and nothing measured.
    expect(report.reasons[1]).toBe(
      "Engagement: no score. Median of 1 post: 1.6 per 100 followers. No creator benchmark for Twitch on the followers basis, so there is no score.",
    );
  });

  it("counts the critical flags that capped the trust score when there are several", () => {
    // As above, plus a summary with 0.9 of posts sponsored (≥ 0.8: a second critical flag,
    // sponsored-saturation) and averages that give the engagement signals data.
    const report = scoreInfluencer({
      platform: "instagram",
      followers: 12_000,
      following: 30_000,
      audience: { authenticShare: 0.95 },
      summary: { postCount: 100, avgLikes: 400, avgComments: 20, sponsoredShare: 0.9 },
    });
    expect(report.trust.cap?.flags).toEqual(["follow-for-follow", "sponsored-saturation"]);
    expect(report.reasons[2]).toMatch(/^Trust: 59\.9 of 100 \(questionable, capped from [\d.]+ by 2 critical flags\) from /u);
  });

  it("describes the top tier without a next tier", () => {
    const report = scoreInfluencer({ platform: "youtube", followers: 3_000_000 });
    expect(report.reasons[0]).toBe("Tier: Mega (mega) under the standard scheme.");
  });

  describe("options", () => {
    it("passes the tier scheme through", () => {
      // later-fohr: micro runs from 10,000 to 100,000, so 60,000 is micro (mid under the standard scheme)
      expect(scoreInfluencer({ platform: "instagram", followers: 60_000 }, { tierScheme: "later-fohr" }).tier.tier).toBe("micro");
      expect(scoreInfluencer({ platform: "instagram", followers: 60_000 }).tier.tier).toBe("mid");
    });

    it("passes a per-platform tier scheme through with the profile's platform", () => {
      const options: ScoreInfluencerOptions = { tierScheme: { youtube: "later-fohr", default: "standard" } };
      expect(scoreInfluencer({ platform: "youtube", followers: 60_000 }, options).tier.tier).toBe("micro");
      expect(scoreInfluencer({ platform: "tiktok", followers: 60_000 }, options).tier.tier).toBe("mid");
    });

    it("passes the engagement options to the engagement model and to the trust model", () => {
      const profile = microCreator();
      const engagement = { actions: ["likes"] as const };
      const report = scoreInfluencer(profile, { engagement });
      expect(report.engagement).toStrictEqual(scoreEngagement(profile, engagement));
      expect(report.engagement.actions).toEqual(["likes"]);
      expect(report.trust).toStrictEqual(scoreTrust(profile, { engagement }));
    });

    it("passes the trust options through", () => {
      const profile = microCreator();
      const trust = { weights: { sponsoredShare: 0 }, thresholds: { windowDays: 14 } };
      const report = scoreInfluencer(profile, { trust });
      expect(report.trust).toStrictEqual(scoreTrust(profile, trust));
    });

    it("refuses trust.engagement, which it would ignore: the report's engagement option applies to every model", () => {
      const expected = "expected no engagement option here (the engagement option beside it applies to every model)";
      expect(issuesOf(() => scoreInfluencer(microCreator(), { trust: { engagement: { actions: ["comments"] } } }))).toEqual([
        { path: ["trust", "engagement"], code: "invalid_type", message: `trust.engagement: ${expected}, received an object` },
      ]);
      expect(issuesOf(() => scoreInfluencer(microCreator(), { trust: { engagement: "garbage" } } as never)).map((issue) => issue.path)).toEqual([["trust", "engagement"]]);
    });

    it("passes the compensation options through", () => {
      const profile = microCreator();
      const compensation = { ...TERMS, commissionRate: 0.2, usageRightsDays: 30 };
      const report = scoreInfluencer(profile, { compensation });
      expect(report.compensation).toStrictEqual(compareCompensation(profile, compensation));
      expect(report.flatFee).toStrictEqual(estimateFlatFee(profile, { usageRightsDays: 30 }));
    });

    it("estimates the flat fee with fee options even without deal terms", () => {
      const profile = microCreator();
      expect(scoreInfluencer(profile, { compensation: { usageRightsDays: 30 } }).flatFee).toStrictEqual(estimateFlatFee(profile, { usageRightsDays: 30 }));
    });
  });

  describe("now", () => {
    const datedProfile = {
      handle: "@dated",
      platform: "instagram",
      followers: 8_000,
      accountCreatedAt: "2025-06-01",
      posts: [{ likes: 300, comments: 10, publishedAt: "2026-03-01T00:00:00Z" }],
    } as const;

    it("warns about posts dated after now when it parses the profile", () => {
      const report = scoreInfluencer(datedProfile, { now: "2026-02-01" });
      expect(report.warnings.map((warning) => warning.code)).toEqual(["post_in_future"]);
      expect(scoreInfluencer(datedProfile).warnings).toEqual([]);
    });

    it("gives the trust model the same reference date as trust.now", () => {
      const now = "2027-01-01";
      expect(scoreInfluencer(datedProfile, { now }).trust).toEqual(scoreInfluencer(datedProfile, { trust: { now } }).trust);
      expect(scoreInfluencer(datedProfile, { now }).trust).toEqual(scoreTrust(parseProfile(datedProfile, { now }), { now }));
    });

    it("lets trust.now win for the trust model", () => {
      const report = scoreInfluencer(datedProfile, { now: "2030-01-01", trust: { now: "2027-01-01" } });
      expect(report.trust).toEqual(scoreInfluencer(datedProfile, { trust: { now: "2027-01-01" } }).trust);
    });

    it("keeps the warnings of a profile parsed earlier", () => {
      const parsed = parseProfile(datedProfile);
      expect(scoreInfluencer(parsed, { now: "2026-02-01" }).warnings).toEqual([]);
    });

    it("rejects a date it cannot read, at path now", () => {
      expect(issuesOf(() => scoreInfluencer(datedProfile, { now: "yesterday" }))).toEqual([
        { path: ["now"], code: "invalid_value", message: 'now: expected an ISO 8601 date string, a valid Date or epoch milliseconds, received "yesterday"' },
      ]);
      expect(issuesOf(() => scoreInfluencer(datedProfile, { now: true } as unknown as ScoreInfluencerOptions))).toEqual([
        { path: ["now"], code: "invalid_type", message: "now: expected an ISO 8601 date string, a valid Date or epoch milliseconds, received true" },
      ]);
    });
  });

  describe("validation", () => {
    it("validates a raw profile exactly once for all the models", () => {
      // Only validation reads the caller's object (the models read the parsed copy), and it reads
      // each field once: so one read of `followers` means one validation. Valid input takes the
      // hand-written fast path (src/schemas/fastProfile.ts), not zod.
      const input = microCreator();
      const followers = input.followers;
      let reads = 0;
      Object.defineProperty(input, "followers", {
        enumerable: true,
        get: () => {
          reads++;
          return followers;
        },
      });
      const safeParse = vi.spyOn(influencerProfileSchema(), "safeParse");
      scoreInfluencer(input, { compensation: TERMS });
      expect(reads).toBe(1);
      expect(safeParse).not.toHaveBeenCalled();
    });

    it("does not validate a profile that came from parseProfile again", () => {
      const parsed = parseProfile(microCreator());
      const safeParse = vi.spyOn(influencerProfileSchema(), "safeParse");
      const report = scoreInfluencer(parsed, { compensation: TERMS });
      expect(safeParse).not.toHaveBeenCalled();
      expect(report.warnings).toBe(parsed.warnings); // the very same array: the profile was not parsed again
      expect(report).toStrictEqual(scoreInfluencer(microCreator(), { compensation: TERMS }));
    });

    it("rejects a bad deal term even when the deals are not compared (no costPerClick or averageOrderValue)", () => {
      // Before, the terms the flat fee does not read were dropped unchecked: riskAversion -5 or a cap of -1 passed silently.
      expect(issuesOf(() => scoreInfluencer(microCreator(), { compensation: { riskAversion: -5, cap: -1 } }))).toEqual([
        { path: ["compensation", "cap"], code: "too_small", message: "compensation.cap: expected an amount between 0.000001 and 1000000000000, received -1" },
        { path: ["compensation", "riskAversion"], code: "too_small", message: "compensation.riskAversion: expected a number between 0 and 100, received -5" },
      ]);
    });

    it("accepts valid deal terms without costPerClick and averageOrderValue, and compares no deals", () => {
      const report = scoreInfluencer(microCreator(), { compensation: { riskAversion: 2, margin: 0.4, hybrid: true, commissionRate: 0.1 } });
      expect(report.compensation).toBeNull();
      expect(report.flatFee).toStrictEqual(scoreInfluencer(microCreator()).flatFee);
    });

    it("throws InfluencerInputError naming the field of a bad profile", () => {
      expect(issuesOf(() => scoreInfluencer({ platform: "instagram", followers: -5 }))).toEqual([
        { path: ["followers"], code: "too_small", message: "followers: expected a non-negative integer, received -5" },
      ]);
    });

    it("never says Invalid input, for null or a wrongly typed field", () => {
      for (const input of [null, { platform: "instagram", followers: "12k" }]) {
        const messages = issuesOf(() => scoreInfluencer(input as never)).map((issue) => issue.message);
        expect(messages.length).toBeGreaterThan(0);
        for (const message of messages) expect(message).not.toContain("Invalid input");
      }
    });

    it("rejects options that are not an object instead of ignoring them", () => {
      for (const [options, received] of [[5, "5"], [null, "null"]] as const) {
        expect(issuesOf(() => scoreInfluencer(microCreator(), options as never))).toEqual([
          { path: [], code: "invalid_type", message: `expected an options object, received ${received}` },
        ]);
      }
    });

    it("rejects trust options that are not an object instead of ignoring them", () => {
      expect(issuesOf(() => scoreInfluencer(microCreator(), { trust: "object" as never }))).toEqual([
        { path: ["trust"], code: "invalid_type", message: 'trust: expected an options object, received "object"' },
      ]);
    });

    it("reports every bad option at once, with paths starting at the option's name", () => {
      const issues = issuesOf(() =>
        scoreInfluencer(microCreator(), {
          tierScheme: "nope" as never,
          engagement: { basis: "likes" as never },
          trust: { weights: { sponsoredShare: -1 } },
          compensation: { costPerClick: -1, averageOrderValue: 40 },
        }),
      );
      expect(issues.map((issue) => issue.path)).toEqual([["tierScheme"], ["engagement", "basis"], ["trust", "weights", "sponsoredShare"], ["compensation", "costPerClick"]]);
      expect(issues[0]?.message).toMatch(/^tierScheme: expected one of "standard", .+, received "nope"$/);
      // the wording after "expected" belongs to the compensation model; the report only moves the path
      expect(issues[3]?.message).toMatch(/^compensation\.costPerClick: expected .+, received -1$/);
    });

    it("reports a bad fee term once when the deal terms turn the comparison on", () => {
      // usageRightsDays −1 is invalid for the comparison and for the flat fee alike: one problem, one issue
      const issues = issuesOf(() => scoreInfluencer(microCreator(), { compensation: { costPerClick: 1, averageOrderValue: 30, usageRightsDays: -1 } }));
      expect(issues.map((issue) => issue.path)).toEqual([["compensation", "usageRightsDays"]]);
    });

    it("names the platform of a bad per-platform tier scheme", () => {
      expect(issuesOf(() => scoreInfluencer({ platform: "x", followers: 1 }, { tierScheme: { youtube: "nope" as never } })).map((issue) => issue.path)).toEqual([
        ["tierScheme", "youtube"],
      ]);
    });

    it("asks for the other deal term when only one is given", () => {
      expect(issuesOf(() => scoreInfluencer({ platform: "x", followers: 1 }, { compensation: { costPerClick: 0.5 } })).map((issue) => issue.path)).toEqual([
        ["compensation", "averageOrderValue"],
      ]);
    });

    it("rethrows errors that are not input errors, unchanged", () => {
      // Any property read throws: a bug in the caller's code, not an input problem. The caller gets that very error
      // back (reading `.issues` of it, as of an input error, threw another TypeError and hid it).
      const boom = new TypeError("boom");
      const hostile = new Proxy(
        {},
        {
          get: () => {
            throw boom;
          },
        },
      );
      const thrownBy = (call: () => unknown): unknown => {
        try {
          call();
        } catch (error) {
          return error;
        }
        return undefined;
      };
      expect(thrownBy(() => scoreInfluencer({ platform: "x", followers: 1 }, { tierScheme: hostile as never }))).toBe(boom);
      expect(thrownBy(() => scoreInfluencer({ platform: "x", followers: 1 }, { engagement: hostile }))).toBe(boom);
    });

    it("does not modify a frozen input", () => {
      const profile = microCreator();
      const frozen = structuredClone(profile);
      const deepFreeze = (value: unknown): void => {
        if (typeof value !== "object" || value === null) return;
        Object.freeze(value);
        for (const child of Object.values(value)) deepFreeze(child);
      };
      deepFreeze(frozen);
      const options = { compensation: { ...TERMS } };
      deepFreeze(options);
      scoreInfluencer(frozen, options);
      expect(frozen).toStrictEqual(profile);
    });
  });
});
