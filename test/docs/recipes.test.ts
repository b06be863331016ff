// Runs docs/recipes.md (issue: documentation a practitioner can trust):
// - every ```ts block is written to a temporary module, with
//   "influencer-scoring" pointing at src/index.ts, and imported, so a recipe
//   that throws fails here; the blocks also go through `tsc` with the
//   repository's strict settings, so a recipe that no longer compiles fails;
// - every `console.log(x); // => value` line checks that x matches value
//   (objects and arrays as subsets, numbers to 12 significant digits, as in
//   test/docs/examples.test.ts);
// - every ```sh block runs against the built CLI (dist/cli.js) in a scratch
//   directory holding the sample files, and must exit 0.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ensureCli } from "../cli/buildCli.js";

const root = join(import.meta.dirname, "..", "..");
const recipesPath = join(root, "docs", "recipes.md");
const indexPath = join(root, "src", "index.ts");

interface Block {
  readonly language: string;
  readonly line: number;
  readonly code: string;
  /** Heading the block is under, for test names. */
  readonly section: string;
}

function blocksOf(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split("\n");
  let section = "";
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index] ?? "";
    if (text.startsWith("## ")) section = text.slice(3);
    const fence = /^```(\w+)\s*$/.exec(text);
    if (fence === null) continue;
    const start = index + 1;
    let end = start;
    while (end < lines.length && lines[end] !== "```") end++;
    blocks.push({ language: fence[1] ?? "", line: start, code: lines.slice(start, end).join("\n"), section });
    index = end;
  }
  return blocks;
}

/** Compares like test/docs/examples.test.ts: subsets for objects, 12 significant digits for numbers. */
function expectMatches(actual: unknown, expected: unknown, where: string): void {
  if (typeof expected === "number") {
    expect(typeof actual, where).toBe("number");
    if (Number.isInteger(expected)) expect(actual, where).toBe(expected);
    else expect(actual as number, where).toBeCloseTo(expected, 12 - Math.max(0, Math.ceil(Math.log10(Math.abs(expected)))));
  } else if (typeof expected === "object" && expected !== null) {
    expect(actual, where).toMatchObject(expected);
  } else {
    expect(actual, where).toEqual(expected);
  }
}

const CHECK = "__recipeCheck";

/**
 * The block as a module: imports of "influencer-scoring" point at the
 * sources; `console.log(x); // => value` becomes a check of x against value.
 */
function toModule(block: Block): { source: string; checks: number } {
  let checks = 0;
  const lines = block.code.split("\n").map((text, offset) => {
    const imported = text.replace(/from "influencer-scoring"/, `from ${JSON.stringify(pathToFileURL(indexPath).href)}`);
    const arrow = /^(\s*)console\.log\((.*)\);\s*\/\/ => (.*)$/.exec(imported);
    if (arrow === null) return imported;
    checks++;
    const where = `docs/recipes.md:${block.line + offset + 1}`;
    return `${arrow[1] ?? ""}(globalThis as any).${CHECK}(${arrow[2] ?? ""}, ${arrow[3] ?? ""}, ${JSON.stringify(where)});`;
  });
  return { source: `${lines.join("\n")}\nexport {};\n`, checks };
}

const blocks = blocksOf(readFileSync(recipesPath, "utf8"));
const tsBlocks = blocks.filter((block) => block.language === "ts");
const shellBlocks = blocks.filter((block) => block.language === "sh");

/** A scratch directory with the sample files, where recipes read `examples/…` and write their outputs. */
const scratch = mkdtempSync(join(tmpdir(), "influencer-scoring-recipes-"));
symlinkSync(join(root, "examples"), join(scratch, "examples"), "dir");

describe("docs/recipes.md", () => {
  it("has recipes to run", () => {
    expect(tsBlocks.length).toBeGreaterThanOrEqual(6);
    expect(shellBlocks.length).toBeGreaterThanOrEqual(2);
    expect(tsBlocks.reduce((sum, block) => sum + toModule(block).checks, 0)).toBeGreaterThanOrEqual(10);
  });

  describe("ts blocks", () => {
    beforeAll(() => {
      // Recipes read `examples/…` relative to the working directory, the repository root.
      expect(process.cwd()).toBe(root);
      Object.assign(globalThis, { [CHECK]: expectMatches });
    });

    for (const [position, block] of tsBlocks.entries()) {
      it(`runs the block at line ${block.line} (${block.section})`, async () => {
        const directory = join(scratch, "ts");
        mkdirSync(directory, { recursive: true });
        const file = join(directory, `recipe-${position + 1}.ts`);
        writeFileSync(file, toModule(block).source);
        const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
        try {
          await import(pathToFileURL(file).href);
        } finally {
          log.mockRestore();
        }
      });
    }
  });

  it("type-checks every ts block with the repository's strict settings", () => {
    // Under node_modules/.cache so that imports resolve as in an installed
    // project, and lint and the repository's tsc never see the copies.
    const directory = join(root, "node_modules", ".cache", "influencer-scoring-recipes");
    rmSync(directory, { recursive: true, force: true });
    mkdirSync(directory, { recursive: true });
    const files = tsBlocks.map((block, position) => {
      const name = `recipe-${position + 1}.ts`;
      const code = block.code.replace(/from "influencer-scoring"/, `from ${JSON.stringify(relative(directory, join(root, "src", "index.js")))}`);
      writeFileSync(join(directory, name), `// Generated from docs/recipes.md:${block.line} by test/docs/recipes.test.ts.\n${code}\nexport {};\n`);
      return name;
    });
    writeFileSync(join(directory, "tsconfig.json"), JSON.stringify({ extends: relative(directory, join(root, "tsconfig.json")), compilerOptions: { noEmit: true }, include: [], files }));
    const result = spawnSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(directory, "tsconfig.json")], { encoding: "utf8" });
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  }, 120_000);

  describe("sh blocks", () => {
    let cli = "";
    beforeAll(() => {
      cli = ensureCli();
    }, 120_000);

    for (const block of shellBlocks) {
      it(`runs the block at line ${block.line} (${block.section}) against dist/cli.js`, () => {
        // `npx influencer-scoring` is the installed binary; here it is the freshly built one.
        const script = `set -euo pipefail\ninfluencer-scoring() { node ${JSON.stringify(cli)} "$@"; }\n${block.code.replaceAll("npx influencer-scoring", "influencer-scoring")}\n`;
        const result = spawnSync("bash", ["-c", script], { cwd: scratch, encoding: "utf8", timeout: 60_000 });
        expect(result.stderr).toBe("");
        expect(result.status).toBe(0);
      }, 60_000);
    }
  });
});
