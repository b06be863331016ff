import { groupDigits } from "../text/groupDigits.js";
import type { InputWarning } from "./parseProfile.js";

/**
 * The codes of a profile's input warnings for a sentence: each code once,
 * in alphabetical order (the order of the posts changes nothing), with `×n`
 * when raised n times
 * (`"duplicate_post, engagements_exceed_followers ×1,200"`): one per post
 * would repeat a code hundreds of times on a long feed. `null` without
 * warnings.
 *
 * @example
 * describeWarningCodes([
 *   { path: ["posts", 1], code: "duplicate_post", message: "posts[1]: repeats posts[0]" },
 *   { path: ["posts", 3], code: "duplicate_post", message: "posts[3]: repeats posts[2]" },
 * ]);
 * // => "duplicate_post ×2"
 * @internal
 */
export function describeWarningCodes(warnings: readonly InputWarning[]): string | null {
  if (warnings.length === 0) return null;
  const counts = new Map<string, number>();
  for (const warning of warnings) counts.set(warning.code, (counts.get(warning.code) ?? 0) + 1);
  // In code order, not the order raised: the posts' order must not change the text.
  const codes = [...counts.keys()].sort();
  return codes.map((code) => (counts.get(code) === 1 ? code : `${code} ×${groupDigits(counts.get(code) ?? 0)}`)).join(", ");
}

/**
 * A model's result with a last reason naming the profile's input warnings,
 * for the single-model entry points (`scoreEngagement`, `scoreTrust`, the
 * compensation estimators): their caller may never have seen
 * {@link parseProfile}'s warnings, and a model scores a suspect profile
 * as given (30 copies of one post, say). The result itself when there are
 * none, and `history_unsorted` is left out (the history was sorted, and the
 * model read it in date order), so the same posts and history in any order
 * give the same reasons. `scoreInfluencer` names them all once, in the
 * report's own reasons.
 *
 * @example
 * withWarningReason({ reasons: ["Median of 2 posts: 3 per 100 followers."] }, [
 *   { path: ["posts", 1], code: "duplicate_post", message: "posts[1]: repeats posts[0]" },
 * ]).reasons[1];
 * // => "Input warnings: duplicate_post (parseProfile returns each with its field and what is wrong; the scores use the input as given)."
 * @internal
 */
export function withWarningReason<Result extends { readonly reasons: readonly string[] }>(result: Result, warnings: readonly InputWarning[]): Result {
  if (warnings.length === 0) return result;
  // history_unsorted says the history was sorted: the model read it in date order, nothing about it is suspect.
  const codes = describeWarningCodes(warnings.filter((warning) => warning.code !== "history_unsorted"));
  if (codes === null) return result;
  return { ...result, reasons: [...result.reasons, `Input warnings: ${codes} (parseProfile returns each with its field and what is wrong; the scores use the input as given).`] };
}
