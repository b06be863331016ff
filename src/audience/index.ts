// Public exports of the audience area, re-exported by src/index.ts.
export {};
