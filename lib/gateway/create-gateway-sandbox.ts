/**
 * One learner's simulated AWS account, wired as the app runs it: the REST control plane, the data plane,
 * the Lambda runtime, the simulated AWS services and the HTTP backends, with control-plane changes
 * reaching the data plane's caches (FlushStageCache, deleted stages and APIs).
 */
import { HttpBackendRegistry } from "./backends";
import { createControlPlane, type ControlPlane, type ControlPlaneQuotas } from "./control";
import { createRestDataPlane, type RestDataPlane } from "./create-rest-data-plane";
import type { LambdaInvoker } from "./pipeline/context";
import type { Clock, Random } from "./ports";
import {
  createLambdaRuntime,
  type LambdaFunctionConfig,
  type LambdaRuntime,
  type ResolvedFunctionConfig,
} from "./runtime";
import { createAwsServices, type AwsServiceName, type AwsServices } from "./services";
import { createCognitoUserPools, type CognitoUserPools } from "./cognito";
import { IamStore } from "./iam";

export interface GatewaySandboxOptions {
  clock: Clock;
  random: Random;
  accountId?: string;
  region?: string;
  /** Skip the Lambda runtime (tests of other parts; QuickJS loads once per process anyway). */
  withoutLambda?: boolean;
  /** Another Lambda implementation (tests). */
  lambda?: LambdaInvoker;
  quotas?: Partial<ControlPlaneQuotas>;
  /** A state taken earlier with `exportState()`, to rebuild a stored sandbox. */
  state?: GatewaySandboxState;
}

/** Everything a sandbox holds, as plain JSON: what the app stores and rebuilds. */
export interface GatewaySandboxState {
  version: 1;
  controlPlane: unknown;
  services: unknown;
  backends: unknown;
  userPools: unknown;
  iam: unknown;
  functions: LambdaFunctionConfig[];
}

export interface GatewaySandbox {
  controlPlane: ControlPlane;
  dataPlane: RestDataPlane;
  services: AwsServices;
  backends: HttpBackendRegistry;
  userPools: CognitoUserPools;
  iam: IamStore;
  lambdaRuntime?: LambdaRuntime;
  /** CreateFunction / UpdateFunction: deploys into the runtime and keeps the code for exportState. */
  deployFunction(config: LambdaFunctionConfig): ResolvedFunctionConfig;
  deleteFunction(functionName: string): void;
  listFunctions(): LambdaFunctionConfig[];
  exportState(): GatewaySandboxState;
  dispose(): void;
}

export async function createGatewaySandbox(options: GatewaySandboxOptions): Promise<GatewaySandbox> {
  const { clock, random, accountId = "123456789012", region = "us-east-1" } = options;
  const saved = options.state;
  const controlPlane = createControlPlane({ clock, random, accountId, region, quotas: options.quotas });
  if (saved) controlPlane.restoreState(saved.controlPlane as Parameters<ControlPlane["restoreState"]>[0]);
  const services = createAwsServices({ clock, random, accountId, region, snapshot: saved?.services });
  const backends = saved
    ? HttpBackendRegistry.fromSnapshot(saved.backends, { random })
    : new HttpBackendRegistry({ random });
  const userPools = createCognitoUserPools({ clock, random, region, accountId, snapshot: saved?.userPools });
  const iam = saved
    ? IamStore.fromSnapshot(saved.iam, { clock, random })
    : IamStore.create({ accountId, clock, random });
  const lambdaRuntime =
    options.lambda || options.withoutLambda
      ? undefined
      : await createLambdaRuntime({
          clock,
          random,
          accountId,
          region,
          services: {
            // An unknown service name is refused by `call` itself (a RangeError the guest sees as an SDK error).
            call: (request) =>
              services.call(request.service as AwsServiceName, request.operation, request.input),
          },
        });
  const lambda: LambdaInvoker | undefined =
    options.lambda ?? (lambdaRuntime && { invoke: (name, payload) => lambdaRuntime.invoke(name, payload) });
  const dataPlane = createRestDataPlane({
    clock,
    random,
    accountId,
    region,
    stages: controlPlane,
    apiKeys: controlPlane,
    userPools,
    iam,
    lambda,
    services,
    backends,
  });
  // Quota counts live in the control plane's stored state; the token buckets start from them.
  const restoreQuotas = (entries = controlPlane.quotaUsageSnapshot({ nowMs: clock.now() })) => {
    for (const e of entries) {
      dataPlane.env.throttles.quotas.setRemaining(
        e.usagePlanId,
        e.keyId,
        e.quota,
        e.remaining,
        clock.now(),
        e.planStartMs,
      );
    }
  };
  restoreQuotas();
  controlPlane.subscribe((event) => {
    const caches = dataPlane.env.caches;
    if (event.type === "StageCacheFlushed") caches.flush(event.restApiId, event.stageName);
    if (event.type === "StageDeleted") caches.remove(event.restApiId, event.stageName);
    if (event.type === "StageAuthorizersCacheFlushed" || event.type === "StageDeleted") {
      dataPlane.env.authorizerCache.flushStage(event.restApiId, event.stageName);
    }
    if (event.type === "RestApiDeleted") dataPlane.env.authorizerCache.flushApi(event.restApiId);
    if (event.type === "StateRestored") restoreQuotas();
    if (event.type === "UsageUpdated") restoreQuotas([event.entry]);
  });
  const functions = new Map<string, LambdaFunctionConfig>();
  const deployFunction = (config: LambdaFunctionConfig): ResolvedFunctionConfig => {
    if (!lambdaRuntime) throw new Error("this sandbox runs without the Lambda runtime");
    const resolved = lambdaRuntime.deployFunction(config);
    functions.set(resolved.functionName, { ...config });
    return resolved;
  };
  for (const config of saved?.functions ?? []) if (lambdaRuntime) deployFunction(config);
  return {
    deployFunction,
    deleteFunction(name) {
      lambdaRuntime?.deleteFunction(name);
      functions.delete(name);
    },
    listFunctions: () => [...functions.values()].map((f) => ({ ...f })),
    exportState: () => ({
      version: 1,
      controlPlane: controlPlane.exportState(),
      services: services.snapshot(),
      backends: backends.toSnapshot(),
      userPools: userPools.snapshot(),
      iam: iam.snapshot(),
      functions: [...functions.values()].map((f) => ({ ...f })),
    }),
    controlPlane,
    dataPlane,
    services,
    backends,
    userPools,
    iam,
    lambdaRuntime,
    dispose: () => lambdaRuntime?.dispose(),
  };
}
