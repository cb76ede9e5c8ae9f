/**
 * Loads each part of an imported state on its own, with the engine's own loaders, so that a bad document
 * is refused with the part that is wrong (`from.state.iam`) rather than one error for the whole thing.
 */
import { HttpBackendRegistry } from "@/lib/gateway/backends";
import { createCognitoUserPools } from "@/lib/gateway/cognito";
import { createControlPlane, type ControlPlane, type ControlPlaneState } from "@/lib/gateway/control";
import type { GatewaySandboxState } from "@/lib/gateway/create-gateway-sandbox";
import { IamStore } from "@/lib/gateway/iam";
import type { Clock, Random } from "@/lib/gateway/ports";
import { createAwsServices } from "@/lib/gateway/services";
import type { FieldErrors } from "@/lib/errors";
import { describeLoadError, invalidDocument } from "./invalid-document";

type Ports = { clock: Clock; random: Random };
type PartName = Exclude<keyof GatewaySandboxState, "version" | "functions">;

/** Reads what the workbench reads first, so that a state that loads but cannot be listed is refused too. */
function readEveryApi(controlPlane: ControlPlane): void {
  for (const api of controlPlane.getRestApis({ limit: 500 }).items) {
    controlPlane.getResources({ restApiId: api.id, limit: 500 });
    controlPlane.getStages({ restApiId: api.id });
    controlPlane.getDeployments({ restApiId: api.id, limit: 500 });
  }
  controlPlane.getApiKeys({ limit: 500 });
  controlPlane.getUsagePlans({ limit: 500 });
}

const LOADERS: Record<PartName, (value: unknown, ports: Ports) => void> = {
  controlPlane: (value, ports) => {
    const controlPlane = createControlPlane({ ...ports, accountId: "123456789012", region: "us-east-1" });
    controlPlane.restoreState(value as ControlPlaneState);
    readEveryApi(controlPlane);
  },
  services: (value, ports) => void createAwsServices({ ...ports, snapshot: value }),
  backends: (value, ports) => void HttpBackendRegistry.fromSnapshot(value, { random: ports.random }),
  userPools: (value, ports) => void createCognitoUserPools({ ...ports, snapshot: value }),
  iam: (value, ports) => void IamStore.fromSnapshot(value, ports),
};

/** Throws VALIDATION_FAILED naming every part of `state` its loader refuses. */
export function checkSandboxParts(state: GatewaySandboxState, ports: Ports): void {
  const fields: FieldErrors = {};
  for (const [name, load] of Object.entries(LOADERS) as Array<[PartName, (typeof LOADERS)[PartName]]>) {
    if (state[name] === undefined && (name === "services" || name === "backends")) continue;
    try {
      load(state[name], ports);
    } catch (error) {
      fields[`from.state.${name}`] = [`It could not be loaded: ${describeLoadError(error)}`];
    }
  }
  if (Object.keys(fields).length) throw invalidDocument(fields);
}
