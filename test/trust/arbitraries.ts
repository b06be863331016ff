// Arbitraries shared by the trust model's property tests.
import { fc } from "@fast-check/vitest";
import type { PostMetricsInput } from "../../src/index.js";

const START = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;

/** The ISO date `day` days after 2026-01-01. */
export const iso = (day: number): string => new Date(START + day * DAY).toISOString();

/** A post with any of the fields the trust signals read, dated within 120 days. */
export const post: fc.Arbitrary<PostMetricsInput> = fc.record(
  {
    publishedAt: fc.integer({ min: 0, max: 120 }).map(iso),
    likes: fc.nat({ max: 50_000 }),
    comments: fc.nat({ max: 5_000 }),
    shares: fc.nat({ max: 2_000 }),
    views: fc.nat({ max: 500_000 }),
    sponsored: fc.boolean(),
    brandMentions: fc.nat({ max: 8 }),
    topics: fc.array(fc.constantFrom("hiking", "#Hiking", "gear", "food", "travel", "diy"), { maxLength: 3 }),
  },
  { requiredKeys: ["likes", "comments"] },
);
