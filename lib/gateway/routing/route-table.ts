/**
 * REST API resource matching. A deployment's resources become a tree once (cached per frozen snapshot);
 * each request then walks it segment by segment, so routing cost depends on path depth, not on how many
 * resources the API has. Priority follows AWS: a literal part beats `{param}`, which beats a greedy
 * `{proxy+}`; when a more specific branch cannot consume the whole path, matching falls back to the
 * next candidate (a greedy sibling higher up still catches the request).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-request.html
 */
import type { ApiSnapshot, Resource } from "../control/types";

interface RouteNode {
  resource?: Resource;
  literals: Map<string, RouteNode>;
  param?: { name: string; node: RouteNode };
  greedy?: { name: string; resource: Resource };
}

export interface RouteMatch {
  resource: Resource;
  /** null for a resource without path variables, as in the proxy event (REC). */
  pathParameters: Record<string, string> | null;
}

export interface RouteTable {
  match(path: string): RouteMatch | undefined;
  readonly resourceCount: number;
}

const newNode = (): RouteNode => ({ literals: new Map() });

function variableName(pathPart: string): { name: string; greedy: boolean } | undefined {
  const m = /^\{([^{}]+?)(\+)?\}$/.exec(pathPart);
  return m?.[1] ? { name: m[1], greedy: m[2] === "+" } : undefined;
}

function insert(root: RouteNode, resource: Resource): void {
  const parts = resource.path.split("/").filter((p) => p !== "");
  let node = root;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? "";
    const variable = variableName(part);
    if (variable?.greedy) {
      node.greedy = { name: variable.name, resource };
      return; // AWS refuses children under a greedy resource, so it is always the last part
    }
    if (variable) {
      node.param ??= { name: variable.name, node: newNode() };
      node = node.param.node;
    } else {
      let child = node.literals.get(part);
      if (!child) node.literals.set(part, (child = newNode()));
      node = child;
    }
  }
  node.resource = resource;
}

function walk(
  node: RouteNode,
  segments: readonly string[],
  i: number,
  params: Record<string, string>,
): RouteMatch | undefined {
  if (i === segments.length) {
    if (!node.resource) return undefined;
    return { resource: node.resource, pathParameters: Object.keys(params).length ? { ...params } : null };
  }
  const segment = segments[i] ?? "";
  const literal = node.literals.get(segment);
  const viaLiteral = literal && walk(literal, segments, i + 1, params);
  if (viaLiteral) return viaLiteral;
  if (node.param && segment !== "") {
    params[node.param.name] = segment;
    const viaParam = walk(node.param.node, segments, i + 1, params);
    delete params[node.param.name];
    if (viaParam) return viaParam;
  }
  if (node.greedy) {
    const rest = segments.slice(i).join("/");
    if (rest !== "") {
      return { resource: node.greedy.resource, pathParameters: { ...params, [node.greedy.name]: rest } };
    }
  }
  return undefined;
}

/**
 * Splits a stage-relative path into segments: the leading slashes go (REC: `/stage//x` routes as `/x`),
 * one trailing slash goes (REC: `/proxy-value/` gives `proxy: "proxy-value"`), inner `//` stay so a
 * greedy variable keeps them (REC).
 */
export function toPathSegments(path: string): string[] {
  const trimmed = path.replace(/^\/+/, "").replace(/\/$/, "");
  return trimmed === "" ? [] : trimmed.split("/");
}

export function buildRouteTable(resources: readonly Resource[]): RouteTable {
  const root = newNode();
  for (const resource of resources) insert(root, resource);
  return {
    resourceCount: resources.length,
    match: (path) => walk(root, toPathSegments(path), 0, {}),
  };
}

const tables = new WeakMap<ApiSnapshot, RouteTable>();

/** The route table of a deployment, built on first use; snapshots are frozen, so it never goes stale. */
export function routeTableFor(snapshot: ApiSnapshot): RouteTable {
  let table = tables.get(snapshot);
  if (!table) tables.set(snapshot, (table = buildRouteTable(snapshot.resources)));
  return table;
}
