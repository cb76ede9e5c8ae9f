import { BadRequestException } from "../control/api-gateway-error";

/**
 * A definition that cannot be imported at all: not JSON or YAML, not Swagger 2.0 or OpenAPI 3.0, or a
 * field of the wrong shape. AWS answers these with a BadRequestException starting "Invalid OpenAPI
 * input" [3P: Terraform's quoted error]; the detail after it (line and column, or the field) is ours.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api-errors-warnings.html
 */
export class InvalidDefinitionError extends BadRequestException {
  constructor(readonly detail: string) {
    super(`Invalid OpenAPI input. ${detail}`);
  }
}

/** A field of the wrong type: "paths.'/pets'(get).parameters[0]: expected an object, got a string". */
export function invalidFieldError(
  location: string,
  expected: string,
  value: unknown,
): InvalidDefinitionError {
  return new InvalidDefinitionError(`${location}: expected ${expected}, got ${describeValue(value)}`);
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  return `${typeof value === "number" ? "a number" : `a ${typeof value}`} (${JSON.stringify(value)})`;
}
