import { InvalidParameterException } from "./cognito-error";
import type { AppClientRecord } from "./user-pool-state";

/** What an app client allows when ExplicitAuthFlows is not given (SRP, custom and refresh, not password auth). */
export const DEFAULT_EXPLICIT_AUTH_FLOWS = [
  "ALLOW_USER_SRP_AUTH",
  "ALLOW_CUSTOM_AUTH",
  "ALLOW_REFRESH_TOKEN_AUTH",
];

const EXPLICIT_AUTH_FLOWS = [
  "ADMIN_NO_SRP_AUTH",
  "CUSTOM_AUTH_FLOW_ONLY",
  "USER_PASSWORD_AUTH",
  "ALLOW_ADMIN_USER_PASSWORD_AUTH",
  "ALLOW_CUSTOM_AUTH",
  "ALLOW_USER_PASSWORD_AUTH",
  "ALLOW_USER_SRP_AUTH",
  "ALLOW_REFRESH_TOKEN_AUTH",
  "ALLOW_USER_AUTH",
];

/** The ExplicitAuthFlows values an app client may list; anything else is a validation error. */
export function assertExplicitAuthFlows(flows: readonly string[]): void {
  const unknown = flows.find((flow) => !EXPLICIT_AUTH_FLOWS.includes(flow));
  if (unknown === undefined) return;
  throw new InvalidParameterException(
    `1 validation error detected: Value '[${flows.join(", ")}]' at 'explicitAuthFlows' failed to satisfy ` +
      `constraint: Member must satisfy enum value set: [${EXPLICIT_AUTH_FLOWS.join(", ")}]`,
  );
}

/** The ExplicitAuthFlows values (new `ALLOW_*` and legacy) that enable each sign-in flow we simulate. */
const ENABLING_FLOWS: Record<string, readonly string[]> = {
  USER_PASSWORD_AUTH: ["ALLOW_USER_PASSWORD_AUTH", "USER_PASSWORD_AUTH"],
  ADMIN_USER_PASSWORD_AUTH: ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH"],
  ADMIN_NO_SRP_AUTH: ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH"],
  REFRESH_TOKEN_AUTH: ["ALLOW_REFRESH_TOKEN_AUTH"],
};

/** True when the client allows `flow`. Clients on legacy flow names always allow refreshing tokens. */
export function isAuthFlowEnabled(client: AppClientRecord, flow: string): boolean {
  const flows = client.explicitAuthFlows;
  if (flow === "REFRESH_TOKEN_AUTH" && !flows.some((f) => f.startsWith("ALLOW_"))) return true;
  return (ENABLING_FLOWS[flow] ?? []).some((f) => flows.includes(f));
}
