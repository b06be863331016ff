import { checkRows } from "../schemas/checkArguments.js";
import { InfluencerInputError } from "../schemas/InfluencerInputError.js";
import type { RowError } from "../schemas/parseProfile.js";
import { prepareReportScorer, type InfluencerReport, type ReportScorer, type ScoreInfluencerOptions } from "./scoreInfluencer.js";

/**
 * One scored row of a batch: the report and the row's zero-based position in the input.
 *
 * @example
 * const row: ScoredRow = { index: 0, report: scoreInfluencer({ platform: "x", followers: 900 }, { compensation: { costPerClick: 1, averageOrderValue: 40 } }) };
 * row.report.tier.tier;
 * // => "nano"
 * @category Report
 */
export interface ScoredRow {
  /** Zero-based position of the row in the input. */
  readonly index: number;
  /** The row's report. */
  readonly report: InfluencerReport;
}

/**
 * Result of {@link scoreInfluencers}: the good rows and one error per bad row,
 * each in input order, with positions. Together they cover every input row once.
 *
 * @category Report
 */
export interface ScoreInfluencersResult {
  /** Reports of the valid rows, in input order. */
  readonly reports: ScoredRow[];
  /** One entry per invalid row, in input order, with every problem found in it. */
  readonly errors: RowError[];
}

/** Scores one row, turning a validation error into a row error. @internal */
export function scoreRow(scorer: ReportScorer, input: unknown, index: number): ScoredRow | RowError {
  try {
    return { index, report: scorer.score(input) };
  } catch (error) {
    if (error instanceof InfluencerInputError) return { index, issues: error.issues };
    throw error;
  }
}

/**
 * Scores many influencers, as {@link scoreInfluencer} does one. A bad row
 * never aborts the batch: it becomes an entry in `errors` with its position
 * and issues, and every good row is still scored. The options are validated
 * once for the whole batch, each profile once. O(rows × the cost of one report).
 *
 * @param inputs - Any iterable of profiles (raw or from {@link parseProfile}).
 * @param options - Each model's options, shared by every row; see {@link ScoreInfluencerOptions}.
 * @returns `{ reports, errors }`, each in input order with zero-based `index`es.
 * @throws {@link InfluencerInputError} if `inputs` is not iterable or an option is invalid (bad rows never throw).
 * @example
 * const { reports, errors } = scoreInfluencers(
 *   [
 *     { handle: "@a", platform: "tiktok", followers: 12_000 },
 *     { handle: "@b", platform: "tiktok", followers: -1 },
 *     { handle: "@c", platform: "youtube", followers: 600_000 },
 *   ],
 *   { compensation: { costPerClick: 0.5, averageOrderValue: 40 } },
 * );
 * [reports.map((row) => [row.index, row.report.tier.tier]), errors.map((error) => [error.index, error.issues[0]?.message])];
 * // => [[[0, "micro"], [2, "macro"]], [[1, "followers: expected a non-negative integer, received -1"]]]
 * @category Report
 */
export function scoreInfluencers(
  inputs: Iterable<unknown>,
  options?: ScoreInfluencerOptions | undefined,
): ScoreInfluencersResult {
  checkRows(inputs);
  const scorer = prepareReportScorer(options);
  const reports: ScoredRow[] = [];
  const errors: RowError[] = [];
  let index = 0;
  for (const input of inputs) {
    const row = scoreRow(scorer, input, index++);
    if ("report" in row) reports.push(row);
    else errors.push(row);
  }
  return { reports, errors };
}

/**
 * The streaming form of {@link scoreInfluencers}: reads profiles from any
 * iterable or async iterable (a file reader, a message queue, a database
 * cursor) and yields each row's result as soon as it is scored, in input
 * order, so memory does not grow with the number of rows. A bad row is
 * yielded as `{ index, issues }` and the stream goes on. The options are
 * validated once, before the first row is read.
 *
 * @param inputs - Profiles, raw or from {@link parseProfile}, from an iterable or async iterable.
 * @param options - Each model's options, shared by every row; see {@link ScoreInfluencerOptions}.
 * @returns An async generator of `{ index, report }` for good rows and `{ index, issues }` for bad ones.
 * @throws {@link InfluencerInputError} (when iteration starts) if `inputs` is not iterable or an option is invalid.
 * Usage, inside an async function:
 * `for await (const row of scoreInfluencersStream(rows, options)) if ("report" in row) … else …`.
 *
 * @example
 * const rows = scoreInfluencersStream([{ platform: "instagram", followers: 4_000 }, { platform: "instagram" }]);
 * // for await (const row of rows) yields { index: 0, report } then { index: 1, issues: [{ path: ["followers"], … }] }
 * Symbol.asyncIterator in rows;
 * // => true
 * @category Report
 */
export async function* scoreInfluencersStream(
  inputs: AsyncIterable<unknown> | Iterable<unknown>,
  options?: ScoreInfluencerOptions | undefined,
): AsyncGenerator<ScoredRow | RowError, void, undefined> {
  checkRows(inputs, true);
  const scorer = prepareReportScorer(options);
  let index = 0;
  for await (const input of inputs) yield scoreRow(scorer, input, index++);
}
