/**
 * The traffic route's field errors (zod paths such as `pattern.ratePerSecond` or `credentials.1.weight`)
 * as the form's own error keys, so a server-side refusal (a lower request cap, say) shows by its field.
 */
import type { CredentialRow, TrafficFormErrors } from "./build-traffic-plan";

const TOP_LEVEL = new Set(["stageName", "path", "requests", "headers", "method"]);

function toFormKey(path: string, credentials: readonly CredentialRow[]): string | undefined {
  const [head, second, third] = path.split(".");
  if (head === undefined) return undefined;
  if (TOP_LEVEL.has(head)) return head === "method" ? undefined : head;
  if (head === "pattern") return second && second !== "kind" ? second : undefined;
  if (head === "credentials" && second !== undefined) {
    const row = credentials[Number(second)];
    if (!row) return undefined;
    return third === "weight" ? `credential-${row.id}-weight` : `credential-${row.id}-value`;
  }
  return undefined;
}

function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

export function toFormErrors(
  fields: Record<string, string[]> | undefined,
  credentials: readonly CredentialRow[],
): TrafficFormErrors {
  const errors: TrafficFormErrors = {};
  for (const [path, messages] of Object.entries(fields ?? {})) {
    const key = toFormKey(path, credentials);
    const first = messages[0];
    if (key && first && !errors[key]) errors[key] = sentence(first);
  }
  return errors;
}
