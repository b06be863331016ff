// Public exports of the report area, re-exported by src/index.ts.
export {};
