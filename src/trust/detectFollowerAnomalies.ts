import type { FollowerSnapshot, PostMetrics } from "../schemas/profile.js";
import { medianSorted } from "../stats/quantileSorted.js";
import { sortedScale } from "./robustStats.js";
import { groupedCountOf } from "../text/countOf.js";
import { groupDigits } from "../text/groupDigits.js";
import { showDaysApart } from "./signalResult.js";
import { keptScratch, type KeptScratch } from "../stats/keptScratch.js";

/** Milliseconds in a day. @internal */
export const DAY_MS = 86_400_000;

/**
 * Upper bound on the neighbours in one rolling window, so a history with
 * many snapshots per day still costs O(n · w) with w ≤ 256: linear in n.
 *
 * @internal
 */
export const MAX_WINDOW_INTERVALS = 256;

/** The thresholds {@link detectFollowerAnomalies} reads. @internal */
export interface FollowerAnomalySettings {
  readonly windowDays: number;
  readonly minBaselineIntervals: number;
  readonly minHistoryDays: number;
  readonly spikeZ: number;
  readonly spikeMinDailyGain: number;
  readonly dropMinDailyLoss: number;
  readonly purgeWindowDays: number;
  readonly viralMatchDays: number;
  readonly minGainScale: number;
}

/** A run of consecutive anomalous intervals in the follower history. @internal */
export interface GrowthEvent {
  /** A jump (`spike`) or a fall (`drop`). */
  readonly kind: "spike" | "drop";
  /** Epoch ms of the snapshot before the run. */
  readonly start: number;
  /** Epoch ms of the last snapshot of the run. */
  readonly end: number;
  /** Followers at `start`. */
  readonly followersBefore: number;
  /** Followers at `end`. */
  readonly followersAfter: number;
  /** Followers gained (spike) or lost (drop) beyond what the baseline growth predicts; ≥ 0. */
  readonly excessFollowers: number;
  /** Largest |robust z| of the run's per-day growth. */
  readonly maxAbsZ: number;
  /** Index in `posts` of the viral post that explains a spike, or `null`. */
  readonly viralPost: number | null;
  /** For a spike: a drop followed it within the purge window. For a drop: it followed a spike. */
  readonly purge: boolean;
  /** For a purge drop: days from the end of the spike to the start of the drop; otherwise `null`. */
  readonly daysAfterSpike: number | null;
}

/**
 * A snapshot read as a data error: the count jumps to it (or dips to a run of
 * readings within a day) and comes back, so that without it the series shows
 * no anomaly; or a failed reading of 0 at either end of the history, with no
 * reading beyond it to come back to or from (step 5 of
 * {@link detectFollowerAnomalies}). @internal
 */
export interface FollowerGlitch {
  /** When the snapshot was taken (epoch ms). */
  readonly date: number;
  /** Its follower count. */
  readonly followers: number;
  /** The count of the last snapshot before its run, or `null` for a first snapshot of 0 before a count above 0 (a failed reading). */
  readonly before: number | null;
  /** The count of the first snapshot after its run, or `null` for a last snapshot of 0 after a count above 0 (a failed reading). */
  readonly after: number | null;
}

/** What {@link detectFollowerAnomalies} found. @internal */

export type FollowerAnalysis =
  | { readonly available: false; readonly reason: string }
  | {
      readonly available: true;
      /** Intervals between snapshots. */
      readonly intervals: number;
      /** Days from the first snapshot to the last. */
      readonly spanDays: number;
      /** Followers at the last snapshot. */
      readonly lastFollowers: number;
      /** Spikes and drops in date order. */
      readonly events: readonly GrowthEvent[];
      /** Snapshots left out as data errors, in date order (see {@link detectFollowerAnomalies}, step 5). */
      readonly glitches: readonly FollowerGlitch[];
      /** Excess followers of suspicious spikes (unexplained, or purged afterwards) ÷ the last count, in [0, 1]. */
      readonly anomalousShare: number;
    };

interface MutableEvent {
  kind: "spike" | "drop";
  first: number;
  last: number;
  excess: number;
  maxAbsZ: number;
  /** The baseline's per-day log growth at the first interval. */
  centre: number;
}

/** The history analysis' buffer, kept between calls. */
const kept: KeptScratch = { buffer: undefined };

/** Margin of the skip test in {@link detectFollowerAnomalies}: far above the rounding of `Math.expm1`, far below any meaningful threshold. */
const SKIP_MARGIN = 1e-9;

