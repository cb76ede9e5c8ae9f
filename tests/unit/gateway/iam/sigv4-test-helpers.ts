/**
 * Signs requests with AWS's own SigV4 implementation (@smithy/signature-v4, the signer of the AWS SDK for
 * JavaScript v3) and turns them into the engine's request shape, with the query string serialised the way
 * the SDK puts it on the wire.
 */
import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";
import { IamStore, type SignableRequest } from "@/lib/gateway/iam";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";

/** The SDK's request type, as its signer declares it. */
type HttpRequest = Parameters<SignatureV4["presign"]>[0];

export const ACCOUNT = "123456789012";
export const REGION = "us-east-1";
export const HOST = "abc123.execute-api.us-east-1.amazonaws.com";
export const NOW = Date.UTC(2026, 0, 15, 10, 30, 0);

export interface SdkCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface SdkRequest {
  method?: string;
  /** As it goes on the wire (percent-encoded), stage first. */
  path: string;
  query?: Record<string, string | string[]>;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

export interface SignOptions {
  region?: string;
  service?: string;
  signingDate?: number;
  /** The SDK adds X-Amz-Content-Sha256 unless told not to. */
  applyChecksum?: boolean;
}

/** The SDK's query serialisation: RFC 3986 encoding of names and values. */
export function toRawQuery(query: Record<string, string | string[] | null | undefined>): string {
  const encode = (s: string) =>
    encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return Object.entries(query)
    .flatMap(([name, value]) =>
      value == null
        ? []
        : (Array.isArray(value) ? value : [value]).map((v) => `${encode(name)}=${encode(v)}`),
    )
    .join("&");
}

function toBody(body: SdkRequest["body"]): Uint8Array | null {
  if (body === undefined) return null;
  return typeof body === "string" ? new TextEncoder().encode(body) : body;
}

function signer(credentials: SdkCredentials, options: SignOptions) {
  return new SignatureV4({
    service: options.service ?? "execute-api",
    region: options.region ?? REGION,
    credentials,
    sha256: Sha256,
    applyChecksum: options.applyChecksum,
  });
}

function toSdkRequest(request: SdkRequest): HttpRequest {
  return {
    method: request.method ?? "GET",
    protocol: "https:",
    hostname: HOST,
    path: request.path,
    query: request.query ?? {},
    headers: { host: HOST, ...request.headers },
    body: request.body,
  };
}

/** The request signed in the Authorization header by the AWS SDK's signer. */
export async function signWithSdk(
  request: SdkRequest,
  credentials: SdkCredentials,
  options: SignOptions = {},
): Promise<SignableRequest> {
  const signed = await signer(credentials, options).sign(toSdkRequest(request), {
    signingDate: new Date(options.signingDate ?? NOW),
  });
  return {
    method: signed.method,
    path: signed.path,
    query: toRawQuery(signed.query ?? {}),
    headers: Object.entries(signed.headers),
    body: toBody(request.body),
  };
}

/** A presigned request (signature in the query string) made by the AWS SDK's signer. */
export async function presignWithSdk(
  request: SdkRequest,
  credentials: SdkCredentials,
  expiresIn: number,
  options: SignOptions = {},
): Promise<SignableRequest> {
  const signed = await signer(credentials, options).presign(toSdkRequest(request), {
    signingDate: new Date(options.signingDate ?? NOW),
    expiresIn,
  });
  return {
    method: signed.method,
    path: signed.path,
    query: toRawQuery(signed.query ?? {}),
    headers: Object.entries(signed.headers),
    body: toBody(request.body),
  };
}

/** A sandbox IAM with user alice (one access key) in account 123456789012, on a virtual clock. */
export function createSandboxIam() {
  const clock = new VirtualClock(NOW);
  const iam = IamStore.create({ accountId: ACCOUNT, clock, random: new SeededRandom(42) });
  iam.createUser("alice");
  const key = iam.createAccessKey("alice");
  return { iam, clock, alice: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey } };
}

/** Replaces the value of one header (matched case-insensitively). */
export function withHeader(request: SignableRequest, name: string, value: string): SignableRequest {
  const lower = name.toLowerCase();
  const others = request.headers.filter(([key]) => key.toLowerCase() !== lower);
  return { ...request, headers: [...others, [name, value]] };
}
