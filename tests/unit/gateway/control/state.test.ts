import { describe, expect, it } from "vitest";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";
import { createControlPlane, type ControlPlaneState } from "@/lib/gateway/control";
import { ACCOUNT_ID, createMockApi, createTestControlPlane } from "./fixture";

function rebuild(state: ControlPlaneState) {
  return createControlPlane({
    clock: new VirtualClock(),
    random: new SeededRandom(7),
    accountId: ACCOUNT_ID,
    region: "us-east-1",
    state,
  });
}

describe("Control-plane state", () => {
  it("survives a JSON round trip: the rebuilt sandbox serves the same deployment, frozen", () => {
    const { cp } = createTestControlPlane();
    const { restApiId } = createMockApi(cp);
    cp.createDeployment({ restApiId, stageName: "prod" });
    const stored = JSON.parse(JSON.stringify(cp.exportState())) as ControlPlaneState;
    const rebuilt = rebuild(stored);
    const served = rebuilt.getStageDeploymentOrThrow(restApiId, "prod");
    expect(served.snapshot).toEqual(cp.getStageDeploymentOrThrow(restApiId, "prod").snapshot);
    expect(Object.isFrozen(served.snapshot.resources)).toBe(true);
    expect(rebuilt.getResources({ restApiId, embed: ["methods"] })).toEqual(
      cp.getResources({ restApiId, embed: ["methods"] }),
    );
  });

  it("exports a copy that later changes do not touch, and restores it, telling subscribers", () => {
    const { cp, events } = createTestControlPlane();
    const { restApiId } = createMockApi(cp);
    const saved = cp.exportState();
    cp.deleteRestApi({ restApiId });
    expect(saved.restApis.map((record) => record.restApi.id)).toEqual([restApiId]);
    cp.restoreState(saved);
    expect(cp.getRestApi({ restApiId }).name).toBe("pets-api");
    expect(events.at(-1)).toEqual({ type: "StateRestored" });
  });

  it("refuses something that is not a control-plane state", () => {
    expect(() => rebuild({ version: 2, restApis: [] } as unknown as ControlPlaneState)).toThrow(TypeError);
  });
});

describe("Subscribers", () => {
  it("stop receiving events once unsubscribed, and a throwing one does not fail the operation", () => {
    const errors: unknown[] = [];
    const cp = createControlPlane({
      clock: new VirtualClock(),
      random: new SeededRandom(1),
      accountId: ACCOUNT_ID,
      region: "us-east-1",
      onListenerError: (error) => errors.push(error),
    });
    const seen: string[] = [];
    const unsubscribe = cp.subscribe((event) => seen.push(event.type));
    cp.subscribe(() => {
      throw new Error("listener broke");
    });
    cp.deleteRestApi({ restApiId: cp.createRestApi({ name: "a" }).id });
    unsubscribe();
    cp.deleteRestApi({ restApiId: cp.createRestApi({ name: "b" }).id });
    expect(seen).toEqual(["RestApiDeleted"]);
    expect(errors.map((error) => (error as Error).message)).toEqual(["listener broke", "listener broke"]);
  });
});
