// The follower-anomaly detector (src/trust/detectFollowerAnomalies.ts) keeps its
// baseline sorted as it slides, skips intervals that cannot be events and takes
// a shortcut when the neighbours within half a window are enough. This compares
// its events with the textbook computation of the same documented steps: for
// every interval, pick the neighbours (nearest first, the earlier one on a tie),
// sort their rates, take the median and robust scale (never below the Poisson
// floor of the count the interval is expected to gain), and judge the interval.
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type { FollowerSnapshot } from "../../src/schemas/profile.js";
import { medianSorted } from "../../src/stats/quantileSorted.js";
import { DAY_MS, detectFollowerAnomalies, MAX_WINDOW_INTERVALS, type FollowerAnomalySettings } from "../../src/trust/detectFollowerAnomalies.js";
import { sortedScale } from "../../src/trust/robustStats.js";
import { TRUST_THRESHOLDS } from "../../src/trust/trustThresholds.js";

interface TextbookEvent {
  kind: "spike" | "drop";
  first: number;
  last: number;
  excess: number;
  maxAbsZ: number;
  centre: number;
}

function textbookEvents(history: readonly FollowerSnapshot[], settings: FollowerAnomalySettings): TextbookEvent[] {
  const intervals = history.length - 1;
  const dateAt = (point: number): number => history[point]?.date ?? Number.NaN;
  const countAt = (point: number): number => history[point]?.followers ?? Number.NaN;
  const rates = Array.from({ length: intervals }, (_, index) => Math.log((countAt(index + 1) + 1) / (countAt(index) + 1)) / ((dateAt(index + 1) - dateAt(index)) / DAY_MS));
  const halfWindow = (settings.windowDays * DAY_MS) / 2;
  const minBaseline = Math.max(1, Math.ceil(settings.minBaselineIntervals));
  const events: TextbookEvent[] = [];
  for (let index = 0; index < intervals; index++) {
    const here = dateAt(index + 1);
    // Every other interval by distance of its end from this one's end; on a tie the earlier one first.
    const others = rates
      .map((_, other) => ({ other, distance: Math.abs(dateAt(other + 1) - here) }))
      .filter(({ other }) => other !== index)
      .sort((left, right) => left.distance - right.distance || left.other - right.other);
    const within = others.filter(({ distance }) => distance <= halfWindow).length;
    const size = Math.min(MAX_WINDOW_INTERVALS, Math.max(minBaseline, within), others.length);
    const baseline = Float64Array.from(others.slice(0, size), ({ other }) => rates[other] ?? Number.NaN).sort();
    const rate = rates[index] ?? Number.NaN;
    const centre = medianSorted(baseline, size);
    const isGain = Math.expm1(rate) - Math.expm1(centre) >= settings.spikeMinDailyGain;
    const isLoss = Math.expm1(centre) - Math.expm1(rate) >= settings.dropMinDailyLoss;
    if (!isGain && !isLoss) continue;
    const days = (dateAt(index + 1) - dateAt(index)) / DAY_MS;
    // The Poisson floor of the scale: the change the baseline expects over the interval, μ followers,
    // varies like a count, so the scale is never below ln(1 + Δ / E) / (spikeZ · days), with E the expected
    // end count (+1) and Δ = spikeZ · (√(μ + 3/8) + spikeZ / 4) the excess that passes Anscombe's test.
    const expectedEnd = (countAt(index) + 1) * Math.exp(Math.min(600, centre * days));
    const expectedChange = Math.abs(expectedEnd - (countAt(index) + 1));
    const anscombeExcess = settings.spikeZ * (Math.sqrt(expectedChange + 3 / 8) + settings.spikeZ / 4);
    const poissonFloor = Math.log(1 + anscombeExcess / expectedEnd) / (settings.spikeZ * days);
    const z = (rate - centre) / Math.max(sortedScale(baseline, size, centre, settings.minGainScale), poissonFloor);
    const kind = z > settings.spikeZ && isGain ? "spike" : z < -settings.spikeZ && isLoss ? "drop" : null;
    if (kind === null) continue;
    const expected = (countAt(index) + 1) * Math.exp(Math.min(600, centre * days));
    const actual = countAt(index + 1) + 1;
    const excess = Math.max(0, kind === "spike" ? actual - expected : expected - actual);
    const previous = events.at(-1);
    if (previous?.kind === kind && previous.last === index - 1) {
      previous.last = index;
      previous.excess += excess;
      previous.maxAbsZ = Math.max(previous.maxAbsZ, Math.abs(z));
    } else {
      events.push({ kind, first: index, last: index, excess, maxAbsZ: Math.abs(z), centre });
    }
  }
  // Step 5: a one-interval event into a run of snapshots and the opposite one out of it, next in the list, are a
  // data error when the interval from the snapshot before the run to the one after is no spike or drop by size;
  // a run of more than one snapshot only after a drop and with its snapshots within a day. From the first pair.
  for (let position = 0; position + 1 < events.length; ) {
    const into = events[position];
    const out = events[position + 1];
    const before = into?.first ?? Number.NaN;
    const after = (out?.last ?? Number.NaN) + 1;
    const isShort = after - before === 2 || (into?.kind === "drop" && dateAt(after - 1) - dateAt(before + 1) <= DAY_MS);
    const isPair = into !== undefined && out !== undefined && into.kind !== out.kind && into.first === into.last && out.first === out.last && isShort;
    const days = (dateAt(after) - dateAt(before)) / DAY_MS;
    const change = Math.expm1(Math.log((countAt(after) + 1) / (countAt(before) + 1)) / days) - Math.expm1(into?.centre ?? Number.NaN);
    if (isPair && change < settings.spikeMinDailyGain && -change < settings.dropMinDailyLoss) events.splice(position, 2);
    else position++;
  }
  return events;
}

