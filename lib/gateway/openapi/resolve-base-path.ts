import { BadRequestException } from "../control/api-gateway-error";
import type { BasePathMode, DefinitionDocument, DefinitionVersion } from "./definition-types";
import { isDefinitionObject } from "./read-definition-value";

const MODES: readonly BasePathMode[] = ["ignore", "prepend", "split"];

/** The `basepath` import parameter; `ignore` when absent [DOC]. */
export function readBasePathMode(value: string | undefined): BasePathMode {
  if (value === undefined || value === "") return "ignore";
  if (!(MODES as readonly string[]).includes(value)) {
    // [UNVERIFIED] wording.
    throw new BadRequestException(
      `Invalid basepath parameter: ${value}. Valid values are ${MODES.join(",")}`,
    );
  }
  return value as BasePathMode;
}

/**
 * The path every resource of the definition goes under: nothing with `ignore`, the base path with
 * `prepend`, the base path without its first part with `split` (`/a/b/c` gives `/b/c`). Swagger 2.0 has
 * `basePath`; for OpenAPI 3.0 it is the first server's `basePath` variable, else the path of its URL.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api-basePath.html
 */
export function resolveBasePath(
  document: DefinitionDocument,
  version: DefinitionVersion,
  mode: BasePathMode,
): string {
  if (mode === "ignore") return "";
  const basePath = version === "swagger" ? swaggerBasePath(document) : serverBasePath(document);
  const parts = basePath.split("/").filter((part) => part !== "");
  const kept = mode === "split" ? parts.slice(1) : parts;
  return kept.length === 0 ? "" : `/${kept.join("/")}`;
}

function swaggerBasePath(document: DefinitionDocument): string {
  return typeof document.basePath === "string" ? document.basePath : "";
}

function serverBasePath(document: DefinitionDocument): string {
  const servers = Array.isArray(document.servers) ? document.servers.filter(isDefinitionObject) : [];
  const withVariable = servers.find((server) => variableDefault(server, "basePath") !== undefined);
  if (withVariable) return variableDefault(withVariable, "basePath") ?? "";
  const first = servers[0];
  if (!first || typeof first.url !== "string") return "";
  const path =
    /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)?$/i.exec(first.url)?.[1] ??
    (first.url.startsWith("/") ? first.url : "");
  return path.replace(/\{([^}]+)\}/g, (_whole, name: string) => variableDefault(first, name) ?? "");
}

function variableDefault(server: Record<string, unknown>, name: string): string | undefined {
  const variables = server.variables;
  if (!isDefinitionObject(variables)) return undefined;
  const variable = variables[name];
  if (!isDefinitionObject(variable)) return undefined;
  return variable.default === undefined ? undefined : String(variable.default);
}
