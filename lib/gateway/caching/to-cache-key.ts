import {
  readMethodRequestParameter,
  toParameterReference,
  type MethodRequestValues,
} from "../validation/method-request-values";

export interface CacheKeyScope {
  readonly stageName: string;
  readonly httpMethod: string;
  /** The matched resource's path template (`/pets/{petId}`), not the request path. */
  readonly resourcePath: string;
  /**
   * The integration's `cacheNamespace`: methods that share one share entries. AWS defaults it to the
   * resource id, which is equivalent to the resource path used when it is absent.
   */
  readonly cacheNamespace?: string;
}

/**
 * The cache key of a request: stage, method, resource, and the values of the integration's
 * `cacheKeyParameters` (e.g. `method.request.querystring.type`, `method.request.header.Accept-Language`,
 * `method.request.path.petId`). Values are compared case-sensitively; parameters not in the list are
 * ignored, so `?type=admin&department=A` and `?type=admin&department=B` share an entry keyed on `type`.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html
 */
export function toCacheKey(
  scope: CacheKeyScope,
  cacheKeyParameters: readonly string[] | undefined,
  values: MethodRequestValues,
): string {
  const parts: (string | null)[] = [
    scope.stageName,
    scope.httpMethod,
    scope.cacheNamespace ?? scope.resourcePath,
  ];
  for (const expression of cacheKeyParameters ?? []) {
    const reference = toParameterReference(expression);
    const value = reference
      ? readMethodRequestParameter(values, reference.location, reference.name)
      : undefined;
    parts.push(expression, value ?? null);
  }
  return JSON.stringify(parts);
}
