import {
  readMethodRequestParameter,
  toParameterReference,
  type MethodRequestValues,
} from "./method-request-values";

/**
 * The names of the required method-request parameters that are missing or blank, in the order AWS lists
 * them. A path parameter the resource path does not declare is never matched, so it is always missing
 * (AWS recorded `issuer` in `[x-header-param, issuer, qs1]` for that reason).
 *
 * Order: AWS recorded header, then path, then query string. That is also the order of the full keys
 * (`method.request.header.*` < `method.request.path.*` < `method.request.querystring.*`), so the keys are
 * sorted as strings, which also orders names within one location alphabetically (the within-location order
 * is not recorded; see DEVIATIONS.md).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html
 */
export function validateRequestParameters(
  requestParameters: Readonly<Record<string, boolean>> | undefined,
  values: MethodRequestValues,
): string[] {
  if (!requestParameters) return [];
  const missing: string[] = [];
  for (const { location, name } of toRequiredParameters(requestParameters)) {
    if (isBlank(readMethodRequestParameter(values, location, name))) missing.push(name);
  }
  return missing;
}

type ParameterReference = NonNullable<ReturnType<typeof toParameterReference>>;

/** Deployments are frozen, so each method's required list is parsed and sorted once. */
const requiredByMethod = new WeakMap<object, readonly ParameterReference[]>();

function toRequiredParameters(
  requestParameters: Readonly<Record<string, boolean>>,
): readonly ParameterReference[] {
  let required = requiredByMethod.get(requestParameters);
  if (!required) {
    required = Object.keys(requestParameters)
      .sort()
      .filter((expression) => requestParameters[expression] === true)
      .map(toParameterReference)
      .filter((reference) => reference !== undefined);
    requiredByMethod.set(requestParameters, required);
  }
  return required;
}

/** AWS's message for BAD_REQUEST_PARAMETERS: names only, comma and space separated, in brackets (REC). */
export function toMissingParametersMessage(missing: readonly string[]): string {
  return `Missing required request parameters: [${missing.join(", ")}]`;
}

/** "Included and not blank" (DOC): `?q1=` fails; whitespace-only is treated as blank too (unverified). */
function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === "";
}
