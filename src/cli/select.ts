import type { InfluencerReport } from "../report/scoreInfluencer.js";
import { InfluencerInputError } from "../schemas/InfluencerInputError.js";
import { compareStrategies, type CompareStrategiesResult, type StrategyOutcome } from "../selection/compareStrategies.js";
import { trustVerdict } from "../selection/trustVerdict.js";
import { buildCandidates as buildSelectionCandidates, thinTrustRange, uniqueLabels, type SelectionCostBasis, type SelectionValueBasis } from "../selection/profileCandidates.js";
import { selectInfluencers, type SelectionCandidate, type SelectionResult } from "../selection/selectInfluencers.js";
import { groupedCountOf } from "../text/countOf.js";
import { showSignificant } from "../text/showDecimals.js";
import { tellApart } from "../text/tellApart.js";
import { escapeControls, formatCount, formatMoney, formatMoneyApart, formatMoneyGiven, formatPercent, renderTable, type TableColumn } from "./formatText.js";
import { receivedAsTyped } from "./modelOptions.js";
import type { CommandLine, Objective } from "./parseCommandLine.js";
import type { ProgressCounts } from "./progress.js";
import { EVIDENCE_NOTE, hasThinTrust, trustCell } from "./reportWriters.js";
import type { TextOutput } from "./TextOutput.js";
import { UsageError } from "./UsageError.js";

/** What a candidate's `value` measures. @internal */
export type ValueMeasure = "conversions" | "trusted-reach";

/** A scored report turned into a selection candidate. @internal */
export interface CandidateRow {
  readonly line: number;
  readonly report: InfluencerReport;
  readonly candidate: SelectionCandidate;
}

/** A report left out of the selection, with why: its id as the library names it, its handle when it has one. @internal */
export interface SkippedRow {
  readonly id: string;
  readonly handle?: string | undefined;
  readonly line: number;
  readonly reason: string;
}

/** Candidates built from the reports, and the reports left out with why. @internal */
export interface Candidates {
  readonly rows: CandidateRow[];
  readonly skipped: SkippedRow[];
  readonly valueMeasure: ValueMeasure;
  /** What cost and value measure, in the library's provenance terms. */
  readonly bases: { readonly cost: SelectionCostBasis; readonly value: SelectionValueBasis };
  readonly audienceSize: number;
  /** The name text output shows for each id ({@link displayNames}): the handle, or the id itself. */
  readonly names: ReadonlyMap<string, string>;
}

/**
 * Each report's id, by the rule of the profile form of `selectInfluencers`
 * (src/selection/fromProfiles.ts): the profile's `id`, else its `handle`,
 * else `line N` (where the library, given a list, writes `[index]`); a
 * repeated one gets `#2`, `#3`, … in input order. The library also counts a
 * profile that failed validation in that numbering when its id or handle can
 * be read; the tool hands `select` the scored reports only, so here only they
 * are counted.
 */
function idsOf(reports: readonly { readonly line: number; readonly report: InfluencerReport }[]): string[] {
  return uniqueLabels(reports.map(({ line, report }) => report.id ?? report.handle ?? `line ${line}`));
}

/**
 * The name text output shows for each report: its handle, which people read
 * more easily than an id, when no other report has that handle or that id
 * (so a name never stands for two creators, nor for another creator's id);
 * otherwise its id, as the JSON output writes it. O(n).
 */
function displayNames(reports: readonly { readonly report: InfluencerReport }[], ids: readonly string[]): Map<string, string> {
  const handleCount = new Map<string, number>();
  for (const { report } of reports) if (report.handle !== undefined) handleCount.set(report.handle, (handleCount.get(report.handle) ?? 0) + 1);
  const idAt = new Map(ids.map((id, position) => [id, position]));
  const names = new Map<string, string>();
  reports.forEach(({ report }, position) => {
    const id = ids[position] ?? "";
    const handle = report.handle;
    const isOwn = handle !== undefined && handleCount.get(handle) === 1 && (idAt.get(handle) ?? position) === position;
    names.set(id, isOwn ? handle : id);
  });
  return names;
}

