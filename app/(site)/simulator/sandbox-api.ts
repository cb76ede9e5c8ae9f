/** The signed-in learner's saved sandboxes, through /api/sandboxes. */
import { WorkbenchError } from "@/app/_components/workbench/transport";

export interface SandboxRow {
  id: string;
  name: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  apiCount: number;
}

export interface SnapshotRow {
  id: string;
  version: number;
  label: string;
  createdAt: string;
}

async function request<T>(path: string, init?: RequestInit & { json?: unknown }): Promise<T> {
  const { json, ...rest } = init ?? {};
  const response = await fetch(`/api/sandboxes${path}`, {
    ...rest,
    ...(json !== undefined && {
      body: JSON.stringify(json),
      headers: { "content-type": "application/json" },
    }),
  });
  const text = await response.text();
  const body: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = (body as { error?: { message?: string; fields?: Record<string, string[]> } } | null)?.error;
    const fields = error?.fields
      ? ` (${Object.entries(error.fields)
          .map(([k, v]) => `${k}: ${v.join(" ")}`)
          .join("; ")})`
      : "";
    throw new WorkbenchError(
      `${error?.message ?? `The server answered ${response.status}.`}${fields}`,
      response.status,
    );
  }
  return body as T;
}

export const sandboxApi = {
  list: () => request<{ sandboxes: SandboxRow[] }>(""),
  create: (name: string, from: unknown = "empty") =>
    request<{ sandbox: SandboxRow }>("", { method: "POST", json: { name, from } }),
  rename: (id: string, name: string) => request<unknown>(`/${id}`, { method: "PATCH", json: { name } }),
  remove: (id: string) => request<unknown>(`/${id}`, { method: "DELETE" }),
  reset: (id: string) => request<unknown>(`/${id}/reset`, { method: "POST", json: {} }),
  snapshots: (id: string) => request<{ snapshots: SnapshotRow[] }>(`/${id}/snapshots`),
  takeSnapshot: (id: string, label: string) =>
    request<unknown>(`/${id}/snapshots`, { method: "POST", json: { label } }),
  restore: (id: string, snapshotId: string) =>
    request<unknown>(`/${id}/snapshots/${snapshotId}/restore`, { method: "POST", json: {} }),
};
