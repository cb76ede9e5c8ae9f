import type { AuthorizationType } from "../control/types";
import type { PlanContext, PlannedAuthorizer, PlannedMethod } from "./definition-types";
import { invalidFieldError } from "./invalid-definition-error";
import {
  isDefinitionObject,
  readInteger,
  readObject,
  readString,
  readStringList,
} from "./read-definition-value";

const AUTHORIZER = "x-amazon-apigateway-authorizer";
const AUTH_TYPE = "x-amazon-apigateway-authtype";
const AUTHORIZER_TYPES: Readonly<Record<string, string>> = {
  token: "TOKEN",
  request: "REQUEST",
  cognito_user_pools: "COGNITO_USER_POOLS",
};

/** What a security scheme means for a method that requires it. */
export type SecuritySchemeKind =
  { kind: "authorizer"; authorizationType: AuthorizationType } | { kind: "apiKey" } | { kind: "iam" };

export interface PlannedSecurity {
  authorizers: PlannedAuthorizer[];
  schemes: Map<string, SecuritySchemeKind>;
}

type MethodSecurity = Pick<
  PlannedMethod,
  "authorizationType" | "authorizerName" | "authorizationScopes" | "apiKeyRequired"
>;

/**
 * `securityDefinitions` (Swagger 2.0) or `components.securitySchemes` (OpenAPI 3.0). A scheme with
 * `x-amazon-apigateway-authorizer` becomes an authorizer named after the scheme (created even if no
 * method uses it [REC LS:test_import_swagger_api]); `x-amazon-apigateway-authtype: awsSigv4` means IAM;
 * an `apiKey` scheme on the `x-api-key` header means the method requires an API key.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authtype.html
 */
export function planSecurity(context: PlanContext): PlannedSecurity {
  const schemes =
    context.version === "swagger"
      ? readObject(context.document, "securityDefinitions", "$")
      : readObject(readObject(context.document, "components", "$"), "securitySchemes", "components");
  const location = context.version === "swagger" ? "securityDefinitions" : "components.securitySchemes";
  const planned: PlannedSecurity = { authorizers: [], schemes: new Map() };
  for (const [name, scheme] of Object.entries(schemes)) {
    if (!isDefinitionObject(scheme)) throw invalidFieldError(`${location}.${name}`, "an object", scheme);
    const kind = toSchemeKind(name, scheme, `${location}.${name}`, planned, context.warnings);
    if (kind) planned.schemes.set(name, kind);
  }
  return planned;
}

function toSchemeKind(
  name: string,
  scheme: Record<string, unknown>,
  location: string,
  planned: PlannedSecurity,
  warnings: string[],
): SecuritySchemeKind | undefined {
  const authType = readString(scheme, AUTH_TYPE, location);
  if (isDefinitionObject(scheme[AUTHORIZER])) {
    const authorizer = toAuthorizer(name, scheme, authType, location, warnings);
    if (!authorizer) return undefined;
    planned.authorizers.push(authorizer);
    const custom = authorizer.type !== "COGNITO_USER_POOLS";
    return { kind: "authorizer", authorizationType: custom ? "CUSTOM" : "COGNITO_USER_POOLS" };
  }
  if (authType?.toLowerCase() === "awssigv4") return { kind: "iam" };
  if (scheme.type === "apiKey" && String(scheme.name).toLowerCase() === "x-api-key")
    return { kind: "apiKey" };
  warnings.push(`${location}: security scheme of type ${String(scheme.type)} is not supported; ignored`);
  return undefined;
}

function toAuthorizer(
  name: string,
  scheme: Record<string, unknown>,
  authType: string | undefined,
  location: string,
  warnings: string[],
): PlannedAuthorizer | undefined {
  const source = readObject(scheme, AUTHORIZER, location);
  const at = `${location}.${AUTHORIZER}`;
  const declaredType = readString(source, "type", at) ?? "";
  const type = AUTHORIZER_TYPES[declaredType.toLowerCase()];
  if (!type) {
    warnings.push(`${at}.type: authorizer type '${declaredType}' is not supported for REST APIs; ignored`);
    return undefined;
  }
  const header = typeof scheme.name === "string" ? `method.request.header.${scheme.name}` : undefined;
  const authorizer: PlannedAuthorizer = {
    name,
    type,
    authType,
    authorizerUri: readString(source, "authorizerUri", at),
    authorizerCredentials: readString(source, "authorizerCredentials", at),
    // A TOKEN authorizer reads the header the scheme names [DOC; REC LS:test_import_swagger_api].
    identitySource: type === "TOKEN" ? header : (readString(source, "identitySource", at) ?? header),
    identityValidationExpression: readString(source, "identityValidationExpression", at),
    authorizerResultTtlInSeconds: readInteger(source, "authorizerResultTtlInSeconds", at),
    providerARNs: readStringList(source, "providerARNs", at),
  };
  return Object.fromEntries(
    Object.entries(authorizer).filter(([, value]) => value !== undefined),
  ) as PlannedAuthorizer;
}

/**
 * A method's authorization from its `security` requirements (the root `security` when it has none; an
 * empty list means none): the first authorizer or IAM scheme decides the type, an API key scheme
 * anywhere makes the key required, and a Cognito requirement's scopes become `authorizationScopes`.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html
 */
export function toMethodSecurity(
  security: PlannedSecurity,
  requirements: unknown,
  location: string,
  warnings: string[],
): MethodSecurity {
  const result: MethodSecurity = { authorizationType: "NONE", apiKeyRequired: false };
  if (requirements === undefined || requirements === null) return result;
  if (!Array.isArray(requirements)) throw invalidFieldError(`${location}.security`, "a list", requirements);
  for (const requirement of requirements) {
    if (!isDefinitionObject(requirement))
      throw invalidFieldError(`${location}.security`, "a list of objects", requirement);
    for (const [name, scopes] of Object.entries(requirement)) {
      const scheme = security.schemes.get(name);
      if (!scheme) {
        warnings.push(`${location}.security: security scheme '${name}' is not defined; ignored`);
      } else if (scheme.kind === "apiKey") {
        result.apiKeyRequired = true;
      } else if (result.authorizationType === "NONE") {
        applyScheme(result, name, scheme, scopes);
      }
    }
  }
  return result;
}

function applyScheme(result: MethodSecurity, name: string, scheme: SecuritySchemeKind, scopes: unknown) {
  if (scheme.kind === "iam") {
    result.authorizationType = "AWS_IAM";
    return;
  }
  if (scheme.kind !== "authorizer") return;
  result.authorizationType = scheme.authorizationType;
  result.authorizerName = name;
  const list = Array.isArray(scopes) ? scopes.filter((scope) => typeof scope === "string") : [];
  if (scheme.authorizationType === "COGNITO_USER_POOLS" && list.length > 0) result.authorizationScopes = list;
}
