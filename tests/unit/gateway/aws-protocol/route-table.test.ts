import * as sdk from "@aws-sdk/client-api-gateway";
import { describe, expect, it } from "vitest";
import { CONTROL_OPERATIONS } from "@/lib/gateway/control/control-operations";
import { REST_JSON_ROUTES, type QueryMemberType, type RestJsonRoute } from "@/lib/gateway/aws-protocol";

/**
 * The SDK's static Smithy schemas, read as data: an operation is `[9, ns, name, { http: [method, uri,
 * status] }, input, output]`; a structure is `[3, ns, name, traits, memberNames, memberSchemas]`, a member
 * schema being a type or `[type, traits]` (traits an object, or a bit mask where 1 = httpLabel and
 * 16 = httpPayload). Types: 0 string, 1 number, 2 boolean, 64|0 list of strings.
 */
type Schema = unknown;

/** The control plane's conveniences that are not API Gateway actions, so have no wire route. */
const NOT_AWS_ACTIONS = [
  "promoteStageCanary",
  "enableCors",
  "findApiKeyForRequest",
  "recordQuotaUsage",
  "quotaUsageSnapshot",
  "getRestApiSnapshot",
];
/** Actions served with the sandbox's data plane rather than by the control plane. */
const SANDBOX_ACTIONS = ["TestInvokeMethod"];
const deref = (schema: Schema): Schema =>
  typeof schema === "function" ? (schema as () => Schema)() : schema;

interface ModelMember {
  name: string;
  type: unknown;
  traits: Record<string, unknown> | number;
}

function modelMembers(structure: Schema): ModelMember[] {
  const shape = deref(structure) as [number, string, string, unknown, string[], unknown[]];
  if (!Array.isArray(shape) || shape[0] !== 3) return [];
  return shape[4].map((name, index) => {
    const schema = shape[5][index];
    const withTraits = Array.isArray(schema) && schema.length === 2 && typeof schema[1] !== "undefined";
    return withTraits
      ? { name, type: schema[0], traits: schema[1] as Record<string, unknown> | number }
      : { name, type: schema, traits: 0 };
  });
}

const QUERY_TYPES: Record<string, QueryMemberType> = { 0: "string", 1: "integer", 2: "boolean", 64: "list" };

function expectedBindings(action: string): Partial<RestJsonRoute> {
  const [, , , traits, input, output] = (sdk as unknown as Record<string, unknown[]>)[`${action}$`] ?? [];
  const [method, uri, status] = (traits as { http: [string, string, number] }).http;
  const query: Record<string, { member: string; type: QueryMemberType }> = {};
  const bodyNames: Record<string, string> = {};
  const headers: Record<string, string> = {};
  let payload: string | undefined;
  let queryParams: string | undefined;
  for (const member of modelMembers(input)) {
    if (typeof member.traits === "number") {
      if (member.traits & 16) payload = member.name;
      if (member.traits & 64) queryParams = member.name;
      continue;
    }
    const queryName = member.traits.httpQuery;
    if (typeof member.traits.httpHeader === "string") headers[member.traits.httpHeader.toLowerCase()] = member.name;
    else if (typeof queryName === "string")
      query[queryName] = { member: member.name, type: QUERY_TYPES[String(member.type)] ?? "string" };
    else if (typeof member.traits.jsonName === "string" && !member.traits.httpLabel)
      bodyNames[member.traits.jsonName] = member.name;
  }
  const outputHeaders: Record<string, string> = {};
  let outputPayload: string | undefined;
  for (const member of modelMembers(output)) {
    if (typeof member.traits === "number" && member.traits & 16) outputPayload = member.name;
    if (typeof member.traits === "object" && typeof member.traits.httpHeader === "string")
      outputHeaders[member.name] = member.traits.httpHeader.toLowerCase();
  }
  const items = modelMembers(output).find((member) => member.name === "items");
  const itemsJsonName = typeof items?.traits === "object" ? items.traits.jsonName : undefined;
  return {
    method: method as RestJsonRoute["method"],
    uri,
    status,
    ...(Object.keys(query).length > 0 && { query }),
    ...(payload && { payload }),
    ...(queryParams && { queryParams }),
    ...(Object.keys(headers).length > 0 && { headers }),
    ...(outputPayload && { outputPayload }),
    ...(Object.keys(outputHeaders).length > 0 && { outputHeaders }),
    ...(Object.keys(bodyNames).length > 0 && { bodyNames }),
    ...(typeof itemsJsonName === "string" && { itemsJsonName: itemsJsonName as "item" | "values" }),
  };
}

describe("the route table against the AWS SDK's Smithy model", () => {
  it.each(REST_JSON_ROUTES.map((route) => [route.action, route] as const))(
    "%s has the SDK's method, URI, success status and member bindings",
    (action, route) => {
      const { action: _action, ...bindings } = route;
      expect(bindings).toEqual(expectedBindings(action));
    },
  );

  it("serves every AWS action of the control plane exactly once", () => {
    const actions = REST_JSON_ROUTES.map((route) => route.action);
    expect(new Set(actions).size).toBe(actions.length);
    const controlPlaneActions = Object.keys(CONTROL_OPERATIONS)
      .filter((name) => !NOT_AWS_ACTIONS.includes(name))
      .map((name) => `${name.charAt(0).toUpperCase()}${name.slice(1)}`);
    expect([...actions].sort()).toEqual([...controlPlaneActions, ...SANDBOX_ACTIONS].sort());
    expect(actions).toHaveLength(79);
  });
});
