"use client";
import { useState } from "react";
import { SmallButton } from "../controls";

/** Copies `text` to the clipboard and says so for a moment (announced to screen readers). */
export function CopyTextButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
    window.setTimeout(() => setState("idle"), 2000);
  };
  return (
    <span className="inline-flex items-center gap-2">
      <SmallButton onClick={copy}>{label}</SmallButton>
      <span role="status" className="text-xs text-slate-500 dark:text-slate-400">
        {state === "copied" ? "Copied" : state === "failed" ? "Copy failed: select the text instead" : ""}
      </span>
    </span>
  );
}
