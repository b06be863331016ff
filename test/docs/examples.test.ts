// Runs every `@example` in the TSDoc of src/ and checks each `// => value`
// comment against what the code really returns, so a wrong example fails the
// build (issue: documentation). Examples are TypeScript: esbuild strips the
// types, the public API is in scope as globals, and the value before each
// `// =>` is the completion value of the code up to that line (indirect eval).
// Objects and arrays are compared as subsets (`toMatchObject`), numbers to 12
// significant digits, so an example may show only the fields it is about.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";

interface Example {
  readonly file: string;
  readonly line: number;
  /** Code up to the `// =>` comment. */
  readonly code: string;
  /** Lines after it, appended one by one when the code so far does not parse (a `// =>` inside a block). */
  readonly rest: readonly string[];
  readonly expected: string;
}

const root = join(import.meta.dirname, "..", "..");

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === "cli" ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/**
 * Every (code so far, expected) pair of every @example in one file's public
 * doc comments (blocks tagged @internal document code users cannot import).
 */
function examplesIn(file: string): Example[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const examples: Example[] = [];
  let block: { line: number; text: string }[] | null = null;
  for (let index = 0; index < lines.length; index++) {
    const trimmed = (lines[index] ?? "").trim();
    if (trimmed.startsWith("/**")) block = [];
    if (block === null) continue;
    if (trimmed.endsWith("*/")) {
      examples.push(...examplesInBlock(file, block));
      block = null;
    } else if (trimmed.startsWith("*")) {
      block.push({ line: index + 1, text: trimmed.replace(/^\* ?/, "") });
    }
  }
  return examples;
}

function examplesInBlock(file: string, block: readonly { line: number; text: string }[]): Example[] {
  if (block.some(({ text }) => text.includes("@internal"))) return [];
  const examples: Example[] = [];
  let inExample = false;
  let code: string[] = [];
  let pending: { line: number; code: string; expected: string; rest: string[] }[] = [];
  const flush = (): void => {
    for (const item of pending) examples.push({ file: relative(root, file), ...item });
    pending = [];
  };
  for (const { line, text } of block) {
    if (text.startsWith("@")) {
      flush();
      inExample = text.startsWith("@example");
      code = [];
      continue;
    }
    if (!inExample) continue;
    const arrow = /^\s*\/\/ => (.*)$/.exec(text);
    if (arrow !== null) {
      pending.push({ line, code: code.join("\n"), expected: arrow[1] ?? "", rest: [] });
    } else {
      code.push(text);
      for (const item of pending) item.rest.push(text);
    }
  }
  flush();
  return examples;
}

function evaluate(typescript: string): unknown {
  const { code } = transformSync(typescript, { loader: "ts" });
  return (0, eval)(code) as unknown;
}

/** The code up to the `// =>`, completed with as few following lines as make it parse. */
function runnable(example: Example): string {
  let code = example.code;
  for (let taken = 0; ; taken++) {
    try {
      transformSync(code, { loader: "ts" });
      return code;
    } catch (error) {
      const next = example.rest[taken];
      if (next === undefined) throw error;
      code = `${code}\n${next}`;
    }
  }
}

function expectMatches(actual: unknown, expected: unknown): void {
  if (typeof expected === "number") {
    expect(typeof actual).toBe("number");
    if (Number.isInteger(expected)) expect(actual).toBe(expected);
    else expect(actual as number).toBeCloseTo(expected, 12 - Math.max(0, Math.ceil(Math.log10(Math.abs(expected)))));
  } else if (typeof expected === "object" && expected !== null) {
    expect(actual).toMatchObject(expected);
  } else {
    expect(actual).toEqual(expected);
  }
}

Object.assign(globalThis, api);
const examples = sourceFiles(join(root, "src")).flatMap(examplesIn);

describe("TSDoc examples", () => {
  it("finds examples to check", () => {
    expect(examples.length).toBeGreaterThan(10);
  });

  for (const example of examples) {
    it(`${example.file}:${example.line} matches the documented example`, () => {
      const actual = evaluate(runnable(example));
      const expected = evaluate(`(${example.expected})`);
      expectMatches(actual, expected);
    });
  }
});
