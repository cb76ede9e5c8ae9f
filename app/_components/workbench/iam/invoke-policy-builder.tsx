"use client";
/** Builds the execute-api:Invoke policy template for one API, stage, method and path (each may be `*`). */
import { useState } from "react";
import { SelectInput, SmallButton, TextInput } from "../controls";
import { useApiStages } from "../keys/use-api-stages";
import { toExecuteApiArn, toInvokePolicy } from "./policy-templates";

const METHODS = ["*", "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
const REGION = "us-east-1";

export function InvokePolicyBuilder({
  accountId,
  onInsert,
}: {
  accountId: string;
  onInsert: (policy: string) => void;
}) {
  const apis = useApiStages();
  const [apiId, setApiId] = useState("");
  const [stage, setStage] = useState("*");
  const [method, setMethod] = useState("*");
  const [path, setPath] = useState("*");
  const apiList = apis.data ?? [];
  const chosenApi = apiList.some((api) => api.id === apiId) ? apiId : (apiList[0]?.id ?? "*");
  const stages = ["*", ...(apiList.find((api) => api.id === chosenApi)?.stages ?? [])];
  const chosenStage = stages.includes(stage) ? stage : "*";
  const arn = toExecuteApiArn({
    region: REGION,
    accountId,
    apiId: chosenApi,
    stage: chosenStage,
    method,
    path: path.trim() || "*",
  });

  return (
    <fieldset className="space-y-2 rounded-md border border-slate-200 p-3 dark:border-slate-800">
      <legend className="px-1 text-sm font-medium text-slate-700 dark:text-slate-300">
        Template: allow execute-api:Invoke
      </legend>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        <SelectInput
          label="API"
          value={chosenApi}
          onChange={(e) => setApiId(e.target.value)}
          options={[
            ...apiList.map((api) => ({ value: api.id, label: `${api.name} (${api.id})` })),
            { value: "*", label: "* (every API)" },
          ]}
        />
        <SelectInput
          label="Stage"
          value={chosenStage}
          onChange={(e) => setStage(e.target.value)}
          options={stages}
        />
        <SelectInput
          label="Method"
          value={method}
          onChange={(e) => setMethod(e.target.value)}
          options={METHODS}
        />
        <TextInput
          label="Resource path"
          value={path}
          onChange={(e) => setPath(e.target.value)}
          hint="/pets/*, / or *"
        />
      </div>
      <p className="break-all font-mono text-xs text-slate-600 dark:text-slate-300">{arn}</p>
      <SmallButton onClick={() => onInsert(toInvokePolicy([arn]))}>Use this template</SmallButton>
    </fieldset>
  );
}
