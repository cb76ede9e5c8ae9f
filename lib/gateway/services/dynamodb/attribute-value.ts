/**
 * DynamoDB's typed attribute values in their JSON-protocol shape: exactly one member set, numbers as strings,
 * binaries as base64 strings.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeValue.html
 */
export interface AttributeValue {
  S?: string;
  N?: string;
  B?: string;
  BOOL?: boolean;
  NULL?: boolean;
  SS?: string[];
  NS?: string[];
  BS?: string[];
  L?: AttributeValue[];
  M?: AttributeMap;
}

/** An item, a key, or a map value: attribute names to values. */
export type AttributeMap = { [name: string]: AttributeValue };

export type AttributeType = "S" | "N" | "B" | "BOOL" | "NULL" | "SS" | "NS" | "BS" | "L" | "M";

export const ATTRIBUTE_TYPES: readonly AttributeType[] = [
  "S",
  "N",
  "B",
  "BOOL",
  "NULL",
  "SS",
  "NS",
  "BS",
  "L",
  "M",
];

/** The type of a validated value (the one member that is set). */
export function attributeTypeOf(value: AttributeValue): AttributeType {
  for (const type of ATTRIBUTE_TYPES) {
    if (value[type] !== undefined) return type;
  }
  return "NULL";
}

/** True for the three set types. */
export function isSetType(type: AttributeType): type is "SS" | "NS" | "BS" {
  return type === "SS" || type === "NS" || type === "BS";
}

/** The decoded bytes of a base64 binary value. */
export function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A deep copy, so stored items never share structure with requests or responses. */
export function cloneAttributeMap(item: AttributeMap): AttributeMap {
  return JSON.parse(JSON.stringify(item)) as AttributeMap;
}
