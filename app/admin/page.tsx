import type { Metadata } from "next";
import { requirePageRole } from "@/lib/authz";
import { listUsers, recentRoleChanges } from "@/lib/data/users";
import { Card, PageHeader } from "@/app/_components/ui/card";
import { RoleForm } from "./role-form";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; page?: string }>;
}) {
  await requirePageRole("/admin", "ADMIN");
  const { q, page } = await searchParams;
  const pageNo = Math.max(1, Number(page) || 1);
  const take = 50;
  const [{ users, total }, changes] = await Promise.all([
    listUsers({ query: q?.trim() || undefined, take, skip: (pageNo - 1) * take }),
    recentRoleChanges(10),
  ]);
  return (
    <>
      <PageHeader
        title="Users and roles"
        lead="Change what each person can do. Every change is recorded below."
      />
      <form className="mb-4 flex gap-2" role="search">
        <label htmlFor="q" className="sr-only">
          Search users
        </label>
        <input
          id="q"
          name="q"
          defaultValue={q}
          placeholder="Search by email or name"
          className="w-72 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900"
        />
        <button className="rounded-lg border border-slate-300 px-3 py-2 text-sm font-medium dark:border-slate-700">
          Search
        </button>
      </form>
      <Card>
        {users.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-300">No users match “{q}”.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Users</caption>
              <thead className="text-slate-500">
                <tr>
                  <th scope="col" className="py-2 pr-4">
                    Email
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Name
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Joined
                  </th>
                  <th scope="col" className="py-2">
                    Role
                  </th>
                </tr>
              </thead>
              <tbody>
                {users.map((u) => (
                  <tr key={u.id} className="border-t border-slate-200 dark:border-slate-800">
                    <td className="py-2 pr-4 font-medium">{u.email}</td>
                    <td className="py-2 pr-4">{u.name}</td>
                    <td className="py-2 pr-4 whitespace-nowrap">{u.createdAt.toISOString().slice(0, 10)}</td>
                    <td className="py-2">
                      <RoleForm userId={u.id} email={u.email} role={u.role} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="mt-3 text-sm text-slate-500">
          Showing {users.length} of {total}.{" "}
          {pageNo > 1 ? (
            <a className="underline" href={`?q=${encodeURIComponent(q ?? "")}&page=${pageNo - 1}`}>
              Previous
            </a>
          ) : null}{" "}
          {pageNo * take < total ? (
            <a className="underline" href={`?q=${encodeURIComponent(q ?? "")}&page=${pageNo + 1}`}>
              Next
            </a>
          ) : null}
        </p>
      </Card>
      <Card title="Recent role changes" className="mt-6">
        {changes.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-300">No role changes yet.</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {changes.map((c) => (
              <li key={c.id}>
                <time dateTime={c.createdAt.toISOString()}>
                  {c.createdAt.toISOString().slice(0, 16).replace("T", " ")}
                </time>{" "}
                {c.actor.email} changed {c.user.email} from {c.fromRole} to {c.toRole}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
