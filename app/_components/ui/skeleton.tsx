/** Placeholder blocks shown while a dynamic page loads. */
export function PageSkeleton({ cards = 2 }: { cards?: number }) {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-6">
      <span className="sr-only">Loading…</span>
      <div className="h-9 w-72 rounded-lg bg-slate-200 dark:bg-slate-800" />
      <div className="h-5 w-96 max-w-full rounded bg-slate-200 dark:bg-slate-800" />
      <div className="grid gap-4 md:grid-cols-2">
        {Array.from({ length: cards }, (_, i) => (
          <div key={i} className="h-40 rounded-xl bg-slate-200 dark:bg-slate-800" />
        ))}
      </div>
    </div>
  );
}
