// `npm run size:why [-- <name filter>]`: what each bundle budget of
// .size-limit.cjs is made of. Bundles the same imports as size-limit, but from
// src/ (so bytes are attributed to source files), and lists the modules by
// minified bytes. Gzip works on the whole bundle, so a module's share of the
// minified bytes is only a guide to its share of the gzipped size. "without
// zod" bundles the same import with zod left external: the library's own code
// and data, the floor of any budget short of dropping code or data.
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const require = createRequire(import.meta.url);
const budgets = require("../.size-limit.cjs");
const filter = process.argv[2] ?? "";
const TOP = 15;

for (const budget of budgets.filter((entry) => entry.name.includes(filter))) {
  const contents = budget.import === "*" ? `export * from "./src/index.ts";` : `export ${budget.import} from "./src/index.ts";`;
  const options = {
    stdin: { contents, resolveDir: process.cwd(), loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
  };
  const result = await build(options);
  // The same bundle with zod left out (an external import): what our own code and data weigh.
  const withoutZod = (await build({ ...options, metafile: false, external: ["zod", "zod/*"] })).outputFiles[0].contents;
  const code = result.outputFiles[0].contents;
  const output = Object.values(result.metafile.outputs)[0];
  const modules = Object.entries(output.inputs)
    .map(([path, input]) => ({ path, bytes: input.bytesInOutput }))
    .filter((module) => module.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  const zod = modules.filter((module) => module.path.includes("node_modules/zod/")).reduce((sum, module) => sum + module.bytes, 0);
  console.log(`\n${budget.name} (limit ${budget.limit}): ${code.length.toLocaleString("en-US")} B minified, ${gzipSync(code).length.toLocaleString("en-US")} B gzipped`);
  console.log(`  zod: ${zod.toLocaleString("en-US")} B minified (${((100 * zod) / code.length).toFixed(1)}%)`);
  console.log(`  without zod: ${withoutZod.length.toLocaleString("en-US")} B minified, ${gzipSync(withoutZod).length.toLocaleString("en-US")} B gzipped`);
  for (const module of modules.slice(0, TOP)) {
    console.log(`  ${module.bytes.toLocaleString("en-US").padStart(7)} B  ${((100 * module.bytes) / code.length).toFixed(1).padStart(5)}%  ${module.path}`);
  }
  if (modules.length > TOP) console.log(`  … and ${modules.length - TOP} more modules`);
}
