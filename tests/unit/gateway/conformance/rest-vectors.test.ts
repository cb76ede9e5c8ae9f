/**
 * Golden conformance: every REST vector of vectors-public.json (recorded from real AWS or taken from AWS
 * docs; a copy of ../shared/spec/vectors-public.json) runs through the whole engine and must match.
 * Vectors whose feature is not built yet are listed in PENDING, so that list can only shrink on purpose.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLambdaRuntime, type LambdaRuntime } from "@/lib/gateway/runtime";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";
import { createTestSandbox, type TestSandbox } from "../engine/sandbox";
import { FUNCTIONS, REST_FIXTURES } from "./rest-fixtures";

/** Control-plane vectors: the call each one makes. */
const CONTROL_CALLS: Record<string, (sb: TestSandbox) => unknown> = {
  "rest-apikey-003": (sb) => sb.cp.createApiKey({ name: "k", value: "x".repeat(19) }),
};

interface Vector {
  id: string;
  feature: string;
  request: { method: string; path: string; headers: Record<string, string>; body: string | null };
  expect: {
    status?: number;
    body_text?: string;
    body_json?: unknown;
    body_json_field?: Record<string, unknown>;
    headers?: Record<string, string>;
    event_fields?: Record<string, unknown>;
    integration_receives_body?: string;
    error_code?: string;
  };
}

const vectors = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "vectors-public.json"), "utf8"),
) as Vector[];
const restVectors = vectors.filter((v) => v.id.startsWith("rest-"));

/** REST vectors whose capability lands with a later issue, and why. */
const PENDING: Record<string, string> = {};

function readDotted(value: unknown, dotted: string): unknown {
  let current = value;
  for (const key of dotted.split(".")) current = (current as Record<string, unknown> | null)?.[key];
  return current;
}

function requestBody(v: Vector): string | null {
  if (v.id === "rest-size-001") return "x".repeat(10 * 1024 * 1024 + 1);
  return v.request.body;
}

const clock = new VirtualClock();
let runtime: LambdaRuntime;
let sandbox: TestSandbox;

beforeAll(async () => {
  runtime = await createLambdaRuntime({ clock, random: new SeededRandom(3) });
  for (const [functionName, code] of Object.entries(FUNCTIONS))
    runtime.deployFunction({ functionName, code, timeout: 10 });
});
afterAll(() => runtime?.dispose());

describe("REST conformance vectors", () => {
  it("covers every REST vector, or lists it as pending with a reason", () => {
    const covered = new Set([
      ...Object.keys(REST_FIXTURES),
      ...Object.keys(CONTROL_CALLS),
      ...Object.keys(PENDING),
    ]);
    expect(restVectors.map((v) => v.id).filter((id) => !covered.has(id))).toEqual([]);
    expect(Object.keys(REST_FIXTURES).filter((id) => PENDING[id])).toEqual([]);
  });

  for (const vector of restVectors.filter((v) => CONTROL_CALLS[v.id])) {
    it(`${vector.id}: ${vector.feature}`, async () => {
      sandbox = await createTestSandbox({ clock });
      let thrown: { name?: string; message?: string; statusCode?: number } | undefined;
      try {
        CONTROL_CALLS[vector.id]!(sandbox);
      } catch (error) {
        thrown = error as typeof thrown;
      }
      expect(thrown?.statusCode).toBe(vector.expect.status);
      expect(thrown?.name).toBe(vector.expect.error_code);
      expect({ message: thrown?.message }).toMatchObject(vector.expect.body_json_field ?? {});
    });
  }

  for (const vector of restVectors.filter((v) => REST_FIXTURES[v.id])) {
    it(`${vector.id}: ${vector.feature}`, async () => {
      sandbox = await createTestSandbox({
        clock,
        lambda: { invoke: (name, payload) => runtime.invoke(name, payload) },
      });
      const built = await REST_FIXTURES[vector.id]!(sandbox);
      const { apiId, stage } = typeof built === "string" ? { apiId: built, stage: "" } : built;
      const target = vector.request.path.replace("<stage>", stage);
      const res = await sandbox.call(apiId, vector.request.method, target, {
        headers: vector.request.headers,
        body: requestBody(vector),
      });
      const e = vector.expect;
      if (e.status !== undefined) expect(res.response.statusCode).toBe(e.status);
      if (e.body_text !== undefined) expect(res.text).toBe(e.body_text);
      if (e.body_json !== undefined) expect(JSON.parse(res.text)).toEqual(e.body_json);
      if (e.body_json_field) expect(JSON.parse(res.text)).toMatchObject(e.body_json_field);
      for (const [name, value] of Object.entries(e.headers ?? {})) {
        if (name.toLowerCase() === "content-length")
          expect(new TextEncoder().encode(res.text).byteLength).toBe(Number(value));
        else expect(res.header(name)).toBe(value);
      }
      if (e.integration_receives_body !== undefined) {
        expect(sandbox.backends.listRequests("echo.sandbox.internal").at(-1)?.body).toBe(
          e.integration_receives_body,
        );
      }
      if (e.event_fields) {
        const event = JSON.parse(res.text) as unknown;
        for (const [field, value] of Object.entries(e.event_fields))
          expect(readDotted(event, field)).toEqual(value);
      }
    });
  }
});
