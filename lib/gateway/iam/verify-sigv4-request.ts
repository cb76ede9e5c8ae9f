/**
 * Verifies a Signature Version 4 request as API Gateway does for AWS_IAM methods, in the order of AWS's
 * shared authentication layer: signature present and complete, request time within the window, `host`
 * signed, algorithm, credential scope, access key and session token, and finally the signature itself,
 * recomputed from the request as it arrived and compared in constant time.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/permissions.html
 */
import { GatewayError, MissingAuthenticationTokenError } from "../errors";
import { checkRequestTime } from "./check-request-time";
import type { CredentialResolver } from "./credential-resolver";
import { SignatureDoesNotMatchError } from "./iam-errors";
import type { IamPrincipal } from "./iam-principal";
import { assertSignatureForm, readCredentialScope } from "./read-credential-scope";
import { readSignature } from "./read-signature";
import { resolveSigningCredential, type SigningCredential } from "./resolve-signing-credential";
import { signHmacSha256, toHex } from "./sigv4-crypto";
import { getSigningKey } from "./get-signing-key";
import { timingSafeEqual } from "./timing-safe-equal";
import { toCanonicalRequest, toStringToSign, type SignableRequest } from "./to-canonical-request";

export interface VerifySigV4Options {
  /** The API's region: the credential scope must name it. */
  readonly region: string;
  /** `execute-api` unless told otherwise. */
  readonly service?: string;
  /** Clock reading when the request arrived (epoch ms). */
  readonly now: number;
  readonly credentials: CredentialResolver;
}

export interface SigV4Verification {
  readonly verified: true;
  readonly accessKeyId: string;
  readonly principal: IamPrincipal;
  readonly credential: SigningCredential;
  readonly location: "header" | "query";
  /** Epoch ms of the signing time. */
  readonly signedAt: number;
  readonly canonicalRequest: string;
  readonly stringToSign: string;
}

export interface SigV4Rejection {
  readonly verified: false;
  /** The gateway error to answer with (MissingAuthenticationTokenError when there is no signature). */
  readonly error: GatewayError;
}

export type SigV4Result = SigV4Verification | SigV4Rejection;

async function verifyOrThrow(
  request: SignableRequest,
  options: VerifySigV4Options,
): Promise<SigV4Verification> {
  const parts = readSignature(request);
  if (!parts) throw new MissingAuthenticationTokenError();
  const { signedAt, amzDate } = checkRequestTime(parts, options.now);
  assertSignatureForm(parts);
  const expected = { region: options.region, service: options.service ?? "execute-api" };
  const scope = readCredentialScope(parts.credential, expected, amzDate);
  const credential = resolveSigningCredential(
    options.credentials,
    scope.accessKeyId,
    parts.securityToken,
    options.now,
  );
  const omit = parts.location === "query" ? "X-Amz-Signature" : undefined;
  const canonicalRequest = await toCanonicalRequest(request, parts.signedHeaders, omit);
  const stringToSign = await toStringToSign(amzDate, scope.scope, canonicalRequest);
  const { secretAccessKey } = credential;
  const signingKey = await getSigningKey(secretAccessKey, scope.date, scope.region, scope.service);
  const signature = toHex(await signHmacSha256(signingKey, stringToSign));
  if (!timingSafeEqual(signature, parts.signature))
    throw new SignatureDoesNotMatchError(canonicalRequest, stringToSign);
  return {
    verified: true,
    accessKeyId: scope.accessKeyId,
    principal: credential.principal,
    credential,
    location: parts.location,
    signedAt,
    canonicalRequest,
    stringToSign,
  };
}

/** The verified caller, or the gateway error AWS would answer with. Never throws a GatewayError. */
export async function verifySigV4Request(
  request: SignableRequest,
  options: VerifySigV4Options,
): Promise<SigV4Result> {
  try {
    return await verifyOrThrow(request, options);
  } catch (error) {
    if (error instanceof GatewayError) return { verified: false, error };
    throw error;
  }
}
