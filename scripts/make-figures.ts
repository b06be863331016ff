// Draws the figures of docs/methodology.md and README.md from the library
// itself and writes them to docs/figures/*.svg:
//
//   npm run figures          (tsx scripts/make-figures.ts)
//
// The output is deterministic: no dates, no randomness, coordinates rounded
// to one decimal, so running it twice gives byte-identical files, and
// test/docs/methodology.test.ts fails when a committed figure no longer
// matches what the current code draws. The charts use a small hand-written
// SVG helper (below); there is no charting dependency.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  compareCompensation,
  compareStrategies,
  ENGAGEMENT_BASES,
  ENGAGEMENT_BENCHMARKS,
  estimateFlatFee,
  PLATFORMS,
  RATE_CARD,
  scoreEngagement,
  scoreInfluencers,
  SIZE_BUCKETS,
  TIER_SCHEMES,
  type EngagementBenchmarkCell,
  type EngagementBenchmarkSeries,
  type SelectionCandidate,
  type TierId,
} from "../src/index.js";
// Internal: the platform names the library's sentences use, so the figures' titles match them.
import { PLATFORM_NAMES } from "../src/schemas/platform.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Where the figures go, relative to the repository root. */
export const FIGURE_DIRECTORY = "docs/figures";

// ---------------------------------------------------------------------------
// A tiny SVG chart helper: linear and log axes, lines, bands, rectangles,
// legends. Every number written to the file goes through `fixed`.
// ---------------------------------------------------------------------------

/** A coordinate with one decimal; never "-0.0". */
function fixed(value: number): string {
  const text = value.toFixed(1);
  return text === "-0.0" ? "0.0" : text;
}

function escapeXml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

interface Tick {
  readonly value: number;
  readonly label: string;
}

interface Axis {
  readonly kind: "linear" | "log";
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly Tick[];
  readonly label: string;
}

/** A plotting area in pixels with its two axes. */
interface Frame {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly x: Axis;
  readonly y: Axis;
  /** Id of the clip path that keeps marks inside the frame. */
  readonly clipId: string;
}

interface Style {
  readonly color: string;
  readonly width?: number;
  readonly dash?: string;
  readonly opacity?: number;
}

type Point = readonly [number, number];

function unit(axis: Axis, value: number): number {
  if (axis.kind === "log") return (Math.log10(value) - Math.log10(axis.min)) / (Math.log10(axis.max) - Math.log10(axis.min));
  return (value - axis.min) / (axis.max - axis.min);
}

function px(frame: Frame, value: number): number {
  return frame.left + unit(frame.x, value) * frame.width;
}

function py(frame: Frame, value: number): number {
  return frame.top + (1 - unit(frame.y, value)) * frame.height;
}

/** Formats a count as 500, 2k, 1.5M. */
function compact(value: number): string {
  if (value >= 1_000_000) return `${Number((value / 1_000_000).toPrecision(3))}M`;
  if (value >= 1_000) return `${Number((value / 1_000).toPrecision(3))}k`;
  return String(Number(value.toPrecision(3)));
}

function percent(rate: number): string {
  return `${Number((rate * 100).toPrecision(3))}%`;
}

function dollars(value: number): string {
  return `$${compact(value)}`;
}

/** 1-2-5 steps of every decade that fall in [min, max]; only powers of ten when that is too many. */
function logTicks(min: number, max: number, format: (value: number) => string): Tick[] {
  const steps: number[] = [];
  for (let exponent = Math.floor(Math.log10(min)); exponent <= Math.ceil(Math.log10(max)); exponent++) {
    for (const mantissa of [1, 2, 5]) {
      const value = Number((mantissa * 10 ** exponent).toPrecision(6));
      if (value >= min * (1 - 1e-9) && value <= max * (1 + 1e-9)) steps.push(value);
    }
  }
  const isPowerOfTen = (value: number): boolean => Math.abs(Math.log10(value) - Math.round(Math.log10(value))) < 1e-9;
  const chosen = steps.length > 8 ? steps.filter(isPowerOfTen) : steps;
  return chosen.map((value) => ({ value, label: format(value) }));
}

