/**
 * `$context.requestOverride` and `$context.responseOverride`: maps a request template writes and later
 * templates of the same request read (REC test_apigateway_integrations, MOCK: status 444 and header `foo`
 * set in the request template reach the client; values, even under arbitrary keys, are readable in the
 * response template). The pipeline threads one ContextOverrides value from template to template and applies
 * the typed views below.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-override-request-response-parameters.html
 */
import { cloneVtlMap } from "./clone-vtl-data";
import { toVtlString } from "./to-vtl-string";
import { isVelocityMap, type VelocityMap } from "./velocity-values";

/** The raw override maps, as the templates left them. */
export interface ContextOverrides {
  readonly requestOverride: VelocityMap;
  readonly responseOverride: VelocityMap;
}

/** What a request template overrides on the integration request. */
export interface RequestOverride {
  header: Record<string, string>;
  path: Record<string, string>;
  querystring: Record<string, string>;
}

/** What a template overrides on the method response. */
export interface ResponseOverride {
  /** Absent unless a template set an integer status between 100 and 599. */
  status?: number;
  header: Record<string, string>;
}

/** Empty overrides, as the first template of a request starts with. */
export function createContextOverrides(): ContextOverrides {
  return { requestOverride: { header: {}, path: {}, querystring: {} }, responseOverride: { header: {} } };
}

/** A private copy for the next template, with the standard maps present even if a template replaced them. */
export function copyContextOverrides(overrides: ContextOverrides | undefined): ContextOverrides {
  if (!overrides) return createContextOverrides();
  const requestOverride = cloneVtlMap(overrides.requestOverride);
  const responseOverride = cloneVtlMap(overrides.responseOverride);
  for (const key of ["header", "path", "querystring"])
    if (!isVelocityMap(requestOverride[key])) requestOverride[key] = {};
  if (!isVelocityMap(responseOverride.header)) responseOverride.header = {};
  return { requestOverride, responseOverride };
}

/**
 * The header, path and query string values to apply to the integration request (values printed as text).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-override-request-response-parameters.html
 */
export function toRequestOverride(overrides: ContextOverrides): RequestOverride {
  const { header, path, querystring } = overrides.requestOverride;
  return { header: toStringMap(header), path: toStringMap(path), querystring: toStringMap(querystring) };
}

/**
 * The status and headers to apply to the method response.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-override-request-response-parameters.html
 */
export function toResponseOverride(overrides: ContextOverrides): ResponseOverride {
  const status = toStatusCode(overrides.responseOverride.status);
  const header = toStringMap(overrides.responseOverride.header);
  return status === undefined ? { header } : { status, header };
}

function toStringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isVelocityMap(value)) return out;
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (item !== null && item !== undefined) out[key] = toVtlString(item);
  }
  return out;
}

// [UNVERIFIED] what AWS does with a non-numeric or out-of-range status; we ignore it.
function toStatusCode(value: unknown): number | undefined {
  const status = typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof status === "number" && Number.isInteger(status) && status >= 100 && status <= 599
    ? status
    : undefined;
}
