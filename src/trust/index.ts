// Public exports of the trust area, re-exported by src/index.ts.
export {};
