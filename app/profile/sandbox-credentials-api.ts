/**
 * The profile's calls to the sandbox credential routes, with the API's error message surfaced as is
 * (`{ error: { message } }`), so the card can say what went wrong.
 */

export interface ShownCredentials {
  sandboxId: string;
  userName: string;
  accessKeyId: string;
  secretAccessKey: string;
}

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, cache: "no-store" });
  } catch {
    throw new Error("The server could not be reached. Check your connection and try again.");
  }
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!response.ok) throw new Error(body?.error?.message ?? `The request failed (HTTP ${response.status}).`);
  return body as T;
}

export async function fetchCredentials(sandboxId: string): Promise<ShownCredentials> {
  const { credentials } = await call<{ credentials: ShownCredentials }>(
    `/api/sandboxes/${encodeURIComponent(sandboxId)}/credentials`,
  );
  return credentials;
}

export async function rotateCredentials(sandboxId: string): Promise<ShownCredentials> {
  const { credentials } = await call<{ credentials: ShownCredentials }>(
    `/api/sandboxes/${encodeURIComponent(sandboxId)}/credentials/rotate`,
    { method: "POST", headers: { "content-type": "application/json" }, body: "{}" },
  );
  return credentials;
}
