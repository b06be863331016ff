import { describe, expect, it } from "vitest";
import { scoreTrust, type FollowerSnapshotInput, type InfluencerProfileInput, type TrustScore } from "../../src/index.js";
import { detectFollowerAnomalies, type FollowerAnomalySettings } from "../../src/trust/detectFollowerAnomalies.js";
import { TRUST_THRESHOLDS } from "../../src/trust/trustThresholds.js";
import { DAY_MS, followerHistory, isoDay } from "./fixtures.js";

const growth = (result: TrustScore): TrustScore["factors"][number] | undefined => result.factors.find((item) => item.key === "followerGrowth");
const flag = (result: TrustScore, code: string): TrustScore["flags"][number] | undefined => result.flags.find((item) => item.code === code);

/** Daily snapshots from 2026-01-01: `counts[t]` followers on day t. */
function daily(counts: readonly number[]): FollowerSnapshotInput[] {
  return counts.map((followers, day) => ({ date: isoDay(day), followers }));
}

/** 20 days: 10,000 followers, 13,000 from day 10 on, and optional later values. */
function jumpCounts(after: (day: number) => number = () => 13_000): number[] {
  return Array.from({ length: 20 }, (_, day) => (day < 10 ? 10_000 : after(day)));
}

function profileWith(history: readonly FollowerSnapshotInput[], extra: Partial<InfluencerProfileInput> = {}): InfluencerProfileInput {
  return { platform: "instagram", followers: history[history.length - 1]?.followers ?? 0, followerHistory: history, ...extra };
}

