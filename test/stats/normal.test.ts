import { describe, expect, it } from "vitest";
import { normalCdf } from "../../src/stats/normalCdf.js";
import { normalDensity } from "../../src/stats/normalDensity.js";
import { normalQuantile } from "../../src/stats/normalQuantile.js";

// Reference values: Python 3 standard library, `0.5 * math.erfc(-x / math.sqrt(2))`
// for Φ and `statistics.NormalDist().inv_cdf(p)` for Φ⁻¹ (both double precision).

describe("normalCdf", () => {
  it("matches the documented example", () => {
    // Python: 0.5 * math.erfc(-1.2815515655446004 / math.sqrt(2)) = 0.9 (0.90000000000000002)
    expect(normalCdf(1.2815515655446004)).toBeCloseTo(0.9, 14);
  });

  it("is one half at zero and symmetric", () => {
    expect(normalCdf(0)).toBe(0.5);
    // Φ(−z) = 1 − Φ(z); Python: 0.5 * math.erfc(1 / math.sqrt(2)) = 0.15865525393145707
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 15);
    expect(normalCdf(1)).toBeCloseTo(1 - 0.15865525393145707, 15);
  });

  it("matches the double-precision reference in the centre and the tails", () => {
    // Python: 0.5 * math.erfc(-x / math.sqrt(2)) for x = −3, 1.96, −7.1 (relative check in the far tail)
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316300957, 16);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 15);
    expect(normalCdf(-7.1) / 6.23784446333164e-13).toBeCloseTo(1, 8);
  });

  it("saturates at 0 and 1 far out and passes NaN through", () => {
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(Number.NaN)).toBeNaN();
  });
});

describe("normalQuantile", () => {
  it("matches the documented example", () => {
    // Python: statistics.NormalDist().inv_cdf(0.9) = 1.2815515655446008
    expect(normalQuantile(0.9)).toBeCloseTo(1.2815515655446004, 12);
  });

  it("inverts normalCdf in the centre and in both tails", () => {
    // Python: NormalDist().inv_cdf(p) for p = 0.001, 0.999, 0.4, 0.975
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 12);
    expect(normalQuantile(0.999)).toBeCloseTo(3.090232306167813, 12);
    expect(normalQuantile(0.4)).toBeCloseTo(-0.2533471031357998, 14);
    expect(normalQuantile(0.975)).toBeCloseTo(1.9599639845400536, 13);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it("returns infinities at 0 and 1 and NaN outside [0, 1]", () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(-0.1)).toBeNaN();
    expect(normalQuantile(1.5)).toBeNaN();
    expect(normalQuantile(Number.NaN)).toBeNaN();
  });

  it("stays finite and accurate below normalCdf's cut-off at |z| = 37", () => {
    // Tail asymptotics ln Φ(z) ≈ −z²/2 − ln(|z|·√(2π)) + ln(1 − 1/z² + 3/z⁴) must give back ln p:
    // ln(5e-324) = −744.440 (the smallest double), ln(1e-300) = −690.776. Before the fix the first
    // was NaN and the second off by 0.67 (a Halley step against a CDF that returns 0 there).
    for (const p of [5e-324, 1e-310, 1e-300]) {
      const z = normalQuantile(p);
      const logTail = (-z * z) / 2 - Math.log(-z * Math.sqrt(2 * Math.PI)) + Math.log(1 - 1 / (z * z) + 3 / z ** 4);
      expect(logTail).toBeCloseTo(Math.log(p), 4);
    }
    // Just inside the cut-off the refinement still runs: Φ(Φ⁻¹(p)) = p to 1e-8 relative (normalCdf's tail accuracy).
    expect(normalCdf(normalQuantile(1e-290)) / 1e-290).toBeCloseTo(1, 8);
  });
});

describe("normalDensity", () => {
  it("is 1/√(2π) at 0, symmetric, and matches the double-precision reference", () => {
    // Python: math.exp(-x * x / 2) / math.sqrt(2 * math.pi) for x = 0, 1, 3
    expect(normalDensity(0)).toBeCloseTo(0.3989422804014327, 16);
    expect(normalDensity(1)).toBeCloseTo(0.24197072451914337, 16);
    expect(normalDensity(-1)).toBe(normalDensity(1));
    expect(normalDensity(3)).toBeCloseTo(0.0044318484119380075, 17);
    expect(normalDensity(40)).toBe(0);
  });
});
