import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureCli, root } from "./buildCli.js";
import { ROSTER, runCli, TERMS } from "./runCli.js";

beforeAll(() => {
  ensureCli();
}, 180_000);

describe("influencer-scoring --help and --version", () => {
  it("prints the main help with --help, -h or no arguments", () => {
    for (const args of [["--help"], ["-h"], []]) {
      const result = runCli(args);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^Usage: influencer-scoring <command> \[file\|-\] \[options\]\n/);
      expect(result.stdout).toContain("Exit codes: 0 success; 1 some rows failed validation");
    }
  });

  it("prints each command's help with --help after it or with help <command>", () => {
    expect(runCli(["score", "--help"]).stdout).toMatch(/^Usage: influencer-scoring score \[file\|-\] \[options\]/);
    expect(runCli(["select", "-h"]).stdout).toMatch(/^Usage: influencer-scoring select \[file\|-\] --budget <amount> \[options\]/);
    expect(runCli(["help", "select"]).stdout).toBe(runCli(["select", "--help"]).stdout);
    expect(runCli(["help"]).stdout).toBe(runCli(["--help"]).stdout);
  });

  it("fits every help line in 80 columns, the width of a default terminal", () => {
    // The --now option and the deal example ran to 89 and 95 columns and wrapped mid-word.
    for (const args of [["--help"], ["score", "--help"], ["select", "--help"]]) {
      expect(runCli(args).stdout.split("\n").filter((line) => line.length > 80)).toEqual([]);
    }
  });

  it("shows help even when other arguments are wrong", () => {
    expect(runCli(["select", "--help"]).status).toBe(0);
  });

  it("prints the package version", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(runCli(["--version"])).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
    expect(runCli(["-v"]).stdout).toBe(`${version}\n`);
  });
});

