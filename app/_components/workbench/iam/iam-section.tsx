"use client";
/**
 * IAM for AWS_IAM-authorized methods: users with access keys and inline policies allowing execute-api:Invoke,
 * and roles.
 */
import { useState } from "react";
import { useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { SigV4Explainer } from "./sigv4-explainer";
import { accountOfArn, type IamUserShape } from "./iam-types";
import { RolesPanel } from "./roles-panel";
import { UserDetail } from "./user-detail";
import { UsersPanel } from "./users-panel";

export function IamSection() {
  const { transport, revision } = useWorkbench();
  const [userName, setUserName] = useState<string>();
  const users = useAsync(
    () => transport.call<{ Users: IamUserShape[] }>("iam", "listUsers", {}),
    `iam-users:${revision}`,
  );
  // The sandbox's account, read off a user's ARN once there is one; the sandbox default otherwise.
  const firstArn = users.data?.Users[0]?.Arn;
  const accountId = firstArn ? accountOfArn(firstArn) : "123456789012";
  return (
    <div className="space-y-4">
      <h2 className="text-lg font-semibold">IAM</h2>
      <SigV4Explainer />
      <UsersPanel users={users} selected={userName} onSelect={setUserName} />
      {userName ? <UserDetail key={userName} userName={userName} /> : null}
      <RolesPanel accountId={accountId} />
    </div>
  );
}
