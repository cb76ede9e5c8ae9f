import { SerializationException, UnknownOperationException } from "../aws-protocol";
import { LAMBDA_ROUTES, type LambdaRoute } from "./lambda-routes";

export interface LambdaRouteMatch {
  readonly route: LambdaRoute;
  /** The URI labels, percent-decoded: `{ FunctionName: "arn:aws:lambda:...:function:hello" }`. */
  readonly labels: Readonly<Record<string, string>>;
}

/**
 * The operation for a method and a path relative to the endpoint (`/2015-03-31/functions/hello/invocations`).
 * A trailing slash is ignored: Lambda's reference writes ListFunctions as `GET /2015-03-31/functions/`.
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_ListFunctions.html
 */
export function findLambdaRouteOrThrow(method: string, path: string): LambdaRouteMatch {
  const segments = toSegments(path);
  const verb = method.toUpperCase();
  for (const route of LAMBDA_ROUTES) {
    if (route.method !== verb) continue;
    const labels = matchTemplate(route.uri, segments);
    if (labels) return { route, labels };
  }
  throw new UnknownOperationException(`Unknown operation: ${verb} ${path}`);
}

function toSegments(path: string): string[] {
  const trimmed = (path.split("?")[0] ?? "").replace(/^\/+|\/+$/g, "");
  if (trimmed === "") return [];
  return trimmed.split("/").map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      throw new SerializationException(`Malformed percent-encoding in path segment "${segment}"`);
    }
  });
}

function matchTemplate(uri: string, segments: readonly string[]): Record<string, string> | undefined {
  const template = uri.split("/").filter((part) => part !== "");
  if (template.length !== segments.length) return undefined;
  const labels: Record<string, string> = {};
  for (const [index, part] of template.entries()) {
    const actual = segments[index] ?? "";
    const label = /^\{(\w+)\}$/.exec(part)?.[1];
    if (label !== undefined) {
      if (actual === "") return undefined;
      labels[label] = actual;
    } else if (part !== actual) return undefined;
  }
  return labels;
}