const DEFAULTS = Object.fromEntries(Object.entries(TRUST_THRESHOLDS).map(([key, threshold]) => [key, threshold.value])) as unknown as FollowerAnomalySettings;

/** A follower history: days apart by 1–4 (sometimes 1 only), a steady drift with noise, and a few jumps and falls. */
const history: fc.Arbitrary<FollowerSnapshot[]> = fc
  .record({
    // Small accounts too, where the Poisson floor of the scale can exceed the robust scale.
    start: fc.oneof(fc.integer({ min: 1_000, max: 2_000_000 }), fc.integer({ min: 0, max: 500 })),
    steps: fc.array(
      fc.record({
        gap: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 4 })),
        change: fc.oneof(
          { weight: 8, arbitrary: fc.double({ min: -0.004, max: 0.006, noNaN: true }) },
          { weight: 1, arbitrary: fc.double({ min: 0.05, max: 1.5, noNaN: true }) },
          { weight: 1, arbitrary: fc.double({ min: -0.6, max: -0.05, noNaN: true }) },
        ),
      }),
      { minLength: 1, maxLength: 320, size: "max" },
    ),
  })
  .map(({ start, steps }) => {
    let day = 0;
    let followers = start;
    const points: FollowerSnapshot[] = [{ date: 0, followers }];
    for (const { gap, change } of steps) {
      day += gap;
      followers = Math.max(0, Math.round(followers * (1 + change)));
      points.push({ date: day * DAY_MS, followers });
    }
    return points;
  });

/** The defaults, or a narrow or wide window and a baseline minimum that forces the nearest-first search. */
const settings: fc.Arbitrary<FollowerAnomalySettings> = fc
  .record({ windowDays: fc.constantFrom(DEFAULTS.windowDays, 2, 6, 400, 2_000), minBaselineIntervals: fc.constantFrom(DEFAULTS.minBaselineIntervals, 1, 3, 40) })
  .map((overrides) => ({ ...DEFAULTS, ...overrides, minHistoryDays: 0 }));

const RUNS = { numRuns: fc.readConfigureGlobal().numRuns ?? 300 };

test.prop([history, settings], RUNS)("finds the events of the textbook computation", (points, options) => {
  const analysis = detectFollowerAnomalies(points, [], [], options);
  const expected = textbookEvents(points, options);
  if (!analysis.available) {
    // Only too short a history is turned away (minHistoryDays is 0 here).
    expect(points.length - 1).toBeLessThan(Math.max(1, Math.ceil(options.minBaselineIntervals)) + 1);
    return;
  }
  expect(analysis.events.map((event) => [event.kind, event.start, event.end])).toStrictEqual(
    expected.map((event) => [event.kind, points[event.first]?.date, points[event.last + 1]?.date]),
  );
  analysis.events.forEach((event, position) => {
    expect(event.excessFollowers).toBeCloseTo(expected[position]?.excess ?? Number.NaN, 6);
    expect(event.maxAbsZ).toBeCloseTo(expected[position]?.maxAbsZ ?? Number.NaN, 9);
  });
});

test("the generated histories reach every branch the comparison is about", () => {
  // Not a property: a check that the generators are not vacuous (events of both kinds, long histories).
  const samples = fc.sample(fc.tuple(history, settings), { numRuns: 200, seed: 1 });
  const kinds = new Set(samples.flatMap(([points, options]) => textbookEvents(points, options).map((event) => event.kind)));
  expect([...kinds].sort()).toStrictEqual(["drop", "spike"]);
  expect(samples.some(([points]) => points.length > MAX_WINDOW_INTERVALS + 1)).toBe(true);
});
