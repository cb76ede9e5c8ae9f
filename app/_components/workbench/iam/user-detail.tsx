"use client";
/** One IAM user: ARN, access keys and inline policies. */
import { CopyableValue } from "@/app/_components/workbench/copy-button";
import { ErrorNote, Loading, Panel } from "../controls";
import { useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { AccessKeysPanel } from "./access-keys-panel";
import { accountOfArn, type IamUserShape } from "./iam-types";
import { InlinePoliciesPanel } from "./inline-policies-panel";

export function UserDetail({ userName }: { userName: string }) {
  const { transport, revision } = useWorkbench();
  const user = useAsync(
    () => transport.call<{ User: IamUserShape }>("iam", "getUser", { UserName: userName }),
    `iam-user:${userName}:${revision}`,
  );
  if (user.loading && !user.data) return <Loading label="Loading the user…" />;
  if (user.error && !user.data) return <ErrorNote error={user.error} />;
  if (!user.data) return null;
  const { User } = user.data;
  return (
    <Panel nameTitle title={`User ${User.UserName}`}>
      <div className="space-y-4">
        <CopyableValue value={User.Arn} what="user ARN" />
        <div className="border-t border-slate-200 pt-4 dark:border-slate-800">
          <AccessKeysPanel userName={User.UserName} />
        </div>
        <div className="border-t border-slate-200 pt-4 dark:border-slate-800">
          <InlinePoliciesPanel kind="user" name={User.UserName} accountId={accountOfArn(User.Arn)} />
        </div>
      </div>
    </Panel>
  );
}
