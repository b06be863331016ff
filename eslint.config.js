// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "coverage/", "docs/api/", "node_modules/", ".stryker-tmp/", ".stryker-tmp-*/", "reports/", ".tmp/"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ["*.js", "*.mjs", "*.cjs", ".size-limit.cjs", "scripts/*.mjs", "bench/*.mjs"] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/explicit-module-boundary-types": "error",
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      // House style (STYLE R5) writes optional parameters as `?: T | undefined`
      // so callers can pass through a value that may be undefined.
      "@typescript-eslint/no-duplicate-type-constituents": "off",
    },
  },
  {
    // The library runs in browsers and edge runtimes, has no side effects and reads no clock
    // (STYLE R1, R6); only the CLI may use Node.js. scripts/bare-realm.mjs checks the built package too.
    files: ["src/**/*.ts"],
    ignores: ["src/cli/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["node:*"], message: "only src/cli/ may import node: modules (STYLE R1)" }] }],
      "no-restricted-globals": [
        "error",
        ...["process", "Buffer", "require", "__dirname", "__filename", "global", "console", "setTimeout", "setInterval", "setImmediate"].map((name) => ({
          name,
          message: "the library runs outside Node.js and has no side effects: only src/cli/ may use it (STYLE R1, R6)",
        })),
      ],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "no clock outside src/cli/: take the time as an option (STYLE R6)" },
        { object: "Math", property: "random", message: "no randomness outside src/cli/: results must be reproducible (STYLE R6)" },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    ...tseslint.configs.disableTypeChecked,
    // Keep disableTypeChecked's parser options: plain JavaScript files must not
    // go through the TypeScript project service (it allows only 8 such files).
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: "readonly", console: "readonly", URL: "readonly", module: "writable", require: "readonly" },
    },
  },
  {
    files: ["test/**/*.ts", "bench/**", "scripts/**"],
    rules: {
      "@typescript-eslint/explicit-module-boundary-types": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
);
