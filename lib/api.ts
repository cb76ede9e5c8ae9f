/**
 * The edge of every JSON route handler: same-origin check on mutations (CSRF), JSON body parsing with a
 * size limit, zod validation, and the one mapper from errors to `{ error: { code, message, fields? } }`.
 * A 500 never carries internals: it is logged with an id that the response repeats.
 */
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { env } from "@/lib/env";
import { AppError, toAppError, toErrorBody } from "@/lib/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function errorResponse(error: unknown): Response {
  const appError = toAppError(error);
  const headers = new Headers({
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
  });
  if (appError.retryAfterSeconds) headers.set("retry-after", String(appError.retryAfterSeconds));
  const body = toErrorBody(appError);
  if (appError.code === "INTERNAL") {
    const id = randomUUID();
    const cause = appError.cause instanceof Error ? `${appError.cause.name}: ${appError.cause.message}` : "";
    console.error(`[api] internal error ${id} ${cause}`);
    body.error.message = `${body.error.message} (error id ${id})`;
  }
  return new Response(JSON.stringify(body), { status: appError.status, headers });
}

export function json(data: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("content-type", "application/json; charset=utf-8");
  if (!headers.has("cache-control")) headers.set("cache-control", "no-store");
  return new Response(JSON.stringify(data), { ...init, headers });
}

/**
 * Cross-site requests cannot mutate: the Origin header (sent by every browser on POST/PUT/PATCH/DELETE)
 * must name this host. Without Origin, Sec-Fetch-Site must say same-origin; tools like curl that send
 * neither are allowed, as they carry no ambient browser cookies from another site.
 */
export function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin) {
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      throw new AppError("CSRF_REJECTED", "The Origin header is not a valid URL.");
    }
    if (originHost !== host) {
      throw new AppError("CSRF_REJECTED", `Cross-site request refused: origin ${origin} is not this site.`);
    }
    return;
  }
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") {
    throw new AppError("CSRF_REJECTED", "Cross-site request refused.");
  }
}

/** Reads a JSON body no larger than API_MAX_BODY_BYTES and validates it. */
export async function readJson<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      "Send the body as JSON with Content-Type: application/json.",
    );
  }
  const limit = env().API_MAX_BODY_BYTES;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw new AppError("PAYLOAD_TOO_LARGE", `The body is over the ${limit}-byte limit.`);
  const text = await request.text();
  if (new TextEncoder().encode(text).length > limit) {
    throw new AppError("PAYLOAD_TOO_LARGE", `The body is over the ${limit}-byte limit.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? `: ${error.message}` : "";
    throw new AppError("BAD_REQUEST", `The body is not valid JSON${detail}.`);
  }
  return schema.parse(value);
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/** Wraps a route handler: CSRF check first, any thrown error becomes the JSON error response. */
export function apiRoute<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      assertSameOrigin(request);
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
