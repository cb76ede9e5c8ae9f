"use client";
/**
 * The simulator's console: one sandbox (stored on the server, or kept in the browser for visitors), its
 * REST APIs and everything around them, a test panel with the execution trace, a traffic generator and
 * CloudWatch-style metrics and logs. Sections are tabs; the selected API is shared between them.
 */
import { useMemo, useState } from "react";
import { ApiSection } from "./apis/api-section";
import { CognitoSection } from "./cognito/cognito-section";
import { IamSection } from "./iam/iam-section";
import { KeysSection } from "./keys/keys-section";
import { LambdaSection } from "./lambda/lambda-section";
import { MonitorSection } from "./monitor/monitor-section";
import { TabPanel, Tabs } from "./tabs";
import { TestSection } from "./test/test-section";
import { TrafficSection } from "./traffic/traffic-section";
import type { WorkbenchTransport } from "./transport";
import { WorkbenchContext, type WorkbenchContextValue } from "./workbench-context";

const SECTIONS = [
  { key: "apis", label: "APIs" },
  { key: "test", label: "Test" },
  { key: "lambda", label: "Lambda" },
  { key: "keys", label: "API keys & plans" },
  { key: "cognito", label: "Cognito" },
  { key: "iam", label: "IAM" },
  { key: "traffic", label: "Traffic" },
  { key: "monitor", label: "Metrics & logs" },
] as const;

export type SectionKey = (typeof SECTIONS)[number]["key"];

function SectionBody({ section }: { section: SectionKey }) {
  switch (section) {
    case "apis":
      return <ApiSection />;
    case "test":
      return <TestSection />;
    case "lambda":
      return <LambdaSection />;
    case "keys":
      return <KeysSection />;
    case "cognito":
      return <CognitoSection />;
    case "iam":
      return <IamSection />;
    case "traffic":
      return <TrafficSection />;
    case "monitor":
      return <MonitorSection />;
  }
}

export function Workbench({
  transport,
  initialSection = "apis",
}: {
  transport: WorkbenchTransport;
  initialSection?: SectionKey;
}) {
  const [section, setSection] = useState<SectionKey>(initialSection);
  const [restApiId, selectApi] = useState<string>();
  const [revision, setRevision] = useState(0);
  const context = useMemo<WorkbenchContextValue>(
    () => ({ transport, restApiId, selectApi, revision, changed: () => setRevision((r) => r + 1) }),
    [transport, restApiId, revision],
  );
  return (
    <WorkbenchContext.Provider value={context}>
      <div className="grid gap-6 lg:grid-cols-[12rem_minmax(0,1fr)]">
        <nav aria-label="Workbench sections" className="lg:sticky lg:top-4 lg:self-start">
          <Tabs
            id="workbench"
            label="Workbench sections"
            items={SECTIONS}
            selected={section}
            onSelect={setSection}
            orientation="vertical"
          />
        </nav>
        <TabPanel id="workbench" selected={section}>
          <SectionBody section={section} />
        </TabPanel>
      </div>
    </WorkbenchContext.Provider>
  );
}
