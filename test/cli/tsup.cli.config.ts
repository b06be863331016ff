// Builds only the command-line entry of tsup.config.ts (same settings, no
// library build, no cleaning of dist/), so the CLI tests can rebuild
// dist/cli.js in a second or two when the sources changed:
//   npx tsup --config test/cli/tsup.cli.config.ts
import type { Options } from "tsup";
import config from "../../tsup.config.js";

const entries = (Array.isArray(config) ? config : [config]) as Options[];
const cli = entries.filter((entry) => typeof entry.entry === "object" && !Array.isArray(entry.entry) && "cli" in entry.entry);
if (cli.length !== 1) throw new Error("tsup.config.ts: expected exactly one entry named cli");

export default cli;
