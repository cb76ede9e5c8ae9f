import type {
  PlanContext,
  PlannedGatewayResponse,
  PlannedModel,
  PlannedRequestValidator,
} from "./definition-types";
import { invalidFieldError } from "./invalid-definition-error";
import {
  isDefinitionObject,
  readBoolean,
  readObject,
  readString,
  readStringMap,
} from "./read-definition-value";

/**
 * `definitions` (Swagger 2.0) or `components.schemas` (OpenAPI 3.0): one `application/json` model each,
 * its description taken from the schema. Only these models exist after an import: the default `Empty`
 * and `Error` models are not added [REC LS:test_import_and_validate_rest_api].
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings-models.html
 */
export function planModels(context: PlanContext): PlannedModel[] {
  const schemas =
    context.version === "swagger"
      ? readObject(context.document, "definitions", "$")
      : readObject(readObject(context.document, "components", "$"), "schemas", "components");
  return Object.entries(schemas).map(([name, schema]) => {
    const location = context.version === "swagger" ? `definitions.${name}` : `components.schemas.${name}`;
    if (!isDefinitionObject(schema)) throw invalidFieldError(location, "a schema object", schema);
    const model: PlannedModel = { name, contentType: "application/json", schema };
    if (typeof schema.description === "string") model.description = schema.description;
    return model;
  });
}

/**
 * `x-amazon-apigateway-request-validators`: named validators; methods name theirs with
 * `x-amazon-apigateway-request-validator` (the root one is the default).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-request-validators.html
 */
export function planRequestValidators(context: PlanContext): PlannedRequestValidator[] {
  const key = "x-amazon-apigateway-request-validators";
  const validators = readObject(context.document, key, "$");
  return Object.keys(validators).map((name) => {
    const location = `$.${key}`;
    const validator = readObject(validators, name, location);
    return {
      name,
      validateRequestBody: readBoolean(validator, "validateRequestBody", `${location}.${name}`) ?? false,
      validateRequestParameters:
        readBoolean(validator, "validateRequestParameters", `${location}.${name}`) ?? false,
    };
  });
}

/**
 * `x-amazon-apigateway-gateway-responses`: customized gateway responses by type; the type itself is
 * checked by PutGatewayResponse when applied.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-gateway-responses.html
 */
export function planGatewayResponses(context: PlanContext): PlannedGatewayResponse[] {
  const key = "x-amazon-apigateway-gateway-responses";
  const responses = readObject(context.document, key, "$");
  return Object.keys(responses).map((responseType) => {
    const location = `$.${key}.${responseType}`;
    const response = readObject(responses, responseType, `$.${key}`);
    const planned: PlannedGatewayResponse = { responseType };
    const statusCode = readString(response, "statusCode", location);
    const responseParameters = readStringMap(response, "responseParameters", location);
    const responseTemplates = readStringMap(response, "responseTemplates", location);
    if (statusCode !== undefined) planned.statusCode = statusCode;
    if (responseParameters) planned.responseParameters = responseParameters;
    if (responseTemplates) planned.responseTemplates = responseTemplates;
    return planned;
  });
}
