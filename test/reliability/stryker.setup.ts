// Setup file of the Stryker test run only (vitest.stryker.config.ts), run
// before each test file.
import { fc } from "@fast-check/vitest";
import { vi } from "vitest";

// The config shares one worker between test files (`isolate: false`), which
// keeps zod and fast-check loaded; but the library builds its schemas on first
// use and caches them in module variables, so a mutant inside a schema builder
// would only be seen by the run that built it. Re-evaluating the library's
// modules for every test file (cheap: they are already transformed) keeps
// every mutant visible.
vi.resetModules();

// Stryker runs each mutant's tests by name, and @fast-check/vitest puts the
// seed in every property's name ("… (with seed=123)"): a fixed seed keeps the
// names the same in every process, so the property tests run against each
// mutant (with a random seed they would match no name and silently not run).
//
// 100 cases per property instead of 1,000 (harness.ts reads this): a mutant
// that survives runs every test that covers it, and at 1,000 cases the schemas
// area alone took over two hours. A mutant only a rarer case would catch is
// counted as surviving, so the score is if anything an underestimate.
fc.configureGlobal({ seed: 20_261_127, numRuns: 100 });
