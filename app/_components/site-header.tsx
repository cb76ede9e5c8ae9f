import Link from "next/link";
import { SiteNav } from "./site-nav";

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
      <div className="relative mx-auto flex h-16 max-w-7xl items-center gap-4 px-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold tracking-tight">
          <span
            aria-hidden="true"
            className="grid h-8 w-8 place-items-center rounded-lg bg-brand-600 text-white"
          >
            G
          </span>
          Gatewise
        </Link>
        <SiteNav />
      </div>
    </header>
  );
}

export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 py-8 text-sm text-slate-500 dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto flex max-w-7xl flex-wrap justify-between gap-4 px-4 sm:px-6">
        <p>
          Gatewise: learn Amazon API Gateway by building with it. Not affiliated with Amazon Web Services.
        </p>
        <p>
          <Link href="/api/health" className="underline-offset-2 hover:underline">
            Service health
          </Link>
        </p>
      </div>
    </footer>
  );
}