/** The 1-2-5 value at or below `value`, and the one at or above. */
function niceLogBounds(low: number, high: number): [number, number] {
  const down = (value: number): number => {
    const exponent = Math.floor(Math.log10(value));
    const mantissa = value / 10 ** exponent;
    const step = mantissa >= 5 ? 5 : mantissa >= 2 ? 2 : 1;
    return Number((step * 10 ** exponent).toPrecision(6));
  };
  const up = (value: number): number => {
    const exponent = Math.floor(Math.log10(value));
    const mantissa = value / 10 ** exponent;
    const step = mantissa <= 1 + 1e-9 ? 1 : mantissa <= 2 ? 2 : mantissa <= 5 ? 5 : 10;
    return Number((step * 10 ** exponent).toPrecision(6));
  };
  return [down(low), up(high)];
}

function logAxis(low: number, high: number, label: string, format: (value: number) => string): Axis {
  const [min, max] = niceLogBounds(low, high);
  return { kind: "log", min, max, ticks: logTicks(min, max, format), label };
}

function linearAxis(min: number, max: number, step: number, label: string, format: (value: number) => string): Axis {
  const ticks: Tick[] = [];
  for (let value = min; value <= max + step / 1e6; value += step) ticks.push({ value: Number(value.toPrecision(6)), label: format(Number(value.toPrecision(6))) });
  return { kind: "linear", min, max, ticks, label };
}

/** Collects the elements of one SVG document. */
class Drawing {
  private readonly parts: string[] = [];
  private readonly clips: string[] = [];

  constructor(
    private readonly width: number,
    private readonly height: number,
    private readonly title: string,
    private readonly description: string,
  ) {}

  add(element: string): void {
    this.parts.push(element);
  }

  frame(box: { left: number; top: number; width: number; height: number }, x: Axis, y: Axis, heading?: string): Frame {
    const clipId = `clip-${this.clips.length + 1}`;
    this.clips.push(`<clipPath id="${clipId}"><rect x="${fixed(box.left)}" y="${fixed(box.top)}" width="${fixed(box.width)}" height="${fixed(box.height)}"/></clipPath>`);
    const frame: Frame = { ...box, x, y, clipId };
    const bottom = box.top + box.height;
    this.add(`<rect x="${fixed(box.left)}" y="${fixed(box.top)}" width="${fixed(box.width)}" height="${fixed(box.height)}" fill="#ffffff" stroke="#bbbbbb"/>`);
    for (const tick of x.ticks) {
      const at = px(frame, tick.value);
      this.add(`<line x1="${fixed(at)}" y1="${fixed(box.top)}" x2="${fixed(at)}" y2="${fixed(bottom)}" stroke="#eeeeee"/>`);
      this.add(`<text x="${fixed(at)}" y="${fixed(bottom + 14)}" text-anchor="middle" class="tick">${escapeXml(tick.label)}</text>`);
    }
    for (const tick of y.ticks) {
      const at = py(frame, tick.value);
      this.add(`<line x1="${fixed(box.left)}" y1="${fixed(at)}" x2="${fixed(box.left + box.width)}" y2="${fixed(at)}" stroke="#eeeeee"/>`);
      this.add(`<text x="${fixed(box.left - 5)}" y="${fixed(at + 4)}" text-anchor="end" class="tick">${escapeXml(tick.label)}</text>`);
    }
    if (x.label !== "") this.add(`<text x="${fixed(box.left + box.width / 2)}" y="${fixed(bottom + 32)}" text-anchor="middle" class="axis">${escapeXml(x.label)}</text>`);
    if (y.label !== "") {
      const centre = box.top + box.height / 2;
      this.add(`<text x="${fixed(box.left - 46)}" y="${fixed(centre)}" text-anchor="middle" class="axis" transform="rotate(-90 ${fixed(box.left - 46)} ${fixed(centre)})">${escapeXml(y.label)}</text>`);
    }
    if (heading !== undefined) this.add(`<text x="${fixed(box.left)}" y="${fixed(box.top - 7)}" class="heading">${escapeXml(heading)}</text>`);
    return frame;
  }

  line(frame: Frame, points: readonly Point[], style: Style): void {
    if (points.length === 0) return;
    const path = points.map(([x, y], index) => `${index === 0 ? "M" : "L"}${fixed(px(frame, x))} ${fixed(py(frame, y))}`).join(" ");
    this.add(`<path d="${path}" fill="none" stroke="${style.color}" stroke-width="${style.width ?? 2}"${style.dash === undefined ? "" : ` stroke-dasharray="${style.dash}"`} clip-path="url(#${frame.clipId})"/>`);
  }

