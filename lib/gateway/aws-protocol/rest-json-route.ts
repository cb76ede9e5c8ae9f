import type { ControlPlaneOperations } from "../control";
import type { SandboxOperations } from "./sandbox-operations";

/**
 * An API Gateway V1 action the endpoint serves, e.g. "CreateRestApi": the control plane's, and those
 * that need the rest of the sandbox (TestInvokeMethod runs the data plane).
 */
export type RestJsonAction = Capitalize<(keyof ControlPlaneOperations | keyof SandboxOperations) & string>;

/** How a query-string member is typed in the Smithy model: it decides how the text is converted. */
export type QueryMemberType = "string" | "integer" | "boolean" | "list";

/** One `@httpQuery` binding: the input member it fills and its type. */
export interface QueryBinding {
  member: string;
  type: QueryMemberType;
}

/**
 * One operation of the `restJson1` protocol: its `@http` trait (method, URI template, success code) and
 * the member bindings that differ from the protocol's default (every other input member is a JSON body
 * field of the same name).
 * @see https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html
 */
export interface RestJsonRoute {
  action: RestJsonAction;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The URI template with `{member}` labels, and a literal query such as `?mode=import`. */
  uri: string;
  status: number;
  /** Query-string name → input member. */
  query?: Readonly<Record<string, QueryBinding>>;
  /** The member bound with `@httpPayload`: it receives the raw request body. */
  payload?: string;
  /** The member bound with `@httpQueryParams`: a map of every query parameter not bound otherwise. */
  queryParams?: string;
  /** Request header (lower case) → input member, for `@httpHeader` members (GetExport's `Accept`). */
  headers?: Readonly<Record<string, string>>;
  /** The output member bound with `@httpPayload`: it is the whole response body (GetExport's document). */
  outputPayload?: string;
  /** Output member → response header, for `@httpHeader` output members. */
  outputHeaders?: Readonly<Record<string, string>>;
  /** Body field (`@jsonName`) → input member, where they differ. */
  bodyNames?: Readonly<Record<string, string>>;
  /** The `@jsonName` of the output's `items` member ("item" for pages, "values" for Usage). */
  itemsJsonName?: "item" | "values";
}

/** `position` and `limit`, the paging query of every Get* list operation. */
export const PAGE_QUERY: Readonly<Record<string, QueryBinding>> = {
  position: { member: "position", type: "string" },
  limit: { member: "limit", type: "integer" },
};

/** The query of a paged list, plus `extra` bindings. */
export function pageQuery(extra: Record<string, QueryBinding> = {}): Record<string, QueryBinding> {
  return { ...PAGE_QUERY, ...extra };
}

/** A list operation: paged query and `items` serialised as `item`. */
export function listRoute(
  action: RestJsonAction,
  uri: string,
  extraQuery: Record<string, QueryBinding> = {},
): RestJsonRoute {
  return { action, method: "GET", uri, status: 200, query: pageQuery(extraQuery), itemsJsonName: "item" };
}

/** A noun with Get, Update and Delete actions, e.g. "Model". */
export type ItemNoun = {
  [A in RestJsonAction]: A extends `Get${infer N}`
    ? `Update${N}` extends RestJsonAction
      ? `Delete${N}` extends RestJsonAction
        ? N
        : never
      : never
    : never;
}[RestJsonAction];

/** The Get/Update/Delete trio on one item URI (200, 200, and `deleteStatus`: 202 or 204). */
export function itemRoutes(
  noun: ItemNoun,
  uri: string,
  deleteStatus: 202 | 204,
  getQuery?: Readonly<Record<string, QueryBinding>>,
): RestJsonRoute[] {
  return [
    { action: `Get${noun}`, method: "GET", uri, status: 200, ...(getQuery && { query: getQuery }) },
    { action: `Update${noun}`, method: "PATCH", uri, status: 200 },
    { action: `Delete${noun}`, method: "DELETE", uri, status: deleteStatus },
  ];
}
