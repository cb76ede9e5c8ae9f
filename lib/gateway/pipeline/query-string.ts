/**
 * Query-string decoding as REST APIs do it (spec 2.1, REC): values are URL-decoded, `+` is a space,
 * repeated names keep every value in order (the single-value view takes the last), and anything from a
 * raw `#` on is dropped.
 */

export type QueryParameters = Map<string, string[]>;

function decodeComponent(raw: string): string {
  const spaced = raw.replace(/\+/g, " ");
  try {
    return decodeURIComponent(spaced);
  } catch {
    // A stray `%` that does not start an escape is kept as typed. [UNVERIFIED] AWS's handling of bad escapes.
    return spaced;
  }
}

export function parseQueryString(query: string): QueryParameters {
  const params: QueryParameters = new Map();
  const hash = query.indexOf("#");
  const text = hash >= 0 ? query.slice(0, hash) : query;
  if (!text) return params;
  for (const pair of text.split("&")) {
    if (!pair) continue;
    const eq = pair.indexOf("=");
    const name = decodeComponent(eq >= 0 ? pair.slice(0, eq) : pair);
    const value = eq >= 0 ? decodeComponent(pair.slice(eq + 1)) : "";
    const values = params.get(name);
    if (values) values.push(value);
    else params.set(name, [value]);
  }
  return params;
}

/** name → last value, or null when there is no query string (the proxy event's `queryStringParameters`). */
export function toSingleValueQuery(params: QueryParameters): Record<string, string> | null {
  if (params.size === 0) return null;
  const out: Record<string, string> = {};
  for (const [name, values] of params) out[name] = values[values.length - 1] ?? "";
  return out;
}

export function toMultiValueQuery(params: QueryParameters): Record<string, string[]> | null {
  if (params.size === 0) return null;
  const out: Record<string, string[]> = {};
  for (const [name, values] of params) out[name] = [...values];
  return out;
}