  /** A filled band between two lines sharing the same x values. */
  band(frame: Frame, lower: readonly Point[], upper: readonly Point[], style: Style): void {
    if (lower.length === 0) return;
    const outline = [...upper, ...[...lower].reverse()];
    const path = outline.map(([x, y], index) => `${index === 0 ? "M" : "L"}${fixed(px(frame, x))} ${fixed(py(frame, y))}`).join(" ");
    this.add(`<path d="${path} Z" fill="${style.color}" fill-opacity="${style.opacity ?? 0.2}" stroke="none" clip-path="url(#${frame.clipId})"/>`);
  }

  /** A rectangle in data coordinates. */
  box(frame: Frame, x0: number, x1: number, y0: number, y1: number, style: Style & { readonly stroke?: string }): void {
    const left = px(frame, x0);
    const right = px(frame, x1);
    const top = py(frame, y1);
    const bottom = py(frame, y0);
    const stroke = style.stroke === undefined ? "" : ` stroke="${style.stroke}"${style.dash === undefined ? "" : ` stroke-dasharray="${style.dash}"`}`;
    this.add(
      `<rect x="${fixed(left)}" y="${fixed(top)}" width="${fixed(right - left)}" height="${fixed(bottom - top)}" fill="${style.color}" fill-opacity="${style.opacity ?? 1}"${stroke} clip-path="url(#${frame.clipId})"/>`,
    );
  }

  text(x: number, y: number, content: string, attributes = ""): void {
    this.add(`<text x="${fixed(x)}" y="${fixed(y)}"${attributes === "" ? "" : ` ${attributes}`}>${escapeXml(content)}</text>`);
  }

  /** A legend row of line, dashed-line and band swatches. */
  legend(left: number, top: number, items: readonly { label: string; style: Style; kind: "line" | "band" }[], spacing = 150): void {
    items.forEach((item, index) => {
      const x = left + index * spacing;
      if (item.kind === "band") {
        this.add(`<rect x="${fixed(x)}" y="${fixed(top - 8)}" width="18" height="10" fill="${item.style.color}" fill-opacity="${item.style.opacity ?? 0.2}"/>`);
      } else {
        this.add(
          `<line x1="${fixed(x)}" y1="${fixed(top - 3)}" x2="${fixed(x + 18)}" y2="${fixed(top - 3)}" stroke="${item.style.color}" stroke-width="${item.style.width ?? 2}"${item.style.dash === undefined ? "" : ` stroke-dasharray="${item.style.dash}"`}/>`,
        );
      }
      this.text(x + 23, top + 1, item.label, 'class="legend"');
    });
  }

  toString(): string {
    return [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${this.width}" height="${this.height}" viewBox="0 0 ${this.width} ${this.height}" role="img" aria-labelledby="title desc">`,
      `<title id="title">${escapeXml(this.title)}</title>`,
      `<desc id="desc">${escapeXml(this.description)}</desc>`,
      "<style>text{font-family:system-ui,-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;fill:#222222}.tick{font-size:10px;fill:#555555}.axis{font-size:11px}.heading{font-size:12px;font-weight:600}.legend{font-size:11px}.title{font-size:15px;font-weight:600}.note{font-size:10px;fill:#555555}</style>",
      `<defs>${this.clips.join("")}</defs>`,
      `<rect width="${this.width}" height="${this.height}" fill="#ffffff"/>`,
      ...this.parts,
      "</svg>",
      "",
    ].join("\n");
  }
}

/** Okabe–Ito colours (distinguishable with colour-vision deficiencies). */
const COLORS = {
  orange: "#E69F00",
  sky: "#56B4E9",
  green: "#009E73",
  blue: "#0072B2",
  vermillion: "#D55E00",
  purple: "#CC79A7",
  grey: "#666666",
} as const;

const TIER_COLORS: Readonly<Record<TierId, string>> = {
  nano: COLORS.orange,
  micro: COLORS.sky,
  mid: COLORS.green,
  macro: COLORS.blue,
  mega: COLORS.vermillion,
};

/** `count` values spread evenly on a log scale from `low` to `high`, both included. */
function logSpace(low: number, high: number, count: number): number[] {
  const values: number[] = [];
  for (let index = 0; index < count; index++) values.push(low * (high / low) ** (index / (count - 1)));
  return values;
}

/** Rounds to two significant digits (3,162 → 3,200). */
function roundTwo(value: number): number {
  return Number(value.toPrecision(2));
}

// ---------------------------------------------------------------------------
// Figure 1: engagement benchmark bands by size, one panel per platform and basis.
// ---------------------------------------------------------------------------

