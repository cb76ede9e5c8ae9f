import { dropUndefined } from "./drop-undefined";
import type { PlanContext, PlannedApiSettings } from "./definition-types";
import { invalidFieldError } from "./invalid-definition-error";
import {
  isDefinitionObject,
  readBoolean,
  readInteger,
  readObject,
  readString,
  readStringList,
} from "./read-definition-value";
import { warnUnsupportedExtensions } from "./warn-unsupported-extensions";

/** The root extensions the import applies. */
export const ROOT_EXTENSIONS = [
  "x-amazon-apigateway-api-key-source",
  "x-amazon-apigateway-binary-media-types",
  "x-amazon-apigateway-policy",
  "x-amazon-apigateway-endpoint-configuration",
  "x-amazon-apigateway-minimum-compression-size",
  "x-amazon-apigateway-request-validators",
  "x-amazon-apigateway-request-validator",
  "x-amazon-apigateway-gateway-responses",
] as const;

/**
 * The RestApi settings a definition carries: `info.title`, `info.description` and `info.version`, and
 * the API-level extensions (API key source, binary media types, resource policy, endpoint configuration,
 * minimum compression size). Values are checked by CreateRestApi / UpdateRestApi when applied.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-api-key-source.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-binary-media-types.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/openapi-extensions-policy.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-endpoint-configuration.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-openapi-minimum-compression-size.html
 */
export function planApiSettings(context: PlanContext): PlannedApiSettings {
  const { document } = context;
  const info = readObject(document, "info", "$");
  const settings: PlannedApiSettings = {
    name: readString(info, "title", "info"),
    description: readString(info, "description", "info"),
    version: readString(info, "version", "info"),
    apiKeySource: readString(document, "x-amazon-apigateway-api-key-source", "$")?.toUpperCase(),
    binaryMediaTypes: readStringList(document, "x-amazon-apigateway-binary-media-types", "$"),
    minimumCompressionSize: readInteger(document, "x-amazon-apigateway-minimum-compression-size", "$"),
    policy: readPolicy(document["x-amazon-apigateway-policy"]),
    ...readEndpointConfiguration(document),
  };
  warnUnsupportedExtensions(document, ROOT_EXTENSIONS, "$", context.warnings);
  return dropUndefined(settings);
}

/** The policy is a JSON object in the definition (a JSON string is accepted too); RestApi stores text. */
function readPolicy(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  if (!isDefinitionObject(value)) throw invalidFieldError("$.x-amazon-apigateway-policy", "an object", value);
  return JSON.stringify(value);
}

function readEndpointConfiguration(document: Record<string, unknown>): PlannedApiSettings {
  const key = "x-amazon-apigateway-endpoint-configuration";
  const configuration = readObject(document, key, "$");
  const location = `$.${key}`;
  return {
    endpointTypes: readStringList(configuration, "types", location),
    vpcEndpointIds: readStringList(configuration, "vpcEndpointIds", location),
    disableExecuteApiEndpoint: readBoolean(configuration, "disableExecuteApiEndpoint", location),
  };
}
