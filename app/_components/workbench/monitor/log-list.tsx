"use client";
/**
 * A monospace log listing, newest first, with a filter and line wrapping. Rows off screen skip layout and
 * paint (content-visibility), and only the first PAGE rows are rendered until asked for more.
 */
import { useId, useMemo, useState } from "react";
import type { LogLine } from "../transport";
import { Checkbox, inputClass, SmallButton } from "../controls";
import { filterLogLines, formatLogTime, toNewestFirst } from "./log-lines";

const PAGE = 200;

export function LogList({ lines, label }: { lines: readonly LogLine[]; label: string }) {
  const filterId = useId();
  const [filter, setFilter] = useState("");
  const [wrap, setWrap] = useState(true);
  const [shown, setShown] = useState(PAGE);
  const newest = useMemo(() => toNewestFirst(lines), [lines]);
  const matching = useMemo(() => filterLogLines(newest, filter), [newest, filter]);
  const visible = matching.slice(0, shown);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 space-y-1 text-sm">
          <label htmlFor={filterId} className="font-medium text-slate-700 dark:text-slate-300">
            Filter lines
          </label>
          <input
            id={filterId}
            type="search"
            className={inputClass}
            placeholder="e.g. 429 or requestId"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        </div>
        <Checkbox label="Wrap lines" checked={wrap} onChange={(e) => setWrap(e.target.checked)} />
      </div>
      <p className="text-xs text-slate-500 dark:text-slate-400" aria-live="polite">
        {filter
          ? `${matching.length} of ${lines.length} lines match.`
          : `${lines.length} lines, newest first.`}
      </p>
      <ol
        aria-label={label}
        tabIndex={0}
        className="max-h-[28rem] overflow-auto rounded-md border border-slate-200 bg-slate-50 font-mono text-xs text-slate-800 dark:border-slate-800 dark:bg-slate-950 dark:text-slate-200"
      >
        {visible.map((line, index) => (
          <li
            key={`${line.timestamp}-${index}`}
            className={`flex gap-3 border-b border-slate-100 px-2 py-0.5 [content-visibility:auto] [contain-intrinsic-size:auto_1.25rem] last:border-b-0 dark:border-slate-900 ${wrap ? "" : "w-max min-w-full whitespace-nowrap"}`}
          >
            <time
              dateTime={new Date(line.timestamp).toISOString()}
              className="shrink-0 text-slate-500 dark:text-slate-400"
            >
              {formatLogTime(line.timestamp)}
            </time>
            {line.stream ? (
              <span className="shrink-0 text-slate-400 dark:text-slate-500">{line.stream}</span>
            ) : null}
            <span className={wrap ? "min-w-0 whitespace-pre-wrap break-all" : "whitespace-pre"}>
              {line.message}
            </span>
          </li>
        ))}
      </ol>
      {matching.length > shown ? (
        <SmallButton onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, matching.length - shown)} more
        </SmallButton>
      ) : null}
    </div>
  );
}