function yearText(series: EngagementBenchmarkSeries): string {
  return series.year === null ? "undated" : String(series.year);
}

function publisherOf(source: string): string {
  return (source.split(",")[0] ?? source).trim();
}

function benchmarkFigure(): string {
  const panels: { title: string; note: string; series: EngagementBenchmarkSeries }[] = [];
  for (const platform of PLATFORMS) {
    for (const basis of ENGAGEMENT_BASES) {
      const series = ENGAGEMENT_BENCHMARKS.creators[platform]?.[basis];
      if (series === undefined) continue;
      panels.push({
        title: `${PLATFORM_NAMES[platform]}, per ${basis === "followers" ? "follower" : basis === "views" ? "view" : basis === "reach" ? "account reached" : "impression"}`,
        note: `${publisherOf(series.source)}, ${yearText(series)}${series.isLowConfidence ? "; low confidence" : ""}`,
        series,
      });
    }
  }
  const columns = 3;
  const rows = Math.ceil(panels.length / columns);
  const panelWidth = 210;
  const panelHeight = 150;
  const gap = 80;
  const width = 40 + columns * (panelWidth + gap);
  const height = 110 + rows * (panelHeight + 80);
  const drawing = new Drawing(
    width,
    height,
    "Engagement benchmark bands by account size",
    `The shipped creator benchmarks (ENGAGEMENT_BENCHMARKS ${ENGAGEMENT_BENCHMARKS.version}) for each platform and basis: for every size bucket, the middle 80% of peers (between the low and high cut-offs), the average band and the median.`,
  );
  drawing.text(20, 26, `Engagement benchmark bands by account size (ENGAGEMENT_BENCHMARKS ${ENGAGEMENT_BENCHMARKS.version})`, 'class="title"');
  const [p10, p40, p60, p90] = ENGAGEMENT_BENCHMARKS.bandPercentiles;
  drawing.legend(
    20,
    50,
    [
      { label: `${p10}th–${p90}th percentile of peers`, style: { color: COLORS.blue, opacity: 0.18 }, kind: "band" },
      { label: `"average" band (${p40}th–${p60}th)`, style: { color: COLORS.blue, opacity: 0.5 }, kind: "band" },
      { label: "median", style: { color: COLORS.vermillion, width: 2 }, kind: "line" },
    ],
    210,
  );
  const buckets = SIZE_BUCKETS.buckets.map((range) => range.bucket);
  const labels = ["<1k", "1k", "5k", "10k", "50k", "100k", "500k", "1M+"];
  panels.forEach((panel, index) => {
    const cells: (EngagementBenchmarkCell | undefined)[] = buckets.map((bucket) => panel.series.cells[bucket] ?? panel.series.cells.all);
    const present = cells.filter((cell): cell is EngagementBenchmarkCell => cell !== undefined);
    const low = Math.min(...present.map((cell) => cell.bands[0]));
    const high = Math.max(...present.map((cell) => cell.bands[3]));
    const column = index % columns;
    const row = Math.floor(index / columns);
    const x: Axis = { kind: "linear", min: 0, max: buckets.length, ticks: labels.map((label, position) => ({ value: position + 0.5, label })), label: index >= panels.length - columns ? "followers (size bucket)" : "" };
    const y = logAxis(low, high, column === 0 ? "engagement rate" : "", percent);
    const frame = drawing.frame({ left: 70 + column * (panelWidth + gap), top: 90 + row * (panelHeight + 80), width: panelWidth, height: panelHeight }, x, y, panel.title);
    drawing.text(frame.left, frame.top + frame.height + 46, panel.note, 'class="note"');
    cells.forEach((cell, position) => {
      if (cell === undefined) return;
      const isLow = cell.isLowConfidence ?? panel.series.isLowConfidence;
      const dash = isLow ? "3 2" : undefined;
      drawing.box(frame, position + 0.15, position + 0.85, cell.bands[0], cell.bands[3], { color: COLORS.blue, opacity: 0.18, stroke: isLow ? COLORS.grey : "none", ...(dash === undefined ? {} : { dash }) });
      drawing.box(frame, position + 0.15, position + 0.85, cell.bands[1], cell.bands[2], { color: COLORS.blue, opacity: 0.5 });
      drawing.line(frame, [[position + 0.15, cell.median], [position + 0.85, cell.median]], { color: COLORS.vermillion, width: 2 });
    });
  });
  drawing.text(20, height - 28, "Dashed outline: a low-confidence cell (weak source, unclear denominator, or bands derived from one published value).", 'class="note"');
  drawing.text(20, height - 14, "Sources, definitions and the arithmetic behind derived cells: docs/methodology/engagement.md.", 'class="note"');
  return drawing.toString();
}

