/**
 * Why a mapping template could not be rendered. AWS reports a template that fails at run time as a
 * configuration error: the client sees 500 `{"message": "Internal server error"}` and the execution log says
 * "Execution failed due to configuration error: Unable to transform request" (or "response"). Which gateway
 * response type AWS uses for it is [UNVERIFIED]; API_CONFIGURATION_ERROR is the documented type for
 * "configuration the API cannot serve", so every class here extends ApiConfigurationError.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html
 */
import { ApiConfigurationError, GatewayError } from "../errors";

/** Base class: the template was invalid or broke a limit while rendering (500, API_CONFIGURATION_ERROR). */
export class MappingTemplateError extends ApiConfigurationError {
  override name = "MappingTemplateError";
}

/** The template is larger than the 300 KB quota (DOC limits). AWS rejects it when it is put. */
export class MappingTemplateTooLargeError extends MappingTemplateError {
  override name = "MappingTemplateTooLargeError";
  constructor(
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(`Mapping template is ${bytes} bytes; the limit is ${limit} bytes`);
  }
}

/** Velocity could not parse the template. */
export class MappingTemplateSyntaxError extends MappingTemplateError {
  override name = "MappingTemplateSyntaxError";
  constructor(detail: string) {
    super(`Unable to parse mapping template: ${detail}`);
  }
}

/**
 * A `#foreach` over more than 1,000 items (DOC known issues). Whether AWS fails the request or stops the
 * loop at 1,000 (Velocity's `directive.foreach.maxloops`) is [UNVERIFIED]; we fail it so the learner sees it.
 */
export class ForeachLimitExceededError extends MappingTemplateError {
  override name = "ForeachLimitExceededError";
  constructor(
    readonly items: number,
    readonly limit: number,
  ) {
    super(`#foreach over ${items} items exceeds the limit of ${limit} iterations`);
  }
}

/** Which of the simulator's own safety limits a render crossed (see MappingTemplateLimits). */
export type RenderLimit = "steps" | "work" | "output" | "range" | "macroDepth";

/** The render crossed one of our termination guards (not an AWS quota; listed in DEVIATIONS.md). */
export class RenderLimitExceededError extends MappingTemplateError {
  override name = "RenderLimitExceededError";
  constructor(
    readonly limit: RenderLimit,
    detail: string,
  ) {
    super(`Mapping template exceeded the ${limit} limit: ${detail}`);
  }
}

/** A method call failed while rendering (Velocity's MethodInvocationException: a bad index, a null...). */
export class MappingTemplateRenderError extends MappingTemplateError {
  override name = "MappingTemplateRenderError";
}

/**
 * `$input.json()` or `$input.path()` on a request body that is not JSON. AWS answers 400
 * `Could not parse request body into json: ...` ([3P] serverless/serverless#2270 and others; the detail is
 * Jackson's message there, JavaScript's here). The gateway response type is [UNVERIFIED].
 */
export class InvalidJsonRequestBodyError extends GatewayError {
  override name = "InvalidJsonRequestBodyError";
  readonly responseType = "BAD_REQUEST_BODY";
  readonly errorType = "BadRequestException";
  readonly defaultStatus = 400;
  constructor(detail: string) {
    super(`Could not parse request body into json: Could not parse payload into json: ${detail}`);
  }
}
