/**
 * SigV4's canonical request and string to sign, computed from the request exactly as it arrived:
 * method, canonical URI, canonical query string, canonical headers, signed headers and the hashed payload
 * (the `X-Amz-Content-Sha256` header when present, else the SHA-256 of the body).
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
 */
import { sha256Hex } from "./sigv4-crypto";
import { toCanonicalHeaders } from "./to-canonical-headers";
import { toCanonicalQueryString } from "./to-canonical-query-string";
import { toCanonicalUri } from "./to-canonical-uri";

/** What SigV4 covers of a request; the engine's GatewayRequest has this shape. */
export interface SignableRequest {
  readonly method: string;
  /** As sent, percent-encoded, stage first. */
  readonly path: string;
  /** Raw, without `?`. */
  readonly query: string;
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly body: Uint8Array | null;
}

export const ALGORITHM = "AWS4-HMAC-SHA256";
const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/** The last value of a header, like API Gateway's single-value view. */
export function readHeader(headers: SignableRequest["headers"], name: string): string | undefined {
  let found: string | undefined;
  for (const [key, value] of headers) if (key.toLowerCase() === name) found = value;
  return found;
}

export async function toPayloadHash(request: SignableRequest): Promise<string> {
  const declared = readHeader(request.headers, "x-amz-content-sha256");
  if (declared !== undefined) return declared.trim();
  return request.body && request.body.length > 0 ? sha256Hex(request.body) : EMPTY_SHA256;
}

export async function toCanonicalRequest(
  request: SignableRequest,
  signedHeaders: readonly string[],
  omitQueryParameter?: string,
): Promise<string> {
  return [
    request.method,
    toCanonicalUri(request.path),
    toCanonicalQueryString(request.query, omitQueryParameter),
    toCanonicalHeaders(request.headers, signedHeaders),
    "",
    signedHeaders.join(";"),
    await toPayloadHash(request),
  ].join("\n");
}

export async function toStringToSign(
  amzDate: string,
  scope: string,
  canonicalRequest: string,
): Promise<string> {
  return [ALGORITHM, amzDate, scope, await sha256Hex(canonicalRequest)].join("\n");
}
