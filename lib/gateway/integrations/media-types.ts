/**
 * Binary media types: a REST API's `binaryMediaTypes` decide whether a payload is binary. Entries may use
 * wildcards (`image/*`, `*\/*`); only the first media type of an Accept header counts (DOC known issues).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings.html
 */
export function toMediaTypeOnly(value: string | undefined): string | undefined {
  const first = value?.split(",")[0]?.split(";")[0]?.trim().toLowerCase();
  return first || undefined;
}

function matches(pattern: string, mediaType: string): boolean {
  const [pType = "", pSub = ""] = pattern.toLowerCase().split("/");
  const [type = "", sub = ""] = mediaType.split("/");
  return (pType === "*" || pType === type) && (pSub === "*" || pSub === sub);
}

export function isBinaryMediaType(
  binaryMediaTypes: readonly string[] | undefined,
  value: string | undefined,
): boolean {
  const mediaType = toMediaTypeOnly(value);
  if (!mediaType || !binaryMediaTypes?.length) return false;
  return binaryMediaTypes.some((pattern) => matches(pattern.replace("~1", "/"), mediaType));
}
