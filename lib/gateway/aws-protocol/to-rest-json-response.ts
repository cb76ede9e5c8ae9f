import type { RestJsonRoute } from "./rest-json-route";
import { JSON_CONTENT_TYPE, type RestJsonResponse } from "./rest-json-response";

/**
 * A successful operation's HTTP response: the route's success status and the output as a JSON document.
 * The control plane's outputs are already in AWS's wire shapes (timestamps in epoch seconds); only the
 * output's `items` is renamed to its `@jsonName` (`item` on pages, `values` on Usage). Unit outputs
 * (deletes, cache flushes) have an empty body.
 * @see https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html
 */
export function toRestJsonResponse(route: RestJsonRoute, output: unknown): RestJsonResponse {
  if (output === undefined) return { statusCode: route.status, headers: {}, body: "" };
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
