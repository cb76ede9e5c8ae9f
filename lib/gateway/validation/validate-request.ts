import type { ApiSnapshot, Method, RequestValidator } from "../control/types";
import { getModelValidator } from "./get-model-validator";
import type { MethodRequestValues } from "./method-request-values";
import { selectRequestModel } from "./select-request-model";
import { toMissingParametersMessage, validateRequestParameters } from "./validate-request-parameters";

export interface RequestValidationInput {
  /** The deployment being served: its request validators and models. */
  readonly snapshot: ApiSnapshot;
  readonly method: Pick<Method, "requestValidatorId" | "requestParameters" | "requestModels">;
  readonly values: MethodRequestValues;
  /** The request's Content-Type header, if any. */
  readonly contentType: string | undefined;
  readonly body: string | Uint8Array | null | undefined;
}

export type RequestValidationResult =
  /** The method has no request validator (or names one the deployment lacks): nothing was checked. */
  | { readonly outcome: "NOT_VALIDATED" }
  | { readonly outcome: "VALID"; readonly validatorName?: string; readonly modelName?: string }
  | {
      readonly outcome: "BAD_REQUEST_PARAMETERS";
      readonly validatorName?: string;
      readonly missing: readonly string[];
      readonly message: string;
    }
  | {
      readonly outcome: "BAD_REQUEST_BODY";
      readonly validatorName?: string;
      readonly modelName: string;
      readonly message: "Invalid request body";
      readonly validationErrorString: string;
    };

/**
 * Basic request validation, as the method's request validator asks: required parameters first, then the
 * body against the model selected by Content-Type. A request failing both gets the parameters error (REC).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html
 */
export function validateRequest(input: RequestValidationInput): RequestValidationResult {
  const validator = findRequestValidator(input.snapshot, input.method.requestValidatorId);
  if (!validator) return { outcome: "NOT_VALIDATED" };
  const validatorName = validator.name;
  if (validator.validateRequestParameters) {
    const missing = validateRequestParameters(input.method.requestParameters, input.values);
    if (missing.length > 0) {
      return {
        outcome: "BAD_REQUEST_PARAMETERS",
        validatorName,
        missing,
        message: toMissingParametersMessage(missing),
      };
    }
  }
  if (!validator.validateRequestBody) return { outcome: "VALID", validatorName };
  const modelName = selectRequestModel(input.method.requestModels, input.contentType);
  if (modelName === undefined) return { outcome: "VALID", validatorName };
  const result = getModelValidator(input.snapshot).validateBody(modelName, input.body);
  if (result.valid) return { outcome: "VALID", validatorName, modelName };
  return {
    outcome: "BAD_REQUEST_BODY",
    validatorName,
    modelName,
    message: "Invalid request body",
    validationErrorString: result.validationErrorString,
  };
}

function findRequestValidator(snapshot: ApiSnapshot, id: string | undefined): RequestValidator | undefined {
  if (id === undefined || id.trim() === "") return undefined;
  return snapshot.requestValidators.find((validator) => validator.id === id);
}