describe("follower-growth signal", () => {
  describe("a flat series with one jump (all numbers by hand)", () => {
    const result = scoreTrust(profileWith(daily(jumpCounts())));

    it("flags the jump with its z-score and size", () => {
      // Per-day log growth of the jump: ln(13,001 / 10,001) = 0.262341. Its neighbours all grow 0:
      // median 0, MAD 0, mean absolute deviation 0, so the scale is the 0.001 floor: z = 262.34.
      // Excess over the baseline: 13,001 − 10,001 · e⁰ = 3,000 followers; 3,000 / 13,000 = 0.2308 of the final count.
      expect(flag(result, "follower-spike")).toEqual({
        code: "follower-spike",
        severity: "warning",
        message:
          "followers went from 10,000 to 13,000 between 2026-01-10 and 2026-01-11, 3,000 more than the account's trend predicts, with no viral post within 3 days to explain it",
        evidence: {
          spikes: 1,
          largestSpikeStart: "2026-01-10",
          largestSpikeEnd: "2026-01-11",
          largestSpikeGain: 0.3, // 13,001 / 10,001 − 1 = 0.29997
          largestSpikeZ: 262.34,
          excessFollowers: 3000,
          anomalousGrowthShare: 0.2308,
          zThreshold: 3.5,
        },
      });
    });

    it("scores the share of followers from suspicious spikes on a ramp to 0.25", () => {
      // 1 − 0.230769 / 0.25 = 0.076923 → 7.7
      expect(growth(result)).toMatchObject({ value: 0.230769, subScore: 7.7 });
    });
  });

  it("calls a drop soon after a spike a purge, and the spike critical once a quarter of followers came in it", () => {
    // Day 15 falls to 10,400: ln(10,401 / 13,001) = −0.2231, z = −223; excess loss 13,001 − 10,401 = 2,600.
    // The drop starts at day 14, 4 days after the spike ended (day 10). Share: 3,000 / 10,400 = 0.288 ≥ 0.25.
    const result = scoreTrust(profileWith(daily(jumpCounts((day) => (day < 15 ? 13_000 : 10_400)))));
    expect(flag(result, "follower-spike")?.severity).toBe("critical");
    expect(flag(result, "follower-purge")).toEqual({
      code: "follower-purge",
      severity: "warning",
      message:
        "followers went from 13,000 to 10,400 between 2026-01-15 and 2026-01-16, 2,600 fewer than the account's trend predicts, 4 days after a spike, as when a platform removes bought accounts",
      evidence: {
        purges: 1,
        largestDropStart: "2026-01-15",
        largestDropEnd: "2026-01-16",
        largestDropLoss: 0.2, // 1 − 10,401 / 13,001 = 0.19998
        daysAfterSpike: 4,
        followersLost: 2600,
        anomalousGrowthShare: 0.2885, // 3,000 / 10,400 = 0.28846
        purgeWindowDays: 30,
      },
    });
    expect(growth(result)?.subScore).toBe(0);
  });

  it("does not penalize a drop with no spike before it", () => {
    const result = scoreTrust(profileWith(daily(Array.from({ length: 20 }, (_, day) => (day < 10 ? 10_000 : 8_000)))));
    expect(result.flags).toEqual([]);
    expect(growth(result)?.subScore).toBe(100);
    expect(growth(result)?.reason).toContain("drops with no spike before: 1 (not penalized)");
  });

  it("does not call a drop a purge when it comes more than purgeWindowDays after the spike", () => {
    // Jump on day 10, drop on day 45: 34 days later, beyond the 30-day window.
    const counts = Array.from({ length: 60 }, (_, day) => (day < 10 ? 10_000 : day < 45 ? 13_000 : 10_400));
    const result = scoreTrust(profileWith(daily(counts)));
    expect(flag(result, "follower-spike")).toBeDefined();
    expect(flag(result, "follower-purge")).toBeUndefined();
  });

  it("reports a purge after a spike that a viral post explained, and counts that spike as suspicious", () => {
    const counts = jumpCounts((day) => (day < 15 ? 13_000 : 10_400));
    const posts = [
      ...Array.from({ length: 9 }, (_, index) => ({ publishedAt: isoDay(index * 2), likes: 200 + index * 10, comments: 5 })),
      { publishedAt: isoDay(9), likes: 9_000, comments: 300 },
    ];
    const result = scoreTrust(profileWith(daily(counts), { posts }));
    expect(flag(result, "follower-spike")).toBeUndefined();
    expect(flag(result, "follower-purge")).toBeDefined();
    // The explained spike was purged, so its 3,000 followers count: 3,000 / 10,400 = 0.288 ≥ 0.25 → 0.
    expect(growth(result)?.subScore).toBe(0);
    // Suspicious spikes hold a quarter of the followers or more: critical (trust.md), on the purge, as no
    // spike flag carries it. Before, a viral post on the day of the jump left this profile uncapped.
    expect(flag(result, "follower-purge")?.severity).toBe("critical");
    expect(flag(result, "follower-purge")?.evidence["anomalousGrowthShare"]).toBe(0.2885);
    expect(result.cap?.flags).toEqual(["follower-purge"]);
  });

  it("keeps the purge a warning when the unexplained spike's flag is already critical", () => {
    // As in the purge example above: no viral post, so follower-spike carries the critical share.
    const result = scoreTrust(profileWith(daily(jumpCounts((day) => (day < 15 ? 13_000 : 10_400)))));
    expect([flag(result, "follower-spike")?.severity, flag(result, "follower-purge")?.severity]).toEqual(["critical", "warning"]);
  });

  it("matches each of two spikes to its own viral post, in any post order", () => {
    // Jumps on days 10 and 30; viral posts dated days 29 and 9 (listed latest first).
    const counts = Array.from({ length: 40 }, (_, day) => Math.round(10_000 * (day >= 10 ? 1.3 : 1) * (day >= 30 ? 1.3 : 1)));
    const posts = [
      { publishedAt: isoDay(29), likes: 9_000, comments: 300 },
      ...Array.from({ length: 8 }, (_, index) => ({ publishedAt: isoDay(index * 4), likes: 200 + index * 10, comments: 5 })),
      { publishedAt: isoDay(9), likes: 8_000, comments: 300 },
    ];
    const result = scoreTrust(profileWith(daily(counts), { posts }));
    expect(result.flags).toEqual([]);
    expect(growth(result)?.reason).toContain("spikes matched to a viral post: 2");
  });

  it("groups consecutive spike days into one event", () => {
    // +10% on each of days 10, 11 and 12.
    const counts = Array.from({ length: 30 }, (_, day) => Math.round(10_000 * 1.1 ** Math.min(3, Math.max(0, day - 9))));
    const result = scoreTrust(profileWith(daily(counts)));
    const spike = flag(result, "follower-spike");
    expect(spike?.evidence["spikes"]).toBe(1);
    expect(spike?.evidence["largestSpikeStart"]).toBe("2026-01-10");
    expect(spike?.evidence["largestSpikeEnd"]).toBe("2026-01-13");
    // (13,311 / 10,001) − 1 = 0.331 (1.1³ = 1.331)
    expect(spike?.evidence["largestSpikeGain"]).toBeCloseTo(0.331, 3);
  });

  it("normalizes gains per day, so a long gap between snapshots is not a spike", () => {
    // 0.5% growth per day, snapshots 1, 1, 1 then 7 days apart: a 7-day interval gains 1.005⁷ − 1 = 3.6%,
    // which would pass the 2% daily floor if it were not divided by its length.
    const gaps = [1, 1, 1, 7];
    const history: FollowerSnapshotInput[] = [];
    let day = 0;
    for (let index = 0; index < 24; index++) {
      history.push({ date: new Date(Date.UTC(2026, 0, 1) + day * DAY_MS).toISOString(), followers: Math.round(10_000 * 1.005 ** day) });
      day += gaps[index % gaps.length] ?? 1;
    }
    const result = scoreTrust(profileWith(history));
    expect(result.flags).toEqual([]);
    expect(growth(result)?.subScore).toBe(100);
  });

  it("still finds a jump inside an unevenly spaced history", () => {
    const gaps = [1, 2, 1, 3];
    const history: FollowerSnapshotInput[] = [];
    let day = 0;
    for (let index = 0; index < 24; index++) {
      history.push({ date: isoDay(day), followers: Math.round(10_000 * 1.002 ** day * (index >= 12 ? 1.25 : 1)) });
      day += gaps[index % gaps.length] ?? 1;
    }
    const result = scoreTrust(profileWith(history));
    expect(flag(result, "follower-spike")?.evidence["spikes"]).toBe(1);
  });

  it("ignores a bump smaller than the daily floor even when its z-score is large", () => {
    // +1.5% in one day on a perfectly flat series: z = 14.9 > 3.5, but 0.015 < 0.02.
    const result = scoreTrust(profileWith(daily(jumpCounts(() => 10_150))));
    expect(result.flags).toEqual([]);
  });

  it("flags a spike when the only viral post is outside the match window", () => {
    const posts = [
      ...Array.from({ length: 9 }, (_, index) => ({ publishedAt: isoDay(index), likes: 200 + index * 10, comments: 5 })),
      { publishedAt: isoDay(2), likes: 9_000, comments: 300 },
    ];
    // The viral post is dated day 2; the jump shows between days 9 and 10: 7 days later, beyond 3.
    const result = scoreTrust(profileWith(daily(jumpCounts()), { posts }));
    expect(flag(result, "follower-spike")).toBeDefined();
  });

  it("follows the spike thresholds given in the options", () => {
    const result = scoreTrust(profileWith(daily(jumpCounts())), { thresholds: { spikeMinDailyGain: 0.5 } });
    expect(result.flags).toEqual([]);
  });

  it("reports the largest of several unexplained spikes, listing the first three in the reason", () => {
    // +20% on day 10, +40% on day 30, +20% on days 50 and 70; the largest excess is the second jump.
    const counts = Array.from({ length: 90 }, (_, day) => Math.round(10_000 * (day >= 10 ? 1.2 : 1) * (day >= 30 ? 1.4 : 1) * (day >= 50 ? 1.2 : 1) * (day >= 70 ? 1.2 : 1)));
    const spike = flag(scoreTrust(profileWith(daily(counts))), "follower-spike");
    expect(spike?.evidence["spikes"]).toBe(4);
    expect(spike?.evidence["largestSpikeStart"]).toBe(isoDay(29));
    // 16,801 / 12,001 − 1 = 0.39997
    expect(spike?.evidence["largestSpikeGain"]).toBe(0.4);
    expect(growth(scoreTrust(profileWith(daily(counts))))?.reason).toMatch(/^90 snapshots over 89 days; unexplained spikes: 4 \(10,000 → 12,000 from 2026-01-10 to 2026-01-11; 12,000 → 16,800 from .*; and 1 more\)/);
  });

  it("keeps counts of zero finite", () => {
    const result = scoreTrust(profileWith(daily(Array.from({ length: 20 }, (_, day) => (day < 10 ? 0 : 1_000)))));
    // ln(1,001 / 1) = 6.909 per day: a spike; 1,000 of 1,000 followers came in it → share 1.
    expect(growth(result)).toMatchObject({ value: 1, subScore: 0 });
  });

  it("scores the organic fixture history without any anomaly", () => {
    const result = scoreTrust(profileWith(followerHistory()));
    expect(growth(result)?.subScore).toBe(100);
  });

  describe("edge cases", () => {
    it("needs a follower history", () => {
      expect(growth(scoreTrust({ platform: "instagram", followers: 10 }))?.reason).toBe("no follower history");
    });

    it("needs more than one snapshot", () => {
      expect(growth(scoreTrust(profileWith(daily([10]))))?.reason).toBe("a single follower snapshot shows no growth");
    });

    it("needs a week of history", () => {
      expect(growth(scoreTrust(profileWith(daily([10, 11, 12, 13, 14]))))?.reason).toBe("follower history spans 4 days, fewer than the 7 days needed");
    });

    it("writes a history shorter than a day in hours, minutes or seconds, and the days it needs", () => {
      const start = Date.UTC(2026, 0, 1);
      const spaced = (count: number, ms: number): FollowerSnapshotInput[] => Array.from({ length: count }, (_, index) => ({ date: start + index * ms, followers: 10_000 + index }));
      const reason = (history: readonly FollowerSnapshotInput[]): string | undefined => growth(scoreTrust(profileWith(history)))?.reason;
      // 6 snapshots an hour apart: 5 hours (5 / 24 = 0.208 days before).
      expect(reason(spaced(6, 3_600_000))).toBe("follower history spans 5 hours, fewer than the 7 days needed");
      // 30 snapshots a millisecond apart: 29 ms = 0.029 seconds (before: "0.000000336 days", 29 / 86,400,000).
      expect(reason(spaced(30, 1))).toBe("follower history spans 0.029 seconds, fewer than the 7 days needed");
      // 2 snapshots 6.9996 days apart (604,765,440 ms): three decimals read "7 days", like the 7 needed; five digits tell them apart.
      expect(reason(spaced(2, 604_765_440))).toBe("follower history spans 6.9996 days, fewer than the 7 days needed");
    });

    it("needs enough intervals for a baseline", () => {
      const weekly = [0, 7, 14, 21].map((day, index) => ({ date: isoDay(day), followers: 100 + index }));
      expect(growth(scoreTrust(profileWith(weekly)))?.reason).toBe("follower history has 3 intervals, fewer than the 6 needed");
    });
  });
});

