import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/authz";
import { PageHeader } from "@/app/_components/ui/card";
import { ButtonLink } from "@/app/_components/ui/button";
import { SandboxList } from "./sandbox-list";

export const metadata: Metadata = { title: "Simulator" };

export default async function SimulatorPage() {
  const user = await getCurrentUser();
  return (
    <>
      <PageHeader
        title="Simulator"
        lead="Build REST APIs in a sandboxed API Gateway, deploy them, and call them from the workbench, curl or the AWS SDKs. Same status codes, error bodies, headers and limits as the real service, with an execution trace for every request."
      />
      {user ? (
        <SandboxList />
      ) : (
        <div className="max-w-3xl space-y-4">
          <p className="text-slate-700 dark:text-slate-300">
            Try it now without an account: a sandbox that runs entirely in your browser and is kept there.
            Create an account to keep several sandboxes on the server, get real invoke URLs for curl, and
            drive your APIs with the AWS SDK and CLI.
          </p>
          <div className="flex flex-wrap gap-3">
            <ButtonLink href="/simulator/try">Open the try-it sandbox</ButtonLink>
            <ButtonLink href="/signup" variant="secondary">
              Create an account
            </ButtonLink>
          </div>
        </div>
      )}
    </>
  );
}
