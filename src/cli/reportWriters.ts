import type { InfluencerReport } from "../report/scoreInfluencer.js";
import { csvLine, formatCompact, formatMoney, formatPercent, renderTable, type TableColumn } from "./formatText.js";
import type { OutputFormat } from "./parseCommandLine.js";
import type { TextOutput } from "./TextOutput.js";

/**
 * Expected conversions per 1,000 currency units of fair flat fee: the
 * value-for-money measure the table is ranked by and `select` maximises.
 * `null` without a fee or a conversion estimate.
 *
 * @internal
 */
export function conversionsPerThousand(report: InfluencerReport): number | null {
  const fee = report.flatFee.cost?.expected;
  const conversions = report.flatFee.outcomes.conversions?.expected;
  if (fee === undefined || conversions === undefined || fee <= 0) return null;
  return (conversions / fee) * 1_000;
}

/** Trust flags worth a column: warnings as their code, critical ones marked `(critical)`; `info` notes are left to the JSON. */
function flagText(report: InfluencerReport): string {
  return report.trust.flags
    .filter((flag) => flag.severity !== "info")
    .map((flag) => (flag.severity === "critical" ? `${flag.code} (critical)` : flag.code))
    .join(", ");
}

const BASIS_SHORT: Readonly<Record<InfluencerReport["engagement"]["basis"], string>> = {
  followers: "",
  reach: " reach",
  impressions: " impr.",
  views: " views",
};

const TABLE_COLUMNS: readonly TableColumn[] = [
  { heading: "#", align: "right" },
  { heading: "handle" },
  { heading: "platform" },
  { heading: "tier" },
  { heading: "followers", align: "right" },
  { heading: "engagement", align: "right" },
  { heading: "band" },
  { heading: "trust", align: "right" },
  { heading: "fair fee", align: "right" },
  { heading: "conv./1k", align: "right" },
  { heading: "deal" },
  { heading: "trust flags" },
];

/** Label of a report in tables: its handle, else its id, else its line. @internal */
export function labelOf(report: InfluencerReport, line: number): string {
  return report.handle ?? report.id ?? `line ${line}`;
}

/**
 * Ranks reports for the table: by expected conversions per 1,000 of fair fee,
 * highest first; reports without that figure go last, by trust score.
 *
 * @internal
 */
export function rankReports<T extends { readonly report: InfluencerReport }>(rows: readonly T[]): T[] {
  const keyed = rows.map((row) => ({ row, value: conversionsPerThousand(row.report), trust: row.report.trust.score ?? -1 }));
  keyed.sort((left, right) => {
    if (left.value !== null && right.value !== null) return right.value - left.value;
    if (left.value !== null) return -1;
    if (right.value !== null) return 1;
    return right.trust - left.trust;
  });
  return keyed.map((entry) => entry.row);
}

/** Whether the report's trust score rests on too little evidence for a band (a score, band `unknown`). @internal */
export function hasThinTrust(report: InfluencerReport): boolean {
  return report.trust.score !== null && report.trust.band === "unknown";
}

/** A trust score with a band reads "93.7"; one on too little evidence for a band "93.7?" (see {@link EVIDENCE_NOTE}). @internal */
export function trustCell(report: InfluencerReport): string {
  const score = report.trust.score;
  if (score === null) return "—";
  return hasThinTrust(report) ? `${score.toFixed(1)}?` : score.toFixed(1);
}

/** The table's note on a trust score marked "?", written only when a row has one. @internal */
export const EVIDENCE_NOTE =
  "trust marked ?: too little evidence for a band (signals carrying under half of the trust model's weight); the JSON output gives its range.\n";

/**
 * The ranked table `score` prints on a terminal: one line per report with
 * the engagement rate and band, trust score and flags, fair flat fee, value
 * for money and the recommended deal.
 *
 * @internal
 */
