/**
 * influencer-scoring: explainable influencer-scoring models as pure, typed
 * functions — tiers, engagement, trust, audience authenticity, compensation
 * and budgeted selection.
 *
 * Every area re-exports its public functions and types through its own
 * `index.ts`; this barrel only re-exports those.
 *
 * @packageDocumentation
 */
export * from "./audience/index.js";
export * from "./compensation/index.js";
export * from "./engagement/index.js";
export * from "./report/index.js";
export * from "./schemas/index.js";
export * from "./selection/index.js";
export * from "./tiers/index.js";
export * from "./trust/index.js";
export { VERSION } from "./version.js";