describe("influencer-scoring usage errors (exit code 2)", () => {
  function usage(args: readonly string[]): string {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    return result.stderr;
  }

  it("rejects an unknown command", () => {
    expect(usage(["frobnicate"])).toBe("influencer-scoring: unknown command \"frobnicate\": expected score or select\nRun 'influencer-scoring --help' for usage.\n");
    expect(usage(["help", "frobnicate"])).toContain('unknown command "frobnicate"');
    expect(usage(["--bogus"])).toContain("unknown option --bogus");
  });

  it("rejects an unknown option and points to the command's help", () => {
    expect(usage(["score", ROSTER.ndjson, "--bogus"])).toBe("influencer-scoring: unknown option --bogus\nRun 'influencer-scoring score --help' for usage.\n");
  });

  it("names an unknown option whole, as typed, not cut at its first unusual character", () => {
    // Was "unknown option --budg", "--a" and "--x": the name stopped at the first character outside [A-Za-z0-9_-].
    expect(usage(["score", "--budgét"]).split("\n")[0]).toBe("influencer-scoring: unknown option --budgét");
    expect(usage(["score", "--a'b"]).split("\n")[0]).toBe("influencer-scoring: unknown option --a'b");
    expect(usage(["select", "--x\u009b\u202e"]).split("\n")[0]).toBe("influencer-scoring: unknown option --x\\u009b\\u202e");
  });

  it("rejects an option without its value, or a value on a flag", () => {
    expect(usage(["score", "--format"])).toContain("--format: expected a value");
    expect(usage(["score", "-f"])).toContain("--format: expected a value");
    expect(usage(["score", "--allow-errors=yes"])).toContain("--allow-errors: does not take a value");
  });

  it("shows a value starting with - given after a space as the flag and the value typed, joined with =", () => {
    // parseArgs refuses "--flag -x" (the value looks like an option); a rate card's file name may start with "-".
    expect(usage(["score", "--rate-card", "-card.json"])).toBe(
      'influencer-scoring: --rate-card: expected a value; write a value that starts with "-" as --rate-card=-card.json\nRun \'influencer-scoring score --help\' for usage.\n',
    );
  });

  it("names the long flag when a value starting with - follows the short one", () => {
    // "-f -x" used to read "-f: expected a value; … as -f=-5"
    expect(usage(["score", ROSTER.ndjson, "-f", "-x"])).toContain('influencer-scoring: --format: expected a value; write a value that starts with "-" as --format=-x\n');
  });

  it.each([
    // Every number flag takes only positive numbers (budget, amounts, counts) or numbers from 0 up (rates,
    // risk aversion, trust): "--flag -5" would be refused as "--flag=-5" is, so it gets that error, not a hint.
    ["--budget -5", ["select", ROSTER.ndjson, "--budget", "-5"], ["select", ROSTER.ndjson, "--budget=-5"]],
    ["-b -250.5", ["select", ROSTER.ndjson, "-b", "-250.5"], ["select", ROSTER.ndjson, "--budget=-250.5"]],
    ["--max-count -1", ["select", ROSTER.ndjson, "--budget", "100", "--max-count", "-1"], ["select", ROSTER.ndjson, "--budget", "100", "--max-count=-1"]],
    ["--min-trust -1", ["select", ROSTER.ndjson, "--budget", "100", "--min-trust", "-1"], ["select", ROSTER.ndjson, "--budget", "100", "--min-trust=-1"]],
    ["--audience-size -5", ["select", ROSTER.ndjson, "--budget", "100", "--audience-size", "-5"], ["select", ROSTER.ndjson, "--budget", "100", "--audience-size=-5"]],
    ["--cost-per-click -1", ["score", ROSTER.ndjson, "--cost-per-click", "-1", "--order-value", "40"], ["score", ROSTER.ndjson, "--cost-per-click=-1", "--order-value", "40"]],
    ["--risk-aversion -2", ["score", ROSTER.ndjson, ...TERMS, "--risk-aversion", "-2"], ["score", ROSTER.ndjson, ...TERMS, "--risk-aversion=-2"]],
    ["--commission -10%", ["score", ROSTER.ndjson, ...TERMS, "--commission", "-10%"], ["score", ROSTER.ndjson, ...TERMS, "--commission=-10%"]],
    ["--margin -0.1", ["score", ROSTER.ndjson, ...TERMS, "--margin", "-0.1"], ["score", ROSTER.ndjson, ...TERMS, "--margin=-0.1"]],
    ["--cap -10", ["score", ROSTER.ndjson, ...TERMS, "--cap", "-10"], ["score", ROSTER.ndjson, ...TERMS, "--cap=-10"]],
    ["--order-value -40 --cost-per-click -1", ["score", ROSTER.ndjson, "--order-value", "-40", "--cost-per-click", "-1"], ["score", ROSTER.ndjson, "--order-value=-40", "--cost-per-click=-1"]],
  ])("reports %s as it reports the flag=value form: the negative number is refused on its merits, with no hint", (_typed, spaced, joined) => {
    const message = usage(spaced);
    expect(message).toBe(usage(joined));
    expect(message).toMatch(/^influencer-scoring: --[\w-]+: expected .*, received "?-/);
  });

  it("asks for the forgotten value, not for --flag=--other, when another option follows", () => {
    expect(usage(["select", ROSTER.ndjson, "--budget", "--format", "json"])).toContain("influencer-scoring: --budget: expected a value before --format\n");
  });

  it("rejects a second input file", () => {
    expect(usage(["score", "a.ndjson", "b.ndjson"])).toContain('unexpected argument "b.ndjson": give at most one input file');
  });

  it("rejects an unknown input or output format", () => {
    expect(usage(["score", "--format", "xml"])).toContain('--format: expected one of table, json, ndjson, csv, received "xml"');
    expect(usage(["score", "--input-format", "xlsx"])).toContain('--input-format: expected one of ndjson, json, csv, received "xlsx"');
    expect(usage(["select", "--budget", "100", "--format", "csv"])).toContain('--format: expected one of table, json, received "csv"');
  });

  it("rejects a file that cannot be read", () => {
    expect(usage(["score", "missing.ndjson"])).toContain('cannot read "missing.ndjson": no such file');
    expect(usage(["score", "examples"])).toContain('cannot read "examples": it is a directory');
  });

  it("rejects a number flag that is not a number", () => {
    expect(usage(["score", "--cost-per-click", "abc", "--order-value", "40"])).toContain('--cost-per-click: expected a number, received "abc"');
    expect(usage(["score", "--cost-per-click", "0.5", "--order-value", "40", "--commission", "ten%"])).toContain('--commission: expected a number, received "ten%"');
    // The value is quoted as typed, its percent sign included (it read "ten", and "" for a lone "%")
    expect(usage(["score", "--cost-per-click", "0.5", "--order-value", "40", "--commission", "%"])).toContain('--commission: expected a number, received "%"');
  });

  it("rejects a number too large to hold (it would read as Infinity)", () => {
    // Number("1e400") is Infinity: --audience-size 1e400 was accepted and every reach became 0.
    expect(usage(["select", ROSTER.ndjson, "--budget", "100", "--audience-size", "1e400"])).toContain('--audience-size: expected a finite number, received "1e400"');
    expect(usage(["select", ROSTER.ndjson, "--budget=-1e999"])).toContain('--budget: expected a finite number, received "-1e999"');
    expect(usage(["score", "--cost-per-click", "0.5", "--order-value", "40", "--commission", "1e400%"])).toContain('--commission: expected a finite number, received "1e400%"');
  });

  it("writes control and bidirectional characters of a value or file name typed as \\u escapes", () => {
    // U+009B (CSI) would start a terminal escape sequence, U+202E reverse the rest of the line
    const messages = [
      usage(["select", "--budget", "1\u009b31m\u202e"]),
      usage(["score", "no\u009bfile\u202e.ndjson"]),
      usage(["--x\u009b\u202e"]),
    ];
    for (const message of messages) expect(message).not.toMatch(/[\u009b\u202e]/u);
    expect(messages.map((message) => message.split("\n")[0])).toEqual([
      'influencer-scoring: --budget: expected a number, received "1\\u009b31m\\u202e"',
      'influencer-scoring: cannot read "no\\u009bfile\\u202e.ndjson": no such file',
      "influencer-scoring: unknown option --x\\u009b\\u202e",
    ]);
  });

  it("asks for both deal terms, and for them before a commission or margin", () => {
    expect(usage(["score", "--cost-per-click", "0.5"])).toContain("--order-value: expected a value too, since --cost-per-click is given (comparing deals needs both)");
    expect(usage(["score", "--order-value", "40"])).toContain("--cost-per-click: expected a value too, since --order-value is given");
    expect(usage(["score", "--commission", "10%"])).toContain("--commission: needs --cost-per-click and --order-value");
    expect(usage(["score", "--risk-aversion", "0"])).toContain("--risk-aversion: needs --cost-per-click and --order-value");
    expect(usage(["score", "--cap", "10"])).toContain("--cap: needs --cost-per-click and --order-value");
    expect(usage(["score", ROSTER.ndjson, ...TERMS, "--cap", "0"])).toContain('--cap: expected an amount between 0.000001 and 1000000000000, received "0"');
  });

  it("reports a value the models reject on the flag that set it", () => {
    // 150% = 1.5, outside [0, 1]; quoted as typed
    expect(usage(["score", ROSTER.ndjson, "--cost-per-click", "0.5", "--order-value", "40", "--margin", "150%"])).toBe(
      'influencer-scoring: --margin: expected a number between 0 and 1, received "150%"\nRun \'influencer-scoring score --help\' for usage.\n',
    );
    expect(usage(["score", ROSTER.ndjson, "--tier-scheme", "nope"])).toMatch(/^influencer-scoring: --tier-scheme: expected one of "standard", .*received "nope"\n/);
    expect(usage(["score", ROSTER.ndjson, "--now", "yesterday"])).toContain("--now: expected an ISO 8601 date string");
    expect(usage(["score", ROSTER.ndjson, "--cost-per-click", "0.5", "--order-value", "40", "--risk-aversion=-1"])).toContain(
      'influencer-scoring: --risk-aversion: expected a number between 0 and 100, received "-1"\n',
    );
    expect(usage(["score", "--risk-aversion", "high"])).toContain('--risk-aversion: expected a number, received "high"');
    expect(usage(["score", ROSTER.ndjson, "--currency", "EUR"])).toContain('--currency: expected "USD", the rate card\'s currency (pass a --rate-card priced in EUR to use it), received "EUR"');
  });

  it("quotes a value the library rejects as typed, not as the number it was read as", () => {
    // The library sees only the number: "0e5" read "received 0", "150%" "received 1.5", "1e21" "received 1e+21".
    const cases: readonly (readonly [readonly string[], string])[] = [
      [["select", ROSTER.ndjson, "--budget=0e5"], '--budget: expected a finite positive number, received "0e5"'],
      [["select", ROSTER.ndjson, "--budget=-0"], '--budget: expected a finite positive number, received "-0"'],
      [["select", ROSTER.ndjson, "-b", "1e21"], '--budget: expected a number of at most 100000000000000000000, received "1e21"'],
      [["select", ROSTER.ndjson, "--budget", "100", "--min-trust", "1.5e2"], '--min-trust: expected a number between 0 and 100, received "1.5e2"'],
      [["select", ROSTER.ndjson, "--budget", "100", "--min-trust", "-0.5"], '--min-trust: expected a number between 0 and 100, received "-0.5"'],
      [["score", ROSTER.ndjson, "--cost-per-click", "0e0", "--order-value", "40"], '--cost-per-click: expected an amount between 0.000001 and 1000000000000, received "0e0"'],
      [["score", ROSTER.ndjson, "--cost-per-click", "0.5", "--order-value", "0.0"], '--order-value: expected an amount between 0.000001 and 1000000000000, received "0.0"'],
      [["score", ROSTER.ndjson, ...TERMS, "--cap", "1e-400"], '--cap: expected an amount between 0.000001 and 1000000000000, received "1e-400"'],
      [["score", ROSTER.ndjson, ...TERMS, "--risk-aversion=-1e0"], '--risk-aversion: expected a number between 0 and 100, received "-1e0"'],
      [["score", ROSTER.ndjson, ...TERMS, "--commission", "280%"], '--commission: expected a number between 0 and 1, received "280%"'],
      [["score", ROSTER.ndjson, ...TERMS, "--margin", " 1.5e0"], '--margin: expected a number between 0 and 1, received " 1.5e0"'],
      [["score", ROSTER.ndjson, "--now", "9000000000000000"], 'received "9000000000000000"'],
    ];
    // Each message where its first line holds it, else that whole line, so a failure shows what was written instead.
    const written = cases.map(([args, message]) => {
      const line = usage(args).split("\n")[0] ?? "";
      return line.includes(message) ? message : line;
    });
    expect(written).toEqual(cases.map(([, message]) => message));
  });

  it("quotes a --now of more digits than a number holds exactly as typed", () => {
    // 30 digits: read as a number, the message quoted 1.111111111111111e+29, not what was typed
    expect(usage(["score", ROSTER.ndjson, "--now", "1".repeat(30)])).toContain(`--now: expected an ISO 8601 date string, a valid Date or epoch milliseconds, received "${"1".repeat(30)}"\n`);
  });

  it("rejects a rate card that cannot be read or is not JSON", () => {
    expect(usage(["score", "--rate-card", "missing.json"])).toContain('--rate-card: cannot read "missing.json": no such file');
    expect(usage(["score", "--rate-card", ROSTER.csvPosts])).toContain("--rate-card: expected a JSON file");
  });

  it("asks select for a budget, a positive one, and valid limits", () => {
    expect(usage(["select", ROSTER.ndjson])).toContain("--budget: expected the amount to spend, e.g. --budget 20000");
    expect(usage(["select", ROSTER.ndjson, "--budget", "-5"])).toBe(
      'influencer-scoring: --budget: expected a finite positive number, received "-5"\nRun \'influencer-scoring select --help\' for usage.\n',
    );
    expect(usage(["select", ROSTER.ndjson, "--budget=-5"])).toMatch(/^influencer-scoring: --budget: expected .+, received "-5"\n/);
    expect(usage(["select", ROSTER.ndjson, "--budget", "100", "--max-count", "0"])).toContain('--max-count: expected a whole number of at least 1, received "0"');
    expect(usage(["select", ROSTER.ndjson, "--budget", "100", "--objective", "fame"])).toContain('--objective: expected one of value, reach, received "fame"');
    expect(usage(["select", ROSTER.ndjson, "--budget", "100", "--audience-size", "0"])).toContain('--audience-size: expected a positive number of people, received "0"');
    // quoted as typed: the parsed number read "received 0" for "0e5" and "received 0" for "-0"
    expect(usage(["select", ROSTER.ndjson, "--budget", "100", "--audience-size", "0e5"])).toContain('--audience-size: expected a positive number of people, received "0e5"');
    expect(usage(["select", ROSTER.ndjson, "--budget", "100", "--audience-size=-0"])).toContain('--audience-size: expected a positive number of people, received "-0"');
    expect(usage(["select", ROSTER.ndjson, "--budget", "100", "--min-trust", "150"])).toContain("--min-trust: ");
  });

  it("checks the select flags before reading any input, so a bad budget never waits for a long file to be scored", () => {
    // The input does not exist: a flag error that came after reading it would report the file instead.
    expect(usage(["select", "no-such-roster.ndjson", "--budget=-5"])).toMatch(/^influencer-scoring: --budget: expected .+, received "-5"\n/);
    expect(usage(["select", "no-such-roster.ndjson", "--budget", "1e21"])).toContain("--budget: expected a number of at most 100000000000000000000");
    expect(usage(["select", "no-such-roster.ndjson", "--budget", "100", "--min-trust", "150"])).toContain("--min-trust: ");
    expect(usage(["select", "no-such-roster.ndjson", "--budget", "100", "--audience-size", "-1"])).toContain("--audience-size: ");
    expect(usage(["select", "no-such-roster.ndjson", "--budget", "100"])).toContain("no-such-roster.ndjson");
  });
});
