// The vitest configuration Stryker runs against each mutant (stryker.config.mjs):
// the unit and property tests, without coverage thresholds and without the
// CLI tests, which spawn the built binary and so never see a mutant.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: fileURLToPath(new URL("../..", import.meta.url)),
    include: ["test/**/*.test.ts", "test/**/*.test-prop.ts"],
    exclude: ["test/cli/**", "**/node_modules/**"],
    setupFiles: ["test/reliability/stryker.setup.ts"],
    // One module graph for all test files of a run: most files import the whole
    // library, and re-importing it per file per mutant dominated the run time.
    isolate: false,
    testTimeout: 60_000,
  },
});
