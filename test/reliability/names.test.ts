// The naming rules (CONTRIBUTING.md, rule 14): every exported function's name
// starts with the verb for the kind of result it returns, so a reader can guess a function's
// result from its name. `engagementRate`, `sizeBucket`, `fakeAccountProbability` and `benfordTest`
// broke it until they were renamed; this test keeps a new export from breaking it again.
// Exported constants are upper case like the default tables (fakeAccountModel was not).
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";

/** The verbs and what each returns (CONTRIBUTING.md, rule 14). */
const VERBS = [
  "classify", // a category
  "measure", // a ratio from the input alone
  "score", // a 0–100 score with band, confidence and factors
  "estimate", // money, counts or a probability from a model or benchmarks
  "compare", // results side by side
  "select", // a chosen subset
  "parse", // validated input or InfluencerInputError
  "safeParse", // the same as a result object instead of a throw
  "define", // a checked, frozen definition of your own (a tier scheme)
  "calibrate", // a default table fitted to your own data
] as const;

const startsWithVerb = (name: string): boolean => VERBS.some((verb) => name.startsWith(verb) && /^[A-Z]/.test(name.slice(verb.length)));

describe("public function names", () => {
  it("start with a verb of the house rules' table, followed by a capitalised noun", () => {
    const functions = Object.entries(api).filter(([name, value]) => typeof value === "function" && !/^[A-Z]/.test(name));
    // a sanity check that the filter found the functions (there are 22 exported functions, one of them the error class)
    expect(functions.length).toBeGreaterThan(15);
    expect(functions.map(([name]) => name).filter((name) => !startsWithVerb(name))).toStrictEqual([]);
  });

  it("write exported constants in upper case, like the default tables (schemas excepted: zod's PascalCase)", () => {
    const constants = Object.entries(api).filter(([, value]) => typeof value !== "function").map(([name]) => name);
    // TIER_SCHEMES, RATE_CARD, VERSION, … and the four zod schemas (InfluencerProfileSchema, …)
    expect(constants.filter((name) => !/^[A-Z][A-Z0-9_]*$/.test(name) && !/^[A-Z]\w*Schema$/.test(name))).toStrictEqual([]);
  });

  it("reject a name without a verb, or with a verb that is only a prefix of a word", () => {
    expect(startsWithVerb("engagementRate")).toBe(false);
    expect(startsWithVerb("scored")).toBe(false);
    expect(startsWithVerb("measureEngagementRate")).toBe(true);
  });
});
