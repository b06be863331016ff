import { describe, expect, it } from "vitest";
import {
  InfluencerInputError,
  parseProfile,
  scoreInfluencer,
  scoreInfluencers,
  scoreInfluencersStream,
  type RowError,
  type ScoredRow,
} from "../../src/index.js";
import { microCreator, TERMS } from "./profiles.js";

const GOOD_A = { handle: "@a", platform: "tiktok", followers: 12_000 } as const;
const BAD = { handle: "@b", platform: "tiktok", followers: -1 } as const;
const GOOD_C = { handle: "@c", platform: "youtube", followers: 600_000 } as const;

/** The items as an async iterable that yields to the event loop between them, like a file reader. */
async function* slowly<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) {
    await Promise.resolve();
    yield item;
  }
}

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const row of rows) items.push(row);
  return items;
}

describe("scoreInfluencers", () => {
  it("matches the documented example", () => {
    const { reports, errors } = scoreInfluencers([GOOD_A, BAD, GOOD_C], { compensation: { costPerClick: 0.5, averageOrderValue: 40 } });
    // 12,000 is micro [10k, 50k) and 600,000 macro [500k, 1M) under the standard scheme; row 1 has −1 followers
    expect([reports.map((row) => [row.index, row.report.tier.tier]), errors.map((error) => [error.index, error.issues[0]?.message])]).toEqual([
      [
        [0, "micro"],
        [2, "macro"],
      ],
      [[1, "followers: expected a non-negative integer, received -1"]],
    ]);
  });

  it("matches the documented example of a scored row", () => {
    const row: ScoredRow = { index: 0, report: scoreInfluencer({ platform: "x", followers: 900 }, { compensation: { costPerClick: 1, averageOrderValue: 40 } }) };
    // 900 < 10,000: nano
    expect(row.report.tier.tier).toBe("nano");
  });

  it("keeps every good row around bad ones, each with its input position", () => {
    const inputs = [GOOD_A, null, BAD, microCreator(), "not a profile", GOOD_C];
    const { reports, errors } = scoreInfluencers(inputs);
    expect(reports.map((row) => row.index)).toEqual([0, 3, 5]);
    expect(errors.map((error) => error.index)).toEqual([1, 2, 4]);
    expect(reports.map((row) => row.report.handle)).toEqual(["@a", "@trailmix", "@c"]);
  });

  it("gives each good row the report scoreInfluencer gives it alone", () => {
    const { reports } = scoreInfluencers([GOOD_A, microCreator()], { compensation: TERMS });
    expect(reports[1]?.report).toStrictEqual(scoreInfluencer(microCreator(), { compensation: TERMS }));
  });

  it("accepts any iterable, including a generator and parsed profiles", () => {
    function* rows(): Generator {
      yield parseProfile(GOOD_A);
      yield BAD;
    }
    const { reports, errors } = scoreInfluencers(rows());
    expect([reports.length, errors.length]).toEqual([1, 1]);
  });

  it("returns empty lists for no input", () => {
    expect(scoreInfluencers([])).toEqual({ reports: [], errors: [] });
  });

  it("throws for bad options, even with no rows, instead of failing every row", () => {
    expect(() => scoreInfluencers([], { compensation: { costPerClick: -1, averageOrderValue: 40 } })).toThrow(InfluencerInputError);
  });

  it("throws InfluencerInputError, not a TypeError, for rows that are not iterable", () => {
    const call = (): unknown => scoreInfluencers(null as unknown as Iterable<unknown>);
    expect(call).toThrow(InfluencerInputError);
    expect(call).toThrow("expected an array or iterable of rows, received null");
  });

  it("rethrows an error that is not an input error", () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new TypeError("boom");
        },
      },
    );
    expect(() => scoreInfluencers([GOOD_A, hostile])).toThrow(TypeError);
  });
});

describe("scoreInfluencersStream", () => {
  it("matches the documented example", () => {
    const rows = scoreInfluencersStream([{ platform: "instagram", followers: 4_000 }, { platform: "instagram" }]);
    expect(Symbol.asyncIterator in rows).toBe(true);
  });

  it("yields a report or the issues for each row, in input order, as the documentation says", async () => {
    const results = await collect(scoreInfluencersStream(slowly([{ platform: "instagram", followers: 4_000 }, { platform: "instagram" }])));
    expect(results.map((row) => ("report" in row ? `${row.index}: ${row.report.tier.tier}` : `${row.index}: ${row.issues[0]?.message}`))).toEqual([
      "0: nano",
      "1: followers: expected a non-negative integer, received nothing",
    ]);
  });

  it("agrees with the batch form on the same rows", async () => {
    const inputs = [GOOD_A, BAD, microCreator(), GOOD_C];
    const streamed = await collect(scoreInfluencersStream(inputs, { compensation: TERMS }));
    const { reports, errors } = scoreInfluencers(inputs, { compensation: TERMS });
    const fromBatch: (ScoredRow | RowError)[] = [...reports, ...errors].sort((left, right) => left.index - right.index);
    expect(streamed).toStrictEqual(fromBatch);
  });

  it("reads lazily: one row is pulled per result", async () => {
    let pulled = 0;
    async function* rows(): AsyncGenerator {
      for (let index = 0; index < 1_000; index++) {
        await Promise.resolve();
        pulled++;
        yield GOOD_A;
      }
    }
    const stream = scoreInfluencersStream(rows());
    await stream.next();
    await stream.next();
    expect(pulled).toBe(2);
    await stream.return(undefined);
  });

  it("rejects on the first read when the rows are neither iterable nor async iterable", async () => {
    const stream = scoreInfluencersStream(5 as unknown as Iterable<unknown>);
    await expect(stream.next()).rejects.toThrow("expected an array, iterable or async iterable of rows, received 5");
  });

  it("rejects on the first read when an option is bad", async () => {
    const stream = scoreInfluencersStream([GOOD_A], { tierScheme: "nope" as never });
    await expect(stream.next()).rejects.toBeInstanceOf(InfluencerInputError);
  });
});

describe("now in the batch and stream forms", () => {
  const future = { handle: "@f", platform: "tiktok", followers: 5_000, posts: [{ likes: 100, comments: 5, publishedAt: "2026-06-01" }] } as const;

  it("applies now to every row of a batch", () => {
    const { reports } = scoreInfluencers([future, future], { now: "2026-01-01" });
    expect(reports.map((row) => row.report.warnings.map((warning) => warning.code))).toEqual([["post_in_future"], ["post_in_future"]]);
  });

  it("applies now to every row of a stream", async () => {
    const rows = await collect(scoreInfluencersStream(slowly([future]), { now: "2026-01-01" }));
    expect(rows.map((row) => ("report" in row ? row.report.warnings.map((warning) => warning.code) : []))).toEqual([["post_in_future"]]);
  });

  it("rejects a bad now once, before any row", () => {
    expect(() => scoreInfluencers([future], { now: "soon" })).toThrow(InfluencerInputError);
  });
});
