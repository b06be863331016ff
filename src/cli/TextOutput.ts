import type { Writable } from "node:stream";

/** Bytes gathered before a write, so 100,000 small rows make a few hundred writes, not 100,000. */
const FLUSH_AT = 64 * 1024;

/**
 * Buffered text output that respects back-pressure: when the stream's buffer
 * is full it waits for `drain` before reading more input, so a slow consumer
 * (a pipe into `head` or a batch engine) never makes memory grow. When the
 * reader goes away (`EPIPE`) further writes are dropped and `isClosed` is set.
 *
 * @internal
 */
export class TextOutput {
  private pending = "";
  private closed = false;

  /**
   * @param stream - Where the text goes (standard output).
   */
  constructor(private readonly stream: Writable) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      this.closed = true;
    });
  }

  /** Whether the reader has gone away; stop producing output. */
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
    if (this.pending === "" || this.closed) {
      this.pending = "";
      return;
    }
    const text = this.pending;
    this.pending = "";
    if (!this.stream.write(text)) await waitForDrain(this.stream);
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
