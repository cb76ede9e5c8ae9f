/**
 * mapMethodResponse: assembles the client's response from the method response draft: the mapped headers
 * and the Content-Type of the template that produced the body (API Gateway adds `application/json` by
 * default, DOC 7.4). Headers a non-proxy integration returned but the method response does not map are
 * dropped (REC header remapping test).
 */
import type { InvocationContext } from "../context";

export function mapMethodResponse(ctx: InvocationContext): void {
  if (ctx.response) return;
  const draft = ctx.methodResponse!;
  const headers: Array<[string, string]> = [];
  let hasContentType = false;
  for (const [name, value] of Object.entries(draft.headers)) {
    if (name.toLowerCase() === "content-type") hasContentType = true;
    headers.push([name, value]);
  }
  if (!hasContentType) headers.unshift(["Content-Type", draft.contentType]);
  ctx.response = { statusCode: draft.statusCode, headers, body: draft.body };
}