/** Largest exponent used for the baseline's expected count, so it stays finite (e^600 ≈ 4e260). */
const MAX_GROWTH_EXPONENT = 600;

/**
 * Anscombe's offset: `2√(x + 3/8)` of a Poisson count `x` has a standard
 * deviation of about 1 whatever its mean (F. J. Anscombe, The transformation
 * of Poisson, binomial and negative-binomial data, Biometrika 35(3/4),
 * 246–254, 1948, https://doi.org/10.1093/biomet/35.3-4.246). A constant of
 * the transform, not a tunable threshold.
 */
const ANSCOMBE_OFFSET = 0.375;

/**
 * The Poisson floor of the scale of an interval's per-day log growth: the
 * count gained over the interval is itself a count, whose spread grows with
 * its mean (Poisson: variance = mean), so a small account's ordinary noise
 * must not read as a spike. With `E = (F + 1) · e^(m·days)` the count (+1)
 * the baseline expects at the interval's end and `μ = |E − (F + 1)|` the
 * change it expects, in followers, a gain `x` passes Anscombe's test
 * `2√(x + 3/8) − 2√(μ + 3/8) > spikeZ` (Anscombe, 1948) when it exceeds the
 * expected change by more than `Δ = spikeZ · (√(μ + 3/8) + spikeZ / 4)`
 * (square both sides of `2√(x + 3/8) > 2√(μ + 3/8) + spikeZ`). The floor is
 * `ln(1 + Δ / E) / (spikeZ · days)`: exactly the scale at which `z > spikeZ`
 * means that the end count passes `E + Δ`, since
 * `r − m = ln(end / E) / days`. (A linear `Δ / (F + 1)` overstates it when
 * `Δ` is large against the count: from 0 followers it missed a jump to 150.)
 * A plain `√μ` is not enough: a Poisson tail is much heavier than a normal
 * one when μ is small, and the median underestimates μ there (0 while μ is
 * up to ln 2). It exceeds `minGainScale` (0.001 a day) below about 1,500
 * followers; at 10,000 only from about 0.85% growth a day (μ ≈ 85), at
 * 100,000 from about 12.5%, where the robust scale of real growth is normally
 * far larger anyway.
 */
function poissonScale(followers: number, centre: number, days: number, spikeZ: number): number {
  const base = followers + 1;
  const expected = base * Math.exp(Math.min(MAX_GROWTH_EXPONENT, centre * days));
  const excess = spikeZ * (Math.sqrt(Math.abs(expected - base) + ANSCOMBE_OFFSET) + spikeZ / 4);
  return Math.log1p(excess / expected) / (spikeZ * days);
}

