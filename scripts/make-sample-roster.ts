/**
 * Writes the synthetic sample roster that `npm start` and the CLI examples score:
 *
 *   npx tsx scripts/make-sample-roster.ts [--seed <n>] [--out <dir>]
 *
 * Outputs (default folder `examples/`):
 *   roster.ndjson        one profile per line (InfluencerProfileInput), the full data
 *   roster.csv           the same roster, one row per post (profile columns repeated)
 *   roster-profiles.csv  the same roster, one row per profile with aggregate columns
 *
 * Everything is synthetic: handles are invented, and every number is drawn from a seeded
 * pseudo-random generator (mulberry32, below), so the same seed always writes the same
 * files byte for byte. The magnitudes follow the public benchmarks the library cites
 * (docs/methodology): engagement falls as follower counts grow, TikTok is measured against
 * views, YouTube views are a small share of subscribers, X and Facebook engage far less
 * than Instagram.
 *
 * A few creators carry a known problem so that the demo shows the trust flags:
 *   - `@glowup.daily`: bought followers, a one-day jump of about 28% in the follower history
 *     with engagement that does not follow.
 *   - `@fitfam.circle`: engagement-pod pattern, near-identical likes and comment counts on
 *     every post and an unusually high comment share.
 *   - `@dealhunter.dani`: sponsored saturation, about two thirds of the posts are paid, each
 *     tagging several brands.
 *   - `@viral.vibes.hq`: a fake-heavy audience sample (about 45% of the sampled followers
 *     look like bots) and a follow-for-follow ratio.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

type Platform = "instagram" | "tiktok" | "youtube" | "x" | "facebook" | "linkedin" | "twitch";
type PostFormat = "image" | "carousel" | "reel" | "story" | "video" | "short" | "live" | "text";
type Problem = "bought-followers" | "engagement-pod" | "sponsored-saturation" | "fake-audience";

/** One creator of the roster, as designed by hand; the numbers around it are drawn. */
interface CreatorSpec {
  readonly handle: string;
  readonly platform: Platform;
  /** Follower count on the last day of the history. */
  readonly followers: number;
  readonly problem?: Problem;
  /** Attach a random audience sample of this many follower accounts. */
  readonly sampleSize?: number;
  /** Attach a vendor-audited authentic share instead of a sample. */
  readonly authenticShare?: number;
  /** The creator shares post insights (reach and impressions). */
  readonly hasInsights?: boolean;
  readonly isBrandAccount?: boolean;
}

interface Post {
  id: string;
  publishedAt: string;
  format: PostFormat;
  likes: number;
  comments: number;
  shares?: number;
  saves?: number;
  views?: number;
  reach?: number;
  impressions?: number;
  sponsored: boolean;
  brandMentions?: number;
}

interface AudienceAccount {
  followers: number;
  following: number;
  posts: number;
  hasProfilePicture: boolean;
  isPrivate: boolean;
  username: string;
  biographyLength: number;
}

interface Profile {
  id: string;
  handle: string;
  platform: Platform;
  followers: number;
  following: number;
  accountCreatedAt: string;
  isBrandAccount?: boolean;
  posts: Post[];
  followerHistory: { date: string; followers: number }[];
  audience?: { sample?: AudienceAccount[]; authenticShare?: number };
}