/**
 * Builds selection candidates from reports with the library's defaults (the
 * same code as the profile form of `selectInfluencers`; documented in
 * docs/cli.md and docs/methodology/selection.md): cost = expected fair flat
 * fee, value = expected conversions (else trusted reach), reach = expected
 * impressions ÷ `--audience-size`. Ids follow the library's rule ({@link idsOf}).
 *
 * @internal
 */
export function buildCandidates(reports: readonly { readonly line: number; readonly report: InfluencerReport }[], audienceSize?: number | undefined): Candidates {
  const ids = idsOf(reports);
  const built = buildSelectionCandidates(
    reports.map(({ report }, position) => ({
      // Already unique: buildSelectionCandidates leaves it as it is.
      label: ids[position] ?? "",
      platform: report.platform,
      tier: report.tier.tier,
      trust: report.trust.score,
      trustRange: thinTrustRange(report.trust),
      flatFee: report.flatFee,
    })),
    false,
    false,
    audienceSize,
  );
  const rows: CandidateRow[] = [];
  built.candidates.forEach((candidate, index) => {
    const entry = reports[built.positions[index] ?? -1];
    if (entry !== undefined) rows.push({ line: entry.line, report: entry.report, candidate });
  });
  const skipped = built.skipped.map(({ position, id, reason }): SkippedRow => {
    const handle = reports[position]?.report.handle;
    return { id, ...(handle === undefined ? {} : { handle }), line: reports[position]?.line ?? 0, reason };
  });
  return {
    rows,
    skipped,
    valueMeasure: built.valueBasis === "expected-conversions" ? "conversions" : "trusted-reach",
    bases: { cost: built.costBasis, value: built.valueBasis },
    audienceSize: built.audienceSize,
    names: displayNames(reports, ids),
  };
}

/** The name text output shows for the candidate or left-out report with this id. */
function nameOf(candidates: Candidates, id: string): string {
  return candidates.names.get(id) ?? id;
}

const FLAG_OF_OPTION: Readonly<Record<string, string>> = { budget: "--budget", maxCount: "--max-count", minTrust: "--min-trust" };

/** Runs the selection and the comparison, reporting a bad option as a usage error on its flag, quoted as typed. */
function choose(commandLine: CommandLine, candidates: readonly SelectionCandidate[], currency: string): { selection: SelectionResult; comparison: CompareStrategiesResult } {
  const budget = commandLine.budget ?? 0;
  const options = {
    objective: commandLine.objective ?? "value",
    ...(commandLine.maxCount === undefined ? {} : { maxCount: commandLine.maxCount }),
    ...(commandLine.minTrust === undefined ? {} : { minTrust: commandLine.minTrust }),
    currency,
  };
  try {
    return { selection: selectInfluencers(candidates, { ...options, budget }), comparison: compareStrategies(candidates, budget, options) };
  } catch (error) {
    if (!(error instanceof InfluencerInputError)) throw error;
    const messages = error.issues.map((issue) => {
      const flag = FLAG_OF_OPTION[String(issue.path[0])];
      return flag === undefined ? issue.message : `${flag}: ${receivedAsTyped(issue.message.slice(issue.message.indexOf(": ") + 2), commandLine.typed.get(flag))}`;
    });
    throw new UsageError(messages.join("\n"), "select");
  }
}

function valueText(value: number, measure: ValueMeasure): string {
  return measure === "conversions" ? formatCount(value, 1) : formatCount(value);
}

/** One side of the comparison table; `cost` is its total cost as written ({@link comparisonCosts}). */
function outcomeLine(label: string, outcome: StrategyOutcome | null, names: string, cost: string, measure: ValueMeasure, objective: "value" | "reach"): string[] {
  if (outcome === null) return [label, "—", "—", "—", "—", "—"];
  const perThousand = outcome.valuePerCost * 1_000;
  return [
    label,
    names,
    cost,
    objective === "reach" ? formatPercent(outcome.totalReach, 1) : valueText(outcome.totalValue, measure),
    objective === "reach" ? formatPercent((outcome.reachPerCost ?? 0) * 1_000, 2) : formatCount(perThousand, 1),
    shareOfAll(outcome.concentration),
  ];
}

