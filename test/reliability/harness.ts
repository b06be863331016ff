// Turns a property spec of a public function into vitest tests. Every public
// function has a spec in registry.ts; each area's *.test-prop.ts runs its own.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { RowError } from "../../src/index.js";
import {
  deepFreeze,
  expectDocumentedRanges,
  expectInputError,
  expectIssues,
  expectPlainJson,
  expectRejectsWithInputError,
  type Path,
} from "../arbitraries/index.js";

/** The areas of src/ with public functions; each has a `<area>.test-prop.ts` here. */
export type Area = "schemas" | "tiers" | "engagement" | "audience" | "trust" | "compensation" | "selection" | "report";

/**
 * Runs per property: 1,000 (the issue's minimum; fast-check prints the seed of
 * a failure). The mutation run (stryker.setup.ts) lowers it through
 * fast-check's global settings, which are empty otherwise.
 */
export const RUNS: number = fc.readConfigureGlobal().numRuns ?? 1_000;

/** Bad arguments, and the path the error must name (relative to the argument that holds it, as the library reports it). */
export interface HostileCall {
  readonly args: readonly unknown[];
  readonly path: Path;
}

/** A batch of rows, some bad, with the path each bad row's error must name. */
export interface HostileBatch<Args extends readonly unknown[]> {
  readonly args: Readonly<Args>;
  readonly bad: ReadonlyMap<number, Path>;
}

/** The same input twice, the second with some list reordered by `order` (`order[k]` is the original index of the k-th item). */
export interface Reordered<Args extends readonly unknown[]> {
  readonly original: Readonly<Args>;
  readonly reordered: Readonly<Args>;
  readonly order: readonly number[];
}

/** What the harness checks for one public function. */
export interface Spec<Args extends readonly unknown[] = readonly unknown[], Result = unknown> {
  readonly area: Area;
  /** The export itself: the registry test checks it is the one in src/index.ts. */
  readonly fn: unknown;
  /** Calls the function; may return a promise (streams are collected into an array). */
  readonly call: (...args: Readonly<Args>) => Result | Promise<Result>;
  /** Valid arguments; they are deep-frozen before the call, so a mutation throws. */
  readonly valid: fc.Arbitrary<Readonly<Args>>;
  /** The documented range of this result, beyond the naming conventions. */
  readonly check?: ((result: Result, args: Readonly<Args>) => void) | undefined;
  /** Bad arguments: each call must throw exactly InfluencerInputError naming the path. */
  readonly hostile?: fc.Arbitrary<HostileCall> | undefined;
  /** Why there is no `hostile` (the registry test requires one or the other). */
  readonly noHostile?: string | undefined;
  /** For `safeParseProfile`: bad input is returned as `{ success: false, error }`, not thrown. */
  readonly returnsError?: ((result: Result) => unknown) | undefined;
  /** For batch functions: rows with bad values, and how to read the errors and the good rows' positions from the result. */
  readonly batch?:
    | {
        readonly rows: fc.Arbitrary<HostileBatch<Args>>;
        readonly errors: (result: Result) => readonly RowError[];
        /** The good rows' positions, or (when the result only counts them) their number. */
        readonly good: (result: Result) => readonly number[] | number;
      }
    | undefined;
  /** Where the documentation says an order does not matter: the two inputs, and how to compare the results. */
  readonly reorder?:
    | {
        readonly what: string;
        readonly inputs: fc.Arbitrary<Reordered<Args>>;
        /** Maps positions in the reordered result back to the original's; identity by default. */
        readonly align?: ((reordered: Result, order: readonly number[]) => unknown) | undefined;
        /** Applied to both results before comparing: for known, reported gaps only (each says which). */
        readonly normalize?: ((result: Result) => unknown) | undefined;
      }
    | undefined;
  /** Two inputs the documentation says are equivalent (a raw profile and the same profile from parseProfile). */
  readonly sameAs?: { readonly what: string; readonly inputs: fc.Arbitrary<readonly [Readonly<Args>, Readonly<Args>]> } | undefined;
}

/** Keeps the argument types while building a spec, then erases them for the registry. */
export function defineSpec<Args extends readonly unknown[], Result>(spec: Spec<Args, Result>): Spec {
  return spec as unknown as Spec;
}

