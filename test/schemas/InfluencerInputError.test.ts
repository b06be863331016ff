import { describe, expect, it } from "vitest";
import { InfluencerInputError, type InputIssue } from "../../src/index.js";

const issue = (n: number): InputIssue => ({
  path: ["posts", n, "likes"],
  code: "too_small",
  message: `posts[${n}].likes: expected a non-negative integer, received -${n}`,
});

describe("InfluencerInputError", () => {
  it("matches the documented example", () => {
    const error = new InfluencerInputError([
      { path: ["followers"], code: "too_small", message: "followers: expected a non-negative integer, received -1" },
    ]);
    expect([error.name, error.message]).toEqual([
      "InfluencerInputError",
      "followers: expected a non-negative integer, received -1",
    ]);
  });

  it("refuses to be built without issues, so issues is never empty", () => {
    for (const [issues, code, received] of [
      [[], "too_small", "an empty array"],
      [undefined, "invalid_type", "nothing"],
      [null, "invalid_type", "null"],
      [5, "invalid_type", "5"],
      [true, "invalid_type", "true"],
      [() => [], "invalid_type", "a function"],
      ["oops", "invalid_type", '"oops"'],
      [{}, "invalid_type", "an object"],
    ] as const) {
      let caught: unknown = undefined;
      try {
        new InfluencerInputError(issues as unknown as readonly InputIssue[]);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InfluencerInputError);
      expect((caught as InfluencerInputError).issues).toEqual([
        { path: ["issues"], code, message: `issues: expected a non-empty array of issues, received ${received}` },
      ]);
    }
  });

  it("is an Error that keeps every issue in order", () => {
    const issues = [issue(1), issue(2)];
    const error = new InfluencerInputError(issues);
    expect(error).toBeInstanceOf(Error);
    expect(error.issues).toEqual(issues);
  });

  it("lists the first three issues in its message and counts the rest", () => {
    const error = new InfluencerInputError([issue(1), issue(2), issue(3), issue(4), issue(5)]);
    expect(error.message).toBe(
      "posts[1].likes: expected a non-negative integer, received -1; " +
        "posts[2].likes: expected a non-negative integer, received -2; " +
        "posts[3].likes: expected a non-negative integer, received -3; and 2 more",
    );
  });
});
