"use client";
/** A freshly created access key: the secret is in CreateAccessKey's answer only, so it is shown here once. */
import { useState } from "react";
import { CopyableValue, CopyButton } from "@/app/_components/workbench/copy-button";
import { SmallButton } from "../controls";
import type { AccessKeyShape } from "./iam-types";

export function NewSecretNotice({ accessKey, onDone }: { accessKey: AccessKeyShape; onDone: () => void }) {
  const [visible, setVisible] = useState(false);
  const secret = accessKey.SecretAccessKey ?? "";
  return (
    <div
      role="alert"
      className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <p className="font-semibold">Save the secret access key now: it will not be shown again.</p>
      <p className="text-xs">
        IAM returns it only when the key is created. If you lose it, delete the key and create a new one.
      </p>
      <div className="space-y-1">
        <p className="text-xs font-medium">Access key ID</p>
        <CopyableValue value={accessKey.AccessKeyId} what="access key ID" />
      </div>
      <div className="space-y-1">
        <p className="text-xs font-medium">Secret access key</p>
        <div className="flex flex-wrap items-start gap-2">
          <code className="min-w-0 flex-1 break-all rounded bg-white/70 px-2 py-1 font-mono text-xs dark:bg-slate-900">
            {visible ? secret : "•".repeat(40)}
          </code>
          <SmallButton onClick={() => setVisible(!visible)}>
            {visible ? "Hide secret" : "Show secret"}
          </SmallButton>
          <CopyButton value={secret} what="secret access key" />
        </div>
      </div>
      <SmallButton variant="primary" onClick={onDone}>
        I have saved it
      </SmallButton>
    </div>
  );
}
