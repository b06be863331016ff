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
