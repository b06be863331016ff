import type { WriteStream } from "node:tty";

/** Nothing is shown for jobs shorter than this. */
const SHOW_AFTER_MS = 1_000;
/** Time between two updates of the line. */
const UPDATE_EVERY_MS = 250;

/** Counts shown on the progress line. @internal */
export interface ProgressCounts {
  /** Rows scored. */
  scored: number;
  /** Rows that failed. */
  failed: number;
}

/**
 * A one-line progress counter on standard error, shown only when standard
 * error is a terminal and the job has run for more than a second, so pipes,
 * logs and quick runs stay clean. Returns the function that stops it and
 * clears the line.
 *
 * @internal
 */
export function startProgress(stderr: NodeJS.WritableStream, counts: Readonly<ProgressCounts>): () => void {
  const terminal = stderr as Partial<WriteStream>;
  if (terminal.isTTY !== true) return () => undefined;
  const startedAt = performance.now();
  let shown = false;
  const timer = setInterval(() => {
    const elapsed = performance.now() - startedAt;
    if (elapsed < SHOW_AFTER_MS) return;
    shown = true;
    const rate = Math.round((counts.scored + counts.failed) / (elapsed / 1_000));
    const failed = counts.failed > 0 ? `, ${counts.failed.toLocaleString("en-US")} failed` : "";
    stderr.write(`\r\u001b[Kscored ${counts.scored.toLocaleString("en-US")} profiles${failed} (${rate.toLocaleString("en-US")}/s)`);
  }, UPDATE_EVERY_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    if (shown) stderr.write("\r\u001b[K");
  };
}
