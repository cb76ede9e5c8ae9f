/** Cognito user pools API shapes the workbench reads, from the engine's own definitions. */
export type {
  AuthOutput,
  GroupType,
  UserPoolClientType,
  UserPoolType,
  UserType,
} from "@/lib/gateway/cognito/user-pool-shapes";

export interface UserPoolSummary {
  Id: string;
  Name: string;
  CreationDate: number;
  LastModifiedDate: number;
}

/** The password policy members CreateUserPool takes, with a new pool's defaults. */
export const DEFAULT_POLICY = {
  MinimumLength: 8,
  RequireUppercase: true,
  RequireLowercase: true,
  RequireNumbers: true,
  RequireSymbols: true,
  TemporaryPasswordValidityDays: 7,
};
