/**
 * IAM operations the workbench may run on the sandbox's IAM store, with IAM's member names as input
 * (`createUser { UserName }`) and IAM's response shapes as output. Inputs are checked here, members
 * misspelt included, because IamStore takes positional arguments.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_Operations.html
 */
import { z } from "zod";
import type { IamStore } from "@/lib/gateway/iam";
import { toAccessKeyShape, toRoleShape, toUserShape } from "./iam-shapes";
import {
  parseOperationInput,
  type OperationInput,
  type SandboxServiceRunner,
} from "./sandbox-service-runner";

const name = (member: string) =>
  z.string({ error: `${member} is required.` }).min(1, `${member} is required.`);
const UserName = name("UserName");
const RoleName = name("RoleName");
const PolicyName = name("PolicyName");
const AccessKeyId = name("AccessKeyId");
const PolicyDocument = z.union([z.string(), z.record(z.string(), z.unknown())], {
  error: "PolicyDocument is a JSON policy document (text or object).",
});
const Path = z.string().optional();

interface IamOperation {
  readOnly: boolean;
  run(iam: IamStore, input: OperationInput): unknown;
}

function iamOperation<S extends z.ZodType>(
  schema: S,
  readOnly: boolean,
  run: (iam: IamStore, input: z.infer<S>) => unknown,
): IamOperation {
  return { readOnly, run: (iam, input) => run(iam, parseOperationInput(schema, input)) };
}

const user = z.strictObject({ UserName });
const role = z.strictObject({ RoleName });
const userPolicy = z.strictObject({ UserName, PolicyName });
const rolePolicy = z.strictObject({ RoleName, PolicyName });
const none = z.strictObject({});

const IAM_TABLE: Record<string, IamOperation> = {
  createUser: iamOperation(z.strictObject({ UserName, Path }), false, (iam, i) => ({
    User: toUserShape(iam.createUser(i.UserName, { path: i.Path })),
  })),
  getUser: iamOperation(user, true, (iam, i) => ({ User: toUserShape(iam.getUser(i.UserName)) })),
  listUsers: iamOperation(none, true, (iam) => ({ Users: iam.listUsers().map(toUserShape) })),
  deleteUser: iamOperation(user, false, (iam, i) => iam.deleteUser(i.UserName)),
  createRole: iamOperation(
    z.strictObject({ RoleName, Path, MaxSessionDuration: z.number().int().optional() }),
    false,
    (iam, i) => ({
      Role: toRoleShape(
        iam.createRole(i.RoleName, { path: i.Path, maxSessionDuration: i.MaxSessionDuration }),
      ),
    }),
  ),
  getRole: iamOperation(role, true, (iam, i) => ({ Role: toRoleShape(iam.getRole(i.RoleName)) })),
  listRoles: iamOperation(none, true, (iam) => ({ Roles: iam.listRoles().map(toRoleShape) })),
  deleteRole: iamOperation(role, false, (iam, i) => iam.deleteRole(i.RoleName)),
  createAccessKey: iamOperation(user, false, (iam, i) => ({
    AccessKey: toAccessKeyShape(iam.createAccessKey(i.UserName)),
  })),
  listAccessKeys: iamOperation(user, true, (iam, i) => ({
    AccessKeyMetadata: iam.listAccessKeys(i.UserName).map(toAccessKeyShape),
  })),
  updateAccessKey: iamOperation(
    z.strictObject({ UserName, AccessKeyId, Status: z.enum(["Active", "Inactive"]) }),
    false,
    (iam, i) => iam.updateAccessKey(i.UserName, i.AccessKeyId, i.Status),
  ),
  deleteAccessKey: iamOperation(z.strictObject({ UserName, AccessKeyId }), false, (iam, i) =>
    iam.deleteAccessKey(i.UserName, i.AccessKeyId),
  ),
  putUserPolicy: iamOperation(z.strictObject({ UserName, PolicyName, PolicyDocument }), false, (iam, i) =>
    iam.putUserPolicy(i.UserName, i.PolicyName, i.PolicyDocument),
  ),
  getUserPolicy: iamOperation(userPolicy, true, (iam, i) => ({
    UserName: i.UserName,
    PolicyName: i.PolicyName,
    PolicyDocument: iam.getUserPolicy(i.UserName, i.PolicyName),
  })),
  listUserPolicies: iamOperation(user, true, (iam, i) => ({ PolicyNames: iam.listUserPolicies(i.UserName) })),
  deleteUserPolicy: iamOperation(userPolicy, false, (iam, i) =>
    iam.deleteUserPolicy(i.UserName, i.PolicyName),
  ),
  putRolePolicy: iamOperation(z.strictObject({ RoleName, PolicyName, PolicyDocument }), false, (iam, i) =>
    iam.putRolePolicy(i.RoleName, i.PolicyName, i.PolicyDocument),
  ),
  listRolePolicies: iamOperation(role, true, (iam, i) => ({ PolicyNames: iam.listRolePolicies(i.RoleName) })),
  deleteRolePolicy: iamOperation(rolePolicy, false, (iam, i) =>
    iam.deleteRolePolicy(i.RoleName, i.PolicyName),
  ),
};

export const IAM_OPERATIONS = Object.keys(IAM_TABLE);

export const iamRunner: SandboxServiceRunner = {
  operations: IAM_OPERATIONS,
  isReadOnly: (operation) => IAM_TABLE[operation]?.readOnly ?? false,
  run: (engine, operation, input) => IAM_TABLE[operation]!.run(engine.iam, input),
};
