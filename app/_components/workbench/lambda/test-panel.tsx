"use client";
/** Invoke with a test event (RequestResponse, LogType Tail), starting from sample API Gateway events. */
import { useState, type FormEvent } from "react";
import { CodeEditor } from "../code-editor";
import { ErrorNote, SelectInput, SmallButton } from "../controls";
import { WorkbenchError } from "../transport";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { InvokeResult } from "./invoke-result";
import type { FunctionConfiguration, InvokeOutput } from "./lambda-types";
import { SAMPLE_EVENTS, sampleEventText } from "./sample-events";

function assertJson(text: string): void {
  try {
    JSON.parse(text);
  } catch (error) {
    throw new WorkbenchError(`The test event is not valid JSON (${(error as Error).message}).`, 400);
  }
}

export function TestPanel({ fn }: { fn: FunctionConfiguration }) {
  const { transport, changed } = useWorkbench();
  const action = useAction();
  const [sampleId, setSampleId] = useState(SAMPLE_EVENTS[0]?.id ?? "empty");
  const [event, setEvent] = useState(() => sampleEventText(sampleId));
  const [result, setResult] = useState<{ output: InvokeOutput; elapsedMs: number }>();

  const submit = (formEvent: FormEvent) => {
    formEvent.preventDefault();
    void action.run(async () => {
      assertJson(event);
      const started = performance.now();
      const output = await transport.call<InvokeOutput>("lambda", "invoke", {
        FunctionName: fn.FunctionName,
        Payload: event,
        LogType: "Tail",
      });
      setResult({ output, elapsedMs: performance.now() - started });
      // An invocation writes logs and metrics other sections show.
      changed();
    });
  };

  return (
    <form onSubmit={submit} className="space-y-3">
      <div className="max-w-md">
        <SelectInput
          label="Sample event"
          value={sampleId}
          onChange={(e) => {
            setSampleId(e.target.value);
            setEvent(sampleEventText(e.target.value));
          }}
          options={SAMPLE_EVENTS.map((s) => ({ value: s.id, label: s.label }))}
          hint="Choosing a sample replaces the event below (Ctrl/Cmd+Z in the editor brings yours back)."
        />
      </div>
      <CodeEditor
        value={event}
        onChange={setEvent}
        language="json"
        label="Test event (JSON)"
        minHeight="12rem"
      />
      <ErrorNote error={action.error} />
      <SmallButton type="submit" variant="primary" disabled={action.pending}>
        {action.pending ? "Invoking…" : "Test"}
      </SmallButton>
      {result ? <InvokeResult output={result.output} elapsedMs={result.elapsedMs} /> : null}
    </form>
  );
}
