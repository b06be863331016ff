import { parseArgs } from "node:util";
import { INPUT_FORMATS, type InputFormat } from "./inputRow.js";
import { readDateText } from "./readDateText.js";
import { UsageError } from "./UsageError.js";

/** The tool's commands. @internal */
export type CommandName = "score" | "select";

/** Output formats of `score` (and `select`, which has table and json). @internal */
export type OutputFormat = "table" | "json" | "ndjson" | "csv";

/** Every {@link OutputFormat}. @internal */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ["table", "json", "ndjson", "csv"];

/** What `select` optimises. @internal */
export type Objective = "value" | "reach";

/** Numbers and names the models need, as typed on the command line (converted, not yet validated by the library). @internal */
export interface ModelFlags {
  readonly tierScheme?: string | undefined;
  readonly currency?: string | undefined;
  readonly costPerClick?: number | undefined;
  readonly cap?: number | undefined;
  readonly commission?: number | undefined;
  readonly orderValue?: number | undefined;
  readonly margin?: number | undefined;
  readonly riskAversion?: number | undefined;
  /** An ISO 8601 date as typed, or epoch milliseconds when all digits. */
  readonly now?: string | number | undefined;
  readonly rateCard?: string | undefined;
}

/** A parsed `score` or `select` command line. @internal */
export interface CommandLine {
  readonly command: CommandName;
  readonly file: string | undefined;
  readonly inputFormat: InputFormat | undefined;
  readonly format: OutputFormat | undefined;
  readonly allowErrors: boolean;
  readonly model: ModelFlags;
  /** `select` only. */
  readonly budget?: number | undefined;
  readonly objective?: Objective | undefined;
  readonly maxCount?: number | undefined;
  readonly minTrust?: number | undefined;
  readonly audienceSize?: number | undefined;
  /**
   * The number flags given, by flag, as typed (`"--budget"` → `"0e5"`): the
   * library sees only the number a value reads as, so a message about a value
   * it rejects quotes this instead (see `receivedAsTyped` in modelOptions.ts).
   */
  readonly typed: ReadonlyMap<string, string>;
}

/** What the arguments ask for. @internal */
export type Request =
  | { readonly kind: "help"; readonly command?: CommandName | undefined }
  | { readonly kind: "version" }
  | { readonly kind: "run"; readonly commandLine: CommandLine };

const COMMON_OPTIONS = {
  "input-format": { type: "string", short: "i" },
  format: { type: "string", short: "f" },
  "allow-errors": { type: "boolean" },
  "tier-scheme": { type: "string" },
  currency: { type: "string" },
  "cost-per-click": { type: "string" },
  cap: { type: "string" },
  commission: { type: "string" },
  "order-value": { type: "string" },
  margin: { type: "string" },
  "risk-aversion": { type: "string" },
  now: { type: "string" },
  "rate-card": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/**
 * The options `select` takes (those of `score` and its own), as node:util
 * parseArgs reads them; exported for the test that checks every number flag
 * against {@link NON_NEGATIVE_NUMBER_FLAGS}. @internal
 */
export const SELECT_OPTIONS = {
  ...COMMON_OPTIONS,
  budget: { type: "string", short: "b" },
  objective: { type: "string" },
  "max-count": { type: "string" },
  "min-trust": { type: "string" },
  "audience-size": { type: "string" },
} as const;

/**
 * Number flags, none of which takes a negative value: amounts and counts are
 * positive, rates, risk aversion and trust from 0 up. "--budget -5" is then
 * read as "--budget=-5" and refused for its value, not with a hint to write it
 * that way. A number flag that takes negative values would be left out, so that
 * "--flag -5" keeps the hint (parseArgs reads "-5" as a possible option).
 * test/cli/parseCommandLine.test.ts fails for a number flag missing here
 * unless it is listed there as taking negative values.
 */
const NON_NEGATIVE_NUMBER_FLAGS: ReadonlySet<string> = new Set([
  "--budget",
  "--max-count",
  "--min-trust",
  "--audience-size",
  "--cost-per-click",
  "--cap",
  "--order-value",
  "--commission",
  "--margin",
  "--risk-aversion",
]);

/**
 * The flags whose value the tool reads as a number (or, for `--now`, may: all
 * digits are epoch milliseconds) and the library checks, without their "--".
 * Their values are kept as typed in {@link CommandLine.typed}.
 * test/cli/parseCommandLine.test.ts fails for a number flag missing here.
 */
const NUMBER_FLAGS: readonly string[] = ["cost-per-click", "cap", "commission", "order-value", "margin", "risk-aversion", "now", "budget", "max-count", "min-trust", "audience-size"];

/** A value that reads as a negative number (`-5`, `-.5`, `-10%`), not as an option. */
const NEGATIVE_NUMBER = /^-\.?\d/;

/**
 * The option as typed in parseArgs' "Unknown option '--budgét'. To specify a
 * positional argument starting with a '-', …": everything up to the quote
 * before that hint (or the end), so a name with an accent, a quote or a
 * control character is named whole (the option pattern stops at the first
 * character outside `[\w-]`: "--budg").
 */
const UNKNOWN_OPTION = /^Unknown option '([\s\S]+?)'(?:$|\. To specify a positional argument)/;

/** Rewrites node:util parseArgs errors as short fragments; `args` are the arguments it read, for the value the user typed. */
function usageFromParseError(error: unknown, args: readonly string[], command: CommandName | undefined): UsageError {
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  const message = error instanceof Error ? error.message : String(error);
  // "Option '-f, --format <value>' argument missing": name the long form when there is one.
  const option = /'(?:-\w, )?(--?[\w-]+)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return new UsageError(`unknown option ${UNKNOWN_OPTION.exec(message)?.[1] ?? option}`, command);
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    if (message.includes("argument missing")) return new UsageError(`${option}: expected a value`, command);
    if (message.includes("ambiguous")) return ambiguousValue(message, args, command);
    return new UsageError(`${option}: does not take a value`, command);
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
    const extra = /'([^']*)'/.exec(message)?.[1] ?? "";
    return new UsageError(`unexpected argument ${JSON.stringify(extra)}: give at most one input file`, command);
  }
  return new UsageError(message, command);
}

