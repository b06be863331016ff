import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startProgress } from "../../src/cli/progress.js";

/** A standard error that records what is written; a terminal when `isTTY`. */
function fakeStderr(isTTY: boolean): { stream: NodeJS.WritableStream; text: () => string } {
  const written: string[] = [];
  const stream = { isTTY, write: (chunk: string) => written.push(chunk) > 0 } as unknown as NodeJS.WritableStream;
  return { stream, text: () => written.join("") };
}

describe("startProgress", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "performance"] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("shows nothing on a pipe, and lines pass through as they are", () => {
    const stderr = fakeStderr(false);
    const progress = startProgress(stderr.stream, { scored: 5, failed: 0 });
    vi.advanceTimersByTime(5_000);
    progress.writeLine("line 2: followers: expected a non-negative integer, received -5");
    progress.stop();
    expect(stderr.text()).toBe("line 2: followers: expected a non-negative integer, received -5\n");
  });

  it("on a terminal, shows the count after a second and clears it before a problem line, so the two never share a line", () => {
    const stderr = fakeStderr(true);
    const counts = { scored: 0, failed: 0 };
    const progress = startProgress(stderr.stream, counts);
    progress.writeLine("line 1: early");
    vi.advanceTimersByTime(750);
    expect(stderr.text()).toBe("line 1: early\n");
    counts.scored = 1_847;
    vi.advanceTimersByTime(250); // 1 s: the first update
    progress.writeLine("line 2001: followers: expected a non-negative integer, received -5");
    progress.stop();
    expect(stderr.text()).toBe(
      "line 1: early\n" +
        "\r\u001b[Kscored 1,847 profiles (1,847/s)" +
        "\r\u001b[Kline 2001: followers: expected a non-negative integer, received -5\n" +
        "\r\u001b[K",
    );
  });
});
