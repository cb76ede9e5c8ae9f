/**
 * From an invoke URL's request target to the engine's GatewayRequest. The front door's invoke URLs
 * (server/invoke) and the workbench's Send button (invoke-sandbox.ts) share it, so both reach the data
 * plane with exactly the same request.
 */
import type { GatewayRequest } from "@/lib/gateway/pipeline/request";

/** Where invoke URLs are served: `/execute-api/{apiId}/{stage}/{path}`. */
export const INVOKE_PATH_PREFIX = "/execute-api/";

export interface InvokeTarget {
  /** The REST API addressed; empty when the target names none. */
  apiId: string;
  /** Stage first, not decoded: `/dev/pets/a%2Fb`. */
  path: string;
  /** The raw query string without `?`. */
  query: string;
  /** The full path the client requested (SigV4 verification signs it). */
  originalPath: string;
}

/** Splits `/execute-api/{apiId}/{stage}/{path}?{query}` (the request target as sent). */
export function parseInvokeTarget(url: string): InvokeTarget {
  const queryAt = url.indexOf("?");
  const originalPath = queryAt >= 0 ? url.slice(0, queryAt) : url;
  const rest = originalPath.slice(INVOKE_PATH_PREFIX.length);
  const slash = rest.indexOf("/");
  return {
    apiId: slash >= 0 ? rest.slice(0, slash) : rest,
    path: slash >= 0 ? rest.slice(slash) : "/",
    query: queryAt >= 0 ? url.slice(queryAt + 1) : "",
    originalPath,
  };
}

export interface InvokeMessage {
  method: string;
  /** Header lines in arrival order, names as sent. */
  headers: Array<[string, string]>;
  body: Uint8Array | null;
  sourceIp: string;
}

export function toGatewayRequest(target: InvokeTarget, message: InvokeMessage): GatewayRequest {
  return {
    apiId: target.apiId,
    method: message.method,
    path: target.path,
    originalPath: target.originalPath,
    query: target.query,
    headers: message.headers,
    body: message.body,
    sourceIp: message.sourceIp,
  };
}
