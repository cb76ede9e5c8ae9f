/** Invoke URLs and copy-pasteable curl commands for a deployed stage. */

/**
 * `https://{host}/execute-api/{restApiId}/{stage}/`: where the sandbox serves a stage (AWS's own is
 * `https://{restApiId}.execute-api.{region}.amazonaws.com/{stage}/`). Null when the APIs live in the browser.
 */
export function toInvokeUrl(
  base: string | null,
  restApiId: string,
  stageName: string,
  path = "/",
): string | null {
  if (base === null) return null;
  const suffix = path.startsWith("/") ? path : `/${path}`;
  return `${base.replace(/\/+$/, "")}/${encodeURIComponent(restApiId)}/${encodeURIComponent(stageName)}${suffix}`;
}

/** A POSIX shell single-quoted word: `it's` → `'it'\''s'`. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export interface CurlRequest {
  url: string;
  method?: string;
  headers?: Readonly<Record<string, string>>;
  body?: string;
}

/** One option per line, so the command stays readable when pasted into a terminal. */
export function toCurlSnippet({ url, method = "GET", headers = {}, body }: CurlRequest): string {
  const parts = [`curl -i -X ${method.toUpperCase()} ${shellQuote(url)}`];
  for (const [name, value] of Object.entries(headers)) parts.push(`-H ${shellQuote(`${name}: ${value}`)}`);
  if (body !== undefined && body !== "") parts.push(`--data ${shellQuote(body)}`);
  return parts.join(" \\\n  ");
}
