"use client";
/** Small form controls of the workbench: dense, labelled, keyboard-friendly, dark-mode aware. */
import { useId, type ComponentProps, type ReactNode } from "react";
import { WorkbenchError } from "./transport";

export const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-sm placeholder:text-slate-400 aria-[invalid]:border-red-500 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100";

/**
 * A label around its control, with the hint outside the label and tied by aria-describedby, so the
 * accessible name is the label alone.
 */
export function Labelled({
  label,
  hint,
  children,
}: {
  label: string;
  hint?: string;
  /** The control, or a function that receives the hint's id for the control's aria-describedby. */
  children: ReactNode | ((describedBy: string | undefined) => ReactNode);
}) {
  const hintId = useId();
  return (
    <div className="space-y-1 text-sm">
      <label className="block space-y-1">
        <span className="font-medium text-slate-700 dark:text-slate-300">{label}</span>
        {typeof children === "function" ? children(hint ? hintId : undefined) : children}
      </label>
      {hint ? (
        <span id={hintId} className="block text-xs text-slate-500 dark:text-slate-400">
          {hint}
        </span>
      ) : null}
    </div>
  );
}

export function TextInput({
  label,
  hint,
  ...props
}: ComponentProps<"input"> & { label: string; hint?: string }) {
  return (
    <Labelled label={label} hint={hint}>
      {(describedBy) => <input className={inputClass} aria-describedby={describedBy} {...props} />}
    </Labelled>
  );
}

export function SelectInput({
  label,
  hint,
  options,
  ...props
}: ComponentProps<"select"> & {
  label: string;
  hint?: string;
  options: ReadonlyArray<string | { value: string; label: string }>;
}) {
  return (
    <Labelled label={label} hint={hint}>
      {(describedBy) => (
        <select className={inputClass} aria-describedby={describedBy} {...props}>
          {options.map((o) =>
            typeof o === "string" ? (
              <option key={o} value={o}>
                {o}
              </option>
            ) : (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ),
          )}
        </select>
      )}
    </Labelled>
  );
}

export function Checkbox({ label, ...props }: ComponentProps<"input"> & { label: string }) {
  return (
    <label className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
      <input type="checkbox" className="h-4 w-4 rounded border-slate-300" {...props} />
      {label}
    </label>
  );
}

/** An error from a workbench call, with the AWS exception name when there is one. */
export function ErrorNote({ error }: { error: Error | undefined }) {
  if (!error) return null;
  const awsType = error instanceof WorkbenchError ? error.awsType : undefined;
  return (
    <p
      role="alert"
      className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950/50 dark:text-red-200"
    >
      {awsType ? <strong className="font-mono">{awsType}: </strong> : null}
      {error.message}
    </p>
  );
}

/**
 * A bordered section with a heading and optional actions. `nameTitle` keeps the heading's own case (for the
 * panel of one named thing: AWS names are case-sensitive); otherwise the heading is a small-caps label.
 */
export function Panel({
  title,
  actions,
  nameTitle = false,
  children,
}: {
  title: string;
  actions?: ReactNode;
  nameTitle?: boolean;
  children: ReactNode;
}) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h3
          className={
            nameTitle
              ? "min-w-0 break-all text-base font-semibold text-slate-900 dark:text-slate-100"
              : "text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300"
          }
        >
          {title}
        </h3>
        {actions}
      </div>
      {children}
    </section>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="text-sm text-slate-500 dark:text-slate-400">{children}</p>;
}

export function Loading({ label = "Loading…" }: { label?: string }) {
  return (
    <p role="status" className="animate-pulse text-sm text-slate-500 dark:text-slate-400">
      {label}
    </p>
  );
}

const smallBase =
  "inline-flex items-center gap-1 rounded-md px-2.5 py-1 text-xs font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-60";
const smallVariants = {
  primary: "bg-brand-600 text-white hover:bg-brand-700",
  secondary:
    "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800",
  danger:
    "border border-red-300 text-red-700 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950",
} as const;

export function SmallButton({
  variant = "secondary",
  className = "",
  ...props
}: ComponentProps<"button"> & { variant?: keyof typeof smallVariants }) {
  return (
    <button type="button" className={`${smallBase} ${smallVariants[variant]} ${className}`} {...props} />
  );
}

/** JSON object text ↔ value, for map-shaped AWS fields edited as JSON. */
export function parseJsonObject(text: string, field: string): Record<string, unknown> {
  if (!text.trim()) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new WorkbenchError(`${field}: not valid JSON (${(error as Error).message}).`, 400);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new WorkbenchError(`${field}: expected a JSON object such as {"name": "value"}.`, 400);
  }
  return value as Record<string, unknown>;
}
