import type { GatewaySandbox } from "../create-gateway-sandbox";
import type { Clock, Random } from "../ports";
import type { LambdaRuntime } from "../runtime";
import { ServiceException } from "./lambda-api-errors";

/** What every Lambda API operation works with: the sandbox, its ports and where its functions live. */
export interface LambdaApiContext {
  readonly sandbox: GatewaySandbox;
  readonly clock: Clock;
  readonly random: Random;
  readonly accountId: string;
  readonly region: string;
}

/** The context of a sandbox: its ports and location are the data plane's. */
export function toLambdaApiContext(sandbox: GatewaySandbox): LambdaApiContext {
  const { clock, random, accountId, region } = sandbox.dataPlane.env;
  return { sandbox, clock, random, accountId, region };
}

/** The sandbox's Lambda runtime; a sandbox built without one cannot run or deploy functions. */
export function getLambdaRuntimeOrThrow(ctx: LambdaApiContext): LambdaRuntime {
  const runtime = ctx.sandbox.lambdaRuntime;
  if (!runtime) throw new ServiceException("This sandbox runs without the Lambda runtime");
  return runtime;
}

/** `arn:aws:lambda:us-east-1:123456789012:function:name`, with `:qualifier` when given. */
export function toFunctionArn(ctx: LambdaApiContext, functionName: string, qualifier?: string): string {
  const arn = `arn:aws:lambda:${ctx.region}:${ctx.accountId}:function:${functionName}`;
  return qualifier === undefined ? arn : `${arn}:${qualifier}`;
}
