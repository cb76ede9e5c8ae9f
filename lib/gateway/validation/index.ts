/** Request validation (REST): required parameters, body models (JSON Schema draft 4), model schemas. */
export {
  validateRequest,
  type RequestValidationInput,
  type RequestValidationResult,
} from "./validate-request";
export { toMissingParametersMessage, validateRequestParameters } from "./validate-request-parameters";
export {
  readMethodRequestParameter,
  toParameterReference,
  type MethodRequestValues,
  type ParameterLocation,
  type ParameterValue,
} from "./method-request-values";
export { selectRequestModel, toMediaType } from "./select-request-model";
export { createModelValidator, ModelValidator, type BodyValidation } from "./create-model-validator";
export { getModelValidator } from "./get-model-validator";
export { checkModelSchema, toInvalidModelMessage, type ModelSchemaContext } from "./check-model-schema";
export { parseModelUrl, toModelUrl } from "./model-url";
export { toValidationErrorString } from "./to-validation-error-string";
