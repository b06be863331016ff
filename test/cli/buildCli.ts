// Makes sure dist/cli.js is built from the current sources before the CLI
// tests spawn it: rebuilds (CLI entry only) when it is missing or older than
// any file under src/, package.json or tsup.config.ts. A lock directory keeps
// parallel test files from building at the same time.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const cliPath = join(root, "dist", "cli.js");
const lockPath = join(root, "dist", ".cli-build.lock");

function newestMtime(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function isStale(): boolean {
  let built: number;
  try {
    built = statSync(cliPath).mtimeMs;
  } catch {
    return true;
  }
  const sources = Math.max(newestMtime(join(root, "src")), newestMtime(join(root, "package.json")), newestMtime(join(root, "tsup.config.ts")));
  return built < sources;
}

function sleep(milliseconds: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
}

/** Builds dist/cli.js when needed; returns its path. */
export function ensureCli(): string {
  mkdirSync(join(root, "dist"), { recursive: true });
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      mkdirSync(lockPath);
    } catch {
      // Another test file is building; a lock older than two minutes was left by a crashed run.
      if (Date.now() - (statSync(lockPath, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 120_000) rmSync(lockPath, { recursive: true, force: true });
      sleep(100);
      continue;
    }
    try {
      if (isStale()) {
        execFileSync(process.execPath, [join(root, "node_modules", "tsup", "dist", "cli-default.js"), "--config", "test/cli/tsup.cli.config.ts", "--silent"], {
          cwd: root,
          stdio: "inherit",
        });
      }
    } finally {
      rmSync(lockPath, { recursive: true, force: true });
    }
    return cliPath;
  }
  throw new Error("timed out waiting for another build of dist/cli.js");
}
