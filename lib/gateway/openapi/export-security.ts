import type { Authorizer, Method } from "../control/types";
import { dropUndefined } from "./drop-undefined";
import type { ExportContext } from "./export-context";

/** The scheme names AWS's exports use for API keys and IAM. */
export const API_KEY_SCHEME = "api_key";
export const SIGV4_SCHEME = "sigv4";

/**
 * A method's `security`: its authorizer (with the method's scopes) or `sigv4` for IAM, and `api_key`
 * when a key is required, all in one requirement.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html
 */
export function toSecurityRequirements(context: ExportContext, method: Method): Record<string, string[]>[] {
  const requirement: Record<string, string[]> = {};
  const authorizer = context.snapshot.authorizers.find((candidate) => candidate.id === method.authorizerId);
  if (authorizer && method.authorizationType !== "NONE")
    requirement[authorizer.name] = [...(method.authorizationScopes ?? [])];
  if (method.authorizationType === "AWS_IAM") requirement[SIGV4_SCHEME] = [];
  if (method.apiKeyRequired) requirement[API_KEY_SCHEME] = [];
  return Object.keys(requirement).length > 0 ? [requirement] : [];
}

/**
 * `securityDefinitions` / `components.securitySchemes`: every authorizer as an `apiKey` scheme on its
 * identity header with its `x-amazon-apigateway-authtype` (and, with the `authorizers` extension, its
 * `x-amazon-apigateway-authorizer`), plus `api_key` and `sigv4` when some method needs them.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authtype.html
 */
export function toSecuritySchemes(
  context: ExportContext,
  methods: readonly Method[],
): Record<string, unknown> {
  const schemes: Record<string, unknown> = {};
  if (methods.some((method) => method.apiKeyRequired))
    schemes[API_KEY_SCHEME] = { type: "apiKey", name: "x-api-key", in: "header" };
  if (methods.some((method) => method.authorizationType === "AWS_IAM")) {
    schemes[SIGV4_SCHEME] = {
      type: "apiKey",
      name: "Authorization",
      in: "header",
      "x-amazon-apigateway-authtype": "awsSigv4",
    };
  }
  for (const authorizer of context.snapshot.authorizers)
    schemes[authorizer.name] = toAuthorizerScheme(context, authorizer);
  return schemes;
}

function toAuthorizerScheme(context: ExportContext, authorizer: Authorizer): Record<string, unknown> {
  const header = /^method\.request\.header\.([^,\s]+)$/.exec(authorizer.identitySource ?? "")?.[1];
  const isCognito = authorizer.type === "COGNITO_USER_POOLS";
  const scheme: Record<string, unknown> = {
    type: "apiKey",
    // A REQUEST authorizer reads several sources; the scheme's header is a placeholder.
    name: authorizer.type === "REQUEST" ? "Unused" : (header ?? "Authorization"),
    in: "header",
    "x-amazon-apigateway-authtype": authorizer.authType ?? (isCognito ? "cognito_user_pools" : "custom"),
  };
  if (!context.withAuthorizers) return scheme;
  scheme["x-amazon-apigateway-authorizer"] = dropUndefined({
    type: authorizer.type.toLowerCase(),
    authorizerUri: authorizer.authorizerUri,
    authorizerCredentials: authorizer.authorizerCredentials,
    identitySource: authorizer.type === "TOKEN" ? undefined : authorizer.identitySource,
    identityValidationExpression: authorizer.identityValidationExpression,
    authorizerResultTtlInSeconds: authorizer.authorizerResultTtlInSeconds,
    providerARNs: authorizer.providerARNs,
  });
  return scheme;
}
