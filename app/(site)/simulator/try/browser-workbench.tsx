"use client";
/**
 * The visitor's try-it workbench. The engine (about 2 MB with QuickJS) loads only here, on demand; the
 * sandbox is kept in this browser's localStorage and can be exported, imported and reset.
 */
import { useEffect, useState, type ChangeEvent } from "react";
import { ErrorNote, Loading, SmallButton } from "@/app/_components/workbench/controls";
import type { BrowserSandbox } from "@/app/_components/workbench/browser/browser-sandbox";
import { Workbench } from "@/app/_components/workbench/workbench";

export function BrowserWorkbench() {
  const [sandbox, setSandbox] = useState<BrowserSandbox>();
  const [error, setError] = useState<Error>();
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    import("@/app/_components/workbench/browser/browser-sandbox")
      .then(({ openBrowserSandbox }) => openBrowserSandbox())
      .then(
        (opened) => current && setSandbox(opened),
        (reason: unknown) =>
          current && setError(reason instanceof Error ? reason : new Error(String(reason))),
      );
    return () => {
      current = false;
    };
  }, [generation]);
  const exportJson = () => {
    if (!sandbox) return;
    const document = {
      format: "gatewise-sandbox",
      formatVersion: 1,
      exportedAt: new Date().toISOString(),
      name: "Try-it sandbox",
      state: sandbox.exportState(),
    };
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(document, null, 2)], { type: "application/json" }),
    );
    const link = Object.assign(window.document.createElement("a"), {
      href: url,
      download: "try-it.gatewise-sandbox.json",
    });
    link.click();
    URL.revokeObjectURL(url);
  };
  const importJson = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    try {
      const parsed = JSON.parse(await file.text()) as { format?: unknown; state?: unknown };
      if (parsed.format !== "gatewise-sandbox" || typeof parsed.state !== "object" || parsed.state === null) {
        throw new Error(
          `${file.name} is not a Gatewise sandbox export (format "gatewise-sandbox" with a state).`,
        );
      }
      const { BROWSER_SANDBOX_KEY } = await import("@/app/_components/workbench/browser/browser-sandbox");
      window.localStorage.setItem(BROWSER_SANDBOX_KEY, JSON.stringify(parsed.state));
      setSandbox(undefined);
      setGeneration((g) => g + 1);
    } catch (reason) {
      setError(reason instanceof Error ? reason : new Error(String(reason)));
    }
  };
  const reset = async () => {
    if (!sandbox || !window.confirm("Reset the try-it sandbox? Everything in it is deleted.")) return;
    await sandbox.reset();
    setSandbox(undefined);
    setGeneration((g) => g + 1);
  };
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-2">
        <SmallButton onClick={exportJson} disabled={!sandbox}>
          Export JSON
        </SmallButton>
        <label className="inline-flex cursor-pointer items-center rounded-md border border-slate-300 px-2.5 py-1 text-xs font-semibold focus-within:outline focus-within:outline-2 focus-within:outline-brand-600 dark:border-slate-700">
          Import JSON
          <input type="file" accept="application/json,.json" className="sr-only" onChange={importJson} />
        </label>
        <SmallButton variant="danger" onClick={reset} disabled={!sandbox}>
          Reset sandbox
        </SmallButton>
      </div>
      <ErrorNote error={error} />
      {sandbox ? (
        <Workbench key={generation} transport={sandbox.transport} />
      ) : error ? null : (
        <Loading label="Starting the simulator in your browser…" />
      )}
    </div>
  );
}
