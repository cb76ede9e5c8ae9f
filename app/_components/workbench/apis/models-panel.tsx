"use client";
/** Models (JSON Schemas of request and response bodies) and request validators, side by side. */
import { ModelsList } from "./models-list";
import { RequestValidatorsList } from "./request-validators-list";

/** Keyed on the API, so switching APIs starts from a clean state instead of the previous API's data. */
export function ModelsPanel({ restApiId }: { restApiId: string }) {
  return <ModelsPanelBody key={restApiId} restApiId={restApiId} />;
}

function ModelsPanelBody({ restApiId }: { restApiId: string }) {
  return (
    <div className="space-y-4">
      <ModelsList restApiId={restApiId} />
      <RequestValidatorsList restApiId={restApiId} />
    </div>
  );
}
