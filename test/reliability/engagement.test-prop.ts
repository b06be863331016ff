// Properties of every public function of src/engagement (specs in specs/engagement.ts): plain JSON,
// documented ranges, determinism, order independence where documented, and
// exactly InfluencerInputError (naming the path) for hostile input.
import { checkArea } from "./harness.js";
import { REGISTRY } from "./registry.js";

checkArea("engagement", REGISTRY);
