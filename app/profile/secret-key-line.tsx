"use client";
import { Button } from "@/app/_components/ui/button";
import { CopyButton } from "@/app/_components/workbench/copy-button";

const MASK = "••••••••••••••••";

/** The secret access key's line: masked with "Show" until revealed, then copy and "Hide". */
export function SecretKeyLine({
  secret,
  sandboxName,
  loading,
  onShow,
  onHide,
}: {
  secret: string | null;
  sandboxName: string;
  loading: boolean;
  onShow: () => void;
  onHide: () => void;
}) {
  const what = `the secret access key of ${sandboxName}`;
  return (
    <>
      <dt className="text-slate-500 dark:text-slate-400">Secret access key</dt>
      <dd className="flex flex-wrap items-center gap-2">
        <code className="break-all rounded bg-slate-100 px-1.5 py-0.5 text-xs dark:bg-slate-800">
          {secret ?? <span aria-label="hidden">{MASK}</span>}
        </code>
        {secret ? (
          <>
            <CopyButton value={secret} what={what} />
            <Button type="button" variant="ghost" className="px-2 py-1 text-xs" onClick={onHide}>
              Hide<span className="sr-only"> {what}</span>
            </Button>
          </>
        ) : (
          <Button
            type="button"
            variant="secondary"
            className="px-2 py-1 text-xs"
            aria-disabled={loading || undefined}
            onClick={() => !loading && onShow()}
          >
            {loading ? "Loading…" : "Show"}
            <span className="sr-only"> {what}</span>
          </Button>
        )}
      </dd>
    </>
  );
}
