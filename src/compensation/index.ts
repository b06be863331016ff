// Public exports of the compensation area, re-exported by src/index.ts.
export {};
