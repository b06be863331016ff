import type { Writable } from "node:stream";

/** Bytes gathered before a write, so 100,000 small rows make a few hundred writes, not 100,000. */
const FLUSH_AT = 64 * 1024;

/**
 * The output could not be written (a full disk, a closed file): the run stops
 * and says so in one line, rather than with a stack trace.
 *
 * @internal
 */
export class OutputError extends Error {
  constructor(cause: NodeJS.ErrnoException) {
    super(`cannot write the output: ${cause.message}`, { cause });
    this.name = "OutputError";
  }
}

/**
 * Buffered text output that respects back-pressure: when the stream's buffer
 * is full it waits for `drain` before reading more input, so a slow consumer
 * (a pipe into `head` or a batch engine) never makes memory grow. When the
 * reader goes away (`EPIPE`) further writes are dropped and `isClosed` is set;
 * any other write error also sets it, and the next {@link TextOutput.flush}
 * throws it as an {@link OutputError}.
 *
 * @internal
 */
export class TextOutput {
  private pending = "";
  private closed = false;
  private failure: NodeJS.ErrnoException | undefined;

  /**
   * @param stream - Where the text goes (standard output).
   */
  constructor(private readonly stream: Writable) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      this.closed = true;
      if (error.code !== "EPIPE") this.failure ??= error;
    });
  }

  /** Whether the output can take no more text (its reader went away, or a write failed); stop producing output. */
  get isClosed(): boolean {
    return this.closed;
  }

  /** Queues text, writing once enough has gathered. */
  async write(text: string): Promise<void> {
    this.pending += text;
    if (this.pending.length >= FLUSH_AT) await this.flush();
  }

  /** Writes what is queued and waits for the stream to accept more. */
  async flush(): Promise<void> {
    if (this.failure !== undefined) throw new OutputError(this.failure);
    if (this.pending === "" || this.closed) {
      this.pending = "";
      return;
    }
    const text = this.pending;
    this.pending = "";
    if (!this.stream.write(text)) await waitForDrain(this.stream);
  }

  /**
   * Writes what is queued and waits until the stream has taken all of it, so
   * that a failed last write is reported too: throws an {@link OutputError}
   * if any write failed (other than the reader going away).
   */
  async finish(): Promise<void> {
    await this.flush();
    // The callback of an empty write runs once every earlier write has completed or failed.
    await new Promise<void>((resolve) => {
      this.stream.write("", () => {
        resolve();
      });
    });
    const failure: NodeJS.ErrnoException | undefined = this.failure ?? this.stream.errored ?? undefined;
    if (failure !== undefined && failure.code !== "EPIPE") throw new OutputError(failure);
  }
}

/**
 * Resolves when the stream can take more (`drain`), or will never (`close`,
 * `error`: the error itself is handled by the stream's own error listener).
 */
function waitForDrain(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off("drain", done);
      stream.off("close", done);
      stream.off("error", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("close", done);
    stream.on("error", done);
  });
}
