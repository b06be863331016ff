import type { Readable, Writable } from "node:stream";
import { InfluencerInputError } from "../schemas/InfluencerInputError.js";
import { prepareReportScorer, type InfluencerReport, type ReportScorer } from "../report/scoreInfluencer.js";
import packageJson from "../../package.json" with { type: "json" };
import { escapeMessage } from "./formatText.js";
import { helpText } from "./help.js";
import { flagMessage, toReportOptions } from "./modelOptions.js";
import { openInput } from "./openInput.js";
import { parseCommandLine, type CommandLine } from "./parseCommandLine.js";
import { startProgress, type ProgressCounts } from "./progress.js";
import { createReportWriter } from "./reportWriters.js";
import { scoreRows } from "./scoreRows.js";
import { checkSelectOptions, runSelect } from "./select.js";
import { OutputError, TextOutput } from "./TextOutput.js";
import { UsageError } from "./UsageError.js";

/** Exit codes: success, some rows failed (or the run failed), usage error. @internal */
export const EXIT = { ok: 0, rowsFailed: 1, usage: 2 } as const;

/** The process streams the tool uses; tests may pass others. @internal */
export interface CliStreams {
  readonly stdin: Readable;
  readonly stdout: Writable & { readonly isTTY?: boolean | undefined };
  readonly stderr: Writable & { readonly isTTY?: boolean | undefined };
}

/** Validates the model options once, reporting a bad value as a usage error on its flag, quoted as typed. */
function prepareScorer(options: Parameters<typeof prepareReportScorer>[0], commandLine: CommandLine): ReportScorer {
  try {
    return prepareReportScorer(options);
  } catch (error) {
    if (!(error instanceof InfluencerInputError)) throw error;
    throw new UsageError(error.issues.map((issue) => flagMessage(issue, commandLine.typed)).join("\n"), commandLine.command);
  }
}

/** Reads, scores and hands each good report to `onReport`; returns how many rows failed. */
async function scoreInput(
  commandLine: CommandLine,
  streams: CliStreams,
  onReport: (report: InfluencerReport, line: number) => Promise<void>,
  shouldStop: () => boolean,
): Promise<ProgressCounts> {
  const options = await toReportOptions(commandLine.model, commandLine.command);
  const scorer = prepareScorer(options, commandLine);
  const input = await openInput(commandLine.file, commandLine.inputFormat, streams.stdin, commandLine.command);
  const counts: ProgressCounts = { scored: 0, failed: 0 };
  const progress = startProgress(streams.stderr, counts);
  // Each problem stays one line, with what the input held escaped (escapeMessage).
  const onProblem = (problem: string): void => {
    progress.writeLine(escapeMessage(problem));
  };
  try {
    await scoreRows(input.rows, scorer, counts, { onReport, onProblem, shouldStop });
  } finally {
    progress.stop();
  }
  return counts;
}

/**
 * `text` for standard error: each of its lines after the tool's name, escaped
 * ({@link escapeMessage}) since it may quote an argument or a file's content.
 */
function errorLines(text: string): string {
  return text
    .split("\n")
    .map((line) => `influencer-scoring: ${escapeMessage(line)}\n`)
    .join("");
}

function exitCode(counts: ProgressCounts, allowErrors: boolean): number {
  return counts.failed > 0 && !allowErrors ? EXIT.rowsFailed : EXIT.ok;
}

async function runScore(commandLine: CommandLine, streams: CliStreams): Promise<number> {
  const output = new TextOutput(streams.stdout);
  const format = commandLine.format ?? (streams.stdout.isTTY === true ? "table" : "ndjson");
  let failed = 0;
  const footer = (count: number): string => {
    if (count === 0) {
      return failed > 0
        ? `Nothing to rank: no profile was scored; ${failed} row${failed === 1 ? "" : "s"} failed validation (see standard error).\n`
        : "Nothing to rank: the input has no profiles.\n";
    }
    const notes = [
      `\n${count} profile${count === 1 ? "" : "s"} scored${failed > 0 ? `, ${failed} failed (see standard error)` : ""}. Ranked by expected conversions per 1,000 of fair flat fee (conv./1k).`,
      "engagement: typical rate per post (of followers unless noted) and its band among peers; trust: 0–100 with warning flags;",
      "fair fee: median fair flat fee for one post.",
    ];
    if (commandLine.model.costPerClick === undefined) notes.push("deal: pass --cost-per-click and --order-value to compare flat-fee, pay-per-click and referral deals.");
    else {
      // The default (1) always recommends the flat fee; say which risk aversion the column is for.
      const given = commandLine.model.riskAversion;
      notes.push(
        `deal: the payment model with the lowest expected cost per conversion that the creator accepts; at ${given === undefined ? "the default risk aversion (1)" : `risk aversion ${given}`}`,
        given === undefined || given >= 1
          ? "this is always flat-fee: a risk-averse creator accepts a performance deal only if it costs the brand at least as much (docs/methodology/compensation.md)."
          : "a performance deal wins when the creator accepts it and it costs the brand less per conversion (docs/methodology/compensation.md).",
      );
    }
    return `${notes.join("\n")}\n`;
  };
  const writer = createReportWriter(format, output, footer);
  const counts = await scoreInput(commandLine, streams, (report, line) => writer.write(report, line), () => output.isClosed);
  failed = counts.failed;
  await writer.end();
  return exitCode(counts, commandLine.allowErrors);
}

/**
 * Runs the tool with the arguments after the program name and returns the
 * exit code: 0 on success, 1 when some rows failed validation (0 with
 * `--allow-errors`), 2 on a usage error.
 *
 * @internal
 */
export async function run(argv: readonly string[], streams: CliStreams): Promise<number> {
  try {
    const request = parseCommandLine(argv);
    if (request.kind === "help") {
      streams.stdout.write(helpText(request.command));
      return EXIT.ok;
    }
    if (request.kind === "version") {
      streams.stdout.write(`${packageJson.version}\n`);
      return EXIT.ok;
    }
    const { commandLine } = request;
    if (commandLine.command === "score") return await runScore(commandLine, streams);
    checkSelectOptions(commandLine);
    const output = new TextOutput(streams.stdout);
    const reports: { line: number; report: InfluencerReport }[] = [];
    const counts = await scoreInput(
      commandLine,
      streams,
      (report, line) => {
        reports.push({ line, report });
        return Promise.resolve();
      },
      () => false,
    );
    await runSelect(commandLine, reports, counts, output, streams.stdout.isTTY === true);
    return exitCode(counts, commandLine.allowErrors);
  } catch (error) {
    if (error instanceof UsageError) {
      const help = error.command === undefined ? "influencer-scoring --help" : `influencer-scoring ${error.command} --help`;
      streams.stderr.write(`${errorLines(error.message)}Run '${help}' for usage.\n`);
      return EXIT.usage;
    }
    if (error instanceof OutputError) {
      streams.stderr.write(errorLines(error.message));
      return EXIT.rowsFailed;
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    // A stack trace keeps its lines; only the first carries the tool's name.
    streams.stderr.write(`influencer-scoring: unexpected error: ${message.split("\n").map(escapeMessage).join("\n")}\n`);
    return EXIT.rowsFailed;
  }
}
