import { describe, expect, it } from "vitest";
import {
  InfluencerInputError,
  parseProfile,
  scoreInfluencer,
  scoreTrust,
  type InputIssue,
  type InputIssueCode,
  type ParseProfileOptions,
  type ScoreInfluencerOptions,
  type ScoreTrustOptions,
} from "../../src/index.js";
import { FIELDS, HOUR_MS, JAN_1_2026_MS, MAR_1_2026_MS, deepFreeze, fullProfile, ownKeysDeep, withValueAt } from "./fixtures.js";

const minimal = { platform: "instagram", followers: 1_000 } as const;

function withPost(post: Record<string, unknown>): Record<string, unknown> {
  return { ...minimal, posts: [post] };
}

/** The issues parseProfile throws for `input`; fails the test when it returns instead. */
function issuesOf(input: unknown, options?: ParseProfileOptions): readonly InputIssue[] {
  try {
    parseProfile(input, options);
  } catch (error) {
    if (error instanceof InfluencerInputError) return error.issues;
    throw error;
  }
  throw new Error("parseProfile accepted the input");
}

/** The code and message of the only issue `call` throws. */
function issueOf(call: () => unknown): [InputIssueCode, string] {
  try {
    call();
  } catch (error) {
    if (!(error instanceof InfluencerInputError)) throw error;
    expect(error.issues).toHaveLength(1);
    const [issue] = error.issues;
    if (issue !== undefined) return [issue.code, issue.message];
  }
  throw new Error("no InfluencerInputError");
}

/** The only issue thrown for `input`, as `[path, code, message]`. */
function onlyIssue(input: unknown, options?: ParseProfileOptions): [readonly (string | number)[], InputIssueCode, string] {
  const issues = issuesOf(input, options);
  expect(issues).toHaveLength(1);
  const [issue] = issues;
  if (issue === undefined) throw new Error("no issue");
  return [issue.path, issue.code, issue.message];
}

