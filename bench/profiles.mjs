// Seeded generator of realistic profiles for the benchmarks: 30 posts and
// 90 daily follower snapshots each, across platforms and sizes. Deterministic
// (mulberry32), so every run measures the same work.

const PLATFORMS = ["instagram", "tiktok", "youtube", "x", "facebook", "linkedin", "twitch"];
const FORMATS = { instagram: "reel", tiktok: "video", youtube: "video", x: "text", facebook: "image", linkedin: "text", twitch: "live" };
const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** One generated profile input (plain JSON, ISO date strings). */
export function makeProfile(next, index) {
  const platform = PLATFORMS[index % PLATFORMS.length];
  const followers = Math.round(10 ** (3 + next() * 3.7)); // 1k .. 5M, log-uniform
  const rate = 0.005 + next() * 0.06;
  const viewRate = 0.2 + next() * 0.8;
  const posts = [];
  for (let p = 0; p < 30; p++) {
    const scale = Math.exp((next() - 0.5) * 1.2);
    const views = Math.round(followers * viewRate * scale);
    const likes = Math.round(followers * rate * scale * 0.9);
    posts.push({
      id: `p${p}`,
      publishedAt: new Date(START + (89 - p * 3) * DAY).toISOString(),
      format: FORMATS[platform],
      likes,
      comments: Math.round(likes * (0.02 + next() * 0.05)),
      shares: Math.round(likes * 0.03 * next()),
      saves: Math.round(likes * 0.05 * next()),
      views,
      reach: Math.round(views * 0.8),
      impressions: views,
      sponsored: next() < 0.15,
      brandMentions: next() < 0.15 ? 1 : 0,
      topics: [next() < 0.7 ? "outdoors" : "food"],
    });
  }
  const followerHistory = [];
  let count = Math.round(followers * 0.95);
  for (let d = 0; d < 90; d++) {
    count += Math.round((followers * 0.05) / 90 + (next() - 0.5) * followers * 0.001);
    followerHistory.push({ date: new Date(START + d * DAY).toISOString().slice(0, 10), followers: Math.max(0, count) });
  }
  return { id: `bench-${index}`, handle: `@creator${index}`, platform, followers, following: Math.round(next() * 2000), accountCreatedAt: "2019-05-01", posts, followerHistory };
}

/** `count` generated profiles from one seed. */
export function makeProfiles(count, seed = 20261127) {
  const next = random(seed);
  const profiles = [];
  for (let index = 0; index < count; index++) profiles.push(makeProfile(next, index));
  return profiles;
}

/** `count` selection candidates with realistic cost/value spreads and cent-level costs. */
export function makeCandidates(count, seed = 7) {
  const next = random(seed);
  const tiers = ["nano", "micro", "mid", "macro", "mega"];
  const candidates = [];
  for (let index = 0; index < count; index++) {
    const tier = index % 5;
    const cost = Math.round((50 * 10 ** (tier * 0.8) * (0.5 + next())) * 100) / 100;
    const value = Math.max(0.01, cost * (0.002 + next() * 0.01) * (1.4 - tier * 0.15));
    candidates.push({ id: `c${index}`, cost, value, reach: Math.min(0.5, 0.0005 * 10 ** (tier * 0.6) * (0.5 + next())), tier: tiers[tier], trust: Math.round(40 + next() * 60) });
  }
  return candidates;
}