/**
 * The total costs of the comparison's two sides, written so that two that
 * differ read apart, from each other and from the budget: whole units, or
 * cents and more when those read alike (a single creator at 4,959.73 and a
 * set at 4,960.38 read "$4,960" both; a set at 19,999.60 under a budget of
 * 20,000 would read as the budget). A side that spends the whole budget reads
 * as the budget is written, as in the total line: a set costing a budget of
 * 4,966.26 reads "$4,966.26" there and here. `"—"` for a side without an outcome.
 */
function comparisonCosts(comparison: CompareStrategiesResult, budget: number, currency: string): [string, string] {
  const outcomes = [comparison.single, comparison.portfolio];
  const costs = outcomes.flatMap((outcome) => (outcome === null ? [] : [outcome.totalCost]));
  const written = formatMoneyApart([...costs, budget], currency, [budget]);
  let next = 0;
  const [single = "—", set = "—"] = outcomes.map((outcome) => (outcome === null ? "—" : (written[next++] ?? "—")));
  return [single, set];
}

/**
 * The share carried by the largest member, as a whole percentage, or with the digits it takes to read
 * differently from 100% when it is below (99.66% read "100%").
 */
function shareOfAll(concentration: number): string {
  return tellApart(concentration, 1, (value) => formatPercent(value, 0), (value, digits) => `${showSignificant(value * 100, digits)}%`, 3)[0];
}

