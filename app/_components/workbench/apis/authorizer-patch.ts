/**
 * CreateAuthorizer inputs and UpdateAuthorizer patches from the authorizer form's draft.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateAuthorizer-Patch
 */
import type { Authorizer, AuthorizerType, PatchOperation } from "@/lib/gateway/control/types";
import { escapePatchSegment, removeOp, replaceOp } from "./patch-path";

export const DEFAULT_TOKEN_SOURCE = "method.request.header.Authorization";

export interface AuthorizerDraft {
  name: string;
  type: AuthorizerType;
  /** The Lambda function of a TOKEN or REQUEST authorizer. */
  functionArn: string;
  /** An IAM role API Gateway assumes to invoke the function; blank uses the function's resource policy. */
  credentials: string;
  identitySource: string;
  identityValidationExpression: string;
  ttl: string;
  providerARNs: string[];
}

/** API Gateway calls Lambda through this URI form, as in an AWS_PROXY integration. */
export function toLambdaAuthorizerUri(functionArn: string, region = "us-east-1"): string {
  return `arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/${functionArn}/invocations`;
}

export function toFunctionArn(authorizerUri: string | undefined): string | undefined {
  return /:lambda:path\/2015-03-31\/functions\/(.+)\/invocations$/.exec(authorizerUri ?? "")?.[1];
}

export function toAuthorizerDraft(authorizer?: Authorizer): AuthorizerDraft {
  return {
    name: authorizer?.name ?? "",
    type: authorizer?.type ?? "TOKEN",
    functionArn: toFunctionArn(authorizer?.authorizerUri) ?? "",
    credentials: authorizer?.authorizerCredentials ?? "",
    identitySource: authorizer ? (authorizer.identitySource ?? "") : DEFAULT_TOKEN_SOURCE,
    identityValidationExpression: authorizer?.identityValidationExpression ?? "",
    ttl: String(authorizer?.authorizerResultTtlInSeconds ?? 300),
    providerARNs: authorizer?.providerARNs ?? [],
  };
}

type AuthorizerFields = Omit<Authorizer, "id">;

/** The fields that apply to the draft's type; the others are left out (or, on update, cleared). */
export function toAuthorizerFields(draft: AuthorizerDraft): AuthorizerFields {
  const fields: AuthorizerFields = {
    name: draft.name.trim(),
    type: draft.type,
    authorizerResultTtlInSeconds: Number(draft.ttl.trim() || "300"),
  };
  if (draft.identitySource.trim()) fields.identitySource = draft.identitySource.trim();
  if (draft.type === "COGNITO_USER_POOLS") {
    fields.providerARNs = [...draft.providerARNs];
    return fields;
  }
  if (draft.functionArn) fields.authorizerUri = toLambdaAuthorizerUri(draft.functionArn);
  if (draft.credentials.trim()) fields.authorizerCredentials = draft.credentials.trim();
  if (draft.type === "TOKEN" && draft.identityValidationExpression.trim())
    fields.identityValidationExpression = draft.identityValidationExpression.trim();
  return fields;
}

const STRING_FIELDS = [
  "name",
  "type",
  "authorizerUri",
  "authorizerCredentials",
  "identitySource",
  "identityValidationExpression",
] as const;

/** Replace ops for the changed scalar fields, add/remove ops for the user pools. */
export function toAuthorizerPatch(original: Authorizer, draft: AuthorizerDraft): PatchOperation[] {
  const next = toAuthorizerFields(draft);
  const ops: PatchOperation[] = [];
  for (const field of STRING_FIELDS) {
    if ((next[field] ?? "") !== (original[field] ?? "")) ops.push(replaceOp(`/${field}`, next[field] ?? ""));
  }
  if (next.authorizerResultTtlInSeconds !== original.authorizerResultTtlInSeconds)
    ops.push(replaceOp("/authorizerResultTtlInSeconds", String(next.authorizerResultTtlInSeconds)));
  const before = original.providerARNs ?? [];
  const after = next.providerARNs ?? [];
  for (const arn of after.filter((candidate) => !before.includes(candidate)))
    ops.push({ op: "add", path: `/providerARNs/${escapePatchSegment(arn)}` });
  for (const arn of before.filter((candidate) => !after.includes(candidate)))
    ops.push(removeOp(`/providerARNs/${escapePatchSegment(arn)}`));
  return ops;
}
