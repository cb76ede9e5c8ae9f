import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/lib/authz";
import { FEATURES } from "@/lib/features";
import { navFor } from "@/lib/navigation";
import { Badge, Card, PageHeader } from "@/app/_components/ui/card";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requirePageRole("/dashboard");
  const staffLinks = navFor(user.role).filter((i) => i.roles);
  return (
    <>
      <PageHeader
        title={`Hello, ${user.name ?? user.email}`}
        lead="Your progress across Gatewise will appear here."
      >
        <p className="text-sm text-slate-500 dark:text-slate-400">
          Signed in as {user.email} · <Badge>{user.role}</Badge>
        </p>
      </PageHeader>
      <div className="grid gap-4 md:grid-cols-2">
        <Card title="Your progress">
          <p className="text-slate-600 dark:text-slate-300">
            Nothing to show yet. Lessons read, labs passed and exam scores will be charted here as those areas
            open.
          </p>
        </Card>
        <Card title="Areas">
          <ul className="space-y-2">
            {FEATURES.map((f) => (
              <li key={f.href} className="flex items-center justify-between gap-2">
                <Link
                  href={f.href}
                  className="font-medium text-brand-600 hover:underline dark:text-brand-500"
                >
                  {f.title}
                </Link>
                <Badge>{f.available ? "Open" : "In development"}</Badge>
              </li>
            ))}
          </ul>
        </Card>
        {staffLinks.length ? (
          <Card title="Staff">
            <ul className="space-y-2">
              {staffLinks.map((l) => (
                <li key={l.href}>
                  <Link
                    href={l.href}
                    className="font-medium text-brand-600 hover:underline dark:text-brand-500"
                  >
                    {l.label}
                  </Link>{" "}
                  <span className="text-sm text-slate-500">{l.description}</span>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
      </div>
    </>
  );
}
