// Property specs of the selection area: selectInfluencers, compareStrategies.
import { fc } from "@fast-check/vitest";
import { expect } from "vitest";
import {
  TIER_IDS,
  compareStrategies,
  selectInfluencers,
  type CompareStrategiesOptions,
  type SelectInfluencersOptions,
  type SelectionCandidate,
} from "../../../src/index.js";
import {
  badChoice,
  badCount,
  badFraction,
  badNonEmptyString,
  badNonNegativeNumber,
  badPlatform,
  badPositiveInt,
  candidates,
  hostileVariant,
  optionalLeaf,
  required,
  selectionConstraints,
  selectionProblem,
  type HostileInput,
  type Shape,
} from "../../arbitraries/index.js";
import { defineSpec, type HostileCall, type Spec } from "../harness.js";
import { badCurrencyCode } from "./compensation.js";

/** Not a finite positive number. */
const badPositive = fc.oneof(badNonNegativeNumber, fc.constant(0));
/** Not a trust score in [0, 100]. */
const badTrust = fc.oneof(badNonNegativeNumber, fc.constantFrom(100.000_1, 1e9));

const candidateShape: Shape = {
  kind: "object",
  fields: {
    id: required(badNonEmptyString),
    cost: required(badPositive),
    value: required(badNonNegativeNumber),
    reach: optionalLeaf(badFraction),
    tier: optionalLeaf(badChoice(TIER_IDS)),
    platform: optionalLeaf(badPlatform),
    trust: optionalLeaf(badTrust),
    group: optionalLeaf(badNonEmptyString),
  },
};

const constraintFields: Readonly<Record<string, Shape>> = {
  objective: optionalLeaf(badChoice(["value", "reach"])),
  maxCount: optionalLeaf(badCount),
  minTrust: optionalLeaf(badTrust),
  maxPerTier: optionalLeaf(fc.oneof(badCount.filter((value) => typeof value === "number"), fc.constantFrom({ nano: -1 }, { mega: 1.5 }, { giant: 1 }))),
  maxPerGroup: optionalLeaf(fc.oneof(badCount.filter((value) => typeof value === "number"), fc.constantFrom({ a: -1 }, { b: Number.NaN }))),
};

const selectionShape: Shape = {
  kind: "object",
  fields: {
    budget: required(badPositive),
    ...constraintFields,
    require: { kind: "array", item: required(fc.oneof(badNonEmptyString, fc.constant("no such id"))) },
    exclude: { kind: "array", item: required(badNonEmptyString) },
    currency: optionalLeaf(badCurrencyCode),
    maxSearchNodes: optionalLeaf(badPositiveInt),
  },
};

/** Two candidates with one id: the second one's id is the issue. */
const duplicateIds: fc.Arbitrary<HostileInput> = candidates(false, 6)
  .filter((items) => items.length > 0)
  .chain((items) => fc.nat(items.length - 1).map((at) => ({ value: [...items, { ...items[at], cost: 1, value: 1 }], path: ["candidates", items.length, "id"] })));

/** Bad candidates (paths start with "candidates"), with the problem's own options. */
function badCandidates(): fc.Arbitrary<{ bad: HostileInput; options: SelectInfluencersOptions }> {
  return selectionProblem.chain(([items, options]) =>
    fc.oneof(
      hostileVariant(fc.constant(items), { kind: "array", item: candidateShape }).map((bad) => ({ value: bad.value, path: ["candidates", ...bad.path] })),
      duplicateIds,
    ).map((bad) => ({ bad, options: { ...options, require: undefined, exclude: undefined, objective: "value" as const } })),
  );
}

function checkSelection(result: { selected: readonly string[]; totalCost: number; totalValue: number }, items: readonly SelectionCandidate[], budget: number): void {
  const ids = items.map((item) => item.id);
  // In input order, each once, within the budget, and the totals are the members' sums.
  expect(result.selected).toStrictEqual(ids.filter((id) => result.selected.includes(id)));
  expect(result.totalCost <= budget * (1 + 1e-9)).toBe(true);
  const chosen = items.filter((item) => result.selected.includes(item.id));
  expect(result.totalValue).toBeCloseTo(chosen.reduce((sum, item) => sum + item.value, 0), 6);
}

export const selectionSpecs: Readonly<Record<string, Spec>> = {
  selectInfluencers: defineSpec({
    area: "selection",
    fn: selectInfluencers,
    call: (items: readonly SelectionCandidate[], options: SelectInfluencersOptions) => selectInfluencers(items, options),
    valid: selectionProblem,
    check: (result, [items, options]) => {
      checkSelection(result, items, options.budget);
      if (result.method !== "infeasible") for (const id of options.require ?? []) expect(result.selected).toContain(id);
      for (const id of options.exclude ?? []) expect(result.selected).not.toContain(id);
      if (result.gap !== null) expect(result.gap >= 0 && result.gap <= 1).toBe(true);
    },
    hostile: fc.oneof(
      badCandidates().map(({ bad, options }): HostileCall => ({ args: [bad.value, options], path: bad.path })),
      selectionProblem.chain(([items, options]) =>
        hostileVariant(fc.constant(options), selectionShape).map((bad): HostileCall => ({ args: [items, bad.value], path: bad.path })),
      ),
    ),
  }),

  compareStrategies: defineSpec({
    area: "selection",
    fn: compareStrategies,
    call: (items: readonly SelectionCandidate[], budget: number, options?: CompareStrategiesOptions) => compareStrategies(items, budget, options),
    valid: selectionProblem.chain(([items, options]) =>
      selectionConstraints.map((constraints) => [items, options.budget, { ...constraints, ...(options.objective ? { objective: options.objective } : {}) }] as const),
    ),
    check: (result, [items, budget]) => {
      const { portfolio, single } = result;
      if (portfolio) checkSelection(portfolio, items, budget);
      if (single) {
        checkSelection(single, items, budget);
        expect(single.selected.length).toBe(1);
      }
      // The portfolio is found by exact search over the same candidates, so it never does worse than one creator.
      if (portfolio && single && result.isPortfolioOptimal && result.objective === "value") {
        expect(portfolio.totalValue >= single.totalValue * (1 - 1e-12)).toBe(true);
      }
    },
    hostile: fc.oneof(
      badCandidates().map(({ bad, options }): HostileCall => ({ args: [bad.value, options.budget, {}], path: bad.path })),
      fc.tuple(candidates(false), badPositive).map(([items, budget]): HostileCall => ({ args: [items, budget, {}], path: ["budget"] })),
      fc
        .tuple(candidates(false), hostileVariant(selectionConstraints, { kind: "object", fields: constraintFields }))
        .map(([items, bad]): HostileCall => ({ args: [items, 1_000, bad.value], path: bad.path })),
    ),
  }),
};
