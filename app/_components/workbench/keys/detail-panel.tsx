/**
 * A panel for one named thing (a function, a usage plan, a user pool, an IAM user): like the workbench's Panel,
 * but its heading keeps the name's own case, since AWS names are case-sensitive.
 */
import type { ReactNode } from "react";

export function DetailPanel({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h3 className="min-w-0 break-all text-base font-semibold text-slate-900 dark:text-slate-100">
          {title}
        </h3>
        {actions}
      </div>
      {children}
    </section>
  );
}
