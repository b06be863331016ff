// Properties of every public function of src/tiers (specs in specs/tiers.ts): plain JSON,
// documented ranges, determinism, order independence where documented, and
// exactly InfluencerInputError (naming the path) for hostile input.
import { checkArea } from "./harness.js";
import { REGISTRY } from "./registry.js";

checkArea("tiers", REGISTRY);
