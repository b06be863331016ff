// A share of 0 or 1 reads as a share, not as a count: "1 of current followers came in suspicious
// spikes" read as one follower next to a flag that claims 10,000, and "only 0 of followers look real"
// as a count of none. 0 and 1 read "none of the" and "all of the"; other shares keep their number.
import { describe, expect, it } from "vitest";
import { scoreTrust, type InfluencerProfileInput, type TrustScore } from "../../src/index.js";
import { isoDay } from "./fixtures.js";

const reasonOf = (result: TrustScore, key: string): string | undefined => result.factors.find((factor) => factor.key === key)?.reason;
const messageOf = (result: TrustScore, code: string): string | undefined => result.flags.find((flag) => flag.code === code)?.message;
const onInstagram = (profile: Partial<InfluencerProfileInput>): InfluencerProfileInput => ({ platform: "instagram", followers: 20_000, ...profile });
const summary = (sponsoredShare: number) => ({ postCount: 10, avgLikes: 100, avgComments: 5, sponsoredShare });

describe("shares of 0 and 1 in words", () => {
  it("all or none of the current followers came in suspicious spikes", () => {
    // 20 readings of 0, then 10,000: the whole audience arrived in one unexplained spike, a share of 1.
    const history = [...Array.from({ length: 20 }, () => 0), ...Array.from({ length: 10 }, () => 10_000)].map((followers, day) => ({ date: isoDay(day), followers }));
    expect(reasonOf(scoreTrust(onInstagram({ followers: 10_000, followerHistory: history })), "followerGrowth")).toBe(
      "30 snapshots over 29 days; unexplained spikes: 1 (0 → 10,000 from 2026-01-20 to 2026-01-21); all of the current followers came in suspicious spikes",
    );
    // A flat history: a share of 0.
    const flat = Array.from({ length: 8 }, (_, day) => ({ date: isoDay(day), followers: 10_000 }));
    expect(reasonOf(scoreTrust(onInstagram({ followers: 10_000, followerHistory: flat })), "followerGrowth")).toBe(
      "8 snapshots over 7 days; unexplained spikes: 0; none of the current followers came in suspicious spikes",
    );
  });

  it("none of the followers look real, or all of them, in the vendor's words", () => {
    const none = scoreTrust(onInstagram({ audience: { authenticShare: 0 } }));
    expect(messageOf(none, "audience-fake-heavy")).toBe("none of the followers look real (vendor audit), below the 0.75 threshold");
    expect(reasonOf(none, "audienceAuthenticity")).toBe("the vendor audit reports none of the followers as real");
    expect(reasonOf(scoreTrust(onInstagram({ audience: { authenticShare: 1 } })), "audienceAuthenticity")).toBe("the vendor audit reports all of the followers as real");
  });

  it("all or none of the posts are sponsored", () => {
    const all = scoreTrust(onInstagram({ summary: summary(1) }));
    expect(messageOf(all, "sponsored-saturation")).toBe("the summary reports all of the posts sponsored, above the 0.5 threshold");
    expect(reasonOf(all, "sponsoredShare")).toBe("the summary: all of the posts are sponsored (full credit up to 0.2, none from 0.8)");
    expect(reasonOf(scoreTrust(onInstagram({ summary: summary(0) })), "sponsoredShare")).toBe("the summary: none of the posts are sponsored (full credit up to 0.2, none from 0.8)");
  });
});
