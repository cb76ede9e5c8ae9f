/**
 * The canonical headers of a SigV4 request: for each signed header name (lower-case, in the order the
 * `SignedHeaders` list gives), `name:value` where value is every value the request carries for that name,
 * in arrival order, each trimmed with inner runs of spaces collapsed to one, joined with commas. A signed
 * header the request does not carry gets an empty value, so the signature cannot match.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#create-canonical-request
 */

function toCanonicalValue(value: string): string {
  return value.trim().replace(/[ \t]+/g, " ");
}

export function toCanonicalHeaders(
  headers: ReadonlyArray<readonly [string, string]>,
  signedHeaders: readonly string[],
): string {
  const values = new Map<string, string[]>();
  for (const [name, value] of headers) {
    const key = name.toLowerCase();
    const list = values.get(key);
    if (list) list.push(toCanonicalValue(value));
    else values.set(key, [toCanonicalValue(value)]);
  }
  return signedHeaders.map((name) => `${name}:${(values.get(name) ?? []).join(",")}`).join("\n");
}
