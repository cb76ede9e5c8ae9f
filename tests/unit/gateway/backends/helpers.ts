import { VirtualClock } from "@/lib/gateway/ports";
import { HttpBackendRegistry, invokeHttpBackend } from "@/lib/gateway/backends";
import type { HttpBackendRequest, HttpBackendResponse } from "@/lib/gateway/backends";

/** 2026-01-01T00:00:00Z, the VirtualClock's default start. */
export const START = Date.UTC(2026, 0, 1);

export function request(
  method: string,
  url: string,
  extra: Partial<Pick<HttpBackendRequest, "headers" | "body">> = {},
): HttpBackendRequest {
  return { method, url, headers: extra.headers ?? [], body: extra.body ?? null };
}

export function bodyText(response: HttpBackendResponse): string {
  return typeof response.body === "string" ? response.body : new TextDecoder().decode(response.body);
}

export function bodyJson(response: HttpBackendResponse): unknown {
  return JSON.parse(bodyText(response));
}

export function header(response: HttpBackendResponse, name: string): string | undefined {
  return response.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
}

/** A registry, a clock and a shorthand that invokes with a 29 s timeout (REST's default). */
export function setup(registry = new HttpBackendRegistry()) {
  const clock = new VirtualClock(START);
  const send = (req: HttpBackendRequest, timeoutMs = 29_000) =>
    invokeHttpBackend(registry, req, { clock, timeoutMs });
  return { registry, clock, send };
}
