// One property spec per public function, keyed by export name. exports.test-prop.ts
// fails when src/index.ts exports a function that is missing here.
import type { Spec } from "./harness.js";
import { audienceSpecs } from "./specs/audience.js";
import { compensationSpecs } from "./specs/compensation.js";
import { engagementSpecs } from "./specs/engagement.js";
import { reportSpecs } from "./specs/report.js";
import { schemaSpecs } from "./specs/schemas.js";
import { selectionSpecs } from "./specs/selection.js";
import { tierSpecs } from "./specs/tiers.js";
import { trustSpecs } from "./specs/trust.js";

export const REGISTRY: Readonly<Record<string, Spec>> = {
  ...audienceSpecs,
  ...compensationSpecs,
  ...engagementSpecs,
  ...reportSpecs,
  ...schemaSpecs,
  ...selectionSpecs,
  ...tierSpecs,
  ...trustSpecs,
};