/** Number of leading entries of the ascending `sorted` below `time`: the first position at or after it. */
function firstAtOrAfter(sorted: Float64Array, time: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (Number(sorted[middle]) < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

// Plain linear scans: on windows of a few dozen numbers they beat a binary search, whose
// unpredictable branches cost more than the comparisons they save; the shift is linear anyway.

/** Removes one entry equal to `value` from the ascending `sorted[0, size)`. */
function removeSorted(sorted: Float64Array, size: number, value: number): void {
  let index = 0;
  while (index < size - 1 && Number(sorted[index]) < value) index++;
  for (; index < size - 1; index++) sorted[index] = Number(sorted[index + 1]);
}

/** Inserts `value` into the ascending `sorted[0, size)`, which has room for it. */
function insertSorted(sorted: Float64Array, size: number, value: number): void {
  let index = size;
  for (; index > 0 && Number(sorted[index - 1]) > value; index--) sorted[index] = Number(sorted[index - 1]);
  sorted[index] = value;
}

/**
 * Turns the sorted `window`, holding `rates` of the run [low, high] without
 * `excluded`, into that of [newLow, newHigh] without `newExcluded`, and
 * returns its new size. Removes what left and inserts what entered (each
 * O(w)); rebuilds and sorts when much of it changed. The sorted content is
 * the same either way, so the statistics read from it are too.
 */
function moveWindow(
  window: Float64Array,
  size: number,
  rates: Float64Array,
  low: number,
  high: number,
  excluded: number,
  newLow: number,
  newHigh: number,
  newExcluded: number,
): number {
  // Leaving: the old run outside the new one, and the new excluded interval if it was in.
  const leftHead = Math.min(high, newLow - 1);
  const leftTail = Math.max(low, newHigh + 1);
  const leavesExcluded = newExcluded >= newLow && newExcluded <= newHigh && newExcluded >= low && newExcluded <= high && newExcluded !== excluded;
  // Entering: the new run outside the old one, and the old excluded interval if it stays in.
  const enterHead = Math.min(newHigh, low - 1);
  const enterTail = Math.max(newLow, high + 1);
  const entersExcluded = excluded >= low && excluded <= high && excluded >= newLow && excluded <= newHigh && excluded !== newExcluded;
  const changes = Math.max(0, leftHead - low + 1) + Math.max(0, high - leftTail + 1) + Math.max(0, enterHead - newLow + 1) + Math.max(0, newHigh - enterTail + 1);
  if (changes > 8) {
    let length = 0;
    for (let index = newLow; index <= newHigh; index++) if (index !== newExcluded) window[length++] = Number(rates[index]);
    window.subarray(0, length).sort();
    return length;
  }
  let length = size;
  for (let index = low; index <= leftHead; index++) if (index !== excluded) removeSorted(window, length--, Number(rates[index]));
  for (let index = leftTail; index <= high; index++) if (index !== excluded) removeSorted(window, length--, Number(rates[index]));
  if (leavesExcluded) removeSorted(window, length--, Number(rates[newExcluded]));
  for (let index = newLow; index <= enterHead; index++) if (index !== newExcluded) insertSorted(window, length++, Number(rates[index]));
  for (let index = enterTail; index <= newHigh; index++) if (index !== newExcluded) insertSorted(window, length++, Number(rates[index]));
  if (entersExcluded) insertSorted(window, length++, Number(rates[excluded]));
  return length;
}

/**
 * Finds spikes and drops in a follower-count history.
 *
 * 1. Per-day log growth of each interval between snapshots,
 *    `r = ln((F_i + 1) / (F_{i−1} + 1)) / days`, so unevenly spaced
 *    snapshots compare fairly (`+1` keeps a zero count finite).
 * 2. For each interval, a baseline of its nearest neighbours in time: all
 *    within `windowDays / 2` either side, at least `minBaselineIntervals`,
 *    at most {@link MAX_WINDOW_INTERVALS}; the interval itself is left out.
 *    Its median `m` and robust scale `s` (1.4826·MAD, falling back to the
 *    mean absolute deviation, never below `minGainScale`, nor below the
 *    Poisson floor `(√(μ + 3/8) + spikeZ / 4) / (days · (F_{i−1} + 1))` of
 *    the change `μ = (F_{i−1} + 1) · |e^(m·days) − 1|` the baseline expects,
 *    see `poissonScale`) give the modified z-score `z = (r − m) / s`
 *    (Iglewicz & Hoaglin, 1993).
 * 3. A spike has `z > spikeZ` and a daily gain `e^r − 1` at least
 *    `spikeMinDailyGain` above `e^m − 1`; a drop has `z < −spikeZ` and a daily
 *    loss at least `dropMinDailyLoss` below it. Consecutive anomalous
 *    intervals of the same kind form one event; its excess is the count
 *    gained (or lost) beyond `F_{i−1} · e^(m·days)`.
 * 4. A spike is explained when a viral post (an engagement outlier with a
 *    modified z above 3.5, as the engagement model finds them) was
 *    published from `viralMatchDays` before the event to a day after it.
 *    A drop starting within `purgeWindowDays` after a spike is a purge.
 * 5. A snapshot the count jumps to and straight back from is a data error,
 *    not two events: a one-interval spike into it and a one-interval drop
 *    out of it (or a drop, then a spike) are dropped when the interval from
 *    the snapshot before to the one after gains less than
 *    `spikeMinDailyGain` and loses less than `dropMinDailyLoss` against the
 *    baseline (a reading of 0 between two ordinary counts, say). So is a run
 *    of several snapshots between a one-interval drop and a one-interval
 *    spike, with no event inside, when its snapshots lie within a day of each
 *    other and the interval from the snapshot before the run to the one after
 *    passes the same test (two failed readings in a row): the count only comes
 *    back to where it was. A run above the count keeps its spike and drop,
 *    the pattern of a bought batch and its purge. They are listed as
 *    `glitches`; pairs are taken in date order, from the first.
 *    Done before step 4. A last snapshot of 0 after a count above 0 is a
 *    failed reading with no later one to come back to, and a first snapshot
 *    of 0 before a count above 0 one with no earlier one to come from: each
 *    is left out before step 1 and listed too, with `null` for the count on
 *    its open side, whatever the stated count (so that more stated followers
 *    never change which snapshots are read). Only that one reading: nothing
 *    beyond the end shows that the count came back, so a run of zeros there
 *    is read as it is. A first 0 taken at most a day after `createdAt` (or
 *    before it) is kept: it is the true start of a new account.
 * 6. The share of current followers that came in suspicious spikes divides
 *    their excess by the larger of the last count and `statedFollowers`.
 *
 * O(n · w) for n snapshots and w ≤ 256 neighbours (w ≈ 28 for a daily
 * series): the window is kept sorted as it slides. Intervals that cannot be
 * spikes or drops whatever their baseline are skipped, so a steady history
 * costs O(n). Plus O(v log v) for v viral posts.
 *
 * @param createdAt - When the account was created (epoch ms), if known: a
 *   first snapshot of 0 within a day of it is kept (step 5).
 * @internal
 */
export function detectFollowerAnomalies(
  history: readonly FollowerSnapshot[],
  posts: readonly PostMetrics[],
  viralPosts: readonly number[],
  settings: FollowerAnomalySettings,
  statedFollowers = 0,
  createdAt?: number | undefined,
): FollowerAnalysis {
  const [head, second] = history;
  const tail = history[history.length - 1];
  // A reading of 0 at either end next to a count above 0: a failed scrape with no reading beyond it to come back to
  // (the last) or from (the first). Left in, a last one read as a purge of every follower (and made each spike's share
  // of "current" followers 1), a first one as a critical spike of the whole audience. A first 0 taken at most a day
  // after the account's creation is its true start, and kept (without `createdAt` the difference is NaN: not kept).
  const start = head?.followers === 0 && Number(second?.followers) > 0 && !(head.date - Number(createdAt) <= DAY_MS) ? 1 : 0;
  const end = history.length - (tail?.followers === 0 && Number(history[history.length - 2]?.followers) > 0 ? 1 : 0);
  const points = end - start;
  // One kept buffer holds every per-call array (dates, counts, rates, spans, window): allocating
  // five typed arrays cost about as much as the analysis of a steady 90-day history.
  const capacity = Math.min(Math.max(points - 1, 0), MAX_WINDOW_INTERVALS);
  const buffer = keptScratch(kept, 4 * points + capacity);
  const dates = buffer.subarray(0, points);
  const counts = buffer.subarray(points, 2 * points);
  for (let position = 0; position < points; position++) {
    const point = history[start + position] as FollowerSnapshot;
    dates[position] = point.date;
    counts[position] = point.followers;
  }
  const intervals = points - 1;
  if (intervals < 1) return { available: false, reason: points === 0 ? "no follower history" : "a single follower snapshot shows no growth" };
  const spanDays = (Number(dates[intervals]) - Number(dates[0])) / DAY_MS;
  if (spanDays < settings.minHistoryDays) {
    const [span, needed] = showDaysApart(spanDays, settings.minHistoryDays);
    return { available: false, reason: `follower history spans ${span}, fewer than the ${needed} needed` };
  }
  const minBaseline = Math.max(1, Math.ceil(settings.minBaselineIntervals));
  if (intervals < minBaseline + 1) {
    return { available: false, reason: `follower history has ${groupedCountOf(intervals, "interval")}, fewer than the ${groupDigits(minBaseline + 1)} needed` };
  }

  // Interval i runs from snapshot i to snapshot i + 1.
  const rates = buffer.subarray(2 * points, 2 * points + intervals);
  const spans = buffer.subarray(3 * points, 3 * points + intervals);
  for (let index = 0; index < intervals; index++) {
    const days = (Number(dates[index + 1]) - Number(dates[index])) / DAY_MS;
    spans[index] = days;
    rates[index] = Math.log((Number(counts[index + 1]) + 1) / (Number(counts[index]) + 1)) / days;
  }

  const halfWindow = (settings.windowDays * DAY_MS) / 2;
  // The baseline of interval `index` is the run of intervals [low, high] without `index` itself.
  // Neighbouring intervals share most of their baseline, so `window` keeps it sorted and is
  // updated by the intervals that leave and enter it: O(w) per interval instead of a sort.
  const window = buffer.subarray(4 * points, 4 * points + capacity);
  let size = 0;
  let low = 0;
  let high = -1;
  let excluded = -1;
  // Intervals within half a window either side, as two pointers that only move forward:
  // [nearLow, nearHigh] holds every interval whose end is at most halfWindow from `here`.
  let nearLow = 0;
  let nearHigh = -1;
  // A baseline's median lies between the lowest and the highest rate of the whole history. An
  // interval that would gain too little even over the lowest, and lose too little even under the
  // highest, can be neither a spike nor a drop, whatever its baseline: skip it (with a margin far
  // above expm1's rounding). A steady history skips every interval and costs O(n).
  let lowestRate = Number.POSITIVE_INFINITY;
  let highestRate = Number.NEGATIVE_INFINITY;
  for (const rate of rates) {
    lowestRate = Math.min(lowestRate, rate);
    highestRate = Math.max(highestRate, rate);
  }
  const lowestDaily = Math.expm1(lowestRate);
  const highestDaily = Math.expm1(highestRate);
  const events: MutableEvent[] = [];
  for (let index = 0; index < intervals; index++) {
    const here = Number(dates[index + 1]);
    while (here - Number(dates[nearLow + 1]) > halfWindow) nearLow++;
    if (nearHigh < index) nearHigh = index;
    while (nearHigh + 1 < intervals && Number(dates[nearHigh + 2]) - here <= halfWindow) nearHigh++;
    const rate = Number(rates[index]);
    const dailyChange = Math.expm1(rate);
    if (dailyChange - lowestDaily < settings.spikeMinDailyGain - SKIP_MARGIN && highestDaily - dailyChange < settings.dropMinDailyLoss - SKIP_MARGIN) continue;
    // The search below takes neighbours nearest first, so when those within half a window are
    // enough (at least minBaseline, at most the cap) they are exactly the baseline: skip it.
    const near = nearHigh - nearLow;
    const isNearEnough = near >= minBaseline && near <= window.length;
    let left = isNearEnough ? nearLow - 1 : index - 1;
    let right = isNearEnough ? nearHigh + 1 : index + 1;
    let count = isNearEnough ? near : 0;
    while (!isNearEnough && count < window.length) {
      const leftDistance = left >= 0 ? here - Number(dates[left + 1]) : Number.POSITIVE_INFINITY;
      const rightDistance = right < intervals ? Number(dates[right + 1]) - here : Number.POSITIVE_INFINITY;
      const distance = Math.min(leftDistance, rightDistance);
      if (distance === Number.POSITIVE_INFINITY || (count >= minBaseline && distance > halfWindow)) break;
      if (leftDistance <= rightDistance) left--;
      else right++;
      count++;
    }
    size = moveWindow(window, size, rates, low, high, excluded, left + 1, right - 1, index);
    low = left + 1;
    high = right - 1;
    excluded = index;
    const centre = medianSorted(window, size);
    const baselineDaily = Math.expm1(centre);
    const isGain = dailyChange - baselineDaily >= settings.spikeMinDailyGain;
    const isLoss = baselineDaily - dailyChange >= settings.dropMinDailyLoss;
    // Most intervals gain and lose too little to matter: their z-score is never needed.
    if (!isGain && !isLoss) continue;
    const scale = Math.max(sortedScale(window, size, centre, settings.minGainScale), poissonScale(Number(counts[index]), centre, Number(spans[index]), settings.spikeZ));
    const z = (rate - centre) / scale;
    let kind: "spike" | "drop" | null = null;
    if (z > settings.spikeZ && isGain) kind = "spike";
    else if (z < -settings.spikeZ && isLoss) kind = "drop";
    if (kind === null) continue;
    const expected = (Number(counts[index]) + 1) * Math.exp(Math.min(MAX_GROWTH_EXPONENT, centre * Number(spans[index])));
    const actual = Number(counts[index + 1]) + 1;
    const excess = Math.max(0, kind === "spike" ? actual - expected : expected - actual);
    const previous = events[events.length - 1];
    if (previous?.kind === kind && previous.last === index - 1) {
      previous.last = index;
      previous.excess += excess;
      previous.maxAbsZ = Math.max(previous.maxAbsZ, Math.abs(z));
    } else {
      events.push({ kind, first: index, last: index, excess, maxAbsZ: Math.abs(z), centre });
    }
  }
  // In date order: a first 0, the runs of step 5, a last 0.
  const glitches = removeGlitches(events, dates, counts, settings);
  if (start > 0) glitches.unshift({ ...(head as FollowerSnapshot), before: null, after: Number(counts[0]) });
  if (end < history.length) glitches.push({ ...(tail as FollowerSnapshot), before: Number(counts[intervals]), after: null });

  const viralOrder = viralPosts
    .filter((index) => posts[index]?.publishedAt !== undefined)
    .sort((left, right) => Number(posts[left]?.publishedAt) - Number(posts[right]?.publishedAt));
  const viralTimes = Float64Array.from(viralOrder, (index) => Number(posts[index]?.publishedAt));
  const purgeWindow = settings.purgeWindowDays * DAY_MS;
  const matchBefore = settings.viralMatchDays * DAY_MS;
  const results: GrowthEvent[] = [];
  let lastSpike = -1; // position in results
  for (const event of events) {
    const start = Number(dates[event.first]);
    const end = Number(dates[event.last + 1]);
    let viralPost: number | null = null;
    let daysAfterSpike: number | null = null;
    let purge = false;
    if (event.kind === "spike") {
      const match = firstAtOrAfter(viralTimes, start - matchBefore);
      if (match < viralTimes.length && Number(viralTimes[match]) <= end + DAY_MS) viralPost = Number(viralOrder[match]);
    } else {
      const spike = results[lastSpike];
      if (spike !== undefined && start - spike.end <= purgeWindow) {
        purge = true;
        daysAfterSpike = (start - spike.end) / DAY_MS;
        results[lastSpike] = { ...spike, purge: true };
      }
    }
    results.push({
      kind: event.kind,
      start,
      end,
      followersBefore: Number(counts[event.first]),
      followersAfter: Number(counts[event.last + 1]),
      excessFollowers: event.excess,
      maxAbsZ: event.maxAbsZ,
      viralPost,
      purge,
      daysAfterSpike,
    });
    if (event.kind === "spike") lastSpike = results.length - 1;
  }

  const lastFollowers = Number(counts[intervals]);
  let suspicious = 0;
  for (const event of results) {
    if (event.kind === "spike" && (event.viralPost === null || event.purge)) suspicious += event.excessFollowers;
  }
  const anomalousShare = Math.min(1, suspicious / Math.max(1, lastFollowers, statedFollowers));
  return { available: true, intervals, spanDays, lastFollowers, events: results, glitches, anomalousShare };
}

/**
 * Takes out of `events` each pair a short run of snapshots makes, and returns
 * those snapshots (step 5 of {@link detectFollowerAnomalies}): a one-interval
 * event into the run and the opposite one out of it, when the interval from
 * the snapshot before the run to the one after changes by less than a spike's
 * gain and a drop's loss against the first event's baseline. The count went
 * there and came back, as a failed reading (0) or a mistyped one does; a run
 * of several snapshots only below the count and within a day (`isGlitch`).
 */
function removeGlitches(events: MutableEvent[], dates: Float64Array, counts: Float64Array, settings: FollowerAnomalySettings): FollowerGlitch[] {
  const glitches: FollowerGlitch[] = [];
  let position = 0; // pairs are taken from the first, so a run of jumps is read in date order
  while (position + 1 < events.length) {
    const into = events[position];
    const out = events[position + 1];
    if (into === undefined || out === undefined || !isGlitch(into, out, dates, counts, settings)) {
      position++;
      continue;
    }
    // The run is snapshots into.first + 1 … out.first, between into.first and out.first + 1.
    for (let snapshot = into.first + 1; snapshot <= out.first; snapshot++) {
      glitches.push({ date: Number(dates[snapshot]), followers: Number(counts[snapshot]), before: Number(counts[into.first]), after: Number(counts[out.first + 1]) });
    }
    events.splice(position, 2);
  }
  return glitches;
}

/**
 * Whether one-interval events `into` and `out` (next to each other, so no event
 * lies between them) enclose a run the count departs to and comes back from:
 * one snapshot either way, or several within a day below the count (a drop,
 * then a spike), as when a scrape fails twice in a row. The run's spike would
 * only bring back followers the account had before its drop, which no rule
 * penalized; several readings above the count are a bought batch and its purge.
 */
function isGlitch(into: MutableEvent, out: MutableEvent, dates: Float64Array, counts: Float64Array, settings: FollowerAnomalySettings): boolean {
  const before = into.first;
  const after = out.first + 1;
  if (into.kind === out.kind || before !== into.last || out.first !== out.last) return false;
  if (after - before > 2 && (into.kind === "spike" || Number(dates[out.first]) - Number(dates[before + 1]) > DAY_MS)) return false;
  const days = (Number(dates[after]) - Number(dates[before])) / DAY_MS;
  const dailyChange = Math.expm1(Math.log((Number(counts[after]) + 1) / (Number(counts[before]) + 1)) / days);
  const baselineDaily = Math.expm1(into.centre);
  return dailyChange - baselineDaily < settings.spikeMinDailyGain && baselineDaily - dailyChange < settings.dropMinDailyLoss;
}

