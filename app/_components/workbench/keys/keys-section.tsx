"use client";
/**
 * API keys and usage plans: create keys, group them in plans that throttle and cap each key on chosen API
 * stages, and read each key's daily usage.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html
 */
import { useState } from "react";
import { Alert } from "@/app/_components/ui/alert";
import { ApiKeysPanel } from "./api-keys-panel";
import { UsagePlanDetail } from "./usage-plan-detail";
import { UsagePlansPanel } from "./usage-plans-panel";

export function KeysSection() {
  const [planId, setPlanId] = useState<string>();
  return (
    <div className="space-y-4">
      <h2 className="text-lg font-semibold">API keys &amp; usage plans</h2>
      <Alert>
        <p>
          A usage plan&apos;s throttle and quota apply <strong>per API key</strong>: each key in the plan gets
          its own bucket and its own quota. They only apply to methods with <strong>API key required</strong>{" "}
          (<code>apiKeyRequired: true</code>): clients send the key in the <code>x-api-key</code> header, and
          a missing, unknown or disabled key gets 403 Forbidden. A key must be in a plan that lists the stage.
        </p>
        <p className="mt-2 text-xs">
          Throttles and quotas are best effort, not a billing cap: AWS recommends budgets and AWS WAF to
          protect costs, and never API keys alone for authorization.
        </p>
      </Alert>
      <ApiKeysPanel />
      <UsagePlansPanel selectedId={planId} onSelect={setPlanId} />
      {planId ? <UsagePlanDetail usagePlanId={planId} /> : null}
    </div>
  );
}
