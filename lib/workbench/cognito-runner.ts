/**
 * Cognito user pool operations the workbench may run: pool, app client, resource server, user and group
 * management, and the sign-in calls a learner needs to get tokens for a Cognito authorizer. Not the OAuth
 * endpoints (requestToken, signInWithManagedLogin): those are HTTP endpoints, not API actions.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_Operations.html
 */
import type { CognitoOperations } from "@/lib/gateway/cognito";
import { toTableRunner } from "./sandbox-service-runner";

export const COGNITO_OPERATIONS = [
  "createUserPool",
  "describeUserPool",
  "listUserPools",
  "deleteUserPool",
  "createUserPoolClient",
  "describeUserPoolClient",
  "deleteUserPoolClient",
  "createResourceServer",
  "adminCreateUser",
  "adminGetUser",
  "adminSetUserPassword",
  "adminDisableUser",
  "adminEnableUser",
  "adminDeleteUser",
  "listUsers",
  "createGroup",
  "adminAddUserToGroup",
  "adminRemoveUserFromGroup",
  "adminListGroupsForUser",
  "adminInitiateAuth",
  "initiateAuth",
  "respondToAuthChallenge",
] as const satisfies ReadonlyArray<keyof CognitoOperations>;

/** Sign-in writes refresh tokens and sessions, so only these prefixes are reads. */
const READ_ONLY = /^(describe|list|adminGet|adminList)/;

export const cognitoRunner = toTableRunner(
  COGNITO_OPERATIONS,
  (operation) => READ_ONLY.test(operation),
  (engine) => engine.userPools as unknown as Record<string, unknown>,
);
