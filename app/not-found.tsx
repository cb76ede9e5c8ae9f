import type { Metadata } from "next";
import { ButtonLink } from "./_components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-4 text-slate-600 dark:text-slate-300">
        There is nothing at this address. It may have moved, or the link may be mistyped.
      </p>
      <div className="mt-8 flex justify-center gap-3">
        <ButtonLink href="/">Go to the home page</ButtonLink>
        <ButtonLink href="/learn" variant="secondary">
          Browse lessons
        </ButtonLink>
      </div>
    </div>
  );
}
