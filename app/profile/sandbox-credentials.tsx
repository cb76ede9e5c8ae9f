"use client";
import { useState } from "react";
import { Alert } from "@/app/_components/ui/alert";
import { SANDBOX_REGION, toProfileName, toSandboxEndpoints } from "./aws-config-snippets";
import { ConfigSnippets } from "./config-snippets";
import { CopyButton } from "@/app/_components/workbench/copy-button";
import { RotateKeyControl } from "./rotate-key-control";
import { fetchCredentials, rotateCredentials } from "./sandbox-credentials-api";
import { SecretKeyLine } from "./secret-key-line";

export interface SandboxKeyRow {
  sandboxId: string;
  name: string;
  accessKeyId: string | null;
}

/** One line of the credentials list: a label, a value in monospace, and its copy button. */
function CredentialLine({ label, value, copyLabel }: { label: string; value: string; copyLabel?: string }) {
  return (
    <>
      <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="flex flex-wrap items-center gap-2">
        <code className="break-all rounded bg-slate-100 px-1.5 py-0.5 text-xs dark:bg-slate-800">
          {value}
        </code>
        {copyLabel ? <CopyButton value={value} what={copyLabel} /> : null}
      </dd>
    </>
  );
}

/**
 * One sandbox's endpoints and key. The secret is fetched only when asked for ("Show"), so it is never in
 * the page's HTML; a rotation shows the new secret right away.
 */
function SandboxCredentialsItem({ row, origin }: { row: SandboxKeyRow; origin: string }) {
  const [accessKeyId, setAccessKeyId] = useState(row.accessKeyId);
  const [secret, setSecret] = useState<string | null>(null);
  const [busy, setBusy] = useState<"show" | "rotate" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const endpoints = toSandboxEndpoints(origin, row.sandboxId);
  const headingId = `sandbox-${row.sandboxId}-name`;

  const run = async (kind: "show" | "rotate") => {
    setBusy(kind);
    setError(null);
    setNotice(null);
    try {
      const credentials = await (kind === "show" ? fetchCredentials : rotateCredentials)(row.sandboxId);
      setAccessKeyId(credentials.accessKeyId);
      setSecret(credentials.secretAccessKey);
      if (kind === "rotate")
        setNotice("New key created; the old one no longer works. Update your AWS settings now.");
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(null);
    }
  };

  const snippetInput = {
    profile: toProfileName(row.name),
    endpoints,
    accessKeyId: accessKeyId ?? "",
    secretAccessKey: secret,
  };
  return (
    <article
      aria-labelledby={headingId}
      aria-busy={busy !== null}
      className="space-y-3 border-t border-slate-200 pt-4 first:border-t-0 first:pt-0 dark:border-slate-800"
    >
      <h3 id={headingId} className="font-semibold">
        {row.name}
      </h3>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        <CredentialLine
          label="API Gateway endpoint"
          value={endpoints.apigateway}
          copyLabel={`API Gateway endpoint of ${row.name}`}
        />
        <CredentialLine
          label="Lambda endpoint"
          value={endpoints.lambda}
          copyLabel={`Lambda endpoint of ${row.name}`}
        />
        <CredentialLine label="Region" value={SANDBOX_REGION} />
        {accessKeyId ? (
          <CredentialLine
            label="Access key id"
            value={accessKeyId}
            copyLabel={`access key id of ${row.name}`}
          />
        ) : (
          <>
            <dt className="text-slate-500 dark:text-slate-400">Access key id</dt>
            <dd>None: this sandbox&apos;s sandbox-admin has no key. Rotate to create one.</dd>
          </>
        )}
        {accessKeyId ? (
          <SecretKeyLine
            secret={secret}
            sandboxName={row.name}
            loading={busy !== null}
            onShow={() => void run("show")}
            onHide={() => setSecret(null)}
          />
        ) : null}
      </dl>
      <ConfigSnippets input={snippetInput} sandboxName={row.name} />
      <RotateKeyControl sandboxName={row.name} busy={busy === "rotate"} onRotate={() => void run("rotate")} />
    </article>
  );
}

/** The profile's "Sandbox credentials" card body: one entry per sandbox. */
export function SandboxCredentials({ sandboxes, origin }: { sandboxes: SandboxKeyRow[]; origin: string }) {
  if (!sandboxes.length) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-300">
        You have no sandboxes yet. Create one in the simulator: each gets its own access key for the AWS SDKs
        and CLI.
      </p>
    );
  }
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Point the AWS SDKs or CLI at a sandbox with these endpoints and its <code>sandbox-admin</code> access
        key (SigV4, region {SANDBOX_REGION}).
      </p>
      {sandboxes.map((row) => (
        <SandboxCredentialsItem key={row.sandboxId} row={row} origin={origin} />
      ))}
    </div>
  );
}
