/**
 * Chooses the integration response template by the request's Accept header: its first media type (none
 * means `application/json`); when no template has that type, the first template defined; when none is
 * defined, or the chosen template is empty, the integration response body passes through unmapped.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings.html
 */
import { findTemplateKey, toMediaType } from "./to-media-type";

export type ResponseTemplateSelection =
  { kind: "template"; contentType: string; template: string } | { kind: "passthrough" };

/**
 * The response template for the request's `Accept` header, or passthrough.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings.html
 */
export function selectResponseTemplate(
  templates: Readonly<Record<string, string>> | undefined,
  accept: string | null | undefined,
): ResponseTemplateSelection {
  const defined = templates ?? {};
  const key = findTemplateKey(defined, toMediaType(accept) ?? "application/json") ?? Object.keys(defined)[0];
  if (key === undefined) return { kind: "passthrough" };
  const template = defined[key] as string;
  return template === "" ? { kind: "passthrough" } : { kind: "template", contentType: key, template };
}
