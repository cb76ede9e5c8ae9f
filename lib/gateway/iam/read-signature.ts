/**
 * Finds a request's SigV4 signature, in the `Authorization` header or in a presigned query string, and
 * checks that all its parts are there. Texts of the errors are AWS's (3P: recorded from AWS's shared
 * authentication layer, and from API Gateway for a bearer token sent to an AWS_IAM method).
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/signing-elements.html
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#add-signature-to-request
 */
import { IncompleteSignatureError, InvalidSignatureError } from "./iam-errors";
import { readHeader, type SignableRequest } from "./to-canonical-request";
import { readQueryParameters } from "./to-canonical-query-string";

export interface SignatureParts {
  readonly location: "header" | "query";
  readonly algorithm: string;
  /** `AKID/yyyymmdd/region/service/aws4_request`, as sent. */
  readonly credential: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
  /** The request time as sent, from `X-Amz-Date` or else the `Date` header. */
  readonly requestDate: string;
  readonly dateSource: "X-Amz-Date" | "Date";
  readonly securityToken?: string;
  /** Presigned requests: `X-Amz-Expires` in seconds. */
  readonly expiresSeconds?: number;
}

const HEADER_PARTS = ["Credential", "Signature", "SignedHeaders"];
const QUERY_PARTS = [
  "X-Amz-Algorithm",
  "X-Amz-Credential",
  "X-Amz-Signature",
  "X-Amz-SignedHeaders",
  "X-Amz-Date",
];

function toSignedHeaders(list: string): string[] {
  return list.split(";").map((name) => name.trim().toLowerCase());
}

function readHeaderSignature(authorization: string, request: SignableRequest): SignatureParts {
  const trimmed = authorization.trim();
  const space = trimmed.search(/\s/);
  const algorithm = space < 0 ? trimmed : trimmed.slice(0, space);
  const params = new Map<string, string>();
  for (const piece of (space < 0 ? "" : trimmed.slice(space)).split(/[,\s]+/)) {
    const eq = piece.indexOf("=");
    if (eq > 0) params.set(piece.slice(0, eq), piece.slice(eq + 1));
  }
  const amzDate = readHeader(request.headers, "x-amz-date");
  const date = amzDate ?? readHeader(request.headers, "date");
  let missing = HEADER_PARTS.filter((part) => !params.get(part))
    .map((part) => `Authorization header requires '${part}' parameter. `)
    .join("");
  if (date === undefined)
    missing += "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ";
  if (missing) throw new IncompleteSignatureError(`${missing}Authorization=${authorization}`);
  return {
    location: "header",
    algorithm,
    credential: params.get("Credential") ?? "",
    signedHeaders: toSignedHeaders(params.get("SignedHeaders") ?? ""),
    signature: params.get("Signature") ?? "",
    requestDate: date ?? "",
    dateSource: amzDate === undefined ? "Date" : "X-Amz-Date",
    securityToken: readHeader(request.headers, "x-amz-security-token"),
  };
}

function readQuerySignature(params: Map<string, string>): SignatureParts {
  const missing = QUERY_PARTS.filter((part) => !params.get(part))
    .map((part) => `AWS query-string parameters must include '${part}'. `)
    .join("");
  if (missing) throw new IncompleteSignatureError(`${missing}Re-examine the query-string parameters.`);
  const expires = params.get("X-Amz-Expires");
  return {
    location: "query",
    algorithm: params.get("X-Amz-Algorithm") ?? "",
    credential: params.get("X-Amz-Credential") ?? "",
    signedHeaders: toSignedHeaders(params.get("X-Amz-SignedHeaders") ?? ""),
    signature: params.get("X-Amz-Signature") ?? "",
    requestDate: params.get("X-Amz-Date") ?? "",
    dateSource: "X-Amz-Date",
    securityToken: params.get("X-Amz-Security-Token"),
    expiresSeconds: expires !== undefined && /^\d+$/.test(expires) ? Number(expires) : undefined,
  };
}

/**
 * The signature parts, or null when the request carries no signature at all (no `Authorization` header,
 * no `X-Amz-Algorithm` parameter). Any Authorization header counts as an attempt: API Gateway answers a
 * bearer token sent to an AWS_IAM method with the IncompleteSignatureException text (3P).
 */
export function readSignature(request: SignableRequest): SignatureParts | null {
  const authorization = readHeader(request.headers, "authorization");
  const params = new Map(readQueryParameters(request.query));
  const inHeader = authorization !== undefined && authorization.trim() !== "";
  const inQuery = params.has("X-Amz-Algorithm");
  if (inHeader && inQuery)
    throw new InvalidSignatureError(
      "Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header.",
    );
  if (inHeader) return readHeaderSignature(authorization, request);
  if (inQuery) return readQuerySignature(params);
  return null;
}
