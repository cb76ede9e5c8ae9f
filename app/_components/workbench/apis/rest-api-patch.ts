/**
 * UpdateRestApi patches for the settings panel: replace on the scalar fields, add/remove on
 * `/binaryMediaTypes/{type}` (the list itself cannot be patched), replace/remove on `/policy`.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateRestApi-Patch
 */
import type { ApiKeySource, PatchOperation, RestApi } from "@/lib/gateway/control/types";
import { escapePatchSegment, removeOp, replaceOp } from "./patch-path";

export interface RestApiDraft {
  name: string;
  description: string;
  apiKeySource: ApiKeySource;
  /** Bytes; blank turns compression off. */
  minimumCompressionSize: string;
  disableExecuteApiEndpoint: boolean;
}

export function toRestApiDraft(api: RestApi): RestApiDraft {
  return {
    name: api.name,
    description: api.description ?? "",
    apiKeySource: api.apiKeySource,
    minimumCompressionSize:
      api.minimumCompressionSize === undefined ? "" : String(api.minimumCompressionSize),
    disableExecuteApiEndpoint: api.disableExecuteApiEndpoint,
  };
}

export function toRestApiPatch(api: RestApi, draft: RestApiDraft): PatchOperation[] {
  const before = toRestApiDraft(api);
  const ops: PatchOperation[] = [];
  if (draft.name.trim() !== before.name) ops.push(replaceOp("/name", draft.name.trim()));
  if (draft.description.trim() !== before.description)
    ops.push(
      draft.description.trim()
        ? replaceOp("/description", draft.description.trim())
        : removeOp("/description"),
    );
  if (draft.apiKeySource !== before.apiKeySource) ops.push(replaceOp("/apiKeySource", draft.apiKeySource));
  if (draft.minimumCompressionSize.trim() !== before.minimumCompressionSize)
    ops.push(replaceOp("/minimumCompressionSize", draft.minimumCompressionSize.trim()));
  if (draft.disableExecuteApiEndpoint !== before.disableExecuteApiEndpoint)
    ops.push(replaceOp("/disableExecuteApiEndpoint", String(draft.disableExecuteApiEndpoint)));
  return ops;
}

export function toBinaryMediaTypePatch(op: "add" | "remove", mediaType: string): PatchOperation {
  return { op, path: `/binaryMediaTypes/${escapePatchSegment(mediaType.trim())}` };
}

/** A stored policy (a JSON string, sometimes compact) shown indented. */
export function formatPolicy(policy: string | undefined): string {
  if (!policy) return "";
  try {
    return JSON.stringify(JSON.parse(policy), null, 2);
  } catch {
    return policy;
  }
}

/** Blank removes the policy; otherwise the text must be a JSON object, sent compact as AWS stores it. */
export function toPolicyPatch(text: string): PatchOperation {
  if (!text.trim()) return removeOp("/policy");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`The resource policy is not valid JSON (${(error as Error).message}).`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new Error(
      'The resource policy must be a JSON object such as {"Version": "2012-10-17", "Statement": [...]}.',
    );
  return replaceOp("/policy", JSON.stringify(parsed));
}

/** The console's example: allow execute-api:Invoke on every method and stage, from one IP range only. */
export function toExamplePolicy(restApiId: string, accountId = "123456789012"): string {
  const resource = `arn:aws:execute-api:us-east-1:${accountId}:${restApiId}/*`;
  return JSON.stringify(
    {
      Version: "2012-10-17",
      Statement: [
        { Effect: "Allow", Principal: "*", Action: "execute-api:Invoke", Resource: resource },
        {
          Effect: "Deny",
          Principal: "*",
          Action: "execute-api:Invoke",
          Resource: resource,
          Condition: { NotIpAddress: { "aws:SourceIp": ["203.0.113.0/24"] } },
        },
      ],
    },
    null,
    2,
  );
}
