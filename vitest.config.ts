import { defineConfig } from "vitest/config";

// Three kinds of tests, each its own project (STYLE R12): runtime examples
// (*.test.ts), fast-check properties (*.test-prop.ts) and type tests
// (*.test-d.ts, checked by the compiler, never executed).
export default defineConfig({
  test: {
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      // The CLI is exercised by spawning the built binary (test/cli), which v8
      // coverage of this process cannot see; its logic is covered there.
      exclude: ["src/cli/**", "src/**/index.ts"],
      thresholds: { lines: 95, branches: 95, functions: 95, statements: 95 },
      reporter: ["text-summary", "text"],
    },
    projects: [
      // 30 s, not vitest's 5 s: the CLI tests spawn the built binary, several times in some tests, which
      // on a loaded machine has taken longer than 5 s. Speed is measured by `npm run bench`, never here.
      //
      // isolate: false lets a worker keep its module cache from one test file to the next instead of
      // re-importing (and re-instrumenting, under coverage) src/ for each of 130 files: the suite runs in
      // about 60% of the time. It is safe because the library has no module state a test can change, and
      // the few tests that spy or fake timers restore them in afterEach.
      { test: { name: "unit", include: ["test/**/*.test.ts"], testTimeout: 30_000, isolate: false } },
      { test: { name: "property", include: ["test/**/*.test-prop.ts"], testTimeout: 60_000, isolate: false } },
      {
        test: {
          name: "types",
          include: [],
          typecheck: { enabled: true, only: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
        },
      },
    ],
  },
});
