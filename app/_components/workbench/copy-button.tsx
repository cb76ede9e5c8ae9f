"use client";
/**
 * The one copy-to-clipboard button of the app (ARNs, invoke URLs, curl commands, keys, tokens, secrets):
 * says "Copied" for a moment and announces it; when the browser refuses, says to copy by hand.
 */
import { useEffect, useState } from "react";
import { SmallButton } from "./controls";

export function CopyButton({
  value,
  label = "Copy",
  what,
}: {
  value: string;
  /** The visible text; default "Copy". */
  label?: string;
  /** What is copied, for the accessible name ("Copy {what}") and the announcement. */
  what?: string;
}) {
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
    <span className="inline-flex items-center gap-2">
      <SmallButton onClick={copy} aria-label={what ? `Copy ${what}` : undefined}>
        {state === "copied" ? "Copied" : state === "failed" ? "Copy failed" : label}
      </SmallButton>
      <span role="status" className="sr-only">
        {state === "copied"
          ? `${what ?? "Value"} copied`
          : state === "failed"
            ? "Could not copy: select and copy by hand"
            : ""}
      </span>
    </span>
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
