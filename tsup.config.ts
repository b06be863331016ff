import { defineConfig } from "tsup";

// The library entry is built twice (ESM + CJS) with declarations for both;
// zod stays external (a peer dependency), so does simple-statistics (a dependency).
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
]);
