// Every message of the trust options' schema, compared in full (path, code and
// text), in the FIRST test of this file on purpose: the library builds the
// schema on first use and caches it, so mutation testing (Stryker's per-test
// coverage, docs/quality.md) credits a change inside the schema builder only
// to the test of each file that built it. Keep new schema messages in this
// first test, or they are never checked against such a change.
import { describe, expect, it } from "vitest";
import { InfluencerInputError, scoreEngagement, scoreTrust, TRUST_SIGNAL_KEYS, TRUST_THRESHOLDS, type InputIssue } from "../../src/index.js";

/** A profile that is valid and scores, so only the options can fail. */
const profile = { platform: "instagram", followers: 10_000, following: 3_000 } as const;

/** The issues `scoreTrust(profile, options)` throws, or `[]` when it does not throw. */
function issuesOf(options: unknown): readonly InputIssue[] {
  try {
    scoreTrust(profile, options as never);
  } catch (error) {
    if (error instanceof InfluencerInputError) return error.issues;
    throw error;
  }
  return [];
}

/** The issues `scoreEngagement(profile, options)` throws: what trust reports under `engagement`. */
function engagementIssues(options: unknown): readonly InputIssue[] {
  try {
    scoreEngagement(profile, options as never);
  } catch (error) {
    if (error instanceof InfluencerInputError) return error.issues;
    throw error;
  }
  return [];
}

const band = (cutoffs: unknown, extra: Record<string, unknown> = {}): unknown => ({ bands: { source: "mine", ...extra, cutoffs } });

const NOW_EXPECTED = "expected an ISO 8601 date string, a valid Date or epoch milliseconds";
// A number that is no instant is told the range: 1772323200 (epoch seconds) read only "epoch milliseconds".
const NOW_NUMBER_EXPECTED = "expected an ISO 8601 date string, a valid Date or whole epoch milliseconds from 100000000000 (3 March 1973) to 8640000000000000";
const TEXT_EXPECTED = "expected a non-empty string of at most 1000 characters";
const SCORE_EXPECTED = "expected a number between 0 and 100";
const ORDER_EXPECTED = "expected cut-offs in increasing order (questionable ≤ fair ≤ good ≤ excellent)";

