import Link from "next/link";
import { FEATURES } from "@/lib/features";
import { ButtonLink } from "./_components/ui/button";
import { Badge } from "./_components/ui/card";

export default function Home() {
  return (
    <div className="space-y-16">
      <section className="max-w-3xl space-y-6 pt-6">
        <h1 className="text-4xl font-bold tracking-tight sm:text-5xl">
          Learn Amazon API Gateway by building with it.
        </h1>
        <p className="text-lg text-slate-600 dark:text-slate-300">
          Gatewise is a place to learn API Gateway and prepare for the AWS exams that test it (SAA-C03,
          DVA-C02, SAP-C02, ANS-C01). It pairs lessons and practice questions with a sandboxed simulator that
          answers like the real service, so what you try here holds in AWS. No AWS account and no bill.
        </p>
        <div className="flex flex-wrap gap-3">
          <ButtonLink href="/signup">Create a free account</ButtonLink>
          <ButtonLink href="/signin" variant="secondary">
            Sign in
          </ButtonLink>
        </div>
        <p className="text-sm text-slate-500 dark:text-slate-400">
          Gatewise is being built in the open. Accounts, roles and the dashboard work today; the areas below
          are marked with their status.
        </p>
      </section>

      <section aria-labelledby="areas" className="space-y-6">
        <h2 id="areas" className="text-2xl font-bold tracking-tight">
          What is in Gatewise
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {FEATURES.map((f) => (
            <li key={f.href}>
              <Link
                href={f.href}
                className="block h-full rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition hover:border-brand-500 dark:border-slate-800 dark:bg-slate-900"
              >
                <div className="mb-2 flex items-center justify-between gap-2">
                  <h3 className="text-lg font-semibold">{f.title}</h3>
                  <Badge>{f.available ? "Open" : "In development"}</Badge>
                </div>
                <p className="text-sm text-slate-600 dark:text-slate-300">{f.summary}</p>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
