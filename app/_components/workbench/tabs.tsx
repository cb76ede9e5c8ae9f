"use client";
/**
 * WAI-ARIA tabs with roving focus: arrow keys move between tabs (Up/Down when vertical), Home/End jump,
 * and only the selected tab is in the Tab order.
 * @see https://www.w3.org/WAI/ARIA/apg/patterns/tabs/
 */
import { useRef, type KeyboardEvent, type ReactNode } from "react";

export interface TabItem<K extends string> {
  key: K;
  label: ReactNode;
}

export function Tabs<K extends string>({
  id,
  items,
  selected,
  onSelect,
  orientation = "horizontal",
  label,
}: {
  id: string;
  items: ReadonlyArray<TabItem<K>>;
  selected: K;
  onSelect: (key: K) => void;
  orientation?: "horizontal" | "vertical";
  label: string;
}) {
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const next = orientation === "vertical" ? "ArrowDown" : "ArrowRight";
    const previous = orientation === "vertical" ? "ArrowUp" : "ArrowLeft";
    let target = -1;
    if (event.key === next) target = (index + 1) % items.length;
    else if (event.key === previous) target = (index - 1 + items.length) % items.length;
    else if (event.key === "Home") target = 0;
    else if (event.key === "End") target = items.length - 1;
    if (target < 0) return;
    event.preventDefault();
    const item = items[target];
    if (!item) return;
    onSelect(item.key);
    refs.current[target]?.focus();
  };
  const vertical = orientation === "vertical";
  return (
    <div
      role="tablist"
      aria-label={label}
      aria-orientation={orientation}
      className={
        vertical
          ? "flex flex-row flex-wrap gap-1 lg:flex-col"
          : "flex flex-wrap gap-1 border-b border-slate-200 dark:border-slate-800"
      }
    >
      {items.map((item, index) => {
        const active = item.key === selected;
        return (
          <button
            key={item.key}
            ref={(element) => {
              refs.current[index] = element;
            }}
            id={`${id}-tab-${item.key}`}
            role="tab"
            type="button"
            aria-selected={active}
            aria-controls={`${id}-panel`}
            tabIndex={active ? 0 : -1}
            onClick={() => onSelect(item.key)}
            onKeyDown={(event) => onKeyDown(event, index)}
            className={
              vertical
                ? `rounded-md px-3 py-2 text-left text-sm font-medium ${active ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"}`
                : `-mb-px border-b-2 px-3 py-2 text-sm font-medium ${active ? "border-brand-600 text-brand-700 dark:text-brand-100" : "border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white"}`
            }
          >
            {item.label}
          </button>
        );
      })}
    </div>
  );
}

export function TabPanel({ id, selected, children }: { id: string; selected: string; children: ReactNode }) {
  return (
    <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${selected}`} className="min-w-0">
      {children}
    </div>
  );
}
