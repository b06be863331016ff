// A benchmark engagement estimate is a rate per one unit of its basis, and its provenance says so in
// the singular: "(per follower)", "(per view)", "(per impression)", "(per account reached)", never the
// basis value itself ("(per followers)", "(per reach)").
import { describe, expect, it } from "vitest";
import { parseFeeOptions } from "../../src/compensation/options.js";
import { computeOutcomes } from "../../src/compensation/outcomes.js";
import { estimateFlatFee, parseProfile, scoreEngagement, type InfluencerProfileInput } from "../../src/index.js";

describe("the basis of an engagement rate in the provenance", () => {
  it("is per follower on the followers basis", () => {
    // One image post, no reel: reel engagements are 5,000 followers × the engagement model's estimate per
    // follower × the reel's reach rate over the image's (0.2449 ÷ 0.3772 = 0.6494).
    const profile: InfluencerProfileInput = { platform: "instagram", followers: 5_000, posts: [{ likes: 1, comments: 1, format: "image" }] };
    const estimate = scoreEngagement(profile);
    expect(estimate.basis).toBe("followers");
    expect(estimate.estimate).toBeCloseTo(0.004178, 6);
    expect(estimateFlatFee(profile, { format: "reel" }).provenance.engagements.detail).toBe(
      "5,000 followers × engagement-rate estimate 0.004178 (per follower) × 0.6494 for reel posts (reel reach rate 0.2449 ÷ image reach rate 0.3772)",
    );
  });

  it("is per view on the views basis", () => {
    // TikTok video posts with views: the engagement model's basis is views, and a live stream's
    // engagements are its expected impressions × that rate.
    const profile: InfluencerProfileInput = {
      platform: "tiktok",
      followers: 10_000,
      posts: [
        { format: "video", likes: 300, comments: 20, views: 4_000 },
        { format: "video", likes: 500, comments: 30, views: 6_000 },
      ],
    };
    expect(estimateFlatFee(profile, { format: "live" }).provenance.engagements.detail).toMatch(/^impressions × engagement-rate estimate [\d.]+ \(per view\)$/u);
  });

  it("is per impression and per account reached on those bases", () => {
    // The engagement model picks followers or views on its own; a context built by hand stands for a
    // caller's engagement result on the impressions or reach basis (no posts or summary to measure).
    const profile = parseProfile({ platform: "instagram", followers: 10_000 });
    const detailOn = (basis: string): string =>
      computeOutcomes(profile, parseFeeOptions({}), { engagement: { score: null, estimate: 0.05, basis, benchmark: null }, trust: null, audience: null }).provenance.engagements
        .detail;
    expect(detailOn("impressions")).toBe("impressions × engagement-rate estimate 0.05 (per impression)");
    expect(detailOn("reach")).toBe("impressions × engagement-rate estimate 0.05 (per account reached)");
  });
});
