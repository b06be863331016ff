// Checks the packed artifact, not the sources (STYLE R13):
//   1. publint and attw on the tarball npm would publish;
//   2. a smoke test: install the tarball with its peer zod into an empty
//      project, then `import` it (ESM) and `require` it (CJS) and call the API;
//   3. the same calls in a bare JavaScript realm, as browsers and edge
//      runtimes run the package (scripts/bare-realm.mjs);
//   4. a type-check of the emitted declarations with skipLibCheck off, from
//      both an ESM and a CJS consumer.
// Run after `npm run build`.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { checkBareRealm } from "./bare-realm.mjs";

const root = resolve(import.meta.dirname, "..");
const bin = (name) => join(root, "node_modules", ".bin", name);
const run = (command, args, cwd = root) => execFileSync(command, args, { cwd, stdio: "inherit" });

run(bin("publint"), ["--strict"]);
run(bin("attw"), ["--pack", "."]);

const work = mkdtempSync(join(tmpdir(), "influencer-scoring-smoke-"));
try {
  const packed = execFileSync("npm", ["pack", "--silent", "--pack-destination", work], { cwd: root, encoding: "utf8" })
    .trim()
    .split("\n")
    .at(-1);
  const zodVersion = JSON.parse(readFileSync(join(root, "node_modules", "zod", "package.json"), "utf8")).version;
  writeFileSync(join(work, "package.json"), JSON.stringify({ name: "smoke", private: true, version: "0.0.0" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", join(work, packed), `zod@${zodVersion}`], work);

  const calls = readFileSync(join(root, "scripts", "smoke-calls.txt"), "utf8");
  const exitOnFailure = `const assert = (condition, what) => { if (!condition) { console.error("smoke test failed: " + what); process.exit(1); } };`;
  const script = (what) => `${exitOnFailure}\n(async () => {\n${calls}\n})().then(() => console.log("${what} works"), (error) => { console.error(error); process.exit(1); });\n`;
  writeFileSync(join(work, "esm.mjs"), `import * as api from "influencer-scoring";\n${script("ESM import")}`);
  writeFileSync(join(work, "cjs.cjs"), `const api = require("influencer-scoring");\n${script("CJS require")}`);
  run("node", ["esm.mjs"], work);
  run("node", ["cjs.cjs"], work);
  await checkBareRealm("influencer-scoring", work, calls, (condition, what) => {
    if (!condition) throw new Error(`bare-realm smoke test failed: ${what}`);
  });
  console.log("runs in a bare JavaScript realm (no Node.js globals, no eval, no clock)");

  // Emitted declarations must type-check on their own (skipLibCheck off).
  writeFileSync(join(work, "esm.mts"), `import { InfluencerInputError, type InputIssue } from "influencer-scoring";\nconst issues: InputIssue[] = [];\nexport const error: Error = new InfluencerInputError(issues);\n`);
  writeFileSync(join(work, "cjs.cts"), `import api = require("influencer-scoring");\nexport const error: Error = new api.InfluencerInputError([]);\n`);
  writeFileSync(
    join(work, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { module: "nodenext", moduleResolution: "nodenext", strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ["esm.mts", "cjs.cts"] }),
  );
  run(join(root, "node_modules", "typescript", "bin", "tsc"), ["-p", "tsconfig.json"], work);
  console.log("package checks passed");
} finally {
  rmSync(work, { recursive: true, force: true });
}