/** Collects an async iterable (the streaming API) into an array. */
export async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

const OPTIONS = { numRuns: RUNS };

/** The vitest tests for one function. */
export function checkSpec(name: string, spec: Spec): void {
  describe(name, () => {
    test.prop([spec.valid], OPTIONS)("valid input gives plain JSON: finite numbers, no undefined, equal to its JSON round trip", async (args) => {
      const result = await spec.call(...deepFreeze(args));
      expectPlainJson(result, args);
      expect(Object.prototype).not.toHaveProperty("polluted");
    });

    test.prop([spec.valid], OPTIONS)("valid input gives a result within its documented range, or null with a reason", async (args) => {
      const result = await spec.call(...deepFreeze(args));
      expectDocumentedRanges(result);
      spec.check?.(result, args);
    });

    test.prop([spec.valid], OPTIONS)("is deterministic: a copy of the same input gives a deep-equal result", async (args) => {
      // A copy, not the same objects: also shows that nothing is cached on the input's identity.
      const first = await spec.call(...deepFreeze(args));
      expect(await spec.call(...structuredClone(args))).toStrictEqual(first);
    });

    const { returnsError, hostile } = spec;
    if (hostile) test.prop([hostile], OPTIONS)(
      returnsError ? "hostile input is returned as exactly an InfluencerInputError naming the path" : "hostile input throws exactly InfluencerInputError naming the path",
      async ({ args, path }) => {
        if (returnsError) {
          const result = await spec.call(...args);
          expectInputError(returnsError(result), path);
        } else {
          await expectRejectsWithInputError(() => spec.call(...args), path);
        }
      },
    );

    const { batch } = spec;
    if (batch) {
      test.prop([batch.rows], OPTIONS)("a bad row becomes an error with its index and path; every good row is still processed", async ({ args, bad }) => {
        const result = await spec.call(...args);
        const errors = batch.errors(result);
        expect(errors.map((error) => error.index)).toStrictEqual([...bad.keys()].sort((left, right) => left - right));
        for (const error of errors) expectIssues(error.issues, bad.get(error.index) ?? []);
        const rows = args[0] as readonly unknown[];
        const good = rows.map((_, index) => index).filter((index) => !bad.has(index));
        const reported = batch.good(result);
        expect(reported).toStrictEqual(typeof reported === "number" ? good.length : good);
      });
    }

    const { reorder } = spec;
    if (reorder) {
      test.prop([reorder.inputs], OPTIONS)(`does not depend on the order of ${reorder.what}`, async ({ original, reordered, order }) => {
        const expected = await spec.call(...deepFreeze(original));
        const actual = await spec.call(...deepFreeze(reordered));
        const aligned = reorder.align ? reorder.align(actual, order) : actual;
        const normalize = reorder.normalize ?? ((result: unknown): unknown => result);
        expect(normalize(aligned)).toStrictEqual(normalize(expected));
      });
    }

    const { sameAs } = spec;
    if (sameAs) {
      test.prop([sameAs.inputs], OPTIONS)(`gives the same result ${sameAs.what}`, async ([left, right]) => {
        expect(await spec.call(...deepFreeze(right))).toStrictEqual(await spec.call(...deepFreeze(left)));
      });
    }
  });
}

/** The tests for every function of one area. */
export function checkArea(area: Area, registry: Readonly<Record<string, Spec>>): void {
  const names = Object.keys(registry).filter((name) => registry[name]?.area === area);
  test("has at least one public function to check", () => {
    expect(names.length).toBeGreaterThan(0);
  });
  for (const name of names) {
    const spec = registry[name];
    if (spec) checkSpec(name, spec);
  }
}

/** Builds a batch of rows: good rows from `good`, bad ones from `bad`, with their paths. */
export function mixedRows(good: fc.Arbitrary<unknown>, bad: fc.Arbitrary<{ value: unknown; path: Path }>, maxLength = 6): fc.Arbitrary<{ rows: unknown[]; bad: Map<number, Path> }> {
  return fc.array(fc.oneof(good.map((value) => ({ value, path: null })), bad), { maxLength }).map((items) => {
    const map = new Map<number, Path>();
    items.forEach((item, index) => {
      if (item.path !== null) map.set(index, item.path);
    });
    return { rows: items.map((item) => item.value), bad: map };
  });
}
