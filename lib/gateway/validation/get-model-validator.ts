import type { ApiSnapshot } from "../control/types";
import { createModelValidator, type ModelValidator } from "./create-model-validator";

const validators = new WeakMap<ApiSnapshot, ModelValidator>();

/**
 * The model validator of a deployment snapshot, created on first use and kept as long as the snapshot is
 * alive: a deployment is frozen, so its models compile once, however many requests it serves.
 */
export function getModelValidator(snapshot: ApiSnapshot): ModelValidator {
  let validator = validators.get(snapshot);
  if (!validator) {
    validator = createModelValidator(snapshot.api.id, snapshot.models);
    validators.set(snapshot, validator);
  }
  return validator;
}
