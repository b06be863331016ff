// Preloaded into a child process by the CLI benchmark (`node --import`):
// writes the process's peak resident set size (kB) to the file in BENCH_RSS_FILE at exit.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
