/**
 * The site's public origin for the endpoints the profile shows: AUTH_URL when set (the site is reached
 * through more than one host name), else the host this request came to.
 */
import { headers } from "next/headers";
import { env } from "@/lib/env";

export async function requestOrigin(): Promise<string> {
  const configured = env().AUTH_URL;
  if (configured) return new URL(configured).origin;
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost:3000";
  const proto = list.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? "http";
  return `${proto}://${host}`;
}
