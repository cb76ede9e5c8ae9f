/**
 * PutGatewayResponse inputs from the editor: response headers are `gatewayresponse.header.<Name>` keys
 * whose values are static `'quoted'` strings or request values such as `method.request.header.Origin`.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-gatewayResponse-definition.html
 */
import type { GatewayResponse } from "@/lib/gateway/control/types";
import type { KeyValueRow } from "./key-value-rows";

const HEADER_PREFIX = "gatewayresponse.header.";
export const JSON_CONTENT_TYPE = "application/json";

/** The headers the console's "Enable CORS" adds to a gateway response, so browsers can read errors. */
export const CORS_HEADER_ROWS: readonly KeyValueRow[] = [
  { key: "Access-Control-Allow-Origin", value: "'*'" },
  {
    key: "Access-Control-Allow-Headers",
    value: "'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token'",
  },
];

export function toHeaderRows(parameters: Readonly<Record<string, string>> | undefined): KeyValueRow[] {
  return Object.entries(parameters ?? {}).map(([key, value]) => ({
    key: key.startsWith(HEADER_PREFIX) ? key.slice(HEADER_PREFIX.length) : key,
    value,
  }));
}

/** Rows with a header name and a value become parameters; a name given in full is kept as it is. */
export function toResponseParameters(rows: readonly KeyValueRow[]): Record<string, string> {
  const parameters: Record<string, string> = {};
  for (const row of rows) {
    const name = row.key.trim();
    if (!name || !row.value.trim()) continue;
    parameters[name.startsWith(HEADER_PREFIX) ? name : `${HEADER_PREFIX}${name}`] = row.value.trim();
  }
  return parameters;
}

/** Adds the CORS rows that are missing, leaving headers already set alone. */
export function withCorsRows(rows: readonly KeyValueRow[]): KeyValueRow[] {
  const names = new Set(rows.map((row) => row.key.trim().toLowerCase()));
  return [
    ...rows.filter((row) => row.key.trim()),
    ...CORS_HEADER_ROWS.filter((row) => !names.has(row.key.toLowerCase())),
  ];
}

export interface GatewayResponseDraft {
  statusCode: string;
  headers: KeyValueRow[];
  template: string;
}

export function toGatewayResponseDraft(response: GatewayResponse): GatewayResponseDraft {
  return {
    statusCode: response.statusCode ?? "",
    headers: toHeaderRows(response.responseParameters),
    template: response.responseTemplates?.[JSON_CONTENT_TYPE] ?? "",
  };
}

export function toPutGatewayResponseInput(
  restApiId: string,
  response: GatewayResponse,
  draft: GatewayResponseDraft,
) {
  const templates = { ...response.responseTemplates };
  if (draft.template.trim()) templates[JSON_CONTENT_TYPE] = draft.template;
  else delete templates[JSON_CONTENT_TYPE];
  return {
    restApiId,
    responseType: response.responseType,
    ...(draft.statusCode.trim() && { statusCode: draft.statusCode.trim() }),
    responseParameters: toResponseParameters(draft.headers),
    responseTemplates: templates,
  };
}
