import { describe, expect, it } from "vitest";
import vectors from "../conformance/vectors-public.json";
import { MAX_API_KEYS } from "@/lib/gateway/control";
import { START_SECONDS, createTestControlPlane, expectAwsError } from "./fixture";
import { KEY_VALUE, createPlanSandbox } from "./usage-plan-fixture";

describe("CreateApiKey", () => {
  it("answers the recorded shape: disabled by default, a generated 40-character value, empty stageKeys", () => {
    const { cp } = createTestControlPlane();
    const key = cp.createApiKey({ name: "partner" });
    expect(key).toEqual({
      id: expect.stringMatching(/^[a-z0-9]{10}$/),
      name: "partner",
      value: expect.stringMatching(/^[A-Za-z0-9]{40}$/),
      enabled: false,
      createdDate: START_SECONDS,
      lastUpdatedDate: START_SECONDS,
      stageKeys: [],
    });
  });

  it("imports a given value with its description, customer id, tags and enabled flag", () => {
    const { cp } = createTestControlPlane();
    const key = cp.createApiKey({
      name: "k",
      value: KEY_VALUE,
      enabled: true,
      description: "for the partner",
      customerId: "cust-1",
      tags: { team: "a" },
    });
    expect(key).toMatchObject({
      value: KEY_VALUE,
      enabled: true,
      description: "for the partner",
      customerId: "cust-1",
      tags: { team: "a" },
    });
  });

  it("rest-apikey-003: answers 400 'API Key value should be at least 20 characters' for a 19-character value", () => {
    const vector = (vectors as { id: string; expect: Record<string, unknown> }[]).find(
      (candidate) => candidate.id === "rest-apikey-003",
    );
    const { cp } = createTestControlPlane();
    let caught: unknown;
    try {
      cp.createApiKey({ name: "k", value: "a".repeat(19) });
    } catch (error) {
      caught = error;
    }
    const error = caught as { name: string; statusCode: number; message: string };
    expect({ status: error.statusCode, code: error.name, message: error.message }).toEqual({
      status: vector?.expect.status,
      code: vector?.expect.error_code,
      message: (vector?.expect.body_json_field as { message: string }).message,
    });
  });

  it("answers the recorded messages for a long value, name or description", () => {
    const { cp } = createTestControlPlane();
    expectAwsError(
      () => cp.createApiKey({ value: "a".repeat(129) }),
      "BadRequestException",
      "API Key value exceeds maximum size of 128 characters",
    );
    expectAwsError(
      () => cp.createApiKey({ name: "n".repeat(1025) }),
      "BadRequestException",
      "Invalid API Key name, can be at most 1024 characters.",
    );
    expectAwsError(
      () => cp.createApiKey({ name: "k", description: "d".repeat(125_001) }),
      "BadRequestException",
      "Invalid API Key description specified.",
    );
    expect(cp.createApiKey({ value: "a".repeat(128), name: "n".repeat(1024) }).value).toHaveLength(128);
  });

  it("refuses a value another key has with 409 'API Key already exists'", () => {
    const { cp } = createTestControlPlane();
    cp.createApiKey({ name: "a", value: KEY_VALUE });
    expectAwsError(
      () => cp.createApiKey({ name: "b", value: KEY_VALUE }),
      "ConflictException",
      "API Key already exists",
    );
  });

  it("stores legacy stage keys as '<restApiId>/<stageName>' and refuses an unknown stage", () => {
    const { cp, restApiId } = createPlanSandbox();
    const key = cp.createApiKey({ name: "k", stageKeys: [{ restApiId, stageName: "dev" }] });
    expect(key.stageKeys).toEqual([`${restApiId}/dev`]);
    expectAwsError(
      () => cp.createApiKey({ stageKeys: [{ restApiId, stageName: "nope" }] }),
      "NotFoundException",
      "Invalid Stage identifier specified",
    );
  });

  it(`answers 429 LimitExceededException past ${MAX_API_KEYS} keys in the account`, () => {
    const { cp } = createTestControlPlane();
    for (let i = 0; i < MAX_API_KEYS; i++) cp.createApiKey({ name: `k${i}` });
    expectAwsError(
      () => cp.createApiKey({ name: "one-too-many" }),
      "LimitExceededException",
      /^Maximum number of API Keys/,
    );
  });
});

