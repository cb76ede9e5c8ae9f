/** A curl command line for one request, quoted for POSIX shells. */

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

export interface CurlRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export function toCurlCommand({ method, url, headers, body }: CurlRequest): string {
  const parts = ["curl", "-i"];
  if (method !== "GET" || body) parts.push("-X", method);
  for (const [name, value] of Object.entries(headers)) parts.push("-H", shellQuote(`${name}: ${value}`));
  if (body) parts.push("--data-binary", shellQuote(body));
  parts.push(shellQuote(url));
  return parts.join(" ");
}

/** `Name: value` lines → a header record (blank and malformed lines are skipped, last one wins). */
export function parseHeaderLines(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const at = line.indexOf(":");
    if (at <= 0) continue;
    headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return headers;
}

/** The invoke URL of a stage path: `{base}/{apiId}/{stage}{path}?{query}`. */
export function toInvokeUrl(
  base: string,
  restApiId: string,
  stageName: string,
  path: string,
  query = "",
): string {
  const cleanPath = path.startsWith("/") ? path : `/${path}`;
  return `${base}/${restApiId}/${stageName}${cleanPath}${query ? `?${query.replace(/^\?/, "")}` : ""}`;
}
