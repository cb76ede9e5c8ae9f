"use client";
/** The sandbox's functions (ListFunctions): pick one to edit, test and wire to an API. */
import { Empty, ErrorNote, Loading } from "../controls";
import type { AsyncState } from "../use-async";
import type { ListFunctionsOutput } from "./lambda-types";

export function FunctionList({
  functions,
  selected,
  onSelect,
}: {
  functions: AsyncState<ListFunctionsOutput>;
  selected: string | undefined;
  onSelect: (functionName: string) => void;
}) {
  if (functions.loading && !functions.data) return <Loading label="Loading functions…" />;
  if (functions.error) return <ErrorNote error={functions.error} />;
  const items = functions.data?.Functions ?? [];
  if (items.length === 0) return <Empty>No functions yet: create one from a starter template.</Empty>;
  return (
    <ul aria-label="Functions" className="space-y-1">
      {items.map((fn) => {
        const active = fn.FunctionName === selected;
        return (
          <li key={fn.FunctionName}>
            <button
              type="button"
              aria-current={active ? "true" : undefined}
              onClick={() => onSelect(fn.FunctionName)}
              className={`block w-full rounded-md px-3 py-2 text-left text-sm ${
                active
                  ? "bg-brand-600 text-white"
                  : "text-slate-800 hover:bg-slate-100 dark:text-slate-100 dark:hover:bg-slate-800"
              }`}
            >
              <span className="block truncate font-medium">{fn.FunctionName}</span>
              <span
                className={`block text-xs ${active ? "text-brand-100" : "text-slate-500 dark:text-slate-400"}`}
              >
                {fn.Runtime} · {fn.MemorySize} MB · {fn.Timeout} s
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
