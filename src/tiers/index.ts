// Public exports of the tiers area, re-exported by src/index.ts.
export {};
