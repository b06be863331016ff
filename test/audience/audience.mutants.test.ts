// Tests written to kill mutants that survived Stryker (docs/quality.md): the
// option schemas of a custom fake-account model and Benford table had their
// messages unchecked. Every field, broken in turn, must give an issue in the
// library's format (never zod's "Invalid input", never an empty message).
import { describe, expect, it } from "vitest";
import { InfluencerInputError, benfordConformityDefaults, benfordTest, fakeAccountModel, fakeAccountProbability } from "../../src/index.js";

/** Every path in a JSON-like value, containers included (the root excepted). */
function pathsOf(value: unknown, prefix: readonly (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

/** A deep copy of `value` with `replacement` at `path`. */
function withValueAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  const copy: unknown = structuredClone(value);
  let node = copy as Record<string | number, unknown>;
  path.slice(0, -1).forEach((key) => {
    node = node[key] as Record<string | number, unknown>;
  });
  const last = path[path.length - 1];
  if (last !== undefined) node[last] = replacement;
  return copy;
}

function messagesOf(call: () => unknown): string[] {
  try {
    call();
  } catch (error) {
    if (error instanceof InfluencerInputError) return error.issues.map((issue) => issue.message);
    throw error;
  }
  return [];
}

const account = { followers: 300, following: 280, posts: 45 };
// 20 values with leading digits 1–9, enough for the test to run (no expected result: only the options are checked).
const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];

describe("custom model and table messages", () => {
  it.each(pathsOf(fakeAccountModel).map((path) => [path.join("."), path] as const))("names the problem when model.%s is a string", (_name, path) => {
    const model = withValueAt(fakeAccountModel, path, "bad");
    const messages = messagesOf(() => fakeAccountProbability(account, { model } as never));
    // "bad" is never a valid value; a `name`-like text field may accept it, then no issue is expected.
    for (const message of messages) {
      expect(message).toMatch(/expected .+, received .+/u);
      expect(message).not.toContain("Invalid input");
    }
  });

  it.each(pathsOf(benfordConformityDefaults).map((path) => [path.join("."), path] as const))("names the problem when conformity.%s is -1", (_name, path) => {
    const conformity = withValueAt(benfordConformityDefaults, path, -1);
    const messages = messagesOf(() => benfordTest(values, { conformity } as never));
    for (const message of messages) {
      expect(message).toMatch(/expected .+, received .+/u);
      expect(message).not.toContain("Invalid input");
    }
  });

  it("rejects options objects that are not objects with the library's message", () => {
    for (const message of [...messagesOf(() => fakeAccountProbability(account, 5 as never)), ...messagesOf(() => benfordTest(values, 5 as never))]) {
      expect(message).toMatch(/^expected .+, received 5$/u);
    }
  });
});