// ---------------------------------------------------------------------------
// Figure 2: engagement score vs engagement rate, one line per tier (Instagram).
// ---------------------------------------------------------------------------

/** A representative follower count per tier of the standard scheme: the geometric middle of the band (from 1,000), ×3 the floor for the open top band. */
function representativeFollowers(): { tier: TierId; label: string; followers: number }[] {
  const bands = TIER_SCHEMES.standard.bands;
  return bands.map((band, index) => {
    const next = bands[index + 1];
    const floor = Math.max(band.min, 1_000);
    const followers = roundTwo(next === undefined ? floor * 3 : Math.sqrt(floor * next.min));
    return { tier: band.tier, label: band.label, followers };
  });
}

const SCORE_POSTS = 12;

function scoreFigure(): string {
  const width = 720;
  const height = 440;
  const drawing = new Drawing(
    width,
    height,
    "Engagement score against engagement rate, by tier (Instagram)",
    `scoreEngagement for an Instagram account in the middle of each standard tier, from a summary of ${SCORE_POSTS} posts, as the engagement rate per follower varies. The same rate scores differently in each tier because it is compared with peers of the same size.`,
  );
  drawing.text(20, 26, "Engagement score vs engagement rate, by tier (Instagram, per follower)", 'class="title"');
  const x = logAxis(0.001, 0.2, "engagement rate (interactions per post ÷ followers)", percent);
  const y = linearAxis(0, 100, 20, "score (percentile among peers)", (value) => String(value));
  const frame = drawing.frame({ left: 70, top: 75, width: 530, height: 285 }, x, y);
  const rates = logSpace(x.min, x.max, 81);
  const tiers = representativeFollowers();
  for (const tier of tiers) {
    const points: Point[] = [];
    for (const rate of rates) {
      const result = scoreEngagement({ platform: "instagram", followers: tier.followers, summary: { postCount: SCORE_POSTS, avgLikes: rate * tier.followers, avgComments: 0 } });
      if (result.score !== null) points.push([rate, result.score]);
    }
    drawing.line(frame, points, { color: TIER_COLORS[tier.tier], width: 2 });
  }
  const cuts = ENGAGEMENT_BENCHMARKS.bandPercentiles;
  const bandNames = ["low", "below-average", "average", "above-average", "high"];
  const edges = [0, ...cuts, 100];
  bandNames.forEach((name, index) => {
    const lower = edges[index] ?? 0;
    const upper = edges[index + 1] ?? 100;
    if (index > 0) drawing.line(frame, [[x.min, lower], [x.max, lower]], { color: COLORS.grey, width: 1, dash: "4 3" });
    drawing.text(frame.left + frame.width + 8, py(frame, (lower + upper) / 2) + 4, name, 'class="note"');
  });
  drawing.text(20, 52, "tier (standard scheme):", 'class="legend"');
  drawing.legend(
    172,
    52,
    tiers.map((tier) => ({ label: `${tier.tier} (${compact(tier.followers)})`, style: { color: TIER_COLORS[tier.tier] }, kind: "line" as const })),
    112,
  );
  drawing.text(20, height - 30, `Score = percentile of the shrunk estimate among peers of the same size bucket; dashed: band cut-offs at percentiles ${cuts.join(", ")}.`, 'class="note"');
  drawing.text(20, height - 16, `Each account: Instagram, followers in brackets, a summary of ${SCORE_POSTS} posts. Method: docs/methodology/engagement.md.`, 'class="note"');
  return drawing.toString();
}

// ---------------------------------------------------------------------------
// Figure 3: fair flat fee vs followers, with the published rate-card band per tier.
// ---------------------------------------------------------------------------

