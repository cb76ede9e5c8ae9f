"use client";
import { useState, type FormEvent } from "react";
import type { RestApi } from "@/lib/gateway/control/types";
import { Empty, ErrorNote, Panel, SmallButton, TextInput } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { toBinaryMediaTypePatch } from "./rest-api-patch";

/** Binary media types: the content types API Gateway passes as binary instead of UTF-8 text. */
export function BinaryMediaTypes({ restApiId, api }: { restApiId: string; api: RestApi }) {
  const { transport, changed } = useWorkbench();
  const [mediaType, setMediaType] = useState("");
  const action = useAction();
  const types = api.binaryMediaTypes ?? [];
  const patch = async (op: "add" | "remove", type: string) => {
    const saved = await action.run(() =>
      transport.call("apigateway", "updateRestApi", {
        restApiId,
        patchOperations: [toBinaryMediaTypePatch(op, type)],
      }),
    );
    if (saved === undefined) return false;
    changed();
    return true;
  };
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (await patch("add", mediaType)) setMediaType("");
  };
  const remove = (type: string) => {
    if (window.confirm(`Remove binary media type ${type}?`)) void patch("remove", type);
  };
  return (
    <Panel title="Binary media types">
      <p className="mb-3 text-xs text-slate-500 dark:text-slate-400">
        A request whose Content-Type (or a response whose Accept) matches one of these is handled as binary:
        Lambda proxy integrations receive it base64-encoded with <code>isBase64Encoded: true</code>.{" "}
        <code>*/*</code> treats everything as binary.
      </p>
      <ErrorNote error={action.error} />
      {types.length === 0 ? <Empty>No binary media types: every payload is treated as text.</Empty> : null}
      <ul className="mb-3 flex flex-wrap gap-2">
        {types.map((type) => (
          <li
            key={type}
            className="inline-flex items-center gap-1 rounded-md border border-slate-200 px-2 py-0.5 dark:border-slate-700"
          >
            <code className="font-mono text-xs">{type}</code>
            <SmallButton
              variant="danger"
              onClick={() => remove(type)}
              disabled={action.pending}
              aria-label={`Remove ${type}`}
            >
              ×
            </SmallButton>
          </li>
        ))}
      </ul>
      <form onSubmit={add} className="flex flex-wrap items-end gap-2">
        <TextInput
          label="Binary media type"
          value={mediaType}
          onChange={(event) => setMediaType(event.target.value)}
          placeholder="image/png"
          required
        />
        <SmallButton
          type="submit"
          variant="primary"
          disabled={action.pending || !mediaType.trim()}
          className="mb-0.5"
        >
          Add binary media type
        </SmallButton>
      </form>
    </Panel>
  );
}
