/**
 * Which model validates a request body: the method's `requestModels` entry for the request's media type,
 * else the `$default` entry, else none (body validation is then skipped, as AWS documents). A request
 * without Content-Type is treated as `application/json` (REC: a GET with no Content-Type fails validation
 * against the method's `application/json` model).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html
 */
export function selectRequestModel(
  requestModels: Readonly<Record<string, string>> | undefined,
  contentType: string | undefined,
): string | undefined {
  if (!requestModels) return undefined;
  const mediaType = toMediaType(contentType);
  for (const key in requestModels) {
    if (key.toLowerCase() === mediaType) return requestModels[key];
  }
  return requestModels.$default;
}

/** The MIME type of a Content-Type header, lower-cased and without parameters (`; charset=...`). */
export function toMediaType(contentType: string | undefined): string {
  if (contentType === undefined) return "application/json";
  const semicolon = contentType.indexOf(";");
  const mediaType = (semicolon === -1 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase();
  return mediaType === "" ? "application/json" : mediaType;
}