function renderSelection(candidates: Candidates, selection: SelectionResult, comparison: CompareStrategiesResult, commandLine: CommandLine, currency: string): string {
  const objective = commandLine.objective ?? "value";
  const measure = candidates.valueMeasure;
  const measureName = measure === "conversions" ? "expected conversions" : "trusted reach";
  const budgetAmount = commandLine.budget ?? 0;
  // The caller's budget, written exactly (R15): "$4,966.26", never "$4,966".
  const budget = formatMoneyGiven(budgetAmount, currency);
  const chosen = new Set(selection.selected);
  // Ranked by what the objective maximises: value, or reach.
  const rank = (row: (typeof candidates.rows)[number]): number => (objective === "reach" ? (row.candidate.reach ?? 0) : row.candidate.value);
  const rows = candidates.rows.filter((row) => chosen.has(row.candidate.id)).sort((left, right) => rank(right) - rank(left));
  const columns: TableColumn[] = [
    { heading: "#", align: "right" },
    { heading: "handle" },
    { heading: "platform" },
    { heading: "tier" },
    { heading: "trust", align: "right" },
    { heading: "fair fee", align: "right" },
    { heading: measure === "conversions" ? "conversions" : "trusted reach", align: "right" },
    { heading: "reach", align: "right" },
  ];
  const table = renderTable(
    columns,
    rows.map(({ candidate, report }, index) => [
      String(index + 1),
      nameOf(candidates, candidate.id),
      candidate.platform ?? "",
      candidate.tier ?? "",
      trustCell(report),
      formatMoney(candidate.cost, currency),
      valueText(candidate.value, measure),
      formatPercent(candidate.reach, 1),
    ]),
  );
  const guarantee = selection.optimal ? "proven optimal" : `within ${formatPercent(selection.gap, 1)} of the optimum`;
  // The total against the budget, with cents when whole units would read alike ("$19,999.60 of $20,000.00"),
  // and the budget never rounded: a budget of 65.33 spent to the cent reads "$65.33 of $65.33".
  const [spent = "", ofBudget = ""] = formatMoneyApart([selection.totalCost, budgetAmount], currency, [budgetAmount]);
  const lines: string[] = [
    `Best selection for a budget of ${budget} (objective: ${objective === "value" ? measureName : "combined reach"}${commandLine.maxCount === undefined ? "" : `, at most ${groupedCountOf(commandLine.maxCount, "creator")}`}${commandLine.minTrust === undefined ? "" : `, trust at least ${commandLine.minTrust}`})`,
    "",
    // Nothing selected: the "Nothing fits" line says why, without an empty table above it.
    ...(selection.selected.length === 0 ? [] : [table.trimEnd(), ...(rows.some(({ report }) => hasThinTrust(report)) ? [EVIDENCE_NOTE.trimEnd()] : []), ""]),
    selection.selected.length === 0
      ? `Nothing fits: ${escapeControls(selection.reasons.join("; "))}.`
      : `Total: ${groupedCountOf(selection.selected.length, "creator")}, ${spent} of ${ofBudget}, ${valueText(selection.totalValue, measure)} ${measureName}${selection.totalReach === null ? "" : `, combined reach ${formatPercent(selection.totalReach, 1)}`} (${guarantee}, ${selection.method}).`,
    "",
  ];
  const single = comparison.single;
  const portfolio = comparison.portfolio;
  if (single === null && portfolio === null) {
    // No creator fits: a comparison of two empty choices would be a table of dashes; say what would fit instead,
    // to the cent (a whole-dollar amount could read as the budget itself).
    const cheapest = cheapestEligible(candidates, commandLine.minTrust, objective);
    if (cheapest !== undefined) {
      lines.push(`The cheapest selectable creator, ${escapeControls(nameOf(candidates, cheapest.id))}, costs ${cheapest.cost.toFixed(2)} ${currency}.`);
    }
    return footer(lines, candidates, commandLine, measure);
  }
  lines.push(`One big creator or many small ones? (budget ${budget})`, "");
  const singleId = single?.selected[0];
  const singleName = singleId === undefined ? "—" : nameOf(candidates, singleId);
  const setName = portfolio === null ? "—" : groupedCountOf(portfolio.selected.length, "creator");
  const compareColumns: TableColumn[] = [
    { heading: "" },
    { heading: "creators" },
    { heading: "cost", align: "right" },
    { heading: objective === "reach" ? "combined reach" : measure === "conversions" ? "conversions" : "trusted reach", align: "right" },
    { heading: objective === "reach" ? "reach per 1k" : "per 1k spent", align: "right" },
    { heading: "largest share", align: "right" },
  ];
  const [singleCost, setCost] = comparisonCosts(comparison, budgetAmount, currency);
  lines.push(
    renderTable(compareColumns, [
      outcomeLine("best single creator", single, singleName, singleCost, measure, objective),
      outcomeLine("best set", portfolio, setName, setCost, measure, objective),
    ]).trimEnd(),
    "",
  );
  if (comparison.portfolioToSingle !== null && single !== null) {
    const times = comparison.portfolioToSingle;
    // With the digits it takes to read differently from 1 and 100%: at 2 decimals a set worth 1.0034 times the single
    // creator read "1.00×" and one worth 1.0003 times "as good as any set" (and a largest member carrying 99.66%, "100%").
    const [ratio] = tellApart(times, 1, (value) => value.toFixed(2), showSignificant, 3);
    lines.push(
      times > 1
        ? `The set delivers ${ratio}× the ${objective === "reach" ? "reach" : measureName} of the best single creator, and its largest member carries ${shareOfAll(portfolio?.concentration ?? 1)} of it instead of 100%.`
        : comparison.isPortfolioOptimal
          ? "The best single creator is as good as any set for this budget."
          : "The best single creator is as good as the best set found; a set may do better, as the search did not prove otherwise.",
    );
  } else {
    lines.push(escapeControls(comparison.summary));
  }
  return footer(lines, candidates, commandLine, measure);
}

/** The lines with the creators left out and what cost, value and reach mean, as the text's last lines. */
function footer(lines: string[], candidates: Candidates, commandLine: CommandLine, measure: ValueMeasure): string {
  if (candidates.skipped.length > 0) lines.push(`Left out (no fair fee): ${leftOut(candidates)}.`);
  lines.push(
    `Cost = fair flat fee for one post; value = ${measure === "conversions" ? "expected conversions of that post" : "expected impressions × trust score ÷ 100"}; reach = expected impressions ÷ ${formatCount(candidates.audienceSize)} (${commandLine.audienceSize === undefined ? "the roster's total expected impressions; set --audience-size" : "--audience-size"}).`,
  );
  return `${lines.join("\n")}\n`;
}

