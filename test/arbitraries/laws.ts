// Assertions shared by the property suites: plain JSON (R7), the naming
// conventions' ranges (score 0–100, shares and probabilities 0–1), null with a
// reason (R8), and "exactly an InfluencerInputError naming the path" (R3, R4).
import { expect } from "vitest";
import { InfluencerInputError, type InputIssue } from "../../src/index.js";
import type { Path } from "./hostile.js";

/** Freezes a value and everything reachable from it, so any mutation throws (test modules are strict). */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== "object" || item === null || seen.has(item)) continue;
    seen.add(item);
    Object.freeze(item);
    for (const key of Reflect.ownKeys(item)) stack.push((item as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** A node of a walked tree: its value and how to get its path (built only when a problem is reported). */
interface Node {
  readonly item: unknown;
  readonly parent: Node | null;
  readonly key: string | number;
}

function pathOf(node: Node): string {
  const keys: (string | number)[] = [];
  for (let current: Node = node; current.parent !== null; current = current.parent) keys.unshift(current.key);
  return keys.length === 0 ? "(root)" : keys.join(".");
}

/**
 * Calls `visit` on every value in a JSON-like tree; `visit` returns a problem
 * (a function of the value's path) or nothing. Iterative, so deep results
 * cannot overflow the stack, and cheap: one assertion per tree, not per value.
 */
export function problemsIn(value: unknown, visit: (item: unknown) => ((where: string) => string) | undefined): string[] {
  const problems: string[] = [];
  const stack: Node[] = [{ item: value, parent: null, key: "" }];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const problem = visit(node.item);
    if (problem) problems.push(problem(pathOf(node)));
    const { item } = node;
    const parent = node;
    if (Array.isArray(item)) item.forEach((child, index) => stack.push({ item: child, parent, key: index }));
    else if (typeof item === "object" && item !== null) for (const [key, child] of Object.entries(item)) stack.push({ item: child, parent, key });
  }
  return problems;
}

/** Words that only appear in text built from a missing or broken value. */
const BROKEN_TEXT = /\bNaN\b|\bundefined\b|Infinity|\[object Object\]|Invalid input|Invalid Date/u;

/**
 * The strings of an input that themselves contain a broken word (a handle
 * `"NaN "`, a topic `"undefined"`): a result may echo them, and that is the
 * user's data, not a broken value. Longest first, so a longer echo is removed
 * before a shorter one inside it.
 */
function brokenInputTexts(input: unknown): string[] {
  const texts = new Set<string>();
  problemsIn(input, (item) => {
    if (typeof item === "string" && BROKEN_TEXT.test(item)) {
      texts.add(item);
      texts.add(item.trim());
    }
    return undefined;
  });
  return [...texts].filter((text) => text !== "").sort((left, right) => right.length - left.length);
}

function jsonProblem(item: unknown, echoed: readonly string[]): ((where: string) => string) | undefined {
  switch (typeof item) {
    case "number":
      return Number.isFinite(item) ? undefined : (where) => `${where} is ${item}`;
    case "string": {
      if (!BROKEN_TEXT.test(item)) return undefined;
      let own = item;
      for (const text of echoed) own = own.replaceAll(text, " ");
      return BROKEN_TEXT.test(own) ? (where) => `${where} reads "${item}"` : undefined;
    }
    case "boolean":
      return undefined;
    case "object": {
      if (item === null || Array.isArray(item)) return undefined;
      const prototype: unknown = Object.getPrototypeOf(item);
      return prototype === Object.prototype || prototype === null ? undefined : (where) => `${where} is a class instance`;
    }
    default:
      return (where) => `${where} is ${typeof item}`;
  }
}

/**
 * Plain JSON (STYLE R7): only plain objects, arrays, strings, booleans, `null`
 * and finite numbers; no key set to `undefined`; no text built from a broken
 * value (a broken word inside a string of `input` that the result echoes back
 * is the caller's data and allowed); and the value deep-equals its own JSON
 * round trip.
 */
export function expectPlainJson(result: unknown, input?: unknown): void {
  const echoed = input === undefined ? [] : brokenInputTexts(input);
  expect(problemsIn(result, (item) => jsonProblem(item, echoed))).toStrictEqual([]);
  expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
}

const ZERO_TO_HUNDRED = new Set(["score", "subScore", "percentile"]);
const ZERO_TO_ONE = new Set(["confidence", "probability", "level"]);
/**
 * Fractions by name (STYLE §3): `…Share`, `…Probability`, `…Rate`; but not an
 * engagement rate (`rate`, `engagementRate`), which is documented to exceed 1
 * when a post travels beyond its audience.
 */
const FRACTION_SUFFIX = /[a-z](?:Share|Probability|Rate)$/u;
const MAY_EXCEED_ONE = new Set(["engagementRate"]);

function isNumber(value: unknown): value is number {
  return typeof value === "number";
}

function hasText(value: unknown): boolean {
  const text = Array.isArray(value) ? value.join(" ") : value;
  return typeof text === "string" && text.trim() !== "";
}

function rangeProblems(record: Readonly<Record<string, unknown>>): string[] {
  const found: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (!isNumber(value)) continue;
    if (ZERO_TO_HUNDRED.has(key) && !(value >= 0 && value <= 100)) found.push(`${key} = ${value}, expected 0–100`);
    if ((ZERO_TO_ONE.has(key) || (FRACTION_SUFFIX.test(key) && !MAY_EXCEED_ONE.has(key))) && !(value >= 0 && value <= 1)) found.push(`${key} = ${value}, expected 0–1`);
  }
  const { low, expected: middle, high, lower, upper } = record;
  if (isNumber(low) && isNumber(high) && !(low <= high)) found.push(`low ${low} > high ${high}`);
  if (isNumber(low) && isNumber(middle) && !(low <= middle)) found.push(`low ${low} > expected ${middle}`);
  if (isNumber(middle) && isNumber(high) && !(middle <= high)) found.push(`expected ${middle} > high ${high}`);
  if (isNumber(lower) && isNumber(upper) && !(lower <= upper)) found.push(`lower ${lower} > upper ${upper}`);
  if ("score" in record && record.score === null) {
    if ("band" in record && record.band !== "unknown") found.push(`null score with band ${String(record.band)}`);
    if ("confidence" in record && record.confidence !== 0) found.push(`null score with confidence ${String(record.confidence)}`);
    if (!hasText(record.reasons ?? record.reason)) found.push("null score without a reason");
  }
  if ("value" in record && record.value === null && "reason" in record && !hasText(record.reason)) found.push("null value without a reason");
  return found;
}

