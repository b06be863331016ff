import { readFile } from "node:fs/promises";
import type { InputIssue } from "../schemas/InfluencerInputError.js";
import type { ScoreInfluencerOptions } from "../report/scoreInfluencer.js";
import type { CommandName, ModelFlags } from "./parseCommandLine.js";
import { UsageError } from "./UsageError.js";

/** Library option paths and the flags they come from, for error messages. */
const FLAG_OF_PATH: readonly (readonly [string, string])[] = [
  ["tierScheme", "--tier-scheme"],
  ["compensation.currency", "--currency"],
  ["compensation.costPerClick", "--cost-per-click"],
  ["compensation.cap", "--cap"],
  ["compensation.commissionRate", "--commission"],
  ["compensation.averageOrderValue", "--order-value"],
  ["compensation.margin", "--margin"],
  ["compensation.riskAversion", "--risk-aversion"],
  ["compensation.rateCard", "--rate-card"],
  ["compensation", "--rate-card"],
  ["now", "--now"],
];

/** Reads the JSON rate card named by `--rate-card`. */
async function readRateCard(file: string, command: CommandName): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "unknown error";
    throw new UsageError(`--rate-card: cannot read ${JSON.stringify(file)}: ${code === "ENOENT" ? "no such file" : code}`, command);
  }
  try {
    // A byte-order mark, as some editors on Windows save it, is not part of the JSON (the input readers drop it too).
    return JSON.parse(text.replace(/^\uFEFF/, "")) as unknown;
  } catch {
    throw new UsageError(`--rate-card: expected a JSON file, received ${JSON.stringify(file)}, which is not valid JSON`, command);
  }
}

/**
 * Turns the model flags into the report's options. The comparison of deals
 * needs both `--cost-per-click` and `--order-value`; `--cap`, `--commission`,
 * `--margin` and `--risk-aversion` only mean something with them.
 *
 * @throws {@link UsageError} for a flag that needs another, or an unreadable rate card.
 * @internal
 */
export async function toReportOptions(flags: ModelFlags, command: CommandName): Promise<ScoreInfluencerOptions> {
  const hasClick = flags.costPerClick !== undefined;
  const hasOrder = flags.orderValue !== undefined;
  if (hasClick !== hasOrder) {
    const [given, missing] = hasClick ? ["--cost-per-click", "--order-value"] : ["--order-value", "--cost-per-click"];
    throw new UsageError(`${missing}: expected a value too, since ${given} is given (comparing deals needs both)`, command);
  }
  for (const [flag, value] of [["--cap", flags.cap], ["--commission", flags.commission], ["--margin", flags.margin], ["--risk-aversion", flags.riskAversion]] as const) {
    if (value !== undefined && !hasClick) throw new UsageError(`${flag}: needs --cost-per-click and --order-value (it only matters when deals are compared)`, command);
  }
  const rateCard = flags.rateCard === undefined ? undefined : await readRateCard(flags.rateCard, command);
  const compensation = {
    ...(flags.currency === undefined ? {} : { currency: flags.currency }),
    ...(flags.costPerClick === undefined ? {} : { costPerClick: flags.costPerClick }),
    ...(flags.cap === undefined ? {} : { cap: flags.cap }),
    ...(flags.orderValue === undefined ? {} : { averageOrderValue: flags.orderValue }),
    ...(flags.commission === undefined ? {} : { commissionRate: flags.commission }),
    ...(flags.margin === undefined ? {} : { margin: flags.margin }),
    ...(flags.riskAversion === undefined ? {} : { riskAversion: flags.riskAversion }),
    ...(rateCard === undefined ? {} : { rateCard: rateCard as NonNullable<ScoreInfluencerOptions["compensation"]>["rateCard"] }),
  };
  return {
    ...(flags.tierScheme === undefined ? {} : { tierScheme: flags.tierScheme as NonNullable<ScoreInfluencerOptions["tierScheme"]> }),
    ...(Object.keys(compensation).length === 0 ? {} : { compensation }),
    ...(flags.now === undefined ? {} : { now: flags.now }),
  };
}

/** The number that ends a library message (`…, received 0`), as its `describeValue` writes a finite number: JSON. */
const RECEIVED_NUMBER = /, received -?\d+(?:\.\d+)?(?:e[+-]\d+)?$/;

/**
 * A flag's problem with the number the library received replaced by the
 * value as typed, JSON-quoted as the tool's own checks quote it: for
 * `--budget 0e5`, `expected a finite positive number, received 0` →
 * `…, received "0e5"`. The library sees only the number a value reads as
 * ("0e5", "-0" and "0.0" all read 0; "150%" reads 1.5; "1e21" is written
 * 1e+21), which the user never typed. A problem that ends otherwise, or a
 * flag not given (`typed` undefined), is left as it is.
 *
 * @param problem - The library's message after its path: `expected …, received …`.
 * @param typed - The flag's value as typed, if it was given.
 * @internal
 */
export function receivedAsTyped(problem: string, typed: string | undefined): string {
  if (typed === undefined) return problem;
  return problem.replace(RECEIVED_NUMBER, () => `, received ${JSON.stringify(typed)}`);
}

/**
 * Rewrites an option issue from the library in terms of the flag that set it:
 * `compensation.margin: expected …, received 1.5` → `--margin: expected …, received "150%"`
 * (the value as typed, from `typed`: see {@link receivedAsTyped}).
 *
 * @internal
 */
export function flagMessage(issue: InputIssue, typed: ReadonlyMap<string, string>): string {
  const dotted = issue.path.map(String).join(".");
  for (const [path, flag] of FLAG_OF_PATH) {
    if (dotted === path || dotted.startsWith(`${path}.`)) {
      const colon = issue.message.indexOf(": ");
      const problem = colon >= 0 ? issue.message.slice(colon + 2) : issue.message;
      return dotted === path ? `${flag}: ${receivedAsTyped(namingFlags(problem), typed.get(flag))}` : `${flag}: ${issue.message}`;
    }
  }
  return issue.message;
}

/** The library's option names a problem may mention, and their flags: only the camel-case ones, which never read as plain words. */
const FLAG_OF_OPTION: ReadonlyMap<string, string> = new Map(
  FLAG_OF_PATH.map(([path, flag]) => [path.slice(path.lastIndexOf(".") + 1), flag] as const).filter(([name]) => /[A-Z]/.test(name)),
);

/** `pass a rateCard priced in EUR` → `pass a --rate-card priced in EUR`. */
function namingFlags(problem: string): string {
  return problem.replace(/\b(?:compensation\.)?([a-z]+[A-Z]\w*)\b/g, (name: string, option: string) => FLAG_OF_OPTION.get(option) ?? name);
}
