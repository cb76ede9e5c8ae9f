"use client";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/app/_components/ui/button";

/**
 * "Rotate key" with an inline confirmation (no browser dialog, so it stays keyboard- and screen-reader-
 * friendly): the old key stops working at once, so the learner confirms first.
 */
export function RotateKeyControl({
  sandboxName,
  busy,
  onRotate,
}: {
  sandboxName: string;
  busy: boolean;
  onRotate: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) startRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      // aria-disabled rather than disabled: the button keeps focus while the rotation runs.
      <Button
        ref={startRef}
        type="button"
        variant="secondary"
        aria-disabled={busy || undefined}
        onClick={() => !busy && setConfirming(true)}
      >
        {busy ? "Rotating…" : "Rotate key"}
        <span className="sr-only"> for {sandboxName}</span>
      </Button>
    );
  }
  return (
    <div role="group" aria-label={`Confirm key rotation for ${sandboxName}`} className="space-y-2">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        The current access key stops working at once: SDK and CLI configurations need the new one.
      </p>
      <div className="flex gap-2">
        <Button
          ref={confirmRef}
          type="button"
          variant="danger"
          onClick={() => {
            setConfirming(false);
            onRotate();
          }}
        >
          Rotate now
        </Button>
        <Button type="button" variant="ghost" onClick={() => setConfirming(false)}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
