"use client";
/**
 * A delete button that asks first, inline: "Delete" turns into "Delete <what>?" with "Confirm delete" (focused)
 * and "Cancel"; Escape cancels. Shared by the Lambda, keys, Cognito and IAM sections.
 */
import { useEffect, useRef, useState } from "react";
import { SmallButton } from "../controls";

export function ConfirmDelete({
  what,
  onConfirm,
  disabled,
  label = "Delete",
}: {
  /** What is deleted, for the accessible name and the question ("function hello"). */
  what: string;
  onConfirm: () => void | Promise<unknown>;
  disabled?: boolean;
  label?: string;
}) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <SmallButton
        variant="danger"
        disabled={disabled}
        aria-label={`${label} ${what}`}
        onClick={() => setAsking(true)}
      >
        {label}
      </SmallButton>
    );
  }
  return (
    <span
      role="group"
      aria-label={`Confirm: ${label.toLowerCase()} ${what}`}
      className="inline-flex flex-wrap items-center gap-1.5 text-xs"
      onKeyDown={(event) => {
        if (event.key === "Escape") setAsking(false);
      }}
    >
      <span className="font-medium text-red-700 dark:text-red-300">
        {label} {what}?
      </span>
      <SmallButton
        ref={confirmRef}
        variant="danger"
        disabled={disabled}
        onClick={() => {
          setAsking(false);
          void onConfirm();
        }}
      >
        Confirm {label.toLowerCase()}
      </SmallButton>
      <SmallButton onClick={() => setAsking(false)}>Cancel</SmallButton>
    </span>
  );
}