/**
 * The cheapest candidate the selection could take with a larger budget:
 * meeting `minTrust` when it is given (as the selection judges it, range
 * included), and adding something to the objective
 * (a value, or a reach, above 0; the selection leaves the others out);
 * `undefined` if none.
 */
function cheapestEligible(candidates: Candidates, minTrust: number | undefined, objective: Objective): SelectionCandidate | undefined {
  let cheapest: SelectionCandidate | undefined;
  for (const { candidate } of candidates.rows) {
    if (minTrust !== undefined && trustVerdict(candidate, minTrust) !== "meets") continue;
    if (!((objective === "reach" ? (candidate.reach ?? 0) : candidate.value) > 0)) continue;
    if (cheapest === undefined || candidate.cost < cheapest.cost) cheapest = candidate;
  }
  return cheapest;
}

/** The names of the creators left out, escaped for a line of text. */
function leftOut(candidates: Candidates): string {
  return escapeControls(candidates.skipped.map((row) => nameOf(candidates, row.id)).join(", "));
}

/** Instead of empty tables and a reach "÷ 0": why there is no candidate. */
function nothingToSelect(candidates: Candidates, reportCount: number, failedCount: number): string {
  if (reportCount > 0) {
    return `Nothing to select from: no profile has a fair fee to use as its cost (left out: ${leftOut(candidates)}).\n`;
  }
  // The rows that failed are counted on the next line.
  return failedCount > 0 ? "Nothing to select from: no profile was scored.\n" : "Nothing to select from: the input has no profiles.\n";
}

/**
 * Checks the `select` flags (`--budget`, `--max-count`, `--min-trust`, the
 * currency) before any row is read, with the library's own checks on an empty
 * roster, so a bad value is a usage error at once rather than after a long
 * input has been scored. `--audience-size` is checked as it is read.
 *
 * @internal
 */
export function checkSelectOptions(commandLine: CommandLine): void {
  // --audience-size is checked as it is read (parseCommandLine), so its message quotes the value as typed.
  // The currency is checked, with its flag's own message, when the model options are (before any row is read too).
  choose(commandLine, [], "USD");
}

/**
 * The `select` command after scoring: builds candidates, picks the best set
 * for the budget and compares it with the best single creator; prints a
 * table on a terminal (or with `--format table`), JSON otherwise.
 *
 * @internal
 */
export async function runSelect(
  commandLine: CommandLine,
  reports: readonly { readonly line: number; readonly report: InfluencerReport }[],
  counts: ProgressCounts,
  output: TextOutput,
  isTerminal: boolean,
): Promise<void> {
  const currency = reports[0]?.report.flatFee.currency ?? commandLine.model.currency ?? "USD";
  const candidates = buildCandidates(reports, commandLine.audienceSize);
  const { selection, comparison } = choose(
    commandLine,
    candidates.rows.map((row) => row.candidate),
    currency,
  );
  const format = commandLine.format ?? (isTerminal ? "table" : "json");
  if (format === "table") {
    await output.write(candidates.rows.length === 0 ? nothingToSelect(candidates, reports.length, counts.failed) : renderSelection(candidates, selection, comparison, commandLine, currency));
    if (counts.failed > 0) {
      const rows = counts.failed === 1 ? "1 row failed validation and was" : `${counts.failed} rows failed validation and were`;
      await output.write(`${rows} left out (see standard error).\n`);
    }
  } else {
    const json = {
      budget: commandLine.budget,
      currency,
      objective: commandLine.objective ?? "value",
      valueMeasure: candidates.valueMeasure,
      audienceSize: candidates.audienceSize,
      // The id as the library names it, then the handle (when there is one) so that nothing is lost.
      candidates: candidates.rows.map(({ candidate: { id, ...rest }, report, line }) => ({ id, ...(report.handle === undefined ? {} : { handle: report.handle }), ...rest, line })),
      skipped: candidates.skipped,
      // The candidates were built here with the library's defaults: say so, not "given".
      selection: { ...selection, provenance: { ...selection.provenance, ...candidates.bases } },
      comparison: { ...comparison, provenance: { ...comparison.provenance, ...candidates.bases } },
    };
    await output.write(`${JSON.stringify(json, null, 2)}\n`);
  }
  await output.finish();
}
