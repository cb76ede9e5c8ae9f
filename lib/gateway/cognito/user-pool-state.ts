/**
 * The simulated user pools' state: plain JSON (keys as JWK), so a sandbox's pools can be stored and rebuilt.
 * Times are epoch seconds, as the Cognito JSON protocol returns them.
 */
import type { JWK } from "jose";

export type TimeUnit = "seconds" | "minutes" | "hours" | "days";
export type UserStatus = "CONFIRMED" | "FORCE_CHANGE_PASSWORD";
export type PreventUserExistenceErrors = "ENABLED" | "LEGACY";

export interface PasswordPolicy {
  MinimumLength: number;
  RequireUppercase: boolean;
  RequireLowercase: boolean;
  RequireNumbers: boolean;
  RequireSymbols: boolean;
  TemporaryPasswordValidityDays: number;
}

/** One RSA signing key: Cognito signs ID tokens and access tokens with different keys. */
export interface SigningKeyRecord {
  kid: string;
  privateJwk: JWK;
  /** The JWKS entry: `{ alg, e, kid, kty, n, use }`. */
  publicJwk: JWK;
}

export interface TokenValidity {
  idToken: number;
  accessToken: number;
  refreshToken: number;
  units: { IdToken: TimeUnit; AccessToken: TimeUnit; RefreshToken: TimeUnit };
}

export interface AppClientRecord {
  clientId: string;
  clientName: string;
  clientSecret?: string;
  createdAt: number;
  lastModifiedAt: number;
  explicitAuthFlows: string[];
  allowedOAuthFlows: string[];
  allowedOAuthScopes: string[];
  allowedOAuthFlowsUserPoolClient: boolean;
  callbackUrls: string[];
  preventUserExistenceErrors: PreventUserExistenceErrors;
  tokenValidity: TokenValidity;
}

export interface UserRecord {
  username: string;
  sub: string;
  passwordSalt: string;
  /** SHA-256 of salt and password, hex: the sandbox never stores a password as given. */
  passwordHash: string;
  /** When a temporary password was set (it expires after TemporaryPasswordValidityDays). */
  passwordSetAt: number;
  status: UserStatus;
  enabled: boolean;
  /** Attributes other than `sub`, by name (`email`, `email_verified`, `custom:role`...). */
  attributes: Record<string, string>;
  /** Group names, in the order the user joined them. */
  groups: string[];
  createdAt: number;
  lastModifiedAt: number;
}

export interface GroupRecord {
  groupName: string;
  description?: string;
  precedence?: number;
  roleArn?: string;
  createdAt: number;
  lastModifiedAt: number;
}

export interface ResourceServerRecord {
  identifier: string;
  name: string;
  scopes: Array<{ ScopeName: string; ScopeDescription: string }>;
}

/** What a refresh token stands for; new tokens keep the original `auth_time` and `origin_jti`. */
export interface RefreshTokenRecord {
  clientId: string;
  username: string;
  authTime: number;
  originJti: string;
  /** The scopes granted at sign-in (OAuth flows); the API flows always grant aws.cognito.signin.user.admin. */
  scopes: string[];
  expiresAt: number;
}

/** An InitiateAuth session waiting for RespondToAuthChallenge. */
export interface AuthSessionRecord {
  clientId: string;
  username: string;
  challengeName: "NEW_PASSWORD_REQUIRED";
  expiresAt: number;
}

/** A code from managed login, exchanged once at the token endpoint. */
export interface AuthorizationCodeRecord {
  clientId: string;
  username: string;
  redirectUri: string;
  scopes: string[];
  authTime: number;
  expiresAt: number;
}

export interface UserPoolRecord {
  id: string;
  name: string;
  arn: string;
  createdAt: number;
  lastModifiedAt: number;
  passwordPolicy: PasswordPolicy;
  /** Custom attributes declared in the pool's Schema, without the `custom:` prefix. */
  customAttributes: string[];
  idTokenKey: SigningKeyRecord;
  accessTokenKey: SigningKeyRecord;
  clients: Record<string, AppClientRecord>;
  /** Keyed by the username in lower case: user names are case-insensitive (the default for new pools). */
  users: Record<string, UserRecord>;
  groups: Record<string, GroupRecord>;
  resourceServers: Record<string, ResourceServerRecord>;
  refreshTokens: Record<string, RefreshTokenRecord>;
  sessions: Record<string, AuthSessionRecord>;
  authorizationCodes: Record<string, AuthorizationCodeRecord>;
}

export interface CognitoState {
  version: 1;
  userPools: Record<string, UserPoolRecord>;
}

export function createCognitoState(): CognitoState {
  return { version: 1, userPools: {} };
}