/** The flag parseArgs found ambiguous (its long name when it has one), where it was typed and the value after it. */
interface AmbiguousArgument {
  readonly flag: string;
  readonly at: number;
  readonly value: string | undefined;
}

/** Reads parseArgs' "Option '-b' argument is ambiguous. … use '--budget=-XYZ' or '-b-XYZ'." against the arguments. */
function ambiguousArgument(message: string, args: readonly string[]): AmbiguousArgument {
  const typed = /'(-[^']*)'/.exec(message)?.[1] ?? "";
  const flag = /use '(--[\w-]+)=/.exec(message)?.[1] ?? typed;
  const at = args.findIndex((arg, index) => arg === typed && args[index + 1]?.startsWith("-") === true);
  return { flag, at, value: at < 0 ? undefined : args[at + 1] };
}

/**
 * "--budget -5" on a flag of {@link NON_NEGATIVE_NUMBER_FLAGS}: the arguments
 * with the flag and its value joined as "--budget=-5", to parse again, so the
 * value meets the same checks and error as when typed that way; `undefined`
 * for any other parse error.
 */
function joinNegativeNumber(error: unknown, args: readonly string[]): string[] | undefined {
  const message = error instanceof Error ? error.message : "";
  if (!message.includes("ambiguous")) return undefined;
  const { flag, at, value } = ambiguousArgument(message, args);
  if (at < 0 || value === undefined || !NON_NEGATIVE_NUMBER_FLAGS.has(flag) || !NEGATIVE_NUMBER.test(value)) return undefined;
  return [...args.slice(0, at), `${flag}=${value}`, ...args.slice(at + 2)];
}

/**
 * "--rate-card -card.json": parseArgs will not take a value that starts with
 * "-" after a space. Name the long flag (also for "-f -x") and show the value
 * as typed, joined with "=", which parseArgs does accept. (A negative number
 * on a number flag never gets here: see {@link joinNegativeNumber}.)
 */
function ambiguousValue(message: string, args: readonly string[], command: CommandName | undefined): UsageError {
  const { flag, value } = ambiguousArgument(message, args);
  if (value === undefined) return new UsageError(`${flag}: expected a value`, command);
  // "--budget --format json": the value was forgotten; "--budget=--format" would not help.
  if (value.startsWith("--")) return new UsageError(`${flag}: expected a value before ${value}`, command);
  return new UsageError(`${flag}: expected a value; write a value that starts with "-" as ${flag}=${value}`, command);
}

/** `--now` as typed, or a number when all digits (epoch milliseconds, which the library also takes): see {@link readDateText}. */
function dateFlag(value: string | undefined): string | number | undefined {
  return value === undefined ? undefined : readDateText(value);
}

