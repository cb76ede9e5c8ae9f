import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/lib/authz";
import { getSandboxSummaryOrThrow } from "@/lib/data/sandboxes";
import { StoredWorkbench } from "./stored-workbench";

export const metadata: Metadata = { title: "Workbench" };

export default async function SandboxWorkbenchPage({ params }: { params: Promise<{ sandboxId: string }> }) {
  const { sandboxId } = await params;
  const user = await requirePageRole(`/simulator/${sandboxId}`);
  // Someone else's sandbox is "not found", exactly like one that does not exist.
  const sandbox = await getSandboxSummaryOrThrow(user.id, sandboxId).catch(() => null);
  if (!sandbox) notFound();
  return <StoredWorkbench sandboxId={sandbox.id} name={sandbox.name} />;
}
