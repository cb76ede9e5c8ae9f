/** The state one Lambda runtime keeps: its ports, its deployed functions, their environments and logs. */
import type { Clock, Random } from "../ports";
import type { ContainerPool } from "./container-pool";
import type { LambdaSandbox } from "./load-lambda-sandbox";
import type { LogStore } from "./log-store";
import type { LambdaServices, ResolvedFunctionConfig, RuntimeLimits } from "./types";

export interface DeployedFunction {
  readonly config: ResolvedFunctionConfig;
  /** Bumped by every deployment: environments of an older generation are never reused. */
  readonly generation: number;
}

export interface RuntimeState {
  readonly clock: Clock;
  readonly random: Random;
  readonly hostNow: () => number;
  readonly services: LambdaServices | undefined;
  readonly limits: RuntimeLimits;
  readonly sandbox: LambdaSandbox;
  readonly region: string;
  readonly accountId: string;
  readonly functions: Map<string, DeployedFunction>;
  readonly pool: ContainerPool;
  readonly logStore: LogStore;
}
