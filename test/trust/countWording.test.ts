// A count of one reads in the singular in the trust model's sentences ("1 post",
// "1 post has", "is needed"), every other count in the plural.
import { describe, expect, it } from "vitest";
import { scoreTrust, type InfluencerProfileInput, type PostMetricsInput, type TrustScore } from "../../src/index.js";

const reasonOf = (result: TrustScore, key: string): string | undefined => result.factors.find((factor) => factor.key === key)?.reason;
const onePost = (post: PostMetricsInput): InfluencerProfileInput => ({
  platform: "instagram",
  followers: 20_000,
  posts: [post],
});

describe("counts of one in trust sentences", () => {
  it("says 1 post, not 1 posts", () => {
    // One post with 50 comments on 1,000 likes: 50 / 1,000 = 0.05 comments per like, measured on that post.
    const result = scoreTrust(onePost({ likes: 1_000, comments: 50, topics: ["food"] }));
    expect(reasonOf(result, "commentShare")).toBe("0.05 comments per like (median over 1 post); the typical range is 0.01–0.1");
    // One post with topics, where the threshold asks for more (TRUST_THRESHOLDS.minTopicPosts).
    expect(reasonOf(result, "topicConcentration")).toMatch(/^1 post has topics; at least \d+ are needed$/u);
    expect(reasonOf(result, "postingRegularity")).toMatch(/^0 posts have a publishedAt date; at least \d+ are needed$/u);
  });

  it("agrees the verb with a sponsored count of one, and with a minimum of one", () => {
    // One sponsored post of one: a share of 1, above the 0.5 saturation threshold.
    const saturated = scoreTrust(onePost({ likes: 100, comments: 5, sponsored: true }));
    expect(saturated.flags.find((flag) => flag.code === "sponsored-saturation")?.message).toBe("1 of 1 post (1) is sponsored, above the 0.5 threshold");
    // minPostsPerGroup 1 (an override): no organic post to compare with, and "at least 1 … is needed".
    const alone = scoreTrust(onePost({ likes: 100, comments: 5, sponsored: true }), { thresholds: { minPostsPerGroup: 1 } });
    expect(reasonOf(alone, "sponsoredEngagement")).toBe("1 sponsored and 0 organic posts; at least 1 of each is needed");
  });
});
