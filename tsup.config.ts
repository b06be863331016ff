import { defineConfig } from "tsup";

// The library entry is built twice (ESM + CJS) with declarations for both;
// zod stays external (a peer dependency), so does simple-statistics (a dependency).
// The command-line tool is a second, Node-only entry (dist/cli.js, ESM, never
// re-exported by the library): it bundles the library code it uses and csv-parse
// (a dev dependency, so installing the library never pulls in a CSV parser), and
// keeps zod and simple-statistics external like the library.
export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    treeshake: true,
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    noExternal: ["csv-parse"],
    external: ["zod", "simple-statistics"],
  },
]);
