/**
 * The AWS-compatible control plane: `/aws/{sandboxId}/apigateway/...` speaks API Gateway's restJson1
 * protocol to the sandbox's control plane, for the AWS SDKs and CLI (endpoint override). Every request is
 * SigV4-signed (service `apigateway`) with an access key of the sandbox's own IAM store; a change is saved
 * to the database before the answer goes out. `/aws/{sandboxId}/lambda/...` serves Lambda's API the same way
 * (service `lambda`).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import { handleApiGatewayRequest } from "@/lib/gateway/aws-protocol";
import { verifySigV4Request } from "@/lib/gateway/iam";
import {
  handleLambdaRequest,
  LAMBDA_MAX_REQUEST_BYTES,
  toRequestTooLargeResponse,
} from "@/lib/gateway/lambda-api";
import type { SandboxHost } from "@/lib/live-sandboxes/sandbox-host";

export const AWS_PREFIX = "/aws/";
const MAX_BODY_BYTES = 6 * 1024 * 1024; // ImportRestApi's definition limit (DOC limits)

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function sendError(res: ServerResponse, status: number, type: string, message: string | null): void {
  res.writeHead(status, {
    "content-type": "application/json",
    "x-amzn-ErrorType": type,
    "x-amzn-RequestId": randomUUID(),
  });
  res.end(JSON.stringify({ message }));
}

function toQuery(raw: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(raw)) {
    const prior = out[name];
    out[name] = prior === undefined ? value : Array.isArray(prior) ? [...prior, value] : [prior, value];
  }
  return out;
}

export function createAwsHandler(host: SandboxHost) {
  return async function handleAws(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? "/";
    const queryAt = url.indexOf("?");
    const path = queryAt >= 0 ? url.slice(0, queryAt) : url;
    const query = queryAt >= 0 ? url.slice(queryAt + 1) : "";
    const [, , sandboxId = "", service = "", ...rest] = path.split("/");
    if (service === "lambda") {
      await serveLambda(host, req, res, { sandboxId, path, query, lambdaPath: `/${rest.join("/")}` });
      return;
    }
    const body = await readBody(req);
    if (service !== "apigateway") {
      sendError(
        res,
        404,
        "UnknownOperationException",
        `This endpoint serves apigateway and lambda only, not ${service || "(none)"}`,
      );
      return;
    }
    // An unknown sandbox answers like an unknown key, so ids cannot be probed.
    const sandbox = await host.load(sandboxId).catch(() => undefined);
    if (!sandbox) {
      sendError(
        res,
        403,
        "UnrecognizedClientException",
        "The security token included in the request is invalid.",
      );
      return;
    }
    const headers: Array<[string, string]> = [];
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2)
      headers.push([req.rawHeaders[i]!, req.rawHeaders[i + 1]!]);
    const verified = await verifySigV4Request(
      { method: req.method ?? "GET", path, query, headers, body: body.length ? new Uint8Array(body) : null },
      { region: "us-east-1", service: "apigateway", now: Date.now(), credentials: sandbox.engine.iam },
    );
    if (!verified.verified) {
      sendError(res, 403, verified.error.errorType, verified.error.gatewayMessage);
      return;
    }
    const answer = await handleApiGatewayRequest(
      sandbox.engine.controlPlane,
      {
        method: req.method ?? "GET",
        path: `/aws/apigateway/${rest.join("/")}`,
        query: toQuery(query),
        headers: Object.fromEntries(headers),
        body: body.length ? body.toString("utf8") : null,
      },
      { sandbox: sandbox.engine },
    );
    if (req.method !== "GET" && answer.statusCode < 400) await host.save(sandbox);
    res.writeHead(answer.statusCode, { ...answer.headers, "x-amzn-RequestId": randomUUID() });
    res.end(answer.body);
  };
}

/** Reads a Lambda request up to its largest legal size (a 50 MB zip, base64-encoded) and says if it was larger. */
function readLambdaBody(req: IncomingMessage): Promise<{ body: Buffer; tooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= LAMBDA_MAX_REQUEST_BYTES) chunks.push(chunk);
    });
    req.on("end", () => resolve({ body: Buffer.concat(chunks), tooLarge: size > LAMBDA_MAX_REQUEST_BYTES }));
    req.on("error", reject);
  });
}

/**
 * `/aws/{sandboxId}/lambda/...`: Lambda's restJson1 protocol over the sandbox's functions, SigV4-signed with
 * service `lambda`. A changed function or policy is saved before the answer goes out; an invocation changes no
 * configuration, but the function may have written to the sandbox's simulated services, so the sandbox is
 * marked for the next write-behind flush.
 */
async function serveLambda(
  host: SandboxHost,
  req: IncomingMessage,
  res: ServerResponse,
  target: { sandboxId: string; path: string; query: string; lambdaPath: string },
): Promise<void> {
  const method = req.method ?? "GET";
  const { body, tooLarge } = await readLambdaBody(req);
  if (tooLarge) {
    const answer = toRequestTooLargeResponse(method, target.lambdaPath);
    res.writeHead(answer.statusCode, { ...answer.headers, "x-amzn-RequestId": randomUUID() });
    res.end(answer.body);
    return;
  }
  // An unknown sandbox answers like an unknown key, so ids cannot be probed.
  const sandbox = await host.load(target.sandboxId).catch(() => undefined);
  if (!sandbox) {
    sendError(
      res,
      403,
      "UnrecognizedClientException",
      "The security token included in the request is invalid.",
    );
    return;
  }
  const headers: Array<[string, string]> = [];
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2)
    headers.push([req.rawHeaders[i]!, req.rawHeaders[i + 1]!]);
  const signed = { method, path: target.path, query: target.query, headers };
  const verified = await verifySigV4Request(
    { ...signed, body: body.length ? new Uint8Array(body) : null },
    { region: "us-east-1", service: "lambda", now: Date.now(), credentials: sandbox.engine.iam },
  );
  if (!verified.verified) {
    sendError(res, 403, verified.error.errorType, verified.error.gatewayMessage);
    return;
  }
  const answer = await handleLambdaRequest(sandbox.engine, {
    method,
    path: target.lambdaPath,
    query: toQuery(target.query),
    headers: Object.fromEntries(headers),
    body: body.length ? body.toString("utf8") : null,
  });
  if (answer.effect === "configuration") await host.save(sandbox);
  if (answer.effect === "invocation") sandbox.dirty = true;
  res.writeHead(answer.statusCode, { ...answer.headers, "x-amzn-RequestId": randomUUID() });
  res.end(answer.body);
}