// 40 creators: every platform, every tier of the standard scheme
// (nano < 10k ≤ micro < 50k ≤ mid < 500k ≤ macro < 1M ≤ mega).
const ROSTER: readonly CreatorSpec[] = [
  // Instagram (14)
  { handle: "@trailmix.tara", platform: "instagram", followers: 4_800, sampleSize: 80 },
  { handle: "@sourdough.sam", platform: "instagram", followers: 8_900, hasInsights: true },
  { handle: "@plantmom.priya", platform: "instagram", followers: 2_300 },
  { handle: "@citycyclist.jo", platform: "instagram", followers: 14_200, hasInsights: true },
  { handle: "@fitfam.circle", platform: "instagram", followers: 23_500, problem: "engagement-pod" },
  { handle: "@thriftqueen.mel", platform: "instagram", followers: 31_000, authenticShare: 0.91 },
  { handle: "@glowup.daily", platform: "instagram", followers: 46_000, problem: "bought-followers", hasInsights: true },
  { handle: "@nomad.noodles", platform: "instagram", followers: 88_000, sampleSize: 100 },
  { handle: "@dealhunter.dani", platform: "instagram", followers: 142_000, problem: "sponsored-saturation" },
  { handle: "@minimal.marco", platform: "instagram", followers: 305_000, hasInsights: true },
  { handle: "@viral.vibes.hq", platform: "instagram", followers: 410_000, problem: "fake-audience", sampleSize: 120 },
  { handle: "@chef.amara", platform: "instagram", followers: 720_000, authenticShare: 0.86 },
  { handle: "@style.by.lena", platform: "instagram", followers: 1_650_000, hasInsights: true },
  { handle: "@northwind.outfitters", platform: "instagram", followers: 64_000, isBrandAccount: true },
  // TikTok (10)
  { handle: "@beatbox.benji", platform: "tiktok", followers: 6_100 },
  { handle: "@budget.bites", platform: "tiktok", followers: 9_400, sampleSize: 60 },
  { handle: "@skatepark.sol", platform: "tiktok", followers: 18_700 },
  { handle: "@booktok.bea", platform: "tiktok", followers: 42_000, hasInsights: true },
  { handle: "@diy.dad.dev", platform: "tiktok", followers: 97_000 },
  { handle: "@dance.with.kai", platform: "tiktok", followers: 260_000 },
  { handle: "@petpals.pia", platform: "tiktok", followers: 480_000, authenticShare: 0.88 },
  { handle: "@science.snax", platform: "tiktok", followers: 830_000 },
  { handle: "@prankster.pete", platform: "tiktok", followers: 2_400_000 },
  { handle: "@makeup.mina", platform: "tiktok", followers: 5_300_000 },
  // YouTube (6)
  { handle: "@retro.repairs", platform: "youtube", followers: 7_600 },
  { handle: "@homelab.hana", platform: "youtube", followers: 36_000, sampleSize: 80 },
  { handle: "@trailrunner.tom", platform: "youtube", followers: 155_000 },
  { handle: "@synthwave.studio", platform: "youtube", followers: 610_000 },
  { handle: "@budget.travel.ben", platform: "youtube", followers: 1_200_000 },
  { handle: "@kitchen.lab", platform: "youtube", followers: 3_900_000 },
  // X (3)
  { handle: "@devops.diaries", platform: "x", followers: 12_800 },
  { handle: "@econ.explainer", platform: "x", followers: 210_000 },
  { handle: "@f1.insider", platform: "x", followers: 1_100_000 },
  // Facebook (2)
  { handle: "@garden.grandpa", platform: "facebook", followers: 27_000 },
  { handle: "@family.feasts", platform: "facebook", followers: 540_000 },
  // LinkedIn (3)
  { handle: "@saas.sales.sara", platform: "linkedin", followers: 9_100 },
  { handle: "@hr.futures", platform: "linkedin", followers: 48_000 },
  { handle: "@founder.notes", platform: "linkedin", followers: 175_000 },
  // Twitch (2)
  { handle: "@speedrun.sky", platform: "twitch", followers: 22_000 },
  { handle: "@chess.after.dark", platform: "twitch", followers: 390_000 },
];

/** Last day of the follower history and of the posting window (UTC). */
const END_DATE = Date.UTC(2026, 2, 31);
const DAY_MS = 86_400_000;
const HISTORY_DAYS = 90;

