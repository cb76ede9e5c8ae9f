"use client";
/**
 * Copies a value to the clipboard and says so. Shared by the Lambda, keys, Cognito and IAM sections (ARNs,
 * key values, tokens, secrets).
 */
import { useEffect, useState } from "react";
import { SmallButton } from "../controls";

export function CopyButton({ value, what }: { value: string; what: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 1500);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = () => {
    navigator.clipboard.writeText(value).then(
      () => setState("copied"),
      () => setState("failed"),
    );
  };
  return (
    <>
      <SmallButton onClick={copy} aria-label={`Copy ${what}`}>
        {state === "copied" ? "Copied" : state === "failed" ? "Copy failed" : "Copy"}
      </SmallButton>
      <span role="status" className="sr-only">
        {state === "copied"
          ? `${what} copied`
          : state === "failed"
            ? "Could not copy: select and copy by hand"
            : ""}
      </span>
    </>
  );
}

/** A value in monospace that wraps anywhere, with its copy button. */
export function CopyableValue({ value, what }: { value: string; what: string }) {
  return (
    <div className="flex min-w-0 items-start gap-2">
      <code className="min-w-0 flex-1 break-all rounded bg-slate-100 px-2 py-1 font-mono text-xs text-slate-800 dark:bg-slate-800 dark:text-slate-100">
        {value}
      </code>
      <CopyButton value={value} what={what} />
    </div>
  );
}
