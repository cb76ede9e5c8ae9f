import type { ApiSnapshot } from "../control/types";
import type { DefinitionVersion } from "./definition-types";

/** GetExport's `extensions` parameter values. */
export type ExportExtension = "integrations" | "authorizers" | "apigateway" | "postman";

/** What every export step reads: the deployment, the format and which extensions to write. */
export interface ExportContext {
  snapshot: ApiSnapshot;
  version: DefinitionVersion;
  /** `x-amazon-apigateway-integration` on operations (`integrations` or `apigateway`). */
  withIntegrations: boolean;
  /** `x-amazon-apigateway-authorizer` on security schemes (`authorizers` or `apigateway`). */
  withAuthorizers: boolean;
  /** Every other API Gateway extension (`apigateway`): validators, gateway responses, API settings. */
  withApiSettings: boolean;
}

/**
 * The flags for a comma-separated `extensions` value: `integrations` and `authorizers` add one extension
 * each, `apigateway` adds them all [DOC GetExport]. `postman` adds nothing here.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_GetExport.html
 */
export function toExportContext(
  snapshot: ApiSnapshot,
  version: DefinitionVersion,
  extensions: string | undefined,
): ExportContext {
  const requested = new Set((extensions ?? "").split(",").map((value) => value.trim().toLowerCase()));
  const all = requested.has("apigateway");
  return {
    snapshot,
    version,
    withIntegrations: all || requested.has("integrations"),
    withAuthorizers: all || requested.has("authorizers"),
    withApiSettings: all,
  };
}