/**
 * The ranges the naming conventions promise, wherever such a key appears:
 * `score`, `subScore`, `percentile` in [0, 100]; `confidence`, `probability`,
 * `level` and keys ending in `Share`, `Probability` or `Rate` in [0, 1] (or
 * `null`); `low ≤ expected ≤ high` and `lower ≤ upper` in ranges and
 * intervals; and a null score comes with band `unknown`, confidence 0 and a
 * reason (R8).
 */
export function expectDocumentedRanges(result: unknown): void {
  const problems = problemsIn(result, (item) => {
    if (typeof item !== "object" || item === null || Array.isArray(item)) return undefined;
    const found = rangeProblems(item as Record<string, unknown>);
    return found.length === 0 ? undefined : (where) => `${where}: ${found.join("; ")}`;
  });
  expect(problems).toStrictEqual([]);
}

const ISSUE_CODES = new Set(["invalid_type", "too_small", "too_big", "invalid_value"]);

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.every((key, index) => path[index] === key);
}

/** Writes a path as the messages do: `posts[3].likes`. */
export function formatPath(path: Path): string {
  let text = "";
  for (const key of path) text += typeof key === "number" ? `[${key}]` : text === "" ? key : `.${key}`;
  return text;
}

/**
 * Issues as the library promises them (R3, R4): at least one; each with an
 * array path of strings and integers, a known code, and a message of the form
 * `<path>: expected …, received …` (no zod default text); and one of them at
 * or below `planted`, the path of the bad value.
 */