describe("count noise on a small account (the Poisson floor of the scale)", () => {
  /** 30 days from 100 followers, gaining 1, 1, 0, 1, 2, 1, 1 a day (cycling by day), and `jump` on day 15. */
  function smallAccount(jump: number): number[] {
    const pattern = [1, 1, 0, 1, 2, 1, 1];
    const counts = [100];
    for (let day = 1; day < 30; day++) counts.push((counts[day - 1] ?? 0) + (day === 15 ? jump : (pattern[day % 7] ?? 0)));
    return counts;
  }

  it("does not flag a +4 day among gains of 0 to 2", () => {
    // Day 14 → 15 goes 114 → 118: r = ln(119 / 115) = 0.034191. Its 28 neighbours (14 days either side)
    // grow 0, about 1/115 or about 2/115 a day; sorted, the 14th and 15th are ln(120 / 119) = 0.008368 and
    // ln(115 / 114) = 0.008734, so the median is m = 0.008551 (0.86% a day).
    // Robust scale: 1.4826 · MAD = 0.00128, so z = (0.034191 − 0.008551) / 0.00128 = 20.0 and, with a
    // daily gain of e^r − e^m = 3.48% − 0.86% = 2.6% ≥ 2%, this day used to be a spike (seen failing).
    // The baseline expects E = 115 · e^m = 115.988 (μ = 0.988 followers gained) that day; passing Anscombe's test
    // takes Δ = 3.5 · (√(0.988 + 0.375) + 3.5 / 4) = 3.5 · (1.1675 + 0.875) = 7.149 more, so the Poisson floor of the
    // scale is ln(1 + 7.149 / 115.988) / 3.5 = 0.059811 / 3.5 = 0.017089, and z = 0.02564 / 0.017089 = 1.50 < 3.5.
    const result = scoreTrust(profileWith(daily(smallAccount(4))));
    expect(flag(result, "follower-spike")).toBeUndefined();
  });

  it("still flags +500 bought in a day on the same account as critical", () => {
    // Day 14 → 15 goes 114 → 614: r = ln(615 / 115) = 1.676690. Half the neighbours come after the jump
    // (about 1/615 a day), so the median is (ln(616 / 615) + ln(625 / 623)) / 2 = (0.001625 + 0.003205) / 2 =
    // 0.002415, E = 115 · e^m = 115.278 and μ = 0.278. Δ = 3.5 · (√(0.278 + 0.375) + 0.875) = 5.8908; floor
    // ln(1 + 5.8908 / 115.278) / 3.5 = 0.049838 / 3.5 = 0.014239, above the robust scale 0.00358:
    // z = (1.676690 − 0.002415) / 0.014239 = 117.58 (467.63 against the robust scale alone, before the floor:
    // the flag and its severity are unchanged). Excess 615 − 115 · e^m = 499.72 → 500;
    // 499.72 / 628 = 0.7957 ≥ 0.25 of the last count, so critical.
    const result = scoreTrust(profileWith(daily(smallAccount(500))));
    expect(flag(result, "follower-spike")).toMatchObject({
      severity: "critical",
      evidence: { largestSpikeZ: 117.58, excessFollowers: 500, anomalousGrowthShare: 0.7957 },
    });
  });
});

