// A profile summary describes the platform's default format; another format scales it by the
// ratio of the rate card's reach rates (docs/methodology/compensation.md §1 and §2).
import { describe, expect, it } from "vitest";
import { estimateFlatFee, RATE_CARD, scoreEngagement, type FlatFeeResult } from "../../src/index.js";
import { show } from "../../src/compensation/show.js";

/** √(5 × 15): the median of wordontheblock's Instagram CPM range, $5–15. */
const CPM = Math.sqrt(75);
/** An Instagram account with a summary of its (image) posts and no posts listed. */
const summarized = { platform: "instagram", followers: 10_000, summary: { postCount: 8, avgLikes: 100, avgComments: 5, avgReach: 1_750 } } as const;

function multiplierOf(fee: FlatFeeResult, key: string): number {
  return fee.adjustments.find((adjustment) => adjustment.key === key)?.multiplier ?? Number.NaN;
}

describe("a summary priced for another format", () => {
  it("prices an Instagram carousel as the image × the 1.25 carousel premium, not from the benchmark reach", () => {
    const image = estimateFlatFee(summarized);
    const carousel = estimateFlatFee(summarized, { format: "carousel" });
    // No carousel reach figure in the card: the summary's 1,750 stands for carousels too (before: 10,000 × 0.3772 = 3,772)
    expect(carousel.outcomes.impressions?.expected).toBe(1_750);
    // The adjustments that differ: format ×1.25 (HypeAuditor carousel +20–30%, midpoint), and engagement, which the
    // image reads from the summary (105 ÷ 1,750 = 0.06 per impression) and the carousel cannot (×1).
    expect(multiplierOf(carousel, "format")).toBe(1.25);
    expect(multiplierOf(carousel, "engagement")).toBe(1);
    const imageEngagement = multiplierOf(image, "engagement");
    expect(carousel.cost?.expected).toBeCloseTo(((image.cost?.expected ?? 0) * 1.25) / imageEngagement, 10);
    // By hand: 1,750 × √75 ÷ 1,000 = 15.155444566; × trust 1 (the summary feeds too little of the trust model to move
    // the fee: its score 83.36 alone would give ×1.0672) × 1.25 = 18.944305708 (before the fix 43.577, ×2.71 the image's)
    expect(multiplierOf(carousel, "trust")).toBe(1);
    expect(carousel.cost?.expected).toBeCloseTo(1_750 * CPM / 1_000 * 1.25, 9);
    expect(carousel.cost?.expected).toBeCloseTo(18.944305708, 8);
  });

  it("says the carousel reads the image reach because the card has no carousel figure", () => {
    expect(estimateFlatFee(summarized, { format: "carousel" }).provenance.impressions).toEqual({
      basis: "summary",
      detail:
        "profile summary avgReach (a mean, used as the median), as for image posts: the rate card has no Instagram carousel reach figure to scale it by",
      source: null,
    });
  });

  it("scales a summary to a story by the story reach rate over the image reach rate of the account's band", () => {
    // minter.io, 0–20k followers: story 0.08155, feed 0.3772; 1,750 × 0.08155 ÷ 0.3772 = 378.34703075
    const story = estimateFlatFee(summarized, { format: "story" });
    expect(RATE_CARD.reachRate.instagram?.story?.[0]?.expected).toBe(0.08155);
    expect(RATE_CARD.reachRate.instagram?.default?.[0]?.expected).toBe(0.3772);
    expect(story.outcomes.impressions?.expected).toBeCloseTo((1_750 * 0.08155) / 0.3772, 9);
    expect(story.outcomes.impressions?.expected).toBeCloseTo(378.34703075, 7);
    expect(story.provenance.impressions).toEqual({
      basis: "summary",
      // 0.08155 ÷ 0.3772 = 0.216198… shown to 4 digits
      detail: "profile summary avgReach (a mean, used as the median) × 0.2162 for story posts (story reach rate 0.08155 ÷ image reach rate 0.3772)",
      source: null,
    });
    expect(story.assumptions).toContain("the summary gives no spread: the impressions range uses the rate card's assumed spread");
  });

  it("reads both reach rates in the account's own band", () => {
    // 50,000 followers, 20k–100k band: reel √(0.15 × 0.4) = 0.24495 (one band), feed 0.22945;
    // ratio 1.06755 is above the 0–20k band's 0.24495 ÷ 0.3772 = 0.6494, so the own band's is used
    // (0.22945 shows as 0.2294: the double nearest 0.22945 is just below it)
    const reel = estimateFlatFee({ ...summarized, followers: 50_000 }, { format: "reel" });
    expect(reel.outcomes.impressions?.expected).toBeCloseTo((1_750 * Math.sqrt(0.15 * 0.4)) / 0.22945, 9);
    expect(reel.provenance.impressions.detail).toBe(
      "profile summary avgReach (a mean, used as the median) × 1.068 for reel posts (reel reach rate 0.2449 ÷ image reach rate 0.2294)",
    );
  });

  it("never takes a story's ratio below a smaller band's, so more followers never mean fewer impressions", () => {
    // 20k–100k band: 0.0427 ÷ 0.22945 = 0.18610, below the 0–20k band's 0.08155 ÷ 0.3772 = 0.21620: the latter is kept.
    // With the band's own ratio, crossing 20,000 followers would cut the story's impressions by 14%.
    const smaller = estimateFlatFee({ ...summarized, followers: 19_999 }, { format: "story" });
    const larger = estimateFlatFee({ ...summarized, followers: 20_000 }, { format: "story" });
    expect(larger.outcomes.impressions?.expected).toBeCloseTo((1_750 * 0.08155) / 0.3772, 9);
    expect(larger.cost?.expected).toBeGreaterThanOrEqual(smaller.cost?.expected ?? Number.POSITIVE_INFINITY);
    expect(larger.provenance.impressions.detail).toBe(
      "profile summary avgReach (a mean, used as the median) × 0.2162 for story posts (story reach rate 0.08155 ÷ image reach rate 0.3772 at 0 followers: a smaller band's ratio is kept, so that more followers never mean fewer impressions)",
    );
  });

  it("uses the summary as is for any format when the platform has no reach rates (Twitch)", () => {
    // Twitch has no reach table; before the fix a video deliverable had no impressions and no fee
    const twitch = { platform: "twitch", followers: 5_000, summary: { postCount: 4, avgLikes: 20, avgComments: 4, avgViews: 400 } } as const;
    const video = estimateFlatFee(twitch, { format: "video" });
    expect(video.outcomes.impressions?.expected).toBe(400);
    expect(video.provenance.impressions).toEqual({
      basis: "summary",
      detail: "profile summary avgViews (a mean, used as the median), as for live posts: the rate card has no Twitch live reach figure to scale it by",
      source: null,
    });
    // 400 × the Upfluence default CPM $6.50 ÷ 1,000 = 2.6 before the adjustments
    expect(video.baseFee?.expected).toBeCloseTo(2.6, 12);
  });

  it("scales by the band of the smallest accounts at 0 followers", () => {
    // 0 followers fall in the 0–20k band: 1,750 × 0.08155 ÷ 0.3772, as at 10,000 followers
    const story = estimateFlatFee({ ...summarized, followers: 0 }, { format: "story" });
    expect(story.outcomes.impressions?.expected).toBeCloseTo((1_750 * 0.08155) / 0.3772, 9);
    expect(story.provenance.impressions.basis).toBe("summary");
  });

  it("prefers measured posts of the format to the summary", () => {
    // two measured stories with reach 300 and 500: median 400, whatever the summary says
    const profile = { ...summarized, posts: [{ format: "story", likes: 5, comments: 0, reach: 300 }, { format: "story", likes: 7, comments: 1, reach: 500 }] } as const;
    const story = estimateFlatFee(profile, { format: "story" });
    expect(story.outcomes.impressions?.expected).toBe(400);
    expect(story.provenance.impressions).toEqual({ basis: "measured", detail: "median reach of 2 story posts", source: null });
  });

  it("never scales a summary by the audience's real share: it is a measurement", () => {
    // an audience half real would scale a benchmark by 0.5 ÷ 0.7777; the scaled summary stays 1,750 × 0.08155 ÷ 0.3772
    const story = estimateFlatFee({ ...summarized, audience: { authenticShare: 0.5 } }, { format: "story" });
    expect(story.outcomes.impressions?.expected).toBeCloseTo((1_750 * 0.08155) / 0.3772, 9);
    expect(story.assumptions.some((assumption) => assumption.startsWith("only real followers see posts"))).toBe(false);
  });
});

