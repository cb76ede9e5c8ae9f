import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/ui/card";
import { BrowserWorkbench } from "./browser-workbench";

export const metadata: Metadata = { title: "Try the simulator" };

export default function TrySimulatorPage() {
  return (
    <>
      <PageHeader
        title="Try-it sandbox"
        lead="Everything here runs in your browser and is saved in this browser only. Sign in to keep sandboxes on the server and call your APIs with curl and the AWS SDKs."
      />
      <BrowserWorkbench />
    </>
  );
}