function feeFigure(): string {
  const width = 720;
  const height = 450;
  const followers = logSpace(1_000, 10_000_000, 61).map((value) => Math.round(value));
  const fees = followers.map((count) => ({ count, cost: estimateFlatFee({ platform: "instagram", followers: count }).cost }));
  const market = RATE_CARD.marketRates.instagram ?? RATE_CARD.marketRates.default;
  const bands = TIER_SCHEMES.standard.bands;
  const marketValues: number[] = [];
  for (const band of bands) {
    const rate = market[band.tier];
    marketValues.push(rate.low, rate.high ?? rate.low * 2);
  }
  const feeValues = fees.flatMap(({ cost }) => (cost === null ? [] : [cost.low, cost.high]));
  const x = logAxis(1_000, 10_000_000, "followers", compact);
  const y = logAxis(Math.min(...feeValues, ...marketValues), Math.max(...feeValues, ...marketValues), "fee per post (USD)", dollars);
  const drawing = new Drawing(
    width,
    height,
    "Fair flat fee against followers, with the published rate-card band (Instagram)",
    "estimateFlatFee for an Instagram post with no posts given (impressions from the rate card's reach rate): the median fee and its 10th–90th percentile band, next to the published per-post price band of each tier.",
  );
  drawing.text(20, 26, "Fair flat fee vs followers, with the published rate-card band (Instagram post)", 'class="title"');
  drawing.legend(
    20,
    50,
    [
      { label: "fair fee (median)", style: { color: COLORS.blue, width: 2 }, kind: "line" },
      { label: "10th–90th percentile", style: { color: COLORS.blue, opacity: 0.2 }, kind: "band" },
      { label: "published band per tier", style: { color: COLORS.orange, opacity: 0.25 }, kind: "band" },
    ],
    190,
  );
  const frame = drawing.frame({ left: 80, top: 70, width: 600, height: 300 }, x, y);
  bands.forEach((band, index) => {
    const rate = market[band.tier];
    const start = Math.max(band.min, x.min);
    const end = bands[index + 1]?.min ?? x.max;
    const top = rate.high ?? y.max;
    drawing.box(frame, start, end, rate.low, top, { color: COLORS.orange, opacity: 0.25, stroke: COLORS.orange, ...(rate.high === null ? { dash: "4 3" } : {}) });
    const label = rate.high === null ? `${band.tier} ${dollars(rate.low)}+` : `${band.tier} ${dollars(rate.low)}–${dollars(rate.high)}`;
    drawing.text(px(frame, Math.sqrt(start * end)), py(frame, top) - 4, label, 'class="note" text-anchor="middle"');
  });
  const points = fees.filter((row) => row.cost !== null);
  drawing.band(
    frame,
    points.map(({ count, cost }) => [count, cost?.low ?? 0] as const),
    points.map(({ count, cost }) => [count, cost?.high ?? 0] as const),
    { color: COLORS.blue, opacity: 0.2 },
  );
  drawing.line(frame, points.map(({ count, cost }) => [count, cost?.expected ?? 0] as const), { color: COLORS.blue, width: 2 });
  drawing.text(20, height - 30, `Fee = followers × reach rate × CPM ÷ 1,000 (rate card: ${publisherOf(RATE_CARD.reachRate.instagram?.default?.[0].source ?? "")} reach, ${publisherOf(RATE_CARD.cpm.instagram?.source ?? RATE_CARD.cpm.default.source)} CPM); bands: ${publisherOf(market.mega.source)} rate card.`, 'class="note"');
  drawing.text(20, height - 16, "Tiers of the standard scheme; a dashed band is open-ended. Method: docs/methodology/compensation.md.", 'class="note"');
  return drawing.toString();
}

// ---------------------------------------------------------------------------
// Figure 4: cost per conversion of the three compensation models as CTR varies.
// ---------------------------------------------------------------------------

/** An example deal: not defaults, only what the figure illustrates. */
const DEAL = { followers: 50_000, costPerClick: 0.5, averageOrderValue: 60, commissionRate: 0.15, conversionRate: 0.02 } as const;

