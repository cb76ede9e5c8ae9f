"use client";
import Link from "next/link";
import { useMemo } from "react";
import { createStoredTransport } from "@/app/_components/workbench/stored-transport";
import { Workbench } from "@/app/_components/workbench/workbench";

export function StoredWorkbench({ sandboxId, name }: { sandboxId: string; name: string }) {
  const transport = useMemo(
    () => createStoredTransport(sandboxId, typeof window === "undefined" ? "" : window.location.origin),
    [sandboxId],
  );
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold tracking-tight">{name}</h1>
        <Link href="/simulator" className="text-sm text-brand-700 underline dark:text-brand-100">
          All sandboxes
        </Link>
      </div>
      <Workbench transport={transport} />
    </div>
  );
}
