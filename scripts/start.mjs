// The README's main job (`npm start`, after `tsup` has built dist/): score the
// synthetic sample roster with the command-line tool and print
//   1. the ranked table of every creator,
//   2. the best selection for a $20,000 budget (creators with trust ≥ 75),
//   3. the best single creator against the best set for that budget.
// The deal terms below are an example brand's (illustrative, not defaults): a
// $0.60 price per click, a $45 average order, a 12% referral commission and a
// 40% gross margin. See examples/README.md.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const roster = fileURLToPath(new URL("../examples/roster.ndjson", import.meta.url));
const terms = ["--cost-per-click", "0.60", "--order-value", "45", "--commission", "12%", "--margin", "40%"];

const steps = [
  ["Sample roster: 40 synthetic creators (examples/roster.ndjson)", ["score", roster, "--format", "table", ...terms]],
  // A trust floor of 75 keeps creators with serious red flags out of the budget.
  ["Spending $20,000 on creators with a trust score of at least 75", ["select", roster, "--budget", "20000", "--min-trust", "75", "--format", "table", ...terms]],
];

for (const [title, args] of steps) {
  console.log(`\n== ${title}\n`);
  const result = spawnSync(process.execPath, [cli, ...args], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
