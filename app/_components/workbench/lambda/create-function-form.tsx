"use client";
/** CreateFunction from a starter template: name, runtime, handler, execution role and the template's code. */
import { useState, type FormEvent } from "react";
import { ErrorNote, Panel, SelectInput, SmallButton, TextInput } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { DEFAULT_ROLE_ARN, RUNTIMES, type FunctionConfiguration } from "./lambda-types";
import { rememberSource } from "./source-cache";
import { STARTER_TEMPLATES } from "./starter-templates";

const NAME = /^[a-zA-Z0-9_-]{1,64}$/;

export function CreateFunctionForm({ onCreated }: { onCreated: (functionName: string) => void }) {
  const { transport, changed } = useWorkbench();
  const action = useAction();
  const [name, setName] = useState("");
  const [runtime, setRuntime] = useState<string>(RUNTIMES[0]);
  const [handler, setHandler] = useState("index.handler");
  const [templateId, setTemplateId] = useState(STARTER_TEMPLATES[0]?.id ?? "");
  const [role, setRole] = useState(DEFAULT_ROLE_ARN);
  const template = STARTER_TEMPLATES.find((candidate) => candidate.id === templateId);
  const nameProblem = name !== "" && !NAME.test(name);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!template || nameProblem) return;
    void action.run(async () => {
      const created = await transport.call<FunctionConfiguration>("lambda", "createFunction", {
        FunctionName: name,
        Runtime: runtime,
        Role: role.trim(),
        Handler: handler.trim(),
        Code: { Source: template.code },
        ...(template.environment ? { Environment: { Variables: { ...template.environment } } } : {}),
      });
      rememberSource(created.FunctionArn, template.code);
      changed();
      onCreated(created.FunctionName);
    });
  };

  return (
    <Panel title="Create function">
      <form onSubmit={submit} className="space-y-3">
        <div className="grid gap-3 sm:grid-cols-2">
          <TextInput
            label="Function name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            aria-invalid={nameProblem || undefined}
            hint={nameProblem ? "1 to 64 letters, digits, hyphens or underscores." : undefined}
            autoComplete="off"
          />
          <SelectInput
            label="Runtime"
            value={runtime}
            onChange={(e) => setRuntime(e.target.value)}
            options={RUNTIMES}
          />
          <TextInput
            label="Handler"
            value={handler}
            onChange={(e) => setHandler(e.target.value)}
            required
            hint="<file>.<export>: index.handler runs the export handler of index.mjs."
          />
          <SelectInput
            label="Starter template"
            value={templateId}
            onChange={(e) => setTemplateId(e.target.value)}
            options={STARTER_TEMPLATES.map((t) => ({ value: t.id, label: t.label }))}
            hint={template?.description}
          />
        </div>
        <TextInput
          label="Execution role ARN"
          value={role}
          onChange={(e) => setRole(e.target.value)}
          required
          hint="The role Lambda assumes to run the function (what its code may call). The sandbox checks its format only."
          spellCheck={false}
        />
        <ErrorNote error={action.error} />
        <SmallButton type="submit" variant="primary" disabled={action.pending || !name || nameProblem}>
          {action.pending ? "Creating…" : "Create function"}
        </SmallButton>
      </form>
    </Panel>
  );
}
