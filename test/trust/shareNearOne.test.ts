// A share that is not 1 never reads 1 in the trust sentences, as a share that is not 0 never reads 0
// (CONTRIBUTING R15): an interval of the real share "1–1" read as a certainty.
import { describe, expect, it } from "vitest";
import { scoreTrust, type AudienceAccount, type TrustScore } from "../../src/index.js";

const reasonOf = (result: TrustScore, key: string): string | undefined => result.factors.find((factor) => factor.key === key)?.reason;
const ordinary: AudienceAccount = { followers: 300, following: 280, posts: 45 };
const bought: AudienceAccount = { followers: 12, following: 4100, posts: 0 };
const exact = { audience: { sensitivity: 1, specificity: 1 } };

describe("trust shares near 1", () => {
  it("a sample estimate and its interval just below 1 read below 1", () => {
    // 1 fake of 10,000 with Se = Sp = 1: real share 0.9999; fake interval [0.0000223, 0.000448], so the real share's is
    // 1 − 0.000448 = 0.999552 to 1 − 0.0000223 = 0.9999777. It read "is 1 (0.9 interval 1–1)".
    const one = scoreTrust({ platform: "instagram", followers: 20_000, audience: { sample: [...Array.from({ length: 9_999 }, () => ordinary), bought] } }, exact);
    expect(reasonOf(one, "audienceAuthenticity")).toBe("the library's estimate from 10,000 sampled followers is 0.9999 (0.9 interval 0.999552–0.9999777)");
    // No fake of 10,000: real share 1, interval 1 − 0.00027 to 1.
    const none = scoreTrust({ platform: "instagram", followers: 20_000, audience: { sample: Array.from({ length: 10_000 }, () => ordinary) } }, exact);
    expect(reasonOf(none, "audienceAuthenticity")).toBe("the library's estimate from 10,000 sampled followers is 1 (0.9 interval 0.99973–1)");
  });

  it("a vendor share and a sponsored share just below 1 read below 1", () => {
    const result = scoreTrust({
      platform: "instagram",
      followers: 20_000,
      audience: { authenticShare: 0.99995 },
      summary: { postCount: 10, avgLikes: 100, avgComments: 5, sponsoredShare: 0.9999 },
    });
    expect(reasonOf(result, "audienceAuthenticity")).toBe("the vendor audit reports 0.99995 of followers as real");
    expect(reasonOf(result, "sponsoredShare")).toBe("the summary: 0.9999 of posts are sponsored (full credit up to 0.2, none from 0.8)");
    expect(result.flags.find((flag) => flag.code === "sponsored-saturation")?.message).toBe("the summary reports 0.9999 of posts sponsored, above the 0.5 threshold");
  });
});