describe("per-follower engagements priced for another format", () => {
  /** Ten measured image posts and no stories: a story's engagements come from the per-follower estimate. */
  const images = {
    platform: "instagram",
    followers: 10_000,
    posts: Array.from({ length: 10 }, (_, index) => ({ format: "image" as const, likes: 300 + index, comments: 10 })),
  } as const;

  it("scales a story's engagements by the story reach over the image reach, like its impressions", () => {
    // The estimate is per follower of the account's usual (image) posts; a story reaches 0.08155 ÷ 0.3772 of them.
    // Before: 10,000 × 0.02868 = 286.8 engagements on 815.5 impressions (35% of them, against the images' 8.3%),
    // so a story looked four times cheaper per engagement than it is.
    const estimate = scoreEngagement(images).estimate ?? Number.NaN;
    const story = estimateFlatFee(images, { format: "story" });
    expect(story.outcomes.impressions?.expected).toBeCloseTo(10_000 * 0.08155, 9);
    expect(story.outcomes.engagements?.expected).toBeCloseTo((10_000 * estimate * 0.08155) / 0.3772, 9);
    expect(story.provenance.engagements.detail).toBe(
      `10,000 followers × engagement-rate estimate ${show(estimate)} (per follower) × 0.2162 for story posts (story reach rate 0.08155 ÷ image reach rate 0.3772)`,
    );
  });

  it("gives a story from a summary the image's engagements per impression", () => {
    const estimate = scoreEngagement(summarized).estimate ?? Number.NaN;
    const story = estimateFlatFee(summarized, { format: "story" });
    const perImpression = (story.outcomes.engagements?.expected ?? Number.NaN) / (story.outcomes.impressions?.expected ?? Number.NaN);
    // 10,000 × estimate × r ÷ (1,750 × r): the ratio r cancels
    expect(perImpression).toBeCloseTo((10_000 * estimate) / 1_750, 12);
    expect(story.outcomes.engagements?.expected).toBeLessThan(story.outcomes.impressions?.expected ?? 0);
  });

  it("keeps a smaller band's ratio, so more followers never mean fewer engagements", () => {
    const below = estimateFlatFee({ ...images, followers: 19_999 }, { format: "story" });
    const above = estimateFlatFee({ ...images, followers: 20_000 }, { format: "story" });
    expect(above.provenance.engagements.detail).toContain(
      "× 0.2162 for story posts (story reach rate 0.08155 ÷ image reach rate 0.3772 at 0 followers: a smaller band's ratio is kept, so that more followers never mean fewer impressions)",
    );
    // the 20k–100k band's own ratio, 0.0427 ÷ 0.22945 = 0.1861, would cut the engagements by 14% at the edge
    expect(below.provenance.engagements.detail).toMatch(/× 0\.2162 for story posts \(story reach rate 0\.08155 ÷ image reach rate 0\.3772\)$/);
  });

  it("leaves a format without its own reach figure (carousel) and the default format unscaled", () => {
    const estimate = scoreEngagement(summarized).estimate ?? Number.NaN;
    expect(estimateFlatFee(summarized, { format: "carousel" }).outcomes.engagements?.expected).toBeCloseTo(10_000 * estimate, 9);
    expect(estimateFlatFee(summarized, { format: "carousel" }).provenance.engagements.detail).not.toContain("for carousel posts");
  });

  it("leaves a per-view estimate alone: impressions already carry the format", () => {
    const youtube = { platform: "youtube", followers: 100_000, summary: { postCount: 8, avgLikes: 1_000, avgComments: 50, avgViews: 20_000 } } as const;
    const short = estimateFlatFee(youtube, { format: "short" });
    const estimate = scoreEngagement(youtube).estimate ?? Number.NaN;
    expect(short.outcomes.engagements?.expected).toBeCloseTo((short.outcomes.impressions?.expected ?? Number.NaN) * estimate, 9);
  });
});
