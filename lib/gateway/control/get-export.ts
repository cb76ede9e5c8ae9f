import { serializeDefinitionDocument, type DefinitionFormat } from "../openapi/serialize-definition-document";
import { toDefinitionDocument } from "../openapi/to-definition-document";
import type { DefinitionVersion } from "../openapi/definition-types";
import { BadRequestException } from "./api-gateway-error";
import type { ControlContext } from "./control-context";
import { getStageDeploymentOrThrow } from "./get-stage-deployment-or-throw";
import type { ExportOutput, GetExportInput } from "./import-inputs";

const MEDIA_TYPES: Readonly<Record<DefinitionFormat, string>> = {
  json: "application/json",
  yaml: "application/yaml",
};

/**
 * GetExport: the stage's deployed API as an OpenAPI 3.0 (`oas30`) or Swagger 2.0 (`swagger`) document,
 * JSON or YAML by the Accept header, with the extensions `parameters.extensions` asks for.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_GetExport.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-export-api.html
 */
export function getExport(ctx: ControlContext, input: GetExportInput): ExportOutput {
  const exportType = toExportType(input.exportType);
  const format = toFormat(input.accepts);
  const deployed = getStageDeploymentOrThrow(ctx, input.restApiId, input.stageName);
  const document = toDefinitionDocument(deployed.snapshot, {
    exportType,
    stageName: input.stageName,
    region: ctx.region,
    extensions: input.parameters?.extensions,
  });
  const stamp = new Date(ctx.clock.now()).toISOString().replace(/\.\d{3}Z$/, "Z");
  return {
    contentType: MEDIA_TYPES[format],
    // [UNVERIFIED] AWS names the file after the export type and a timestamp.
    contentDisposition: `attachment; filename="${exportType}_${stamp}.${format}"`,
    body: serializeDefinitionDocument(document, format),
  };
}

function toExportType(exportType: string): DefinitionVersion {
  if (exportType === "oas30" || exportType === "swagger") return exportType;
  // [UNVERIFIED] wording; `postman` and other SDK export types are not served.
  throw new BadRequestException(
    `Invalid export type specified: ${exportType}. Valid options are oas30,swagger`,
  );
}

/** The first acceptable media type of the Accept header; none, or `*\/*`, means JSON. */
function toFormat(accepts: string | undefined): DefinitionFormat {
  const types = (accepts ?? "").split(",").map((part) => part.split(";")[0]?.trim().toLowerCase() ?? "");
  for (const type of types) {
    if (type === "application/json" || type === "*/*" || type === "application/*" || type === "")
      return "json";
    if (type === "application/yaml" || type === "application/x-yaml") return "yaml";
  }
  // [UNVERIFIED] wording.
  throw new BadRequestException(
    `Invalid accept type specified: ${accepts ?? ""}. Valid options are application/json,application/yaml`,
  );
}
