/** Only same-site paths may be redirect targets, so a crafted callbackUrl cannot send users elsewhere. */
export function safeCallbackPath(raw: unknown, fallback = "/dashboard"): string {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) {
    return fallback;
  }
  try {
    const url = new URL(raw, "http://gatewise.invalid");
    if (url.origin !== "http://gatewise.invalid") return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}
