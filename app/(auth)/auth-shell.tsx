import type { ReactNode } from "react";
import { Card } from "@/app/_components/ui/card";

export function AuthShell({ title, lead, children }: { title: string; lead: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold tracking-tight">{title}</h1>
      <p className="mb-6 text-slate-600 dark:text-slate-300">{lead}</p>
      <Card>{children}</Card>
    </div>
  );
}
