// A share that is not 1 never reads 1, as a share that is not 0 never reads 0 (CONTRIBUTING R15):
// 9,999 fakes of 10,000 read as symmetrically as 1 of 10,000.
import { describe, expect, it } from "vitest";
import { estimateAudienceAuthenticity, type AudienceAccount } from "../../src/index.js";
import { boughtAccount, ordinaryAccount } from "./handModel.js";

const repeat = (account: AudienceAccount, count: number): AudienceAccount[] => Array.from({ length: count }, () => account);
const exact = { sensitivity: 1, specificity: 1 };

describe("audience shares near 1", () => {
  it("9,999 of 10,000 flagged reads as near 1 as 1 of 10,000 reads near 0", () => {
    // Se = Sp = 1: the corrected share is the observed rate, 0.9999. Wilson 90% for 9,999 / 10,000:
    // [0.9995518824689009, 0.9999776904617774], three significant digits of 1 − each end: 0.000448 and 0.0000223.
    const high = estimateAudienceAuthenticity([...repeat(boughtAccount, 9_999), ordinaryAccount], exact);
    expect(high.reasons.slice(0, 3)).toEqual([
      "9,999 of 10,000 sampled accounts have a fake probability of at least 0.35 (observed rate 0.9999)",
      "Rogan–Gladen correction with sensitivity 1 and specificity 1 (supplied in the options): fake share 0.9999",
      "90% Wilson interval on the observed rate [0.999552, 0.9999777], corrected the same way: [0.999552, 0.9999777]; it assumes a random sample of followers and ignores the uncertainty of sensitivity and specificity",
    ]);
    // The mirror case, unchanged: the ends keep three significant digits near 0.
    const low = estimateAudienceAuthenticity([...repeat(ordinaryAccount, 9_999), boughtAccount], exact);
    expect(low.reasons[2]).toBe(
      "90% Wilson interval on the observed rate [0.0000223, 0.000448], corrected the same way: [0.0000223, 0.000448]; it assumes a random sample of followers and ignores the uncertainty of sensitivity and specificity",
    );
  });

  it("10,000 of 10,000 flagged: the observed interval's low end is below 1 and reads so", () => {
    // Wilson 90% low end for 10,000 / 10,000: 1 / (1 + 1.6449² / 10,000) = 0.99973, as 0 of 10,000 reaches 0.00027.
    const all = estimateAudienceAuthenticity(repeat(boughtAccount, 10_000));
    expect(all.reasons[3]).toMatch(/^90% Wilson interval on the observed rate \[0\.99973, 1\], corrected the same way: \[1, 1\] \(clipped to 1 at both ends/u);
    const none = estimateAudienceAuthenticity(repeat(ordinaryAccount, 10_000));
    expect(none.reasons[3]).toMatch(/^90% Wilson interval on the observed rate \[0, 0\.00027\], corrected the same way: \[0, 0\] \(clipped to 0 at both ends/u);
  });
});
