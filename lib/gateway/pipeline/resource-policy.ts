/**
 * What the IAM module needs to know about a request to evaluate policies: its method ARN and the facts
 * condition keys read (aws:SourceIp, aws:SourceVpce...). A request through an interface VPC endpoint
 * carries `x-amzn-vpce-id`, which is how a private API learns the endpoint [DOC private APIs]; in the
 * simulator a learner sets that header to play the part of such a request.
 */
import { toMethodArn, type RequestFacts } from "../iam";
import type { InvocationContext } from "./context";

export function methodArnOf(ctx: InvocationContext): string {
  return toMethodArn({
    region: ctx.env.region,
    accountId: ctx.env.accountId,
    apiId: ctx.request.apiId,
    stage: ctx.parsed!.stageName,
    httpMethod: ctx.parsed!.httpMethod,
    path: ctx.parsed!.path,
  });
}

export function requestFactsOf(ctx: InvocationContext): RequestFacts {
  const headers = ctx.parsed!.headers;
  return {
    sourceIp: ctx.request.sourceIp,
    sourceVpce: headers.get("x-amzn-vpce-id"),
    userAgent: headers.get("user-agent"),
    referer: headers.get("referer"),
    now: ctx.env.clock.now(),
  };
}
