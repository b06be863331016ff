// Entry point of the `influencer-scoring` command (dist/cli.js): Node only,
// never re-exported by the library. Everything it does is in run.ts.
import { run } from "./run.js";

process.exitCode = await run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
