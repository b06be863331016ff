// A factor reason that compares a value with its ramp's ends or thresholds writes the value apart from the lines
// it names (CONTRIBUTING R15, showApart), and the same as the flag beside it: "0.79999 of posts are sponsored
// (full credit up to 0.2, none from 0.8)", never "0.8 of posts … none from 0.8" beside a flag reading "0.79999".
import { describe, expect, it } from "vitest";
import { scoreTrust, type InfluencerProfileInput, type TrustScore } from "../../src/index.js";

const reasonOf = (result: TrustScore, key: string): string | undefined => result.factors.find((factor) => factor.key === key)?.reason;
const messageOf = (result: TrustScore, code: string): string | undefined => result.flags.find((flag) => flag.code === code)?.message;
const onInstagram = (profile: Partial<InfluencerProfileInput>): InfluencerProfileInput => ({ platform: "instagram", followers: 5_000, ...profile });
const summary = (fields: { avgComments?: number; sponsoredShare?: number }) => ({ postCount: 10, avgLikes: 100, avgComments: 5, ...fields });

describe("factor reasons write a value apart from the lines they name, as the flag does", () => {
  it("sponsoredShare: 0.79999 of posts reads so in the reason and the flag, not as the 0.8 zero line", () => {
    const result = scoreTrust(onInstagram({ summary: summary({ sponsoredShare: 0.79999 }) }));
    expect(messageOf(result, "sponsored-saturation")).toBe("the summary reports 0.79999 of posts sponsored, above the 0.5 threshold");
    expect(reasonOf(result, "sponsoredShare")).toBe("the summary: 0.79999 of posts are sponsored (full credit up to 0.2, none from 0.8)");
  });

  it("sponsoredShare: a share a hair above the 0.2 full-credit line reads above it", () => {
    expect(reasonOf(scoreTrust(onInstagram({ summary: summary({ sponsoredShare: 0.2000001 }) })), "sponsoredShare")).toBe(
      "the summary: 0.2000001 of posts are sponsored (full credit up to 0.2, none from 0.8)",
    );
  });

  it("audienceAuthenticity: a vendor share of 0.7499999 reads so in the reason, as in the flag", () => {
    const result = scoreTrust(onInstagram({ audience: { authenticShare: 0.7499999 } }));
    expect(messageOf(result, "audience-fake-heavy")).toBe("only 0.7499999 of followers look real (vendor audit), below the 0.75 threshold");
    expect(reasonOf(result, "audienceAuthenticity")).toBe("the vendor audit reports 0.7499999 of followers as real");
  });

  it("commentShare and conversationDepth: comments per like a hair below the 0.01 and 0.1 lines read below them", () => {
    const low = scoreTrust(onInstagram({ summary: summary({ avgComments: 0.9999999 }) }));
    expect(messageOf(low, "comment-ratio-low")).toBe("0.009999999 comments per like (from the summary averages), below the 0.01 typical minimum: likes may be bought");
    expect(reasonOf(low, "commentShare")).toBe("0.009999999 comments per like (from the summary averages); the typical range is 0.01–0.1");
    expect(reasonOf(low, "conversationDepth")).toBe("0.009999999 comments per like; credit rises from 0.01 to 0.1");
    const high = scoreTrust(onInstagram({ summary: summary({ avgComments: 9.99999 }) }));
    expect(reasonOf(high, "commentShare")).toBe("0.0999999 comments per like (from the summary averages); the typical range is 0.01–0.1");
    expect(reasonOf(high, "conversationDepth")).toBe("0.0999999 comments per like; credit rises from 0.01 to 0.1");
  });

  it("topicConcentration: an index a hair below the full-credit line reads below it", () => {
    // Two topics, one post each: Herfindahl index 0.5, against a full-credit line of 0.5000001.
    const posts = ["a", "b"].map((topic) => ({ likes: 10, comments: 1, topics: [topic] }));
    const result = scoreTrust(onInstagram({ posts }), { thresholds: { minTopicPosts: 1, topicConcentrationFull: 0.5000001 } });
    expect(reasonOf(result, "topicConcentration")).toBe('the Herfindahl index is 0.5 over 2 topics in 2 posts; the main topic "a" has a share of 0.5 (full credit from 0.5000001)');
  });

  it("accountAge: an age under a day a hair below a half-day full-credit line reads below it", () => {
    // 0.4999999 days old against accountAgeFullDays 0.5: both "12 hours" before.
    const now = Date.parse("2026-03-01T12:00:00Z");
    const created = new Date(now - 0.4999999 * 86_400_000).toISOString();
    const result = scoreTrust(onInstagram({ accountCreatedAt: created }), { now: new Date(now).toISOString(), thresholds: { accountAgeFullDays: 0.5 } });
    expect(reasonOf(result, "accountAge")).toMatch(/ before 2026-03-01T12:00:00\.000Z \(options\.now\); full credit from 0\.5 days$/u);
    expect(reasonOf(result, "accountAge")).not.toMatch(/12 hours before .*full credit from 12 hours/u);
  });
});
