// Every public function has a property spec: adding an export without one fails here.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";
import { REGISTRY } from "./registry.js";

const publicFunctions = Object.keys(api)
  .filter((name) => typeof (api as Record<string, unknown>)[name] === "function")
  .sort();

describe("the property registry", () => {
  it("has a spec for every function src/index.ts exports", () => {
    expect(publicFunctions.filter((name) => !(name in REGISTRY))).toStrictEqual([]);
  });

  it("has no spec for a function that is no longer exported", () => {
    expect(Object.keys(REGISTRY).filter((name) => !publicFunctions.includes(name))).toStrictEqual([]);
  });

  it("checks the exported function itself, not a copy", () => {
    for (const name of publicFunctions) expect(REGISTRY[name]?.fn, name).toBe((api as Record<string, unknown>)[name]);
  });

  it("gives every function hostile input, or says why not", () => {
    for (const [name, spec] of Object.entries(REGISTRY)) {
      expect(spec.hostile !== undefined || (spec.noHostile !== undefined && spec.noHostile.length > 0), name).toBe(true);
    }
  });

  it("runs every spec's area in a property file of its own", () => {
    const files = readdirSync(new URL(".", import.meta.url)).filter((file) => file.endsWith(".test-prop.ts"));
    for (const spec of Object.values(REGISTRY)) expect(files).toContain(`${spec.area}.test-prop.ts`);
  });
});
