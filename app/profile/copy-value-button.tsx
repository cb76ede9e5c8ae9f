"use client";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";

/** Copies `value` and says so in a polite live region; `label` names what is copied for screen readers. */
export function CopyValueButton({ value, label }: { value: string; label: string }) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  const copy = () => {
    navigator.clipboard.writeText(value).then(
      () => setStatus("copied"),
      () => setStatus("failed"),
    );
    window.setTimeout(() => setStatus("idle"), 2500);
  };
  return (
    <span className="inline-flex items-center gap-2">
      <Button type="button" variant="secondary" className="px-2 py-1 text-xs" onClick={copy}>
        Copy<span className="sr-only"> {label}</span>
      </Button>
      <span role="status" aria-live="polite" className="text-xs text-slate-500 dark:text-slate-400">
        {status === "copied" ? "Copied" : status === "failed" ? "Copy failed: select the text instead" : ""}
      </span>
    </span>
  );
}
