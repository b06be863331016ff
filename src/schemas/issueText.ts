// The text of issue messages, shared by every validator: zod-based
// (parseInput.ts) and hand-written (fastProfile.ts, the tiers area, the error
// class itself). No zod here: `classifyTier` bundles this module.

import { isDate } from "./parseDate.js";

/**
 * Formats an issue path the way a JavaScript reader writes it: `posts[3].likes`.
 *
 * @internal
 */
export function formatPath(path: readonly (string | number)[]): string {
  let text = "";
  for (const key of path) {
    text += typeof key === "number" ? `[${key}]` : text === "" ? key : `.${key}`;
  }
  return text;
}

/**
 * Renders a received value for an error message: primitives as JSON,
 * containers by kind, so messages never dump large inputs.
 *
 * @internal
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "number") return Number.isNaN(value) || !Number.isFinite(value) ? String(value) : JSON.stringify(value);
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "boolean") return String(value);
  if (typeof value === "bigint") return `${value}n`;
  if (Array.isArray(value)) return "an array";
  if (isDate(value)) return Number.isNaN(value.getTime()) ? "an invalid Date" : "a Date";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/**
 * An array received where its length is what is wrong (a list over its limit,
 * an empty one), for a message: "an empty array", "an array of 1 item", "an
 * array of 100001 items"; "an array" when a Proxy's length cannot be read as
 * a count. O(1).
 *
 * @example
 * [describeArrayLength([]), describeArrayLength([1]), describeArrayLength([1, 2, 3])];
 * // => ["an empty array", "an array of 1 item", "an array of 3 items"]
 * @internal
 */
export function describeArrayLength(value: readonly unknown[]): string {
  let length: unknown;
  try {
    length = value.length;
  } catch {
    return "an array";
  }
  if (length === 0) return "an empty array";
  return typeof length === "number" ? `an array of ${length} item${length === 1 ? "" : "s"}` : "an array";
}