describe("trust option messages", () => {
  it("names every problem with the options in the library's words, with its path and code", () => {
    const cases: readonly (readonly [unknown, readonly InputIssue[]])[] = [
      // the options object itself
      [5, [{ path: [], code: "invalid_type", message: "expected an options object, received 5" }]],
      [null, [{ path: [], code: "invalid_type", message: "expected an options object, received null" }]],
      // weights
      [{ weights: 5 }, [{ path: ["weights"], code: "invalid_type", message: "weights: expected an object of weights by signal key, received 5" }]],
      [{ weights: null }, [{ path: ["weights"], code: "invalid_type", message: "weights: expected an object of weights by signal key, received null" }]],
      // an array is not an object of weights, and its indices are not reported as unknown keys
      [{ weights: [1] }, [{ path: ["weights"], code: "invalid_type", message: "weights: expected an object of weights by signal key, received an array" }]],
      // nor are the characters of a string
      [{ weights: "ab" }, [{ path: ["weights"], code: "invalid_type", message: 'weights: expected an object of weights by signal key, received "ab"' }]],
      [{ weights: { followRatio: -1 } }, [{ path: ["weights", "followRatio"], code: "too_small", message: "weights.followRatio: expected a finite non-negative number, received -1" }]],
      [
        { weights: { followRatio: 1e9 } },
        [{ path: ["weights", "followRatio"], code: "too_big", message: "weights.followRatio: expected a finite non-negative number at most 1000000, received 1000000000" }],
      ],
      [{ weights: { followRatio: 1_000_000 } }, []], // the largest weight accepted
      [{ weights: { folowRatio: 2 } }, [{ path: ["weights", "folowRatio"], code: "invalid_value", message: 'weights.folowRatio: expected a trust signal key (TRUST_SIGNAL_KEYS), received "folowRatio"' }]],
      [
        { weights: Object.fromEntries(TRUST_SIGNAL_KEYS.map((key) => [key, 0])) },
        [{ path: ["weights"], code: "invalid_value", message: "weights: expected at least one positive weight, received only zeros" }],
      ],
      // thresholds
      [{ thresholds: 5 }, [{ path: ["thresholds"], code: "invalid_type", message: "thresholds: expected an object of thresholds by key, received 5" }]],
      [{ thresholds: null }, [{ path: ["thresholds"], code: "invalid_type", message: "thresholds: expected an object of thresholds by key, received null" }]],
      [{ thresholds: [2] }, [{ path: ["thresholds"], code: "invalid_type", message: "thresholds: expected an object of thresholds by key, received an array" }]],
      [{ thresholds: "ab" }, [{ path: ["thresholds"], code: "invalid_type", message: 'thresholds: expected an object of thresholds by key, received "ab"' }]],
      [{ thresholds: { spikeZ: -1 } }, [{ path: ["thresholds", "spikeZ"], code: "too_small", message: "thresholds.spikeZ: expected a finite number above 0 (a z-score threshold of 0 leaves no room for noise), received -1" }]],
      [
        { thresholds: { sponsoredSaturationShare: 1.5 } },
        [{ path: ["thresholds", "sponsoredSaturationShare"], code: "too_big", message: "thresholds.sponsoredSaturationShare: expected a number between 0 and 1, received 1.5" }],
      ],
      [{ thresholds: { spikeZ: 1.5 } }, []], // not a share: above 1 is fine
      // the critical-flag cap is a trust score, in [0, 100]
      [
        { thresholds: { criticalFlagCap: 101 } },
        [{ path: ["thresholds", "criticalFlagCap"], code: "too_big", message: `thresholds.criticalFlagCap: ${SCORE_EXPECTED}, received 101` }],
      ],
      [
        { thresholds: { criticalFlagCap: -1 } },
        [{ path: ["thresholds", "criticalFlagCap"], code: "too_small", message: `thresholds.criticalFlagCap: ${SCORE_EXPECTED}, received -1` }],
      ],
      [
        { thresholds: { criticalFlagCap: "59.9" } },
        [{ path: ["thresholds", "criticalFlagCap"], code: "invalid_type", message: `thresholds.criticalFlagCap: ${SCORE_EXPECTED}, received "59.9"` }],
      ],
      [
        { thresholds: { criticalFlagCap: Number.POSITIVE_INFINITY } },
        [{ path: ["thresholds", "criticalFlagCap"], code: "invalid_type", message: `thresholds.criticalFlagCap: ${SCORE_EXPECTED}, received Infinity` }],
      ],
      [
        { thresholds: { criticalFlagCap: Number.NaN } },
        [{ path: ["thresholds", "criticalFlagCap"], code: "invalid_type", message: `thresholds.criticalFlagCap: ${SCORE_EXPECTED}, received NaN` }],
      ],
      // floors above 0: below them a signal has nothing to compute (0 or 1 dated posts gave a NaN score) or flags nothing
      [
        { thresholds: { minDatedPosts: 1 } },
        [{ path: ["thresholds", "minDatedPosts"], code: "too_small", message: "thresholds.minDatedPosts: expected a finite number of at least 2 (the gaps between posts need two dates), received 1" }],
      ],
      [{ thresholds: { minDatedPosts: 2 } }, []],
      [
        { thresholds: { minTopicPosts: 0 } },
        [{ path: ["thresholds", "minTopicPosts"], code: "too_small", message: "thresholds.minTopicPosts: expected a finite number of at least 1 (a topic share needs a post with topics), received 0" }],
      ],
      [{ thresholds: { minTopicPosts: 1 } }, []],
      [
        { thresholds: { spikeZ: 0 } },
        [{ path: ["thresholds", "spikeZ"], code: "too_small", message: "thresholds.spikeZ: expected a finite number above 0 (a z-score threshold of 0 leaves no room for noise), received 0" }],
      ],
      [
        { thresholds: { spikeZ: Number.POSITIVE_INFINITY } },
        [{ path: ["thresholds", "spikeZ"], code: "invalid_type", message: "thresholds.spikeZ: expected a finite number above 0 (a z-score threshold of 0 leaves no room for noise), received Infinity" }],
      ],
      [{ thresholds: { spikeZ: 0.01 } }, []],
      [{ thresholds: { criticalFlagCap: 0 } }, []], // both ends of [0, 100] are allowed
      [{ thresholds: { criticalFlagCap: 100 } }, []],
      [
        { thresholds: { spikeZed: 3 } },
        [{ path: ["thresholds", "spikeZed"], code: "invalid_value", message: 'thresholds.spikeZed: expected a trust threshold key (TRUST_THRESHOLDS), received "spikeZed"' }],
      ],
      // bands
      [{ bands: 5 }, [{ path: ["bands"], code: "invalid_type", message: "bands: expected a band table with source and cutoffs, received 5" }]],
      [
        { bands: { cutoffs: { questionable: 1, fair: 2, good: 3, excellent: 4 } } },
        [{ path: ["bands", "source"], code: "invalid_type", message: `bands.source: ${TEXT_EXPECTED}, received nothing` }],
      ],
      [
        band({ questionable: 1, fair: 2, good: 3, excellent: 4 }, { url: 5 }),
        [{ path: ["bands", "url"], code: "invalid_type", message: `bands.url: ${TEXT_EXPECTED}, received 5` }],
      ],
      [band(5), [{ path: ["bands", "cutoffs"], code: "invalid_type", message: "bands.cutoffs: expected an object with questionable, fair, good and excellent, received 5" }]],
      [
        band({ questionable: -1, fair: 2, good: 101, excellent: "x" }),
        [
          { path: ["bands", "cutoffs", "questionable"], code: "too_small", message: `bands.cutoffs.questionable: ${SCORE_EXPECTED}, received -1` },
          { path: ["bands", "cutoffs", "good"], code: "too_big", message: `bands.cutoffs.good: ${SCORE_EXPECTED}, received 101` },
          { path: ["bands", "cutoffs", "excellent"], code: "invalid_type", message: `bands.cutoffs.excellent: ${SCORE_EXPECTED}, received "x"` },
        ],
      ],
      [band({ questionable: 0, fair: 2, good: 3, excellent: 100 }), []], // both ends of [0, 100] are allowed
      [band({ questionable: 50, fair: 40, good: 70, excellent: 90 }), [{ path: ["bands", "cutoffs"], code: "invalid_value", message: `bands.cutoffs: ${ORDER_EXPECTED}, received an object` }]],
      [band({ questionable: 30, fair: 80, good: 70, excellent: 90 }), [{ path: ["bands", "cutoffs"], code: "invalid_value", message: `bands.cutoffs: ${ORDER_EXPECTED}, received an object` }]],
      [band({ questionable: 30, fair: 60, good: 95, excellent: 90 }), [{ path: ["bands", "cutoffs"], code: "invalid_value", message: `bands.cutoffs: ${ORDER_EXPECTED}, received an object` }]],
      [band({ questionable: 50, fair: 50, good: 50, excellent: 50 }), []], // equal cut-offs are in order (≤)
      // now
      [{ now: "2025-02-30" }, [{ path: ["now"], code: "invalid_value", message: `now: ${NOW_EXPECTED}, received "2025-02-30"` }]],
      [{ now: 1e20 }, [{ path: ["now"], code: "invalid_value", message: `now: ${NOW_NUMBER_EXPECTED}, received 100000000000000000000` }]],
      // whole epoch milliseconds from 10^11 (3 March 1973; smaller numbers are taken for epoch seconds) to 8.64e15, the last Date
      [{ now: 8.64e15 }, []],
      [{ now: 1e11 }, []],
      [{ now: 1_772_323_200 }, [{ path: ["now"], code: "invalid_value", message: `now: ${NOW_NUMBER_EXPECTED}, received 1772323200` }]],
      [{ now: -8.64e15 }, [{ path: ["now"], code: "invalid_value", message: `now: ${NOW_NUMBER_EXPECTED}, received -8640000000000000` }]],
      [{ now: 8.64e15 + 1 }, [{ path: ["now"], code: "invalid_value", message: `now: ${NOW_NUMBER_EXPECTED}, received 8640000000000001` }]],
      [{ now: new Date(Number.NaN) }, [{ path: ["now"], code: "invalid_value", message: `now: ${NOW_EXPECTED}, received an invalid Date` }]],
      [{ now: true }, [{ path: ["now"], code: "invalid_type", message: `now: ${NOW_EXPECTED}, received true` }]],
      [{ now: {} }, [{ path: ["now"], code: "invalid_type", message: `now: ${NOW_EXPECTED}, received an object` }]],
      // options of the models trust calls, under their own key
      [{ audience: { confidenceLevel: 2 } }, [{ path: ["audience", "confidenceLevel"], code: "too_big", message: "audience.confidenceLevel: expected a number strictly between 0 and 1, received 2" }]],
      [{ engagement: 5 }, [{ path: ["engagement"], code: "invalid_type", message: "engagement: expected an options object, received 5" }]],
      // the engagement model's own issue (basis: expected one of …), moved under engagement
      [{ engagement: { basis: "likes" } }, engagementIssues({ basis: "likes" }).map((issue) => ({ ...issue, path: ["engagement", ...issue.path], message: `engagement.${issue.message}` }))],
    ];
    for (const [options, expected] of cases) expect({ options, issues: issuesOf(options) }).toEqual({ options, issues: expected });
  });

  it("lists every problem of one call, in the order of the options", () => {
    const issues = issuesOf({ weights: { followRatio: -1, folowRatio: 1 }, thresholds: { spikeZ: -1, spikeZed: 1 }, now: true });
    expect(issues.map((issue) => issue.message)).toEqual([
      "weights.followRatio: expected a finite non-negative number, received -1",
      'weights.folowRatio: expected a trust signal key (TRUST_SIGNAL_KEYS), received "folowRatio"',
      "thresholds.spikeZ: expected a finite number above 0 (a z-score threshold of 0 leaves no room for noise), received -1",
      'thresholds.spikeZed: expected a trust threshold key (TRUST_THRESHOLDS), received "spikeZed"',
      `now: ${NOW_EXPECTED}, received true`,
    ]);
  });

  it("checks shares and percentiles against [0, 1], the critical-flag cap against [0, 100], three thresholds against a floor and every other only against 0", () => {
    // 2.5 is a valid count, ratio or number of days, but not a share or a percentile.
    const shares = Object.keys(TRUST_THRESHOLDS).filter((key) => issuesOf({ thresholds: { [key]: 2.5 } }).length > 0);
    expect(shares).toEqual([
      "authenticShareZero",
      "authenticShareFull",
      "authenticShareWarning",
      "authenticShareCritical",
      "engagementPercentileZero",
      "engagementPercentileFull",
      "engagementLowPercentile",
      "anomalousGrowthShareZero",
      "podPercentile",
      "sponsoredShareFull",
      "sponsoredShareZero",
      "sponsoredSaturationShare",
      "topicConcentrationFull",
      "minBandConfidence",
    ]);
    // 101 is above 1 for every share, and above 100 for the one threshold that is a score
    expect(Object.keys(TRUST_THRESHOLDS).filter((key) => issuesOf({ thresholds: { [key]: 101 } }).length > 0).sort()).toEqual([...shares, "criticalFlagCap"].sort());
    // and every threshold rejects a negative value
    expect(Object.keys(TRUST_THRESHOLDS).filter((key) => issuesOf({ thresholds: { [key]: -1 } }).length === 0)).toEqual([]);
    // 0 is allowed everywhere except where a signal needs something to compute or a z-score some room for noise
    expect(Object.keys(TRUST_THRESHOLDS).filter((key) => issuesOf({ thresholds: { [key]: 0 } }).length > 0)).toEqual(["spikeZ", "minTopicPosts", "minDatedPosts"]);
    expect(Object.keys(TRUST_THRESHOLDS).filter((key) => issuesOf({ thresholds: { [key]: 1 } }).length > 0)).toEqual(["minDatedPosts"]);
  });

  it("accepts a weight of zero for a signal as long as another weight stays positive", () => {
    // The defaults keep 12 positive weights when one is set to 0; setting all 13 to 0 is the error above.
    expect(issuesOf({ weights: { audienceAuthenticity: 0 } })).toEqual([]);
    const allButOne = Object.fromEntries(TRUST_SIGNAL_KEYS.map((key) => [key, key === "accountAge" ? 1 : 0]));
    expect(issuesOf({ weights: allButOne })).toEqual([]);
  });
});
