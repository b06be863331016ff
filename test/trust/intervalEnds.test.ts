// The trust score's interval of the real share reads its two ends apart whenever they differ, and
// says "at both ends" only when they are equal: at a level of 1e-10 it read "0.536–0.536".
import { describe, expect, it } from "vitest";
import { scoreTrust, type AudienceAccount, type TrustScore } from "../../src/index.js";

const reasonOf = (result: TrustScore, key: string): string | undefined => result.factors.find((factor) => factor.key === key)?.reason;
const bought: AudienceAccount = { followers: 12, following: 4100, posts: 0 };
const ordinary: AudienceAccount = { followers: 300, following: 280, posts: 45 };
const sample = [...Array.from({ length: 340 }, () => bought), ...Array.from({ length: 1_663 }, () => ordinary)];
const scored = (confidenceLevel: number): TrustScore =>
  scoreTrust({ platform: "instagram", followers: 20_000, audience: { sample } }, { audience: { confidenceLevel, threshold: 0.7389139887201869 } });

describe("the ends of the trust score's audience interval", () => {
  it("read apart when the interval is 6e-12 wide", () => {
    // The fake share's ends 0.4636932182112496 and 0.4636932182172328: the real share's 0.5363067817827672 to
    // 0.5363067817887504, apart at 11 significant digits.
    expect(reasonOf(scored(1e-10), "audienceAuthenticity")).toBe(
      "the library's estimate from 2,003 sampled followers is 0.536 (0.0000000001 interval 0.53630678178–0.53630678179)",
    );
  });

  it("say zero width when the ends are equal", () => {
    expect(reasonOf(scored(5e-324), "audienceAuthenticity")).toBe(
      "the library's estimate from 2,003 sampled followers is 0.536 (almost 0 interval 0.536 at both ends, zero width only because the level is so low, not a certainty)",
    );
  });
});
