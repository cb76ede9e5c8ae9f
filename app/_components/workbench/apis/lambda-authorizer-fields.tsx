"use client";
/** The Lambda function, identity sources and (TOKEN only) validation expression of a Lambda authorizer. */
import { Empty, ErrorNote, Loading, SelectInput, TextInput } from "../controls";
import type { AuthorizerDraft } from "./authorizer-patch";
import { useLambdaFunctions } from "./use-authorizer-sources";

export function LambdaAuthorizerFields({
  draft,
  onChange,
}: {
  draft: AuthorizerDraft;
  onChange: (patch: Partial<AuthorizerDraft>) => void;
}) {
  const functions = useLambdaFunctions();
  const options = functions.data ?? [];
  const missing = draft.functionArn && !options.some((fn) => fn.arn === draft.functionArn);
  const token = draft.type === "TOKEN";
  return (
    <div className="space-y-3">
      {functions.loading && !functions.data ? <Loading label="Loading Lambda functions…" /> : null}
      <ErrorNote error={functions.error} />
      {functions.data && options.length === 0 && !draft.functionArn ? (
        <Empty>No Lambda functions yet: create the authorizer function in the Lambda section first.</Empty>
      ) : null}
      {options.length > 0 || draft.functionArn ? (
        <SelectInput
          label="Lambda function"
          value={draft.functionArn}
          onChange={(event) => onChange({ functionArn: event.target.value })}
          required
          options={[
            { value: "", label: "Choose a function…" },
            ...(missing ? [{ value: draft.functionArn, label: `${draft.functionArn} (not found)` }] : []),
            ...options.map((fn) => ({ value: fn.arn, label: fn.name })),
          ]}
        />
      ) : null}
      <TextInput
        label={token ? "Token source" : "Identity sources"}
        value={draft.identitySource}
        onChange={(event) => onChange({ identitySource: event.target.value })}
        required={token}
        placeholder={
          token
            ? "method.request.header.Authorization"
            : "method.request.header.Auth, method.request.querystring.user"
        }
        hint={
          token
            ? "The header that carries the token. Without it the caller gets 401 Unauthorized before your function runs."
            : "Comma-separated: method.request.header.X, method.request.querystring.x, stageVariables.x, context.x. A request missing one gets 401."
        }
      />
      {token ? (
        <TextInput
          label="Token validation regex"
          value={draft.identityValidationExpression}
          onChange={(event) => onChange({ identityValidationExpression: event.target.value })}
          placeholder="^Bearer [-0-9a-zA-Z._]+$"
          hint="Optional. A token that does not match is refused with 401 without calling the function."
        />
      ) : null}
      <TextInput
        label="Invoke role ARN (optional)"
        value={draft.credentials}
        onChange={(event) => onChange({ credentials: event.target.value })}
        placeholder="arn:aws:iam::123456789012:role/apigateway-invoke-authorizer"
        hint="A role API Gateway assumes to call the function; blank relies on the function's resource-based policy."
      />
    </div>
  );
}
