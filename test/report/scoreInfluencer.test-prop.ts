import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { PLATFORMS, scoreInfluencer, scoreInfluencers, type InfluencerProfileInput } from "../../src/index.js";

const count = fc.oneof(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 5_000_000 }));
const day = fc.integer({ min: 0, max: 89 }).map((offset) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10));

/** A valid profile: any platform and size, 0–20 posts, sometimes a following count and a short history. */
const profile: fc.Arbitrary<InfluencerProfileInput> = fc
  .record({
    platform: fc.constantFrom(...PLATFORMS),
    followers: fc.oneof(fc.constant(0), count),
    following: fc.option(count, { nil: undefined }),
    posts: fc.array(fc.record({ likes: count, comments: count, views: fc.option(count, { nil: undefined }), publishedAt: fc.option(day, { nil: undefined }) }), { maxLength: 20 }),
    followerHistory: fc.array(fc.record({ date: day, followers: count }), { maxLength: 10 }),
  })
  .map((fields) => JSON.parse(JSON.stringify(fields)) as InfluencerProfileInput); // drop undefined keys

/** A row that may be invalid: a valid profile, or one with a negative follower count, or not an object. */
const row: fc.Arbitrary<unknown> = fc.oneof(profile, profile.map((valid) => ({ ...valid, followers: -1 })), fc.constant(null));

const TERMS = { costPerClick: 0.5, averageOrderValue: 40 };

test.prop([profile])("is plain JSON: a JSON round trip gives a strictly equal report", (input) => {
  const report = scoreInfluencer(input, { compensation: TERMS });
  expect(JSON.parse(JSON.stringify(report))).toStrictEqual(report);
});

test.prop([profile])("keeps every score within its range", (input) => {
  const { engagement, trust, flatFee } = scoreInfluencer(input);
  for (const score of [engagement.score, trust.score]) if (score !== null) expect(score >= 0 && score <= 100).toBe(true);
  if (flatFee.cost !== null) expect(flatFee.cost.low <= flatFee.cost.expected && flatFee.cost.expected <= flatFee.cost.high).toBe(true);
});

test.prop([fc.array(row, { maxLength: 12 })])("loses no row: every input position is either a report or an error, once, in order", (rows) => {
  const { reports, errors } = scoreInfluencers(rows);
  const positions = [...reports.map((scored) => scored.index), ...errors.map((error) => error.index)].sort((left, right) => left - right);
  expect(positions).toEqual(rows.map((_, index) => index));
  expect(reports.map((scored) => scored.index)).toEqual([...reports.map((scored) => scored.index)].sort((left, right) => left - right));
});

test.prop([profile])("scores a row in a batch exactly as on its own", (input) => {
  const { reports } = scoreInfluencers([input], { compensation: TERMS });
  expect(reports[0]?.report).toStrictEqual(scoreInfluencer(input, { compensation: TERMS }));
});