/** mulberry32: a small, fast, seedable 32-bit generator; returns floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

class Random {
  private readonly next: () => number;
  private spare: number | undefined;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  uniform(min = 0, max = 1): number {
    return min + (max - min) * this.next();
  }

  int(min: number, max: number): number {
    return Math.floor(this.uniform(min, max + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }

  /** Standard normal draw (Box–Muller, both values used). */
  normal(): number {
    if (this.spare !== undefined) {
      const value = this.spare;
      this.spare = undefined;
      return value;
    }
    const radius = Math.sqrt(-2 * Math.log(1 - this.next()));
    const angle = 2 * Math.PI * this.next();
    this.spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  }

  /** Multiplicative noise: exp(N(0, sigma)), median 1. */
  lognormal(sigma: number): number {
    return Math.exp(sigma * this.normal());
  }
}

/** Typical (likes + comments) / followers for an Instagram-like feed, by tier (HypeAuditor, Later × Fohr magnitudes). */
function baseEngagementRate(followers: number): number {
  if (followers < 10_000) return 0.04;
  if (followers < 50_000) return 0.022;
  if (followers < 500_000) return 0.015;
  if (followers < 1_000_000) return 0.012;
  return 0.009;
}

/** Monthly organic follower growth, by size. */
function monthlyGrowth(followers: number, random: Random): number {
  if (followers < 50_000) return random.uniform(0.015, 0.06);
  if (followers < 1_000_000) return random.uniform(0.008, 0.03);
  return random.uniform(0.003, 0.012);
}

const FORMATS: Readonly<Record<Platform, readonly PostFormat[]>> = {
  instagram: ["image", "carousel", "reel", "reel"],
  tiktok: ["video"],
  youtube: ["video", "video", "short"],
  x: ["text", "text", "image"],
  facebook: ["image", "video", "reel"],
  linkedin: ["text", "image", "carousel", "video"],
  twitch: ["live"],
};

function isoDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

function isoInstant(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(".000Z", "Z");
}

/** 90 daily follower counts ending at `finalFollowers`, with the bought-follower jump when asked. */
function followerHistory(spec: CreatorSpec, random: Random): { date: string; followers: number }[] {
  const dailyGrowth = Math.pow(1 + monthlyGrowth(spec.followers, random), 1 / 30) - 1;
  const spikeDay = spec.problem === "bought-followers" ? 58 : -1;
  const spikeFactor = 1.28;
  // Walk backwards from today's count so the last point equals `followers` exactly.
  const counts: number[] = new Array<number>(HISTORY_DAYS).fill(0);
  let current = spec.followers;
  for (let day = HISTORY_DAYS - 1; day >= 0; day--) {
    counts[day] = Math.round(current);
    let factor = 1 + dailyGrowth + random.normal() * 0.0015;
    if (day === spikeDay) factor = spikeFactor; // the day the purchase landed
    else if (spikeDay >= 0 && day > spikeDay) factor = 0.9992 + random.normal() * 0.0004; // bought accounts slowly purged
    current /= factor;
  }
  return counts.map((followers, day) => ({ date: isoDate(END_DATE - (HISTORY_DAYS - 1 - day) * DAY_MS), followers }));
}

