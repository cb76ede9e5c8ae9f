"use client";
import { useState, type FormEvent } from "react";
import type { RestApi } from "@/lib/gateway/control/types";
import { ErrorNote, SelectInput, SmallButton, TextInput } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";

/** CreateRestApi: name, description and endpoint type, as the console's "Build REST API" form. */
export function CreateApiForm({ onCreated }: { onCreated: (api: RestApi) => void }) {
  const { transport, changed } = useWorkbench();
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [endpoint, setEndpoint] = useState("REGIONAL");
  const action = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const api = await action.run(() =>
      transport.call<RestApi>("apigateway", "createRestApi", {
        name: name.trim(),
        ...(description.trim() && { description: description.trim() }),
        endpointConfiguration: { types: [endpoint] },
      }),
    );
    if (!api) return;
    setName("");
    setDescription("");
    changed();
    onCreated(api);
  };
  return (
    <form onSubmit={submit} className="space-y-2" aria-label="Create REST API">
      <div className="grid gap-2 sm:grid-cols-2">
        <TextInput
          label="New API name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={1024}
        />
        <SelectInput
          label="Endpoint type"
          value={endpoint}
          onChange={(e) => setEndpoint(e.target.value)}
          options={["REGIONAL", "EDGE", "PRIVATE"]}
        />
      </div>
      <TextInput label="Description" value={description} onChange={(e) => setDescription(e.target.value)} />
      <ErrorNote error={action.error} />
      <SmallButton type="submit" variant="primary" disabled={action.pending || !name.trim()}>
        {action.pending ? "Creating…" : "Create API"}
      </SmallButton>
    </form>
  );
}
