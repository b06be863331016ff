// Line numbers in the tool's messages for inputs with lone carriage returns (classic Mac line ends).
import { beforeAll, describe, expect, it } from "vitest";
import { ensureCli } from "./buildCli.js";
import { runCli, tempFile } from "./runCli.js";

beforeAll(() => {
  ensureCli();
}, 180_000);

describe("line numbers with lone carriage returns", () => {
  // NDJSON and CSV read a lone "\r" as a line end (as node:readline and csv-parse do); the JSON array
  // reader counted only "\n", so every error in a classic-Mac file was reported on line 1.
  const good = '{"handle":"@a","platform":"instagram","followers":1000}';
  const bad = '{"handle":"@b","platform":"instagram","followers":-1}';

  it("names the line of a bad element of a JSON array, as NDJSON and CSV do", () => {
    const expected = "line 3: followers: expected a non-negative integer, received -1\n";
    expect(runCli(["score", tempFile("cr.ndjson", `${good}\r\r${bad}\r`), "-f", "csv"]).stderr).toBe(expected);
    expect(runCli(["score", tempFile("cr.csv", "handle,platform,followers\r@a,instagram,1000\r@b,instagram,-1\r"), "-f", "csv"]).stderr).toBe(expected);
    expect(runCli(["score", tempFile("cr.json", `[\r${good},\r${bad}\r]\r`), "-f", "csv"]).stderr).toBe(expected);
    expect(runCli(["score", tempFile("cr-lead.json", `\r\r${bad}`), "-f", "csv"]).stderr).toBe(expected);
    expect(runCli(["score", tempFile("crlf.json", `[\r\n${good},\r\n${bad}\r\n]`), "-f", "csv"]).stderr).toBe(expected);
    expect(runCli(["score", tempFile("cr-trailing.json", `[${good}]\r\rx`), "-f", "csv"]).stderr).toBe('line 3: expected nothing after the closing bracket, received "x"\n');
    // A comma missing after the first element, a trailing comma, and a missing "]": each named on its own line
    expect(runCli(["score", tempFile("cr-comma.json", `[\r${good}\r${bad}\r]\r`), "-f", "csv"]).stderr).toBe(
      'line 3: expected "," or "]" after element 1, received "{\\"handle\\":\\"@b\\",\\"platform\\":\\"instagram\\",\\"f…"\n' + expected,
    );
    expect(runCli(["score", tempFile("cr-trailing-comma.json", `[\r${good},\r\r]`), "-f", "csv"]).stderr).toBe('line 4: expected a profile after the comma that follows element 1, received "]"\n');
    expect(runCli(["score", tempFile("cr-unclosed.json", `\r[\r${good},\r${good}\r\r`), "-f", "csv"]).stderr).toBe(
      'line 4: expected "]" to close the JSON array that starts on line 2, received the end of the input\n',
    );
  });
});
