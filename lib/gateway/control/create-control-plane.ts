import type { Clock, Random } from "../ports";
import {
  DEFAULT_CONTROL_PLANE_QUOTAS,
  type ControlContext,
  type ControlPlaneQuotas,
} from "./control-context";
import { CONTROL_OPERATIONS } from "./control-operations";
import type { ControlPlaneEvent, ControlPlaneListener } from "./control-plane-event";
import { createControlPlaneState, type ControlPlaneState } from "./control-state";
import { deepFreeze } from "./deep-freeze";
import {
  findStageDeployment,
  getStageDeploymentOrThrow,
  type StageDeployment,
} from "./get-stage-deployment-or-throw";

export interface ControlPlaneOptions {
  clock: Clock;
  random: Random;
  /** The simulated account id, e.g. "123456789012". */
  accountId: string;
  region: string;
  /** A state previously taken with `exportState()`, to rebuild a stored sandbox. */
  state?: ControlPlaneState;
  /** Raised quotas, as a Service Quotas increase would give (default: AWS's defaults). */
  quotas?: Partial<ControlPlaneQuotas>;
  /** Where a listener's exception goes; it never undoes or fails the operation. Default: console.error. */
  onListenerError?: (error: unknown, event: ControlPlaneEvent) => void;
}

type Operations = typeof CONTROL_OPERATIONS;
type Tail<T extends unknown[]> = T extends [unknown, ...infer Rest] ? Rest : never;

/** The operations with the context bound: `controlPlane.createRestApi({ name: "pets" })`. */
export type ControlPlaneOperations = {
  [K in keyof Operations]: (...args: Tail<Parameters<Operations[K]>>) => ReturnType<Operations[K]>;
};

/** One sandbox's REST API control plane. */
export interface ControlPlane extends ControlPlaneOperations {
  readonly accountId: string;
  readonly region: string;
  /** Calls `listener` after every deployment, stage and API change; returns the unsubscribe function. */
  subscribe(listener: ControlPlaneListener): () => void;
  /** The stage and the frozen deployment(s) it serves, for the data plane. */
  getStageDeploymentOrThrow(restApiId: string, stageName: string): StageDeployment;
  /** The same, undefined for an unknown API or stage: the pipeline's `StageDirectory.findStage`. */
  findStage(restApiId: string, stageName: string): StageDeployment | undefined;
  /** The whole state as plain JSON (a copy). */
  exportState(): ControlPlaneState;
  /** Replaces the whole state with a copy of `state` (as taken by `exportState`). */
  restoreState(state: ControlPlaneState): void;
}

/**
 * An in-memory API Gateway V1 control plane for one simulated account and Region. Operations take and
 * return the AWS SDK v3 command shapes and throw `ApiGatewayError`s named after AWS's exceptions.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_Operations_Amazon_API_Gateway.html
 */
export function createControlPlane(options: ControlPlaneOptions): ControlPlane {
  let state = options.state ? toRestoredState(options.state) : createControlPlaneState();
  const listeners = new Set<ControlPlaneListener>();
  const reportListenerError =
    options.onListenerError ?? ((error) => console.error("control-plane listener failed", error));
  const ctx: ControlContext = {
    get state() {
      return state;
    },
    clock: options.clock,
    random: options.random,
    accountId: options.accountId,
    region: options.region,
    quotas: { ...DEFAULT_CONTROL_PLANE_QUOTAS, ...options.quotas },
    emit(event) {
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          reportListenerError(error, event);
        }
      }
    },
  };
  const operations = Object.fromEntries(
    Object.entries(CONTROL_OPERATIONS).map(([name, operation]) => [
      name,
      (...args: unknown[]) =>
        (operation as (context: ControlContext, ...rest: unknown[]) => unknown)(ctx, ...args),
    ]),
  ) as ControlPlaneOperations;
  return {
    ...operations,
    accountId: options.accountId,
    region: options.region,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getStageDeploymentOrThrow: (restApiId, stageName) => getStageDeploymentOrThrow(ctx, restApiId, stageName),
    findStage: (restApiId, stageName) => findStageDeployment(ctx, restApiId, stageName),
    exportState: () => structuredClone(state),
    restoreState(next) {
      state = toRestoredState(next);
      ctx.emit({ type: "StateRestored" });
    },
  };
}

/** A private copy of a stored state, with every deployment snapshot frozen again. */
function toRestoredState(stored: ControlPlaneState): ControlPlaneState {
  if (stored?.version !== 1 || !Array.isArray(stored.restApis)) {
    throw new TypeError("Not a control-plane state (expected { version: 1, restApis: [...] })");
  }
  const state = structuredClone(stored);
  for (const record of state.restApis)
    for (const deployment of record.deployments) deepFreeze(deployment.snapshot);
  return state;
}
