"use client";
import { useState, type FormEvent } from "react";
import { Empty, ErrorNote, Loading, SmallButton, TextInput } from "@/app/_components/workbench/controls";
import { useAction, useAsync } from "@/app/_components/workbench/use-async";
import { sandboxApi } from "./sandbox-api";

/** A sandbox's versioned snapshots: take one, restore one (the current state is snapshotted first). */
export function SnapshotList({ sandboxId, onRestored }: { sandboxId: string; onRestored: () => void }) {
  const [tick, setTick] = useState(0);
  const snapshots = useAsync(() => sandboxApi.snapshots(sandboxId), `snapshots:${sandboxId}:${tick}`);
  const [label, setLabel] = useState("");
  const action = useAction();
  const take = async (event: FormEvent) => {
    event.preventDefault();
    if ((await action.run(() => sandboxApi.takeSnapshot(sandboxId, label.trim()))) !== undefined) {
      setLabel("");
      setTick((t) => t + 1);
    }
  };
  const rows = snapshots.data?.snapshots ?? [];
  return (
    <div className="mt-3 space-y-2 border-t border-slate-200 pt-3 dark:border-slate-800">
      <form onSubmit={take} className="flex flex-wrap items-end gap-2" aria-label="Take snapshot">
        <TextInput
          label="Snapshot label"
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          required
          maxLength={120}
        />
        <SmallButton type="submit" disabled={action.pending || !label.trim()}>
          Take snapshot
        </SmallButton>
      </form>
      {snapshots.loading && !snapshots.data ? <Loading /> : null}
      {snapshots.data && !rows.length ? <Empty>No snapshots yet.</Empty> : null}
      <ul className="space-y-1 text-sm">
        {rows.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-2">
            <span>
              <strong>{s.label}</strong>{" "}
              <span className="text-xs text-slate-500">
                v{s.version} · {new Date(s.createdAt).toLocaleString()}
              </span>
            </span>
            <SmallButton
              onClick={async () => {
                if (!window.confirm(`Restore "${s.label}"? Your current state is snapshotted first.`)) return;
                if ((await action.run(() => sandboxApi.restore(sandboxId, s.id))) !== undefined) {
                  setTick((t) => t + 1);
                  onRestored();
                }
              }}
            >
              Restore
            </SmallButton>
          </li>
        ))}
      </ul>
      <ErrorNote error={action.error ?? snapshots.error} />
    </div>
  );
}
