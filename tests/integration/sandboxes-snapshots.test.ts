import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { createUser } from "../helpers/factories";
import { mockedAuth, signInAs } from "../helpers/session";
import {
  buildMockApi,
  callRoute,
  loadSandboxRoutes,
  sandboxClient,
  type Json,
} from "./sandboxes-route-client";

vi.mock("@/lib/auth", () => ({ auth: mockedAuth }));
const routes = await loadSandboxRoutes();
const client = sandboxClient(routes);

const snapshot = (id: string, body: unknown) =>
  callRoute(routes.snapshots.POST, { path: `/api/sandboxes/${id}/snapshots`, params: { id }, body });
const snapshots = async (id: string): Promise<Json[]> =>
  (await callRoute(routes.snapshots.GET, { path: `/api/sandboxes/${id}/snapshots`, params: { id } })).body
    .snapshots;
const reset = (id: string) =>
  callRoute(routes.reset.POST, { method: "POST", path: `/api/sandboxes/${id}/reset`, params: { id } });
const restore = (id: string, snapshotId: string) =>
  callRoute(routes.restore.POST, {
    method: "POST",
    path: `/api/sandboxes/${id}/snapshots/${snapshotId}/restore`,
    params: { id, snapshotId },
  });
const apiNames = async (id: string) =>
  ((await client.op(id, "apigateway", "getRestApis")).items as Json[]).map((api) => api.name);

describe("snapshots, reset and restore", () => {
  beforeEach(async () => signInAs(await createUser()));
  afterEach(() => {
    delete process.env.SANDBOX_SNAPSHOTS_PER_SANDBOX;
    resetEnvCache();
  });

  it("takes a labelled snapshot (201) and lists it without its state", async () => {
    const { id } = await client.createOrThrow("snap");
    await client.op(id, "apigateway", "createRestApi", { name: "kept" });
    const res = await snapshot(id, { label: " with one API " });
    expect(res.status).toBe(201);
    expect(res.body.snapshot).toMatchObject({ sandboxId: id, version: 2, label: "with one API" });
    expect(await snapshots(id)).toEqual([res.body.snapshot]);
    const empty = await snapshot(id, { label: "" });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields).toEqual({ label: ["Give the snapshot a label."] });
  });

  it("resets to an empty sandbox with a new version, keeping its credentials and a snapshot of before", async () => {
    const { id } = await client.createOrThrow("reset me");
    const api = await buildMockApi(client, id);
    const before = (await client.credentials(id)).body.credentials;
    const { version } = (await client.get(id)).body.sandbox;

    const res = await reset(id);
    expect(res.status).toBe(200);
    expect(res.body.sandbox).toMatchObject({ id, name: "reset me", version: version + 1 });
    expect(res.body.snapshot).toMatchObject({ label: "Before reset", version });
    expect(await apiNames(id)).toEqual([]);
    expect((await client.credentials(id)).body.credentials).toEqual(before);
    expect((await callRoute(routes.collection.GET)).body.sandboxes[0].apiCount).toBe(0);
    // The live copy was reloaded: the old API no longer answers.
    const invoked = await client.invoke(id, {
      restApiId: api.restApiId,
      stageName: "dev",
      method: "GET",
      path: "/pets/1",
    });
    expect(invoked.body.status).toBe(403);
  });

  it("restores a snapshot under a new version with the current credentials, after a snapshot of before", async () => {
    const { id } = await client.createOrThrow("restore me");
    await client.op(id, "apigateway", "createRestApi", { name: "first" });
    const saved = (await snapshot(id, { label: "one API" })).body.snapshot;
    await client.op(id, "apigateway", "createRestApi", { name: "second" });
    const rotated = await callRoute(routes.rotate.POST, {
      path: `/api/sandboxes/${id}/credentials/rotate`,
      params: { id },
      body: {},
    });
    expect(rotated.status).toBe(200);
    const { version } = (await client.get(id)).body.sandbox;

    const res = await restore(id, saved.id);
    expect(res.status).toBe(200);
    expect(res.body.sandbox.version).toBe(version + 1);
    expect(res.body.snapshot.label).toBe('Before restoring "one API"');
    expect(await apiNames(id)).toEqual(["first"]);
    expect((await client.credentials(id)).body.credentials).toEqual(rotated.body.credentials);
    expect((await snapshots(id)).map((s) => s.label)).toEqual(['Before restoring "one API"', "one API"]);
    // ...and back again: the "before" snapshot holds both APIs.
    await restore(id, res.body.snapshot.id);
    expect((await apiNames(id)).sort()).toEqual(["first", "second"]);
  });

  it("keeps at most SANDBOX_SNAPSHOTS_PER_SANDBOX snapshots, pruning the oldest", async () => {
    process.env.SANDBOX_SNAPSHOTS_PER_SANDBOX = "3";
    resetEnvCache();
    const { id } = await client.createOrThrow("pruned");
    for (const label of ["s1", "s2", "s3", "s4", "s5"]) {
      expect((await snapshot(id, { label })).status).toBe(201);
    }
    expect((await snapshots(id)).map((s) => s.label)).toEqual(["s5", "s4", "s3"]);
    // A reset adds its own snapshot within the same limit.
    await reset(id);
    expect((await snapshots(id)).map((s) => s.label)).toEqual(["Before reset", "s5", "s4"]);
  });

  it("keeps the snapshot being restored even when it is the oldest", async () => {
    process.env.SANDBOX_SNAPSHOTS_PER_SANDBOX = "2";
    resetEnvCache();
    const { id } = await client.createOrThrow("protected");
    const oldest = (await snapshot(id, { label: "oldest" })).body.snapshot;
    await snapshot(id, { label: "newer" });
    expect((await restore(id, oldest.id)).status).toBe(200);
    expect((await snapshots(id)).map((s) => s.label)).toEqual(['Before restoring "oldest"', "oldest"]);
  });

  it("answers 404 for a snapshot of another sandbox", async () => {
    const a = await client.createOrThrow("a");
    const b = await client.createOrThrow("b");
    const ofA = (await snapshot(a.id, { label: "a's" })).body.snapshot;
    const res = await restore(b.id, ofA.id);
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe(`No snapshot with id ${ofA.id} in sandbox ${b.id}.`);
  });
});
