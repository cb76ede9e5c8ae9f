import { InvalidParameterException } from "./cognito-error";
import type { AttributeType } from "./user-pool-shapes";
import type { UserPoolRecord, UserRecord } from "./user-pool-state";

/**
 * The attributes every user pool has (OIDC standard claims).
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html
 */
export const STANDARD_ATTRIBUTES = [
  "address",
  "birthdate",
  "email",
  "email_verified",
  "family_name",
  "gender",
  "given_name",
  "locale",
  "middle_name",
  "name",
  "nickname",
  "phone_number",
  "phone_number_verified",
  "picture",
  "preferred_username",
  "profile",
  "updated_at",
  "website",
  "zoneinfo",
];

function isKnownAttribute(pool: UserPoolRecord, name: string): boolean {
  if (STANDARD_ATTRIBUTES.includes(name)) return true;
  return name.startsWith("custom:") && pool.customAttributes.includes(name.slice("custom:".length));
}

/**
 * UserAttributes as a map, checked against the pool's schema: an undeclared custom attribute is refused with
 * Cognito's "Attributes did not conform to the schema" error, and `sub` is Cognito's to set.
 */
export function toAttributeMap(
  pool: UserPoolRecord,
  attributes: readonly AttributeType[],
): Record<string, string> {
  const map: Record<string, string> = {};
  for (const { Name, Value } of attributes) {
    if (Name === "sub") {
      // [UNVERIFIED] the message text.
      throw new InvalidParameterException("Invalid user attributes: sub: Attribute cannot be updated.");
    }
    if (!isKnownAttribute(pool, Name)) {
      throw new InvalidParameterException(
        `Attributes did not conform to the schema: Type for attribute {${Name}} could not be determined`,
      );
    }
    map[Name] = Value ?? "";
  }
  return map;
}

/** A user's attributes as Cognito lists them: `sub` first, then the others. */
export function toAttributeList(user: UserRecord): AttributeType[] {
  return [
    { Name: "sub", Value: user.sub },
    ...Object.entries(user.attributes).map(([Name, Value]) => ({ Name, Value })),
  ];
}
