// Laws of the percentile writer of the engagement, trust, compensation and report sentences.
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { showPercentile } from "../../src/text/showDecimals.js";

// The mutation setup (test/reliability/stryker.setup.ts) sets a global numRuns; an explicit one here would override it.
const RUNS = { numRuns: fc.readConfigureGlobal().numRuns ?? 1_000 };

test.prop([fc.double({ min: 0, max: 100, noNaN: true })], RUNS)(
  "writes 0 only for 0 and 100 only for 100, never an exponent, and a number of at most 8 characters or 'below 0.001'",
  (value) => {
    const text = showPercentile(value);
    expect(text === "0").toBe(value === 0);
    expect(text === "100").toBe(value === 100);
    expect(text === "below 0.001").toBe(value > 0 && value < 0.001);
    if (text !== "below 0.001") expect(text).toMatch(/^\d{1,3}(\.\d{1,6})?$/u);
  },
);