function oneOfFlag<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], command: CommandName): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag}: expected one of ${allowed.join(", ")}, received ${JSON.stringify(value)}`, command);
}

/** A number as typed: `20000`, `20_000` is not accepted, `20,000` neither (ambiguous across locales). */
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** The number `value` spells, else a usage error quoting `typed` (the whole value as typed, `%` included for a rate). */
function numberFlag(flag: string, value: string | undefined, command: CommandName, typed: string | undefined = value): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (!PLAIN_NUMBER.test(text)) throw new UsageError(`--${flag}: expected a number, received ${JSON.stringify(typed)}`, command);
  const number = Number(text);
  // "1e400" has the form of a number but reads as Infinity: no flag means that.
  if (!Number.isFinite(number)) throw new UsageError(`--${flag}: expected a finite number, received ${JSON.stringify(typed)}`, command);
  return number;
}

/** A rate: a fraction (`0.15`) or a percent (`15%`). */
function rateFlag(flag: string, value: string | undefined, command: CommandName): number | undefined {
  if (value?.trim().endsWith("%") === true) {
    const text = value.trim().slice(0, -1);
    // Checked as a number first, so an error quotes the value as typed.
    if (numberFlag(flag, text, command, value) === undefined) return undefined;
    // The decimal point moves in the text, so "2.8%" reads as the number "0.028" does:
    // 2.8 / 100 is 0.027999999999999997, and every figure that used it differed.
    const [mantissa = "", power = "0"] = text.trim().split(/e/i);
    return Number(`${mantissa}e${Number(power) - 2}`);
  }
  return numberFlag(flag, value, command);
}

/** A number of people: positive, fractions allowed (an audience may be an estimate), quoted as typed when it is not. */
function peopleFlag(flag: string, value: string | undefined, command: CommandName): number | undefined {
  const number = numberFlag(flag, value, command);
  if (number === undefined || number > 0) return number;
  throw new UsageError(`--${flag}: expected a positive number of people, received ${JSON.stringify(value)}`, command);
}

function countFlag(flag: string, value: string | undefined, command: CommandName): number | undefined {
  const number = numberFlag(flag, value, command);
  if (number === undefined) return undefined;
  if (!Number.isSafeInteger(number) || number < 1) throw new UsageError(`--${flag}: expected a whole number of at least 1, received ${JSON.stringify(value)}`, command);
  return number;
}

/**
 * Reads the arguments after the program name: `[command] [file|-] [options]`.
 * `--help` anywhere asks for help (on the command when one is named),
 * `--version` for the version.
 *
 * @throws {@link UsageError} on an unknown command or option, or a value of the wrong form.
 * @internal
 */
export function parseCommandLine(argv: readonly string[]): Request {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h") return { kind: "help" };
  if (first === "--version" || first === "-v") return { kind: "version" };
  if (first === "help") {
    const topic = rest[0];
    if (topic === undefined) return { kind: "help" };
    if (topic === "score" || topic === "select") return { kind: "help", command: topic };
    throw new UsageError(`unknown command ${JSON.stringify(topic)}: expected score or select`);
  }
  if (first !== "score" && first !== "select") {
    throw new UsageError(first.startsWith("-") ? `unknown option ${first}` : `unknown command ${JSON.stringify(first)}: expected score or select`);
  }
  const command: CommandName = first;
  const options = command === "select" ? SELECT_OPTIONS : COMMON_OPTIONS;
  let parsed;
  // Each retry joins one "--flag -5" into "--flag=-5", so the arguments get shorter until they parse or fail otherwise.
  for (let args = rest; parsed === undefined; ) {
    try {
      parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    } catch (error) {
      const joined = joinNegativeNumber(error, args);
      if (joined === undefined) throw usageFromParseError(error, args, command);
      args = joined;
    }
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { kind: "help", command };
  if (positionals.length > 1) {
    throw new UsageError(`unexpected argument ${JSON.stringify(positionals[1])}: give at most one input file`, command);
  }
  const given: Readonly<Record<string, unknown>> = values;
  const typed = new Map(NUMBER_FLAGS.flatMap((name) => (typeof given[name] === "string" ? [[`--${name}`, given[name]] as const] : [])));
  const formats = command === "select" ? OUTPUT_FORMATS.filter((format) => format === "table" || format === "json") : OUTPUT_FORMATS;
  const model: ModelFlags = {
    tierScheme: values["tier-scheme"],
    currency: values.currency,
    costPerClick: numberFlag("cost-per-click", values["cost-per-click"], command),
    cap: numberFlag("cap", values.cap, command),
    commission: rateFlag("commission", values.commission, command),
    orderValue: numberFlag("order-value", values["order-value"], command),
    margin: rateFlag("margin", values.margin, command),
    riskAversion: numberFlag("risk-aversion", values["risk-aversion"], command),
    now: dateFlag(values.now),
    rateCard: values["rate-card"],
  };
  const commandLine: CommandLine = {
    command,
    file: positionals[0],
    inputFormat: oneOfFlag("input-format", values["input-format"], INPUT_FORMATS, command),
    format: oneOfFlag("format", values.format, formats, command),
    allowErrors: values["allow-errors"] === true,
    model,
    typed,
  };
  if (command === "score") return { kind: "run", commandLine };
  const selectValues = values as typeof values & {
    budget?: string;
    objective?: string;
    "max-count"?: string;
    "min-trust"?: string;
    "audience-size"?: string;
  };
  const budget = numberFlag("budget", selectValues.budget, command);
  if (budget === undefined) throw new UsageError("--budget: expected the amount to spend, e.g. --budget 20000", command);
  return {
    kind: "run",
    commandLine: {
      ...commandLine,
      budget,
      objective: oneOfFlag("objective", selectValues.objective, ["value", "reach"] as const, command),
      maxCount: countFlag("max-count", selectValues["max-count"], command),
      minTrust: numberFlag("min-trust", selectValues["min-trust"], command),
      audienceSize: peopleFlag("audience-size", selectValues["audience-size"], command),
    },
  };
}
