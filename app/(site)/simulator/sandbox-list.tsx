"use client";
/** The learner's saved sandboxes: create, import, open, export, rename, reset, snapshots, delete. */
import Link from "next/link";
import { useState, type ChangeEvent, type FormEvent } from "react";
import {
  Empty,
  ErrorNote,
  Loading,
  Panel,
  SmallButton,
  TextInput,
} from "@/app/_components/workbench/controls";
import { useAction, useAsync } from "@/app/_components/workbench/use-async";
import { sandboxApi, type SandboxRow } from "./sandbox-api";
import { SnapshotList } from "./snapshot-list";

export function SandboxList() {
  const [tick, setTick] = useState(0);
  const list = useAsync(() => sandboxApi.list(), `sandboxes:${tick}`);
  const reload = () => setTick((t) => t + 1);
  const [name, setName] = useState("");
  const action = useAction();
  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (await action.run(() => sandboxApi.create(name.trim()))) {
      setName("");
      reload();
    }
  };
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    const done = await action.run(async () => {
      let document: unknown;
      try {
        document = JSON.parse(await file.text());
      } catch (error) {
        throw new Error(`${file.name} is not JSON: ${(error as Error).message}`);
      }
      const named = (document as { name?: unknown }).name;
      return sandboxApi.create(
        typeof named === "string" && named ? named : file.name.replace(/\..*$/, ""),
        document,
      );
    });
    if (done) reload();
  };
  const sandboxes = list.data?.sandboxes ?? [];
  return (
    <div className="space-y-4">
      <Panel title="New sandbox">
        <div className="flex flex-wrap items-end gap-3">
          <form onSubmit={create} className="flex flex-wrap items-end gap-2" aria-label="Create sandbox">
            <TextInput
              label="Sandbox name"
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              maxLength={80}
            />
            <SmallButton type="submit" variant="primary" disabled={action.pending || !name.trim()}>
              Create sandbox
            </SmallButton>
          </form>
          <label className="inline-flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-2.5 py-1 text-xs font-semibold focus-within:outline focus-within:outline-2 focus-within:outline-brand-600 dark:border-slate-700">
            Import from JSON
            <input type="file" accept="application/json,.json" className="sr-only" onChange={importFile} />
          </label>
        </div>
        <div className="mt-2">
          <ErrorNote error={action.error} />
        </div>
      </Panel>
      {list.loading && !list.data ? <Loading label="Loading your sandboxes…" /> : null}
      <ErrorNote error={list.error} />
      {list.data && !sandboxes.length ? <Empty>No sandboxes yet: create one above.</Empty> : null}
      <ul className="grid gap-4 md:grid-cols-2" aria-label="Your sandboxes">
        {sandboxes.map((sandbox) => (
          <SandboxCard key={sandbox.id} sandbox={sandbox} onChanged={reload} />
        ))}
      </ul>
    </div>
  );
}

function SandboxCard({ sandbox, onChanged }: { sandbox: SandboxRow; onChanged: () => void }) {
  const [showSnapshots, setShowSnapshots] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(sandbox.name);
  const action = useAction();
  const run = async (work: () => Promise<unknown>) => {
    if ((await action.run(work)) !== undefined) onChanged();
  };
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      {renaming ? (
        <form
          className="mb-2 flex items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            setRenaming(false);
            void run(() => sandboxApi.rename(sandbox.id, name.trim()));
          }}
        >
          <TextInput
            label="New name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            maxLength={80}
          />
          <SmallButton type="submit">Save name</SmallButton>
        </form>
      ) : (
        <h2 className="text-lg font-semibold">
          <Link href={`/simulator/${sandbox.id}`} className="hover:underline">
            {sandbox.name}
          </Link>
        </h2>
      )}
      <p className="mb-3 text-xs text-slate-500 dark:text-slate-400">
        {sandbox.apiCount} REST API{sandbox.apiCount === 1 ? "" : "s"} · version {sandbox.version} · saved{" "}
        {new Date(sandbox.updatedAt).toLocaleString()}
      </p>
      <div className="flex flex-wrap gap-2">
        <Link
          href={`/simulator/${sandbox.id}`}
          className="inline-flex items-center rounded-md bg-brand-600 px-2.5 py-1 text-xs font-semibold text-white hover:bg-brand-700"
          aria-label={`Open ${sandbox.name}`}
        >
          Open workbench
        </Link>
        <a
          href={`/api/sandboxes/${sandbox.id}/export`}
          download
          className="inline-flex items-center rounded-md border border-slate-300 px-2.5 py-1 text-xs font-semibold dark:border-slate-700"
        >
          Export JSON
        </a>
        <SmallButton onClick={() => setRenaming((r) => !r)}>Rename</SmallButton>
        <SmallButton onClick={() => setShowSnapshots((s) => !s)} aria-expanded={showSnapshots}>
          Snapshots
        </SmallButton>
        <SmallButton
          variant="danger"
          onClick={() => {
            if (window.confirm(`Reset ${sandbox.name} to empty? A snapshot of its current state is kept.`))
              void run(() => sandboxApi.reset(sandbox.id));
          }}
        >
          Reset
        </SmallButton>
        <SmallButton
          variant="danger"
          onClick={() => {
            if (window.confirm(`Delete ${sandbox.name} and all its snapshots? This cannot be undone.`))
              void run(() => sandboxApi.remove(sandbox.id));
          }}
        >
          Delete
        </SmallButton>
      </div>
      <div className="mt-2">
        <ErrorNote error={action.error} />
      </div>
      {showSnapshots ? <SnapshotList sandboxId={sandbox.id} onRestored={onChanged} /> : null}
    </li>
  );
}