function makePosts(spec: CreatorSpec, random: Random, organicFollowers: number): Post[] {
  const count = random.int(12, 30);
  const quality = random.lognormal(0.3); // creator-level engagement quality
  const sponsoredShare = spec.problem === "sponsored-saturation" ? 0.66 : random.uniform(0.05, 0.25);
  const isPod = spec.problem === "engagement-pod";
  const podLikes = Math.round(organicFollowers * 0.061);
  const posts: Post[] = [];
  // Posting days spread over the 90-day window, most recent last.
  const offsets = Array.from({ length: count }, () => random.uniform(0, HISTORY_DAYS - 1)).sort((a, b) => b - a);
  for (let postIndex = 0; postIndex < count; postIndex++) {
    const offsetDays = offsets[postIndex] ?? 0;
    const publishedAt = END_DATE - Math.floor(offsetDays) * DAY_MS + random.int(8, 21) * 3_600_000 + random.int(0, 59) * 60_000;
    const format = random.pick(FORMATS[spec.platform]);
    const sponsored = spec.problem === "sponsored-saturation" ? postIndex % 3 !== 0 : random.chance(sponsoredShare);
    const sponsoredPenalty = sponsored ? random.uniform(0.55, 0.85) : 1;
    const noise = random.lognormal(0.45) * sponsoredPenalty * quality;
    const base = organicFollowers * baseEngagementRate(spec.followers);
    const post: Post = {
      id: `${spec.handle.slice(1).replace(/\./g, "-")}-${String(postIndex + 1).padStart(2, "0")}`,
      publishedAt: isoInstant(publishedAt),
      format,
      likes: 0,
      comments: 0,
      sponsored,
    };
    switch (spec.platform) {
      case "instagram": {
        const views = format === "reel" ? Math.round(organicFollowers * random.uniform(0.35, 1.4) * quality) : undefined;
        post.likes = Math.round(base * 0.96 * noise * (format === "reel" ? 1.3 : 1));
        post.comments = Math.round(post.likes * random.uniform(0.015, 0.045));
        post.shares = Math.round(post.likes * (format === "reel" ? random.uniform(0.06, 0.16) : random.uniform(0.01, 0.04)));
        post.saves = Math.round(post.likes * random.uniform(0.03, 0.1));
        if (views !== undefined) post.views = Math.max(views, post.likes * 4);
        break;
      }
      case "tiktok": {
        const views = Math.round(organicFollowers * random.uniform(0.2, 1.5) * random.lognormal(0.5) * quality);
        post.views = views;
        post.likes = Math.round(views * random.uniform(0.05, 0.1) * sponsoredPenalty);
        post.comments = Math.round(post.likes * random.uniform(0.01, 0.025));
        post.shares = Math.round(post.likes * random.uniform(0.01, 0.04));
        post.saves = Math.round(post.likes * random.uniform(0.01, 0.03));
        break;
      }
      case "youtube": {
        const viewShare = format === "short" ? random.uniform(0.1, 0.6) : random.uniform(0.04, 0.25);
        const views = Math.round(organicFollowers * viewShare * random.lognormal(0.4) * quality);
        post.views = views;
        post.likes = Math.round(views * random.uniform(0.025, 0.045) * sponsoredPenalty);
        post.comments = Math.round(post.likes * random.uniform(0.03, 0.08));
        post.shares = Math.round(post.likes * random.uniform(0.005, 0.02));
        break;
      }
      case "x": {
        post.likes = Math.round(organicFollowers * random.uniform(0.002, 0.008) * noise);
        post.comments = Math.round(post.likes * random.uniform(0.05, 0.1));
        post.shares = Math.round(post.likes * random.uniform(0.12, 0.25));
        post.views = Math.round(organicFollowers * random.uniform(0.08, 0.35) * quality);
        break;
      }
      case "facebook": {
        post.likes = Math.round(organicFollowers * random.uniform(0.0015, 0.005) * noise);
        post.comments = Math.round(post.likes * random.uniform(0.05, 0.12));
        post.shares = Math.round(post.likes * random.uniform(0.08, 0.2));
        if (format !== "image") post.views = Math.round(organicFollowers * random.uniform(0.05, 0.25) * quality);
        break;
      }
      case "linkedin": {
        post.likes = Math.round(organicFollowers * random.uniform(0.008, 0.025) * noise);
        post.comments = Math.round(post.likes * random.uniform(0.06, 0.14));
        post.shares = Math.round(post.likes * random.uniform(0.02, 0.05));
        post.impressions = Math.round(organicFollowers * random.uniform(0.2, 0.6) * quality);
        break;
      }
      case "twitch": {
        const views = Math.round(organicFollowers * random.uniform(0.02, 0.06) * quality);
        post.views = views;
        post.likes = Math.round(views * random.uniform(0.01, 0.03));
        post.comments = Math.round(views * random.uniform(0.4, 1.2)); // chat messages per stream
        break;
      }
    }
    if (isPod) {
      // Pods: members like and comment on schedule, so every post gets about the same counts
      // and a far higher comment share than organic posts.
      post.likes = Math.round(podLikes * random.uniform(0.985, 1.015));
      post.comments = Math.round(post.likes * 0.19 + random.uniform(-3, 3));
      post.shares = Math.round(post.likes * random.uniform(0.004, 0.008));
      post.saves = Math.round(post.likes * random.uniform(0.004, 0.008));
      delete post.views;
    }
    if (post.views !== undefined && post.views < post.likes) post.views = post.likes * 3;
    if (spec.hasInsights === true || spec.platform === "linkedin") {
      const interactions = post.likes + post.comments + (post.shares ?? 0) + (post.saves ?? 0);
      const reach = Math.max(Math.round(organicFollowers * random.uniform(0.18, 0.45) * quality), interactions);
      post.reach = reach;
      post.impressions = Math.max(post.impressions ?? 0, Math.round(reach * random.uniform(1.15, 1.7)));
    }
    if (sponsored) post.brandMentions = spec.problem === "sponsored-saturation" ? random.int(2, 4) : 1;
    posts.push(inFieldOrder(post));
  }
  return posts;
}

