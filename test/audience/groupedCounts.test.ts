// The audience sentences group the whole part of their counts, as the trust sentences that quote
// them do ("estimate from 1,200 sampled followers"): "1,200 of 2,000 sampled accounts", not
// "1200 of 2000 sampled accounts".
import { describe, expect, it } from "vitest";
import { BENFORD_CONFORMITY, estimateAudienceAuthenticity, measureBenfordConformity, type AudienceAccount } from "../../src/index.js";
import { boughtAccount, ordinaryAccount } from "./handModel.js";

const repeat = (account: AudienceAccount, count: number): AudienceAccount[] => Array.from({ length: count }, () => account);
/** The shipped conformity table, asking for 1,000 positive values. */
const conformity = { ...BENFORD_CONFORMITY, values: { ...BENFORD_CONFORMITY.values, minimumSampleSize: 1_000 } };

describe("thousands in audience sentences", () => {
  it("groups the flagged and the sampled accounts", () => {
    // The shipped model flags the bought accounts (0.96) at 0.35, not the ordinary ones: 1,200 / 2,000 = 0.6.
    const result = estimateAudienceAuthenticity([...repeat(boughtAccount, 1_200), ...repeat(ordinaryAccount, 800)]);
    expect(result.reasons[0]).toBe("1,200 of 2,000 sampled accounts have a fake probability of at least 0.35 (observed rate 0.6)");
  });

  it("groups the positive values and the minimum of the Benford test", () => {
    // 999 values 1…9 cycling, one short of the table's 1,000.
    const values = Array.from({ length: 999 }, (_, index) => (index % 9) + 1);
    expect(measureBenfordConformity(values, { conformity }).reason).toBe("only 999 positive values; the Benford test needs at least 1,000");
    expect(measureBenfordConformity([...values, 0, 0, ...values], { conformity }).reason).toMatch(/ allowed at n = 1,998: /u);
  });
});
