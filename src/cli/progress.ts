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

/** A running progress line: {@link startProgress}. @internal */
export interface Progress {
  /** Writes one line of text to standard error, below the progress line rather than glued to its end. */
  readonly writeLine: (text: string) => void;
  /** Stops the counter and clears its line. */
  readonly stop: () => void;
}

/**
 * A one-line progress counter on standard error, shown only when standard
 * error is a terminal and the job has run for more than a second, so pipes,
 * logs and quick runs stay clean. Other lines written to standard error while
 * it runs must go through its `writeLine`, which clears the progress line
 * first (the next update draws it again, below them).
 *
 * @internal
 */
export function startProgress(stderr: NodeJS.WritableStream, counts: Readonly<ProgressCounts>): Progress {
  const terminal = stderr as Partial<WriteStream>;
  if (terminal.isTTY !== true) return { writeLine: (text) => void stderr.write(`${text}\n`), stop: () => undefined };
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
  return {
    writeLine: (text) => void stderr.write(shown ? `\r\u001b[K${text}\n` : `${text}\n`),
    stop: () => {
      clearInterval(timer);
      if (shown) stderr.write("\r\u001b[K");
    },
  };
}
