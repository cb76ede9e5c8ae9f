/**
 * The MIME type of a Content-Type or Accept value, lower-cased, without parameters: templates are chosen by
 * MIME type only (`application/json; charset=UTF-8` selects `application/json`), and of an Accept list only
 * the first media type counts.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html
 */
export function toMediaType(headerValue: string | null | undefined): string | undefined {
  const first = headerValue?.split(",", 1)[0]?.split(";", 1)[0]?.trim().toLowerCase();
  return first ? first : undefined;
}

/** The key of `templates` whose MIME type is `mediaType`, if any (keys compare case-insensitively). */
export function findTemplateKey(
  templates: Readonly<Record<string, string>>,
  mediaType: string,
): string | undefined {
  if (Object.hasOwn(templates, mediaType)) return mediaType;
  return Object.keys(templates).find((key) => toMediaType(key) === mediaType);
}