describe("parseProfile", () => {
  describe("documented example: a viral post", () => {
    it("matches the documented example", () => {
      const profile = parseProfile({
        platform: "instagram",
        followers: 1_000,
        posts: [{ likes: 1_500, comments: 20 }],
      });
      // 1,500 + 20 = 1,520 interactions > 1,000 followers
      expect(profile.warnings.map((warning) => warning.code)).toEqual(["engagements_exceed_followers"]);
    });
  });

  describe("documented example: a negative like count", () => {
    it("matches the documented example", () => {
      expect(issuesOf({ platform: "instagram", followers: 1_000, posts: [{ likes: -5, comments: 0 }] })[0]?.message).toBe(
        "posts[0].likes: expected a non-negative integer, received -5",
      );
    });
  });

  describe("normalized output", () => {
    it("fills in empty posts and history and a false isBrandAccount for a minimal profile", () => {
      expect(parseProfile(minimal)).toStrictEqual({
        platform: "instagram",
        followers: 1_000,
        posts: [],
        followerHistory: [],
        isBrandAccount: false,
        warnings: [],
      });
    });

    it("keeps every field of a full profile, with dates as epoch milliseconds", () => {
      const profile = parseProfile(fullProfile());
      expect(profile).toStrictEqual({
        id: "creator-1",
        handle: "@trailmix",
        platform: "instagram",
        followers: 24_000,
        following: 310,
        // 2019-05-04: Date.UTC(2019, 4, 4), cross-checked with `node -p 'Date.parse("2019-05-04")'` = 1556928000000
        accountCreatedAt: 1_556_928_000_000,
        posts: [
          {
            id: "post-1",
            // 2026-03-01T12:00:00Z = MAR_1_2026_MS + 12 h
            publishedAt: MAR_1_2026_MS + 12 * HOUR_MS,
            format: "reel",
            likes: 1_200,
            comments: 45,
            shares: 30,
            saves: 80,
            views: 30_000,
            reach: 20_000,
            impressions: 26_000,
            clicks: 150,
            sponsored: true,
            brandMentions: 1,
            topics: ["hiking"],
          },
        ],
        summary: {
          postCount: 30,
          avgLikes: 850,
          avgComments: 40,
          avgShares: 12.5,
          avgSaves: 20,
          avgViews: 9_000,
          avgReach: 7_000,
          sponsoredShare: 0.2,
        },
        followerHistory: [
          { date: JAN_1_2026_MS, followers: 23_000 },
          // 2026-02-01 = JAN_1_2026_MS + 31 days × 86,400,000 ms = + 2,678,400,000
          { date: JAN_1_2026_MS + 2_678_400_000, followers: 24_000 },
        ],
        audience: {
          authenticShare: 0.82,
          sample: [
            {
              followers: 300,
              following: 280,
              posts: 45,
              hasProfilePicture: true,
              isPrivate: false,
              username: "hiker_88",
              biographyLength: 64,
            },
          ],
        },
        isBrandAccount: false,
        warnings: [],
      });
    });

    it("never mutates its (deep-frozen) input", () => {
      const input = deepFreeze(fullProfile());
      const before = structuredClone(input);
      parseProfile(input);
      expect(input).toStrictEqual(before);
    });

    it("returns new objects, not the caller's", () => {
      const input = fullProfile();
      const profile = parseProfile(input);
      expect(profile).not.toBe(input);
      expect(profile.posts).not.toBe(input.posts);
      expect(profile.summary).not.toBe(input.summary);
    });

    it("omits optional keys given as undefined, so the result is plain JSON (R7)", () => {
      const profile = parseProfile({
        ...minimal,
        id: undefined,
        accountCreatedAt: undefined,
        posts: [{ likes: 1, comments: 0, id: undefined, publishedAt: undefined }],
        summary: { postCount: 1, avgLikes: 1, avgComments: 0, avgShares: undefined },
        audience: { authenticShare: undefined, sample: [{ followers: 1, following: 1, posts: 1, username: undefined }] },
        isBrandAccount: undefined,
      });
      expect(JSON.parse(JSON.stringify(profile))).toStrictEqual(profile);
    });

    it("turns a count of -0 into 0, so the result survives a JSON round trip (R7)", () => {
      const profile = parseProfile({
        ...minimal,
        followers: -0,
        posts: [{ likes: -0, comments: 0 }],
        audience: { authenticShare: -0 },
        summary: { postCount: 1, avgLikes: -0, avgComments: 0 },
      });
      expect(Object.is(profile.followers, 0)).toBe(true);
      expect(JSON.parse(JSON.stringify(profile))).toStrictEqual(profile);
    });
  });

  describe("counts", () => {
    it.each([
      ["a numeric string", "1000", "invalid_type", 'followers: expected a non-negative integer, received "1000"'],
      ["NaN", Number.NaN, "invalid_type", "followers: expected a non-negative integer, received NaN"],
      ["Infinity", Number.POSITIVE_INFINITY, "invalid_type", "followers: expected a non-negative integer, received Infinity"],
      ["-Infinity", Number.NEGATIVE_INFINITY, "invalid_type", "followers: expected a non-negative integer, received -Infinity"],
      ["a negative number", -5, "too_small", "followers: expected a non-negative integer, received -5"],
      ["a fraction", 1.5, "invalid_type", "followers: expected a non-negative integer, received 1.5"],
      // 2^53 = 9,007,199,254,740,992 = Number.MAX_SAFE_INTEGER + 1
      ["2^53, above MAX_SAFE_INTEGER", 2 ** 53, "too_big", "followers: expected a non-negative integer of at most 9007199254740991, received 9007199254740992"],
      ["-(2^53), below MIN_SAFE_INTEGER", -(2 ** 53), "too_small", "followers: expected a non-negative integer, received -9007199254740992"],
      ["null", null, "invalid_type", "followers: expected a non-negative integer, received null"],
      ["a boolean", true, "invalid_type", "followers: expected a non-negative integer, received true"],
      ["a bigint", 10n, "invalid_type", "followers: expected a non-negative integer, received 10n"],
      ["an array", [1], "invalid_type", "followers: expected a non-negative integer, received an array"],
      ["an object", { value: 1 }, "invalid_type", "followers: expected a non-negative integer, received an object"],
      ["a boxed number", Object(5), "invalid_type", "followers: expected a non-negative integer, received an object"],
      ["a valid Date", new Date(0), "invalid_type", "followers: expected a non-negative integer, received a Date"],
    ])("rejects %s as followers with one issue", (_label, followers, code, message) => {
      expect(onlyIssue({ ...minimal, followers })).toEqual([["followers"], code, message]);
    });

    it("rejects a missing followers count", () => {
      expect(onlyIssue({ platform: "instagram" })).toEqual([
        ["followers"],
        "invalid_type",
        "followers: expected a non-negative integer, received nothing",
      ]);
    });

    it("accepts 0 followers and MAX_SAFE_INTEGER followers", () => {
      expect(parseProfile({ ...minimal, followers: 0 }).followers).toBe(0);
      expect(parseProfile({ ...minimal, followers: Number.MAX_SAFE_INTEGER }).followers).toBe(9_007_199_254_740_991);
    });

    const countPaths = FIELDS.filter((field) => field.kind === "count" && field.path.join(".") !== "summary.postCount");
    describe.each(countPaths.map((field) => [field.path.join("."), field.path] as const))("count at %s", (_name, path) => {
      it.each([
        [-1, "too_small"],
        [0.5, "invalid_type"],
        [Number.NaN, "invalid_type"],
        [Number.POSITIVE_INFINITY, "invalid_type"],
        [2 ** 53, "too_big"],
        ["7", "invalid_type"],
      ] as const)("rejects %s with that path and code %s", (value, code) => {
        const issues = issuesOf(withValueAt(fullProfile(), path, value));
        // impressions -1 is a well-typed number, so the post's reach rule also runs: reach 20,000 > -1
        const reachRule = path.at(-1) === "impressions" && value === -1 ? [[["posts", 0, "reach"], "invalid_value"]] : [];
        expect(issues.map((issue) => [issue.path, issue.code])).toEqual([[path, code], ...reachRule]);
      });
    });

    it("rejects summary.postCount 0: averages need at least one post", () => {
      const summary = { postCount: 0, avgLikes: 10, avgComments: 1 };
      expect(onlyIssue({ ...minimal, summary })).toEqual([
        ["summary", "postCount"],
        "too_small",
        "summary.postCount: expected a positive integer, received 0",
      ]);
    });

    it("rejects a fractional summary.postCount", () => {
      const summary = { postCount: 2.5, avgLikes: 10, avgComments: 1 };
      expect(onlyIssue({ ...minimal, summary }).slice(0, 2)).toEqual([["summary", "postCount"], "invalid_type"]);
    });
  });

  describe("non-negative numbers (summary averages)", () => {
    it.each([
      [-1, "too_small", "summary.avgLikes: expected a finite non-negative number, received -1"],
      [Number.NaN, "invalid_type", "summary.avgLikes: expected a finite non-negative number, received NaN"],
      [Number.POSITIVE_INFINITY, "invalid_type", "summary.avgLikes: expected a finite non-negative number, received Infinity"],
      ["850", "invalid_type", 'summary.avgLikes: expected a finite non-negative number, received "850"'],
    ])("rejects %s", (avgLikes, code, message) => {
      expect(onlyIssue({ ...minimal, summary: { postCount: 3, avgLikes, avgComments: 1 } })).toEqual([
        ["summary", "avgLikes"],
        code,
        message,
      ]);
    });

    it("accepts fractional averages", () => {
      // (10 + 11 + 12.5) / 3 would be fractional too: averages need not be whole
      expect(parseProfile({ ...minimal, summary: { postCount: 3, avgLikes: 11.5, avgComments: 0.25 } }).summary).toEqual({
        postCount: 3,
        avgLikes: 11.5,
        avgComments: 0.25,
      });
    });
  });

  describe("shares in [0, 1]", () => {
    it.each([
      [["audience", "authenticShare"], -0.1, "too_small", "audience.authenticShare: expected a number between 0 and 1, received -0.1"],
      [["audience", "authenticShare"], 1.5, "too_big", "audience.authenticShare: expected a number between 0 and 1, received 1.5"],
      [["audience", "authenticShare"], 82, "too_big", "audience.authenticShare: expected a number between 0 and 1, received 82"],
      [["audience", "authenticShare"], Number.NaN, "invalid_type", "audience.authenticShare: expected a number between 0 and 1, received NaN"],
      [["audience", "authenticShare"], Number.POSITIVE_INFINITY, "invalid_type", "audience.authenticShare: expected a number between 0 and 1, received Infinity"],
      [["audience", "authenticShare"], "0.8", "invalid_type", 'audience.authenticShare: expected a number between 0 and 1, received "0.8"'],
      [["summary", "sponsoredShare"], 1.01, "too_big", "summary.sponsoredShare: expected a number between 0 and 1, received 1.01"],
      [["summary", "sponsoredShare"], -1, "too_small", "summary.sponsoredShare: expected a number between 0 and 1, received -1"],
    ] as const)("rejects %j = %s", (path, value, code, message) => {
      expect(onlyIssue(withValueAt(fullProfile(), path, value))).toEqual([path, code, message]);
    });

    it("accepts the bounds 0 and 1", () => {
      expect(parseProfile({ ...minimal, audience: { authenticShare: 0 } }).audience).toEqual({ authenticShare: 0 });
      expect(parseProfile({ ...minimal, audience: { authenticShare: 1 } }).audience).toEqual({ authenticShare: 1 });
    });
  });

  describe("strings", () => {
    it("rejects an empty id", () => {
      expect(onlyIssue({ ...minimal, id: "" })).toEqual([
        ["id"],
        "too_small",
        'id: expected a non-empty string of at most 200 characters, received ""',
      ]);
    });

    it("rejects a 201-character handle and shows only its first 40 characters", () => {
      expect(onlyIssue({ ...minimal, handle: "h".repeat(201) })).toEqual([
        ["handle"],
        "too_big",
        `handle: expected a non-empty string of at most 200 characters, received "${"h".repeat(40)}…"`,
      ]);
    });

    it("accepts a 200-character handle", () => {
      expect(parseProfile({ ...minimal, handle: "h".repeat(200) }).handle).toHaveLength(200);
    });

    it.each([
      [["posts", 0, "id"], "p".repeat(201)],
      [["posts", 0, "topics", 0], "t".repeat(201)],
      [["audience", "sample", 0, "username"], "u".repeat(201)],
    ] as const)("rejects a too-long string at %j", (path, value) => {
      expect(onlyIssue(withValueAt(fullProfile(), path, value)).slice(0, 2)).toEqual([path, "too_big"]);
    });

    it("rejects a number where a string belongs", () => {
      expect(onlyIssue({ ...minimal, id: 42 })).toEqual([
        ["id"],
        "invalid_type",
        "id: expected a non-empty string of at most 200 characters, received 42",
      ]);
    });

    it("rejects more than 100 topics on a post", () => {
      const topics = Array.from({ length: 101 }, (_, index) => `topic-${index}`);
      expect(onlyIssue(withPost({ likes: 1, comments: 0, topics }))).toEqual([
        ["posts", 0, "topics"],
        "too_big",
        "posts[0].topics: expected at most 100 topics, received an array of 101 items",
      ]);
    });

    it("rejects topics that are not an array", () => {
      expect(onlyIssue(withPost({ likes: 1, comments: 0, topics: "hiking" }))).toEqual([
        ["posts", 0, "topics"],
        "invalid_type",
        'posts[0].topics: expected an array of topic strings, received "hiking"',
      ]);
    });
  });

  describe("platform and format", () => {
    it("rejects an unknown platform", () => {
      expect(onlyIssue({ ...minimal, platform: "myspace" })).toEqual([
        ["platform"],
        "invalid_value",
        'platform: expected one of "instagram", "tiktok", "youtube", "x", "facebook", "linkedin", "twitch", received "myspace"',
      ]);
    });

    it("is case-sensitive about the platform", () => {
      expect(onlyIssue({ ...minimal, platform: "Instagram" }).slice(0, 2)).toEqual([["platform"], "invalid_value"]);
    });

    it("rejects a missing platform", () => {
      // A missing platform is a wrong type (undefined), not an unknown platform name.
      expect(onlyIssue({ followers: 10 }).slice(0, 2)).toEqual([["platform"], "invalid_type"]);
    });

    it("rejects an unknown post format", () => {
      expect(onlyIssue(withPost({ likes: 1, comments: 0, format: "gif" }))).toEqual([
        ["posts", 0, "format"],
        "invalid_value",
        'posts[0].format: expected one of "image", "carousel", "reel", "story", "video", "short", "live", "text", received "gif"',
      ]);
    });
  });

  describe("flags", () => {
    it("rejects a string where a boolean belongs", () => {
      expect(onlyIssue({ ...minimal, isBrandAccount: "yes" })).toEqual([
        ["isBrandAccount"],
        "invalid_type",
        'isBrandAccount: expected true or false, received "yes"',
      ]);
    });

    it("keeps isBrandAccount true", () => {
      expect(parseProfile({ ...minimal, isBrandAccount: true }).isBrandAccount).toBe(true);
    });
  });

  describe("containers", () => {
    it.each([
      [["posts"], { 0: { likes: 1, comments: 0 } }, "posts: expected an array of posts, received an object"],
      [["posts", 0], null, "posts[0]: expected a post object, received null"],
      [["summary"], "30 posts", 'summary: expected a summary object, received "30 posts"'],
      [["followerHistory"], "weekly", 'followerHistory: expected an array of follower snapshots, received "weekly"'],
      [["followerHistory", 0], 23_000, "followerHistory[0]: expected an object with date and followers, received 23000"],
      [["audience"], 0.82, "audience: expected an audience object, received 0.82"],
      [["audience", "sample"], { followers: 1 }, "audience.sample: expected an array of follower accounts, received an object"],
      [
        ["audience", "sample", 0],
        [300, 280, 45],
        "audience.sample[0]: expected an account object with followers, following and posts, received an array",
      ],
    ] as const)("rejects a wrongly typed %j", (path, value, message) => {
      expect(onlyIssue(withValueAt(fullProfile(), path, value))).toEqual([path, "invalid_type", message]);
    });

    it("rejects an empty audience sample", () => {
      expect(onlyIssue({ ...minimal, audience: { sample: [] } })).toEqual([
        ["audience", "sample"],
        "too_small",
        "audience.sample: expected at least one follower account, received an empty array",
      ]);
    });

    it("rejects more than 100,000 posts", () => {
      const post = { likes: 1, comments: 0 };
      // 100,000 is the documented bound (MAX_ITEMS in src/schemas/profile.ts); one more is too many
      expect(onlyIssue({ ...minimal, posts: Array.from({ length: 100_001 }, () => post) })).toEqual([
        ["posts"],
        "too_big",
        "posts: expected at most 100000 posts, received an array of 100001 items",
      ]);
    });

    it("reports a hole in a sparse posts array as a missing post", () => {
      // eslint-disable-next-line no-sparse-arrays -- the hole is the point of the test
      expect(onlyIssue({ ...minimal, posts: [, { likes: 1, comments: 0 }] })).toEqual([
        ["posts", 0],
        "invalid_type",
        "posts[0]: expected a post object, received nothing",
      ]);
    });
  });

  describe("cross-field rules", () => {
    it("rejects reach above impressions on one post", () => {
      expect(onlyIssue(withPost({ likes: 1, comments: 0, reach: 10, impressions: 5 }))).toEqual([
        ["posts", 0, "reach"],
        "invalid_value",
        "posts[0].reach: expected at most the post's impressions (reach counts unique accounts), received 10",
      ]);
    });

    it("accepts reach equal to impressions, and reach without impressions", () => {
      expect(parseProfile(withPost({ likes: 1, comments: 0, reach: 10, impressions: 10 })).posts).toHaveLength(1);
      expect(parseProfile(withPost({ likes: 1, comments: 0, reach: 10 })).posts).toHaveLength(1);
    });

    it("reports the reach rule together with other problems of the same post", () => {
      const issues = issuesOf(withPost({ likes: -1, comments: 0, reach: 10, impressions: 5 }));
      expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
        [["posts", 0, "likes"], "too_small"],
        [["posts", 0, "reach"], "invalid_value"],
      ]);
    });
  });

  describe("non-object input", () => {
    it.each([
      ["null", null, "expected a profile object, received null"],
      ["undefined", undefined, "expected a profile object, received nothing"],
      ["an array", [minimal], "expected a profile object, received an array"],
      ["a string", '{"platform":"x","followers":1}', `expected a profile object, received "{\\"platform\\":\\"x\\",\\"followers\\":1}"`],
      ["a number", 42, "expected a profile object, received 42"],
      ["a function", () => minimal, "expected a profile object, received a function"],
      ["a symbol", Symbol("profile"), "expected a profile object, received a symbol"],
    ])("rejects %s with an empty path", (_label, input, message) => {
      expect(onlyIssue(input)).toEqual([[], "invalid_type", message]);
    });
  });

  describe("non-object options", () => {
    it.each([
      ["a number", 5, "expected an options object, received 5"],
      ["null", null, "expected an options object, received null"],
      ["an array", [], "expected an options object, received an array"],
    ])("rejects %s instead of ignoring it", (_label, options, message) => {
      expect(onlyIssue(minimal, options as unknown as ParseProfileOptions)).toEqual([[], "invalid_type", message]);
    });
  });

  describe("several problems", () => {
    it("lists every issue in input order, and the message names the first three", () => {
      const error = (() => {
        try {
          parseProfile({ platform: "myspace", followers: -1, posts: [{ likes: 1.5, comments: "2" }], isBrandAccount: 1 });
        } catch (caught) {
          return caught;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(InfluencerInputError);
      const { issues, message } = error as InfluencerInputError;
      expect(issues.map((issue) => issue.path)).toEqual([["platform"], ["followers"], ["posts", 0, "likes"], ["posts", 0, "comments"], ["isBrandAccount"]]);
      expect(message).toBe(
        'platform: expected one of "instagram", "tiktok", "youtube", "x", "facebook", "linkedin", "twitch", received "myspace"; ' +
          "followers: expected a non-negative integer, received -1; " +
          "posts[0].likes: expected a non-negative integer, received 1.5; and 2 more",
      );
    });
  });

  describe("messages", () => {
    const wrongValues: readonly [string, unknown][] = [
      ["null", null],
      ["a bigint", 12n],
      ["a symbol", Symbol("wrong")],
      ["a function", () => 12],
      ["NaN", Number.NaN],
    ];
    const cases = FIELDS.flatMap((field) => wrongValues.map(([label, value]) => [field.path.join("."), label, field.path, value] as const));

    it.each(cases)("at %s, %s gives one issue at that path with our message, never zod's 'Invalid input'", (_name, _label, path, value) => {
      const issues = issuesOf(withValueAt(fullProfile(), path, value));
      expect(issues.map((issue) => issue.path)).toEqual([path]);
      for (const issue of issues) {
        expect(issue.message).not.toContain("Invalid input");
        expect(issue.message).toMatch(/: expected [^,]+.*, received .+$/u);
      }
    });

    it("never says 'Invalid input' for a null profile or a wrongly typed one", () => {
      for (const input of [null, "profile", 12, [], {}, { platform: 1, followers: "1" }]) {
        for (const issue of issuesOf(input)) expect(issue.message).not.toContain("Invalid input");
      }
    });

    it("describes an inherited field by the value validation read, not as nothing", () => {
      // zod reads `input.followers` through the prototype chain, so the message names what it saw
      expect(issuesOf(Object.create({ platform: "tiktok", followers: -5 }))).toEqual([
        { path: ["followers"], code: "too_small", message: "followers: expected a non-negative integer, received -5" },
      ]);
    });

    it("describes a getter defined on a class by the value it returned", () => {
      class Row {
        readonly platform = "tiktok";
        get followers(): number {
          return 1.5;
        }
      }
      expect(issuesOf(new Row())).toEqual([
        { path: ["followers"], code: "invalid_type", message: "followers: expected a non-negative integer, received 1.5" },
      ]);
    });

    it("writes messages as lower-case fragments without a final period", () => {
      const issues = issuesOf({ platform: null, followers: null, posts: [null], summary: null, audience: { sample: [] } });
      for (const issue of issues) {
        expect(issue.message).not.toMatch(/\.$/u);
        expect(issue.message).toMatch(/^[a-z]/u);
      }
    });
  });

  describe("unknown keys", () => {
    it("drops unknown keys at every level", () => {
      const profile = parseProfile({
        ...minimal,
        nickname: "tm",
        posts: [{ likes: 1, comments: 0, caption: "hi" }],
        summary: { postCount: 1, avgLikes: 1, avgComments: 0, median: 1 },
        followerHistory: [{ date: "2026-01-01", followers: 10, source: "api" }],
        audience: { authenticShare: 0.9, vendor: "x", sample: [{ followers: 1, following: 2, posts: 3, avatarUrl: "u" }] },
      });
      const keys = ownKeysDeep(profile);
      for (const unknown of ["nickname", "caption", "median", "source", "vendor", "avatarUrl"]) expect(keys).not.toContain(unknown);
    });
  });

  describe("prototype pollution", () => {
    const pollutedJson = (inner: string): string => `{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 2}}, "prototype": {"polluted": 3}${inner}}`;
    const cases: readonly [string, string][] = [
      ["at the top level", `{"platform": "x", "followers": 10, ${pollutedJson("").slice(1)}`],
      ["in posts[0]", `{"platform": "x", "followers": 10, "posts": [${pollutedJson(', "likes": 1, "comments": 0')}]}`],
      ["in summary", `{"platform": "x", "followers": 10, "summary": ${pollutedJson(', "postCount": 1, "avgLikes": 1, "avgComments": 0')}}`],
      ["in audience", `{"platform": "x", "followers": 10, "audience": ${pollutedJson(', "authenticShare": 0.5')}}`],
      [
        "in audience.sample[0]",
        `{"platform": "x", "followers": 10, "audience": {"sample": [${pollutedJson(', "followers": 1, "following": 2, "posts": 3')}]}}`,
      ],
      ["in followerHistory[0]", `{"platform": "x", "followers": 10, "followerHistory": [${pollutedJson(', "date": "2026-01-01", "followers": 9')}]}`],
    ];

    it.each(cases)("leaves Object.prototype untouched for __proto__, constructor and prototype keys %s", (_where, json) => {
      const input: unknown = JSON.parse(json);
      const profile = parseProfile(input);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty("polluted");
      expect(Object.getPrototypeOf(profile)).toBe(Object.prototype);
      const keys = ownKeysDeep(profile);
      for (const key of ["__proto__", "constructor", "prototype", "polluted"]) expect(keys).not.toContain(key);
    });

    it("does not read a profile hidden under __proto__", () => {
      const input: unknown = JSON.parse('{"__proto__": {"platform": "x", "followers": 10}}');
      expect(issuesOf(input).map((issue) => issue.path)).toEqual([["platform"], ["followers"]]);
      expect(({} as Record<string, unknown>).platform).toBeUndefined();
    });

    it("rejects a polluted-looking value in a known field without touching prototypes", () => {
      const input: unknown = JSON.parse('{"platform": "x", "followers": {"__proto__": {"polluted": 1}}}');
      expect(onlyIssue(input).slice(0, 2)).toEqual([["followers"], "invalid_type"]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });

  describe("a profile it already parsed", () => {
    // Dates are epoch milliseconds once parsed, which the input schema does not take (it takes ISO
    // strings and Dates): before this was handled, parsing a parsed profile with any date threw
    // "accountCreatedAt: expected an ISO 8601 date string or a valid Date, received 1622505600000".
    const dated = {
      platform: "instagram",
      followers: 24_000,
      accountCreatedAt: "2021-06-01",
      posts: [{ likes: 900, comments: 30, publishedAt: "2026-03-01" }],
      followerHistory: [
        { date: "2026-03-01", followers: 23_900 },
        { date: "2026-03-02", followers: 24_000 },
      ],
    };

    it("is returned as it is, dates included", () => {
      const once = parseProfile(dated);
      expect(parseProfile(once)).toBe(once);
    });

    it("keeps the warnings of its first parse, whatever now is given again", () => {
      // The post is dated 2026-03-01: after a now of 2026-01-01, so the first parse warns; the
      // second parse does not look at the profile again, so neither drops nor adds a warning.
      const once = parseProfile(dated, { now: "2026-01-01" });
      expect(once.warnings.map((warning) => warning.code)).toEqual(["post_in_future"]);
      expect(parseProfile(once, { now: "2027-01-01" }).warnings).toBe(once.warnings);
    });

    it("still has its options checked", () => {
      const once = parseProfile(dated);
      expect(onlyIssue(once, { now: "nope" })[0]).toEqual(["now"]);
    });
  });

  describe("now option", () => {
    it.each([
      // A string or Date of the right type but no real instant is invalid_value; anything else invalid_type.
      ["an unparseable string", "nope", '"nope"', "invalid_value"],
      ["an impossible date", "2026-02-30", '"2026-02-30"', "invalid_value"],
      ["NaN", Number.NaN, "NaN", "invalid_type"],
      ["Infinity", Number.POSITIVE_INFINITY, "Infinity", "invalid_type"],
      // 8.64e15 ms is the last instant a Date can hold (ECMAScript time values); one more is no date.
      ["a number past the last Date", 8.64e15 + 1, "8640000000000001", "invalid_value"],
      // 2026-03-01 in epoch seconds: as milliseconds a day in January 1970, refused as the profile's dates are
      ["epoch seconds", 1_772_323_200, "1772323200", "invalid_value"],
      ["a fraction of a millisecond", 1_772_323_200_000.5, "1772323200000.5", "invalid_value"],
      ["an invalid Date", new Date(Number.NaN), "an invalid Date", "invalid_value"],
      ["null", null, "null", "invalid_type"],
      ["a boolean", true, "true", "invalid_type"],
      ["an object", {}, "an object", "invalid_type"],
    ])("throws InfluencerInputError at path [\"now\"] for %s", (_label, now, received, code) => {
      expect(onlyIssue(minimal, { now } as unknown as ParseProfileOptions)).toEqual([
        ["now"],
        code,
        // A finite number is told the range of numbers that are instants (epoch seconds read only "epoch milliseconds").
        typeof now === "number" && Number.isFinite(now)
          ? `now: expected an ISO 8601 date string, a valid Date or whole epoch milliseconds from 100000000000 (3 March 1973) to 8640000000000000, received ${received}`
          : `now: expected an ISO 8601 date string, a valid Date or epoch milliseconds, received ${received}`,
      ]);
    });

    it("words and codes it as scoreTrust and scoreInfluencer do", () => {
      for (const now of ["nope", Number.NaN, 8.64e15 + 1, true]) {
        const [, code, message] = onlyIssue(minimal, { now } as unknown as ParseProfileOptions);
        expect([code, message]).toEqual(issueOf(() => scoreTrust(minimal, { now } as unknown as ScoreTrustOptions)));
        expect([code, message]).toEqual(issueOf(() => scoreInfluencer(minimal, { now } as unknown as ScoreInfluencerOptions)));
      }
    });

    it("accepts the last instant a Date can hold", () => {
      expect(parseProfile(minimal, { now: 8.64e15 }).warnings).toEqual([]);
    });

    it("accepts an absent options object or an undefined now", () => {
      expect(parseProfile(minimal, undefined).warnings).toEqual([]);
      expect(parseProfile(minimal, { now: undefined }).warnings).toEqual([]);
    });
  });
});