export function expectIssues(issues: readonly InputIssue[], planted: Path): void {
  expect(issues.length, "no issues").toBeGreaterThan(0);
  for (const issue of issues) {
    expect(Array.isArray(issue.path), "issue path is not an array").toBe(true);
    for (const key of issue.path) expect(typeof key === "string" || Number.isInteger(key), `path key ${String(key)}`).toBe(true);
    expect(ISSUE_CODES.has(issue.code), `code ${issue.code}`).toBe(true);
    expect(issue.message, "zod's default message leaked").not.toMatch(/Invalid input/u);
    expect(issue.message).toMatch(/expected .+, received .+/u);
    if (issue.path.length > 0) expect(issue.message.startsWith(`${formatPath(issue.path)}: `), `message "${issue.message}" does not start with its path`).toBe(true);
  }
  const paths = issues.map((issue) => formatPath(issue.path));
  expect(
    issues.some((issue) => startsWith(issue.path, planted)),
    `no issue at or below ${formatPath(planted) || "(root)"}; got ${paths.join(", ")}`,
  ).toBe(true);
}

/** The error is exactly the library's error (not a TypeError, not a subclass), with issues naming `planted`. */
export function expectInputError(error: unknown, planted: Path): void {
  expect(error, `threw ${String(error)}`).toBeInstanceOf(InfluencerInputError);
  expect((error as object).constructor).toBe(InfluencerInputError);
  expect((error as InfluencerInputError).name).toBe("InfluencerInputError");
  expectIssues((error as InfluencerInputError).issues, planted);
}

/** Runs `call`, which must throw (or reject with) exactly an InfluencerInputError naming `planted`. */
export async function expectRejectsWithInputError(call: () => unknown, planted: Path): Promise<void> {
  let caught: unknown = undefined;
  let threw = false;
  try {
    await call();
  } catch (error) {
    caught = error;
    threw = true;
  }
  expect(threw, `accepted bad input at ${formatPath(planted) || "(root)"}`).toBe(true);
  expectInputError(caught, planted);
}

/** The same items in the order given by `order` (a permutation of their indices). */
export function permute<T>(items: readonly T[], order: readonly number[]): T[] {
  return order.map((index) => items[index] as T);
}

/** A permutation of `0 … length − 1` from a list of random numbers (Fisher–Yates). */
export function permutation(length: number, randoms: readonly number[]): number[] {
  const order = Array.from({ length }, (_, index) => index);
  for (let index = length - 1; index > 0; index--) {
    const swap = (randoms[index] ?? 0) % (index + 1);
    const held = order[index] ?? 0;
    order[index] = order[swap] ?? 0;
    order[swap] = held;
  }
  return order;
}

/** The issues of the InfluencerInputError `call` throws; fails the test when it throws nothing, rethrows any other error. */
export function issuesOf(call: () => unknown): readonly InputIssue[] {
  try {
    call();
  } catch (error) {
    if (error instanceof InfluencerInputError) return error.issues;
    throw error;
  }
  return expect.fail("expected an InfluencerInputError");
}

/** One issue as the library writes it: `<where>: <expectation>, received <received>` (no prefix for the root). */
export function expectedIssue(path: readonly (string | number)[], where: string, code: InputIssue["code"], expectation: string, received: string): InputIssue {
  return { path: [...path], code, message: `${where === "" ? "" : `${where}: `}${expectation}, received ${received}` };
}

/** The issues `call` throws, or "no error" (so that a case that throws nothing shows in the diff instead of failing early). */
export function issuesOrNone(call: () => unknown): readonly InputIssue[] | "no error" {
  try {
    call();
  } catch (error) {
    if (error instanceof InfluencerInputError) return error.issues;
    throw error;
  }
  return "no error";
}
