// Public exports of the selection area, re-exported by src/index.ts.
export {};
