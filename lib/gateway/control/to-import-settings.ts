import type { PlannedApiSettings } from "../openapi/definition-types";
import type { CreateRestApiInput } from "./api-inputs";
import type { ImportMode } from "./import-step";
import { encodePatchSegment } from "./patch-operations";
import type { PatchOperation, RestApi } from "./types";

/**
 * CreateRestApi's input for ImportRestApi: the definition's settings, the endpoint type from the
 * `endpointConfigurationTypes` parameter (else the definition's, else EDGE) [DOC import-export-api-endpoints].
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/import-export-api-endpoints.html
 */
export function toCreateRestApiInput(
  settings: PlannedApiSettings,
  parameters: Readonly<Record<string, string>>,
): CreateRestApiInput {
  const types = parameters.endpointConfigurationTypes
    ? [parameters.endpointConfigurationTypes]
    : settings.endpointTypes;
  const input: CreateRestApiInput = {
    name: settings.name ?? "",
    description: settings.description,
    version: settings.version,
    binaryMediaTypes: settings.binaryMediaTypes,
    minimumCompressionSize: settings.minimumCompressionSize,
    apiKeySource: settings.apiKeySource,
    policy: settings.policy,
    disableExecuteApiEndpoint: settings.disableExecuteApiEndpoint,
  };
  if (types || settings.vpcEndpointIds) {
    input.endpointConfiguration = { types, vpcEndpointIds: settings.vpcEndpointIds };
  }
  return input;
}

/**
 * UpdateRestApi's operations for PutRestApi. The endpoint configuration is never changed [DOC
 * import-api-update]. `overwrite` resets what the definition leaves out (description, version, policy,
 * binary media types, compression, API key source); `merge` changes only what it sets.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api-update.html
 */
export function toSettingsPatch(
  restApi: RestApi,
  settings: PlannedApiSettings,
  mode: ImportMode,
): PatchOperation[] {
  const overwrite = mode === "overwrite";
  const operations: PatchOperation[] = [];
  const replace = (path: string, value: string) => operations.push({ op: "replace", path, value });
  if (settings.name) replace("/name", settings.name);
  for (const key of ["description", "version", "policy"] as const) {
    const value = settings[key];
    if (value !== undefined) replace(`/${key}`, value);
    else if (overwrite && restApi[key] !== undefined) operations.push({ op: "remove", path: `/${key}` });
  }
  if (settings.apiKeySource !== undefined || overwrite)
    replace("/apiKeySource", settings.apiKeySource ?? "HEADER");
  if (settings.minimumCompressionSize !== undefined || overwrite)
    replace("/minimumCompressionSize", settings.minimumCompressionSize?.toString() ?? "");
  if (settings.disableExecuteApiEndpoint !== undefined)
    replace("/disableExecuteApiEndpoint", String(settings.disableExecuteApiEndpoint));
  const wanted = settings.binaryMediaTypes ?? [];
  const current = restApi.binaryMediaTypes ?? [];
  if (overwrite)
    for (const type of current.filter((t) => !wanted.includes(t)))
      operations.push({ op: "remove", path: `/binaryMediaTypes/${encodePatchSegment(type)}` });
  for (const type of wanted.filter((t) => !current.includes(t)))
    operations.push({ op: "add", path: `/binaryMediaTypes/${encodePatchSegment(type)}` });
  return operations;
}
