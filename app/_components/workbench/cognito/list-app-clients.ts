/**
 * The app clients of a pool. ListUserPoolClients is used when the sandbox runs it; otherwise the clients this
 * browser created (or was told about) are remembered per pool and described one by one.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListUserPoolClients.html
 */
import { WorkbenchError, type WorkbenchTransport } from "../transport";
import type { UserPoolClientType } from "./cognito-types";

const STORAGE_PREFIX = "gatewise.workbench.cognito-clients.";
let listSupported = true;

function readRemembered(poolId: string): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_PREFIX + poolId) ?? "[]");
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

function writeRemembered(poolId: string, clientIds: readonly string[]): void {
  try {
    localStorage.setItem(STORAGE_PREFIX + poolId, JSON.stringify([...new Set(clientIds)]));
  } catch {
    // Storage full or disabled: the list simply forgets.
  }
}

export function rememberAppClient(poolId: string, clientId: string): void {
  writeRemembered(poolId, [...readRemembered(poolId), clientId]);
}

export function forgetAppClient(poolId: string, clientId: string): void {
  writeRemembered(
    poolId,
    readRemembered(poolId).filter((id) => id !== clientId),
  );
}

async function listedClientIds(transport: WorkbenchTransport, poolId: string): Promise<string[] | undefined> {
  if (!listSupported) return undefined;
  try {
    const listed = await transport.call<{ UserPoolClients: { ClientId: string }[] }>(
      "cognito-idp",
      "listUserPoolClients",
      { UserPoolId: poolId, MaxResults: 60 },
    );
    return listed.UserPoolClients.map((client) => client.ClientId);
  } catch (error) {
    if (!(error instanceof WorkbenchError) || !/unknown|not supported/i.test(error.message)) throw error;
    listSupported = false;
    return undefined;
  }
}

/** Every client of the pool in full (DescribeUserPoolClient), dropping remembered ones that are gone. */
export async function listAppClients(
  transport: WorkbenchTransport,
  poolId: string,
): Promise<UserPoolClientType[]> {
  const ids = (await listedClientIds(transport, poolId)) ?? readRemembered(poolId);
  const described = await Promise.all(
    ids.map((clientId) =>
      transport
        .call<{ UserPoolClient: UserPoolClientType }>("cognito-idp", "describeUserPoolClient", {
          UserPoolId: poolId,
          ClientId: clientId,
        })
        .then(
          (answer) => answer.UserPoolClient,
          (error: unknown) => {
            if (error instanceof WorkbenchError && error.awsType === "ResourceNotFoundException") {
              forgetAppClient(poolId, clientId);
              return undefined;
            }
            throw error;
          },
        ),
    ),
  );
  return described.filter((client): client is UserPoolClientType => client !== undefined);
}

export function canListAppClients(): boolean {
  return listSupported;
}
