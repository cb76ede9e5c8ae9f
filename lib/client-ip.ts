/**
 * The caller's address as the front door saw it. server/ overwrites this header on every request from the
 * socket's address (or X-Forwarded-For when TRUST_PROXY=true), so a client cannot choose its own value.
 */
export const CLIENT_IP_HEADER = "x-gatewise-client-ip";

export function clientIpFrom(headers: Headers): string {
  return headers.get(CLIENT_IP_HEADER) ?? "unknown";
}
