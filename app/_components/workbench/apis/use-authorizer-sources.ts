"use client";
/** What an authorizer can point at: the sandbox's Lambda functions and Cognito user pools. */
import { useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";

export interface FunctionOption {
  name: string;
  arn: string;
}

export interface UserPoolOption {
  id: string;
  name: string;
  arn: string;
}

interface ListFunctionsOutput {
  Functions?: Array<{ FunctionName: string; FunctionArn?: string }>;
}

interface ListUserPoolsOutput {
  UserPools?: Array<{ Id: string; Name: string }>;
}

export function useLambdaFunctions() {
  const { transport, revision } = useWorkbench();
  return useAsync<FunctionOption[]>(async () => {
    const output = await transport.call<ListFunctionsOutput>("lambda", "listFunctions", {});
    return (output.Functions ?? []).map((fn) => ({
      name: fn.FunctionName,
      arn: fn.FunctionArn ?? `arn:aws:lambda:us-east-1:123456789012:function:${fn.FunctionName}`,
    }));
  }, `lambda-functions:${revision}`);
}

/** ListUserPools has no ARNs, so each pool is described (sandboxes hold a handful). */
export function useUserPools() {
  const { transport, revision } = useWorkbench();
  return useAsync<UserPoolOption[]>(async () => {
    const output = await transport.call<ListUserPoolsOutput>("cognito-idp", "listUserPools", {
      MaxResults: 60,
    });
    return Promise.all(
      (output.UserPools ?? []).map(async (pool) => {
        const described = await transport.call<{ UserPool?: { Arn?: string } }>(
          "cognito-idp",
          "describeUserPool",
          {
            UserPoolId: pool.Id,
          },
        );
        return {
          id: pool.Id,
          name: pool.Name,
          arn: described.UserPool?.Arn ?? `arn:aws:cognito-idp:us-east-1:123456789012:userpool/${pool.Id}`,
        };
      }),
    );
  }, `user-pools:${revision}`);
}