describe("GetApiKey and GetApiKeys", () => {
  it("hides the value unless includeValue is set, and answers 404 for an unknown key", () => {
    const { cp } = createTestControlPlane();
    const { id } = cp.createApiKey({ name: "k", value: KEY_VALUE });
    expect(cp.getApiKey({ apiKey: id })).not.toHaveProperty("value");
    expect(cp.getApiKey({ apiKey: id, includeValue: true }).value).toBe(KEY_VALUE);
    expectAwsError(
      () => cp.getApiKey({ apiKey: "nope" }),
      "NotFoundException",
      "Invalid API Key identifier specified",
    );
  });

  it("lists newest first, filters by a case-sensitive name prefix and pages, as recorded", () => {
    const { cp } = createTestControlPlane();
    const first = cp.createApiKey({ name: "test-key-one" });
    const second = cp.createApiKey({ name: "test-key-two", customerId: "c2" });
    const ids = (items: { id: string }[]) => items.map((key) => key.id);
    expect(ids(cp.getApiKeys({}).items)).toEqual([second.id, first.id]);
    expect(ids(cp.getApiKeys({ nameQuery: "test-key" }).items)).toEqual([second.id, first.id]);
    expect(cp.getApiKeys({ nameQuery: "TEST-KEY" }).items).toEqual([]);
    expect(cp.getApiKeys({ nameQuery: "key-one" }).items).toEqual([]);
    expect(ids(cp.getApiKeys({ customerId: "c2" }).items)).toEqual([second.id]);
    const page = cp.getApiKeys({ limit: 1 });
    expect({ ids: ids(page.items), position: page.position }).toEqual({ ids: [second.id], position: "1" });
    expect(ids(cp.getApiKeys({ limit: 1, position: page.position }).items)).toEqual([first.id]);
    expect(cp.getApiKeys({}).items[0]).not.toHaveProperty("value");
    expect(cp.getApiKeys({ includeValues: true }).items[0]?.value).toBe(second.value);
  });
});

describe("UpdateApiKey and DeleteApiKey", () => {
  it("replaces the name, description, enabled flag and customer id, and stamps lastUpdatedDate", () => {
    const { cp, clock } = createTestControlPlane();
    const { id } = cp.createApiKey({ name: "k" });
    clock.advance(5_000);
    const updated = cp.updateApiKey({
      apiKey: id,
      patchOperations: [
        { op: "replace", path: "/enabled", value: "true" },
        { op: "replace", path: "/name", value: "renamed" },
        { op: "replace", path: "/description", value: "d" },
        { op: "replace", path: "/customerId", value: "c" },
      ],
    });
    expect(updated).toMatchObject({ enabled: true, name: "renamed", description: "d", customerId: "c" });
    expect(updated.lastUpdatedDate).toBe(START_SECONDS + 5);
    expect(updated).not.toHaveProperty("value");
    expect(cp.getApiKey({ apiKey: id })).toEqual(updated);
  });

  it("adds and removes legacy stage keys with /stages", () => {
    const { cp, restApiId } = createPlanSandbox();
    const { id } = cp.createApiKey({ name: "k" });
    const added = cp.updateApiKey({
      apiKey: id,
      patchOperations: [{ op: "add", path: "/stages", value: `${restApiId}/dev` }],
    });
    expect(added.stageKeys).toEqual([`${restApiId}/dev`]);
    const removed = cp.updateApiKey({
      apiKey: id,
      patchOperations: [{ op: "remove", path: "/stages", value: `${restApiId}/dev` }],
    });
    expect(removed.stageKeys).toEqual([]);
  });

  it("refuses unknown paths, ops other than replace on fields, and a name over 1024 characters", () => {
    const { cp } = createTestControlPlane();
    const { id } = cp.createApiKey({ name: "k" });
    const update = (op: "add" | "replace", path: string, value?: string) =>
      cp.updateApiKey({ apiKey: id, patchOperations: [{ op, path, value }] });
    expectAwsError(
      () => update("replace", "/value", "x"),
      "BadRequestException",
      "Invalid patch path /value",
    );
    expectAwsError(
      () => update("add", "/name", "x"),
      "BadRequestException",
      "Invalid patch operation specified. Must be one of: [replace]",
    );
    expectAwsError(
      () => update("replace", "/name", "n".repeat(1025)),
      "BadRequestException",
      "Invalid API Key name, can be at most 1024 characters.",
    );
  });

  it("deletes the key, which leaves its usage plans, and answers 404 afterwards", () => {
    const { cp, restApiId } = createPlanSandbox();
    const plan = cp.createUsagePlan({ name: "p", apiStages: [{ apiId: restApiId, stage: "dev" }] });
    const { id } = cp.createApiKey({ name: "k" });
    cp.createUsagePlanKey({ usagePlanId: plan.id, keyId: id, keyType: "API_KEY" });
    cp.deleteApiKey({ apiKey: id });
    expect(cp.getUsagePlanKeys({ usagePlanId: plan.id }).items).toEqual([]);
    expectAwsError(
      () => cp.deleteApiKey({ apiKey: id }),
      "NotFoundException",
      "Invalid API Key identifier specified",
    );
  });
});
