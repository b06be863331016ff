// The library promises to run in browsers and edge runtimes, not only in Node.js.
// `checkBareRealm` holds it to that on the installed package, the way
// check-package.mjs installs it:
//   - esbuild bundles the package's `import` entry with zod for platform
//     "neutral", so an import of a `node:` module (or any Node built-in) fails
//     to resolve;
//   - the bundle runs in a fresh V8 realm (node:vm) that has only the
//     ECMAScript built-ins (no process, Buffer, require, console, timers, URL,
//     TextEncoder), with code generation from strings turned off as in
//     Cloudflare Workers and browsers under a strict Content Security Policy;
//   - Date.now(), Date() and new Date() without arguments and Math.random()
//     throw there (STYLE R6: no clock or randomness outside the CLI);
//   - console is removed from the realm (R6: no console outside the CLI);
//   - loading the bundle must leave the realm's globals as they were (R6:
//     nothing runs on import that reaches outside the module), except for
//     zod's own shared configuration object, which zod (v4 core) creates on
//     import so that several copies of zod share one configuration;
//   - then the smoke calls run in that realm, against that bundle.
import vm from "node:vm";
import { build } from "esbuild";

const ZOD_GLOBALS = ["__zod_globalConfig"];

// Runs in the new realm before the library: the clock and the random source throw, console is gone.
const TRAPS = `
delete globalThis.console;
const RealDate = Date;
const forbidden = (what) => () => { throw new Error(what + " called: the library must not read the clock or randomness (STYLE R6)"); };
RealDate.now = forbidden("Date.now()");
Math.random = forbidden("Math.random()");
globalThis.Date = new Proxy(RealDate, {
  apply: forbidden("Date()"),
  construct(target, args, newTarget) {
    if (args.length === 0) forbidden("new Date()")();
    return Reflect.construct(target, args, newTarget);
  },
});
`;

/**
 * Bundles `specifier` as resolved from `directory` and runs `calls` (a function
 * async function body over `api` and `assert`) in a bare realm; throws when any step fails.
 */
export async function checkBareRealm(specifier, directory, calls, assert) {
  const bundled = await build({
    stdin: { contents: `export * from ${JSON.stringify(specifier)};`, resolveDir: directory, loader: "js" },
    bundle: true,
    format: "cjs",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    logLevel: "silent",
  });
  const context = vm.createContext({}, { codeGeneration: { strings: false, wasm: false } });
  vm.runInContext(TRAPS, context);
  const globalsOf = () => vm.runInContext("Reflect.ownKeys(globalThis).map(String)", context).filter((name) => !ZOD_GLOBALS.includes(name)).sort().join();
  const globalsBefore = globalsOf();
  const load = vm.compileFunction(bundled.outputFiles[0].text, ["module", "exports"], { parsingContext: context });
  const module = vm.runInContext("({ exports: {} })", context);
  load(module, module.exports);
  const globalsAfter = globalsOf();
  if (globalsAfter !== globalsBefore) throw new Error(`loading the package changed the realm's globals:\n  before: ${globalsBefore}\n  after:  ${globalsAfter}`);
  await vm.compileFunction(`return (async () => {\n${calls}\n})();`, ["api", "assert"], { parsingContext: context })(module.exports, assert);
}
