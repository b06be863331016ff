// The two ends of an interval read apart whenever they differ (tellApart), and the zero-width caveat
// appears exactly when they are equal: at a level of 1e-10 the interval is 6e-12 wide, and read
// "[0.464, 0.464]" without the caveat audience.md §5 promises for a zero width.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { estimateAudienceAuthenticity, type AudienceAccount } from "../../src/index.js";
import { boughtAccount, ordinaryAccount } from "./handModel.js";

const repeat = (account: AudienceAccount, count: number): AudienceAccount[] => Array.from({ length: count }, () => account);
const sample = [...repeat(boughtAccount, 340), ...repeat(ordinaryAccount, 1_663)];
const threshold = 0.7389139887201869;

/** The interval sentence's two pairs of ends and whether it carries a zero-width caveat. */
function intervalOf(reason: string | undefined): { observed: string[]; corrected: string[]; caveat: boolean } {
  const match = /observed rate \[(.+?), (.+?)\], corrected the same way: \[(.+?), (.+?)\]( \((?:clipped|zero width))?/u.exec(reason ?? "");
  return { observed: [match?.[1] ?? "", match?.[2] ?? ""], corrected: [match?.[3] ?? "", match?.[4] ?? ""], caveat: match?.[5] !== undefined };
}

describe("the ends of the audience interval", () => {
  it("read apart at a level so low that the interval is 6e-12 wide", () => {
    // 340 / 2,003 = 0.169745…; z = Φ⁻¹(0.5 + 5e-11) ≈ 1.25e-10, so the Wilson ends differ by about 2e-12 and the
    // corrected ends (0.4636932182112496 and 0.4636932182172328) first read apart at 11 significant digits.
    const result = estimateAudienceAuthenticity(sample, { confidenceLevel: 1e-10, threshold });
    expect(result.interval.low).not.toBe(result.interval.high);
    expect(result.reasons[2]).toBe(
      "0.00000001% Wilson interval on the observed rate [0.169745381926, 0.169745381928], corrected the same way: [0.46369321821, 0.46369321822]; it assumes a random sample of followers and ignores the uncertainty of sensitivity and specificity",
    );
  });

  it("say zero width when the ends are equal", () => {
    // At 5e-324, z = 0: the ends are equal, read alike, and the caveat says why.
    const result = estimateAudienceAuthenticity(sample, { confidenceLevel: 5e-324, threshold });
    expect(result.interval.low).toBe(result.interval.high);
    expect(result.reasons[2]).toBe(
      "almost 0% Wilson interval on the observed rate [0.17, 0.17], corrected the same way: [0.464, 0.464] (zero width only because the level is so low, not a certainty); it assumes a random sample of followers and ignores the uncertainty of sensitivity and specificity",
    );
  });

  test.prop([fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 60 }), fc.double({ min: 5e-324, max: 0.999, noNaN: true })], { numRuns: 300 })(
    "the ends read alike, and the caveat appears, exactly when they are equal",
    (fakes, real, confidenceLevel) => {
      const result = estimateAudienceAuthenticity([...repeat(boughtAccount, fakes), ...repeat(ordinaryAccount, real)], { confidenceLevel, sensitivity: 0.8, specificity: 0.9 });
      const { observed, corrected, caveat } = intervalOf(result.reasons.find((reason) => reason.includes("Wilson interval")));
      const isPoint = result.interval.low === result.interval.high;
      expect(corrected[0] === corrected[1]).toBe(isPoint);
      expect(caveat).toBe(isPoint);
      // The observed ends read alike only when they are equal too (z = 0, or p = 0 or 1 with z tiny).
      if (observed[0] === observed[1]) expect(isPoint || result.observedFakeRate === 0 || result.observedFakeRate === 1).toBe(true);
    },
  );
});
