import { createMockApi, createTestControlPlane } from "./fixture";

/** A 20-character key value, the shortest AWS accepts. */
export const KEY_VALUE = "abcdefghij0123456789";

/** A control plane with the `/pets` MOCK API deployed to `dev` and `prod`. */
export function createPlanSandbox() {
  const { cp, clock, events } = createTestControlPlane();
  const { restApiId, pets } = createMockApi(cp);
  cp.createDeployment({ restApiId, stageName: "dev" });
  cp.createDeployment({ restApiId, stageName: "prod" });
  return { cp, clock, events, restApiId, pets };
}
