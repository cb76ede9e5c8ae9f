/**
 * Request and response shapes of the Cognito user pools API (the members we simulate), as the AWS SDK v3 and the
 * JSON protocol spell them. Dates are epoch seconds.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_Types.html
 */
import type { PasswordPolicy, PreventUserExistenceErrors, TimeUnit, UserStatus } from "./user-pool-state";

export interface AttributeType {
  Name: string;
  Value?: string;
}

/** A Schema entry; custom attributes are declared here (`role` becomes `custom:role`). */
export interface SchemaAttributeType {
  Name: string;
  AttributeDataType?: "String" | "Number" | "DateTime" | "Boolean";
  Mutable?: boolean;
}

export interface CreateUserPoolInput {
  PoolName: string;
  Policies?: { PasswordPolicy?: Partial<PasswordPolicy> };
  Schema?: SchemaAttributeType[];
}

export interface UserPoolType {
  Id: string;
  Name: string;
  Arn: string;
  CreationDate: number;
  LastModifiedDate: number;
  Policies: { PasswordPolicy: PasswordPolicy };
  EstimatedNumberOfUsers: number;
}

export interface TokenValidityUnitsType {
  IdToken?: TimeUnit;
  AccessToken?: TimeUnit;
  RefreshToken?: TimeUnit;
}

export interface CreateUserPoolClientInput {
  UserPoolId: string;
  ClientName: string;
  GenerateSecret?: boolean;
  ExplicitAuthFlows?: string[];
  AllowedOAuthFlows?: string[];
  AllowedOAuthScopes?: string[];
  AllowedOAuthFlowsUserPoolClient?: boolean;
  CallbackURLs?: string[];
  PreventUserExistenceErrors?: PreventUserExistenceErrors;
  IdTokenValidity?: number;
  AccessTokenValidity?: number;
  RefreshTokenValidity?: number;
  TokenValidityUnits?: TokenValidityUnitsType;
}

export interface UserPoolClientType {
  UserPoolId: string;
  ClientName: string;
  ClientId: string;
  ClientSecret?: string;
  CreationDate: number;
  LastModifiedDate: number;
  ExplicitAuthFlows: string[];
  AllowedOAuthFlows: string[];
  AllowedOAuthScopes: string[];
  AllowedOAuthFlowsUserPoolClient: boolean;
  CallbackURLs: string[];
  PreventUserExistenceErrors: PreventUserExistenceErrors;
  IdTokenValidity: number;
  AccessTokenValidity: number;
  RefreshTokenValidity: number;
  TokenValidityUnits: Required<TokenValidityUnitsType>;
}

export interface ResourceServerScopeType {
  ScopeName: string;
  ScopeDescription: string;
}

export interface CreateResourceServerInput {
  UserPoolId: string;
  Identifier: string;
  Name: string;
  Scopes?: ResourceServerScopeType[];
}

export interface ResourceServerType {
  UserPoolId: string;
  Identifier: string;
  Name: string;
  Scopes: ResourceServerScopeType[];
}

export interface AdminCreateUserInput {
  UserPoolId: string;
  Username: string;
  TemporaryPassword?: string;
  UserAttributes?: AttributeType[];
  MessageAction?: "RESEND" | "SUPPRESS";
}

export interface UserType {
  Username: string;
  Attributes: AttributeType[];
  UserCreateDate: number;
  UserLastModifiedDate: number;
  Enabled: boolean;
  UserStatus: UserStatus;
}

export interface AdminGetUserOutput {
  Username: string;
  UserAttributes: AttributeType[];
  UserCreateDate: number;
  UserLastModifiedDate: number;
  Enabled: boolean;
  UserStatus: UserStatus;
}

export interface UserInput {
  UserPoolId: string;
  Username: string;
}

export interface AdminSetUserPasswordInput extends UserInput {
  Password: string;
  Permanent?: boolean;
}

export interface ListUsersInput {
  UserPoolId: string;
  /** `attribute = "value"` or `attribute ^= "prefix"`. */
  Filter?: string;
  Limit?: number;
  PaginationToken?: string;
}

export interface CreateGroupInput {
  UserPoolId: string;
  GroupName: string;
  Description?: string;
  Precedence?: number;
  RoleArn?: string;
}

export interface GroupType {
  GroupName: string;
  UserPoolId: string;
  Description?: string;
  Precedence?: number;
  RoleArn?: string;
  CreationDate: number;
  LastModifiedDate: number;
}

export interface GroupMembershipInput extends UserInput {
  GroupName: string;
}

export interface AuthenticationResultType {
  AccessToken: string;
  ExpiresIn: number;
  TokenType: "Bearer";
  RefreshToken?: string;
  IdToken?: string;
}

/** InitiateAuth, AdminInitiateAuth and RespondToAuthChallenge answer tokens or a challenge. */
export interface AuthOutput {
  ChallengeName?: "NEW_PASSWORD_REQUIRED";
  Session?: string;
  ChallengeParameters: Record<string, string>;
  AuthenticationResult?: AuthenticationResultType;
}

export interface InitiateAuthInput {
  AuthFlow: string;
  ClientId: string;
  AuthParameters?: Record<string, string>;
}

export interface AdminInitiateAuthInput extends InitiateAuthInput {
  UserPoolId: string;
}

export interface RespondToAuthChallengeInput {
  ClientId: string;
  ChallengeName: string;
  Session?: string;
  ChallengeResponses?: Record<string, string>;
}
