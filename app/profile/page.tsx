import type { Metadata } from "next";
import { requirePageRole } from "@/lib/authz";
import { listSandboxKeySummaries } from "@/lib/data/sandbox-credentials";
import { Badge, Card, PageHeader } from "@/app/_components/ui/card";
import { PasswordForm, ProfileForm } from "./profile-forms";
import { requestOrigin } from "./request-origin";
import { SandboxCredentials } from "./sandbox-credentials";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const user = await requirePageRole("/profile");
  const [sandboxes, origin] = await Promise.all([listSandboxKeySummaries(user.id), requestOrigin()]);
  return (
    <>
      <PageHeader title="Profile" lead="Your account details." />
      <div className="grid max-w-4xl gap-6 md:grid-cols-2">
        <Card title="Account">
          <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-500">Email</dt>
            <dd>{user.email}</dd>
            <dt className="text-slate-500">Role</dt>
            <dd>
              <Badge>{user.role}</Badge>
            </dd>
            <dt className="text-slate-500">Member since</dt>
            <dd>{user.createdAt.toISOString().slice(0, 10)}</dd>
          </dl>
          <ProfileForm name={user.name ?? ""} />
        </Card>
        <Card title="Password">
          {user.hasPassword ? (
            <PasswordForm />
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-300">
              You sign in with GitHub or Google; this account has no password.
            </p>
          )}
        </Card>
        <Card title="Sandbox credentials" className="md:col-span-2">
          <SandboxCredentials sandboxes={sandboxes} origin={origin} />
        </Card>
      </div>
    </>
  );
}