const POST_FIELDS: readonly (keyof Post)[] = [
  "id", "publishedAt", "format", "likes", "comments", "shares", "saves", "views", "reach", "impressions", "sponsored", "brandMentions",
];

/** The same post with its keys in the documented order and no undefined values. */
function inFieldOrder(post: Post): Post {
  const ordered: Record<string, unknown> = {};
  for (const key of POST_FIELDS) if (post[key] !== undefined) ordered[key] = post[key];
  return ordered as unknown as Post;
}

const NAME_PARTS = ["sun", "moon", "river", "pixel", "coffee", "lucky", "maple", "nova", "echo", "fern", "jade", "orbit"];

/** A random sample of follower accounts; `fakeShare` of them look like bots. */
function audienceSample(size: number, fakeShare: number, random: Random): AudienceAccount[] {
  const sample: AudienceAccount[] = [];
  for (let index = 0; index < size; index++) {
    if (random.chance(fakeShare)) {
      sample.push({
        followers: random.int(0, 40),
        following: random.int(1_500, 7_500),
        posts: random.int(0, 3),
        hasProfilePicture: random.chance(0.3),
        isPrivate: random.chance(0.1),
        username: `${random.pick(NAME_PARTS)}${random.pick(NAME_PARTS)}${random.int(1_000, 99_999)}`,
        biographyLength: random.chance(0.8) ? 0 : random.int(1, 20),
      });
    } else {
      const followers = Math.round(random.lognormal(1.1) * 350);
      sample.push({
        followers,
        following: Math.round(followers * random.uniform(0.4, 2.2)) + random.int(20, 200),
        posts: Math.round(random.lognormal(1) * 60),
        hasProfilePicture: random.chance(0.95),
        isPrivate: random.chance(0.25),
        username: `${random.pick(NAME_PARTS)}.${random.pick(NAME_PARTS)}${random.chance(0.2) ? String(random.int(1, 99)) : ""}`,
        biographyLength: random.int(0, 150),
      });
    }
  }
  return sample;
}

function makeProfile(spec: CreatorSpec, index: number, random: Random): Profile {
  const history = followerHistory(spec, random);
  // Bought followers do not engage: engagement is driven by the count before the jump.
  // A fake-heavy audience engages only through its real part (about 55% of it).
  const organicFollowers =
    spec.problem === "bought-followers" ? Math.round(spec.followers / 1.28) : spec.problem === "fake-audience" ? Math.round(spec.followers * 0.55) : spec.followers;
  const followingRatio = spec.problem === "fake-audience" ? random.uniform(0.02, 0.04) : random.uniform(0.001, 0.02);
  const ageYears = random.uniform(1.5, 11);
  const profile: Profile = {
    id: `inf-${String(index + 1).padStart(3, "0")}`,
    handle: spec.handle,
    platform: spec.platform,
    followers: spec.followers,
    following: Math.max(
      random.int(40, 900),
      Math.round(spec.followers * (spec.followers < 50_000 ? followingRatio * 10 : followingRatio)),
    ),
    accountCreatedAt: isoDate(END_DATE - Math.round(ageYears * 365.25) * DAY_MS),
    posts: makePosts(spec, random, organicFollowers),
    followerHistory: history,
  };
  if (spec.isBrandAccount === true) profile.isBrandAccount = true;
  if (spec.sampleSize !== undefined) {
    const fakeShare = spec.problem === "fake-audience" ? 0.45 : random.uniform(0.03, 0.09);
    profile.audience = { sample: audienceSample(spec.sampleSize, fakeShare, random) };
  } else if (spec.authenticShare !== undefined) {
    profile.audience = { authenticShare: spec.authenticShare };
  }
  return profile;
}

