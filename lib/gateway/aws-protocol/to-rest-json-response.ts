import type { RestJsonRoute } from "./rest-json-route";
import { JSON_CONTENT_TYPE, type RestJsonResponse } from "./rest-json-response";

/**
 * A successful operation's HTTP response: the route's success status and the output as a JSON document.
 * The control plane's outputs are already in AWS's wire shapes (timestamps in epoch seconds); only the
 * output's `items` is renamed to its `@jsonName` (`item` on pages, `values` on Usage). Unit outputs
 * (deletes, cache flushes) have an empty body; an output with an `@httpPayload` member (GetExport) is
 * sent as that member's text, its `@httpHeader` members as headers.
 * @see https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html
 */
export function toRestJsonResponse(route: RestJsonRoute, output: unknown): RestJsonResponse {
  if (output === undefined) return { statusCode: route.status, headers: {}, body: "" };
  if (route.outputPayload) return toPayloadResponse(route, output as Record<string, unknown>);
  return {
    statusCode: route.status,
    headers: { "content-type": JSON_CONTENT_TYPE },
    body: JSON.stringify(renameItems(output, route.itemsJsonName)),
  };
}

function renameItems(output: unknown, itemsJsonName: string | undefined): unknown {
  if (!itemsJsonName || typeof output !== "object" || output === null || !("items" in output)) return output;
  const { items, ...rest } = output as { items: unknown };
  return { [itemsJsonName]: items, ...rest };
}

/** An output with an `@httpPayload` member: that member is the body, `@httpHeader` members are headers. */
function toPayloadResponse(route: RestJsonRoute, output: Record<string, unknown>): RestJsonResponse {
  const headers: Record<string, string> = {};
  for (const [member, header] of Object.entries(route.outputHeaders ?? {})) {
    if (output[member] !== undefined) headers[header] = String(output[member]);
  }
  return { statusCode: route.status, headers, body: String(output[route.outputPayload ?? ""] ?? "") };
}
