/**
 * The UpdateMethod patch operations that turn a method's request settings into the learner's draft:
 * replace for scalars, add/replace/remove for map entries, with "/" in keys escaped as "~1".
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_UpdateMethod.html
 * @see https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html
 */
import type { Method, PatchOperation } from "@/lib/gateway/control/types";

export interface MethodRequestDraft {
  authorizationType: string;
  authorizerId: string;
  apiKeyRequired: boolean;
  requestValidatorId: string;
  operationName: string;
  requestParameters: Record<string, boolean>;
  requestModels: Record<string, string>;
}

export function toMethodRequestDraft(method: Method): MethodRequestDraft {
  return {
    authorizationType: method.authorizationType,
    authorizerId: method.authorizerId ?? "",
    apiKeyRequired: method.apiKeyRequired,
    requestValidatorId: method.requestValidatorId ?? "",
    operationName: method.operationName ?? "",
    requestParameters: { ...method.requestParameters },
    requestModels: { ...method.requestModels },
  };
}

export function escapePatchKey(key: string): string {
  return key.replaceAll("~", "~0").replaceAll("/", "~1");
}

function diffMap<V>(
  prefix: string,
  before: Record<string, V>,
  after: Record<string, V>,
  toValue: (value: V) => string,
): PatchOperation[] {
  const ops: PatchOperation[] = [];
  for (const key of Object.keys(before)) {
    if (!(key in after)) ops.push({ op: "remove", path: `${prefix}/${escapePatchKey(key)}` });
  }
  for (const [key, value] of Object.entries(after)) {
    const path = `${prefix}/${escapePatchKey(key)}`;
    if (!(key in before)) ops.push({ op: "add", path, value: toValue(value) });
    else if (before[key] !== value) ops.push({ op: "replace", path, value: toValue(value) });
  }
  return ops;
}

export function diffMethodRequest(method: Method, draft: MethodRequestDraft): PatchOperation[] {
  const before = toMethodRequestDraft(method);
  const ops: PatchOperation[] = [];
  // The authorizer is set after the type, and cleared before it changes away from CUSTOM/COGNITO.
  if (before.authorizationType !== draft.authorizationType) {
    ops.push({ op: "replace", path: "/authorizationType", value: draft.authorizationType });
  }
  if (before.authorizerId !== draft.authorizerId) {
    ops.push({ op: "replace", path: "/authorizerId", value: draft.authorizerId });
  }
  if (before.apiKeyRequired !== draft.apiKeyRequired) {
    ops.push({ op: "replace", path: "/apiKeyRequired", value: String(draft.apiKeyRequired) });
  }
  if (before.requestValidatorId !== draft.requestValidatorId) {
    ops.push({ op: "replace", path: "/requestValidatorId", value: draft.requestValidatorId });
  }
  if (before.operationName !== draft.operationName) {
    ops.push({ op: "replace", path: "/operationName", value: draft.operationName });
  }
  ops.push(...diffMap("/requestParameters", before.requestParameters, draft.requestParameters, String));
  ops.push(...diffMap("/requestModels", before.requestModels, draft.requestModels, (v) => v));
  return ops;
}
