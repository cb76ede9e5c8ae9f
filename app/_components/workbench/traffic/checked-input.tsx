"use client";
/** A labelled input whose validation message is tied to it (aria-invalid + aria-describedby). */
import { useId, type ComponentProps } from "react";
import { TextInput } from "../controls";

export function CheckedInput({ error, ...props }: ComponentProps<typeof TextInput> & { error?: string }) {
  const errorId = useId();
  return (
    <div className="space-y-1">
      <TextInput
        {...props}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      {error ? (
        <p id={errorId} className="text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
