/** The method request's parameters as one object, computed once per request and shared by later stages. */
import type { MethodRequestValues } from "../validation";
import type { InvocationContext } from "./context";

export function methodValuesOf(ctx: InvocationContext): MethodRequestValues {
  if (ctx.methodValues) return ctx.methodValues;
  const parsed = ctx.parsed!;
  const querystring: Record<string, readonly string[]> = {};
  for (const [name, values] of parsed.query) querystring[name] = values;
  ctx.methodValues = {
    headers: parsed.headers.toMultiValue(),
    querystring,
    path: ctx.routed?.pathParameters ?? {},
  };
  return ctx.methodValues;
}
