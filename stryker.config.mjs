// Mutation testing (issue 13): `npm run mutation`, not part of `npm test`.
// Stryker mutates src/ (the CLI excepted: it is tested by spawning the built
// binary, which Stryker's in-process runner cannot see) and runs the vitest
// unit and property projects against each mutant. Per area:
//   npx stryker run --mutate 'src/tiers/**/*.ts'
// Results and surviving mutants: docs/quality.md.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "test/reliability/vitest.stryker.config.ts" },
  mutate: ["src/**/*.ts", "!src/cli/**", "!src/**/index.ts"],
  coverageAnalysis: "perTest",
  concurrency: 2,
  timeoutMS: 60_000,
  timeoutFactor: 2,
  ignoreStatic: true,
  reporters: ["clear-text", "progress", "json", "html"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
