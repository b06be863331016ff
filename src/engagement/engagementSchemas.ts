import * as z from "zod/mini";
import { flag, oneOf, text } from "../schemas/fields.js";
import { parseInput } from "../schemas/parseInput.js";
import { PLATFORMS } from "../schemas/platform.js";
import { SIZE_BUCKETS } from "../tiers/classifySizeBucket.js";
import { ENGAGEMENT_BENCHMARKS, type EngagementBenchmarkSet, type EngagementBenchmarkTable } from "./engagementBenchmarks.js";
import { actionsSchema, ENGAGEMENT_BASES, type EngagementAction, type EngagementBasis } from "./measureEngagementRate.js";

type Quad = readonly [number, number, number, number];

const INCREASING = "expected four strictly increasing numbers";

/** Largest rate a benchmark table may hold; calibration leaves out profiles above it. @internal */
export const MAX_BENCHMARK_RATE = 1_000;

/** Longest `version` a benchmark table may have; calibration refuses to extend one beyond it. @internal */
export const MAX_VERSION_LENGTH = 1_000;

/** Whether four numbers, and their logs, increase strictly: neighbouring doubles can share a logarithm. @internal */
export function isIncreasing(values: Quad): boolean {
  const [a, b, c, d] = values.map(Math.log) as unknown as Quad;
  return values[0] < values[1] && values[1] < values[2] && values[2] < values[3] && a < b && b < c && c < d;
}

function increasingQuad(item: () => z.ZodMiniType<number>): z.ZodMiniType<Quad> {
  return z.tuple([item(), item(), item(), item()], { error: INCREASING }).check(z.refine(isIncreasing, { error: INCREASING }));
}

/** A benchmark rate: positive, at most {@link MAX_BENCHMARK_RATE} (keeps every derived number finite). */
function rate(): z.ZodMiniType<number> {
  const error = `expected a positive rate of at most ${MAX_BENCHMARK_RATE}`;
  return z.number({ error }).check(z.gt(0, { error }), z.lte(MAX_BENCHMARK_RATE, { error }));
}

/** Largest post spread a table may hold; calibration caps measured spreads here. @internal */
export const MAX_POST_SPREAD = 10;

/** A post spread (sd of log rates): positive, at most {@link MAX_POST_SPREAD}. */
function spread(): z.ZodMiniType<number> {
  const error = `expected a positive spread of at most ${MAX_POST_SPREAD}`;
  return z.number({ error }).check(z.gt(0, { error }), z.lte(MAX_POST_SPREAD, { error }));
}

function percentile(): z.ZodMiniType<number> {
  const error = "expected a number between 0 and 100 (exclusive)";
  return z.number({ error }).check(z.gt(0, { error }), z.lt(100, { error }));
}

function year(): z.ZodMiniType<number> {
  return z.int({ error: "expected a year or null" });
}

function benchmarkSetSchema(): z.ZodMiniType<EngagementBenchmarkSet> {
  const cell = z.object(
    {
      median: rate(),
      bands: increasingQuad(rate),
      isLowConfidence: z.optional(flag()),
      note: z.optional(text()),
      postSpread: z.optional(spread()),
      source: z.optional(text()),
      year: z.optional(z.nullable(year())),
      url: z.optional(text()),
      definition: z.optional(text()),
    },
    { error: "expected a benchmark cell with median and bands" },
  );
  const buckets = oneOf(["all", ...SIZE_BUCKETS.buckets.map((range) => range.bucket)] as [string, ...string[]]);
  const series = z.object(
    {
      source: text(),
      year: z.nullable(year()),
      url: z.optional(text()),
      definition: text(),
      isLowConfidence: flag(),
      note: z.optional(text()),
      cells: z.partialRecord(buckets, z.optional(cell), { error: "expected cells keyed by size bucket" }),
    },
    { error: "expected a benchmark series" },
  );
  return z.partialRecord(
    oneOf(PLATFORMS),
    z.optional(z.partialRecord(oneOf(ENGAGEMENT_BASES), z.optional(series), { error: "expected series keyed by basis" })),
    { error: "expected benchmark series keyed by platform" },
  );
}

let tableSchema: z.ZodMiniType<EngagementBenchmarkTable> | undefined;
/** Each table object seen, mapped to the checked copy the models read: later changes to the object cannot reach it. */
let checkedTables: WeakMap<object, EngagementBenchmarkTable> | undefined;

/**
 * Validates a benchmark table once per object and returns the checked copy
 * (the shipped table is trusted as it is), so scoring many profiles against
 * one table costs one validation. The copy is what the models read: a table
 * is taken as it is when first used, and changing that object afterwards has
 * no effect (before, a cell changed after the check, to a negative median,
 * say, gave NaN scores); pass a new object to use new figures. O(cells).
 *
 * @internal
 */
export function ensureBenchmarkTable(table: unknown, path: readonly (string | number)[]): EngagementBenchmarkTable {
  if (table === ENGAGEMENT_BENCHMARKS) return ENGAGEMENT_BENCHMARKS;
  const checked = typeof table === "object" && table !== null ? checkedTables?.get(table) : undefined;
  if (checked !== undefined) return checked;
  tableSchema ??= z.object(
    {
      version: text(MAX_VERSION_LENGTH),
      date: z.nullable(text()),
      bandPercentiles: increasingQuad(percentile),
      postSpread: spread(),
      creators: benchmarkSetSchema(),
      brands: benchmarkSetSchema(),
    },
    { error: "expected a benchmark table" },
  ) as z.ZodMiniType<EngagementBenchmarkTable>;
  // zod's output is a new object all the way down (objects, records, arrays): the caller's object is not kept.
  const copy = parseInput(tableSchema, table, path);
  (checkedTables ??= new WeakMap()).set(table as object, copy);
  return copy;
}

/** Marks a table built by the library as valid, keeping a copy for the models as {@link ensureBenchmarkTable} does. @internal */
export function trustBenchmarkTable(table: EngagementBenchmarkTable): EngagementBenchmarkTable {
  // A JSON copy, not structuredClone: the library runs in bare JavaScript realms, which have no structuredClone.
  // The table is plain JSON (finite numbers, strings, null, arrays, objects), so the copy is exact.
  (checkedTables ??= new WeakMap()).set(table, JSON.parse(JSON.stringify(table)) as EngagementBenchmarkTable);
  return table;
}

/** Schema fields for the `basis` and `actions` options shared by scoring and calibration. @internal */
export function engagementOptionFields(): {
  basis: z.ZodMiniOptional<z.ZodMiniType<EngagementBasis>>;
  actions: z.ZodMiniOptional<z.ZodMiniType<EngagementAction[]>>;
} {
  return { basis: z.optional(oneOf(ENGAGEMENT_BASES)), actions: z.optional(actionsSchema()) };
}
