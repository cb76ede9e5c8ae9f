import { BadRequestException } from "./api-gateway-error";
import type { PutIntegrationInput } from "./api-inputs";
import { assertIntegrationValid } from "./assert-integration-valid";
import type { ControlContext } from "./control-context";
import { getMethodOrThrow, getResourceOrThrow } from "./lookups";
import type {
  ConnectionType,
  ContentHandling,
  Integration,
  IntegrationType,
  MethodVerb,
  PassthroughBehavior,
} from "./types";
import { enumViolation, throwIfValidationErrors } from "./validation-errors";

const INTEGRATION_TYPES: readonly IntegrationType[] = ["HTTP", "MOCK", "AWS_PROXY", "HTTP_PROXY", "AWS"];
const CONTENT_HANDLINGS: readonly ContentHandling[] = ["CONVERT_TO_BINARY", "CONVERT_TO_TEXT"];
const CONNECTION_TYPES: readonly ConnectionType[] = ["INTERNET", "VPC_LINK"];
const PASSTHROUGH_BEHAVIORS: readonly PassthroughBehavior[] = ["WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER"];

/**
 * PutIntegration: sets up (or replaces) the method's integration. Defaults as AWS returns them:
 * timeoutInMillis 29000, passthroughBehavior WHEN_NO_MATCH, cacheKeyParameters [], cacheNamespace the
 * resource id, connectionType INTERNET for HTTP types [REC LS:test_apigateway_api snapshots].
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_PutIntegration.html
 */
export function putIntegration(ctx: ControlContext, input: PutIntegrationInput): Integration {
  throwIfValidationErrors(integrationViolations(input));
  const resource = getResourceOrThrow(ctx, input.restApiId, input.resourceId);
  const method = getMethodOrThrow(resource, input.httpMethod);
  const integration = toIntegration(input, resource.id);
  assertIntegrationValid(integration, method);
  // [UNVERIFIED] replacing an integration keeps its integration responses.
  const previousResponses = method.methodIntegration?.integrationResponses;
  if (previousResponses) integration.integrationResponses = previousResponses;
  method.methodIntegration = integration;
  return structuredClone(integration);
}

/** Enum members checked by AWS's Smithy layer before anything else [REC test_put_integration_wrong_type]. */
function integrationViolations(input: PutIntegrationInput): string[] {
  const violations: string[] = [];
  const check = (value: string | undefined, member: string, allowed: readonly string[]) => {
    if (value !== undefined && !allowed.includes(value))
      violations.push(enumViolation(value, `putIntegrationInput.${member}`, allowed));
  };
  check(input.type ?? "", "type", INTEGRATION_TYPES);
  check(input.connectionType, "connectionType", CONNECTION_TYPES);
  check(input.contentHandling, "contentHandling", CONTENT_HANDLINGS);
  return violations;
}

function toIntegration(input: PutIntegrationInput, resourceId: string): Integration {
  const type = input.type as IntegrationType;
  const integration: Integration = {
    type,
    passthroughBehavior: toPassthroughBehavior(input.passthroughBehavior),
    timeoutInMillis: input.timeoutInMillis ?? 29_000,
    cacheNamespace: input.cacheNamespace ?? resourceId,
    cacheKeyParameters: [...(input.cacheKeyParameters ?? [])],
  };
  // A MOCK integration has no backend, so AWS drops the method and URI.
  if (type !== "MOCK") {
    if (input.integrationHttpMethod !== undefined)
      integration.httpMethod = input.integrationHttpMethod as MethodVerb;
    if (input.uri !== undefined) integration.uri = input.uri;
  }
  const connectionType =
    input.connectionType ?? (type === "HTTP" || type === "HTTP_PROXY" ? "INTERNET" : undefined);
  if (connectionType) integration.connectionType = connectionType as ConnectionType;
  if (input.connectionId !== undefined) integration.connectionId = input.connectionId;
  if (input.credentials !== undefined) integration.credentials = input.credentials;
  if (input.requestParameters) integration.requestParameters = { ...input.requestParameters };
  if (input.requestTemplates) integration.requestTemplates = { ...input.requestTemplates };
  if (input.contentHandling) integration.contentHandling = input.contentHandling as ContentHandling;
  if (input.tlsConfig) integration.tlsConfig = { ...input.tlsConfig };
  return integration;
}

/** OpenAPI definitions write the behaviour in lower case (`when_no_match`); AWS stores it upper-cased. */
export function toPassthroughBehavior(value: string | undefined): PassthroughBehavior {
  const behavior = (value ?? "WHEN_NO_MATCH").toUpperCase();
  if (!(PASSTHROUGH_BEHAVIORS as readonly string[]).includes(behavior)) {
    // [UNVERIFIED] wording, modelled on the recorded HttpMethod message.
    throw new BadRequestException(
      `Invalid passthrough behavior specified. Valid options are ${PASSTHROUGH_BEHAVIORS.join(",")}`,
    );
  }
  return behavior as PassthroughBehavior;
}