describe("a jump from no followers (the Poisson floor in log growth)", () => {
  it("flags 150 followers bought by an account that had none", () => {
    // Days 0–9 at 0 followers, days 10–19 at 150. The jump's r = ln(151 / 1) = 5.017280; its neighbours all grow
    // 0, so m = 0, μ = 0 and the robust scale is minGainScale, 0.001. The floor is the growth that passes Anscombe's
    // test: x* − μ = 3.5 · (√0.375 + 3.5 / 4) = 3.5 · 1.487372 = 5.205802 followers over the expected E = 1 · e^0 = 1
    // (the count + 1), so ln(1 + 5.205802 / 1) / 3.5 = 1.825485 / 3.5 = 0.521567, and z = 5.017280 / 0.521567 = 9.62.
    // The linear floor, (√0.375 + 0.875) / 1 = 1.487 a day, gave z = 3.37 < 3.5: no flag, though 1 → 150 was one.
    const counts = Array.from({ length: 20 }, (_, day) => (day < 10 ? 0 : 150));
    expect(flag(scoreTrust(profileWith(daily(counts))), "follower-spike")).toMatchObject({ evidence: { largestSpikeZ: 9.62, excessFollowers: 150 } });
  });
});

describe("a snapshot the count jumps to and straight back from (a data error)", () => {
  // 20 days at 10,000 followers, but day 10 reads `glitch`: a failed reading (0) or a mistyped one.
  const withGlitch = (glitch: number): TrustScore => scoreTrust(profileWith(daily(Array.from({ length: 20 }, (_, day) => (day === 10 ? glitch : 10_000)))));

  it.each([
    // Down to 0 and back: a drop of ln(1 / 10,001) and a spike of ln(10,001 / 1) into and out of day 10,
    // which before read as a critical spike of 10,000 followers "from 0 to 10,000".
    [0, "0 between 10,000 and 10,000"],
    // Up to 20,000 for a day: before, a critical spike and a purge "0 days after" it.
    [20_000, "20,000 between 10,000 and 10,000"],
  ])("leaves out a reading of %i between two of 10,000, with no flag, and says so", (glitch, listed) => {
    const result = withGlitch(glitch);
    // Without day 10, days 9 → 11 change by ln(10,001 / 10,001) = 0: no spike, no drop; the signal has full credit.
    expect([result.flags, growth(result)?.subScore]).toEqual([[], 100]);
    expect(growth(result)?.reason).toContain(`1 snapshot left out as a data error, the count going there and straight back (2026-01-11: ${listed})`);
  });

  it("leaves out a last reading of 0 after a count above 0, and measures spikes against the stated count", () => {
    // 20 days: 10,000 followers, 11,000 from day 10 on (a spike of 1,000 with no viral post), then day 20 reads 0.
    const counts = [...Array.from({ length: 20 }, (_, day) => (day < 10 ? 10_000 : 11_000)), 0];
    const withZero = scoreTrust(profileWith(daily(counts), { followers: 11_000 }));
    const without = scoreTrust(profileWith(daily(counts.slice(0, 20)), { followers: 11_000 }));
    // Before, the 0 read as a purge of every follower and the spike as 1,000 / max(1, 0) → a share of 1, critical.
    // Excess 11,001 − 10,001 = 1,000 of the 11,000 stated followers: 0.0909, a warning.
    expect(growth(withZero)?.value).toBeCloseTo(1_000 / 11_000, 6);
    expect([withZero.score, withZero.flags]).toEqual([without.score, without.flags]);
    expect(flag(withZero, "follower-spike")?.severity).toBe("warning");
    expect(growth(withZero)?.reason).toContain("the last snapshot (2026-01-21: 0 after 11,000) left out as a failed reading");
    // Whatever the stated count (so that more stated followers never change which snapshots are read) …
    expect(growth(scoreTrust(profileWith(daily(counts), { followers: 0 })))?.reason).toContain("failed reading");
    // … but a history of zeros is read as it is.
    expect(growth(scoreTrust(profileWith(daily(Array.from({ length: 10 }, () => 0)), { followers: 1 })))?.reason).not.toContain("failed reading");
  });

  it("divides the suspicious excess by the stated follower count when it is above the last snapshot", () => {
    // The history ends at 13,000 but the profile states 30,000 (a later count): 3,000 / 30,000 = 0.1 of current followers.
    const result = scoreTrust(profileWith(daily(jumpCounts()), { followers: 30_000 }));
    expect(growth(result)?.value).toBeCloseTo(0.1, 6);
  });

  it.each([
    // Two failed readings (days 10 and 11 read 0): a drop of ln(1 / 10,001) = −9.21 into day 10, 0 → 0 on day 11
    // (no event), a spike of ln(10,001 / 1) out of day 11. Before, a critical spike of 10,000 "from 0 to 10,000", share 1.
    [0, "0"],
    // Two days at half the count: a drop of ln(5,001 / 10,001) = −0.693 and a spike of +0.693. Before, a critical spike
    // of 10,001 − 5,001 = 5,000 followers, share 5,000 / 10,000 = 0.5, score 47.4.
    [5_000, "5,000"],
  ])("leaves out two readings of %i a day apart, the count dipping and coming back to 10,000", (low, listed) => {
    const result = scoreTrust(profileWith(daily(Array.from({ length: 20 }, (_, day) => (day === 10 || day === 11 ? low : 10_000)))));
    // The two readings lie 1 day apart (≤ 1 day). Without them, days 9 → 12 change by ln(10,001 / 10,001) / 3 = 0 a day:
    // no spike, no drop; the signal has full credit.
    expect([result.flags, growth(result)?.subScore]).toEqual([[], 100]);
    expect(growth(result)?.reason).toContain(
      `2 snapshots left out as a data error, the count going there and straight back (2026-01-11: ${listed} between 10,000 and 10,000; 2026-01-12: ${listed} between 10,000 and 10,000)`,
    );
  });

  it("leaves out failed readings taken within one day, however many, but not a lower level held for longer", () => {
    // Readings every 12 hours from 2026-01-01, 40 of them (19.5 days) at 10,000, with a run of zeros from reading 20.
    const twiceDaily = (zeros: number): FollowerSnapshotInput[] =>
      Array.from({ length: 40 }, (_, index) => ({ date: new Date(Date.UTC(2026, 0, 1) + index * 43_200_000).toISOString(), followers: index >= 20 && index < 20 + zeros ? 0 : 10_000 }));
    // 3 zeros (readings 20–22, 2026-01-11T00:00 to 2026-01-12T00:00: 1 day): a data error, no flag.
    const day = scoreTrust(profileWith(twiceDaily(3)));
    expect([day.flags, growth(day)?.subScore]).toEqual([[], 100]);
    expect(growth(day)?.reason).toContain("3 snapshots left out as a data error");
    // 4 zeros (readings 20–23: 1.5 days) agree with each other for longer than a day: a drop, then a spike of 10,000
    // that brings back every follower, unexplained: share 10,000 / 10,000 = 1, critical.
    const longer = scoreTrust(profileWith(twiceDaily(4)));
    expect(flag(longer, "follower-spike")?.severity).toBe("critical");
    expect(growth(longer)?.reason).not.toContain("data error");
  });

  it("keeps two high readings in a row as a spike and a purge, not a data error", () => {
    // Days 10 and 11 at 20,000, back to 10,000 from day 12: the pattern of a bought batch removed a day later.
    // Spike ln(20,001 / 10,001) = 0.693 on day 9 → 10, drop on day 11 → 12, 1 day after the spike's end; excess
    // 20,001 − 10,001 = 10,000 of the 10,000 current followers: share 1, critical.
    const result = scoreTrust(profileWith(daily(Array.from({ length: 20 }, (_, day) => (day === 10 || day === 11 ? 20_000 : 10_000)))));
    expect([flag(result, "follower-spike")?.severity, flag(result, "follower-purge")?.evidence["daysAfterSpike"]]).toEqual(["critical", 1]);
    expect(growth(result)?.reason).not.toContain("data error");
  });

  it("keeps a jump that does not come back: day 10 at 20,000 and day 11 at 15,000", () => {
    // Days 9 → 11: 15,001 / 10,001 − 1 = 0.4999 per 2 days, e^(ln(1.4999)/2) − 1 = 0.2247 a day ≥ 0.02: still a spike.
    const counts = Array.from({ length: 20 }, (_, day) => (day < 10 ? 10_000 : day === 10 ? 20_000 : 15_000));
    const result = scoreTrust(profileWith(daily(counts)));
    expect(flag(result, "follower-spike")?.severity).toBe("critical");
    expect(growth(result)?.reason).not.toContain("data error");
  });
});

