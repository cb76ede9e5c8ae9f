import type { MethodVerb } from "./types";

/** The console's default `Access-Control-Allow-Headers` list [DOC how-to-cors-console, spec 1.4]. */
export const DEFAULT_CORS_ALLOW_HEADERS = [
  "Content-Type",
  "X-Amz-Date",
  "Authorization",
  "X-Api-Key",
  "X-Amz-Security-Token",
];

/** What `ANY` stands for in `Access-Control-Allow-Methods`, as the docs' preflight example lists it [DOC spec 1.4]. */
const EVERY_METHOD = ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"];

export interface CorsOptions {
  allowMethods: readonly MethodVerb[];
  allowHeaders?: readonly string[];
  allowOrigin?: string;
  exposeHeaders?: readonly string[];
  maxAge?: number;
}

/** Header name to its value, for the preflight (OPTIONS) response and for the actual responses. */
export interface CorsHeaderValues {
  preflight: Record<string, string>;
  actual: Record<string, string>;
}

/**
 * The CORS header values "Enable CORS" writes: methods are the chosen ones plus OPTIONS, alphabetical
 * (`ANY` standing for all seven), headers default to the console's list, origin to `*`.
 * `Access-Control-Max-Age` goes on the preflight only, `Access-Control-Expose-Headers` on actual
 * responses only, which is where browsers read them.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors-console.html
 */
export function toCorsHeaderValues(options: CorsOptions): CorsHeaderValues {
  const methods = options.allowMethods.includes("ANY")
    ? EVERY_METHOD
    : [...new Set<string>([...options.allowMethods, "OPTIONS"])].sort();
  const origin = options.allowOrigin ?? "*";
  const preflight: Record<string, string> = {
    "Access-Control-Allow-Headers": (options.allowHeaders ?? DEFAULT_CORS_ALLOW_HEADERS).join(","),
    "Access-Control-Allow-Methods": methods.join(","),
    "Access-Control-Allow-Origin": origin,
  };
  if (options.maxAge !== undefined) preflight["Access-Control-Max-Age"] = String(options.maxAge);
  const actual: Record<string, string> = { "Access-Control-Allow-Origin": origin };
  if (options.exposeHeaders?.length)
    actual["Access-Control-Expose-Headers"] = options.exposeHeaders.join(",");
  return { preflight, actual };
}

/** `method.response.header.X` to `false` (declared, not required), as the console declares them. */
export function toDeclaredHeaders(
  headers: Readonly<Record<string, string>>,
  prefix: string,
): Record<string, boolean> {
  return Object.fromEntries(Object.keys(headers).map((name) => [`${prefix}${name}`, false]));
}

/** `<prefix>X` to the static value `'v'` (mapping expressions quote literals). */
export function toStaticMappings(
  headers: Readonly<Record<string, string>>,
  prefix: string,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [`${prefix}${name}`, `'${value}'`]),
  );
}
