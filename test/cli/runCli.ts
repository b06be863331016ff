// Spawns the built command-line tool (dist/cli.js) the way a user runs it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cliPath, root } from "./buildCli.js";

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node dist/cli.js …args` from the repository root, with `input` on standard input. */
export function runCli(args: readonly string[], input = ""): CliResult {
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd: root, input, encoding: "utf8", timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The sample roster in each layout, relative to the repository root. */
export const ROSTER = {
  ndjson: "examples/roster.ndjson",
  csvPosts: "examples/roster.csv",
  csvProfiles: "examples/roster-profiles.csv",
} as const;

/** Deal terms for tests that compare deals (an example brand's, not defaults). */
export const TERMS = ["--cost-per-click", "0.5", "--order-value", "40"] as const;

const directory = mkdtempSync(join(tmpdir(), "influencer-scoring-cli-"));

/** Writes a temporary input file and returns its path. */
export function tempFile(name: string, text: string): string {
  const path = join(directory, name);
  writeFileSync(path, text);
  return path;
}

/** The lines of an output, without the final empty one. */
export function linesOf(text: string): string[] {
  return text.split("\n").filter((line) => line !== "");
}

/**
 * Handles whose width on a terminal differs from their length in UTF-16 units, with that width
 * counted by hand: a wide character or emoji takes 2 columns, a combining mark 0.
 */
export const WIDE_HANDLES: readonly { readonly handle: string; readonly columns: number }[] = [
  // "@" + "glow" + ✨ (U+2728, emoji presentation: 2) + "daily" = 1 + 4 + 2 + 5 = 12 columns; 11 UTF-16 units
  { handle: "@glow✨daily", columns: 12 },
  // "@" + 🍜 (2) + "noodles" = 1 + 2 + 7 = 10 columns; also 10 UTF-16 units (🍜 is a surrogate pair)
  { handle: "@🍜noodles", columns: 10 },
  // "@" + five CJK or katakana characters of 2 columns = 1 + 10 = 11 columns; 6 UTF-16 units
  { handle: "@東京グルメ", columns: 11 },
  // "@cafe" + U+0301 (combining acute accent, drawn on the e: 0) = 5 columns; 6 UTF-16 units
  { handle: "@cafe\u0301", columns: 5 },
  { handle: "@plain", columns: 6 },
];

/**
 * The terminal column at which `cell` starts on a table line holding `handle` (whose width is
 * `columns`) before it; every other character before `cell` is ASCII, one column each.
 */
export function columnAfterHandle(line: string, handle: string, columns: number, cell: string): number {
  const handleAt = line.indexOf(handle);
  return line.indexOf(cell, handleAt + handle.length) - handle.length + columns;
}
