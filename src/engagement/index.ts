// Public exports of the engagement area, re-exported by src/index.ts.
export {};
