"use client";
import { useState, type FormEvent } from "react";
import type { RequestValidator } from "@/lib/gateway/control/types";
import { Checkbox, Empty, ErrorNote, Loading, Panel, SmallButton, TextInput } from "../controls";
import { useAction, useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { RequestValidatorRow } from "./request-validator-row";

/** GetRequestValidators with create, inline edit and delete. */
export function RequestValidatorsList({ restApiId }: { restApiId: string }) {
  const { transport, revision, changed } = useWorkbench();
  const [name, setName] = useState("");
  const [body, setBody] = useState(true);
  const [parameters, setParameters] = useState(false);
  const list = useAsync(
    () =>
      transport.call<{ items: RequestValidator[] }>("apigateway", "getRequestValidators", {
        restApiId,
        limit: 500,
      }),
    `validators:${restApiId}:${revision}`,
  );
  const create = useAction();
  const items = list.data?.items ?? [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await create.run(() =>
      transport.call<RequestValidator>("apigateway", "createRequestValidator", {
        restApiId,
        name: name.trim(),
        validateRequestBody: body,
        validateRequestParameters: parameters,
      }),
    );
    if (!created) return;
    setName("");
    changed();
  };
  return (
    <Panel title="Request validators">
      <p className="mb-3 text-xs text-slate-500 dark:text-slate-400">
        A validator, chosen on a method request, checks the required parameters and headers and/or the body
        against the method&apos;s model before the integration runs. A failure answers 400 (Bad Request Body
        or Bad Request Parameters gateway responses) and your backend is never called.
      </p>
      {list.loading && !list.data ? <Loading /> : null}
      <ErrorNote error={list.error} />
      {list.data && items.length === 0 ? <Empty>No request validators yet.</Empty> : null}
      <ul className="mb-4 divide-y divide-slate-100 dark:divide-slate-800">
        {items.map((validator) => (
          <RequestValidatorRow key={JSON.stringify(validator)} restApiId={restApiId} validator={validator} />
        ))}
      </ul>
      <form
        onSubmit={submit}
        aria-label="Create request validator"
        className="grid items-end gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[minmax(0,1fr)_auto_auto_auto] dark:border-slate-800"
      >
        <TextInput
          label="Validator name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          required
        />
        <Checkbox label="Validate body" checked={body} onChange={(event) => setBody(event.target.checked)} />
        <Checkbox
          label="Validate query string parameters and headers"
          checked={parameters}
          onChange={(event) => setParameters(event.target.checked)}
        />
        <SmallButton type="submit" variant="primary" disabled={create.pending || !name.trim()}>
          Create validator
        </SmallButton>
      </form>
      <ErrorNote error={create.error} />
    </Panel>
  );
}
