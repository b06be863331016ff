import { InfluencerInputError, type InputIssue } from "../schemas/InfluencerInputError.js";
import type { InfluencerReport, ReportScorer } from "../report/scoreInfluencer.js";
import type { InputRow } from "./inputRow.js";
import type { ProgressCounts } from "./progress.js";

/** What {@link scoreRows} reports for each row. @internal */
export interface RowHandlers {
  /** A row that scored. Awaited, so a slow writer slows the reader (back-pressure). */
  readonly onReport: (report: InfluencerReport, line: number) => Promise<void>;
  /** One line per problem: `line N: <path>: <problem>`. */
  readonly onProblem: (message: string) => void;
  /** Checked after each row: stop reading when it returns true (the reader of the output went away). */
  readonly shouldStop: () => boolean;
}

/**
 * The line an issue points at: a post's own CSV row when the posts came from
 * separate rows, else the line the record starts on.
 */
function lineOf(issue: InputIssue, row: { readonly line: number; readonly postLines?: readonly number[] | undefined }): number {
  const [field, index] = issue.path;
  if (field === "posts" && typeof index === "number") return row.postLines?.[index] ?? row.line;
  return row.line;
}

/**
 * Scores rows one at a time as they are read, so memory stays flat: each row
 * is validated once (by the scorer, which carries `--now`), scored, and handed to `onReport`; a bad row becomes one `line N: …`
 * message per issue and the loop goes on. Updates `counts` for the progress line.
 *
 * @internal
 */
export async function scoreRows(
  rows: AsyncIterable<InputRow>,
  scorer: ReportScorer,
  counts: ProgressCounts,
  handlers: RowHandlers,
): Promise<void> {
  for await (const row of rows) {
    if ("problems" in row) {
      counts.failed++;
      for (const problem of row.problems) handlers.onProblem(`line ${row.line}: ${problem}`);
      continue;
    }
    let report: InfluencerReport;
    try {
      report = scorer.score(row.value);
    } catch (error) {
      if (!(error instanceof InfluencerInputError)) throw error;
      counts.failed++;
      for (const issue of error.issues) handlers.onProblem(`line ${lineOf(issue, row)}: ${issue.message}`);
      continue;
    }
    counts.scored++;
    await handlers.onReport(report, row.line);
    if (handlers.shouldStop()) return;
  }
}
