// Shared fast-check arbitraries and laws for property tests across areas.
// Import from "../arbitraries/index.js"; nothing here is a test file.
export * from "./hostile.js";
export * from "./laws.js";
export * from "./primitives.js";
export * from "./profiles.js";
export * from "./shapes.js";
export * from "./options.js";
