// Laws of a summary priced for a format other than the platform's default (docs/methodology/compensation.md §2).
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { estimateFlatFee, PLATFORMS, POST_FORMATS, RATE_CARD, scoreEngagement, type FlatFeeResult, type ReachBand } from "../../src/index.js";

const RUNS = { numRuns: fc.readConfigureGlobal().numRuns ?? 300 };
/** The default format of each platform (the summary describes it), as documented in docs/methodology/compensation.md §1. */
const DEFAULT = { instagram: "image", facebook: "image", tiktok: "video", youtube: "video", x: "text", linkedin: "text", twitch: "live" } as const;

const summary = fc.record({
  postCount: fc.integer({ min: 1, max: 100 }),
  avgLikes: fc.double({ min: 0, max: 1e5, noNaN: true }),
  avgComments: fc.double({ min: 0, max: 1e4, noNaN: true }),
  avgViews: fc.double({ min: 1, max: 1e7, noNaN: true }),
});

/** A band's median rate: the published median, else √(low · high) (docs/methodology/compensation.md §2). */
function median(band: ReachBand | undefined): number {
  return band?.expected ?? Math.sqrt((band?.low ?? Number.NaN) * (band?.high ?? Number.NaN));
}

function multiplierOf(fee: FlatFeeResult, key: string): number {
  return fee.adjustments.find((adjustment) => adjustment.key === key)?.multiplier ?? Number.NaN;
}

// Every second band of the default card starts at 10,000 followers or more, so below it each table's first band applies.
test.prop([fc.constantFrom(...PLATFORMS), fc.integer({ min: 0, max: 9_999 }), summary, fc.constantFrom(...POST_FORMATS)], RUNS)(
  "without posts, a format's impressions are the summary × its first-band reach rate ÷ the default format's, and its fee the default's × premium × that ratio ÷ the default's engagement adjustment",
  (platform, followers, averages, format) => {
    const profile = { platform, followers, summary: averages };
    const reference = estimateFlatFee(profile);
    const priced = estimateFlatFee(profile, { format });
    const table = RATE_CARD.reachRate[platform];
    // A platform without reach rates (Twitch) uses the summary as is; a format without its own figure reads the default's (ratio 1)
    const ratio = table === undefined ? 1 : median((table[format] ?? table.default)?.[0]) / median((table[DEFAULT[platform]] ?? table.default)?.[0]);
    expect(priced.provenance.impressions.basis).toBe("summary");
    expect(priced.outcomes.impressions?.expected).toBeCloseTo(averages.avgViews * ratio, 6);
    const premium = RATE_CARD.formatPremium[platform]?.[format]?.multiplier ?? 1;
    // The summary's engagements stand for the default format only: another format's engagement adjustment is ×1
    const engagement = format === DEFAULT[platform] ? 1 : multiplierOf(reference, "engagement");
    const expected = ((reference.cost?.expected ?? Number.NaN) * premium * ratio) / engagement;
    expect(Math.abs((priced.cost?.expected ?? Number.NaN) / expected - 1)).toBeLessThan(1e-12);
  },
);

test.prop([fc.constantFrom(...PLATFORMS), fc.nat(50_000_000), fc.nat(50_000_000), summary, fc.constantFrom(...POST_FORMATS)], RUNS)(
  "more followers never lower the impressions of a format priced from a summary",
  (platform, first, second, averages, format) => {
    const [fewer, more] = first <= second ? [first, second] : [second, first];
    const smaller = estimateFlatFee({ platform, followers: fewer, summary: averages }, { format }).outcomes.impressions?.expected ?? Number.NaN;
    const larger = estimateFlatFee({ platform, followers: more, summary: averages }, { format }).outcomes.impressions?.expected ?? Number.NaN;
    expect(larger).toBeGreaterThanOrEqual(smaller * (1 - 1e-12));
  },
);

test.prop([fc.constantFrom(...PLATFORMS), fc.integer({ min: 1, max: 50_000_000 }), summary, fc.constantFrom(...POST_FORMATS)], RUNS)(
  "a format priced from a summary keeps the default format's engagements per impression when the estimate is per follower",
  (platform, followers, averages, format) => {
    const profile = { platform, followers, summary: averages };
    const engagement = scoreEngagement(profile);
    fc.pre(format !== DEFAULT[platform] && engagement.estimate !== null && engagement.basis === "followers");
    const priced = estimateFlatFee(profile, { format });
    const perImpression = (priced.outcomes.engagements?.expected ?? Number.NaN) / (priced.outcomes.impressions?.expected ?? Number.NaN);
    // the summary's views and the per-follower rate are both scaled by the same reach ratio, which cancels
    expect(Math.abs(perImpression / ((followers * engagement.estimate) / averages.avgViews) - 1)).toBeLessThan(1e-9);
  },
);