function compensationFigure(): string {
  const width = 720;
  const height = 460;
  const rates = logSpace(0.001, 0.05, 61);
  const profile = { platform: "instagram", followers: DEAL.followers } as const;
  const terms = { costPerClick: DEAL.costPerClick, averageOrderValue: DEAL.averageOrderValue, commissionRate: DEAL.commissionRate, conversionRate: DEAL.conversionRate };
  const rows = rates.map((clickThroughRate) => ({ clickThroughRate, comparison: compareCompensation(profile, { ...terms, clickThroughRate }) }));
  const first = rows[0]?.comparison;
  if (first === undefined) throw new Error("no rows");
  const models = [
    { key: "flatFee", label: "flat fee", color: COLORS.blue },
    { key: "payPerClick", label: `pay-per-click ($${DEAL.costPerClick.toFixed(2)} per click)`, color: COLORS.green },
    { key: "referral", label: `referral (${DEAL.commissionRate * 100}% of $${DEAL.averageOrderValue})`, color: COLORS.vermillion },
  ] as const;
  const values = rows.flatMap(({ comparison }) => models.flatMap(({ key }) => {
    const range = comparison[key].comparison.brandCostPerConversion;
    return range === null ? [] : [range.low, range.high];
  }));
  const x = logAxis(0.001, 0.05, "click-through rate (clicks ÷ impressions)", percent);
  const y = logAxis(Math.min(...values), Math.max(...values), "brand's cost per conversion (USD)", dollars);
  const drawing = new Drawing(
    width,
    height,
    "Cost per conversion of three payment models as the click-through rate varies",
    `compareCompensation for an Instagram account with ${compact(DEAL.followers)} followers at a conversion rate of ${percent(DEAL.conversionRate)}: the brand's median cost per conversion and its 10th–90th percentile band under a flat fee, pay-per-click and a referral commission, with the click-through rate at which pay-per-click costs the flat fee.`,
  );
  drawing.text(20, 26, `Cost per conversion vs click-through rate (Instagram, ${compact(DEAL.followers)} followers)`, 'class="title"');
  drawing.legend(
    20,
    50,
    models.map(({ label, color }) => ({ label, style: { color, width: 2 }, kind: "line" as const })),
    215,
  );
  const frame = drawing.frame({ left: 80, top: 70, width: 600, height: 300 }, x, y);
  for (const { key, color } of models) {
    const lower: Point[] = [];
    const middle: Point[] = [];
    const upper: Point[] = [];
    for (const { clickThroughRate, comparison } of rows) {
      const range = comparison[key].comparison.brandCostPerConversion;
      if (range === null) continue;
      lower.push([clickThroughRate, range.low]);
      middle.push([clickThroughRate, range.expected]);
      upper.push([clickThroughRate, range.high]);
    }
    drawing.band(frame, lower, upper, { color, opacity: 0.12 });
    drawing.line(frame, middle, { color, width: 2 });
  }
  const breakEven = first.breakEven.clickThroughRate;
  if (breakEven !== null && breakEven >= x.min && breakEven <= x.max) {
    drawing.line(frame, [[breakEven, y.min], [breakEven, y.max]], { color: COLORS.grey, width: 1.5, dash: "5 4" });
    drawing.text(px(frame, breakEven) - 5, frame.top + 14, `break-even ${percent(breakEven)}: pay-per-click costs as much as the flat fee`, 'class="note" text-anchor="end"');
  }
  const fee = first.agreedFlatFee;
  drawing.text(20, height - 44, `${percent(DEAL.conversionRate)} of clicks convert. Flat fee ${fee === null ? "n/a" : `$${fee.toFixed(2)}`}: the fair fee, which does not depend on clicks. Bands: 10th–90th percentile.`, 'class="note"');
  drawing.text(20, height - 30, "Left of the break-even the flat fee costs the brand more per conversion than pay-per-click; right of it, less.", 'class="note"');
  drawing.text(20, height - 16, "Example deal terms, not defaults. Method: docs/methodology/compensation.md.", 'class="note"');
  return drawing.toString();
}

// ---------------------------------------------------------------------------
// Figure 5: value per dollar of the best single creator vs the best set.
// ---------------------------------------------------------------------------

/**
 * The sample roster, scored and turned into candidates the way the CLI's `select` and the profile
 * form of `selectInfluencers` do (docs/methodology/selection.md §1.1): cost = expected fee rounded
 * to the cent, value = expected conversions.
 */
function rosterCandidates(): SelectionCandidate[] {
  const lines = readFileSync(join(root, "examples", "roster.ndjson"), "utf8").split("\n").filter((line) => line.trim() !== "");
  const { reports } = scoreInfluencers(lines.map((line): unknown => JSON.parse(line)));
  const priced = reports.flatMap(({ index, report }) => {
    const cost = report.flatFee.cost?.expected;
    const conversions = report.flatFee.outcomes.conversions?.expected;
    return cost === undefined || conversions === undefined || cost <= 0
      ? []
      : [{ id: report.handle ?? `row ${index + 1}`, cost: Math.max(1, Math.round(cost * 100)) / 100, value: conversions, tier: report.tier.tier }];
  });
  return priced;
}

