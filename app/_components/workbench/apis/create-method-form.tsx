"use client";
import { useState, type FormEvent } from "react";
import type { Resource } from "@/lib/gateway/control/types";
import { ErrorNote, Panel, SelectInput, SmallButton, TextInput } from "../controls";
import { useAction, useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { createMethodCalls, METHOD_VERBS, type IntegrationChoice } from "./create-method";

interface FunctionSummary {
  FunctionName: string;
  FunctionArn: string;
}

/** The console's "Create method": a verb and an integration, with the usual defaults. */
export function CreateMethodForm({
  restApiId,
  resource,
  onCreated,
}: {
  restApiId: string;
  resource: Resource;
  onCreated: (verb: string) => void;
}) {
  const { transport, changed, revision } = useWorkbench();
  const taken = new Set(Object.keys(resource.resourceMethods ?? {}));
  const free = METHOD_VERBS.filter((verb) => !taken.has(verb));
  const [verb, setVerb] = useState<string>(free[0] ?? "GET");
  const [kind, setKind] = useState<IntegrationChoice["kind"]>("MOCK");
  const [functionArn, setFunctionArn] = useState("");
  const [url, setUrl] = useState("https://httpbin.example/anything");
  const functions = useAsync(
    () =>
      transport
        .call<{ Functions: FunctionSummary[] }>("lambda", "listFunctions", {})
        .catch(() => ({ Functions: [] })),
    `functions:${revision}`,
  );
  const fnList = functions.data?.Functions ?? [];
  const action = useAction();
  const chosenVerb = free.includes(verb as (typeof free)[number]) ? verb : (free[0] ?? "GET");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const arn = functionArn || fnList[0]?.FunctionArn || "";
    const integration: IntegrationChoice =
      kind === "MOCK"
        ? { kind }
        : kind === "LAMBDA_PROXY"
          ? { kind, functionArn: arn }
          : { kind, url: url.trim() };
    const done = await action.run(async () => {
      for (const call of createMethodCalls(restApiId, resource.id, chosenVerb, integration)) {
        await transport.call("apigateway", call.operation, call.input);
      }
      return true;
    });
    if (!done) return;
    changed();
    onCreated(chosenVerb);
  };
  if (!free.length) return null;
  return (
    <Panel title="Create method">
      <form onSubmit={submit} className="space-y-3" aria-label="Create method">
        <div className="grid gap-2 sm:grid-cols-2">
          <SelectInput
            label="HTTP method"
            value={chosenVerb}
            onChange={(e) => setVerb(e.target.value)}
            options={free}
          />
          <SelectInput
            label="Integration type"
            value={kind}
            onChange={(e) => setKind(e.target.value as IntegrationChoice["kind"])}
            options={[
              { value: "MOCK", label: "Mock (API Gateway answers itself)" },
              { value: "LAMBDA_PROXY", label: "Lambda function (proxy)" },
              { value: "HTTP_PROXY", label: "HTTP (proxy)" },
            ]}
          />
        </div>
        {kind === "LAMBDA_PROXY" ? (
          fnList.length ? (
            <SelectInput
              label="Lambda function"
              value={functionArn || fnList[0]?.FunctionArn}
              onChange={(e) => setFunctionArn(e.target.value)}
              options={fnList.map((f) => ({ value: f.FunctionArn, label: f.FunctionName }))}
            />
          ) : (
            <p className="text-sm text-amber-700 dark:text-amber-300">
              No Lambda functions yet: create one in the Lambda section first.
            </p>
          )
        ) : null}
        {kind === "HTTP_PROXY" ? (
          <TextInput
            label="Endpoint URL"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            hint="The simulator answers HTTP integrations from its scripted backends (no internet)."
          />
        ) : null}
        <p className="text-xs text-slate-500 dark:text-slate-400">
          Authorization starts as NONE; change it in the method request settings. Callers see the method only
          after you deploy the API to a stage.
        </p>
        <ErrorNote error={action.error} />
        <SmallButton
          type="submit"
          variant="primary"
          disabled={action.pending || (kind === "LAMBDA_PROXY" && !fnList.length)}
        >
          {action.pending ? "Creating…" : "Create method"}
        </SmallButton>
      </form>
    </Panel>
  );
}
