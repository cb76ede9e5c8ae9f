import { BadRequestException, ConflictException } from "./api-gateway-error";
import type { Resource } from "./types";

const PATH_PART = /^(?:[a-zA-Z0-9._-]+|\{[a-zA-Z0-9._-]+\+?\})$/;

/** `{name}` or `{name+}`. */
export function isVariablePathPart(pathPart: string | undefined): boolean {
  return pathPart !== undefined && pathPart.startsWith("{") && pathPart.endsWith("}");
}

/** `{name+}`: matches the rest of the path, so it must be the last segment. */
export function isGreedyPathPart(pathPart: string | undefined): boolean {
  return pathPart !== undefined && pathPart.startsWith("{") && pathPart.endsWith("+}");
}

/**
 * The rules a new or renamed resource must satisfy under `parent`, in the order AWS checks them, with
 * its messages [REC LS:test_apigateway_api::test_create_proxy_resource_validation, test_update_resource_behaviour].
 * `siblings` are the parent's other children.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-request.html#setup-method-resources
 */
export function assertPathPartAllowed(
  parent: Resource,
  siblings: readonly Resource[],
  pathPart: string,
): void {
  if (isGreedyPathPart(parent.pathPart)) {
    throw new BadRequestException(
      `Cannot create a child of a resource with a greedy path variable: ${parent.pathPart}`,
    );
  }
  if (!PATH_PART.test(pathPart)) {
    // [UNVERIFIED] wording (as moto words it); the rule itself is AWS's.
    throw new BadRequestException(
      "Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end and an optional plus sign before the closing brace.",
    );
  }
  if (siblings.some((sibling) => sibling.pathPart === pathPart)) {
    throw new ConflictException(`Another resource with the same parent already has this name: ${pathPart}`);
  }
  const variableSibling =
    isVariablePathPart(pathPart) && siblings.find((s) => isVariablePathPart(s.pathPart));
  if (variableSibling) {
    throw new BadRequestException(
      `A sibling (${variableSibling.pathPart}) of this resource already has a variable path part -- only one is allowed`,
    );
  }
}

/** The full path of a child of `parent`. */
export function toChildPath(parent: Resource, pathPart: string): string {
  return parent.path === "/" ? `/${pathPart}` : `${parent.path}/${pathPart}`;
}
