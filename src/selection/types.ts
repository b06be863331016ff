// The selection area reads the shared tier and platform vocabularies.
export { PLATFORMS as PLATFORM_IDS } from "../schemas/platform.js";
export type { Platform } from "../schemas/platform.js";
export { TIER_IDS } from "../tiers/tierSchemes.js";
export type { TierId } from "../tiers/tierSchemes.js";