/** RFC 4180 field: quoted only when it holds a comma, quote or line break. */
function csvField(value: string | number | boolean | undefined): string {
  if (value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(values: readonly (string | number | boolean | undefined)[]): string {
  return `${values.map(csvField).join(",")}\n`;
}

const POST_COLUMNS = [
  "handle", "platform", "followers", "following", "published_at", "format",
  "likes", "comments", "shares", "saves", "views", "reach", "impressions", "sponsored",
] as const;

const PROFILE_COLUMNS = [
  "handle", "platform", "followers", "following", "post_count",
  "avg_likes", "avg_comments", "avg_shares", "avg_saves", "avg_views", "avg_reach", "sponsored_share",
] as const;

function perPostCsv(profiles: readonly Profile[]): string {
  let text = csvLine(POST_COLUMNS);
  for (const profile of profiles) {
    for (const post of profile.posts) {
      text += csvLine([
        profile.handle, profile.platform, profile.followers, profile.following, post.publishedAt, post.format,
        post.likes, post.comments, post.shares, post.saves, post.views, post.reach, post.impressions, post.sponsored,
      ]);
    }
  }
  return text;
}

/** Mean of a field over the posts that report it, to 2 decimals; undefined when none do. */
function average(posts: readonly Post[], pick: (post: Post) => number | undefined): number | undefined {
  let sum = 0;
  let count = 0;
  for (const post of posts) {
    const value = pick(post);
    if (value === undefined) continue;
    sum += value;
    count++;
  }
  return count === 0 ? undefined : Math.round((sum / count) * 100) / 100;
}

function perProfileCsv(profiles: readonly Profile[]): string {
  let text = csvLine(PROFILE_COLUMNS);
  for (const profile of profiles) {
    const { posts } = profile;
    const sponsoredCount = posts.filter((post) => post.sponsored).length;
    text += csvLine([
      profile.handle, profile.platform, profile.followers, profile.following, posts.length,
      average(posts, (post) => post.likes), average(posts, (post) => post.comments),
      average(posts, (post) => post.shares), average(posts, (post) => post.saves),
      average(posts, (post) => post.views), average(posts, (post) => post.reach),
      Math.round((sponsoredCount / posts.length) * 1_000) / 1_000,
    ]);
  }
  return text;
}

function main(): void {
  const { values } = parseArgs({
    options: { seed: { type: "string", default: "20260331" }, out: { type: "string" } },
  });
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed: expected an integer, received ${JSON.stringify(values.seed)}`);
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const outDir = resolve(values.out ?? join(root, "examples"));
  const random = new Random(seed);
  const profiles = ROSTER.map((spec, index) => makeProfile(spec, index, random));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "roster.ndjson"), profiles.map((profile) => `${JSON.stringify(profile)}\n`).join(""));
  writeFileSync(join(outDir, "roster.csv"), perPostCsv(profiles));
  writeFileSync(join(outDir, "roster-profiles.csv"), perProfileCsv(profiles));
  const postCount = profiles.reduce((sum, profile) => sum + profile.posts.length, 0);
  console.log(`wrote ${profiles.length} profiles (${postCount} posts) to ${outDir}`);
}

main();
