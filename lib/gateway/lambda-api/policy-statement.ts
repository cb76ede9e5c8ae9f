/**
 * One statement of a function's resource-based policy, as AddPermission writes it and GetPolicy returns it:
 * `{"Sid","Effect":"Allow","Principal","Action","Resource","Condition"}` in that order.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_AddPermission.html
 */
export interface PolicyStatement {
  readonly Sid: string;
  readonly Effect: "Allow";
  readonly Principal: "*" | { readonly Service: string } | { readonly AWS: string };
  readonly Action: string;
  readonly Resource: string;
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** The AddPermission members that shape a statement. */
export interface PermissionGrant {
  readonly StatementId: string;
  readonly Action: string;
  readonly Principal: string;
  readonly SourceArn?: string;
  readonly SourceAccount?: string;
  readonly PrincipalOrgID?: string;
  readonly EventSourceToken?: string;
  readonly FunctionUrlAuthType?: string;
}

/** AWS's statement for a grant: a service, an account (as its root ARN), an ARN, or everyone. */
export function toPolicyStatement(grant: PermissionGrant, functionArn: string): PolicyStatement {
  const condition = toCondition(grant);
  return {
    Sid: grant.StatementId,
    Effect: "Allow",
    Principal: toPrincipal(grant.Principal),
    Action: grant.Action,
    Resource: functionArn,
    ...(condition && { Condition: condition }),
  };
}

function toPrincipal(principal: string): PolicyStatement["Principal"] {
  if (principal === "*") return "*";
  if (/^\d{12}$/.test(principal)) return { AWS: `arn:aws:iam::${principal}:root` };
  if (principal.startsWith("arn:")) return { AWS: principal };
  return { Service: principal };
}

function toCondition(grant: PermissionGrant): PolicyStatement["Condition"] {
  const equals: Record<string, string> = {};
  if (grant.SourceAccount !== undefined) equals["AWS:SourceAccount"] = grant.SourceAccount;
  if (grant.PrincipalOrgID !== undefined) equals["aws:PrincipalOrgID"] = grant.PrincipalOrgID;
  if (grant.EventSourceToken !== undefined) equals["lambda:EventSourceToken"] = grant.EventSourceToken;
  if (grant.FunctionUrlAuthType !== undefined)
    equals["lambda:FunctionUrlAuthType"] = grant.FunctionUrlAuthType;
  const condition: Record<string, Record<string, string>> = {};
  if (Object.keys(equals).length > 0) condition.StringEquals = equals;
  if (grant.SourceArn !== undefined) condition.ArnLike = { "AWS:SourceArn": grant.SourceArn };
  return Object.keys(condition).length > 0 ? condition : undefined;
}

/** The policy document GetPolicy returns, as the JSON text Lambda sends. */
export function toPolicyDocument(statements: readonly PolicyStatement[]): string {
  return JSON.stringify({ Version: "2012-10-17", Id: "default", Statement: statements });
}
