/**
 * routeRequest: finds the stage's deployment (or its canary's), the resource and the method. Anything that
 * does not resolve is 403 Missing Authentication Token, exactly as AWS hides unknown stages, paths and
 * methods behind one answer (REC LS test_routing_not_found).
 */
import type { Method, MethodVerb, Resource } from "../../control/types";
import { MissingAuthenticationTokenError } from "../../errors";
import { routeTableFor } from "../../routing/route-table";
import type { DeployedStage, InvocationContext } from "../context";
import { traceStage, traceValue } from "../trace";

/** The method a request runs: the one defined for its verb, else `ANY` (DOC). */
export function selectMethod(resource: Resource, httpMethod: string): Method | undefined {
  const methods = resource.resourceMethods;
  return methods?.[httpMethod as MethodVerb] ?? methods?.ANY;
}

/** Canary routing: `percentTraffic` of requests go to the canary deployment, decided by the Random port. */
function pickDeployment(ctx: InvocationContext, deployed: DeployedStage) {
  const canary = deployed.canary;
  const variables = deployed.stage.variables ?? {};
  if (canary && ctx.env.random.next() * 100 < canary.settings.percentTraffic) {
    const overrides = canary.settings.stageVariableOverrides ?? {};
    return { snapshot: canary.snapshot, isCanary: true, stageVariables: { ...variables, ...overrides } };
  }
  return { snapshot: deployed.snapshot, isCanary: false, stageVariables: variables };
}

export function routeRequest(ctx: InvocationContext): void {
  const parsed = ctx.parsed;
  if (!parsed) throw new Error("routeRequest runs after parseRequest");
  const deployed = ctx.env.stages.findStage(ctx.request.apiId, parsed.stageName);
  if (!deployed) {
    traceStage(
      ctx,
      "routeRequest",
      `No stage named '${parsed.stageName}' on API ${ctx.request.apiId}`,
    ).decisive = true;
    throw new MissingAuthenticationTokenError();
  }
  const chosen = pickDeployment(ctx, deployed);
  const match = routeTableFor(chosen.snapshot).match(parsed.path);
  const method = match && selectMethod(match.resource, parsed.httpMethod);
  if (!match || !method) {
    const why = match
      ? `no ${parsed.httpMethod} or ANY method on ${match.resource.path}`
      : "no resource matches";
    traceStage(ctx, "routeRequest", `Routing ${parsed.httpMethod} ${parsed.path}: ${why}`).decisive = true;
    throw new MissingAuthenticationTokenError();
  }
  ctx.routed = {
    deployed,
    ...chosen,
    resource: match.resource,
    method,
    pathParameters: match.pathParameters,
  };
  traceStage(
    ctx,
    "routeRequest",
    `Stage: ${deployed.stage.stageName} (deployment ${chosen.isCanary ? deployed.canary?.deploymentId : deployed.deploymentId}${chosen.isCanary ? ", canary" : ""})`,
    `Resource: ${match.resource.path}, method: ${method.httpMethod}`,
    `Method request path: ${traceValue(match.pathParameters ?? {})}`,
    `Method request query string: ${traceValue(Object.fromEntries(parsed.query))}`,
    `Method request headers: ${traceValue(parsed.headers.toSingleValue())}`,
    `Method request body before transformations: ${traceValue(parsed.body ?? "")}`,
  );
}
