"use client";
/**
 * Cognito user pools for COGNITO_USER_POOLS authorizers: pools with a password policy, app clients, users and
 * groups, and a sign-in that yields the ID and access tokens to call a protected method with.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-integrate-with-cognito.html
 */
import { useState } from "react";
import { PoolDetail } from "./pool-detail";
import { UserPoolsPanel } from "./user-pools-panel";

export function CognitoSection() {
  const [poolId, setPoolId] = useState<string>();
  return (
    <div className="space-y-4">
      <h2 className="text-lg font-semibold">Cognito user pools</h2>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        A Cognito authorizer lets a method through only with a valid token from one of its user pools: create
        a pool, an app client allowing password sign-in and a user, then sign in here and call the API with
        the token.
      </p>
      <UserPoolsPanel selectedId={poolId} onSelect={setPoolId} />
      {poolId ? <PoolDetail key={poolId} poolId={poolId} /> : null}
    </div>
  );
}
