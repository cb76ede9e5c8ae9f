/**
 * The canonical query string of a SigV4 request: every parameter as sent, decoded then URI-encoded the
 * AWS way, sorted by encoded name and then by encoded value (byte order), joined as `name=value` with
 * `&`. A name without `=` has an empty value; repeated names keep every value. A presigned request leaves
 * out its own `X-Amz-Signature`.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#create-canonical-request
 */
import { percentDecode, uriEncode } from "./uri-encode";

/** Decoded `name → values` of a raw query string (`+` is a space, as in form encoding). */
export function readQueryParameters(query: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const pair of query.split("&")) {
    if (!pair) continue;
    const eq = pair.indexOf("=");
    const name = percentDecode(eq >= 0 ? pair.slice(0, eq) : pair, true);
    const value = eq >= 0 ? percentDecode(pair.slice(eq + 1), true) : "";
    pairs.push([name, value]);
  }
  return pairs;
}

const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function toCanonicalQueryString(query: string, omitParameter?: string): string {
  const omit = omitParameter?.toLowerCase();
  return readQueryParameters(query)
    .filter(([name]) => name.toLowerCase() !== omit)
    .map(([name, value]) => [uriEncode(name), uriEncode(value)] as const)
    .sort((a, b) => byteOrder(a[0], b[0]) || byteOrder(a[1], b[1]))
    .map(([name, value]) => `${name}=${value}`)
    .join("&");
}
