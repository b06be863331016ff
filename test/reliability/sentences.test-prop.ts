// Every sentence a report writes reads its numbers without an exponent, on any valid profile (empty to
// a billion followers, shares down to 5e-324) and any valid options: the writers in src/text write
// such numbers out or say "almost 0" / "below 0.001" (CONTRIBUTING.md, rule 15).
import { test } from "@fast-check/vitest";
import { expect } from "vitest";
import { scoreInfluencer } from "../../src/index.js";
import { profile, reportOptions } from "../arbitraries/index.js";

/** A number in exponent notation: a digit, then e and a signed power ("1.2e-7", "1e+21"). */
const EXPONENT = /\de[+-]\d/u;
/** The keys whose strings are sentences the library writes (not ids, handles or topics the caller gave). */
const SENTENCE_KEYS = new Set(["reasons", "reason", "message", "detail", "summary", "assumptions", "definition"]);

/** Sentences under `value` that hold a number in exponent notation, with their paths. */
function exponentsIn(value: unknown, key = ""): string[] {
  if (typeof value === "string") return SENTENCE_KEYS.has(key) && EXPONENT.test(value) ? [`${key}: ${value}`] : [];
  if (Array.isArray(value)) return value.flatMap((item) => exponentsIn(item, key));
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([child, item]) => exponentsIn(item, child));
  return [];
}

test.prop([profile, reportOptions], { numRuns: 1_000 })("writes no number in a report's sentences as an exponent", (input, options) => {
  expect(exponentsIn(scoreInfluencer(input, options))).toStrictEqual([]);
});
