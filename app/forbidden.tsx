import type { Metadata } from "next";
import { ButtonLink } from "./_components/ui/button";

export const metadata: Metadata = { title: "Not allowed" };

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center" data-testid="forbidden">
      <p className="text-sm font-semibold text-brand-600">403</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">You do not have access to this page</h1>
      <p className="mt-4 text-slate-600 dark:text-slate-300">
        This area is for another role. If you think you should have access, ask an admin to change your role.
      </p>
      <div className="mt-8 flex justify-center gap-3">
        <ButtonLink href="/dashboard">Go to your dashboard</ButtonLink>
      </div>
    </div>
  );
}
