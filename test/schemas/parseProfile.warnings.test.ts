import { describe, expect, it } from "vitest";
import { parseProfile, type InputWarning } from "../../src/index.js";
import { HOUR_MS, JAN_1_2026_MS, MAR_1_2026_MS, fullProfile } from "./fixtures.js";

const DAY_MS = 86_400_000; // 24 × 3,600,000
const FEB_1_2026_MS = JAN_1_2026_MS + 31 * DAY_MS; // January has 31 days

const minimal = { platform: "instagram", followers: 1_000 } as const;

/** The codes of the warnings parsing `input` gives. */
const codes = (input: unknown): string[] => parseProfile(input).warnings.map((warning) => warning.code);

describe("parseProfile warnings", () => {
  describe("documented example (InputWarning)", () => {
    it("matches the documented example", () => {
      const warning: InputWarning = { path: ["posts", 0], code: "likes_exceed_views", message: "posts[0]: 120 likes but only 80 views" };
      expect(warning.code).toBe("likes_exceed_views");
    });
  });

  describe("engagements_exceed_followers", () => {
    it("warns, without throwing, when a post has more interactions than the account has followers", () => {
      // 900 likes + 50 comments + 40 shares + 20 saves = 1,010 > 1,000 followers
      const profile = parseProfile({ ...minimal, posts: [{ likes: 900, comments: 50, shares: 40, saves: 20 }] });
      expect(profile.warnings).toEqual([
        {
          path: ["posts", 0],
          code: "engagements_exceed_followers",
          message: "posts[0]: 1,010 interactions from 1,000 followers (possible for a viral post; check the counts)",
        },
      ]);
      expect(profile.posts).toHaveLength(1);
    });

    it("names the post's index", () => {
      const posts = [{ likes: 1, comments: 0 }, { likes: 1, comments: 0 }, { likes: 1_001, comments: 0 }];
      expect(parseProfile({ ...minimal, posts }).warnings.map((warning) => warning.path)).toEqual([["posts", 2]]);
    });

    it("does not warn when interactions equal followers", () => {
      // 990 + 10 = 1,000 = followers: not more
      expect(parseProfile({ ...minimal, posts: [{ likes: 990, comments: 10 }] }).warnings).toEqual([]);
    });

    it("says 1 follower, not 1 followers", () => {
      expect(parseProfile({ ...minimal, followers: 1, posts: [{ likes: 2, comments: 0 }] }).warnings.map((warning) => warning.message)).toEqual([
        "posts[0]: 2 interactions from 1 follower (possible for a viral post; check the counts)",
      ]);
    });

    it("does not warn for an account with 0 followers (the ratio is undefined, not implausible)", () => {
      expect(parseProfile({ ...minimal, followers: 0, posts: [{ likes: 5, comments: 1 }] }).warnings).toEqual([]);
    });
  });

  describe("clicks_exceed_impressions", () => {
    it("warns when a post has more clicks than the count its click-through rate divides by: impressions, else views, else reach", () => {
      const posts = [
        { likes: 5, comments: 0, impressions: 10, clicks: 100 },
        { likes: 5, comments: 0, views: 1_000, clicks: 1_200 },
        { likes: 5, comments: 0, reach: 40, clicks: 41 },
        // Impressions come first: 900 views would not be exceeded, 500 impressions are.
        { likes: 5, comments: 0, impressions: 500, views: 900, clicks: 600 },
      ];
      expect(parseProfile({ ...minimal, posts }).warnings).toEqual([
        { path: ["posts", 0], code: "clicks_exceed_impressions", message: "posts[0]: 100 clicks but only 10 impressions" },
        { path: ["posts", 1], code: "clicks_exceed_impressions", message: "posts[1]: 1,200 clicks but only 1,000 views" },
        { path: ["posts", 2], code: "clicks_exceed_impressions", message: "posts[2]: 41 clicks but a reach of only 40" },
        { path: ["posts", 3], code: "clicks_exceed_impressions", message: "posts[3]: 600 clicks but only 500 impressions" },
      ]);
    });

    it("gives each count the number of its noun, and a reach as a reach of so many", () => {
      const posts = [
        { likes: 0, comments: 0, clicks: 2, impressions: 1 },
        { likes: 0, comments: 0, clicks: 2, views: 1 },
        { likes: 0, comments: 0, clicks: 2, reach: 1 },
      ];
      expect(parseProfile({ ...minimal, posts }).warnings.map((warning) => warning.message)).toEqual([
        "posts[0]: 2 clicks but only 1 impression",
        "posts[1]: 2 clicks but only 1 view",
        "posts[2]: 2 clicks but a reach of only 1",
      ]);
    });

    it("does not warn when clicks equal impressions, or nothing counts who saw the post", () => {
      const posts = [
        { likes: 5, comments: 0, impressions: 10, clicks: 10 },
        { likes: 5, comments: 0, clicks: 10 },
      ];
      expect(parseProfile({ ...minimal, posts }).warnings).toEqual([]);
    });
  });

  describe("zero_impressions_with_activity", () => {
    it("warns at the zero count when a post no one saw has likes, comments, shares, saves or clicks", () => {
      const posts = [
        { likes: 40, comments: 3, impressions: 0 },
        { likes: 0, comments: 0, clicks: 1_200, impressions: 0, views: 0 },
        { likes: 0, comments: 0, saves: 2, views: 500, reach: 0 },
      ];
      expect(parseProfile({ ...minimal, posts }).warnings).toEqual([
        { path: ["posts", 0, "impressions"], code: "zero_impressions_with_activity", message: "posts[0].impressions: 0, yet the post has 40 likes and 3 comments; read as not counted" },
        // 0 impressions are not a count here, so the clicks are not said to exceed them
        { path: ["posts", 1, "impressions"], code: "zero_impressions_with_activity", message: "posts[1].impressions: 0, yet the post has 1,200 clicks; read as not counted" },
        { path: ["posts", 2, "reach"], code: "zero_impressions_with_activity", message: "posts[2].reach: 0, yet the post has 2 saves; read as not counted" },
      ]);
    });

    it("names only the kinds of activity the post has, each count agreeing with its noun", () => {
      const posts = [
        { likes: 1, comments: 0, impressions: 0 },
        { likes: 1, comments: 1, shares: 1, saves: 1, clicks: 1, impressions: 0 },
        { likes: 2, comments: 0, saves: 1, impressions: 0 },
      ];
      expect(parseProfile({ ...minimal, posts }).warnings.map((warning) => warning.message)).toEqual([
        "posts[0].impressions: 0, yet the post has 1 like; read as not counted",
        "posts[1].impressions: 0, yet the post has 1 like, 1 comment, 1 share, 1 save and 1 click; read as not counted",
        "posts[2].impressions: 0, yet the post has 2 likes and 1 save; read as not counted",
      ]);
    });

    it("does not also say the likes exceed views of 0 it reads as not counted", () => {
      // The reviewer's repro: views 0 next to 1 like is not a count, so only the zero is reported
      const posts = [{ likes: 1, comments: 0, views: 0 }, { likes: 3, comments: 0, impressions: 0, views: 0 }];
      expect(parseProfile({ ...minimal, posts }).warnings).toEqual([
        { path: ["posts", 0, "views"], code: "zero_impressions_with_activity", message: "posts[0].views: 0, yet the post has 1 like; read as not counted" },
        { path: ["posts", 1, "impressions"], code: "zero_impressions_with_activity", message: "posts[1].impressions: 0, yet the post has 3 likes; read as not counted" },
      ]);
    });

    it("does not warn for a post that reached no one and has no activity", () => {
      expect(parseProfile({ ...minimal, posts: [{ likes: 0, comments: 0, clicks: 0, impressions: 0, views: 0 }] }).warnings).toEqual([]);
    });
  });

  describe("duplicate_post", () => {
    it("warns when a post repeats an earlier post's id, naming both positions, and keeps every post", () => {
      const posts = [
        { id: "a", likes: 10, comments: 1 },
        { id: "b", likes: 10, comments: 1 },
        { id: "c", likes: 20, comments: 2 },
        // Same id as posts[1], other counts: the same post read twice (say, a day apart) is still one post
        { id: "b", likes: 12, comments: 1 },
      ];
      const profile = parseProfile({ ...minimal, posts });
      expect(profile.warnings).toEqual([{ path: ["posts", 3], code: "duplicate_post", message: "posts[3]: repeats posts[1]" }]);
      expect(profile.posts).toHaveLength(4);
    });

    it("warns, for posts without ids, when the date and every other field are the same, however the date is written", () => {
      // "2026-03-01", a Date and MAR_1_2026_MS are the same instant
      const post = { likes: 300, comments: 10, shares: 2, views: 9_000, format: "reel" } as const;
      const posts = [
        { ...post, publishedAt: "2026-03-01" },
        { ...post, publishedAt: "2026-03-02" },
        { ...post, publishedAt: new Date(MAR_1_2026_MS) },
        { ...post, publishedAt: MAR_1_2026_MS },
      ];
      expect(parseProfile({ ...minimal, posts }).warnings).toEqual([
        { path: ["posts", 2], code: "duplicate_post", message: "posts[2]: repeats posts[0]" },
        { path: ["posts", 3], code: "duplicate_post", message: "posts[3]: repeats posts[0]" },
      ]);
    });

    it("warns once per repeat, each naming the first copy: 30 copies give 29 warnings", () => {
      const post = { id: "p1", publishedAt: "2026-03-01", likes: 300, comments: 10 };
      const profile = parseProfile({ ...minimal, followers: 20_000, posts: Array.from({ length: 30 }, () => post) });
      expect(profile.posts).toHaveLength(30);
      expect(profile.warnings).toHaveLength(29);
      expect(profile.warnings.every((warning) => warning.code === "duplicate_post" && warning.message.endsWith(": repeats posts[0]"))).toBe(true);
      expect(profile.warnings.at(-1)?.path).toEqual(["posts", 29]);
    });

    describe("edge cases", () => {
      it("does not warn for posts on the same date whose counts differ by one", () => {
        const posts = [
          { publishedAt: "2026-03-01", likes: 300, comments: 10 },
          { publishedAt: "2026-03-01", likes: 300, comments: 11 },
          { publishedAt: "2026-03-01", likes: 300, comments: 10, saves: 0 },
        ];
        expect(parseProfile({ ...minimal, posts }).warnings).toEqual([]);
      });

      it("does not compare posts with neither an id nor a date: equal counts alone are common", () => {
        const posts = [{ likes: 3, comments: 0 }, { likes: 3, comments: 0 }];
        expect(parseProfile({ ...minimal, posts }).warnings).toEqual([]);
      });

      it("takes different ids as different posts, even with every count equal", () => {
        const posts = [
          { id: "a", publishedAt: "2026-03-01", likes: 3, comments: 0 },
          { id: "b", publishedAt: "2026-03-01", likes: 3, comments: 0 },
          // An id-less copy is not matched to a post with an id: the id is the caller's word on identity
          { publishedAt: "2026-03-01", likes: 3, comments: 0 },
        ];
        expect(parseProfile({ ...minimal, posts }).warnings).toEqual([]);
      });

      it("does not take an id for a post's fields", () => {
        // The id equals the JSON text of the id-less post's fields: still not the same post
        const fields = { publishedAt: MAR_1_2026_MS, likes: 3, comments: 0 };
        const posts = [{ ...fields, id: JSON.stringify(fields) }, fields, fields];
        expect(parseProfile({ ...minimal, posts }).warnings.map((warning) => warning.path)).toEqual([["posts", 2]]);
      });

      it("tells apart posts without ids that differ in any one field", () => {
        const [full] = fullProfile().posts as Record<string, unknown>[];
        const post = { ...full };
        delete post.id;
        const other = (key: string, value: unknown): unknown => {
          if (key === "publishedAt") return "2026-03-02T12:00:00Z"; // a day after the fixture's date
          if (key === "format") return value === "story" ? "reel" : "story";
          if (typeof value === "number") return value + 1; // reach + 1 = 20,001 stays within impressions (26,000)
          if (typeof value === "boolean") return !value;
          return [...(value as string[]), "food"];
        };
        for (const key of Object.keys(post)) {
          const posts = [post, { ...post, [key]: other(key, post[key]) }];
          expect(codes({ ...minimal, followers: 24_000, posts }), key).toEqual([]);
        }
        expect(codes({ ...minimal, followers: 24_000, posts: [post, { ...post }] })).toEqual(["duplicate_post"]);
      });

      it("comes first among a post's warnings", () => {
        const post = { id: "v", likes: 1_200, comments: 0, views: 100 };
        expect(parseProfile({ ...minimal, posts: [post, post] }).warnings.map((warning) => `${warning.path.join(".")} ${warning.code}`)).toEqual([
          "posts.0 engagements_exceed_followers",
          "posts.0 likes_exceed_views",
          "posts.1 duplicate_post",
          "posts.1 engagements_exceed_followers",
          "posts.1 likes_exceed_views",
        ]);
      });
    });
  });

  describe("likes_exceed_views", () => {
    it("warns when a post has more likes than views", () => {
      expect(parseProfile({ ...minimal, posts: [{ likes: 120, comments: 0, views: 80 }] }).warnings).toEqual([
        { path: ["posts", 0], code: "likes_exceed_views", message: "posts[0]: 120 likes but only 80 views" },
      ]);
    });

    it("groups the digits of the counts, as the other warnings do", () => {
      // 12,000 likes > 8,500 views
      expect(parseProfile({ ...minimal, posts: [{ likes: 12_000, comments: 0, views: 8_500 }] }).warnings.map((warning) => warning.message)).toEqual([
        "posts[0]: 12,000 interactions from 1,000 followers (possible for a viral post; check the counts)",
        "posts[0]: 12,000 likes but only 8,500 views",
      ]);
    });

    it("gives each count the number of its noun", () => {
      const posts = [{ likes: 2, comments: 0, views: 1 }, { likes: 1_001, comments: 0, views: 1_000 }];
      expect(parseProfile({ ...minimal, followers: 2_000, posts }).warnings.map((warning) => warning.message)).toEqual([
        "posts[0]: 2 likes but only 1 view",
        "posts[1]: 1,001 likes but only 1,000 views",
      ]);
    });

    it("does not warn when likes equal views or views are unknown", () => {
      expect(parseProfile({ ...minimal, posts: [{ likes: 80, comments: 0, views: 80 }, { likes: 80, comments: 0 }] }).warnings).toEqual([]);
    });
  });

  describe("history_unsorted", () => {
    it("sorts the follower history by date and says so", () => {
      const profile = parseProfile({
        ...minimal,
        followerHistory: [
          { date: "2026-02-01", followers: 1_100 },
          { date: "2026-01-01", followers: 1_000 },
          { date: "2026-03-01", followers: 1_200 },
        ],
      });
      expect(profile.followerHistory).toEqual([
        { date: JAN_1_2026_MS, followers: 1_000 },
        { date: FEB_1_2026_MS, followers: 1_100 },
        { date: MAR_1_2026_MS, followers: 1_200 },
      ]);
      expect(profile.warnings).toEqual([
        { path: ["followerHistory"], code: "history_unsorted", message: "followerHistory: snapshots were out of date order and have been sorted" },
      ]);
    });

    it("sorts by instant, not by text: 01:00+02:00 on Jan 1 is before 00:00Z on Jan 1", () => {
      // "2026-01-01T01:00+02:00" = 2025-12-31T23:00Z = JAN_1_2026_MS − 1 h
      const profile = parseProfile({
        ...minimal,
        followerHistory: [
          { date: "2026-01-01T00:00Z", followers: 2 },
          { date: "2026-01-01T01:00+02:00", followers: 1 },
        ],
      });
      expect(profile.followerHistory.map((point) => point.date)).toEqual([JAN_1_2026_MS - HOUR_MS, JAN_1_2026_MS]);
      expect(profile.warnings.map((warning) => warning.code)).toEqual(["history_unsorted"]);
    });

    it("does not warn for a history already in order", () => {
      const followerHistory = [
        { date: "2026-01-01", followers: 1_000 },
        { date: "2026-02-01", followers: 1_100 },
      ];
      expect(parseProfile({ ...minimal, followerHistory }).warnings).toEqual([]);
    });
  });

  describe("history_duplicate_date", () => {
    it("keeps the later of two snapshots at the same instant, in input order, and warns", () => {
      const profile = parseProfile({
        ...minimal,
        followerHistory: [
          { date: "2026-01-01", followers: 1_000 },
          { date: new Date(JAN_1_2026_MS), followers: 1_005 },
        ],
      });
      expect(profile.followerHistory).toEqual([{ date: JAN_1_2026_MS, followers: 1_005 }]);
      expect(profile.warnings).toEqual([
        {
          path: ["followerHistory"],
          code: "history_duplicate_date",
          message: "followerHistory: two snapshots at 2026-01-01T00:00:00.000Z; kept the later one in input order",
        },
      ]);
    });

    it("treats the same instant written with different offsets as a duplicate", () => {
      // "2026-01-01T02:00:00+02:00" is 00:00Z on Jan 1
      const followerHistory = [
        { date: "2026-01-01T00:00:00Z", followers: 1 },
        { date: "2026-01-01T02:00:00+02:00", followers: 2 },
      ];
      expect(parseProfile({ ...minimal, followerHistory }).followerHistory).toEqual([{ date: JAN_1_2026_MS, followers: 2 }]);
    });

    it("keeps the later duplicate in input order even when the history was unsorted", () => {
      const profile = parseProfile({
        ...minimal,
        followerHistory: [
          { date: "2026-01-01", followers: 1 },
          { date: "2026-02-01", followers: 3 },
          { date: "2026-01-01", followers: 2 },
        ],
      });
      expect(profile.followerHistory).toEqual([
        { date: JAN_1_2026_MS, followers: 2 },
        { date: FEB_1_2026_MS, followers: 3 },
      ]);
      expect(profile.warnings.map((warning) => warning.code)).toEqual(["history_unsorted", "history_duplicate_date"]);
    });

    it("warns once per dropped snapshot", () => {
      const followerHistory = [1, 2, 3].map((followers) => ({ date: "2026-01-01", followers }));
      const profile = parseProfile({ ...minimal, followerHistory });
      expect(profile.followerHistory).toEqual([{ date: JAN_1_2026_MS, followers: 3 }]);
      expect(profile.warnings.map((warning) => warning.code)).toEqual(["history_duplicate_date", "history_duplicate_date"]);
    });
  });

  describe("post_in_future", () => {
    const futurePost = { ...minimal, posts: [{ likes: 1, comments: 0, publishedAt: "2026-03-02" }] };
    const expected: InputWarning[] = [
      { path: ["posts", 0, "publishedAt"], code: "post_in_future", message: "posts[0].publishedAt: 2026-03-02T00:00:00.000Z is after now" },
    ];

    it.each([
      ["an ISO string", "2026-03-01T12:00:00Z"],
      ["a Date", new Date(MAR_1_2026_MS + 12 * HOUR_MS)],
      // 2026-03-01T12:00Z in epoch ms: MAR_1_2026_MS + 12 × 3,600,000
      ["epoch milliseconds", MAR_1_2026_MS + 12 * HOUR_MS],
    ])("warns about a post dated after now given as %s", (_label, now) => {
      expect(parseProfile(futurePost, { now }).warnings).toEqual(expected);
    });

    it("does not warn for a post published exactly at now", () => {
      // "2026-03-02" is midnight UTC = MAR_1_2026_MS + 24 h
      expect(parseProfile(futurePost, { now: MAR_1_2026_MS + 24 * HOUR_MS }).warnings).toEqual([]);
    });

    it("does not warn without now, or for a post without a date", () => {
      expect(parseProfile(futurePost).warnings).toEqual([]);
      expect(parseProfile({ ...minimal, posts: [{ likes: 1, comments: 0 }] }, { now: 1e11 }).warnings).toEqual([]);
    });
  });

  describe("several warnings", () => {
    it("lists a post's warnings in a fixed order, then the history's", () => {
      const profile = parseProfile(
        {
          ...minimal,
          followers: 10,
          posts: [{ likes: 50, comments: 0, views: 20, publishedAt: "2027-01-01" }],
          followerHistory: [
            { date: "2026-02-01", followers: 10 },
            { date: "2026-01-01", followers: 9 },
          ],
        },
        { now: "2026-06-01" },
      );
      expect(profile.warnings.map((warning) => warning.code)).toEqual([
        "engagements_exceed_followers",
        "likes_exceed_views",
        "post_in_future",
        "history_unsorted",
      ]);
    });
  });
});