function selectionFigure(): string {
  const width = 720;
  const height = 450;
  const candidates = rosterCandidates();
  const costs = candidates.map((candidate) => candidate.cost);
  const total = costs.reduce((sum, cost) => sum + cost, 0);
  const budgets = logSpace(Math.min(...costs), total, 61);
  const rows = budgets.map((budget) => ({ budget, result: compareStrategies(candidates, budget) }));
  const perBudget = (budget: number, value: number | undefined): number | undefined => (value === undefined ? undefined : (value / budget) * 1_000);
  const series = {
    budgetSingle: rows.map(({ budget, result }) => [budget, perBudget(budget, result.single?.totalValue)] as const),
    budgetSet: rows.map(({ budget, result }) => [budget, perBudget(budget, result.portfolio?.totalValue)] as const),
    spentSingle: rows.map(({ budget, result }) => [budget, result.single === null ? undefined : result.single.valuePerCost * 1_000] as const),
    spentSet: rows.map(({ budget, result }) => [budget, result.portfolio === null ? undefined : result.portfolio.valuePerCost * 1_000] as const),
  };
  const defined = (points: readonly (readonly [number, number | undefined])[]): Point[] => points.flatMap(([x, y]) => (y === undefined || y <= 0 ? [] : [[x, y] as const]));
  const allValues = Object.values(series).flatMap((points) => defined(points).map(([, y]) => y));
  const x = logAxis(Math.min(...costs), total, "budget (USD)", dollars);
  const y = logAxis(Math.min(...allValues), Math.max(...allValues), "expected conversions per $1,000", (value) => String(value));
  const drawing = new Drawing(
    width,
    height,
    "Value per dollar of the best single creator and of the best set, as the budget grows",
    `compareStrategies on the ${candidates.length} creators of examples/roster.ndjson (cost: fair flat fee of one post; value: its expected conversions): expected conversions per 1,000 dollars of budget, and per 1,000 dollars actually spent, for the best single affordable creator and for the best set within the budget.`,
  );
  drawing.text(20, 26, `Best single creator vs best set, as the budget grows (${candidates.length} sample creators)`, 'class="title"');
  drawing.legend(
    20,
    50,
    [
      { label: "best set (selectInfluencers)", style: { color: COLORS.blue, width: 2 }, kind: "line" },
      { label: "best single creator", style: { color: COLORS.vermillion, width: 2, dash: "6 3" }, kind: "line" },
    ],
    230,
  );
  const left = drawing.frame({ left: 75, top: 90, width: 285, height: 270 }, x, y, "per $1,000 of budget");
  const right = drawing.frame({ left: 415, top: 90, width: 285, height: 270 }, x, { ...y, label: "" }, "per $1,000 actually spent");
  drawing.line(left, defined(series.budgetSet), { color: COLORS.blue, width: 2 });
  drawing.line(left, defined(series.budgetSingle), { color: COLORS.vermillion, width: 2, dash: "6 3" });
  drawing.line(right, defined(series.spentSet), { color: COLORS.blue, width: 2 });
  drawing.line(right, defined(series.spentSingle), { color: COLORS.vermillion, width: 2, dash: "6 3" });
  const last = rows[rows.length - 1]?.result;
  const ratio = last?.portfolioToSingle;
  drawing.text(
    20,
    height - 44,
    `At the largest budget (${dollars(total)}, every creator) the set delivers ${ratio === null || ratio === undefined ? "n/a" : ratio.toFixed(1)}× the conversions of the best single creator.`,
    'class="note"',
  );
  drawing.text(20, height - 30, "Left: one creator leaves much of a large budget unspent. Right: the set maximises total value, not value per dollar.", 'class="note"');
  drawing.text(20, height - 16, "Cost and value as in the CLI's select command (docs/cli.md). Method: docs/methodology/selection.md.", 'class="note"');
  return drawing.toString();
}

// ---------------------------------------------------------------------------

/** Every figure by file name, drawn from the current library. */
export function renderFigures(): ReadonlyMap<string, string> {
  return new Map([
    ["engagement-benchmarks.svg", benchmarkFigure()],
    ["engagement-score-by-tier.svg", scoreFigure()],
    ["flat-fee-by-followers.svg", feeFigure()],
    ["cost-per-conversion-by-ctr.svg", compensationFigure()],
    ["value-per-dollar-by-budget.svg", selectionFigure()],
  ]);
}

function main(): void {
  const directory = join(root, FIGURE_DIRECTORY);
  mkdirSync(directory, { recursive: true });
  for (const [name, svg] of renderFigures()) {
    writeFileSync(join(directory, name), svg);
    process.stdout.write(`wrote ${FIGURE_DIRECTORY}/${name} (${svg.length} bytes)\n`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