describe("zeros at either end of the history (failed readings with no reading beyond them)", () => {
  // 30 daily snapshots from 2026-01-01 at 10,000 followers, the first `zeros` of them (or the last) reading 0.
  const leading = (zeros: number): number[] => Array.from({ length: 30 }, (_, day) => (day < zeros ? 0 : 10_000));
  const trailing = (zeros: number): number[] => Array.from({ length: 30 }, (_, day) => (day >= 30 - zeros ? 0 : 10_000));
  const old = { followers: 10_000, accountCreatedAt: "2018-01-01" };

  it("leaves out a first reading of 0 before a count above 0, as it does a last one", () => {
    // The finding's case: an account created in 2018 whose first snapshot reads 0. Before, the interval 0 → 10,000 was a
    // spike of ln(10,001 / 1) = 9.21 a day against a flat baseline, excess 10,001 − 1 = 10,000 of 10,000 followers:
    // share 1, a critical follower-spike, score 28.6 ("low"). Without day 0 the 29 snapshots are flat: share 0, full credit.
    const withZero = scoreTrust(profileWith(daily(leading(1)), old));
    const without = scoreTrust(profileWith(daily(leading(1)).slice(1), old));
    expect([withZero.flags, growth(withZero)?.value, growth(withZero)?.subScore]).toEqual([[], 0, 100]);
    expect(withZero.score).toBe(without.score);
    expect(growth(withZero)?.reason).toBe(
      "29 snapshots over 28 days; unexplained spikes: 0; the first snapshot (2026-01-01: 0 before 10,000) left out as a failed reading; none of the current followers came in suspicious spikes",
    );
    // The same without a creation date: nothing says the 0 is the account's true start.
    expect(growth(scoreTrust(profileWith(daily(leading(1)), { followers: 10_000 })))?.value).toBe(0);
  });

  it("leaves out one reading at either end, not a run of them", () => {
    // Days 0 and 1 read 0: nothing beyond the run shows the count coming back, so only a single reading is presumed
    // failed; the two are read as they are, 0 → 10,000 a spike of the whole audience: 10,000 / 10,000 = share 1, critical.
    const first = scoreTrust(profileWith(daily(leading(2)), old));
    expect(flag(first, "follower-spike")?.message.startsWith("followers went from 0 to 10,000 between 2026-01-02 and 2026-01-03")).toBe(true);
    expect(growth(first)?.reason).not.toContain("failed reading");
    // Days 28 and 29 read 0: a drop of every follower, with no spike before it (not penalized), as before.
    const last = scoreTrust(profileWith(daily(trailing(2)), old));
    expect(growth(last)?.reason).toContain("drops with no spike before: 1 (not penalized)");
    expect(growth(last)?.reason).not.toContain("failed reading");
  });

  it("leaves out a 0 at both ends at once", () => {
    // Day 0 and day 29 read 0, days 1–28 10,000: both left out, 28 flat snapshots over 27 days remain.
    const both = scoreTrust(profileWith(daily(leading(1).map((followers, day) => (day === 29 ? 0 : followers))), old));
    expect([both.flags, growth(both)?.value]).toEqual([[], 0]);
    expect(growth(both)?.reason).toBe(
      "28 snapshots over 27 days; unexplained spikes: 0; the first snapshot (2026-01-01: 0 before 10,000) left out as a failed reading; the last snapshot (2026-01-30: 0 after 10,000) left out as a failed reading; none of the current followers came in suspicious spikes",
    );
  });

  it.each([
    // Created the day of the first snapshot, or the day before: the 0 is the new account's true start.
    ["2026-01-01", true],
    ["2025-12-31", true],
    // Created two days before, or years before: the 0 is no longer taken for its start, but for a failed reading.
    ["2025-12-30", false],
    ["2018-01-01", false],
  ])("keeps a first 0 as the account's start when it was created on %s: %s", (accountCreatedAt, kept) => {
    const result = scoreTrust(profileWith(daily(leading(1)), { followers: 10_000, accountCreatedAt }));
    // Kept: 0 → 10,000 on day one, excess 10,001 − 1 = 10,000 of 10,000: share 1, critical, the follower-spike from 0.
    expect(flag(result, "follower-spike")?.message.startsWith("followers went from 0 to 10,000 between 2026-01-01 and 2026-01-02")).toBe(kept || undefined);
    expect(growth(result)?.reason.includes("failed reading")).toBe(!kept);
  });

  it("lists a first 0 with no count before it", () => {
    const analysis = detectFollowerAnomalies(
      leading(1).map((followers, day) => ({ date: Date.UTC(2026, 0, 1) + day * DAY_MS, followers })),
      [],
      [],
      Object.fromEntries(Object.entries(TRUST_THRESHOLDS).map(([key, threshold]) => [key, threshold.value])) as unknown as FollowerAnomalySettings,
    );
    expect(analysis.available && analysis.glitches).toEqual([{ date: Date.UTC(2026, 0, 1), followers: 0, before: null, after: 10_000 }]);
  });
});
