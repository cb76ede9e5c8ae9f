/** IAM API response shapes as the workbench's IAM runner answers them (lib/workbench/iam-shapes.ts). */
export interface IamUserShape {
  UserName: string;
  UserId: string;
  Arn: string;
  Path: string;
  CreateDate: string;
}

export interface IamRoleShape {
  RoleName: string;
  RoleId: string;
  Arn: string;
  Path: string;
  CreateDate: string;
  MaxSessionDuration: number;
}

export interface AccessKeyShape {
  UserName: string;
  AccessKeyId: string;
  Status: "Active" | "Inactive";
  CreateDate: string;
  /** Only in CreateAccessKey's answer. */
  SecretAccessKey?: string;
}

/** The account of an IAM ARN, `arn:aws:iam::<account>:user/<name>`. */
export function accountOfArn(arn: string): string {
  return arn.split(":")[4] || "123456789012";
}
