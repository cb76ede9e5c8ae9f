import { adminCreateUser } from "./admin-create-user";
import * as appClients from "./app-client-operations";
import * as groups from "./group-operations";
import { adminInitiateAuth, initiateAuth } from "./initiate-auth";
import { listUsers } from "./list-users";
import { requestToken } from "./request-token";
import { createResourceServer } from "./resource-server-operations";
import { respondToAuthChallenge } from "./respond-to-auth-challenge";
import { signInWithManagedLogin } from "./sign-in-with-managed-login";
import * as users from "./user-operations";
import * as userPools from "./user-pool-operations";

/**
 * Every simulated user pool operation, named as the Cognito user pools action (camel-cased), each taking the
 * sandbox context and the action's input; plus the OAuth endpoints (`requestToken`, `signInWithManagedLogin`).
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_Operations.html
 */
export const COGNITO_OPERATIONS = {
  createUserPool: userPools.createUserPool,
  describeUserPool: userPools.describeUserPool,
  listUserPools: userPools.listUserPools,
  deleteUserPool: userPools.deleteUserPool,
  createUserPoolClient: appClients.createUserPoolClient,
  describeUserPoolClient: appClients.describeUserPoolClient,
  deleteUserPoolClient: appClients.deleteUserPoolClient,
  createResourceServer,
  adminCreateUser,
  adminGetUser: users.adminGetUser,
  adminSetUserPassword: users.adminSetUserPassword,
  adminDisableUser: users.adminDisableUser,
  adminEnableUser: users.adminEnableUser,
  adminDeleteUser: users.adminDeleteUser,
  listUsers,
  createGroup: groups.createGroup,
  adminAddUserToGroup: groups.adminAddUserToGroup,
  adminRemoveUserFromGroup: groups.adminRemoveUserFromGroup,
  adminListGroupsForUser: groups.adminListGroupsForUser,
  initiateAuth,
  adminInitiateAuth,
  respondToAuthChallenge,
  requestToken,
  signInWithManagedLogin,
};
