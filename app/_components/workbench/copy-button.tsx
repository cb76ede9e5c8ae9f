"use client";
import { useState } from "react";
import { SmallButton } from "./controls";

/** Copies `text` to the clipboard and says so (politely, for screen readers). */
export function CopyButton({ text, label = "Copy" }: { text: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <SmallButton
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(() => {
          setCopied(true);
          window.setTimeout(() => setCopied(false), 1500);
        });
      }}
    >
      <span aria-live="polite">{copied ? "Copied" : label}</span>
    </SmallButton>
  );
}
