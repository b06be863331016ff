import type { CommandName } from "./parseCommandLine.js";

const MAIN_HELP = `Usage: influencer-scoring <command> [file|-] [options]

Score influencer profiles and pick the best set for a budget.

Commands:
  score    score every profile: tier, engagement, trust, fees under each model
  select   choose the best set of creators for a budget, and compare it with
           the best single creator
  help     show help for a command (influencer-scoring help score)

Options:
  -h, --help      show help (also after a command: score --help)
  -v, --version   print the version

Input is NDJSON (one profile per line), a JSON array of profiles, or CSV
(one row per post, or one row per profile with avg_* columns), from a file
or from standard input ("-" or no file).

Exit codes: 0 success; 1 some rows failed validation (see standard error;
--allow-errors makes this 0); 2 usage error (bad option, unreadable file).

Docs: docs/cli.md in the package.
`;

const INPUT_HELP = `Input:
  [file|-]                 file to read; "-" or nothing reads standard input
  -i, --input-format <f>   ndjson | json | csv (default: from the file
                           extension .ndjson/.jsonl/.json/.csv, else from the
                           first character: "[" json, "{" ndjson, other csv)
      --allow-errors       exit 0 even when some rows failed validation

Model options:
      --tier-scheme <name> standard | later-fohr | hypeauditor-legacy | iab-uk |
                           upfluence (default standard)
      --cost-per-click <n> the brand's price per link click   } both needed to
      --order-value <n>    the brand's average order value    } compare deals
      --cap <n>            pay-per-click: the most the brand pays for the clicks
      --commission <rate>  referral commission per sale: 0.12 or 12%
      --margin <rate>      the brand's gross margin: 0.4 or 40%
      --risk-aversion <n>  the creator's risk aversion, 0 (risk-neutral) to
                           100 (default 1: the flat fee is then recommended)
      --currency <code>    ISO 4217 code of every amount (default: the rate
                           card's, USD; another needs --rate-card in it)
      --rate-card <file>   a JSON rate card replacing the shipped one
      --now <date>         the present (ISO 8601 or epoch ms): account age, and
                           a warning for posts after it (default: each
                           profile's latest date)
`;

const SCORE_HELP = `Usage: influencer-scoring score [file|-] [options]

Scores each profile: tier, engagement rate and band, trust score and flags,
the fair flat fee, and with the brand's deal terms (--cost-per-click and
--order-value) the pay-per-click and referral deals and the recommended one.
NDJSON in and NDJSON out streams with constant memory.

${INPUT_HELP}
Output:
  -f, --format <f>         table | json | ndjson | csv (default: table on a
                           terminal, ndjson when piped); the table is ranked
                           by expected conversions per 1,000 of fair fee
  -h, --help               show this help

A row that fails validation is reported on standard error as
"line N: <path>: <problem>"; the other rows are still written.

Examples:
  influencer-scoring score examples/roster.ndjson
  cat roster.ndjson | influencer-scoring score > reports.ndjson
  influencer-scoring score roster.ndjson --cost-per-click 0.6 \\
    --order-value 45 --commission 12%
  influencer-scoring score examples/roster.csv --format csv > reports.csv
`;

const SELECT_HELP = `Usage: influencer-scoring select [file|-] --budget <amount> [options]

Scores every profile, then picks the set of creators with the highest total
value whose fair flat fees fit the budget, and compares it with spending the
same budget on the single best creator.

Selection:
  -b, --budget <amount>    total to spend, in --currency (required)
      --objective <o>      value | reach (default value): value maximises
                           expected conversions (trusted reach when the
                           models cannot estimate conversions); reach
                           maximises the share of the audience reached
      --max-count <n>      choose at most n creators
      --min-trust <score>  leave out creators with a lower trust score (0-100),
                           or a score on too little evidence whose range
                           reaches below it
      --audience-size <n>  people in the target audience, for reach (default:
                           the sum of every creator's expected impressions)

Each creator costs its fair flat fee for one post; see docs/cli.md.

${INPUT_HELP}
Output:
  -f, --format <f>         table | json (default: table on a terminal, json
                           when piped)
  -h, --help               show this help

Example:
  influencer-scoring select examples/roster.ndjson --budget 20000
`;

/**
 * The help text of the tool or of one command.
 *
 * @internal
 */
export function helpText(command?: CommandName | undefined): string {
  if (command === "score") return SCORE_HELP;
  if (command === "select") return SELECT_HELP;
  return MAIN_HELP;
}
