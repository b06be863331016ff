// Properties of every public function of src/trust (specs in specs/trust.ts): plain JSON,
// documented ranges, determinism, order independence where documented, and
// exactly InfluencerInputError (naming the path) for hostile input.
import { checkArea } from "./harness.js";
import { REGISTRY } from "./registry.js";

checkArea("trust", REGISTRY);
