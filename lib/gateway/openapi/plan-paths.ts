import type { PlanContext, PlannedMethod } from "./definition-types";
import { InvalidDefinitionError, invalidFieldError } from "./invalid-definition-error";
import { INTEGRATION, planIntegration } from "./plan-integration";
import { planMethodRequest } from "./plan-method-request";
import { planMethodResponses } from "./plan-method-responses";
import { toMethodSecurity, type PlannedSecurity } from "./plan-security";
import { isDefinitionObject, operationLocation, readObject, readString } from "./read-definition-value";
import { warnUnsupportedExtensions } from "./warn-unsupported-extensions";

/** Path item keys that are operations, and the method each becomes. */
const VERBS: Readonly<Record<string, string>> = {
  get: "GET",
  put: "PUT",
  post: "POST",
  delete: "DELETE",
  patch: "PATCH",
  head: "HEAD",
  options: "OPTIONS",
  "x-amazon-apigateway-any-method": "ANY",
};
const PATH_ITEM_FIELDS = ["parameters", "summary", "description", "servers"];
const VALIDATOR = "x-amazon-apigateway-request-validator";
const OPERATION_EXTENSIONS = [INTEGRATION, VALIDATOR, "x-amazon-apigateway-auth"];

/**
 * `paths` as resources and methods. Each path, under the base path, is a resource (its missing parents
 * are created too, as AWS creates intermediate resources [DOC basePath]); each operation is a method,
 * `x-amazon-apigateway-any-method` being `ANY`.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-any-method.html
 */
export function planPaths(
  context: PlanContext,
  basePath: string,
  security: PlannedSecurity,
): { resourcePaths: string[]; methods: PlannedMethod[] } {
  const paths = readObject(context.document, "paths", "$");
  const resourcePaths = new Set<string>();
  const methods: PlannedMethod[] = [];
  for (const [path, pathItem] of Object.entries(paths)) {
    if (!path.startsWith("/")) throw new InvalidDefinitionError(`paths.'${path}': a path must start with /`);
    if (!isDefinitionObject(pathItem)) throw invalidFieldError(`paths.'${path}'`, "an object", pathItem);
    const resourcePath = toResourcePath(basePath, path);
    for (const prefix of pathPrefixes(resourcePath)) resourcePaths.add(prefix);
    for (const [key, operation] of Object.entries(pathItem)) {
      const verb = VERBS[key];
      if (verb === undefined) {
        if (!PATH_ITEM_FIELDS.includes(key) && !key.startsWith("x-"))
          context.warnings.push(`paths.'${path}'.${key}: not supported; ignored`);
        continue;
      }
      const location = operationLocation(path, key);
      if (!isDefinitionObject(operation)) throw invalidFieldError(location, "an object", operation);
      methods.push(
        planMethod(context, security, { path: resourcePath, verb, pathItem, operation, location }),
      );
    }
    warnUnsupportedExtensions(pathItem, Object.keys(VERBS), `paths.'${path}'`, context.warnings);
  }
  return { resourcePaths: [...resourcePaths], methods };
}

interface OperationSource {
  path: string;
  verb: string;
  pathItem: Record<string, unknown>;
  operation: Record<string, unknown>;
  location: string;
}

function planMethod(context: PlanContext, security: PlannedSecurity, source: OperationSource): PlannedMethod {
  const { operation, location } = source;
  warnUnsupportedExtensions(operation, OPERATION_EXTENSIONS, location, context.warnings);
  const requirements = operation.security !== undefined ? operation.security : context.document.security;
  const method: PlannedMethod = {
    path: source.path,
    httpMethod: source.verb,
    location,
    ...toMethodSecurity(security, requirements, location, context.warnings),
    ...planMethodRequest(context, source.pathItem, operation, source.path, location),
    methodResponses: planMethodResponses(context, operation, location),
    ...planIntegration(operation, location, context.warnings),
  };
  const operationName = readString(operation, "operationId", location);
  if (operationName !== undefined) method.operationName = operationName;
  const validator =
    readString(operation, VALIDATOR, location) ?? readString(context.document, VALIDATOR, "$");
  if (validator !== undefined) method.requestValidatorName = validator;
  applyAuthExtension(method, operation, location);
  return method;
}

/** `x-amazon-apigateway-auth: { type: AWS_IAM | NONE }` sets the authorization type outright. */
function applyAuthExtension(
  method: PlannedMethod,
  operation: Record<string, unknown>,
  location: string,
): void {
  const auth = readObject(operation, "x-amazon-apigateway-auth", location);
  const type = readString(auth, "type", `${location}.x-amazon-apigateway-auth`)?.toUpperCase();
  if (type !== "AWS_IAM" && type !== "NONE") return;
  method.authorizationType = type;
  delete method.authorizerName;
  delete method.authorizationScopes;
}

/** `/a` + `/pets/` → `/a/pets`; the root stays `/`. */
function toResourcePath(basePath: string, path: string): string {
  const joined = `${basePath}${path}`.replace(/\/+/g, "/");
  return joined.length > 1 ? joined.replace(/\/$/, "") : "/";
}

/** `/a/b/c` → `/a`, `/a/b`, `/a/b/c`. */
function pathPrefixes(resourcePath: string): string[] {
  const parts = resourcePath.split("/").filter((part) => part !== "");
  return parts.map((_part, index) => `/${parts.slice(0, index + 1).join("/")}`);
}
