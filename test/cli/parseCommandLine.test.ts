import { describe, expect, it } from "vitest";
import { parseCommandLine, SELECT_OPTIONS } from "../../src/cli/parseCommandLine.js";

/**
 * Number flags that take negative values, so "--flag -5" keeps parseArgs'
 * hint to write "--flag=-5" instead of being joined (see
 * NON_NEGATIVE_NUMBER_FLAGS in src/cli/parseCommandLine.ts). None today:
 * amounts and counts are positive, rates, risk aversion and trust from 0 up.
 * Add a flag here only if the library accepts a negative value for it.
 */
const FLAGS_TAKING_NEGATIVES: readonly string[] = [];

/** What the parser makes of `args`: the request, or the message of the error it throws. */
function outcome(args: readonly string[]): unknown {
  try {
    return parseCommandLine(args);
  } catch (error) {
    return error instanceof Error ? error.message : error;
  }
}

/** A `select` command line with `flagArgs`, and the `--budget` it needs unless they give one. */
function selectWith(...flagArgs: string[]): string[] {
  const hasBudget = flagArgs.some((arg) => arg === "-b" || arg === "--budget" || arg.startsWith("--budget="));
  return ["select", ...(hasBudget ? [] : ["--budget", "1"]), ...flagArgs];
}

/**
 * The number flags, found by asking the parser rather than listing them by
 * hand: the value options whose value the parser takes as "5" and refuses as
 * "abc" (a text flag such as --currency takes both, a choice such as
 * --format refuses both, --now leaves "abc" to the library).
 */
function numberFlags(): string[] {
  return Object.entries(SELECT_OPTIONS)
    .filter(([, option]) => option.type === "string")
    .map(([name]) => `--${name}`)
    .filter((flag) => typeof outcome(selectWith(flag, "5")) === "object" && typeof outcome(selectWith(flag, "abc")) === "string");
}

describe("parseCommandLine: a negative number after a number flag", () => {
  it("finds the number flags of every kind: amounts, rates and counts", () => {
    // Guards the detection the next tests rely on: were it to find nothing, they would check nothing.
    const found = numberFlags();
    expect(found).toEqual(expect.arrayContaining(["--budget", "--cost-per-click", "--margin", "--commission", "--max-count", "--min-trust"]));
    expect(found).toEqual(expect.arrayContaining([...FLAGS_TAKING_NEGATIVES]));
  });

  it("reads '--flag -5' as '--flag=-5' for every number flag not listed as taking negative values", () => {
    // A number flag added to the option tables but not to NON_NEGATIVE_NUMBER_FLAGS fails here: its "-5" gets the hint instead.
    const flags = numberFlags().filter((flag) => !FLAGS_TAKING_NEGATIVES.includes(flag));
    expect(flags.map((flag) => [flag, outcome(selectWith(flag, "-5"))])).toEqual(flags.map((flag) => [flag, outcome(selectWith(`${flag}=-5`))]));
  });

  it("reads '-b -5' as '--budget=-5' for a number flag's short name too", () => {
    const numbers = numberFlags();
    const shorts = Object.entries(SELECT_OPTIONS).flatMap(([name, option]) => ("short" in option && numbers.includes(`--${name}`) ? [[`-${option.short}`, `--${name}`] as const] : []));
    expect(shorts).toContainEqual(["-b", "--budget"]);
    expect(shorts.map(([short]) => [short, outcome(selectWith(short, "-5"))])).toEqual(shorts.map(([short, flag]) => [short, outcome(selectWith(`${flag}=-5`))]));
  });
});

describe("parseCommandLine: a rate as a percent", () => {
  /** The rate the parser reads for `--commission <text>` and `--margin <text>`. */
  function rates(text: string): unknown[] {
    const request = parseCommandLine(["score", "--commission", text, "--margin", text]);
    return request.kind === "run" ? [request.commandLine.model.commission, request.commandLine.model.margin] : [];
  }

  it("reads a percent as the same number as the fraction it stands for (2.8% is 0.028, not 2.8 / 100)", () => {
    // 2.8 / 100 is 0.027999999999999997: the reports then differed from those of --commission 0.028.
    for (const [percent, fraction] of [["2.8%", "0.028"], ["0.7%", "0.007"], ["14.3%", "0.143"], ["0.35%", "0.0035"], ["12%", "0.12"], [".5%", "0.005"], ["2.8e1%", "0.28"], ["+28E-1%", "0.028"], ["100%", "1"]] as const) {
      expect([percent, rates(percent)]).toEqual([percent, rates(fraction)]);
    }
  });

  it("reads every percent with up to two decimals as its fraction", () => {
    const differ: string[] = [];
    for (let hundredths = 0; hundredths < 10_000; hundredths++) {
      const percent = (hundredths / 100).toFixed(2);
      const fraction = `0.${String(hundredths).padStart(4, "0")}`;
      if (rates(`${percent}%`)[0] !== Number(fraction)) differ.push(percent);
    }
    expect(differ).toEqual([]);
  });
});

describe("parseCommandLine: number flags as typed", () => {
  it("keeps the value of every number flag as typed, for messages that quote what the library rejects", () => {
    // A number flag missing from NUMBER_FLAGS would have a library error quote the number it was read as ("5e0" as 5).
    const flags = numberFlags();
    const typedOf = (flag: string): unknown => {
      const request = parseCommandLine(selectWith(`${flag}=5e0`));
      return request.kind === "run" ? request.commandLine.typed.get(flag) : undefined;
    };
    expect(flags.map((flag) => [flag, typedOf(flag)])).toEqual(flags.map((flag) => [flag, "5e0"]));
  });
});
