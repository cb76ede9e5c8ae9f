/**
 * Chooses the integration request template by the request's Content-Type (MIME type only; none means
 * `application/json`) and applies `passthroughBehavior` exactly as the passthrough table in the docs:
 * WHEN_NO_MATCH passes an unmatched payload through, WHEN_NO_TEMPLATES passes through only when no template
 * is defined, NEVER passes nothing through; anything not passed through is 415 Unsupported Media Type.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html
 */
import type { PassthroughBehavior } from "../control/types";
import { findTemplateKey, toMediaType } from "./to-media-type";

export type RequestTemplateSelection =
  | { kind: "template"; contentType: string; template: string }
  | { kind: "passthrough" }
  /** 415 `{"message":"Unsupported Media Type"}` (UNSUPPORTED_MEDIA_TYPE). */
  | { kind: "unsupported" };

/**
 * The request template for `contentType`, or passthrough, or unsupported (415) under `passthroughBehavior`.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html
 */
export function selectRequestTemplate(
  templates: Readonly<Record<string, string>> | undefined,
  contentType: string | null | undefined,
  passthroughBehavior: PassthroughBehavior = "WHEN_NO_MATCH",
): RequestTemplateSelection {
  const defined = templates ?? {};
  const key = findTemplateKey(defined, toMediaType(contentType) ?? "application/json");
  if (key !== undefined) {
    const template = defined[key] as string;
    // [UNVERIFIED] an empty request template: treated like the documented empty response template (passthrough).
    return template === "" ? { kind: "passthrough" } : { kind: "template", contentType: key, template };
  }
  if (passthroughBehavior === "WHEN_NO_MATCH") return { kind: "passthrough" };
  if (passthroughBehavior === "WHEN_NO_TEMPLATES" && Object.keys(defined).length === 0)
    return { kind: "passthrough" };
  return { kind: "unsupported" };
}
