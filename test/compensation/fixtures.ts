// Profiles shared by the compensation tests. Hand arithmetic for each lives
// next to the assertions that use it.
import { RATE_CARD, type InfluencerProfileInput, type RateCard } from "../../src/index.js";

/** Benchmark-only: no posts, no summary. 10,000 followers is in minter.io's 0–20k band (reach 0.3772). */
export const benchmarkOnly: InfluencerProfileInput = { platform: "instagram", followers: 10_000 };

/**
 * Measured: four reels with impressions and clicks, plus one image post that
 * a reel deliverable must ignore. 50,000 followers is the `mid` tier.
 *
 * Reel impressions 8,000 / 10,000 / 12,000 / 20,000 → median (10,000 + 12,000) / 2 = 11,000.
 * Clicks per impression 0.01 / 0.012 / 0.0125 / 0.01 → sorted 0.01, 0.01, 0.012, 0.0125 → median 0.011.
 * Interactions 940 / 1,160 / 1,350 / 2,100 → median (1,160 + 1,350) / 2 = 1,255.
 */
export const measuredReels: InfluencerProfileInput = {
  platform: "instagram",
  followers: 50_000,
  posts: [
    { format: "reel", likes: 900, comments: 40, impressions: 8_000, clicks: 80 },
    { format: "reel", likes: 1_100, comments: 60, impressions: 10_000, clicks: 120 },
    { format: "reel", likes: 1_300, comments: 50, impressions: 12_000, clicks: 150 },
    { format: "reel", likes: 2_000, comments: 100, impressions: 20_000, clicks: 200 },
    { format: "image", likes: 500, comments: 20, impressions: 30_000, clicks: 900 },
  ],
};

/** z of the 90th percentile: scipy.stats.norm.ppf(0.9). */
export const Z90 = 1.2815515655446004;

/** Log-scale sigma of a ×3 band read as 10th–90th percentile: ln 3 / (2 · 1.2815515655446004). */
export const SIGMA_OF_3 = 0.4286258618868957;

/** Recursively collects every object with low/expected/high number fields. */
export function ranges(value: unknown, found: { low: number; expected: number; high: number }[] = []): { low: number; expected: number; high: number }[] {
  if (Array.isArray(value)) {
    for (const item of value) ranges(item, found);
  } else if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record["low"] === "number" && typeof record["expected"] === "number" && typeof record["high"] === "number") {
      found.push({ low: record["low"], expected: record["expected"], high: record["high"] });
    }
    for (const item of Object.values(record)) ranges(item, found);
  }
  return found;
}

/** Whether every number inside `value` is finite and no key holds `undefined`. */
export function isPlainJson(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (value === undefined) return false;
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value === "object" && value !== null) return Object.values(value).every(isPlainJson);
  return true;
}

/** Freezes an object graph, so a test can prove it is not mutated. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/** A copy of RATE_CARD with the value at `path` replaced (or removed when `value` is undefined). */
export function cardWith(path: readonly (string | number)[], value: unknown): RateCard {
  const card: unknown = structuredClone(RATE_CARD);
  let parent = card as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1) ?? "";
  if (value === undefined) Reflect.deleteProperty(parent, last);
  else parent[last] = value;
  return card as RateCard;
}
