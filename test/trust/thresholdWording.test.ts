// A flag that compares a value with its threshold writes the two so that they read differently
// whenever they differ (CONTRIBUTING R15, tellApart): "only 0.7499 … below the 0.75 threshold", never
// "only 0.75 … below the 0.75 threshold". A value judged against a critical line the message does not
// write (the severity shows it) never reads as that line either: 0.79999 of posts sponsored is a
// warning, and reads "0.79999", not "0.8", where critical starts.
import { describe, expect, it } from "vitest";
import { scoreTrust, type InfluencerProfileInput, type TrustScore } from "../../src/index.js";

const flagOf = (result: TrustScore, code: string): { severity: string; message: string } | undefined => {
  const flag = result.flags.find((candidate) => candidate.code === code);
  return flag === undefined ? undefined : { severity: flag.severity, message: flag.message };
};
const onInstagram = (profile: Partial<InfluencerProfileInput>): InfluencerProfileInput => ({ platform: "instagram", followers: 20_000, ...profile });
const summary = (fields: { avgLikes?: number; avgComments?: number; sponsoredShare?: number }) => ({ postCount: 10, avgLikes: 100, avgComments: 5, ...fields });

describe("flags write a value and its threshold apart", () => {
  it("audience-fake-heavy: a share just below the 0.75 warning line reads below it", () => {
    // 0.7499 < 0.75: a warning. Three decimals write both "0.75"; four digits tell them apart.
    expect(flagOf(scoreTrust(onInstagram({ audience: { authenticShare: 0.7499 } })), "audience-fake-heavy")).toEqual({
      severity: "warning",
      message: "only 0.7499 of followers look real (vendor audit), below the 0.75 threshold",
    });
  });

  it("audience-fake-heavy: a share just below the 0.5 critical line never reads as the line", () => {
    // 0.49999 < 0.5 (authenticShareCritical), from a vendor audit: critical. "only 0.5 …" read as if it sat on the line.
    expect(flagOf(scoreTrust(onInstagram({ audience: { authenticShare: 0.49999 } })), "audience-fake-heavy")).toEqual({
      severity: "critical",
      message: "only 0.49999 of followers look real (vendor audit), below the 0.75 threshold",
    });
    // 0.50001 ≥ 0.5: a warning, and it reads above the line.
    expect(flagOf(scoreTrust(onInstagram({ audience: { authenticShare: 0.50001 } })), "audience-fake-heavy")?.message).toBe(
      "only 0.50001 of followers look real (vendor audit), below the 0.75 threshold",
    );
  });

  it("sponsored-saturation: a summary share just above the 0.5 line reads above it", () => {
    expect(flagOf(scoreTrust(onInstagram({ summary: summary({ sponsoredShare: 0.5001 }) })), "sponsored-saturation")).toEqual({
      severity: "warning",
      message: "the summary reports 0.5001 of posts sponsored, above the 0.5 threshold",
    });
  });

  it("sponsored-saturation: a warning just below the 0.8 critical line never reads 0.8", () => {
    // 0.79999 < 0.8 (sponsoredShareZero): a warning; "0.8" is where critical starts.
    expect(flagOf(scoreTrust(onInstagram({ summary: summary({ sponsoredShare: 0.79999 }) })), "sponsored-saturation")).toEqual({
      severity: "warning",
      message: "the summary reports 0.79999 of posts sponsored, above the 0.5 threshold",
    });
    // 0.8 itself is critical and reads 0.8.
    expect(flagOf(scoreTrust(onInstagram({ summary: summary({ sponsoredShare: 0.8 }) })), "sponsored-saturation")).toEqual({
      severity: "critical",
      message: "the summary reports 0.8 of posts sponsored, above the 0.5 threshold",
    });
  });

  it("comment-ratio-low: a ratio just below the 0.01 minimum reads below it", () => {
    // 999.5 / 100,000 = 0.009995 comments per like: three decimals write "0.01", like the minimum.
    expect(flagOf(scoreTrust(onInstagram({ summary: summary({ avgLikes: 100_000, avgComments: 999.5 }) })), "comment-ratio-low")?.message).toBe(
      "0.009995 comments per like (from the summary averages), below the 0.01 typical minimum: likes may be bought",
    );
  });

  it("account-new: an age just under the 60-day line reads under it", () => {
    // Created 2026-01-01, now 2026-03-01T23:59:59.9Z: 59.9999988… days, which three decimals write "60 days"; an age
    // is told in completed days, 59.
    const result = scoreTrust(onInstagram({ accountCreatedAt: "2026-01-01T00:00:00Z" }), { now: "2026-03-01T23:59:59.900Z" });
    expect(flagOf(result, "account-new")?.message).toBe("the account is 59 days old, younger than 60 days: too new to have a track record");
  });
});
