import type { RestApiIdInput } from "./api-inputs";
import type { RestApi } from "./types";

/**
 * Inputs and outputs of ImportRestApi, PutRestApi and GetExport, field for field as the AWS SDK v3
 * sends and reads them (`body` is the `@httpPayload`, `parameters` the `@httpQueryParams` map).
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_ImportRestApi.html
 */

export interface ImportRestApiInput {
  /** The definition, JSON or YAML. */
  body: string;
  failOnWarnings?: boolean;
  /** `endpointConfigurationTypes`, `basepath` (`ignore`|`prepend`|`split`), `ignore=documentation`. */
  parameters?: Record<string, string>;
}

export interface PutRestApiInput extends ImportRestApiInput, RestApiIdInput {
  /** `merge` (the default) or `overwrite`. */
  mode?: string;
}

/** A RestApi as ImportRestApi and PutRestApi return it: with the import's warnings, if any. */
export type ImportRestApiOutput = RestApi & { warnings?: string[] };

/** @see https://docs.aws.amazon.com/apigateway/latest/api/API_GetExport.html */
export interface GetExportInput extends RestApiIdInput {
  stageName: string;
  /** `oas30` or `swagger`. */
  exportType: string;
  /** `extensions`: `integrations`, `authorizers`, `apigateway` (comma-separated). */
  parameters?: Record<string, string>;
  /** The Accept header: `application/json` (default) or `application/yaml`. */
  accepts?: string;
}

/** The export: its Content-Type and Content-Disposition headers and the document itself. */
export interface ExportOutput {
  contentType: string;
  contentDisposition: string;
  body: string;
}
