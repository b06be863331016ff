// The single-model entry points end their reasons with the profile's input warnings, so a caller who never
// called parseProfile still learns that the score rests on suspect input; the report names them once.
import { describe, expect, it } from "vitest";
import {
  compareCompensation,
  estimateFlatFee,
  estimatePayPerClick,
  estimateReferral,
  parseProfile,
  scoreEngagement,
  scoreInfluencer,
  scoreTrust,
  type InfluencerProfileInput,
} from "../../src/index.js";
import { describeWarningCodes, withWarningReason } from "../../src/schemas/describeWarnings.js";

const post = (id: string, likes: number, day: number) => ({ id, publishedAt: `2026-01-${String(day).padStart(2, "0")}T10:00:00Z`, likes, comments: 3 });

/** Post "a" given twice (duplicate_post), the rest ordinary. */
const repeated: InfluencerProfileInput = {
  platform: "instagram",
  followers: 5_000,
  posts: [post("a", 100, 1), post("a", 100, 1), post("b", 120, 4), post("c", 90, 7), post("d", 300, 10)],
};
const clean: InfluencerProfileInput = { ...repeated, posts: (repeated.posts ?? []).slice(1) };
const LINE = "Input warnings: duplicate_post (parseProfile returns each with its field and what is wrong; the scores use the input as given).";
const TERMS = { costPerClick: 0.5, averageOrderValue: 40 };

describe("input warnings in the single models' reasons", () => {
  it("ends each model's reasons with the warning codes, from raw and from pre-parsed input", () => {
    for (const profile of [repeated, parseProfile(repeated)]) {
      expect(scoreEngagement(profile).reasons.at(-1)).toBe(LINE);
      expect(scoreTrust(profile).reasons.at(-1)).toBe(LINE);
      expect(estimateFlatFee(profile).reasons.at(-1)).toBe(LINE);
      expect(estimatePayPerClick(profile, { costPerClick: 0.5 }).reasons.at(-1)).toBe(LINE);
      expect(estimateReferral(profile, { averageOrderValue: 40 }).reasons.at(-1)).toBe(LINE);
      // the comparison's verdict carries it, once
      const comparison = compareCompensation(profile, TERMS);
      expect(comparison.recommendation.reasons.at(-1)).toBe(LINE);
      expect(comparison.flatFee.reasons).not.toContain(LINE);
    }
  });

  it("adds nothing else: without the line, the result is the report's, which has none", () => {
    const engagement = scoreEngagement(repeated);
    expect({ ...engagement, reasons: engagement.reasons.slice(0, -1) }).toStrictEqual(scoreInfluencer(repeated).engagement);
    expect(scoreEngagement(clean).reasons).not.toContain(LINE);
    expect(scoreTrust(clean).reasons.some((reason) => reason.startsWith("Input warnings"))).toBe(false);
  });

  it("leaves the report's models alone: the report names the warnings once, in its own reasons", () => {
    const report = scoreInfluencer(repeated, { compensation: TERMS });
    expect(report.reasons.at(-1)).toBe("Input warnings: duplicate_post (see warnings).");
    for (const reasons of [report.engagement.reasons, report.trust.reasons, report.flatFee.reasons, report.compensation?.recommendation.reasons ?? []]) {
      expect(reasons.some((reason) => reason.startsWith("Input warnings"))).toBe(false);
    }
  });

  it("leaves out history_unsorted, which says the history was sorted before any model read it", () => {
    const history = [
      { date: "2026-01-02", followers: 5_010 },
      { date: "2026-01-01", followers: 5_000 },
    ];
    const unsorted: InfluencerProfileInput = { ...clean, followerHistory: history };
    expect(parseProfile(unsorted).warnings.map((warning) => warning.code)).toEqual(["history_unsorted"]);
    expect(scoreTrust(unsorted).reasons.some((reason) => reason.startsWith("Input warnings"))).toBe(false);
    expect(scoreTrust({ ...repeated, followerHistory: history }).reasons.at(-1)).toBe(LINE);
    // the report still lists it, as it lists every warning
    expect(scoreInfluencer(unsorted).reasons.at(-1)).toBe("Input warnings: history_unsorted (see warnings).");
  });

  it("lists the codes alphabetically, so the order of the posts changes nothing", () => {
    // posts[0] raises likes_exceed_views (120 likes, 80 views); "a" twice raises duplicate_post
    const odd = { id: "v", publishedAt: "2026-01-20T10:00:00Z", likes: 120, comments: 1, views: 80 };
    const first: InfluencerProfileInput = { ...repeated, posts: [odd, ...(repeated.posts ?? [])] };
    const last: InfluencerProfileInput = { ...repeated, posts: [...(repeated.posts ?? []), odd] };
    const expected = "Input warnings: duplicate_post, likes_exceed_views (see warnings).";
    expect([scoreInfluencer(first).reasons.at(-1), scoreInfluencer(last).reasons.at(-1)]).toEqual([expected, expected]);
  });
});

describe("describeWarningCodes", () => {
  it("writes each code once, alphabetically, with its count when raised more than once", () => {
    const warning = (code: "duplicate_post" | "likes_exceed_views", index: number) => ({ path: ["posts", index], code, message: `posts[${index}]` });
    const many = [warning("likes_exceed_views", 0), ...Array.from({ length: 1_200 }, (_, index) => warning("duplicate_post", index + 1))];
    expect(describeWarningCodes(many)).toBe("duplicate_post ×1,200, likes_exceed_views");
    expect(describeWarningCodes([])).toBeNull();
  });
});

describe("withWarningReason", () => {
  const duplicate = { path: ["posts", 1], code: "duplicate_post" as const, message: "posts[1]: repeats posts[0]" };
  const result = { reasons: ["Median of 2 posts: 3 per 100 followers."] };

  it("adds one last reason naming the warnings (its TSDoc example)", () => {
    expect(withWarningReason(result, [duplicate]).reasons[1]).toBe(
      "Input warnings: duplicate_post (parseProfile returns each with its field and what is wrong; the scores use the input as given).",
    );
  });

  it("returns the result itself without warnings, or with only history_unsorted (the model read the history sorted)", () => {
    const unsorted = { path: ["followerHistory"], code: "history_unsorted" as const, message: "followerHistory: sorted by date" };
    expect(withWarningReason(result, [])).toBe(result);
    expect(withWarningReason(result, [unsorted])).toBe(result);
  });
});
