/**
 * The REST API ids a stored state holds, for the invoke-URL index, read from the JSON without building
 * an engine (the state was written by the engine).
 */
import type { GatewaySandboxState } from "@/lib/gateway/create-gateway-sandbox";
import type { ControlPlaneState } from "@/lib/gateway/control";

export function restApiIdsOf(state: GatewaySandboxState): string[] {
  const controlPlane = state.controlPlane as Partial<ControlPlaneState> | null;
  const records = Array.isArray(controlPlane?.restApis) ? controlPlane.restApis : [];
  return records.map((record) => record.restApi.id);
}
