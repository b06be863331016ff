// A sentence that compares two numbers writes them so that they read differently whenever they
// differ (CONTRIBUTING R15, tellApart): a feature value and its training mean, an observed rate and
// the false-positive rate or sensitivity it is clipped against.
import { describe, expect, it } from "vitest";
import { estimateAudienceAuthenticity, estimateFakeAccountProbability, type AudienceAccount } from "../../src/index.js";
import { boughtAccount, ordinaryAccount } from "./handModel.js";

const repeat = (account: AudienceAccount, count: number): AudienceAccount[] => Array.from({ length: count }, () => account);

describe("audience sentences write compared numbers apart", () => {
  it("a feature value just below its training mean reads below it", () => {
    // ln((1 + 99) / (1 + 52)) = ln(1.886792) = 0.634878, below the shipped mean 0.635461: three decimals write both "0.635".
    const factor = estimateFakeAccountProbability({ followers: 52, following: 99, posts: 10 }).factors.find((candidate) => candidate.key === "logFollowingPerFollower");
    expect(factor?.reason).toBe("ln((1 + following) / (1 + followers)) = 0.6349, below the training mean 0.6355: lowers the fake probability");
  });

  it("an observed rate just above the sensitivity reads above it", () => {
    // 704 of 1,000 flagged: observed 0.704 > Se 0.70399, so the share is clipped to 1; three decimals write both "0.704".
    const result = estimateAudienceAuthenticity([...repeat(boughtAccount, 704), ...repeat(ordinaryAccount, 296)], { sensitivity: 0.70399, specificity: 0.9 });
    expect(result.reasons[2]).toBe("the observed rate 0.704 is above the sensitivity 0.70399, so the corrected share is clipped to 1");
  });

  it("an observed rate just below the false-positive rate reads below it", () => {
    // 499 of 5,000 flagged: observed 0.0998 < 1 − 0.9001 = 0.0999, so the share is clipped to 0; three decimals write both "0.1".
    const result = estimateAudienceAuthenticity([...repeat(boughtAccount, 499), ...repeat(ordinaryAccount, 4_501)], { sensitivity: 0.8, specificity: 0.9001 });
    expect(result.reasons[2]).toBe("the observed rate 0.0998 is below the false-positive rate 0.0999, so the corrected share is clipped to 0");
  });
});
