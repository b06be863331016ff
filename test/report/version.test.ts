import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseProfile, scoreInfluencer, scoreInfluencers, VERSION, type InfluencerProfileInput } from "../../src/index.js";

const packageVersion = (JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version;

describe("VERSION", () => {
  it("is the version in package.json (bump both together when releasing)", () => {
    expect(VERSION).toBe(packageVersion);
  });

  it("is what every report says made it", () => {
    const input: InfluencerProfileInput = { platform: "instagram", followers: 12_000, posts: [{ likes: 300, comments: 12 }] };
    expect(scoreInfluencer(input).libraryVersion).toBe(packageVersion);
    expect(scoreInfluencer(parseProfile(input)).libraryVersion).toBe(packageVersion);
    const batch = scoreInfluencers([input]);
    expect(batch.reports.map((row) => row.report.libraryVersion)).toEqual([packageVersion]);
  });

  it("is the report's last key, so existing readers of the report keep their order", () => {
    expect(Object.keys(scoreInfluencer({ platform: "x", followers: 1 })).at(-1)).toBe("libraryVersion");
  });
});
