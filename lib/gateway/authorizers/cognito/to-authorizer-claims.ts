import type { JWTPayload } from "jose";
import { toJavaDateString } from "./to-java-date-string";

function toElementString(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function toClaimString(name: string, value: unknown): string {
  if ((name === "exp" || name === "iat") && typeof value === "number") return toJavaDateString(value);
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  // [3P] REST passes arrays comma-joined with no space: "cognito:groups": "admins,editors" (HTTP APIs' JWT
  // authorizer writes "[admins editors]" instead).
  if (Array.isArray(value)) return value.map(toElementString).join(",");
  // [UNVERIFIED] objects (the OIDC `address` claim) and null; we write them as JSON.
  return JSON.stringify(value);
}

/**
 * A token's claims as `$context.authorizer.claims` and the Lambda proxy event's `requestContext.authorizer.claims`
 * show them: every value a string. Booleans become "true"/"false", numbers their digits (`auth_time`:
 * "1513492092"), except `exp` and `iat`, which become Java date strings ("Sun Dec 17 07:28:12 UTC 2017").
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-enable-cognito-user-pool.html
 */
export function toAuthorizerClaims(payload: JWTPayload): Record<string, string> {
  return Object.fromEntries(
    Object.entries(payload)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => [name, toClaimString(name, value)]),
  );
}
