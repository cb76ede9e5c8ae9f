/**
 * `$input`: the payload (`$input.body`, `$input.json(path)`, `$input.path(path)`) and the method request's
 * parameters (`$input.params()`, `$input.params(name)`). In a response template the payload is the
 * integration response's body; the parameters are still the method request's.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#input-variable-reference
 */
import { evaluateJsonPath } from "./evaluate-json-path";
import { InvalidJsonRequestBodyError, MappingTemplateRenderError } from "./mapping-template-errors";
import { toCompactJson } from "./to-vtl-string";
import { BuiltinVariable } from "./velocity-values";

/** The method request's parameters as `$input.params()` lists them (one value per name). */
export interface MethodRequestParams {
  path: Readonly<Record<string, string>>;
  querystring: Readonly<Record<string, string>>;
  header: Readonly<Record<string, string>>;
}

/** Whether the template maps the method request or the integration response. */
export type TemplateDirection = "request" | "response";

// [REC test_input_body_formatting] a request without a body renders `$input.body` as `{}`.
const EMPTY_PAYLOAD = "{}";

/**
 * `$input` over one payload and the method request's parameters.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#input-variable-reference
 */
export function createInputVariable(
  payload: string | null | undefined,
  params: MethodRequestParams,
  direction: TemplateDirection,
): BuiltinVariable {
  const body = payload ? payload : EMPTY_PAYLOAD;
  let document: { value: unknown } | undefined;
  const read = (path: string) =>
    evaluateJsonPath((document ??= { value: parsePayload(body, direction) }).value, path);
  return new BuiltinVariable(
    { body },
    {
      json: (...args) => (isOnePath(args) ? toInputJson(read(args[0])) : undefined),
      path: (...args) => (isOnePath(args) ? read(args[0]) : undefined),
      params: (...args) => {
        if (args.length === 0) return toParamsMap(params);
        return args.length === 1 && args[0] !== null && args[0] !== undefined
          ? findParam(params, String(args[0]))
          : undefined;
      },
    },
  );
}

function isOnePath(args: unknown[]): args is [string] {
  return args.length === 1 && typeof args[0] === "string";
}

function parsePayload(body: string, direction: TemplateDirection): unknown {
  if (body.trim() === "") return {};
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (direction === "request") throw new InvalidJsonRequestBodyError(detail);
    throw new MappingTemplateRenderError(`Unable to transform response: ${detail}`);
  }
}

/** `$input.json`: the match as JSON; a definite path that matches nothing gives `""` [LS; UNVERIFIED]. */
function toInputJson(value: unknown): string {
  return value === undefined ? '""' : toCompactJson(value);
}

function toParamsMap(params: MethodRequestParams): Record<string, Record<string, string>> {
  return { path: { ...params.path }, querystring: { ...params.querystring }, header: { ...params.header } };
}

/** `$input.params(x)`: path, then query string, then header (DOC); missing gives "" [LS]. */
function findParam(params: MethodRequestParams, name: string): string {
  if (Object.hasOwn(params.path, name)) return params.path[name] as string;
  if (Object.hasOwn(params.querystring, name)) return params.querystring[name] as string;
  if (Object.hasOwn(params.header, name)) return params.header[name] as string;
  // HTTP header names are case-insensitive; AWS's own lookup rule is [UNVERIFIED].
  const wanted = name.toLowerCase();
  const spelled = Object.keys(params.header).find((key) => key.toLowerCase() === wanted);
  return spelled === undefined ? "" : (params.header[spelled] as string);
}
