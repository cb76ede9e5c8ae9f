/**
 * The facts about a request that IAM condition keys read, and the condition context built from them and
 * from the caller. For a request through an interface VPC endpoint `aws:SourceIp` is absent and
 * `aws:VpcSourceIp` holds the address instead, as AWS documents; for an anonymous caller the principal
 * keys are absent (aws:PrincipalType is `Anonymous`).
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 */
import type { ResolvedCredential } from "./credential-resolver";
import type { IamPrincipal } from "./iam-principal";
import type { ConditionContext } from "./policy-document";

export interface RequestFacts {
  readonly sourceIp: string;
  /** The interface VPC endpoint the request came through (private APIs), e.g. `vpce-1a2b3c4d`. */
  readonly sourceVpce?: string;
  /** The VPC of that endpoint, e.g. `vpc-2f09a348`. */
  readonly sourceVpc?: string;
  readonly userAgent?: string;
  readonly referer?: string;
  /** Whether the request came over TLS; execute-api endpoints are HTTPS only, so true by default. */
  readonly secureTransport?: boolean;
  /** Clock reading when the request arrived (epoch ms). */
  readonly now: number;
}

export interface ConditionCaller {
  readonly principal: IamPrincipal;
  readonly credential?: ResolvedCredential;
}

const toIsoSeconds = (epochMs: number) => new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, "Z");

function principalKeys(caller: ConditionCaller | null): Record<string, string | undefined> {
  if (!caller) return { "aws:principaltype": "Anonymous" };
  const { principal, credential } = caller;
  return {
    "aws:principaltype": principal.type,
    "aws:principalarn": principal.type === "User" ? principal.arn : principal.roleArn,
    "aws:principalaccount": principal.accountId,
    "aws:userid": principal.id,
    "aws:username": principal.type === "User" ? principal.userName : undefined,
    "aws:principalisawsservice": "false",
    "aws:tokenissuetime":
      credential?.issuedAt === undefined ? undefined : toIsoSeconds(credential.issuedAt * 1000),
  };
}

export function toConditionContext(facts: RequestFacts, caller: ConditionCaller | null): ConditionContext {
  const viaEndpoint = facts.sourceVpce !== undefined;
  return {
    "aws:sourceip": viaEndpoint ? undefined : facts.sourceIp,
    "aws:vpcsourceip": viaEndpoint ? facts.sourceIp : undefined,
    "aws:sourcevpce": facts.sourceVpce,
    "aws:sourcevpc": facts.sourceVpc,
    "aws:useragent": facts.userAgent,
    "aws:referer": facts.referer,
    "aws:securetransport": String(facts.secureTransport ?? true),
    "aws:currenttime": toIsoSeconds(facts.now),
    "aws:epochtime": String(Math.floor(facts.now / 1000)),
    ...principalKeys(caller),
  };
}