export function renderReportTable(rows: readonly { readonly line: number; readonly report: InfluencerReport }[]): string {
  const ranked = rankReports(rows);
  const lines = ranked.map(({ line, report }, index) => {
    const { engagement, flatFee, compensation } = report;
    const valueForMoney = conversionsPerThousand(report);
    return [
      String(index + 1),
      labelOf(report, line),
      report.platform,
      report.tier.tier,
      formatCompact(report.followers),
      engagement.rate === null ? "—" : `${formatPercent(engagement.rate)}${BASIS_SHORT[engagement.basis]}`,
      engagement.band,
      trustCell(report),
      formatMoney(flatFee.cost?.expected, flatFee.currency),
      valueForMoney === null ? "—" : valueForMoney.toFixed(1),
      compensation === null ? "—" : (compensation.recommendation.model ?? "—"),
      flagText(report),
    ];
  });
  return renderTable(TABLE_COLUMNS, lines);
}

/**
 * Columns of the CSV output: one row per report, rates as fractions, amounts
 * unrounded; `trust_range_lower` and `trust_range_upper` are the trust
 * score's `range` (the score with every signal without data at 0 and at
 * 100), empty when the score is.
 */
const CSV_COLUMNS = [
  "id",
  "handle",
  "platform",
  "followers",
  "tier",
  "tier_label",
  "engagement_rate",
  "engagement_basis",
  "engagement_score",
  "engagement_band",
  "trust_score",
  "trust_range_lower",
  "trust_range_upper",
  "trust_band",
  "trust_flags",
  "flat_fee",
  "flat_fee_low",
  "flat_fee_high",
  "currency",
  "expected_impressions",
  "expected_conversions",
  "recommended_deal",
  "warnings",
  "library_version",
] as const;

function csvRow(report: InfluencerReport): string {
  const { engagement, trust, flatFee, compensation } = report;
  return csvLine([
    report.id,
    report.handle,
    report.platform,
    report.followers,
    report.tier.tier,
    report.tier.label,
    engagement.rate,
    engagement.basis,
    engagement.score,
    engagement.band,
    trust.score,
    trust.range?.lower,
    trust.range?.upper,
    trust.band,
    trust.flags.map((flag) => `${flag.code}:${flag.severity}`).join(" "),
    flatFee.cost?.expected,
    flatFee.cost?.low,
    flatFee.cost?.high,
    flatFee.currency,
    flatFee.outcomes.impressions?.expected,
    flatFee.outcomes.conversions?.expected,
    compensation?.recommendation.model,
    report.warnings.map((warning) => warning.code).join(" "),
    report.libraryVersion,
  ]);
}

/** Writes reports as they come, in one of the output formats. @internal */
export interface ReportWriter {
  /** Writes one report (the table keeps it until `end`). */
  write(report: InfluencerReport, line: number): Promise<void>;
  /** Finishes the output (closing bracket, the table itself). */
  end(): Promise<void>;
}

/**
 * A writer for `format`: `ndjson` (one report per line), `json` (an array,
 * written element by element), `csv` (one row per report, header first) or
 * `table` (ranked, so it waits for the last report).
 *
 * @internal
 */
export function createReportWriter(format: OutputFormat, output: TextOutput, footer: (count: number) => string): ReportWriter {
  let count = 0;
  if (format === "ndjson") {
    return {
      write: async (report) => {
        count++;
        await output.write(`${JSON.stringify(report)}\n`);
      },
      end: () => output.finish(),
    };
  }
  if (format === "json") {
    return {
      write: async (report) => {
        await output.write(`${count === 0 ? "[\n" : ",\n"}${JSON.stringify(report)}`);
        count++;
      },
      end: async () => {
        await output.write(count === 0 ? "[]\n" : "\n]\n");
        await output.finish();
      },
    };
  }
  if (format === "csv") {
    return {
      write: async (report) => {
        await output.write(`${count === 0 ? csvLine(CSV_COLUMNS) : ""}${csvRow(report)}`);
        count++;
      },
      end: async () => {
        if (count === 0) await output.write(csvLine(CSV_COLUMNS));
        await output.finish();
      },
    };
  }
  const rows: { line: number; report: InfluencerReport }[] = [];
  return {
    write: (report, line) => {
      rows.push({ line, report });
      return Promise.resolve();
    },
    end: async () => {
      // No rows: no empty table, only the footer saying why.
      if (rows.length > 0) await output.write(renderReportTable(rows));
      await output.write(footer(rows.length));
      if (rows.some(({ report }) => hasThinTrust(report))) await output.write(EVIDENCE_NOTE);
      await output.finish();
    },
  };
}
