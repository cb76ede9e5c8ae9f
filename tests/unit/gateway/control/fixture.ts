import { expect } from "vitest";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";
import {
  ApiGatewayError,
  createControlPlane,
  type ControlPlane,
  type ControlPlaneEvent,
} from "@/lib/gateway/control";

export const ACCOUNT_ID = "111111111111";
/** 2026-01-01T00:00:00Z in epoch seconds, the VirtualClock's default. */
export const START_SECONDS = Date.UTC(2026, 0, 1) / 1000;

/** A control plane on a virtual clock and seeded randomness, with every event it emits. */
export function createTestControlPlane(seed = 42): {
  cp: ControlPlane;
  clock: VirtualClock;
  events: ControlPlaneEvent[];
} {
  const clock = new VirtualClock();
  const cp = createControlPlane({
    clock,
    random: new SeededRandom(seed),
    accountId: ACCOUNT_ID,
    region: "us-east-1",
  });
  const events: ControlPlaneEvent[] = [];
  cp.subscribe((event) => events.push(event));
  return { cp, clock, events };
}

/** Asserts that `run` throws the AWS exception `name` with exactly `message` (or a message matching it). */
export function expectAwsError(run: () => unknown, name: string, message: string | RegExp): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected ${name}: ${message}`).toBeInstanceOf(ApiGatewayError);
  const expected = typeof message === "string" ? message : expect.stringMatching(message);
  expect({ name: (caught as Error).name, message: (caught as Error).message }).toEqual({
    name,
    message: expected,
  });
}

/** An API with `/pets` holding a GET method backed by a MOCK integration. */
export function createMockApi(cp: ControlPlane, name = "pets-api") {
  const api = cp.createRestApi({ name });
  const pets = cp.createResource({ restApiId: api.id, parentId: api.rootResourceId, pathPart: "pets" });
  cp.putMethod({ restApiId: api.id, resourceId: pets.id, httpMethod: "GET", authorizationType: "NONE" });
  cp.putIntegration({
    restApiId: api.id,
    resourceId: pets.id,
    httpMethod: "GET",
    type: "MOCK",
    requestTemplates: { "application/json": '{"statusCode": 200}' },
  });
  return { api, pets, restApiId: api.id };
}
