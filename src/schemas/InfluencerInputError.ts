import { describeValue } from "./issueText.js";

/**
 * What kind of problem an {@link InputIssue} reports. Programs branch on this
 * code and on the issue's `path`, never on its message.
 *
 * - `invalid_type`: the value has the wrong type (a string where a number belongs,
 *   `NaN`, `Infinity`, a fractional count, a missing required field).
 * - `too_small` / `too_big`: a number outside its allowed range, or a text or
 *   list too short or too long (an empty `handle`, more than 100,000 posts, an
 *   empty audience sample).
 * - `invalid_value`: a value of the right type that is not allowed (an unknown
 *   platform, an impossible date, `reach` above `impressions`).
 *
 * @category Input
 */
export type InputIssueCode = "invalid_type" | "too_small" | "too_big" | "invalid_value";

/**
 * One problem found in the input, with the path to the offending field.
 *
 * @example
 * const issue: InputIssue = {
 *   path: ["posts", 3, "likes"],
 *   code: "too_small",
 *   message: "posts[3].likes: expected a non-negative integer, received -5",
 * };
 * issue.path.join(".");
 * // => "posts.3.likes"
 * @category Input
 */
export interface InputIssue {
  /** Keys from the validated value down to the field, e.g. `["posts", 3, "likes"]`. */
  readonly path: readonly (string | number)[];
  /** The kind of problem; stable across versions. */
  readonly code: InputIssueCode;
  /** `<path>: expected <what>, received <value>`: for people, not for programs. */
  readonly message: string;
}

/** How many issues the error message lists before summarising the rest. */
const MESSAGE_ISSUE_LIMIT = 3;

/**
 * The only error the library throws on purpose: the input (a profile, an
 * option, a tier scheme) is invalid. `issues` lists every problem found, in
 * the order the fields are checked (for `parseProfile`, the order its
 * input type lists them, list items by index; not the order of your keys),
 * each with the path to the field; `message` lists the first few.
 *
 * @example
 * const error = new InfluencerInputError([
 *   { path: ["followers"], code: "too_small", message: "followers: expected a non-negative integer, received -1" },
 * ]);
 * [error.name, error.message];
 * // => ["InfluencerInputError", "followers: expected a non-negative integer, received -1"]
 * @category Input
 */
export class InfluencerInputError extends Error {
  /** Always `"InfluencerInputError"`, also after minification. */
  override readonly name = "InfluencerInputError";
  /** Every problem found; never empty. */
  readonly issues: readonly InputIssue[];

  /**
   * @param issues - The problems found; at least one.
   * @throws {@link InfluencerInputError} with one issue at path `["issues"]` if
   *   `issues` is empty or not an array, so `issues` is never empty.
   */
  constructor(issues: readonly InputIssue[]) {
    const given: unknown = issues;
    if (!Array.isArray(given) || given.length === 0) {
      const received = Array.isArray(given) ? "an empty array" : describeValue(given);
      throw new InfluencerInputError([
        { path: ["issues"], code: Array.isArray(given) ? "too_small" : "invalid_type", message: `issues: expected a non-empty array of issues, received ${received}` },
      ]);
    }
    const listed = issues.slice(0, MESSAGE_ISSUE_LIMIT).map((issue) => issue.message);
    const more = issues.length - listed.length;
    super(more > 0 ? `${listed.join("; ")}; and ${more} more` : listed.join("; "));
    this.issues = issues;
  }
}
