// Placeholder main job until the report and CLI land: list what the package exports.
import * as api from "../dist/index.js";

console.log("influencer-scoring exports:");
for (const name of Object.keys(api).sort()) console.log(`  ${name}`);
